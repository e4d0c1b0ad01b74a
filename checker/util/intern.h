/* intern: string interning, so that equal strings are equal pointers.
 * The interner owns the copies; intern_free() releases them all. */
#ifndef DDICHECK_INTERN_H
#define DDICHECK_INTERN_H

#include <stddef.h>

#include "util/arena.h"
#include "util/strmap.h"

typedef struct interner {
	arena *arena;
	strmap map;
} interner;

void intern_init(interner *in);
void intern_free(interner *in);
const char *intern(interner *in, const char *s);               /* NULL in, NULL out */
const char *intern_n(interner *in, const char *s, size_t n);
const char *intern_printf(interner *in, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
