/*
 * devpropdef.h -- ddicheck model header: device property keys and types
 * (DEVPROPKEY, DEVPROPTYPE, DEFINE_DEVPROPKEY), which the KMDF property
 * structures and methods name, the property-data-type identifiers drivers
 * pass with them and the DEVPROP_BOOLEAN values.
 *
 * Written for ddicheck from the KMDF reference pages that use them
 * (ns-wdfdevice-_wdf_device_property_data, nf-wdfdevice-wdfdevicequerypropertyex,
 * ...) and the public pages of the unified device property model
 * (learn.microsoft.com, windows-hardware/drivers/install: "Property Keys"
 * for DEFINE_DEVPROPKEY and its arguments; devprop-type-boolean for
 * DEVPROP_BOOLEAN, DEVPROP_TRUE and DEVPROP_FALSE; devprop-typemod-list and
 * devprop-type-string-list for DEVPROP_TYPE_STRING_LIST, which is
 * DEVPROP_TYPEMOD_LIST | DEVPROP_TYPE_STRING); it is not a copy of
 * Microsoft's devpropdef.h.
 *
 * Values: the pages give no numbers for the DEVPROP_TYPE_xxx identifiers
 * and modifiers.  DEVPROP_TYPE_BOOLEAN (17), DEVPROP_TYPE_STRING (18) and
 * DEVPROP_TYPEMOD_ARRAY (0x1000) are those Microsoft's Win32 metadata
 * documentation lists (windows-sys, Win32::Devices::Properties);
 * DEVPROP_TYPEMOD_LIST was not among the constants looked up there: 0x2000
 * is the same documentation's MAX_DEVPROP_TYPEMOD (8192), taken for LIST
 * because the modifier pages name only ARRAY (0x1000) and LIST -- ddicheck's
 * inference, not a value a page gives.
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

/* Property-data-type modifiers and the base types the samples use. */
#define DEVPROP_TYPEMOD_ARRAY     0x00001000
#define DEVPROP_TYPEMOD_LIST      0x00002000
#define DEVPROP_TYPE_BOOLEAN      0x00000011
#define DEVPROP_TYPE_STRING       0x00000012
#define DEVPROP_TYPE_STRING_LIST  (DEVPROP_TYPEMOD_LIST | DEVPROP_TYPE_STRING)

/* devprop-type-boolean: a one-byte Boolean, TRUE is all bits set. */
typedef CHAR DEVPROP_BOOLEAN, *PDEVPROP_BOOLEAN;
#define DEVPROP_TRUE  ((DEVPROP_BOOLEAN)-1)
#define DEVPROP_FALSE ((DEVPROP_BOOLEAN)0)

#endif /* DDICHECK_MODEL_DEVPROPDEF_H */

/* "Property Keys": DEFINE_DEVPROPKEY(name, the GUID's eleven parts, pid).
 * As DEFINE_GUID (guiddef.h): a declaration, a definition after
 * <initguid.h>; outside the guard so that including this header again
 * after <initguid.h> defines the keys. */
#undef DEFINE_DEVPROPKEY
#ifdef INITGUID
#define DEFINE_DEVPROPKEY(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8, pid) \
    const DEVPROPKEY DECLSPEC_SELECTANY name = { { l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }, pid }
#else
#define DEFINE_DEVPROPKEY(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8, pid) \
    extern const DEVPROPKEY name
#endif
