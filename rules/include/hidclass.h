/*
 * hidclass.h -- ddicheck model header: the HID class driver's interface --
 * the IOCTL_HID_xxx requests a HID collection answers (and that the class
 * driver passes on to a minidriver), HID_XFER_PACKET, the collection
 * information and driver configuration structures, the HID device
 * interface GUID.  <hidport.h> includes it.  The HID_INTERFACE_HIDPARSE
 * and HID_INTERFACE_NOTIFY_PNP query interfaces are not modelled.
 *
 * Written for ddicheck from the public reference pages of hidclass.h
 * (MicrosoftDocs windows-driver-docs-ddi, content/hidclass: the
 * ni-hidclass-ioctl_xxx pages, ns-hidclass-_hid_xfer_packet,
 * ns-hidclass-_hid_collection_information), which are not in the shared
 * ddi-docs set; it is not a copy of Microsoft's hidclass.h.  Control-code
 * function numbers, transfer types and the GUID: the public mingw-w64
 * header (mingw-w64-headers/include/hidclass.h).  The header declares no
 * routine, so there is no IRQL to state.
 */
#ifndef DDICHECK_MODEL_HIDCLASS_H
#define DDICHECK_MODEL_HIDCLASS_H

#include <ntdef.h>
#include <devioctl.h>
#include <guiddef.h>

DEFINE_GUID(GUID_DEVINTERFACE_HID,
    0x4d1e55b2, 0xf16f, 0x11cf, 0x88, 0xcb, 0x00, 0x11, 0x11, 0x00, 0x00, 0x30);
#define GUID_CLASS_INPUT GUID_DEVINTERFACE_HID

#define HID_REVISION 0x00000001

/* HID control codes are keyboard-type codes; the macro names the transfer. */
#define HID_CTL_CODE(id)        CTL_CODE(FILE_DEVICE_KEYBOARD, (id), METHOD_NEITHER, FILE_ANY_ACCESS)
#define HID_BUFFER_CTL_CODE(id) CTL_CODE(FILE_DEVICE_KEYBOARD, (id), METHOD_BUFFERED, FILE_ANY_ACCESS)
#define HID_IN_CTL_CODE(id)     CTL_CODE(FILE_DEVICE_KEYBOARD, (id), METHOD_IN_DIRECT, FILE_ANY_ACCESS)
#define HID_OUT_CTL_CODE(id)    CTL_CODE(FILE_DEVICE_KEYBOARD, (id), METHOD_OUT_DIRECT, FILE_ANY_ACCESS)

/* Buffered: configuration and collection information. */
#define IOCTL_HID_GET_DRIVER_CONFIG           HID_BUFFER_CTL_CODE(100)
#define IOCTL_HID_SET_DRIVER_CONFIG           HID_BUFFER_CTL_CODE(101)
#define IOCTL_HID_GET_POLL_FREQUENCY_MSEC     HID_BUFFER_CTL_CODE(102)
#define IOCTL_HID_SET_POLL_FREQUENCY_MSEC     HID_BUFFER_CTL_CODE(103)
#define IOCTL_GET_NUM_DEVICE_INPUT_BUFFERS    HID_BUFFER_CTL_CODE(104)
#define IOCTL_SET_NUM_DEVICE_INPUT_BUFFERS    HID_BUFFER_CTL_CODE(105)
#define IOCTL_HID_GET_COLLECTION_INFORMATION  HID_BUFFER_CTL_CODE(106)

/* Neither. */
#define IOCTL_HID_GET_COLLECTION_DESCRIPTOR   HID_CTL_CODE(100)
#define IOCTL_HID_FLUSH_QUEUE                 HID_CTL_CODE(101)
#define IOCTL_HID_ENABLE_SECURE_READ          HID_CTL_CODE(130)
#define IOCTL_HID_DISABLE_SECURE_READ         HID_CTL_CODE(131)

/* In-direct: reports to the device (a HID_XFER_PACKET for a minidriver). */
#define IOCTL_HID_SET_FEATURE                 HID_IN_CTL_CODE(100)
#define IOCTL_HID_SET_OUTPUT_REPORT           HID_IN_CTL_CODE(101)

/* Out-direct: reports and strings from the device. */
#define IOCTL_HID_GET_FEATURE                 HID_OUT_CTL_CODE(100)
#define IOCTL_GET_PHYSICAL_DESCRIPTOR         HID_OUT_CTL_CODE(102)
#define IOCTL_HID_GET_HARDWARE_ID             HID_OUT_CTL_CODE(103)
#define IOCTL_HID_GET_INPUT_REPORT            HID_OUT_CTL_CODE(104)
#define IOCTL_HID_GET_MANUFACTURER_STRING     HID_OUT_CTL_CODE(110)
#define IOCTL_HID_GET_PRODUCT_STRING          HID_OUT_CTL_CODE(111)
#define IOCTL_HID_GET_SERIALNUMBER_STRING     HID_OUT_CTL_CODE(112)
#define IOCTL_HID_GET_INDEXED_STRING          HID_OUT_CTL_CODE(120)
#define IOCTL_HID_GET_MS_GENRE_DESCRIPTOR     HID_OUT_CTL_CODE(121)

/* The report a feature/output/input request carries to or from a
 * minidriver (Irp->UserBuffer for the kernel-mode forms). */
typedef struct _HID_XFER_PACKET {
    PUCHAR reportBuffer;
    ULONG reportBufferLen;
    UCHAR reportId;             /* 0 when the device uses no report IDs */
} HID_XFER_PACKET, *PHID_XFER_PACKET;

/* IOCTL_HID_GET_COLLECTION_INFORMATION */
typedef struct _HID_COLLECTION_INFORMATION {
    ULONG DescriptorSize;
    BOOLEAN Polled;
    UCHAR Reserved1[1];
    USHORT VendorID;
    USHORT ProductID;
    USHORT VersionNumber;
} HID_COLLECTION_INFORMATION, *PHID_COLLECTION_INFORMATION;

/* IOCTL_HID_GET/SET_DRIVER_CONFIG */
typedef struct _HID_DRIVER_CONFIG {
    ULONG Size;
    ULONG RingBufferSize;
} HID_DRIVER_CONFIG, *PHID_DRIVER_CONFIG;

#endif /* DDICHECK_MODEL_HIDCLASS_H */
