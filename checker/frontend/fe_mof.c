/* fe_mof: a .mof made the header wmimofck -h writes (fe_mof.h). */
#include "frontend/fe_mof.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/strbuf.h"
#include "util/xalloc.h"

/* Bounds on what one file declares: a MOF with more is not a driver's. */
enum { MOF_CLASSES_MAX = 1024, MOF_MEMBERS_MAX = 1024, MOF_WORD_MAX = 255, MOF_NEST_MAX = 64 };

typedef enum tok_kind { T_EOF, T_IDENT, T_NUM, T_STR, T_PUNCT } tok_kind;

typedef struct tok {
	tok_kind kind;
	char text[MOF_WORD_MAX + 1];   /* a string's first MOF_WORD_MAX bytes */
	unsigned line;
} tok;

/* The qualifiers ddicheck reads; the others (Description, read...) say
 * nothing the header holds. */
typedef struct quals {
	char *guid, *header_name;
	long data_id, method_id;       /* -1: none */
	bool in, out;
	unsigned line;
} quals;

typedef struct member {
	char *type, *name;             /* MOF type or class name; NULL type for a method */
	long array;                    /* -1 none, 0 variable, N fixed; -2 a method */
	quals q;
	struct member *params;         /* a method's */
	size_t nparams, capparams;
} member;

typedef struct mclass {
	char *name;
	quals q;
	member *m;
	size_t n, cap;
	int fixed;                     /* -1 unknown, 0 no, 1 yes (as an embedded class) */
	bool visiting;
	bool written, writing;
	size_t guid_index;             /* its place among the classes with a guid */
} mclass;

typedef struct mof {
	const char *text;
	size_t len, pos;
	unsigned line;
	tok cur;
	fe_gen_error *err;
	mclass *c;
	size_t nc, capc;
} mof;

static int fail(mof *p, unsigned line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	p->err->line = line;
	vsnprintf(p->err->message, sizeof(p->err->message), fmt, ap);
	va_end(ap);
	return -1;
}

/* ---- tokens ---- */

/* Skips white space, comments and #pragma lines.  -1 on an unterminated
 * comment. */
static int skip_space(mof *p)
{
	bool line_start = p->pos == 0;
	while (p->pos < p->len) {
		char ch = p->text[p->pos];
		if (ch == '\n') {
			p->line++;
			p->pos++;
			line_start = true;
		} else if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v') {
			p->pos++;
		} else if (ch == '#' && line_start) {   /* #pragma autorecover, namespace... */
			while (p->pos < p->len && p->text[p->pos] != '\n')
				p->pos++;
		} else if (ch == '/' && p->pos + 1 < p->len && p->text[p->pos + 1] == '/') {
			while (p->pos < p->len && p->text[p->pos] != '\n')
				p->pos++;
		} else if (ch == '/' && p->pos + 1 < p->len && p->text[p->pos + 1] == '*') {
			unsigned start = p->line;
			p->pos += 2;
			while (p->pos + 1 < p->len && !(p->text[p->pos] == '*' && p->text[p->pos + 1] == '/')) {
				if (p->text[p->pos] == '\n')
					p->line++;
				p->pos++;
			}
			if (p->pos + 1 >= p->len)
				return fail(p, start, "a comment that does not end");
			p->pos += 2;
		} else {
			return 0;
		}
	}
	return 0;
}

static int next(mof *p)
{
	if (skip_space(p) != 0)
		return -1;
	tok *t = &p->cur;
	t->line = p->line;
	t->text[0] = '\0';
	if (p->pos >= p->len) {
		t->kind = T_EOF;
		return 0;
	}
	char ch = p->text[p->pos];
	size_t k = 0;
	if (isalpha((unsigned char)ch) || ch == '_') {
		t->kind = T_IDENT;
		while (p->pos < p->len && (isalnum((unsigned char)p->text[p->pos]) || p->text[p->pos] == '_')) {
			if (k >= MOF_WORD_MAX)
				return fail(p, t->line, "a name longer than %d characters", MOF_WORD_MAX);
			t->text[k++] = p->text[p->pos++];
		}
	} else if (isdigit((unsigned char)ch) || ((ch == '-' || ch == '+') && p->pos + 1 < p->len &&
						   isdigit((unsigned char)p->text[p->pos + 1]))) {
		t->kind = T_NUM;
		t->text[k++] = p->text[p->pos++];
		while (p->pos < p->len && (isalnum((unsigned char)p->text[p->pos]) || p->text[p->pos] == '.')) {
			if (k >= MOF_WORD_MAX)
				return fail(p, t->line, "a number longer than %d characters", MOF_WORD_MAX);
			t->text[k++] = p->text[p->pos++];
		}
	} else if (ch == '"' || ch == '\'') {
		t->kind = T_STR;
		p->pos++;
		while (p->pos < p->len && p->text[p->pos] != ch && p->text[p->pos] != '\n') {
			char c = p->text[p->pos++];
			if (c == '\\' && p->pos < p->len && p->text[p->pos] != '\n')
				c = p->text[p->pos++];
			if (k < MOF_WORD_MAX)
				t->text[k++] = c;
		}
		if (p->pos >= p->len || p->text[p->pos] != ch)
			return fail(p, t->line, "a string that does not end on its line");
		p->pos++;
	} else if (ch == '\0') {
		return fail(p, t->line, "a NUL byte: not a MOF file");
	} else {
		t->kind = T_PUNCT;
		t->text[k++] = p->text[p->pos++];
	}
	t->text[k] = '\0';
	return 0;
}

static bool is_punct(const mof *p, char c)
{
	return p->cur.kind == T_PUNCT && p->cur.text[0] == c;
}

static bool is_word(const mof *p, const char *w)
{
	return p->cur.kind == T_IDENT && !strcasecmp(p->cur.text, w);
}

static const char *shown(const mof *p)
{
	return p->cur.kind == T_EOF ? "the end of the file" : p->cur.text;
}

static int expect(mof *p, char c)
{
	if (!is_punct(p, c))
		return fail(p, p->cur.line, "'%c' expected, not '%s'", c, shown(p));
	return next(p);
}

/* An identifier's text (malloc'd) and the next token; *out stays NULL
 * on failure. */
static int ident(mof *p, const char *what, char **out)
{
	if (p->cur.kind != T_IDENT)
		return fail(p, p->cur.line, "%s expected, not '%s'", what, shown(p));
	*out = xstrdup(p->cur.text);
	if (next(p) != 0) {
		free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

/* ---- qualifiers ---- */

static void quals_free(quals *q)
{
	free(q->guid);
	free(q->header_name);
}

static int number_value(mof *p, const char *qual, long *out)
{
	char *end = NULL;
	long v = p->cur.kind == T_NUM ? strtol(p->cur.text, &end, 0) : -1;
	if (p->cur.kind != T_NUM || *end || v < 0 || v > 0xFFFF)
		return fail(p, p->cur.line, "%s(%s): a number from 0 to 65535 expected", qual, shown(p));
	*out = v;
	return 0;
}

/* One qualifier's value list, "(v, ...)" or "{v, ...}"; the first value
 * is kept for the qualifiers ddicheck reads. */
static int qual_values(mof *p, const char *name, quals *q)
{
	char close = is_punct(p, '(') ? ')' : '}';
	if (next(p) != 0)
		return -1;
	bool first = true;
	while (!is_punct(p, close)) {
		if (p->cur.kind == T_EOF || is_punct(p, ']') || is_punct(p, ';'))
			return fail(p, p->cur.line, "'%c' expected to end %s's value, not '%s'", close, name, shown(p));
		if (first && !strcasecmp(name, "guid")) {
			free(q->guid);
			q->guid = xstrdup(p->cur.text);
			q->line = p->cur.line;
		} else if (first && !strcasecmp(name, "HeaderName")) {
			/* it names the structure and its defines */
			const char *h = p->cur.text;
			bool ok = isalpha((unsigned char)*h) || *h == '_';
			for (; ok && *h; h++)
				ok = isalnum((unsigned char)*h) || *h == '_';
			if (!ok)
				return fail(p, p->cur.line, "HeaderName(\"%s\"): not a C identifier", p->cur.text);
			free(q->header_name);
			q->header_name = xstrdup(p->cur.text);
		} else if (first && !strcasecmp(name, "WmiDataId") && number_value(p, name, &q->data_id) != 0) {
			return -1;
		} else if (first && !strcasecmp(name, "WmiMethodId") && number_value(p, name, &q->method_id) != 0) {
			return -1;
		}
		first = false;   /* the others (arrays, "a" "b" concatenated) are not needed */
		if (next(p) != 0)
			return -1;
	}
	return next(p);
}

/* An optional qualifier list "[A, B(v), C{v} : amended ToSubclass, ...]". */
static int qualifiers(mof *p, quals *q)
{
	memset(q, 0, sizeof(*q));
	q->data_id = q->method_id = -1;
	q->line = p->cur.line;
	if (!is_punct(p, '['))
		return 0;
	if (next(p) != 0)
		return -1;
	while (!is_punct(p, ']')) {
		char *name = NULL;
		if (ident(p, "a qualifier name", &name) != 0)
			return -1;
		int rc = 0;
		if (!strcasecmp(name, "in"))
			q->in = true;
		else if (!strcasecmp(name, "out"))
			q->out = true;
		if (is_punct(p, '(') || is_punct(p, '{'))
			rc = qual_values(p, name, q);
		free(name);
		if (rc != 0)
			return -1;
		if (is_punct(p, ':')) {   /* flavors */
			if (next(p) != 0)
				return -1;
			while (p->cur.kind == T_IDENT)
				if (next(p) != 0)
					return -1;
		}
		if (is_punct(p, ','))
			if (next(p) != 0)
				return -1;
		if (!is_punct(p, ']') && p->cur.kind != T_IDENT)
			return fail(p, p->cur.line, "',' or ']' expected in the qualifiers, not '%s'", shown(p));
	}
	return next(p);
}

/* ---- declarations ---- */

static void member_free(member *m)
{
	free(m->type);
	free(m->name);
	quals_free(&m->q);
	for (size_t i = 0; i < m->nparams; i++)
		member_free(&m->params[i]);
	free(m->params);
}

/* An optional "[N]" or "[]" after a name. */
static int array_suffix(mof *p, long *array)
{
	*array = -1;
	if (!is_punct(p, '['))
		return 0;
	if (next(p) != 0)
		return -1;
	*array = 0;
	if (p->cur.kind == T_NUM) {
		char *end = NULL;
		long v = strtol(p->cur.text, &end, 0);
		if (*end || v <= 0 || v > 0xFFFF)
			return fail(p, p->cur.line, "array size '%s': a number from 1 to 65535 expected", p->cur.text);
		*array = v;
		if (next(p) != 0)
			return -1;
	}
	return expect(p, ']');
}

/* "type [ref] name" of a property or parameter. */
static int typed_name(mof *p, member *m)
{
	if (ident(p, "a type", &m->type) != 0)
		return -1;
	if (is_word(p, "ref")) {   /* a reference has no fixed layout here */
		free(m->type);
		m->type = xstrdup("ref");
		if (next(p) != 0)
			return -1;
	}
	if (ident(p, "a name", &m->name) != 0)
		return -1;
	return array_suffix(p, &m->array);
}

/* Skips a default value up to (not including) the ';' that ends it. */
static int skip_value(mof *p)
{
	int depth = 0;
	while (!(depth == 0 && is_punct(p, ';'))) {
		if (p->cur.kind == T_EOF)
			return fail(p, p->cur.line, "';' expected after the value");
		if (is_punct(p, '{'))
			depth++;
		else if (is_punct(p, '}') && --depth < 0)
			return fail(p, p->cur.line, "'}' without '{'");
		if (depth > MOF_NEST_MAX)
			return fail(p, p->cur.line, "values nested deeper than %d", MOF_NEST_MAX);
		if (next(p) != 0)
			return -1;
	}
	return 0;
}

static int method_params(mof *p, member *m)
{
	if (next(p) != 0)   /* '(' */
		return -1;
	while (!is_punct(p, ')')) {
		if (m->nparams >= MOF_MEMBERS_MAX)
			return fail(p, p->cur.line, "more than %d parameters", MOF_MEMBERS_MAX);
		member prm = { 0 };
		int rc = qualifiers(p, &prm.q);
		if (rc == 0)
			rc = typed_name(p, &prm);
		VEC_PUSH(m->params, m->nparams, m->capparams, prm);
		if (rc != 0)
			return -1;
		if (is_punct(p, ',')) {
			if (next(p) != 0)
				return -1;
		} else if (!is_punct(p, ')')) {
			return fail(p, p->cur.line, "',' or ')' expected in the parameters, not '%s'", shown(p));
		}
	}
	return next(p);
}

static int class_body(mof *p, mclass *c)
{
	if (expect(p, '{') != 0)
		return -1;
	while (!is_punct(p, '}')) {
		if (c->n >= MOF_MEMBERS_MAX)
			return fail(p, p->cur.line, "more than %d members in class %s", MOF_MEMBERS_MAX, c->name);
		member m = { 0 };
		m.array = -1;
		int rc = qualifiers(p, &m.q);
		if (rc == 0)
			rc = ident(p, "a type", &m.type);
		if (rc == 0 && is_word(p, "ref")) {
			free(m.type);
			m.type = xstrdup("ref");
			rc = next(p);
		}
		if (rc == 0)
			rc = ident(p, "a property or method name", &m.name);
		if (rc == 0 && is_punct(p, '(')) {
			m.array = -2;   /* a method */
			rc = method_params(p, &m);
		} else if (rc == 0) {
			rc = array_suffix(p, &m.array);
			if (rc == 0 && is_punct(p, '='))
				rc = skip_value(p);
		}
		VEC_PUSH(c->m, c->n, c->cap, m);
		if (rc != 0 || expect(p, ';') != 0)
			return -1;
	}
	if (next(p) != 0)
		return -1;
	return expect(p, ';');
}

/* Skips "instance of X { ... };" and "qualifier X : ...;". */
static int skip_declaration(mof *p)
{
	int depth = 0;
	while (!(depth == 0 && is_punct(p, ';'))) {
		if (p->cur.kind == T_EOF)
			return fail(p, p->cur.line, "';' expected to end the declaration");
		if (is_punct(p, '{') && ++depth > MOF_NEST_MAX)
			return fail(p, p->cur.line, "declarations nested deeper than %d", MOF_NEST_MAX);
		if (is_punct(p, '}'))
			depth--;
		if (next(p) != 0)
			return -1;
	}
	return next(p);
}

static int parse(mof *p)
{
	if (next(p) != 0)
		return -1;
	while (p->cur.kind != T_EOF) {
		quals q;
		if (qualifiers(p, &q) != 0) {
			quals_free(&q);
			return -1;
		}
		if (is_word(p, "class")) {
			if (p->nc >= MOF_CLASSES_MAX) {
				quals_free(&q);
				return fail(p, p->cur.line, "more than %d classes", MOF_CLASSES_MAX);
			}
			mclass c = { 0 };
			c.q = q;
			c.fixed = -1;
			int rc = next(p);
			if (rc == 0)
				rc = ident(p, "a class name", &c.name);
			if (rc == 0 && is_punct(p, ':')) {   /* the base class: WMIEvent... */
				char *base = NULL;
				rc = next(p);
				if (rc == 0)
					rc = ident(p, "a base class name", &base);
				free(base);
			}
			VEC_PUSH(p->c, p->nc, p->capc, c);
			if (rc != 0 || class_body(p, &p->c[p->nc - 1]) != 0)
				return -1;
		} else if (is_word(p, "instance") || is_word(p, "qualifier")) {
			quals_free(&q);
			if (skip_declaration(p) != 0)
				return -1;
		} else {
			quals_free(&q);
			return fail(p, p->cur.line, "'class' expected, not '%s'", shown(p));
		}
	}
	return 0;
}

/* ---- the header ---- */

static mclass *find_class(mof *p, const char *name)
{
	for (size_t i = 0; i < p->nc; i++)
		if (!strcasecmp(p->c[i].name, name))
			return &p->c[i];
	return NULL;
}

static const char *cname(const mclass *c)
{
	return c->q.header_name && *c->q.header_name ? c->q.header_name : c->name;
}

/* The C type of a MOF type of fixed size, or NULL (string, object, ref,
 * an unknown class, a class that is not of fixed size).  *dims is the
 * extra array dimension the type itself has (datetime: 25). */
static const char *c_type(mof *p, const char *type, int *dims, int depth);

static bool class_fixed(mof *p, mclass *c, int depth)
{
	if (c->fixed >= 0)
		return c->fixed == 1;
	if (c->visiting || depth > MOF_NEST_MAX)
		return false;   /* a class that holds itself has no fixed size */
	c->visiting = true;
	bool fixed = true;
	for (size_t i = 0; i < c->n && fixed; i++) {
		const member *m = &c->m[i];
		int dims = 0;
		if (m->array == -2 || m->q.data_id < 0)
			continue;
		fixed = m->array != 0 && c_type(p, m->type, &dims, depth + 1) != NULL;
	}
	c->visiting = false;
	c->fixed = fixed ? 1 : 0;
	return fixed;
}

static const char *c_type(mof *p, const char *type, int *dims, int depth)
{
	static const struct {
		const char *mof, *c;
	} basic[] = {
		{ "boolean", "BOOLEAN" }, { "sint8", "CHAR" },       { "uint8", "UCHAR" },      { "sint16", "SHORT" },
		{ "uint16", "USHORT" },   { "sint32", "LONG" },      { "uint32", "ULONG" },     { "sint64", "LONGLONG" },
		{ "uint64", "ULONGLONG" }, { "real32", "float" },    { "real64", "double" },    { "char16", "WCHAR" },
	};
	*dims = 0;
	for (size_t i = 0; i < sizeof(basic) / sizeof(basic[0]); i++)
		if (!strcasecmp(type, basic[i].mof))
			return basic[i].c;
	if (!strcasecmp(type, "datetime")) {   /* 25 Unicode characters */
		*dims = 25;
		return "WCHAR";
	}
	if (!strcasecmp(type, "string") || !strcasecmp(type, "object") || !strcasecmp(type, "ref"))
		return NULL;
	mclass *c = find_class(p, type);
	return c && class_fixed(p, c, depth) ? cname(c) : NULL;
}

/* A GUID's text as DEFINE_GUID takes it: a 32-bit, two 16-bit and eight
 * 8-bit parts. */
static bool parse_guid(const char *s, uint32_t *l, uint16_t *w1, uint16_t *w2, uint8_t b[8])
{
	unsigned char g[16];
	if (!fe_include_parse_guid(s, g))
		return false;
	*l = (uint32_t)g[0] << 24 | (uint32_t)g[1] << 16 | (uint32_t)g[2] << 8 | g[3];
	*w1 = (uint16_t)(g[4] << 8 | g[5]);
	*w2 = (uint16_t)(g[6] << 8 | g[7]);
	memcpy(b, g + 8, 8);
	return true;
}

static int cmp_id(const void *a, const void *b)
{
	long x = (*(member *const *)a)->q.data_id, y = (*(member *const *)b)->q.data_id;
	return x < y ? -1 : x > y;
}

/* The structure `name` of the members v[0..n-1] (already in order), with
 * their _SIZE and _ID defines and the structure's _SIZE when all have a
 * fixed size.  Nothing for no member. */
static void write_struct(mof *p, strbuf *out, const char *name, member **v, size_t n)
{
	if (!n)
		return;
	strbuf_printf(out, "typedef struct _%s\n{\n", name);
	const char *last = NULL;
	bool variable = false;
	for (size_t i = 0; i < n; i++) {
		const member *m = v[i];
		int dims = 0;
		const char *t = variable || m->array == 0 ? NULL : c_type(p, m->type, &dims, 0);
		if (!variable && !t) {
			/* the rest has no fixed offset: the samples measure up to here */
			strbuf_puts(out, "    UCHAR VariableData[1];\n");
			variable = true;
		}
		if (t) {
			strbuf_printf(out, "    %s %s", t, m->name);
			if (m->array > 0)
				strbuf_printf(out, "[%ld]", m->array);
			if (dims)
				strbuf_printf(out, "[%d]", dims);
			strbuf_printf(out, ";\n    #define %s_%s_SIZE sizeof(%s", name, m->name, t);
			if (m->array > 0)
				strbuf_printf(out, "[%ld]", m->array);
			if (dims)
				strbuf_printf(out, "[%d]", dims);
			strbuf_puts(out, ")\n");
			last = m->name;
		}
		if (m->q.data_id >= 0)
			strbuf_printf(out, "    #define %s_%s_ID %ld\n", name, m->name, m->q.data_id);
		strbuf_puts(out, "\n");
	}
	strbuf_printf(out, "} %s, *P%s;\n\n", name, name);
	if (!variable && last)
		strbuf_printf(out, "#define %s_SIZE (FIELD_OFFSET(%s, %s) + %s_%s_SIZE)\n\n", name, name, last, name, last);
}

/* A method's input or output structure: its [in] (or [out]) parameters
 * in their order (ids: their WmiDataId, else their place, ddicheck's
 * choice). */
static void write_method_struct(mof *p, strbuf *out, const char *method, const member *m, bool in)
{
	member **v = xcalloc(m->nparams + 1, sizeof(*v));
	size_t n = 0;
	for (size_t i = 0; i < m->nparams; i++)
		if (in ? m->params[i].q.in : m->params[i].q.out) {
			v[n] = &m->params[i];
			if (v[n]->q.data_id < 0)
				v[n]->q.data_id = (long)n + 1;
			n++;
		}
	strbuf name = STRBUF_INIT;
	strbuf_printf(&name, "%s_%s", method, in ? "IN" : "OUT");
	write_struct(p, out, strbuf_str(&name), v, n);
	strbuf_free(&name);
	free(v);
}

static int write_class(mof *p, mclass *c, const fe_mof_opts *o, strbuf *out)
{
	const char *name = cname(c);
	strbuf_printf(out, "// %s - %s\n", c->name, name);
	if (c->q.guid) {
		uint32_t l;
		uint16_t w1, w2;
		uint8_t b[8];
		if (!parse_guid(c->q.guid, &l, &w1, &w2, b))
			return fail(p, c->q.line, "guid(\"%s\") of class %s: not a GUID", c->q.guid, c->name);
		strbuf_printf(out, "#define %sGuid \\\n    { 0x%08x,0x%04x,0x%04x, { ", name, l, w1, w2);
		for (int j = 0; j < 8; j++)
			strbuf_printf(out, "0x%02x%s", b[j], j < 7 ? "," : " } }\n\n");
		strbuf_printf(out, "#if ! (defined(MIDL_PASS))\nDEFINE_GUID(%s_GUID, \\\n            0x%08x,0x%04x,0x%04x", name,
			      l, w1, w2);
		for (int j = 0; j < 8; j++)
			strbuf_printf(out, ",0x%02x", b[j]);
		strbuf_printf(out, ");\n#endif\n\n#define %sGuidIndex %zu\n\n", name, c->guid_index);
	}
	/* methods: their ids, and with -m their parameter structures */
	for (size_t i = 0; i < c->n; i++) {
		const member *m = &c->m[i];
		if (m->array != -2 || m->q.method_id < 0)
			continue;
		for (size_t j = 0; j < i; j++)
			if (c->m[j].array == -2 && c->m[j].q.method_id == m->q.method_id)
				return fail(p, m->q.line, "WmiMethodId(%ld) used twice in class %s", m->q.method_id,
					    c->name);
		strbuf_printf(out, "#define %s %ld\n", m->name, m->q.method_id);
		if (o && o->method_structs) {
			strbuf_puts(out, "\n");
			write_method_struct(p, out, m->name, m, true);
			write_method_struct(p, out, m->name, m, false);
		}
	}
	/* the data items in WmiDataId order */
	member **v = xcalloc(c->n + 1, sizeof(*v));
	size_t n = 0;
	for (size_t i = 0; i < c->n; i++)
		if (c->m[i].array != -2 && c->m[i].q.data_id >= 0)
			v[n++] = &c->m[i];
	qsort(v, n, sizeof(*v), cmp_id);
	for (size_t i = 1; i < n; i++)
		if (v[i]->q.data_id == v[i - 1]->q.data_id) {
			int rc = fail(p, v[i]->q.line, "WmiDataId(%ld) used twice in class %s", v[i]->q.data_id, c->name);
			free(v);
			return rc;
		}
	strbuf_puts(out, "\n");
	write_struct(p, out, name, v, n);
	free(v);
	return 0;
}

/* Writes c after the classes it embeds (a structure needs its members'
 * types complete), each once. */
static int write_in_order(mof *p, mclass *c, const fe_mof_opts *o, strbuf *out, int depth)
{
	if (c->written || c->writing || depth > MOF_NEST_MAX)
		return 0;
	c->writing = true;
	for (size_t i = 0; i < c->n; i++) {
		const member *m = &c->m[i];
		mclass *e = m->array == -2 ? NULL : find_class(p, m->type);
		if (e && e != c && write_in_order(p, e, o, out, depth + 1) != 0)
			return -1;
		for (size_t j = 0; m->array == -2 && j < m->nparams; j++) {
			e = find_class(p, m->params[j].type);
			if (e && e != c && write_in_order(p, e, o, out, depth + 1) != 0)
				return -1;
		}
	}
	c->writing = false;
	c->written = true;
	return write_class(p, c, o, out);
}

int fe_mof_header(const char *header, const char *name, const char *text, size_t len, const fe_mof_opts *opts,
		  strbuf *out, fe_gen_error *err)
{
	mof p = { .text = text, .len = len, .line = 1, .err = err };
	memset(err, 0, sizeof(*err));
	int rc = parse(&p);
	if (rc == 0) {
		/* the guard: from the header's name (ddicheck's choice) */
		strbuf guard = STRBUF_INIT;
		strbuf_puts(&guard, "_DDICHECK_WMI_");
		for (const char *s = header; *s; s++)
			strbuf_putc(&guard, isalnum((unsigned char)*s) ? (char)toupper((unsigned char)*s) : '_');
		strbuf_printf(out, "// ddicheck: the header wmimofck writes from %s\n#ifndef %s\n#define %s\n\n", name,
			      strbuf_str(&guard), strbuf_str(&guard));
		size_t guid_index = 0;
		for (size_t i = 0; i < p.nc; i++)
			if (p.c[i].q.guid)
				p.c[i].guid_index = guid_index++;
		for (size_t i = 0; i < p.nc && rc == 0; i++)
			rc = write_in_order(&p, &p.c[i], opts, out, 0);
		strbuf_printf(out, "#endif\n");
		strbuf_free(&guard);
	}
	for (size_t i = 0; i < p.nc; i++) {
		free(p.c[i].name);
		quals_free(&p.c[i].q);
		for (size_t j = 0; j < p.c[i].n; j++)
			member_free(&p.c[i].m[j]);
		free(p.c[i].m);
	}
	free(p.c);
	return rc;
}
