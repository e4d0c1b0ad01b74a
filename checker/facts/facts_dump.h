/* facts_dump: a deterministic, line-oriented text rendering of an fx_tu
 * (functions with role, annotations, parameters and CFG blocks with their
 * events, successors and conditions; initialisers; diagnostics).  Backs
 * `ddicheck --dump-facts` and golden tests.  Writes to a caller's FILE;
 * owns nothing. */
#ifndef DDICHECK_FACTS_DUMP_H
#define DDICHECK_FACTS_DUMP_H

#include <stdio.h>

#include "facts/facts.h"

void fx_dump_tu(FILE *f, const fx_tu *tu);
void fx_dump_function(FILE *f, const fx_function *fn);
/* One value as the dump writes it: 5, 5=NAME, NULL, path, &path, fn:key, ?
 * Writes into buf (size bytes) and returns it. */
const char *fx_dump_val(const fx_val *v, char *buf, size_t size);

#endif
