/*
 * usbioctl.h -- ddicheck model header: the USB internal device control
 * requests a client driver sends down its stack, as far as the drivers
 * ddicheck parses need them -- IOCTL_INTERNAL_USB_SUBMIT_URB and
 * IOCTL_INTERNAL_USB_SUBMIT_IDLE_NOTIFICATION with USB_IDLE_CALLBACK and
 * USB_IDLE_CALLBACK_INFO, the selective-suspend callback it carries.
 *
 * Written for ddicheck from the public reference pages of usbioctl.h
 * (learn.microsoft.com, windows-hardware/drivers/ddi/usbioctl:
 * ni-usbioctl-ioctl_internal_usb_submit_urb,
 * ni-usbioctl-ioctl_internal_usb_submit_idle_notification, which gives the
 * callback and its structure); it is not a copy of Microsoft's
 * usbioctl.h.  The pages give no control-code numbers; these are the
 * values Microsoft's Win32 metadata documentation lists
 * (microsoft.github.io/windows-docs-rs, windows::Win32::Devices::Usb:
 * 2228227 and 2228263, i.e. FILE_DEVICE_UNKNOWN, functions 0 and 9,
 * METHOD_NEITHER, FILE_ANY_ACCESS).  The other internal IOCTLs (reset,
 * cycle, port status, ...) are not modelled.  The callback runs at
 * PASSIVE_LEVEL, as the idle-notification page says.
 */
#ifndef DDICHECK_MODEL_USBIOCTL_H
#define DDICHECK_MODEL_USBIOCTL_H

#include <wdm.h>
#include <devioctl.h>

#define IOCTL_INTERNAL_USB_SUBMIT_URB \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_USB_SUBMIT_IDLE_NOTIFICATION \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 9, METHOD_NEITHER, FILE_ANY_ACCESS)

/* the routine the bus driver calls when the device may be suspended */
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID (*USB_IDLE_CALLBACK)(_In_ PVOID Context);

typedef struct _USB_IDLE_CALLBACK_INFO {
    USB_IDLE_CALLBACK IdleCallback;
    PVOID             IdleContext;
} USB_IDLE_CALLBACK_INFO, *PUSB_IDLE_CALLBACK_INFO;

#endif /* DDICHECK_MODEL_USBIOCTL_H */
