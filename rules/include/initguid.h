/*
 * initguid.h -- ddicheck model header: after this include, DEFINE_GUID
 * defines the GUID instead of declaring it (see guiddef.h).
 *
 * Written for ddicheck; it is not a copy of Microsoft's initguid.h.
 */
#define INITGUID
#include <guiddef.h>
