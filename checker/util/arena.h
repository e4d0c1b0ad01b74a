/* arena: bump allocator for data that lives and dies together (one
 * translation unit's facts, one program's analysis state).
 * Owns every block it hands out; arena_free() releases them all at once.
 * Allocation failure aborts: ddicheck treats out-of-memory as fatal. */
#ifndef DDICHECK_ARENA_H
#define DDICHECK_ARENA_H

#include <stddef.h>

typedef struct arena arena;

arena *arena_new(void);
void arena_free(arena *a);                 /* NULL-safe */
void *arena_alloc(arena *a, size_t size);  /* zeroed, 16-byte aligned */
char *arena_strdup(arena *a, const char *s);   /* NULL in, NULL out */
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_printf(arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void *arena_memdup(arena *a, const void *p, size_t size);
size_t arena_bytes(const arena *a);        /* bytes reserved, for benchmarks */

#endif
