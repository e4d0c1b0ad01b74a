#include "util/intern.h"
#include "util/strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void intern_init(interner *in)
{
	in->arena = arena_new();
	in->map = (strmap)STRMAP_INIT;
}

void intern_free(interner *in)
{
	strmap_free(&in->map);
	arena_free(in->arena);
	in->arena = NULL;
}

const char *intern(interner *in, const char *s)
{
	if (!s)
		return NULL;
	const char *p = strmap_get(&in->map, s);
	if (p)
		return p;
	char *copy = arena_strdup(in->arena, s);
	strmap_put(&in->map, copy, copy);
	return copy;
}

const char *intern_n(interner *in, const char *s, size_t n)
{
	strbuf sb = STRBUF_INIT;
	strbuf_add(&sb, s, n);
	const char *r = intern(in, strbuf_str(&sb));
	strbuf_free(&sb);
	return r;
}

const char *intern_printf(interner *in, const char *fmt, ...)
{
	char small[256];
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	const char *r;
	if (n >= 0 && (size_t)n < sizeof(small)) {
		r = intern(in, small);
	} else {
		strbuf sb = STRBUF_INIT;
		char *big = arena_alloc(in->arena, (size_t)n + 1);
		vsnprintf(big, (size_t)n + 1, fmt, ap2);
		r = intern(in, big);
		strbuf_free(&sb);
	}
	va_end(ap2);
	return r;
}
