/* xalloc: malloc wrappers that abort with a message on exhaustion.
 * ddicheck has no sensible way to continue without memory, and checking
 * every small allocation would bury the real error paths. */
#ifndef DDICHECK_XALLOC_H
#define DDICHECK_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);      /* NULL in, NULL out */

/* Growable array helpers: VEC_PUSH(items, count, cap, value). */
#define VEC_GROW(items, count, cap)                                           \
	do {                                                                  \
		if ((count) >= (cap)) {                                       \
			(cap) = (cap) ? (cap) * 2 : 8;                        \
			(items) = xrealloc((items), (cap) * sizeof(*(items)));  \
		}                                                             \
	} while (0)
#define VEC_PUSH(items, count, cap, value)                                    \
	do {                                                                  \
		VEC_GROW(items, count, cap);                                  \
		(items)[(count)++] = (value);                                 \
	} while (0)

#endif
