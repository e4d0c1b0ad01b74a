/*
 * devioctl.h -- ddicheck model header: device types, transfer methods,
 * access values and CTL_CODE for I/O control codes.  Kernel drivers get
 * the same definitions from wdm.h; headers shared with user mode include
 * devioctl.h.
 *
 * Written for ddicheck from the documented layout of I/O control codes
 * ("Defining I/O Control Codes"); it is not a copy of Microsoft's
 * devioctl.h.  Device-type values the page does not list are those of the
 * public mingw-w64 devioctl.h.
 */
#ifndef DDICHECK_MODEL_DEVIOCTL_H
#define DDICHECK_MODEL_DEVIOCTL_H

#ifndef CTL_CODE
#define CTL_CODE(DeviceType, Function, Method, Access) \
    (((DeviceType) << 16) | ((Access) << 14) | ((Function) << 2) | (Method))
#endif
#define DEVICE_TYPE_FROM_CTL_CODE(ctrlCode) (((ULONG)(ctrlCode & 0xffff0000)) >> 16)
#define METHOD_FROM_CTL_CODE(ctrlCode) ((ULONG)(ctrlCode & 3))

#ifndef METHOD_BUFFERED
#define METHOD_BUFFERED   0
#define METHOD_IN_DIRECT  1
#define METHOD_OUT_DIRECT 2
#define METHOD_NEITHER    3
#endif
#define METHOD_DIRECT_TO_HARDWARE METHOD_IN_DIRECT
#define METHOD_DIRECT_FROM_HARDWARE METHOD_OUT_DIRECT

#ifndef FILE_ANY_ACCESS
#define FILE_ANY_ACCESS   0
#define FILE_READ_ACCESS  0x0001
#define FILE_WRITE_ACCESS 0x0002
#endif
#define FILE_SPECIAL_ACCESS FILE_ANY_ACCESS
#define FILE_READ_DATA  0x0001
#define FILE_WRITE_DATA 0x0002

#define FILE_DEVICE_BEEP                0x00000001
#define FILE_DEVICE_CD_ROM              0x00000002
#define FILE_DEVICE_CONTROLLER          0x00000004
#define FILE_DEVICE_DISK                0x00000007
#define FILE_DEVICE_FILE_SYSTEM         0x00000009
#define FILE_DEVICE_KEYBOARD            0x0000000b
#define FILE_DEVICE_MOUSE               0x0000000f
#ifndef FILE_DEVICE_NETWORK
#define FILE_DEVICE_NETWORK             0x00000012
#endif
#define FILE_DEVICE_NULL                0x00000015
#define FILE_DEVICE_PARALLEL_PORT       0x00000016
#ifndef FILE_DEVICE_PHYSICAL_NETCARD
#define FILE_DEVICE_PHYSICAL_NETCARD    0x00000017
#endif
#define FILE_DEVICE_PRINTER             0x00000018
#define FILE_DEVICE_SERIAL_PORT         0x0000001b
#define FILE_DEVICE_SOUND               0x0000001d
#ifndef FILE_DEVICE_TRANSPORT
#define FILE_DEVICE_TRANSPORT           0x00000021
#endif
#ifndef FILE_DEVICE_UNKNOWN
#define FILE_DEVICE_UNKNOWN             0x00000022
#endif
#define FILE_DEVICE_VIDEO               0x00000023
#define FILE_DEVICE_BATTERY             0x00000029
#define FILE_DEVICE_BUS_EXTENDER        0x0000002a
#define FILE_DEVICE_ACPI                0x00000032
#define FILE_DEVICE_KS                  0x0000002f
#define FILE_DEVICE_SMARTCARD           0x00000031
#define FILE_DEVICE_SERENUM             0x00000037

#endif /* DDICHECK_MODEL_DEVIOCTL_H */
