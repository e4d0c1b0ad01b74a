/*
 * usbdi.h -- ddicheck model header: the USB driver interface a client
 * driver includes -- <usb.h> (URBs, USBD_STATUS, the USBD types and, through
 * it, <usbspec.h>'s descriptors) and <usbioctl.h> (the internal IOCTLs that
 * carry a URB).  It declares nothing itself.
 *
 * Written for ddicheck; not a copy of Microsoft's usbdi.h.  The pages of
 * the declarations it makes visible name usb.h, usbspec.h and usbioctl.h
 * as their headers (learn.microsoft.com, windows-hardware/drivers/ddi/usb,
 * usbspec, usbioctl); client drivers include usbdi.h for them.
 */
#ifndef DDICHECK_MODEL_USBDI_H
#define DDICHECK_MODEL_USBDI_H

#include <usb.h>
#include <usbioctl.h>

#endif /* DDICHECK_MODEL_USBDI_H */
