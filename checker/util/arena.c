#include "util/arena.h"
#include "util/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* With DDICHECK_PLAIN_MALLOC every object is its own malloc block so that
 * valgrind and ASan see each one; the chunks then only record them. */
typedef struct chunk {
	struct chunk *next;
	size_t size, used;
	_Alignas(16) unsigned char data[];
} chunk;

struct arena {
	chunk *head;
	size_t bytes;
};

enum { CHUNK_MIN = 64 * 1024 };

arena *arena_new(void)
{
	return xcalloc(1, sizeof(arena));
}

void arena_free(arena *a)
{
	if (!a)
		return;
	chunk *c = a->head;
	while (c) {
		chunk *next = c->next;
		free(c);
		c = next;
	}
	free(a);
}

void *arena_alloc(arena *a, size_t size)
{
	size = (size + 15) & ~(size_t)15;
	if (size == 0)
		size = 16;
#ifdef DDICHECK_PLAIN_MALLOC
	chunk *c = xcalloc(1, sizeof(chunk) + size);
	c->size = c->used = size;
	c->next = a->head;
	a->head = c;
	a->bytes += size;
	return c->data;
#else
	chunk *c = a->head;
	if (!c || c->size - c->used < size) {
		size_t csize = size > CHUNK_MIN ? size : CHUNK_MIN;
		chunk *n = xmalloc(sizeof(chunk) + csize);
		n->size = csize;
		n->used = 0;
		if (c && size > CHUNK_MIN) {
			/* a big block goes behind the current chunk, which stays open */
			n->next = c->next;
			c->next = n;
		} else {
			n->next = c;
			a->head = n;
		}
		a->bytes += csize;
		c = n;
	}
	void *p = c->data + c->used;
	c->used += size;
	memset(p, 0, size);
	return p;
#endif
}

void *arena_memdup(arena *a, const void *p, size_t size)
{
	void *q = arena_alloc(a, size);
	if (size)
		memcpy(q, p, size);
	return q;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
	if (!s)
		return NULL;
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

char *arena_printf(arena *a, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	char *p = arena_alloc(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	return p;
}

size_t arena_bytes(const arena *a)
{
	return a->bytes;
}
