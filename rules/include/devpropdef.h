/*
 * devpropdef.h -- ddicheck model header: device property keys and types
 * (DEVPROPKEY, DEVPROPTYPE), which the KMDF property structures and
 * methods name.
 *
 * Written for ddicheck from the KMDF reference pages that use them
 * (ns-wdfdevice-_wdf_device_property_data, nf-wdfdevice-wdfdevicequerypropertyex,
 * ...); it is not a copy of Microsoft's devpropdef.h.
 */
#ifndef DDICHECK_MODEL_DEVPROPDEF_H
#define DDICHECK_MODEL_DEVPROPDEF_H

typedef ULONG DEVPROPTYPE, *PDEVPROPTYPE;
typedef ULONG DEVPROPID, *PDEVPROPID;
typedef GUID DEVPROPGUID, *PDEVPROPGUID;

typedef struct _DEVPROPKEY {
    DEVPROPGUID fmtid;
    DEVPROPID pid;
} DEVPROPKEY, *PDEVPROPKEY;
typedef const DEVPROPKEY *PCDEVPROPKEY;

#endif /* DDICHECK_MODEL_DEVPROPDEF_H */
