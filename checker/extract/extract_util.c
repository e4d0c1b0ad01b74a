/* Small libclang helpers for extract/: children, strings, locations and
 * source text.  No state beyond the ex_tu_ctx caches. */
#include "extract/extract_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

static enum CXChildVisitResult collect_cb(CXCursor c, CXCursor parent, CXClientData d)
{
	ex_curvec *v = d;
	VEC_PUSH(v->v, v->n, v->cap, c);
	return CXChildVisit_Continue;
}

void ex_children(CXCursor c, ex_curvec *out)
{
	clang_visitChildren(c, collect_cb, out);
}

void ex_curvec_free(ex_curvec *v)
{
	free(v->v);
	v->v = NULL;
	v->n = v->cap = 0;
}

typedef struct nbuf {
	CXCursor *buf;
	unsigned max, n;
} nbuf;

static enum CXChildVisitResult collect_n_cb(CXCursor c, CXCursor parent, CXClientData d)
{
	nbuf *b = d;
	if (b->n < b->max)
		b->buf[b->n] = c;
	b->n++;
	return CXChildVisit_Continue;
}

unsigned ex_children_n(CXCursor c, CXCursor *buf, unsigned max)
{
	nbuf b = { buf, max, 0 };
	clang_visitChildren(c, collect_n_cb, &b);
	return b.n;
}

const char *ex_str(ex_tu_ctx *t, CXString s)
{
	const char *c = clang_getCString(s);
	const char *r = arena_strdup(t->a, c ? c : "");
	clang_disposeString(s);
	return r;
}

static const char *file_name(ex_tu_ctx *t, CXFile f)
{
	if (!f)
		return NULL;
	if (f == t->loc_file)
		return t->loc_name;
	CXString s = clang_getFileName(f);
	const char *c = clang_getCString(s);
	const char *name = NULL;
	if (c) {
		name = strmap_get(&t->files, c);
		if (!name) {
			name = arena_strdup(t->a, c);
			strmap_put(&t->files, name, (void *)name);
		}
	}
	clang_disposeString(s);
	t->loc_file = f;
	t->loc_name = name;
	return name;
}

/* The expansion location: for code written inside a macro use, the line of
 * the use in the user's file, which is where a driver author looks. */
fx_loc ex_loc(ex_tu_ctx *t, CXSourceLocation l)
{
	CXFile f = NULL;
	unsigned line = 0, col = 0;
	clang_getExpansionLocation(l, &f, &line, &col, NULL);
	fx_loc r = { file_name(t, f), line, col };
	return r;
}

fx_loc ex_cursor_loc(ex_tu_ctx *t, CXCursor c)
{
	return ex_loc(t, clang_getRangeStart(clang_getCursorExtent(c)));
}

bool ex_file_offset(CXSourceLocation l, CXFile *file, unsigned *off)
{
	*file = NULL;
	*off = 0;
	clang_getFileLocation(l, file, NULL, NULL, off);
	return *file != NULL;
}

/* File locations map macro bodies to their use and macro arguments to where
 * they were written, so the range is always a piece of a real file. */
const char *ex_text(ex_tu_ctx *t, CXCursor c)
{
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile f1, f2;
	unsigned o1, o2;
	if (!ex_file_offset(clang_getRangeStart(r), &f1, &o1) ||
	    !ex_file_offset(clang_getRangeEnd(r), &f2, &o2) || f1 != f2 || o2 <= o1)
		return NULL;
	if (f1 != t->text_file) {
		size_t size = 0;
		t->text_data = clang_getFileContents(t->tu, f1, &size);
		t->text_size = t->text_data ? size : 0;
		t->text_file = f1;
	}
	if (!t->text_data || o2 > t->text_size)
		return NULL;
	/* collapse whitespace runs (line breaks in long conditions) to one space */
	char buf[EX_TEXT_MAX + 4];
	size_t n = 0;
	bool space = false, cut = false;
	for (unsigned i = o1; i < o2; i++) {
		char ch = t->text_data[i];
		if (isspace((unsigned char)ch)) {
			space = n > 0;
			continue;
		}
		if (n + (space ? 2 : 1) > EX_TEXT_MAX) {
			cut = true;
			break;
		}
		if (space)
			buf[n++] = ' ';
		space = false;
		buf[n++] = ch;
	}
	if (cut) {
		memcpy(buf + n, "...", 3);
		n += 3;
	}
	return arena_strndup(t->a, buf, n);
}

const char *ex_single_ident(ex_tu_ctx *t, CXCursor c)
{
	const char *s = ex_text(t, c);
	if (!s || !(isalpha((unsigned char)s[0]) || s[0] == '_'))
		return NULL;
	for (const char *p = s; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_')
			return NULL;
	return s;
}
