/* fe_mof: the C header wmimofck -h writes for a driver's WMI classes
 * (toaster's ToasterMof.h, wmisamp's WmiData.h), made in memory from the
 * project's .mof text (mofcomp's input) when no WDK build has written it.
 * No libclang: the frontend supplies the text to the parse (fe_resolve.c).
 * What the pages say ("Using Wmimofck.exe", "Driver-Defined WMI Data
 * Items", the WMI method pages): the header defines the GUIDs, the data
 * structures and the method indices of the MOF's classes, with -m also a
 * structure for each method's input and output, and a class index named
 * class + "GuidIndex".  The rest of the naming is what the WDK samples use
 * (the pages do not pin it; ddicheck's choice), for a class C (its
 * HeaderName qualifier, else its name):
 *   #define CGuid { 0x..., 0x..., 0x..., { 0x.., ... } }    a GUID initialiser
 *   DEFINE_GUID(C_GUID, ...);                                the GUID object
 *   #define CGuidIndex N                                     its place among the GUID classes
 *   #define Method id                                        WmiMethodId
 *   typedef struct _C { ... } C, *PC;                        WmiDataId properties in id order
 *   #define C_Prop_SIZE sizeof(type)  #define C_Prop_ID id
 *   #define C_SIZE (FIELD_OFFSET(C, Last) + C_Last_SIZE)     when every property has a fixed size
 *   Method_IN, Method_OUT (with -m), likewise
 * MOF types become the C types of their documented formats (boolean
 * BOOLEAN, uint8 UCHAR ... uint64 ULONGLONG, datetime WCHAR[25], an
 * embedded class its structure); a string, a variable-size array or an
 * unknown class has no fixed size: the members stop there with
 * `UCHAR VariableData[1]` (the samples measure the fixed part with it) and
 * the structure gets no _SIZE.  The caller owns every buffer it passes. */
#ifndef DDICHECK_FE_MOF_H
#define DDICHECK_FE_MOF_H

#include <stdbool.h>
#include <stddef.h>

#include "frontend/fe_include.h"
#include "util/strbuf.h"

typedef struct fe_mof_opts {
	bool method_structs;    /* wmimofck -m (GenerateStructureDefinitionsForMethodParameters) */
} fe_mof_opts;

/* Appends to out the header for the MOF text (len bytes); `header` is the
 * header's file name (its include guard) and `name` the MOF's (the first
 * comment).  Returns 0, or -1 with *err filled (out then holds a partial
 * text the caller discards): a token MOF does not allow where it is, an
 * unterminated string or comment, a malformed guid, a WmiDataId or
 * WmiMethodId that is not a number or is used twice. */
int fe_mof_header(const char *header, const char *name, const char *text, size_t len, const fe_mof_opts *opts,
		  strbuf *out, fe_gen_error *err);

#endif
