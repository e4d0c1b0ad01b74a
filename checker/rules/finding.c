#include "rules/finding.h"
#include "util/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void finding_list_init(finding_list *l)
{
	memset(l, 0, sizeof(*l));
	l->arena = arena_new();
}

void finding_list_free(finding_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->count; i++)
		free(l->items[i]->notes);
	free(l->items);
	arena_free(l->arena);
	memset(l, 0, sizeof(*l));
}

static const char *vformat(arena *a, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	char *p = arena_alloc(a, (size_t)(n > 0 ? n : 0) + 1);
	vsnprintf(p, (size_t)(n > 0 ? n : 0) + 1, fmt, ap2);
	va_end(ap2);
	return p;
}

finding *finding_add(finding_list *l, const char *rule, finding_level level, fx_loc loc,
		     const char *fmt, ...)
{
	finding *f = arena_alloc(l->arena, sizeof(finding));
	f->rule = arena_strdup(l->arena, rule);
	f->level = level;
	f->loc = loc;
	f->loc.file = arena_strdup(l->arena, loc.file);
	va_list ap;
	va_start(ap, fmt);
	f->message = vformat(l->arena, fmt, ap);
	va_end(ap);
	VEC_PUSH(l->items, l->count, l->cap, f);
	return f;
}

void finding_note_add(finding_list *l, finding *f, fx_loc loc, const char *kind,
		      const char *fmt, ...)
{
	finding_note n;
	n.loc = loc;
	n.loc.file = arena_strdup(l->arena, loc.file);
	n.kind = kind;
	va_list ap;
	va_start(ap, fmt);
	n.message = vformat(l->arena, fmt, ap);
	va_end(ap);
	VEC_PUSH(f->notes, f->nnotes, f->capnotes, n);
}

static int strcmp0(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

static int cmp(const void *pa, const void *pb)
{
	const finding *a = *(finding *const *)pa, *b = *(finding *const *)pb;
	int c = strcmp0(a->loc.file, b->loc.file);
	if (c)
		return c;
	if (a->loc.line != b->loc.line)
		return a->loc.line < b->loc.line ? -1 : 1;
	if (a->loc.col != b->loc.col)
		return a->loc.col < b->loc.col ? -1 : 1;
	if ((c = strcmp0(a->rule, b->rule)))
		return c;
	return strcmp0(a->message, b->message);
}

void finding_list_sort(finding_list *l)
{
	if (l->count > 1)
		qsort(l->items, l->count, sizeof(*l->items), cmp);
	size_t out = 0;
	for (size_t i = 0; i < l->count; i++) {
		if (out && cmp(&l->items[out - 1], &l->items[i]) == 0) {
			free(l->items[i]->notes);
			continue;
		}
		l->items[out++] = l->items[i];
	}
	l->count = out;
}

const char *finding_level_name(finding_level level)
{
	switch (level) {
	case FINDING_ERROR: return "error";
	case FINDING_WARNING: return "warning";
	default: return "note";
	}
}
