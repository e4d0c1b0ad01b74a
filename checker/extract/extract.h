/* extract: walks one parsed libclang translation unit and fills an fx_tu
 * with its facts (functions, roles, IRQL annotations, CFGs of events,
 * file-scope initialisers).  Called by frontend/ only; everything it
 * produces lives in out->arena, and no libclang object outlives the call.
 * Only frontend/ and extract/ may include this header (it names CX types). */
#ifndef DDICHECK_EXTRACT_H
#define DDICHECK_EXTRACT_H

#include <clang-c/Index.h>

#include "facts/facts.h"

/* Fills `out` (already created with fx_tu_new for the main file) from `tu`.
 * Extraction problems become diags in `out`; returns 0, or -1 on a bug. */
int ex_extract_tu(CXTranslationUnit tu, fx_tu *out);

#endif
