/* kb_syntax: declaration text to names and types.  Tokens carry an "annot"
 * mark for SAL annotations, calling-convention and export macros (and their
 * arguments) so that the patterns below see plain C while parameters can
 * still read their direction from the marks. */
#include "kb/kb_syntax.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kb/kb_page.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

enum { T_ID = 1, T_NUM, T_STR, T_PUNCT };

typedef struct tok {
	int kind;
	const char *s;
	size_t n;
	bool annot;       /* part of an annotation or its arguments */
	bool head;        /* the annotation's own name (direction words live here) */
	int depth;        /* brace depth before this token */
} tok;

typedef struct toks {
	tok *t;
	size_t n, cap;
} toks;

static bool is(const tok *t, const char *s)
{
	return t->n == strlen(s) && memcmp(t->s, s, t->n) == 0;
}

static bool is_id(const tok *t, const char *s)
{
	return t->kind == T_ID && is(t, s);
}

static void tokenize(const char *p, toks *out)
{
	bool line_start = true;
	while (*p) {
		unsigned char c = (unsigned char)*p;
		if (c == '\n') {
			line_start = true;
			p++;
			continue;
		}
		if (isspace(c) || c >= 0x80) {   /* non-ASCII: stray no-break spaces */
			p++;
			continue;
		}
		if (c == '#' && line_start) {   /* preprocessor line, with continuations */
			while (*p && *p != '\n') {
				if (*p == '\\' && p[1] == '\n')
					p++;
				p++;
			}
			continue;
		}
		line_start = false;
		if (c == '/' && p[1] == '/') {
			while (*p && *p != '\n')
				p++;
			continue;
		}
		if (c == '/' && p[1] == '*') {
			const char *q = strstr(p + 2, "*/");
			p = q ? q + 2 : p + strlen(p);
			continue;
		}
		tok t = { 0, p, 1, false, false, 0 };
		if (isalpha(c) || c == '_') {
			t.kind = T_ID;
			while (isalnum((unsigned char)p[t.n]) || p[t.n] == '_')
				t.n++;
		} else if (isdigit(c)) {
			t.kind = T_NUM;
			while (isalnum((unsigned char)p[t.n]) || p[t.n] == '_' || p[t.n] == '.')
				t.n++;
		} else if (c == '"' || c == '\'') {
			t.kind = T_STR;
			while (p[t.n] && p[t.n] != (char)c && p[t.n] != '\n') {
				if (p[t.n] == '\\' && p[t.n + 1])
					t.n++;
				t.n++;
			}
			if (p[t.n] == (char)c)
				t.n++;
		} else {
			t.kind = T_PUNCT;
			static const char *const multi[] = { "...", "<<", ">>", "->", "::", "<=", ">=",
							      "==", "!=", "&&", "||" };
			for (size_t i = 0; i < sizeof(multi) / sizeof(multi[0]); i++)
				if (strncmp(p, multi[i], strlen(multi[i])) == 0) {
					t.n = strlen(multi[i]);
					break;
				}
		}
		p += t.n;
		VEC_PUSH(out->t, out->n, out->cap, t);
	}
}

static bool annot_word(const tok *t)
{
	static const char *const words[] = {
		"IN", "OUT", "OPTIONAL", "NTAPI", "NTKERNELAPI", "NTSYSAPI", "NTHALAPI",
		"NTSYSCALLAPI", "FASTCALL", "FORCEINLINE", "CFORCEINLINE", "CALLBACK", "WINAPI",
		"EXPORT", "WDFAPI", "NDISAPI", "POINTER_ALIGNMENT", "UNALIGNED", "inline",
		"extern", "static", "register", "STDCALL", "CDECL", "NTSTRSAFEDDI", "PAGED_CODE",
	};
	if (t->kind != T_ID)
		return false;
	if (t->n >= 3 && t->s[0] == '_' && isupper((unsigned char)t->s[1]) && t->s[t->n - 1] == '_')
		return true;   /* SAL: _In_, _Out_opt_, _IRQL_requires_max_ ... */
	if (t->n >= 3 && t->s[0] == '_' && t->s[1] == '_')
		return !(t->n >= 5 && strncmp(t->s, "__int", 5) == 0);   /* __drv_*, __stdcall... */
	if (t->n > 9 && strncmp(t->s, "DECLSPEC_", 9) == 0)
		return true;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (is(t, words[i]))
			return true;
	return false;
}

/* Marks annotations (and their parenthesised arguments, and "[in]" style
 * brackets), and records brace depth. */
static void mark(toks *ts)
{
	int depth = 0;
	for (size_t i = 0; i < ts->n; i++) {
		tok *t = &ts->t[i];
		t->depth = depth;
		if (is(t, "{"))
			depth++;
		else if (is(t, "}") && depth > 0)
			depth--;
		if (annot_word(t)) {
			t->annot = t->head = true;
			if (i + 1 < ts->n && is(&ts->t[i + 1], "(")) {
				int d = 0;
				size_t j = i + 1;
				for (; j < ts->n; j++) {
					ts->t[j].annot = true;
					ts->t[j].depth = depth;
					if (is(&ts->t[j], "("))
						d++;
					else if (is(&ts->t[j], ")") && --d == 0)
						break;
				}
				i = j;
			}
		} else if (is(t, "[") && i + 1 < ts->n && ts->t[i + 1].kind == T_ID) {
			const tok *w = &ts->t[i + 1];
			if ((w->n == 2 && strncasecmp(w->s, "in", 2) == 0) ||
			    (w->n == 3 && strncasecmp(w->s, "out", 3) == 0) ||
			    (w->n == 5 && strncasecmp(w->s, "inout", 5) == 0) ||
			    (w->n == 8 && strncasecmp(w->s, "optional", 8) == 0)) {
				size_t j = i;
				for (; j < ts->n && !is(&ts->t[j], "]"); j++) {
					ts->t[j].annot = ts->t[j].head = true;
					ts->t[j].depth = depth;
				}
				if (j < ts->n)
					ts->t[j].annot = true;
				i = j;
			}
		}
	}
}

/* Index of the token closing the bracket opened at i (or n). */
static size_t match(const toks *ts, size_t i, size_t end)
{
	const char *open = ts->t[i].s;
	char o = *open, c = o == '(' ? ')' : o == '[' ? ']' : '}';
	int d = 0;
	for (size_t j = i; j < end; j++) {
		if (ts->t[j].kind != T_PUNCT)
			continue;
		if (ts->t[j].s[0] == o && ts->t[j].n == 1)
			d++;
		else if (ts->t[j].s[0] == c && ts->t[j].n == 1 && --d == 0)
			return j;
	}
	return end;
}

/* Non-annotation tokens of [b, e) as a list of indices. */
typedef struct idx {
	size_t *i;
	size_t n, cap;
} idx;

static void plain(const toks *ts, size_t b, size_t e, idx *out)
{
	out->n = 0;
	for (size_t i = b; i < e; i++)
		if (!ts->t[i].annot)
			VEC_PUSH(out->i, out->n, out->cap, i);
}

static void join(strbuf *sb, const toks *ts, const size_t *ix, size_t n, size_t skip)
{
	const tok *prev = NULL;
	for (size_t k = 0; k < n; k++) {
		if (ix[k] == skip)
			continue;
		const tok *t = &ts->t[ix[k]];
		if (prev) {
			bool space = true;
			if (is(prev, "(") || is(prev, "[") || is(t, ")") || is(t, "]") ||
			    is(t, ",") || is(t, "[") || (is(prev, "*") && (is(t, "*") || is(t, ")"))) ||
			    (is(prev, ")") && is(t, "(")))
				space = false;
			if (space)
				strbuf_putc(sb, ' ');
		}
		strbuf_add(sb, t->s, t->n);
		prev = t;
	}
}

/* One declaration "type name", "type (*name)(args)", "type name[4]" in the
 * plain tokens ix[0..n).  Sets *name (NULL when there is none) and *type. */
static void decl(arena *a, const toks *ts, const size_t *ix, size_t n,
		 const char **name, const char **type)
{
	*name = NULL;
	*type = NULL;
	if (!n)
		return;
	strbuf sb = STRBUF_INIT;
	size_t name_at = (size_t)-1;
	for (size_t k = 0; k + 3 < n && name_at == (size_t)-1; k++)   /* (*name)(...) */
		if (is(&ts->t[ix[k]], "(") && is(&ts->t[ix[k + 1]], "*") &&
		    ts->t[ix[k + 2]].kind == T_ID && is(&ts->t[ix[k + 3]], ")"))
			name_at = k + 2;
	size_t end = n;
	if (name_at == (size_t)-1) {
		for (size_t k = 0; k < n; k++)         /* bit-field width */
			if (is(&ts->t[ix[k]], ":")) {
				end = k;
				break;
			}
		size_t last = end;
		while (last > 0 && is(&ts->t[ix[last - 1]], "]")) {   /* array suffixes */
			size_t k = last - 1;
			while (k > 0 && !is(&ts->t[ix[k]], "["))
				k--;
			last = k;
		}
		if (last > 1 && ts->t[ix[last - 1]].kind == T_ID)
			name_at = last - 1;
		else if (last == 1 && is(&ts->t[ix[0]], "..."))
			name_at = 0;
	}
	if (name_at != (size_t)-1) {
		const tok *t = &ts->t[ix[name_at]];
		*name = arena_strndup(a, t->s, t->n);
		if (is(t, "...")) {
			*type = "...";
			strbuf_free(&sb);
			return;
		}
	}
	join(&sb, ts, ix, end, name_at == (size_t)-1 ? (size_t)-1 : ix[name_at]);
	*type = arena_strdup(a, strbuf_str(&sb));
	strbuf_free(&sb);
}

static bool keyword(const tok *t)
{
	static const char *const kw[] = { "if", "while", "for", "switch", "return", "sizeof",
					  "defined", "do", "else", "case" };
	for (size_t i = 0; i < sizeof(kw) / sizeof(kw[0]); i++)
		if (is(t, kw[i]))
			return true;
	return false;
}

static bool is_type_word(const tok *t)
{
	return t->kind == T_ID && !is(t, "typedef") && !keyword(t);
}

/* ---- functions ------------------------------------------------------- */

static void parse_params(arena *a, const toks *ts, size_t open, size_t close, kb_proto *out)
{
	kb_param *ps = NULL;
	size_t np = 0, cap = 0;
	idx ix = { 0 };
	size_t b = open + 1;
	while (b < close) {
		size_t e = b;
		int d = 0;
		for (; e < close; e++) {
			const tok *t = &ts->t[e];
			if (is(t, "(") || is(t, "["))
				d++;
			else if (is(t, ")") || is(t, "]"))
				d--;
			else if (d == 0 && is(t, ",") && !t->annot)
				break;
		}
		kb_param p = { 0 };
		for (size_t i = b; i < e; i++)
			if (ts->t[i].head)
				kb_page_parse_dir(ts->t[i].s, ts->t[i].n, &p.dir, &p.optional);
		plain(ts, b, e, &ix);
		decl(a, ts, ix.i, ix.n, &p.name, &p.type);
		/* "(void)" and "(VOID)" declare no parameter */
		bool none = !p.name && ix.n == 1 && (is(&ts->t[ix.i[0]], "void") || is(&ts->t[ix.i[0]], "VOID"));
		if (ix.n && !none) {
			if (!p.name)
				p.name = "";
			VEC_PUSH(ps, np, cap, p);
		}
		b = e + 1;
	}
	free(ix.i);
	out->nparams = np;
	out->params = np ? arena_memdup(a, ps, np * sizeof(*ps)) : NULL;
	free(ps);
}

int kb_syntax_function(arena *a, const char *code, const char *want, kb_proto *out)
{
	int rc = -1;
	toks ts = { 0 };
	idx v = { 0 }, ret = { 0 };
	memset(out, 0, sizeof(*out));
	tokenize(code, &ts);
	mark(&ts);
	plain(&ts, 0, ts.n, &v);
	size_t best_name = 0, best_open = 0, best_close = 0, best_start = 0;
	bool found = false;
	for (size_t k = 0; k + 1 < v.n; k++) {
		const tok *t = &ts.t[v.i[k]];
		size_t name_k, open_k;
		if (t->depth != 0)
			continue;
		if (t->kind == T_ID && is(&ts.t[v.i[k + 1]], "(") && !keyword(t)) {
			name_k = k;
			open_k = k + 1;
		} else if (is(t, "(") && k + 3 < v.n) {
			/* typedef T (NAME)(...) / typedef T (*NAME)(...) */
			size_t m = k + 1;
			if (is(&ts.t[v.i[m]], "*"))
				m++;
			if (m + 2 >= v.n || ts.t[v.i[m]].kind != T_ID || !is(&ts.t[v.i[m + 1]], ")") ||
			    !is(&ts.t[v.i[m + 2]], "("))
				continue;
			name_k = m;
			open_k = m + 2;
		} else {
			continue;
		}
		size_t open = v.i[open_k];
		size_t close = match(&ts, open, ts.n);
		if (close == ts.n)
			continue;
		/* the return type: plain tokens back to the statement start */
		size_t start = name_k;
		if (name_k != k)
			start = k;
		while (start > 0) {
			const tok *p = &ts.t[v.i[start - 1]];
			if (is(p, ";") || is(p, "{") || is(p, "}") || p->depth != 0)
				break;
			start--;
		}
		bool has_type = false;
		for (size_t q = start; q < k; q++)
			if (is_type_word(&ts.t[v.i[q]]))
				has_type = true;
		if (!has_type)
			continue;
		const tok *nt = &ts.t[v.i[name_k]];
		bool wanted = want && nt->n == strlen(want) && memcmp(nt->s, want, nt->n) == 0;
		if (!found || wanted) {
			best_name = name_k;
			best_open = open;
			best_close = close;
			best_start = start;
			found = true;
		}
		if (wanted || !want)
			break;
		k = 0;
		while (k < v.n && v.i[k] < close)
			k++;
		k--;
	}
	if (!found)
		goto cleanup;
	const tok *nt = &ts.t[v.i[best_name]];
	out->name = arena_strndup(a, nt->s, nt->n);
	for (size_t q = best_start; q < v.n && v.i[q] < best_open; q++) {
		const tok *t = &ts.t[v.i[q]];
		if (q == best_name || is(t, "typedef") || is(t, "(") || is(t, ")") ||
		    (is(t, "*") && q + 1 == best_name))
			continue;
		VEC_PUSH(ret.i, ret.n, ret.cap, v.i[q]);
	}
	strbuf sb = STRBUF_INIT;
	join(&sb, &ts, ret.i, ret.n, (size_t)-1);
	out->ret = sb.len ? arena_strdup(a, strbuf_str(&sb)) : NULL;
	strbuf_free(&sb);
	parse_params(a, &ts, best_open, best_close, out);
	rc = 0;
cleanup:
	free(ts.t);
	free(v.i);
	free(ret.i);
	return rc;
}

/* ---- structures ------------------------------------------------------ */

typedef struct fields {
	kb_sfield *f;
	size_t n, cap;
} fields;

static void add_field(fields *fs, const char *name, const char *type)
{
	kb_sfield f = { name, type };
	VEC_PUSH(fs->f, fs->n, fs->cap, f);
}

/* Plain member statement [b, e): "T a, *b, c[2]". */
static void plain_member(arena *a, const toks *ts, size_t b, size_t e, const char *prefix, fields *fs)
{
	idx ix = { 0 };
	plain(ts, b, e, &ix);
	size_t first_end = ix.n;
	for (size_t k = 0; k < ix.n; k++)
		if (is(&ts->t[ix.i[k]], ",") && ts->t[ix.i[k]].depth == ts->t[ix.i[0]].depth) {
			int d = 0;
			for (size_t q = 0; q < k; q++)
				d += is(&ts->t[ix.i[q]], "(") - is(&ts->t[ix.i[q]], ")");
			if (d == 0) {
				first_end = k;
				break;
			}
		}
	const char *name, *type;
	decl(a, ts, ix.i, first_end, &name, &type);
	if (name)
		add_field(fs, arena_printf(a, "%s%s", prefix, name), type);
	if (first_end < ix.n && name) {
		/* later declarators share the base type without the first one's stars */
		size_t base_n = 0;
		while (base_n < first_end && !is(&ts->t[ix.i[base_n]], "*") &&
		       !(ts->t[ix.i[base_n]].kind == T_ID && strlen(name) == ts->t[ix.i[base_n]].n &&
			 memcmp(ts->t[ix.i[base_n]].s, name, ts->t[ix.i[base_n]].n) == 0))
			base_n++;
		size_t k = first_end + 1;
		while (k < ix.n) {
			size_t s = k;
			while (k < ix.n && !is(&ts->t[ix.i[k]], ","))
				k++;
			idx one = { 0 };
			for (size_t q = 0; q < base_n; q++)
				VEC_PUSH(one.i, one.n, one.cap, ix.i[q]);
			for (size_t q = s; q < k; q++)
				VEC_PUSH(one.i, one.n, one.cap, ix.i[q]);
			const char *n2, *t2;
			decl(a, ts, one.i, one.n, &n2, &t2);
			if (n2)
				add_field(fs, arena_printf(a, "%s%s", prefix, n2), t2);
			free(one.i);
			k++;
		}
	}
	free(ix.i);
}

static void members(arena *a, const toks *ts, size_t b, size_t e, const char *prefix, fields *fs)
{
	size_t i = b;
	while (i < e) {
		size_t s = i, brace = (size_t)-1;
		int d = 0;
		for (; i < e; i++) {
			const tok *t = &ts->t[i];
			if (t->annot)
				continue;
			if (is(t, "{") && d == 0 && brace == (size_t)-1) {
				brace = i;
				i = match(ts, i, e);
				continue;
			}
			if (is(t, "(") || is(t, "["))
				d++;
			else if (is(t, ")") || is(t, "]"))
				d--;
			else if (is(t, ";") && d == 0)
				break;
		}
		size_t stmt_end = i;
		i++;
		if (brace == (size_t)-1) {
			plain_member(a, ts, s, stmt_end, prefix, fs);
			continue;
		}
		/* nested "struct|union [tag] { ... } [names];" */
		const char *kw = "struct";
		const char *tag = NULL;
		for (size_t q = s; q < brace; q++) {
			if (ts->t[q].annot)
				continue;
			if (is_id(&ts->t[q], "union"))
				kw = "union";
			else if (ts->t[q].kind == T_ID && !is_id(&ts->t[q], "struct"))
				tag = arena_strndup(a, ts->t[q].s, ts->t[q].n);
		}
		size_t close = match(ts, brace, e);
		const char *aggtype = tag ? arena_printf(a, "%s %s", kw, tag) : kw;
		bool named = false;
		for (size_t q = close + 1; q < stmt_end; q++) {
			if (ts->t[q].kind != T_ID || ts->t[q].annot)
				continue;
			named = true;
			const char *nm = arena_strndup(a, ts->t[q].s, ts->t[q].n);
			add_field(fs, arena_printf(a, "%s%s", prefix, nm), aggtype);
			members(a, ts, brace + 1, close, arena_printf(a, "%s%s.", prefix, nm), fs);
		}
		if (!named)
			members(a, ts, brace + 1, close, prefix, fs);
	}
}

/* Finds "KW [tag] {" at depth 0; fills tag, body bounds and the typedef names. */
typedef struct agg {
	size_t open, close;
	const char *tag;
	const char **names, **ptrnames;
	size_t nnames, nptrnames;
} agg;

static bool find_agg(arena *a, const toks *ts, const char *const *kws, const char *want, agg *out)
{
	bool found = false;
	for (size_t i = 0; i < ts->n; i++) {
		const tok *t = &ts->t[i];
		if (t->annot || t->depth != 0)
			continue;
		bool kwm = false;
		for (const char *const *k = kws; *k; k++)
			kwm |= is_id(t, *k);
		if (!kwm)
			continue;
		size_t j = i + 1;
		while (j < ts->n && ts->t[j].annot)
			j++;
		agg g = { 0 };
		if (j < ts->n && ts->t[j].kind == T_ID) {
			g.tag = arena_strndup(a, ts->t[j].s, ts->t[j].n);
			j++;
			while (j < ts->n && ts->t[j].annot)
				j++;
		}
		if (j >= ts->n || !is(&ts->t[j], "{"))
			continue;
		g.open = j;
		g.close = match(ts, j, ts->n);
		size_t q = g.close + 1;
		size_t ncap = 0, pcap = 0;
		bool star = false;
		for (; q < ts->n && !is(&ts->t[q], ";"); q++) {
			const tok *d = &ts->t[q];
			if (d->annot)
				continue;
			if (is(d, "*")) {
				star = true;
			} else if (is(d, ",")) {
				star = false;
			} else if (d->kind == T_ID) {
				const char *nm = arena_strndup(a, d->s, d->n);
				if (star)
					VEC_PUSH(g.ptrnames, g.nptrnames, pcap, nm);
				else
					VEC_PUSH(g.names, g.nnames, ncap, nm);
			}
		}
		bool wanted = want && g.tag && strcmp(g.tag, want) == 0;
		for (size_t k = 0; k < g.nnames; k++)
			wanted |= want && strcmp(g.names[k], want) == 0;
		if (!found || wanted) {
			if (found) {
				free(out->names);
				free(out->ptrnames);
			}
			*out = g;
			found = true;
		} else {
			free(g.names);
			free(g.ptrnames);
		}
		if (wanted || !want)
			break;
		i = q;
	}
	return found;
}

static void finish_names(arena *a, agg *g, const char ***names, size_t *nnames,
			 const char ***ptrnames, size_t *nptr)
{
	*nnames = g->nnames;
	*names = g->nnames ? arena_memdup(a, g->names, g->nnames * sizeof(char *)) : NULL;
	*nptr = g->nptrnames;
	*ptrnames = g->nptrnames ? arena_memdup(a, g->ptrnames, g->nptrnames * sizeof(char *)) : NULL;
	free(g->names);
	free(g->ptrnames);
}

int kb_syntax_struct(arena *a, const char *code, const char *want, kb_struct_decl *out)
{
	static const char *const kws[] = { "struct", "union", NULL };
	toks ts = { 0 };
	memset(out, 0, sizeof(*out));
	tokenize(code, &ts);
	mark(&ts);
	agg g;
	if (!find_agg(a, &ts, kws, want, &g)) {
		free(ts.t);
		return -1;
	}
	fields fs = { 0 };
	members(a, &ts, g.open + 1, g.close, "", &fs);
	out->tag = g.tag;
	finish_names(a, &g, &out->names, &out->nnames, &out->ptrnames, &out->nptrnames);
	out->nfields = fs.n;
	out->fields = fs.n ? arena_memdup(a, fs.f, fs.n * sizeof(*fs.f)) : NULL;
	free(fs.f);
	free(ts.t);
	return 0;
}

/* ---- enumerations ---------------------------------------------------- */

typedef struct eval {
	const toks *ts;
	const size_t *ix;
	size_t k, n;
	const kb_enumerator *prev;
	size_t nprev;
	bool ok;
} eval;

static long long ev_or(eval *e);

static const tok *ev_peek(eval *e)
{
	return e->k < e->n ? &e->ts->t[e->ix[e->k]] : NULL;
}

static long long ev_primary(eval *e)
{
	const tok *t = ev_peek(e);
	if (!t) {
		e->ok = false;
		return 0;
	}
	e->k++;
	if (is(t, "(")) {
		long long v = ev_or(e);
		t = ev_peek(e);
		if (!t || !is(t, ")"))
			e->ok = false;
		e->k++;
		return v;
	}
	if (is(t, "-"))
		return -ev_primary(e);
	if (is(t, "~"))
		return ~ev_primary(e);
	if (t->kind == T_NUM) {
		char buf[40];
		size_t n = t->n < sizeof(buf) - 1 ? t->n : sizeof(buf) - 1;
		memcpy(buf, t->s, n);
		buf[n] = '\0';
		char *end;
		unsigned long long v = strtoull(buf, &end, 0);
		while (*end == 'u' || *end == 'U' || *end == 'l' || *end == 'L')
			end++;
		if (*end)
			e->ok = false;
		return (long long)v;
	}
	if (t->kind == T_ID)
		for (size_t i = e->nprev; i-- > 0;)
			if (e->prev[i].has_value && is(t, e->prev[i].name))
				return e->prev[i].value;
	e->ok = false;
	return 0;
}

static long long ev_bin(eval *e, int level)
{
	static const char *const ops[][3] = { { "|", NULL, NULL }, { "^", NULL, NULL }, { "&", NULL, NULL },
					      { "<<", ">>", NULL }, { "+", "-", NULL }, { "*", "/", NULL } };
	if (level == 6)
		return ev_primary(e);
	long long v = ev_bin(e, level + 1);
	for (;;) {
		const tok *t = ev_peek(e);
		int op = -1;
		for (int o = 0; t && o < 2 && ops[level][o]; o++)
			if (is(t, ops[level][o]))
				op = o;
		if (op < 0)
			return v;
		e->k++;
		long long r = ev_bin(e, level + 1);
		const char *s = ops[level][op];
		if (!strcmp(s, "|")) v |= r;
		else if (!strcmp(s, "^")) v ^= r;
		else if (!strcmp(s, "&")) v &= r;
		else if (!strcmp(s, "<<")) v = (r >= 0 && r < 63) ? (long long)((unsigned long long)v << r) : (e->ok = false, 0);
		else if (!strcmp(s, ">>")) v = (r >= 0 && r < 63) ? v >> r : (e->ok = false, 0);
		else if (!strcmp(s, "+")) v = (long long)((unsigned long long)v + (unsigned long long)r);
		else if (!strcmp(s, "-")) v = (long long)((unsigned long long)v - (unsigned long long)r);
		else if (!strcmp(s, "*")) v = (long long)((unsigned long long)v * (unsigned long long)r);
		else if (r != 0 && !(v == -9223372036854775807LL - 1 && r == -1)) v /= r;
		else e->ok = false;
	}
}

static long long ev_or(eval *e)
{
	return ev_bin(e, 0);
}

int kb_syntax_enum(arena *a, const char *code, const char *want, kb_enum_decl *out)
{
	static const char *const kws[] = { "enum", NULL };
	toks ts = { 0 };
	memset(out, 0, sizeof(*out));
	tokenize(code, &ts);
	mark(&ts);
	agg g;
	if (!find_agg(a, &ts, kws, want, &g)) {
		free(ts.t);
		return -1;
	}
	kb_enumerator *items = NULL;
	size_t n = 0, cap = 0;
	idx ix = { 0 };
	size_t b = g.open + 1;
	while (b < g.close) {
		size_t e = b;
		int d = 0;
		for (; e < g.close; e++) {
			if (is(&ts.t[e], "("))
				d++;
			else if (is(&ts.t[e], ")"))
				d--;
			else if (d == 0 && is(&ts.t[e], ","))
				break;
		}
		plain(&ts, b, e, &ix);
		if (ix.n && ts.t[ix.i[0]].kind == T_ID) {
			kb_enumerator it = { arena_strndup(a, ts.t[ix.i[0]].s, ts.t[ix.i[0]].n), NULL, false, 0 };
			if (ix.n > 2 && is(&ts.t[ix.i[1]], "=")) {
				strbuf sb = STRBUF_INIT;
				join(&sb, &ts, ix.i + 2, ix.n - 2, (size_t)-1);
				it.expr = arena_strdup(a, strbuf_str(&sb));
				strbuf_free(&sb);
				eval ev = { &ts, ix.i + 2, 0, ix.n - 2, items, n, true };
				long long v = ev_or(&ev);
				if (ev.ok && ev.k == ev.n) {
					it.has_value = true;
					it.value = v;
				}
			} else if (ix.n == 1) {
				if (n == 0) {
					it.has_value = true;
				} else if (items[n - 1].has_value) {
					it.has_value = true;
					it.value = (long long)((unsigned long long)items[n - 1].value + 1);
				}
			}
			VEC_PUSH(items, n, cap, it);
		}
		b = e + 1;
	}
	free(ix.i);
	out->tag = g.tag;
	const char **ptr;
	size_t nptr;
	finish_names(a, &g, &out->names, &out->nnames, &ptr, &nptr);
	out->nitems = n;
	out->items = n ? arena_memdup(a, items, n * sizeof(*items)) : NULL;
	free(items);
	free(ts.t);
	return 0;
}
