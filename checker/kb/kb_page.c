/* kb_page: the page reader.  The front matter goes through libyaml (after one
 * repair the old layout needs); the body is scanned line by line, tracking the
 * "## " section and code fences, because only a handful of constructs matter. */
#include "kb/kb_page.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <yaml.h>

#include "util/strbuf.h"
#include "util/xalloc.h"

static void fail(char *err, size_t errsize, const char *rel, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void fail(char *err, size_t errsize, const char *rel, size_t line, const char *fmt, ...)
{
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (line)
		snprintf(err, errsize, "%s:%zu: %s", rel, line, msg);
	else
		snprintf(err, errsize, "%s: %s", rel, msg);
}

kb_page_kind kb_page_kind_of(const char *filename, bool devtest)
{
	size_t n = strlen(filename);
	if (n < 4 || strcmp(filename + n - 3, ".md") != 0)
		return KB_PAGE_OTHER;
	if (strncmp(filename, "nf-", 3) == 0)
		return KB_PAGE_FUNCTION;
	if (strncmp(filename, "nc-", 3) == 0)
		return KB_PAGE_CALLBACK;
	if (strncmp(filename, "ns-", 3) == 0)
		return KB_PAGE_STRUCT;
	if (strncmp(filename, "ne-", 3) == 0)
		return KB_PAGE_ENUM;
	return devtest ? KB_PAGE_RULE : KB_PAGE_OTHER;
}

void kb_page_parse_dir(const char *text, size_t n, kb_dir *dir, bool *optional)
{
	/* Split into words of letters; "_Inout_opt_" gives inout, opt. */
	size_t i = 0;
	while (i < n) {
		while (i < n && !isalpha((unsigned char)text[i]))
			i++;
		size_t b = i;
		while (i < n && isalpha((unsigned char)text[i]))
			i++;
		size_t len = i - b;
		const char *w = text + b;
		if (len == 5 && strncasecmp(w, "inout", 5) == 0)
			*dir |= KB_DIR_INOUT;
		else if (len == 2 && strncasecmp(w, "in", 2) == 0)
			*dir |= KB_DIR_IN;
		else if ((len == 3 && strncasecmp(w, "out", 3) == 0) ||
			 (len == 6 && strncasecmp(w, "outptr", 6) == 0))
			*dir |= KB_DIR_OUT;
		else if ((len == 3 && strncasecmp(w, "opt", 3) == 0) ||
			 (len == 8 && strncasecmp(w, "optional", 8) == 0) ||
			 (len == 9 && strncasecmp(w, "maybenull", 9) == 0))
			*optional = true;
	}
}

/* Returns the line (1-based) of the first byte that is not valid UTF-8, or 0. */
static size_t bad_utf8_line(const unsigned char *s, size_t n)
{
	size_t line = 1;
	for (size_t i = 0; i < n;) {
		unsigned char c = s[i];
		size_t len;
		unsigned min;
		if (c == '\n')
			line++;
		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xe0) == 0xc0) {
			len = 2;
			min = 0x80;
		} else if ((c & 0xf0) == 0xe0) {
			len = 3;
			min = 0x800;
		} else if ((c & 0xf8) == 0xf0 && c <= 0xf4) {
			len = 4;
			min = 0x10000;
		} else {
			return line;
		}
		if (i + len > n)
			return line;
		unsigned cp = c & (0x7f >> len);
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return line;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return line;
		i += len;
	}
	return 0;
}

static char *read_file(arena *a, const char *file, const char *rel, size_t *size,
		       char *err, size_t errsize)
{
	char *buf = NULL;
	FILE *f = fopen(file, "rb");
	if (!f) {
		fail(err, errsize, rel, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
		fail(err, errsize, rel, 0, "not a regular file");
		goto cleanup;
	}
	if ((unsigned long long)st.st_size > KB_PAGE_MAX_BYTES) {
		fail(err, errsize, rel, 0, "page too large (%lld bytes, limit %u); not a reference page",
		     (long long)st.st_size, KB_PAGE_MAX_BYTES);
		goto cleanup;
	}
	buf = arena_alloc(a, (size_t)st.st_size + 1);
	size_t got = fread(buf, 1, (size_t)st.st_size, f);
	if (got != (size_t)st.st_size || ferror(f)) {
		fail(err, errsize, rel, 0, "read error");
		buf = NULL;
		goto cleanup;
	}
	buf[got] = '\0';
	*size = got;
cleanup:
	fclose(f);
	return buf;
}

/* ---- front matter ---------------------------------------------------- */

static const char *scalar(arena *a, yaml_document_t *doc, yaml_node_t *n)
{
	if (!n || n->type != YAML_SCALAR_NODE)
		return NULL;
	return arena_strndup(a, (const char *)n->data.scalar.value, n->data.scalar.length);
}

/* A scalar or a sequence of scalars, as a list. */
static size_t list(arena *a, yaml_document_t *doc, yaml_node_t *n, const char ***out)
{
	*out = NULL;
	if (!n)
		return 0;
	if (n->type == YAML_SCALAR_NODE) {
		if (!n->data.scalar.length)
			return 0;
		*out = arena_alloc(a, sizeof(char *));
		(*out)[0] = scalar(a, doc, n);
		return 1;
	}
	if (n->type != YAML_SEQUENCE_NODE)
		return 0;
	size_t cnt = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
	*out = arena_alloc(a, (cnt + 1) * sizeof(char *));
	size_t k = 0;
	for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
		const char *s = scalar(a, doc, yaml_document_get_node(doc, *it));
		if (s && *s)
			(*out)[k++] = s;
	}
	return k;
}

static const char *uid_name(arena *a, const char *uid)
{
	const char *b = uid;
	for (const char *p = uid; *p; p++)
		if (*p == '.' || *p == ':')
			b = p + 1;
	size_t n = strlen(b);
	const char *tilde = strchr(b, '~');
	if (tilde)
		n = (size_t)(tilde - b);
	while (n && isspace((unsigned char)b[n - 1]))
		n--;
	return n ? arena_strndup(a, b, n) : NULL;
}

/* Splits "A, *PA" into trimmed items. */
static size_t split_commas(arena *a, const char *s, const char ***out)
{
	size_t cap = 1;
	for (const char *p = s; *p; p++)
		cap += *p == ',';
	*out = arena_alloc(a, cap * sizeof(char *));
	size_t k = 0;
	const char *p = s;
	while (*p) {
		while (*p == ' ' || *p == '\t')
			p++;
		const char *b = p;
		while (*p && *p != ',')
			p++;
		const char *e = p;
		while (e > b && isspace((unsigned char)e[-1]))
			e--;
		if (e > b)
			(*out)[k++] = arena_strndup(a, b, (size_t)(e - b));
		if (*p == ',')
			p++;
	}
	return k;
}

static int parse_front(kb_page *pg, arena *a, const char *text, size_t len, size_t first_line,
		       const char *rel, char *err, size_t errsize)
{
	int rc = -1;
	yaml_parser_t parser;
	yaml_document_t doc;
	bool have_doc = false;
	if (!yaml_parser_initialize(&parser)) {
		fail(err, errsize, rel, first_line, "cannot initialise the YAML parser");
		return -1;
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	if (!yaml_parser_load(&parser, &doc)) {
		size_t line = first_line + parser.problem_mark.line;
		if (parser.context)   /* "while parsing a flow sequence" and where it began */
			fail(err, errsize, rel, line, "front matter is not valid YAML: %s (%s started on line %zu)",
			     parser.problem ? parser.problem : "parse error", parser.context,
			     first_line + parser.context_mark.line);
		else
			fail(err, errsize, rel, line, "front matter is not valid YAML: %s",
			     parser.problem ? parser.problem : "parse error");
		goto cleanup;
	}
	have_doc = true;
	yaml_node_t *root = yaml_document_get_root_node(&doc);
	if (!root || root->type != YAML_MAPPING_NODE) {
		fail(err, errsize, rel, first_line, "front matter is not a mapping of fields");
		goto cleanup;
	}
	for (yaml_node_pair_t *pr = root->data.mapping.pairs.start; pr < root->data.mapping.pairs.top; pr++) {
		yaml_node_t *k = yaml_document_get_node(&doc, pr->key);
		yaml_node_t *v = yaml_document_get_node(&doc, pr->value);
		if (!k || k->type != YAML_SCALAR_NODE)
			continue;
		const char *key = (const char *)k->data.scalar.value;
		/* First occurrence wins; later duplicates are ignored like unknown fields. */
		if (strcmp(key, "UID") == 0 && !pg->uid_name) {
			const char *s = scalar(a, &doc, v);
			pg->uid_name = s ? uid_name(a, s) : NULL;
		} else if (strcmp(key, "title") == 0 && !pg->title) {
			pg->title = scalar(a, &doc, v);
		} else if (strcmp(key, "req.header") == 0 && !pg->header) {
			pg->header = scalar(a, &doc, v);
		} else if (strcmp(key, "req.irql") == 0 && !pg->irql) {
			pg->irql = scalar(a, &doc, v);
			if (!pg->irql)
				pg->irql = "";
		} else if (strcmp(key, "req.ddi-compliance") == 0 && !pg->compliance) {
			pg->compliance = scalar(a, &doc, v);
		} else if (strcmp(key, "api_name") == 0 && !pg->napi) {
			pg->napi = list(a, &doc, v, &pg->api_names);
		} else if (strcmp(key, "req.typenames") == 0 && !pg->ntypenames) {
			const char *s = scalar(a, &doc, v);
			if (s)
				pg->ntypenames = split_commas(a, s, &pg->typenames);
		} else if (strcmp(key, "ms.assetid") == 0 || strcmp(key, "old-project") == 0) {
			pg->legacy = true;
		}
	}
	rc = 0;
cleanup:
	if (have_doc)
		yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	return rc;
}

/* ---- body ------------------------------------------------------------ */

typedef struct line_iter {
	char *p, *end;
	size_t line;
} line_iter;

/* Next line as [*b, *e) without the newline; false at the end. */
static bool next_line(line_iter *it, char **b, char **e)
{
	if (it->p >= it->end)
		return false;
	*b = it->p;
	char *nl = memchr(it->p, '\n', (size_t)(it->end - it->p));
	*e = nl ? nl : it->end;
	it->p = nl ? nl + 1 : it->end;
	if (*e > *b && (*e)[-1] == '\r')
		(*e)--;
	it->line++;
	return true;
}

static bool starts(const char *b, const char *e, const char *s)
{
	size_t n = strlen(s);
	return (size_t)(e - b) >= n && memcmp(b, s, n) == 0;
}

static size_t fence_len(const char *b, const char *e)
{
	while (b < e && (*b == ' ' || *b == '\t'))
		b++;
	size_t n = 0;
	while (b + n < e && b[n] == '`')
		n++;
	return n >= 3 ? n : 0;
}

/* Copies [b, e) with HTML tags removed and spaces trimmed. */
static char *strip_tags(arena *a, const char *b, const char *e)
{
	strbuf sb = STRBUF_INIT;
	for (const char *p = b; p < e; p++) {
		if (*p == '<') {
			const char *q = memchr(p, '>', (size_t)(e - p));
			if (q) {
				p = q;
				continue;
			}
		}
		strbuf_putc(&sb, *p);
	}
	const char *s = strbuf_str(&sb), *t = s + sb.len;
	while (*s && isspace((unsigned char)*s))
		s++;
	while (t > s && isspace((unsigned char)t[-1]))
		t--;
	char *r = arena_strndup(a, s, (size_t)(t - s));
	strbuf_free(&sb);
	return r;
}

static void parse_param_header(kb_page *pg, arena *a, const char *b, const char *e, size_t *cap)
{
	b += strlen("### -param");
	const char *br = memchr(b, '[', (size_t)(e - b));
	const char *name_end = br ? br : e;
	char *name = strip_tags(a, b, name_end);
	size_t n = strlen(name);
	while (n && (name[n - 1] == ':' || isspace((unsigned char)name[n - 1])))
		name[--n] = '\0';
	kb_page_param p = { .name = name, .dir = KB_DIR_UNKNOWN, .optional = false };
	if (br)
		kb_page_parse_dir(br, (size_t)(e - br), &p.dir, &p.optional);
	if (!*name)
		return;
	VEC_PUSH(pg->params, pg->nparams, *cap, p);
}

/* "[**Name**](target)" items of an "Applies to" line. */
static void parse_applies(kb_page *pg, arena *a, const char *b, const char *e, size_t *cap)
{
	const char *p = b;
	while (p < e) {
		const char *o = strstr(p, "[**");
		if (!o || o >= e)
			return;
		const char *c = strstr(o + 3, "**]");
		if (!c || c >= e)
			return;
		/* Markdown escapes underscores: "NDIS\_LOWER\_IRQL" */
		char *nm = arena_alloc(a, (size_t)(c - o));
		size_t len = 0;
		for (const char *q = o + 3; q < c; q++)
			if (!(*q == '\\' && q + 1 < c))
				nm[len++] = *q;
		nm[len] = '\0';
		bool ident = len > 0;
		for (size_t q = 0; q < len; q++)
			if (!isalnum((unsigned char)nm[q]) && nm[q] != '_')
				ident = false;
		kb_page_applies ap = { .name = nm };
		p = c + 3;
		if (p < e && *p == '(') {
			const char *te = memchr(p, ')', (size_t)(e - p));
			if (!te)
				te = e;
			/* /windows-hardware/drivers/ddi/<header>/nf-<header>-<name> */
			const char *d = NULL;
			for (const char *q = p; q + 5 <= te; q++)
				if (memcmp(q, "/ddi/", 5) == 0)
					d = q + 5;
			if (d) {
				const char *slash = memchr(d, '/', (size_t)(te - d));
				if (slash) {
					ap.header = arena_printf(a, "%.*s.h", (int)(slash - d), d);
					ap.nf_link = starts(slash + 1, te, "nf-");
				}
			}
			p = te;
		}
		if (ident)
			VEC_PUSH(pg->applies, pg->napplies, *cap, ap);
	}
}

static const char *find_nc_link(arena *a, const char *b, const char *e)
{
	for (const char *p = b; p + 3 < e; p++) {
		if (memcmp(p, "nc-", 3) != 0 || (p > b && (isalnum((unsigned char)p[-1]) || p[-1] == '_')))
			continue;
		const char *q = p;
		while (q < e && (isalnum((unsigned char)*q) || *q == '_' || *q == '-' || *q == '~'))
			q++;
		char *s = arena_strndup(a, p, (size_t)(q - p));
		for (char *t = s; *t; t++)
			*t = (char)tolower((unsigned char)*t);
		return s;
	}
	return NULL;
}

static void parse_body(kb_page *pg, arena *a, char *text, char *end, size_t first_line)
{
	line_iter it = { text, end, first_line - 1 };
	char *b, *e;
	char section[64] = "";
	size_t pcap = 0, ccap = 0, fcap = 0, acap = 0;
	size_t fence = 0;            /* opening fence length while inside code */
	char *code_start = NULL;
	size_t code_line = 0;
	kb_page_fielddoc *field = NULL;
	while (next_line(&it, &b, &e)) {
		if (fence) {
			size_t f = fence_len(b, e);
			if (f >= fence) {
				kb_page_code c = { arena_strndup(a, code_start, (size_t)(b - code_start)), code_line };
				if (strcmp(section, "-syntax") == 0 && !pg->syntax.text)
					pg->syntax = c;
				else if (strcmp(section, "-syntax") != 0)
					VEC_PUSH(pg->code, pg->ncode, ccap, c);
				fence = 0;
			}
			continue;
		}
		if ((fence = fence_len(b, e)) != 0) {
			code_start = it.p;
			code_line = it.line + 1;
			continue;
		}
		if (starts(b, e, "## ")) {
			size_t n = (size_t)(e - b) - 3;
			if (n >= sizeof(section))
				n = sizeof(section) - 1;
			memcpy(section, b + 3, n);
			section[n] = '\0';
			while (n && isspace((unsigned char)section[n - 1]))
				section[--n] = '\0';
			field = NULL;
			continue;
		}
		if (strcmp(section, "-parameters") == 0 && starts(b, e, "### -param")) {
			parse_param_header(pg, a, b, e, &pcap);
		} else if (strcmp(section, "-struct-fields") == 0 && starts(b, e, "### -field ")) {
			kb_page_fielddoc fd = { strip_tags(a, b + strlen("### -field "), e), NULL };
			VEC_PUSH(pg->fields, pg->nfields, fcap, fd);
			field = &pg->fields[pg->nfields - 1];
		} else if (field && starts(b, e, "### ")) {
			field = NULL;
		} else if (field && !field->nc_link) {
			field->nc_link = find_nc_link(a, b, e);
		} else if (strcasecmp(section, "Applies to") == 0) {
			parse_applies(pg, a, b, e, &acap);
		}
	}
	/* The page pointers into pg->fields stay valid: the vectors are final now,
	 * but copy them into the arena so that the page owns no malloc'd memory. */
	if (pg->params) {
		kb_page_param *p = arena_memdup(a, pg->params, pg->nparams * sizeof(*p));
		free(pg->params);
		pg->params = p;
	}
	if (pg->code) {
		kb_page_code *c = arena_memdup(a, pg->code, pg->ncode * sizeof(*c));
		free(pg->code);
		pg->code = c;
	}
	if (pg->fields) {
		kb_page_fielddoc *f = arena_memdup(a, pg->fields, pg->nfields * sizeof(*f));
		free(pg->fields);
		pg->fields = f;
	}
	if (pg->applies) {
		kb_page_applies *ap = arena_memdup(a, pg->applies, pg->napplies * sizeof(*ap));
		free(pg->applies);
		pg->applies = ap;
	}
}

int kb_page_read(kb_page *pg, arena *a, const char *file, const char *rel,
		 kb_page_kind kind, char *err, size_t errsize)
{
	memset(pg, 0, sizeof(*pg));
	pg->path = arena_strdup(a, rel);
	pg->kind = kind;
	const char *slash = strrchr(rel, '/');
	char *base = arena_strdup(a, slash ? slash + 1 : rel);
	size_t bn = strlen(base);
	if (bn > 3 && strcmp(base + bn - 3, ".md") == 0)
		base[bn - 3] = '\0';
	for (char *t = base; *t; t++)
		*t = (char)tolower((unsigned char)*t);
	pg->base = base;

	size_t size = 0;
	char *text = read_file(a, file, rel, &size, err, errsize);
	if (!text)
		return -1;
	const char *nul = memchr(text, '\0', size);
	if (nul) {
		size_t line = 1;
		for (const char *p = text; p < nul; p++)
			line += *p == '\n';
		fail(err, errsize, rel, line, "NUL byte: not a text page");
		return -1;
	}
	size_t bad = bad_utf8_line((const unsigned char *)text, size);
	if (bad) {
		fail(err, errsize, rel, bad, "bytes that are not UTF-8");
		return -1;
	}
	char *p = text, *end = text + size;
	if (size >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;

	/* Front matter: the first line is "---", it ends at the next "---" line. */
	line_iter it = { p, end, 0 };
	char *b, *e;
	while (next_line(&it, &b, &e) && b == e)
		;
	if (it.line == 0 || !(e - b == 3 && memcmp(b, "---", 3) == 0)) {
		fail(err, errsize, rel, it.line ? it.line : 1, "no front matter (the page must start with a \"---\" line)");
		return -1;
	}
	size_t fm_line = it.line + 1;
	char *fm = it.p, *fm_end = NULL;
	while (next_line(&it, &b, &e)) {
		if (e - b == 3 && memcmp(b, "---", 3) == 0) {
			fm_end = b;
			break;
		}
	}
	if (!fm_end) {
		fail(err, errsize, rel, fm_line - 1, "front matter is not closed by a \"---\" line");
		return -1;
	}
	/* The old layout writes sequence items as "-<TAB>value", which YAML forbids;
	 * read them as "- value" (same length, so line numbers hold). */
	char *yml = arena_strndup(a, fm, (size_t)(fm_end - fm));
	for (char *q = yml; *q; q++) {
		char *l = q;
		while (*l == ' ')
			l++;
		if (l[0] == '-' && l[1] == '\t') {
			l[1] = ' ';
			pg->repaired = true;
		}
		q = strchr(l, '\n');
		if (!q)
			break;
	}
	if (parse_front(pg, a, yml, strlen(yml), fm_line, rel, err, errsize) != 0)
		return -1;
	parse_body(pg, a, it.p, end, it.line + 1);
	return 0;
}
