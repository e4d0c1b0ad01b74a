/*
 * guiddef.h -- ddicheck model header: GUID, DEFINE_GUID, IsEqualGUID.
 *
 * Written for ddicheck from the documented layout of a GUID; it is not a
 * copy of Microsoft's guiddef.h.  ddicheck searches its model headers AFTER
 * the driver's own include paths (-idirafter), so a real WDK takes
 * precedence.
 *
 * As in the SDK, DEFINE_GUID declares the GUID (extern) unless INITGUID is
 * defined, in which case it defines it; <initguid.h> defines INITGUID and
 * includes this file again, so the DEFINE_GUID part is outside the guard.
 */
#ifndef DDICHECK_MODEL_GUIDDEF_H
#define DDICHECK_MODEL_GUIDDEF_H

#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
    unsigned long Data1;
    unsigned short Data2;
    unsigned short Data3;
    unsigned char Data4[8];
} GUID;
#endif
typedef GUID *LPGUID, *PGUID;
typedef const GUID *LPCGUID, *PCGUID;
typedef const GUID *REFGUID;
typedef GUID IID, CLSID;
typedef const GUID *REFIID, *REFCLSID;

#ifndef DECLSPEC_SELECTANY
#define DECLSPEC_SELECTANY __declspec(selectany)
#endif

/* Field by field, so that no memcmp declaration is needed here. */
__inline int InlineIsEqualGUID(const GUID *a, const GUID *b)
{
    const unsigned long *x = (const unsigned long *)a, *y = (const unsigned long *)b;
    return x[0] == y[0] && x[1] == y[1] && x[2] == y[2] && x[3] == y[3];
}
#define IsEqualGUID(a, b) InlineIsEqualGUID((a), (b))
#define IsEqualIID(a, b) IsEqualGUID((a), (b))

#endif /* DDICHECK_MODEL_GUIDDEF_H */

/* Outside the guard: <initguid.h> re-includes this file after defining
 * INITGUID. */
#undef DEFINE_GUID
#ifdef INITGUID
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    const GUID DECLSPEC_SELECTANY name = { l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    extern const GUID name
#endif
