/*
 * kbdmou.h -- ddicheck model header: what keyboard and mouse class, port
 * and filter drivers share -- the connect/disconnect internal IOCTLs,
 * CONNECT_DATA and the class service callback type; includes <ntddkbd.h>
 * and <ntddmou.h>.
 *
 * Written for ddicheck from the public reference pages of kbdmou.h
 * (learn.microsoft.com, windows-hardware/drivers/ddi/kbdmou:
 * IOCTL_INTERNAL_KEYBOARD_CONNECT, IOCTL_INTERNAL_MOUSE_CONNECT,
 * ns-kbdmou-_connect_data, the KbdClass/MouClass service callbacks), which
 * are not in the shared ddi-docs set; it is not a copy of Microsoft's
 * kbdmou.h.  IOCTL function numbers and the other values: the public
 * mingw-w64 headers (mingw-w64-headers/ddk/include/ddk/kbdmou.h).
 */
#ifndef DDICHECK_MODEL_KBDMOU_H
#define DDICHECK_MODEL_KBDMOU_H

#include <wdm.h>
#include <ntddkbd.h>
#include <ntddmou.h>

#define DD_KEYBOARD_PORT_DEVICE_NAME    "\\Device\\KeyboardPort"
#define DD_KEYBOARD_PORT_DEVICE_NAME_U  L"\\Device\\KeyboardPort"
#define DD_KEYBOARD_PORT_BASE_NAME_U    L"KeyboardPort"
#define DD_POINTER_PORT_DEVICE_NAME     "\\Device\\PointerPort"
#define DD_POINTER_PORT_DEVICE_NAME_U   L"\\Device\\PointerPort"
#define DD_POINTER_PORT_BASE_NAME_U     L"PointerPort"
#define DD_KEYBOARD_CLASS_BASE_NAME_U   L"KeyboardClass"
#define DD_POINTER_CLASS_BASE_NAME_U    L"PointerClass"

#define POINTER_PORTS_MAXIMUM   8
#define KEYBOARD_PORTS_MAXIMUM  8

#define KBDMOU_COULD_NOT_SEND_COMMAND  0x0000
#define KBDMOU_COULD_NOT_SEND_PARAM    0x0001
#define KBDMOU_NO_RESPONSE             0x0002
#define KBDMOU_INCORRECT_RESPONSE      0x0004

#define I8042_ERROR_VALUE_BASE         1000
#define INPORT_ERROR_VALUE_BASE        2000
#define SERIAL_MOUSE_ERROR_VALUE_BASE  3000

#define IOCTL_INTERNAL_KEYBOARD_CONNECT    CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0080, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_KEYBOARD_DISCONNECT CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0100, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_KEYBOARD_ENABLE     CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0200, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_KEYBOARD_DISABLE    CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0400, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_MOUSE_CONNECT       CTL_CODE(FILE_DEVICE_MOUSE, 0x0080, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_MOUSE_DISCONNECT    CTL_CODE(FILE_DEVICE_MOUSE, 0x0100, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_MOUSE_ENABLE        CTL_CODE(FILE_DEVICE_MOUSE, 0x0200, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_MOUSE_DISABLE       CTL_CODE(FILE_DEVICE_MOUSE, 0x0400, METHOD_NEITHER, FILE_ANY_ACCESS)

/* ns-kbdmou-_connect_data: the class device object and its service
 * callback, which a port (or filter) driver calls with input data. */
typedef struct _CONNECT_DATA {
    PDEVICE_OBJECT ClassDeviceObject;
    PVOID ClassService;
} CONNECT_DATA, *PCONNECT_DATA;

/* The class service callback (KeyboardClassServiceCallback,
 * MouseClassServiceCallback): the port driver calls it from its ISR DPC,
 * at DISPATCH_LEVEL by those pages' remarks; the pointer type carries no
 * annotation because ClassService is stored as a PVOID and cast. */
typedef VOID (*PSERVICE_CALLBACK_ROUTINE)(
    _In_ PVOID NormalContext,
    _In_ PVOID SystemArgument1,
    _In_ PVOID SystemArgument2,
    _Inout_ PVOID SystemArgument3);

#endif /* DDICHECK_MODEL_KBDMOU_H */
