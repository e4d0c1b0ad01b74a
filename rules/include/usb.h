/*
 * usb.h -- ddicheck model header: the USB request block (URB) interface of
 * the Windows USB driver stack -- USBD_STATUS with its success, pending and
 * error classes and the USB 1.0 error codes, the opaque USBD handles,
 * USBD_PIPE_TYPE, USBD_VERSION_INFORMATION, USBD_PIPE_INFORMATION,
 * USBD_INTERFACE_INFORMATION, the URB_FUNCTION_xxx codes, the transfer
 * flags, the URB structures a client driver builds (select configuration
 * and interface, pipe requests, control, bulk/interrupt and isochronous
 * transfers, the descriptor, feature, status and vendor/class control
 * requests, the frame number) and the URB union of them.  Includes
 * <usbspec.h>.
 *
 * Written for ddicheck from the public reference pages of usb.h
 * (learn.microsoft.com, windows-hardware/drivers/ddi/usb: ns-usb-_urb,
 * _urb_header, _urb_select_configuration, _urb_select_interface,
 * _urb_pipe_request, _urb_control_transfer, _urb_bulk_or_interrupt_transfer,
 * _urb_isoch_transfer, _urb_control_descriptor_request,
 * _urb_control_feature_request, _urb_control_get_status_request,
 * _urb_control_vendor_or_class_request, _urb_get_current_frame_number,
 * _usbd_interface_information, _usbd_pipe_information,
 * _usbd_version_information, _usbd_iso_packet_descriptor,
 * ne-usb-_usbd_pipe_type; "USBD_STATUS", whose table gives the class bits
 * and the codes 0xC0000001..0xC0000010 modelled here), which are not in the
 * shared ddi-docs set; it is not a copy of Microsoft's usb.h.
 *
 * Values: the pages name the URB_FUNCTION_xxx codes and the transfer flags
 * but give no numbers; the numbers here are those Microsoft's Win32
 * metadata documentation lists (microsoft.github.io/windows-docs-rs,
 * windows::Win32::Devices::Usb constants; looked up: CONTROL_TRANSFER 8,
 * BULK_OR_INTERRUPT_TRANSFER 9, ISOCH_TRANSFER 10), the others numbered in
 * the same sequence.  The contents of the host controller's area
 * (struct _URB_HCD_AREA, "reserved" on the pages) are ddicheck's own: eight
 * pointers.  The URB union holds the members this header models, not the
 * page's newer ones (control transfer ex, static streams, OS feature
 * descriptor, isoch path delays).  The header declares no routine, so
 * there is no IRQL to state.
 */
#ifndef DDICHECK_MODEL_USB_H
#define DDICHECK_MODEL_USB_H

#include <wdm.h>
#include <usbspec.h>

/* ----------------------------------------------------------- USBD_STATUS */
/* The top two bits give the class: 00 success, 01 pending, 1x error. */
typedef LONG USBD_STATUS;

#define USBD_SUCCESS(Status)    ((USBD_STATUS)(Status) >= 0)
#define USBD_PENDING(Status)    ((ULONG)(Status) >> 30 == 1)
#define USBD_ERROR(Status)      ((USBD_STATUS)(Status) < 0)

#define USBD_STATUS_SUCCESS                 ((USBD_STATUS)0x00000000L)
#define USBD_STATUS_PENDING                 ((USBD_STATUS)0x40000000L)
/* the USB 1.0 completion codes the host controller reports */
#define USBD_STATUS_CRC                     ((USBD_STATUS)0xC0000001L)
#define USBD_STATUS_BTSTUFF                 ((USBD_STATUS)0xC0000002L)
#define USBD_STATUS_DATA_TOGGLE_MISMATCH    ((USBD_STATUS)0xC0000003L)
#define USBD_STATUS_STALL_PID               ((USBD_STATUS)0xC0000004L)
#define USBD_STATUS_DEV_NOT_RESPONDING      ((USBD_STATUS)0xC0000005L)
#define USBD_STATUS_PID_CHECK_FAILURE       ((USBD_STATUS)0xC0000006L)
#define USBD_STATUS_UNEXPECTED_PID          ((USBD_STATUS)0xC0000007L)
#define USBD_STATUS_DATA_OVERRUN            ((USBD_STATUS)0xC0000008L)
#define USBD_STATUS_DATA_UNDERRUN           ((USBD_STATUS)0xC0000009L)
#define USBD_STATUS_RESERVED1               ((USBD_STATUS)0xC000000AL)
#define USBD_STATUS_RESERVED2               ((USBD_STATUS)0xC000000BL)
#define USBD_STATUS_BUFFER_OVERRUN          ((USBD_STATUS)0xC000000CL)
#define USBD_STATUS_BUFFER_UNDERRUN         ((USBD_STATUS)0xC000000DL)
#define USBD_STATUS_NOT_ACCESSED            ((USBD_STATUS)0xC000000FL)
#define USBD_STATUS_FIFO                    ((USBD_STATUS)0xC0000010L)

/* ------------------------------------------------ opaque handles, types */
typedef PVOID USBD_PIPE_HANDLE;
typedef PVOID USBD_CONFIGURATION_HANDLE;
typedef PVOID USBD_INTERFACE_HANDLE;

/* ne-usb-_usbd_pipe_type: the endpoint's transfer type, as its
 * bmAttributes encode it (USB 2.0 table 9-13) */
typedef enum _USBD_PIPE_TYPE {
    UsbdPipeTypeControl     = USB_ENDPOINT_TYPE_CONTROL,
    UsbdPipeTypeIsochronous = USB_ENDPOINT_TYPE_ISOCHRONOUS,
    UsbdPipeTypeBulk        = USB_ENDPOINT_TYPE_BULK,
    UsbdPipeTypeInterrupt   = USB_ENDPOINT_TYPE_INTERRUPT
} USBD_PIPE_TYPE;

/* ns-usb-_usbd_version_information */
typedef struct _USBD_VERSION_INFORMATION {
    ULONG USBDI_Version;
    ULONG Supported_USB_Version;
} USBD_VERSION_INFORMATION, *PUSBD_VERSION_INFORMATION;

/* ns-usb-_usbd_pipe_information */
typedef struct _USBD_PIPE_INFORMATION {
    USHORT           MaximumPacketSize;
    UCHAR            EndpointAddress;
    UCHAR            Interval;
    USBD_PIPE_TYPE   PipeType;
    USBD_PIPE_HANDLE PipeHandle;
    ULONG            MaximumTransferSize;
    ULONG            PipeFlags;
} USBD_PIPE_INFORMATION, *PUSBD_PIPE_INFORMATION;

/* ns-usb-_usbd_interface_information: Pipes has NumberOfPipes entries */
typedef struct _USBD_INTERFACE_INFORMATION {
    USHORT                Length;
    UCHAR                 InterfaceNumber;
    UCHAR                 AlternateSetting;
    UCHAR                 Class;
    UCHAR                 SubClass;
    UCHAR                 Protocol;
    UCHAR                 Reserved;
    USBD_INTERFACE_HANDLE InterfaceHandle;
    ULONG                 NumberOfPipes;
    USBD_PIPE_INFORMATION Pipes[1];
} USBD_INTERFACE_INFORMATION, *PUSBD_INTERFACE_INFORMATION;

/* ns-usb-_usbd_iso_packet_descriptor */
typedef struct _USBD_ISO_PACKET_DESCRIPTOR {
    ULONG       Offset;
    ULONG       Length;
    USBD_STATUS Status;
} USBD_ISO_PACKET_DESCRIPTOR, *PUSBD_ISO_PACKET_DESCRIPTOR;

/* ------------------------------------------------------- URB functions */
#define URB_FUNCTION_SELECT_CONFIGURATION            0x0000
#define URB_FUNCTION_SELECT_INTERFACE                0x0001
#define URB_FUNCTION_ABORT_PIPE                      0x0002
#define URB_FUNCTION_TAKE_FRAME_LENGTH_CONTROL       0x0003
#define URB_FUNCTION_RELEASE_FRAME_LENGTH_CONTROL    0x0004
#define URB_FUNCTION_GET_FRAME_LENGTH                0x0005
#define URB_FUNCTION_SET_FRAME_LENGTH                0x0006
#define URB_FUNCTION_GET_CURRENT_FRAME_NUMBER        0x0007
#define URB_FUNCTION_CONTROL_TRANSFER                0x0008
#define URB_FUNCTION_BULK_OR_INTERRUPT_TRANSFER      0x0009
#define URB_FUNCTION_ISOCH_TRANSFER                  0x000A
#define URB_FUNCTION_GET_DESCRIPTOR_FROM_DEVICE      0x000B
#define URB_FUNCTION_SET_DESCRIPTOR_TO_DEVICE        0x000C
#define URB_FUNCTION_SET_FEATURE_TO_DEVICE           0x000D
#define URB_FUNCTION_SET_FEATURE_TO_INTERFACE        0x000E
#define URB_FUNCTION_SET_FEATURE_TO_ENDPOINT         0x000F
#define URB_FUNCTION_CLEAR_FEATURE_TO_DEVICE         0x0010
#define URB_FUNCTION_CLEAR_FEATURE_TO_INTERFACE      0x0011
#define URB_FUNCTION_CLEAR_FEATURE_TO_ENDPOINT       0x0012
#define URB_FUNCTION_GET_STATUS_FROM_DEVICE          0x0013
#define URB_FUNCTION_GET_STATUS_FROM_INTERFACE       0x0014
#define URB_FUNCTION_GET_STATUS_FROM_ENDPOINT        0x0015
#define URB_FUNCTION_VENDOR_DEVICE                   0x0017
#define URB_FUNCTION_VENDOR_INTERFACE                0x0018
#define URB_FUNCTION_VENDOR_ENDPOINT                 0x0019
#define URB_FUNCTION_CLASS_DEVICE                    0x001A
#define URB_FUNCTION_CLASS_INTERFACE                 0x001B
#define URB_FUNCTION_CLASS_ENDPOINT                  0x001C
#define URB_FUNCTION_SYNC_RESET_PIPE_AND_CLEAR_STALL 0x001E
#define URB_FUNCTION_CLASS_OTHER                     0x001F
#define URB_FUNCTION_VENDOR_OTHER                    0x0020
#define URB_FUNCTION_GET_STATUS_FROM_OTHER           0x0021
#define URB_FUNCTION_CLEAR_FEATURE_TO_OTHER          0x0022
#define URB_FUNCTION_SET_FEATURE_TO_OTHER            0x0023
#define URB_FUNCTION_GET_DESCRIPTOR_FROM_ENDPOINT    0x0024
#define URB_FUNCTION_SET_DESCRIPTOR_TO_ENDPOINT      0x0025
#define URB_FUNCTION_GET_CONFIGURATION               0x0026
#define URB_FUNCTION_GET_INTERFACE                   0x0027
#define URB_FUNCTION_GET_DESCRIPTOR_FROM_INTERFACE   0x0028
#define URB_FUNCTION_SET_DESCRIPTOR_TO_INTERFACE     0x0029
#define URB_FUNCTION_GET_MS_FEATURE_DESCRIPTOR       0x002A
#define URB_FUNCTION_SYNC_RESET_PIPE                 0x0030
#define URB_FUNCTION_SYNC_CLEAR_STALL                0x0031
/* the older name the pages still use */
#define URB_FUNCTION_RESET_PIPE  URB_FUNCTION_SYNC_RESET_PIPE_AND_CLEAR_STALL

/* ------------------------------------------------------- transfer flags */
#define USBD_TRANSFER_DIRECTION_OUT     0
#define USBD_TRANSFER_DIRECTION_IN      1
#define USBD_SHORT_TRANSFER_OK          2
#define USBD_START_ISO_TRANSFER_ASAP    4
#define USBD_DEFAULT_PIPE_TRANSFER      8
#define USBD_TRANSFER_DIRECTION(flags)  ((flags) & USBD_TRANSFER_DIRECTION_IN)

/* ----------------------------------------------------------- the URBs */
struct _URB;

/* ns-usb-_urb_header */
struct _URB_HEADER {
    USHORT      Length;
    USHORT      Function;
    USBD_STATUS Status;
    PVOID       UsbdDeviceHandle;
    ULONG       UsbdFlags;
};

/* the host controller's private area of a transfer URB */
struct _URB_HCD_AREA {
    PVOID Reserved8[8];
};

/* ns-usb-_urb_select_configuration: Interface is the first of one
 * USBD_INTERFACE_INFORMATION per interface of the configuration */
struct _URB_SELECT_CONFIGURATION {
    struct _URB_HEADER            Hdr;
    PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor;
    USBD_CONFIGURATION_HANDLE     ConfigurationHandle;
    USBD_INTERFACE_INFORMATION    Interface;
};

/* ns-usb-_urb_select_interface */
struct _URB_SELECT_INTERFACE {
    struct _URB_HEADER         Hdr;
    USBD_CONFIGURATION_HANDLE  ConfigurationHandle;
    USBD_INTERFACE_INFORMATION Interface;
};

/* ns-usb-_urb_pipe_request (abort, reset, clear stall) */
struct _URB_PIPE_REQUEST {
    struct _URB_HEADER Hdr;
    USBD_PIPE_HANDLE   PipeHandle;
    ULONG              Reserved;
};

/* ns-usb-_urb_get_current_frame_number */
struct _URB_GET_CURRENT_FRAME_NUMBER {
    struct _URB_HEADER Hdr;
    ULONG              FrameNumber;
};

/* ns-usb-_urb_control_transfer */
struct _URB_CONTROL_TRANSFER {
    struct _URB_HEADER   Hdr;
    USBD_PIPE_HANDLE     PipeHandle;
    ULONG                TransferFlags;
    ULONG                TransferBufferLength;
    PVOID                TransferBuffer;
    PMDL                 TransferBufferMDL;
    struct _URB         *UrbLink;
    struct _URB_HCD_AREA hca;
    UCHAR                SetupPacket[8];
};

/* ns-usb-_urb_bulk_or_interrupt_transfer */
struct _URB_BULK_OR_INTERRUPT_TRANSFER {
    struct _URB_HEADER   Hdr;
    USBD_PIPE_HANDLE     PipeHandle;
    ULONG                TransferFlags;
    ULONG                TransferBufferLength;
    PVOID                TransferBuffer;
    PMDL                 TransferBufferMDL;
    struct _URB         *UrbLink;
    struct _URB_HCD_AREA hca;
};

/* ns-usb-_urb_isoch_transfer: IsoPacket has NumberOfPackets entries */
struct _URB_ISOCH_TRANSFER {
    struct _URB_HEADER         Hdr;
    USBD_PIPE_HANDLE           PipeHandle;
    ULONG                      TransferFlags;
    ULONG                      TransferBufferLength;
    PVOID                      TransferBuffer;
    PMDL                       TransferBufferMDL;
    struct _URB               *UrbLink;
    struct _URB_HCD_AREA       hca;
    ULONG                      StartFrame;
    ULONG                      NumberOfPackets;
    ULONG                      ErrorCount;
    USBD_ISO_PACKET_DESCRIPTOR IsoPacket[1];
};

/* ns-usb-_urb_control_descriptor_request */
struct _URB_CONTROL_DESCRIPTOR_REQUEST {
    struct _URB_HEADER   Hdr;
    PVOID                Reserved;
    ULONG                Reserved0;
    ULONG                TransferBufferLength;
    PVOID                TransferBuffer;
    PMDL                 TransferBufferMDL;
    struct _URB         *UrbLink;
    struct _URB_HCD_AREA hca;
    USHORT               Reserved1;
    UCHAR                Index;
    UCHAR                DescriptorType;
    USHORT               LanguageId;
    USHORT               Reserved2;
};

/* ns-usb-_urb_control_get_status_request */
struct _URB_CONTROL_GET_STATUS_REQUEST {
    struct _URB_HEADER   Hdr;
    PVOID                Reserved;
    ULONG                Reserved0;
    ULONG                TransferBufferLength;
    PVOID                TransferBuffer;
    PMDL                 TransferBufferMDL;
    struct _URB         *UrbLink;
    struct _URB_HCD_AREA hca;
    UCHAR                Reserved1[4];
    USHORT               Index;
    USHORT               Reserved2;
};

/* ns-usb-_urb_control_feature_request */
struct _URB_CONTROL_FEATURE_REQUEST {
    struct _URB_HEADER   Hdr;
    PVOID                Reserved;
    ULONG                Reserved2;
    ULONG                Reserved3;
    PVOID                Reserved4;
    PMDL                 Reserved5;
    struct _URB         *UrbLink;
    struct _URB_HCD_AREA hca;
    USHORT               Reserved0;
    USHORT               FeatureSelector;
    USHORT               Index;
    USHORT               Reserved1;
};

/* ns-usb-_urb_control_vendor_or_class_request */
struct _URB_CONTROL_VENDOR_OR_CLASS_REQUEST {
    struct _URB_HEADER   Hdr;
    PVOID                Reserved;
    ULONG                TransferFlags;
    ULONG                TransferBufferLength;
    PVOID                TransferBuffer;
    PMDL                 TransferBufferMDL;
    struct _URB         *UrbLink;
    struct _URB_HCD_AREA hca;
    UCHAR                RequestTypeReservedBits;
    UCHAR                Request;
    USHORT               Value;
    USHORT               Index;
    USHORT               Reserved1;
};

/* ns-usb-_urb: every request starts with its header */
typedef struct _URB {
    union {
        struct _URB_HEADER                          UrbHeader;
        struct _URB_SELECT_INTERFACE                UrbSelectInterface;
        struct _URB_SELECT_CONFIGURATION            UrbSelectConfiguration;
        struct _URB_PIPE_REQUEST                    UrbPipeRequest;
        struct _URB_GET_CURRENT_FRAME_NUMBER        UrbGetCurrentFrameNumber;
        struct _URB_CONTROL_TRANSFER                UrbControlTransfer;
        struct _URB_BULK_OR_INTERRUPT_TRANSFER      UrbBulkOrInterruptTransfer;
        struct _URB_ISOCH_TRANSFER                  UrbIsochronousTransfer;
        struct _URB_CONTROL_DESCRIPTOR_REQUEST      UrbControlDescriptorRequest;
        struct _URB_CONTROL_GET_STATUS_REQUEST      UrbControlGetStatusRequest;
        struct _URB_CONTROL_FEATURE_REQUEST         UrbControlFeatureRequest;
        struct _URB_CONTROL_VENDOR_OR_CLASS_REQUEST UrbControlVendorClassRequest;
    };
} URB, *PURB;

#endif /* DDICHECK_MODEL_USB_H */
