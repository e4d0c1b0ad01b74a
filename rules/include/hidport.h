/*
 * hidport.h -- ddicheck model header: the HID minidriver interface -- the
 * IOCTL_HID_xxx requests only the HID class driver sends a minidriver
 * (and their IOCTL_UMDF_HID_xxx forms for UMDF minidrivers), the HID
 * descriptor, device attributes and device extension structures, the
 * string IDs of IOCTL_HID_GET_STRING, HID_MINIDRIVER_REGISTRATION and
 * HidRegisterMinidriver.  Includes <hidclass.h>.
 *
 * Written for ddicheck from the public reference pages of hidport.h
 * (MicrosoftDocs windows-driver-docs-ddi, content/hidport: the `## -syntax`
 * blocks of the first revision of ns-hidport-_hid_descriptor,
 * _hid_device_attributes, _hid_device_extension,
 * _hid_minidriver_registration and nf-hidport-hidregisterminidriver; the
 * ni-hidport-ioctl_xxx pages), which are not in the shared ddi-docs set;
 * it is not a copy of Microsoft's hidport.h.
 *
 * Values: the pages give no control-code numbers for the minidriver
 * IOCTLs.  Here they are METHOD_NEITHER codes (HID_CTL_CODE), as the pages
 * describe their buffers (Irp->UserBuffer, Type3InputBuffer), with
 * function numbers that are ddicheck's own -- distinct from each other and
 * from hidclass.h's, NOT the WDK's (mingw-w64's ddk hidclass.h gives six
 * of them as the plain integers 0..5, which contradicts their documented
 * transfer type, so they are not used).  The analysis needs only distinct
 * codes.  HID_STRING_ID_xxx are, as IOCTL_HID_GET_STRING's page says, the
 * offsets in the USB device descriptor of its iManufacturer, iProduct and
 * iSerialNumber fields (14, 15, 16: USB 2.0, table 9-8).
 *
 * IRQLs (from the pages): HidRegisterMinidriver <= DISPATCH_LEVEL.
 */
#ifndef DDICHECK_MODEL_HIDPORT_H
#define DDICHECK_MODEL_HIDPORT_H

#include <wdm.h>
#include <hidclass.h>

/* ----------------------------------------------------- minidriver IOCTLs */
#define IOCTL_HID_GET_DEVICE_DESCRIPTOR           HID_CTL_CODE(0)
#define IOCTL_HID_GET_REPORT_DESCRIPTOR           HID_CTL_CODE(1)
#define IOCTL_HID_READ_REPORT                     HID_CTL_CODE(2)
#define IOCTL_HID_WRITE_REPORT                    HID_CTL_CODE(3)
#define IOCTL_HID_GET_STRING                      HID_CTL_CODE(4)
#define IOCTL_HID_ACTIVATE_DEVICE                 HID_CTL_CODE(5)
#define IOCTL_HID_DEACTIVATE_DEVICE               HID_CTL_CODE(6)
#define IOCTL_HID_GET_DEVICE_ATTRIBUTES           HID_CTL_CODE(7)
#define IOCTL_HID_SEND_IDLE_NOTIFICATION_REQUEST  HID_CTL_CODE(8)

/* What a UMDF minidriver receives instead of the kernel-mode report
 * requests: the report and its ID in two buffers, no HID_XFER_PACKET. */
#define IOCTL_UMDF_HID_SET_FEATURE                HID_CTL_CODE(20)
#define IOCTL_UMDF_HID_GET_FEATURE                HID_CTL_CODE(21)
#define IOCTL_UMDF_HID_SET_OUTPUT_REPORT          HID_CTL_CODE(22)
#define IOCTL_UMDF_HID_GET_INPUT_REPORT           HID_CTL_CODE(23)
#define IOCTL_UMDF_GET_PHYSICAL_DESCRIPTOR        HID_CTL_CODE(24)

/* IOCTL_HID_GET_STRING: the low word of Type3InputBuffer. */
#define HID_STRING_ID_IMANUFACTURER   14
#define HID_STRING_ID_IPRODUCT        15
#define HID_STRING_ID_ISERIALNUMBER   16

/* ---------------------------------------------------------- structures */
/* IOCTL_HID_GET_DEVICE_DESCRIPTOR: the HID class descriptor. */
typedef struct _HID_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    USHORT bcdHID;
    UCHAR bCountry;
    UCHAR bNumDescriptors;
    struct _HID_DESCRIPTOR_DESC_LIST {
        UCHAR bReportType;
        USHORT wReportLength;
    } DescriptorList[1];
} HID_DESCRIPTOR, *PHID_DESCRIPTOR;

/* IOCTL_HID_GET_DEVICE_ATTRIBUTES; Size is the class driver's. */
typedef struct _HID_DEVICE_ATTRIBUTES {
    ULONG Size;
    USHORT VendorID;
    USHORT ProductID;
    USHORT VersionNumber;
    USHORT Reserved[11];
} HID_DEVICE_ATTRIBUTES, *PHID_DEVICE_ATTRIBUTES;

/* The FDO's device extension the class driver creates; the minidriver's
 * own part is MiniDeviceExtension. */
typedef struct _HID_DEVICE_EXTENSION {
    PDEVICE_OBJECT PhysicalDeviceObject;
    PDEVICE_OBJECT NextDeviceObject;
    PVOID MiniDeviceExtension;
} HID_DEVICE_EXTENSION, *PHID_DEVICE_EXTENSION;

/* What a minidriver's DriverEntry passes to HidRegisterMinidriver;
 * Revision is HID_REVISION. */
typedef struct _HID_MINIDRIVER_REGISTRATION {
    ULONG Revision;
    PDRIVER_OBJECT DriverObject;
    PUNICODE_STRING RegistryPath;
    ULONG DeviceExtensionSize;
    BOOLEAN DevicesArePolled;
    UCHAR Reserved[3];
} HID_MINIDRIVER_REGISTRATION, *PHID_MINIDRIVER_REGISTRATION;

/* ------------------------------------------------------------ routines */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS HidRegisterMinidriver(
    _In_ PHID_MINIDRIVER_REGISTRATION MinidriverRegistration);

#endif /* DDICHECK_MODEL_HIDPORT_H */
