/* filter: fingerprints and suppressions (see filter.h). */
#include "filter/filter.h"
#include "cache/sha256.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/xalloc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- source lines, read once per file ---- */

typedef struct srcfile {
	char *text;        /* the file, lines split in place */
	char **lines;      /* lines[0] is line 1 */
	size_t nlines, cap;
} srcfile;

typedef struct srccache {
	strmap files;      /* path -> srcfile* */
	char **keys;
	size_t nkeys, capkeys;
} srccache;

static const srcfile *src_get(srccache *c, const char *path)
{
	if (!path)
		return NULL;
	srcfile *sf = strmap_get(&c->files, path);
	if (sf)
		return sf;
	sf = xcalloc(1, sizeof(*sf));
	FILE *f = fopen(path, "rb");
	if (f) {
		strbuf sb = STRBUF_INIT;
		char buf[8192];
		size_t n;
		while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
			strbuf_add(&sb, buf, n);
		fclose(f);
		sf->text = strbuf_detach(&sb);
		if (!sf->text)
			sf->text = xstrdup("");
		char *p = sf->text;
		while (*p) {
			VEC_PUSH(sf->lines, sf->nlines, sf->cap, p);
			char *nl = strchr(p, '\n');
			if (!nl)
				break;
			*nl = '\0';
			if (nl > p && nl[-1] == '\r')
				nl[-1] = '\0';
			p = nl + 1;
		}
	}
	char *key = xstrdup(path);
	VEC_PUSH(c->keys, c->nkeys, c->capkeys, key);
	strmap_put(&c->files, key, sf);
	return sf;
}

static const char *src_line(srccache *c, const char *path, uint32_t line)
{
	const srcfile *sf = src_get(c, path);
	return sf && line >= 1 && line <= sf->nlines ? sf->lines[line - 1] : NULL;
}

static void src_free(srccache *c)
{
	/* values first, walking the slots: a lookup while keys are being freed
	   would compare against freed keys */
	for (size_t i = 0; i < c->files.cap; i++) {
		srcfile *sf = c->files.slots[i].key ? c->files.slots[i].value : NULL;
		if (!sf)
			continue;
		free(sf->text);
		free(sf->lines);
		free(sf);
	}
	strmap_free(&c->files);
	for (size_t i = 0; i < c->nkeys; i++)
		free(c->keys[i]);
	free(c->keys);
}

/* ---- fingerprints ---- */

const char *filter_relative(const char *path, const char *root)
{
	if (!path)
		return "";
	if (root && *root) {
		size_t n = strlen(root);
		while (n > 1 && root[n - 1] == '/')
			n--;
		if (strncmp(path, root, n) == 0 && path[n] == '/')
			return path + n + 1;
	}
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	return path;
}

/* The line with runs of white space made one space, ends trimmed. */
static void add_normalised(cache_sha256 *s, const char *line)
{
	strbuf sb = STRBUF_INIT;
	bool space = false;
	for (const char *p = line ? line : ""; *p; p++) {
		if (isspace((unsigned char)*p)) {
			space = sb.len > 0;
			continue;
		}
		if (space)
			strbuf_putc(&sb, ' ');
		space = false;
		strbuf_putc(&sb, *p);
	}
	cache_sha256_add_str(s, strbuf_str(&sb));
	strbuf_free(&sb);
}

static void fingerprints(filter_result *res, const finding_list *l, srccache *sc, const char *root)
{
	unsigned char (*base)[32] = xcalloc(l->count + 1, 32);
	for (size_t i = 0; i < l->count; i++) {
		const finding *f = l->items[i];
		cache_sha256 s;
		cache_sha256_init(&s);
		cache_sha256_add_str(&s, "ddicheck-fingerprint/1");
		cache_sha256_add_str(&s, f->rule);
		cache_sha256_add_str(&s, filter_relative(f->loc.file, root));
		cache_sha256_add_str(&s, f->function);
		cache_sha256_add_str(&s, f->message);
		add_normalised(&s, src_line(sc, f->loc.file, f->loc.line));
		cache_sha256_done(&s, base[i]);
		/* the k-th finding with the same base (in sorted order) adds k */
		unsigned k = 0;
		for (size_t j = 0; j < i; j++)
			if (memcmp(base[j], base[i], 32) == 0)
				k++;
		unsigned char d[32];
		cache_sha256_init(&s);
		cache_sha256_add(&s, base[i], 32);
		char num[16];
		snprintf(num, sizeof(num), "%u", k);
		cache_sha256_add_str(&s, num);
		cache_sha256_done(&s, d);
		char hex[65];
		cache_sha256_hex(d, hex);
		memcpy(res->meta[i].fingerprint, hex, 32);
		res->meta[i].fingerprint[32] = '\0';
	}
	free(base);
}

/* ---- suppressions ---- */

typedef struct sup {
	const char *file;
	uint32_t line;            /* where it is written */
	uint32_t first, last;     /* lines it applies to */
	bool pragma;
	char *what;               /* rule id (inline) or warning (pragma) */
	char *reason;
	bool used;
} sup;

typedef struct sups {
	sup *v;
	size_t n, cap;
} sups;

static char *trimmed(const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	char *r = xmalloc(n + 1);
	memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

static void add_sup(sups *S, const char *file, uint32_t line, uint32_t first, uint32_t last, bool pragma,
		    char *what, const char *reason)
{
	sup s = { file, line, first, last, pragma, what, xstrdup(reason), false };
	VEC_PUSH(S->v, S->n, S->cap, s);
}

/* `// ddicheck: ignore[A,B] reason` (also in a block comment).  A comment
 * that says "ddicheck:" but not ignore[...] is malformed: what = NULL. */
static void scan_inline(sups *S, const char *file, uint32_t ln, const char *line)
{
	const char *c = strstr(line, "//");
	const char *b = strstr(line, "/*");
	if (!c || (b && b < c))
		c = b;
	if (!c)
		return;
	const char *p = strstr(c, "ddicheck:");
	if (!p)
		return;
	p += 9;
	while (*p == ' ' || *p == '\t')
		p++;
	if (strncmp(p, "ignore", 6) != 0 || p[6] != '[' || !strchr(p, ']')) {
		add_sup(S, file, ln, ln, ln + 1, false, NULL, "");
		return;
	}
	const char *ids = p + 7, *close = strchr(ids, ']');
	const char *reason = close + 1;
	const char *end = strstr(reason, "*/");
	char *why = trimmed(reason, end ? (size_t)(end - reason) : strlen(reason));
	char *list = trimmed(ids, (size_t)(close - ids)), *save = NULL;
	for (char *t = strtok_r(list, ", ", &save); t; t = strtok_r(NULL, ", ", &save))
		add_sup(S, file, ln, ln, ln + 1, false, xstrdup(t), why);
	free(list);
	free(why);
}

/* #pragma warning(suppress: 28121 28120) / warning(disable: 28121) /
 * prefast(suppress: __WARNING_IRQ_TOO_HIGH, "reason") */
static void scan_pragma(sups *S, const char *file, uint32_t ln, const char *line)
{
	const char *p = line;
	while (isspace((unsigned char)*p))
		p++;
	if (*p != '#')
		return;
	p++;
	while (isspace((unsigned char)*p))
		p++;
	if (strncmp(p, "pragma", 6) != 0)
		return;
	p += 6;
	while (isspace((unsigned char)*p))
		p++;
	bool prefast = strncmp(p, "prefast", 7) == 0;
	if (!prefast && strncmp(p, "warning", 7) != 0)
		return;
	p = strchr(p, '(');
	if (!p)
		return;
	p++;
	while (isspace((unsigned char)*p))
		p++;
	bool disable = strncmp(p, "disable", 7) == 0;
	if (!disable && strncmp(p, "suppress", 8) != 0)
		return;
	p = strchr(p, ':');
	if (!p)
		return;
	p++;
	const char *end = strpbrk(p, prefast ? ",)" : ")");
	if (!end)
		return;
	const char *reason = "";
	char *why = NULL;
	if (prefast && *end == ',') {
		const char *q = strchr(end, '"');
		const char *q2 = q ? strchr(q + 1, '"') : NULL;
		if (q && q2)
			reason = why = trimmed(q + 1, (size_t)(q2 - q - 1));
	}
	char *list = trimmed(p, (size_t)(end - p)), *save = NULL;
	for (char *t = strtok_r(list, " \t", &save); t; t = strtok_r(NULL, " \t", &save))
		add_sup(S, file, ln, ln + 1, disable ? UINT32_MAX : ln + 1, true, xstrdup(t), reason);
	free(list);
	free(why);
}

static void scan_file(sups *S, srccache *sc, const char *file)
{
	const srcfile *sf = src_get(sc, file);
	for (size_t i = 0; sf && i < sf->nlines; i++) {
		scan_inline(S, file, (uint32_t)i + 1, sf->lines[i]);
		scan_pragma(S, file, (uint32_t)i + 1, sf->lines[i]);
	}
}

static bool same_file(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

/* A pragma's "next line" is the next line with code: skip blank lines and
 * further pragmas between it and the statement. */
static uint32_t next_code_line(srccache *sc, const char *file, uint32_t after)
{
	for (uint32_t l = after + 1;; l++) {
		const char *t = src_line(sc, file, l);
		if (!t)
			return after + 1;
		while (isspace((unsigned char)*t))
			t++;
		if (*t && strncmp(t, "#pragma", 7) != 0)
			return l;
	}
}

int filter_apply(filter_result *res, finding_list *l, const filter_options *o)
{
	srccache sc = { STRMAP_INIT, NULL, 0, 0 };
	sups S = { NULL, 0, 0 };
	strmap scanned = STRMAP_INIT;
	const char **files = NULL;
	size_t nfiles = 0, capfiles = 0;

	memset(res, 0, sizeof(*res));
	if (!o->no_suppress) {
		for (size_t i = 0; i < o->nscan; i++)
			VEC_PUSH(files, nfiles, capfiles, o->scan_files[i]);
		for (size_t i = 0; i < l->count; i++)
			if (l->items[i]->loc.file)
				VEC_PUSH(files, nfiles, capfiles, l->items[i]->loc.file);
		for (size_t i = 0; i < nfiles; i++) {
			if (strmap_has(&scanned, files[i]))
				continue;
			strmap_put(&scanned, files[i], (void *)1);
			scan_file(&S, &sc, files[i]);
		}
	}
	for (size_t i = 0; i < S.n; i++)
		if (S.v[i].pragma && S.v[i].last != UINT32_MAX)
			S.v[i].first = S.v[i].last = next_code_line(&sc, S.v[i].file, S.v[i].line);

	/* match; remember which finding each suppression hit */
	size_t n0 = l->count;
	filter_meta *meta = xcalloc(n0 + 1, sizeof(filter_meta));
	for (size_t i = 0; i < n0; i++) {
		const finding *f = l->items[i];
		for (size_t k = 0; k < S.n; k++) {
			sup *s = &S.v[k];
			if (!s->what || !same_file(s->file, f->loc.file) || f->loc.line < s->first ||
			    f->loc.line > s->last)
				continue;
			bool match = s->pragma ? filter_ca_matches(o->ca, s->what, f->rule)
					       : strcmp(s->what, f->rule) == 0;
			if (!match || (!s->pragma && !*s->reason))
				continue;   /* a suppression without a reason does not suppress */
			s->used = true;
			if (meta[i].state != FILTER_SUPPRESSED) {
				meta[i].state = FILTER_SUPPRESSED;
				meta[i].justification = arena_strdup(l->arena, s->reason);
				meta[i].suppress_kind = s->pragma ? "pragma" : "ddicheck";
			}
		}
	}
	/* bad inline suppressions become findings */
	for (size_t k = 0; k < S.n; k++) {
		sup *s = &S.v[k];
		if (s->pragma)
			continue;
		fx_loc loc = { s->file, s->line, 1 };
		finding *f = NULL;
		if (!s->what)
			f = finding_add(l, FILTER_BAD_SUPPRESSION, FINDING_WARNING, loc,
					"malformed suppression: write 'ddicheck: ignore[RuleId] reason'");
		else if (o->rules && !ruleset_rule(o->rules, s->what))
			f = finding_add(l, FILTER_BAD_SUPPRESSION, FINDING_WARNING, loc,
					"suppression names unknown rule %s", s->what);
		else if (!*s->reason)
			f = finding_add(l, FILTER_BAD_SUPPRESSION, FINDING_WARNING, loc,
					"suppression of %s gives no reason", s->what);
		else if (!s->used)
			f = finding_add(l, FILTER_BAD_SUPPRESSION, FINDING_WARNING, loc,
					"suppression of %s suppresses nothing", s->what);
		if (f)
			f->function = "";
	}
	if (l->count > n0) {
		/* sort again, carrying the metadata along */
		finding **before = xmalloc(n0 * sizeof(finding *) + 1);
		memcpy(before, l->items, n0 * sizeof(finding *));
		finding_list_sort(l);
		filter_meta *m2 = xcalloc(l->count + 1, sizeof(filter_meta));
		for (size_t i = 0; i < l->count; i++)
			for (size_t j = 0; j < n0; j++)
				if (before[j] == l->items[i]) {
					m2[i] = meta[j];
					break;
				}
		free(before);
		free(meta);
		meta = m2;
	}
	res->meta = meta;
	res->count = l->count;
	for (size_t i = 0; i < l->count; i++)
		if (meta[i].state == FILTER_SUPPRESSED)
			res->nsuppressed++;
	fingerprints(res, l, &sc, o->source_root);

	for (size_t k = 0; k < S.n; k++) {
		free(S.v[k].what);
		free(S.v[k].reason);
	}
	free(S.v);
	free(files);
	strmap_free(&scanned);
	src_free(&sc);
	return 0;
}

void filter_result_free(filter_result *res)
{
	if (!res)
		return;
	free(res->meta);
	memset(res, 0, sizeof(*res));
}
