/*
 * usbspec.h -- ddicheck model header: the USB 2.0 chapter 9 definitions a
 * Windows USB client driver uses -- the standard descriptors (device,
 * configuration, interface, endpoint, string, common), the descriptor
 * types, the standard request codes and feature selectors, the
 * bmRequestType fields, the endpoint address and attribute bits and the
 * configuration attribute bits.  Included by <usb.h>.
 *
 * Written for ddicheck from the public reference pages of usbspec.h
 * (learn.microsoft.com, windows-hardware/drivers/ddi/usbspec:
 * ns-usbspec-_usb_device_descriptor, _usb_configuration_descriptor,
 * _usb_interface_descriptor, _usb_endpoint_descriptor,
 * _usb_string_descriptor, _usb_common_descriptor), which are not in the
 * shared ddi-docs set; it is not a copy of Microsoft's usbspec.h.  The
 * values are those of the Universal Serial Bus Specification, Revision
 * 2.0, chapter 9 (tables 9-2 bmRequestType, 9-4 standard request codes,
 * 9-5 descriptor types, 9-6 feature selectors, 9-10 configuration
 * bmAttributes, 9-13 endpoint bEndpointAddress/bmAttributes), public
 * facts.  Descriptors are byte-packed, as they are on the wire.  The
 * header declares no routine, so there is no IRQL to state.
 */
#ifndef DDICHECK_MODEL_USBSPEC_H
#define DDICHECK_MODEL_USBSPEC_H

#include <ntdef.h>

/* ---------------------------------------------- bmRequestType (table 9-2) */
#define BMREQUEST_HOST_TO_DEVICE        0
#define BMREQUEST_DEVICE_TO_HOST        1

#define BMREQUEST_STANDARD              0
#define BMREQUEST_CLASS                 1
#define BMREQUEST_VENDOR                2

#define BMREQUEST_TO_DEVICE             0
#define BMREQUEST_TO_INTERFACE          1
#define BMREQUEST_TO_ENDPOINT           2
#define BMREQUEST_TO_OTHER              3

/* ---------------------------------------- standard requests (table 9-4) */
#define USB_REQUEST_GET_STATUS          0x00
#define USB_REQUEST_CLEAR_FEATURE       0x01
#define USB_REQUEST_SET_FEATURE         0x03
#define USB_REQUEST_SET_ADDRESS         0x05
#define USB_REQUEST_GET_DESCRIPTOR      0x06
#define USB_REQUEST_SET_DESCRIPTOR      0x07
#define USB_REQUEST_GET_CONFIGURATION   0x08
#define USB_REQUEST_SET_CONFIGURATION   0x09
#define USB_REQUEST_GET_INTERFACE       0x0A
#define USB_REQUEST_SET_INTERFACE       0x0B
#define USB_REQUEST_SYNC_FRAME          0x0C

/* ------------------------------------------ descriptor types (table 9-5) */
#define USB_DEVICE_DESCRIPTOR_TYPE                     0x01
#define USB_CONFIGURATION_DESCRIPTOR_TYPE              0x02
#define USB_STRING_DESCRIPTOR_TYPE                     0x03
#define USB_INTERFACE_DESCRIPTOR_TYPE                  0x04
#define USB_ENDPOINT_DESCRIPTOR_TYPE                   0x05
#define USB_DEVICE_QUALIFIER_DESCRIPTOR_TYPE           0x06
#define USB_OTHER_SPEED_CONFIGURATION_DESCRIPTOR_TYPE  0x07
#define USB_INTERFACE_POWER_DESCRIPTOR_TYPE            0x08

/* wValue of GET_DESCRIPTOR: the type in the high byte, the index in the low */
#define USB_DESCRIPTOR_MAKE_TYPE_AND_INDEX(d, i) \
    ((USHORT)((USHORT)(d) << 8 | (i)))

/* ----------------------------------------- feature selectors (table 9-6) */
#define USB_FEATURE_ENDPOINT_STALL      0x0000
#define USB_FEATURE_REMOTE_WAKEUP       0x0001
#define USB_FEATURE_TEST_MODE           0x0002

/* ---------------------------- GET_STATUS of a device (figure 9-4) bits */
#define USB_GETSTATUS_SELF_POWERED              0x01
#define USB_GETSTATUS_REMOTE_WAKEUP_ENABLED     0x02

/* ------------------------- configuration bmAttributes (table 9-10) bits */
#define USB_CONFIG_POWERED_MASK         0xC0
#define USB_CONFIG_BUS_POWERED          0x80
#define USB_CONFIG_SELF_POWERED         0x40
#define USB_CONFIG_REMOTE_WAKEUP        0x20

/* ------------------------- endpoint address and attributes (table 9-13) */
#define USB_ENDPOINT_DIRECTION_MASK     0x80
#define USB_ENDPOINT_DIRECTION_OUT(addr)  (!((addr) & USB_ENDPOINT_DIRECTION_MASK))
#define USB_ENDPOINT_DIRECTION_IN(addr)   ((addr) & USB_ENDPOINT_DIRECTION_MASK)
#define USB_ENDPOINT_ADDRESS_MASK       0x0F

#define USB_ENDPOINT_TYPE_MASK          0x03
#define USB_ENDPOINT_TYPE_CONTROL       0x00
#define USB_ENDPOINT_TYPE_ISOCHRONOUS   0x01
#define USB_ENDPOINT_TYPE_BULK          0x02
#define USB_ENDPOINT_TYPE_INTERRUPT     0x03

/* ----------------------------------------------------------- descriptors */
#include <pshpack1.h>

/* ns-usbspec-_usb_common_descriptor: the two bytes every descriptor
 * starts with */
typedef struct _USB_COMMON_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
} USB_COMMON_DESCRIPTOR, *PUSB_COMMON_DESCRIPTOR;

/* ns-usbspec-_usb_device_descriptor (USB 2.0 table 9-8) */
typedef struct _USB_DEVICE_DESCRIPTOR {
    UCHAR  bLength;
    UCHAR  bDescriptorType;
    USHORT bcdUSB;
    UCHAR  bDeviceClass;
    UCHAR  bDeviceSubClass;
    UCHAR  bDeviceProtocol;
    UCHAR  bMaxPacketSize0;
    USHORT idVendor;
    USHORT idProduct;
    USHORT bcdDevice;
    UCHAR  iManufacturer;
    UCHAR  iProduct;
    UCHAR  iSerialNumber;
    UCHAR  bNumConfigurations;
} USB_DEVICE_DESCRIPTOR, *PUSB_DEVICE_DESCRIPTOR;

/* ns-usbspec-_usb_configuration_descriptor (table 9-10) */
typedef struct _USB_CONFIGURATION_DESCRIPTOR {
    UCHAR  bLength;
    UCHAR  bDescriptorType;
    USHORT wTotalLength;
    UCHAR  bNumInterfaces;
    UCHAR  bConfigurationValue;
    UCHAR  iConfiguration;
    UCHAR  bmAttributes;
    UCHAR  MaxPower;
} USB_CONFIGURATION_DESCRIPTOR, *PUSB_CONFIGURATION_DESCRIPTOR;

/* ns-usbspec-_usb_interface_descriptor (table 9-12) */
typedef struct _USB_INTERFACE_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    UCHAR bInterfaceNumber;
    UCHAR bAlternateSetting;
    UCHAR bNumEndpoints;
    UCHAR bInterfaceClass;
    UCHAR bInterfaceSubClass;
    UCHAR bInterfaceProtocol;
    UCHAR iInterface;
} USB_INTERFACE_DESCRIPTOR, *PUSB_INTERFACE_DESCRIPTOR;

/* ns-usbspec-_usb_endpoint_descriptor (table 9-13) */
typedef struct _USB_ENDPOINT_DESCRIPTOR {
    UCHAR  bLength;
    UCHAR  bDescriptorType;
    UCHAR  bEndpointAddress;
    UCHAR  bmAttributes;
    USHORT wMaxPacketSize;
    UCHAR  bInterval;
} USB_ENDPOINT_DESCRIPTOR, *PUSB_ENDPOINT_DESCRIPTOR;

/* ns-usbspec-_usb_string_descriptor (table 9-16): bString has
 * bLength - 2 bytes of UNICODE text */
typedef struct _USB_STRING_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    WCHAR bString[1];
} USB_STRING_DESCRIPTOR, *PUSB_STRING_DESCRIPTOR;

#include <poppack.h>

#endif /* DDICHECK_MODEL_USBSPEC_H */
