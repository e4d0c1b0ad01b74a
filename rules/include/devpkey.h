/*
 * devpkey.h -- ddicheck model header: system-defined device property keys
 * (DEVPKEY_xxx) that drivers pass to IoSetDeviceInterfacePropertyData,
 * IoGetDevicePropertyData and the KMDF property methods.  Includes
 * <devpropdef.h>.
 *
 * Written for ddicheck from the public pages of the keys
 * (learn.microsoft.com, windows-hardware/drivers/install:
 * devpkey-deviceinterface-restricted -- a device interface property of
 * type DEVPROP_TYPE_BOOLEAN, Devpkey.h) and, for
 * DEVPKEY_DeviceInterface_UnrestrictedAppCapabilities, which has no page
 * there, Microsoft's Win32 metadata documentation (windows-docs-rs,
 * Win32::Devices::Properties, a DEVPROPKEY constant); it is not a copy of
 * Microsoft's devpkey.h.
 *
 * Values: neither source gives a key's GUID or property identifier, so no
 * value is given here: each key is declared (extern const DEVPROPKEY), never
 * defined, even after <initguid.h>.  The analysis needs only the names; a
 * driver that reads a key's fmtid or pid parses but links to nothing.
 * Keys whose values a public page gives can be added with DEFINE_DEVPROPKEY.
 */
#ifndef DDICHECK_MODEL_DEVPKEY_H
#define DDICHECK_MODEL_DEVPKEY_H

#include <devpropdef.h>

/* Device interface properties. */
extern const DEVPROPKEY DEVPKEY_DeviceInterface_Restricted;                  /* DEVPROP_TYPE_BOOLEAN */
extern const DEVPROPKEY DEVPKEY_DeviceInterface_UnrestrictedAppCapabilities; /* DEVPROP_TYPE_STRING_LIST */

#endif /* DDICHECK_MODEL_DEVPKEY_H */
