/* kb: the loader.  Reads the TSV files kb_import writes, checks every line
 * (cell count, header and version, known kinds, IRQL text, parameter order)
 * and builds hash indexes; the first malformed line stops the load with its
 * file and line. */
#include "kb/kb.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kb/kb_model.h"
#include "kb/kb_tsv.h"
#include "util/arena.h"
#include "util/strmap.h"
#include "util/xalloc.h"

typedef struct kb_list {
	const kb_entry **v;
	size_t n, cap;
} kb_list;

struct kb {
	arena *a;
	strmap funcs, cbs, structs, enums;   /* name -> kb_entry */
	strmap struct_alias;                 /* any struct name -> canonical name */
	strmap enum_alias;                   /* any enum name -> kb_entry */
	strmap fields;                       /* "canonical\tfield" -> kb_field */
	strmap roletypes;                    /* type -> role name */
	strmap rules;                        /* rule -> kb_list */
	kb_list by_kind[KB_ENUM + 1];
	kb_list *rule_lists;                 /* every kb_list in `rules`, to free */
	size_t nrule_lists, caprule_lists;
};

typedef struct reader {
	kb *k;
	const char *dir, *name;
	char *path;
	FILE *f;
	char *line;
	size_t cap, lineno;
	char *err;
	size_t errsize;
} reader;

static int rfail(reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int rfail(reader *r, const char *fmt, ...)
{
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (r->lineno)
		snprintf(r->err, r->errsize, "%s:%zu: %s", r->path, r->lineno, msg);
	else
		snprintf(r->err, r->errsize, "%s: %s", r->path, msg);
	return -1;
}

static int ropen(reader *r, kb *k, const char *dir, const char *name, char *err, size_t errsize)
{
	memset(r, 0, sizeof(*r));
	r->k = k;
	r->name = name;
	r->err = err;
	r->errsize = errsize;
	r->path = arena_printf(k->a, "%s/%s.tsv", dir, name);
	r->f = fopen(r->path, "r");
	if (!r->f)
		return rfail(r, "cannot open: %s", strerror(errno));
	char want[64];
	snprintf(want, sizeof(want), "# ddicheck-kb %s %d", name, KB_FORMAT_VERSION);
	ssize_t n = getline(&r->line, &r->cap, r->f);
	r->lineno = 1;
	if (n < 0)
		return rfail(r, "empty file (expected \"%s\")", want);
	r->line[strcspn(r->line, "\r\n")] = '\0';
	if (strcmp(r->line, want) != 0)
		return rfail(r, "not a KB file of this format version (expected \"%s\")", want);
	return 0;
}

/* Next data line split into exactly N cells; 1 when one was read, 0 at the end, -1 on error. */
static int rnext(reader *r, char **cells, int n)
{
	for (;;) {
		errno = 0;
		ssize_t len = getline(&r->line, &r->cap, r->f);
		if (len < 0) {
			if (ferror(r->f))
				return rfail(r, "read error");
			return 0;
		}
		r->lineno++;
		if (len && r->line[len - 1] == '\n')
			r->line[--len] = '\0';
		if (r->line[0] == '#' || r->line[0] == '\0')
			continue;
		int got = kb_tsv_split(r->line, cells, n + 1);
		if (got < 0)
			return rfail(r, "bad escape or too many cells (expected %d)", n);
		if (got != n)
			return rfail(r, "%d cells, expected %d", got, n);
		return 1;
	}
}

static void rclose(reader *r)
{
	if (r->f)
		fclose(r->f);
	free(r->line);
	r->f = NULL;
	r->line = NULL;
}

static const char *dup(kb *k, const char *s)
{
	return s ? arena_strdup(k->a, s) : NULL;
}

static int parse_irql(const char *text, const char *raw, kb_irql *out)
{
	out->known = false;
	out->range = IRQL_BOTTOM;
	out->raw = raw ? raw : "";
	if (!text)
		return -1;
	if (strcmp(text, "?") == 0)
		return 0;
	const char *dots = strstr(text, "..");
	int lo = irql_parse_level_n(text, dots ? (size_t)(dots - text) : strlen(text));
	int hi = dots ? irql_parse_level(dots + 2) : lo;
	if (lo < 0 || hi < 0 || lo > hi)
		return -1;
	out->known = true;
	out->range = irql_make((irql_level)lo, (irql_level)hi);
	return 0;
}

static size_t split_list(kb *k, const char *s, const char ***out)
{
	*out = NULL;
	if (!s || !*s)
		return 0;
	size_t n = 1;
	for (const char *p = s; *p; p++)
		n += *p == ',';
	const char **v = arena_alloc(k->a, n * sizeof(char *));
	size_t i = 0;
	for (const char *p = s;;) {
		const char *c = strchr(p, ',');
		size_t len = c ? (size_t)(c - p) : strlen(p);
		if (len)
			v[i++] = arena_strndup(k->a, p, len);
		if (!c)
			break;
		p = c + 1;
	}
	*out = v;
	return i;
}

static void list_push(kb_list *l, const kb_entry *e)
{
	VEC_PUSH(l->v, l->n, l->cap, e);
}

static int load_callables(kb *k, const char *dir, const char *name, kb_kind kind, strmap *map,
			  char *err, size_t errsize)
{
	reader r;
	char *c[7];
	int rc = ropen(&r, k, dir, name, err, errsize), got;
	while (rc == 0 && (got = rnext(&r, c, 7)) != 0) {
		if (got < 0) {
			rc = -1;
			break;
		}
		if (!c[0] || !*c[0]) {
			rc = rfail(&r, "entry without a name");
			break;
		}
		if (strmap_get(map, c[0])) {
			rc = rfail(&r, "%s defined twice", c[0]);
			break;
		}
		kb_entry *e = arena_alloc(k->a, sizeof(*e));
		e->kind = kind;
		e->name = dup(k, c[0]);
		e->header = dup(k, c[1]);
		if (parse_irql(c[2], dup(k, c[3]), &e->irql) != 0) {
			rc = rfail(&r, "bad IRQL \"%s\" (expected LEVEL, LOW..HIGH or ?)", c[2] ? c[2] : "-");
			break;
		}
		e->nrules = split_list(k, c[4], &e->rules);
		e->ret = dup(k, c[5]);
		e->page = dup(k, c[6]);
		strmap_put(map, e->name, e);
		list_push(&k->by_kind[kind], e);
	}
	rclose(&r);
	return rc;
}

static int load_params(kb *k, const char *dir, char *err, size_t errsize)
{
	reader r;
	char *c[7];
	kb_param *tmp = NULL;
	size_t n = 0, cap = 0;
	kb_entry *cur = NULL;
	strmap done = STRMAP_INIT;
	int rc = ropen(&r, k, dir, "params", err, errsize), got;
	while (rc == 0) {
		got = rnext(&r, c, 7);
		kb_entry *e = NULL;
		if (got > 0) {
			bool fn = c[0] && strcmp(c[0], "function") == 0;
			if (!fn && !(c[0] && strcmp(c[0], "callback") == 0)) {
				rc = rfail(&r, "kind must be function or callback");
				break;
			}
			e = c[1] ? strmap_get(fn ? &k->funcs : &k->cbs, c[1]) : NULL;
			if (!e) {
				rc = rfail(&r, "parameter of unknown %s %s", c[0], c[1] ? c[1] : "-");
				break;
			}
		}
		if (got < 0 || e != cur) {   /* flush the previous owner */
			if (cur) {
				cur->nparams = n;
				cur->params = arena_memdup(k->a, tmp, n * sizeof(*tmp));
				strmap_put(&done, cur->name, cur);
			}
			n = 0;
			cur = e;
		}
		if (got <= 0) {
			rc = got;
			break;
		}
		if (strmap_get(&done, e->name) == e) {
			rc = rfail(&r, "parameters of %s are not on consecutive lines", e->name);
			break;
		}
		char *end;
		unsigned long idx = strtoul(c[2] ? c[2] : "", &end, 10);
		if (!c[2] || *end || idx != n + 1) {
			rc = rfail(&r, "parameter index %s of %s out of order (expected %zu)",
				   c[2] ? c[2] : "-", e->name, n + 1);
			break;
		}
		kb_param p = { dup(k, c[3] ? c[3] : ""), KB_DIR_UNKNOWN, c[5] != NULL, dup(k, c[6]) };
		if (c[4] && strcmp(c[4], "in") == 0)
			p.dir = KB_DIR_IN;
		else if (c[4] && strcmp(c[4], "out") == 0)
			p.dir = KB_DIR_OUT;
		else if (c[4] && strcmp(c[4], "inout") == 0)
			p.dir = KB_DIR_INOUT;
		else if (c[4]) {
			rc = rfail(&r, "direction must be in, out, inout or -");
			break;
		}
		VEC_PUSH(tmp, n, cap, p);
	}
	free(tmp);
	strmap_free(&done);
	rclose(&r);
	return rc;
}

static int load_aggs(kb *k, const char *dir, bool structs, char *err, size_t errsize)
{
	reader r;
	char *c[5];
	int nc = structs ? 5 : 4, got;
	int rc = ropen(&r, k, dir, structs ? "structs" : "enums", err, errsize);
	while (rc == 0 && (got = rnext(&r, c, nc)) != 0) {
		if (got < 0 || !c[0]) {
			rc = got < 0 ? -1 : rfail(&r, "entry without a name");
			break;
		}
		kb_entry *e = arena_alloc(k->a, sizeof(*e));
		e->kind = structs ? KB_STRUCT : KB_ENUM;
		e->name = dup(k, c[0]);
		e->header = dup(k, c[1]);
		e->page = dup(k, c[nc - 1]);
		e->irql.raw = "";
		e->irql.range = IRQL_BOTTOM;
		strmap_put(structs ? &k->structs : &k->enums, e->name, e);
		list_push(&k->by_kind[e->kind], e);
		const char **al;
		size_t na = split_list(k, c[2], &al);
		if (structs) {
			strmap_put(&k->struct_alias, e->name, (void *)e->name);
			for (size_t i = 0; i < na; i++)
				if (!strmap_get(&k->struct_alias, al[i]))
					strmap_put(&k->struct_alias, al[i], (void *)e->name);
		} else {
			strmap_put(&k->enum_alias, e->name, e);
			for (size_t i = 0; i < na; i++)
				if (!strmap_get(&k->enum_alias, al[i]))
					strmap_put(&k->enum_alias, al[i], e);
		}
	}
	rclose(&r);
	return rc;
}

static int load_fields(kb *k, const char *dir, char *err, size_t errsize)
{
	reader r;
	char *c[6];
	int rc = ropen(&r, k, dir, "fields", err, errsize), got;
	while (rc == 0 && (got = rnext(&r, c, 6)) != 0) {
		if (got < 0) {
			rc = -1;
			break;
		}
		kb_entry *s = c[0] ? strmap_get(&k->structs, c[0]) : NULL;
		if (!s || !c[2]) {
			rc = rfail(&r, "field of unknown structure %s", c[0] ? c[0] : "-");
			break;
		}
		kb_field *f = arena_alloc(k->a, sizeof(*f));
		f->structname = s->name;
		f->field = dup(k, c[2]);
		f->type = dup(k, c[3]);
		f->role = c[4] ? arena_strdup(k->a, c[4]) : NULL;
		if (f->role && !strmap_get(&k->cbs, f->role)) {
			rc = rfail(&r, "role %s is not a known callback", f->role);
			break;
		}
		strmap_put(&k->fields, arena_printf(k->a, "%s\t%s", s->name, f->field), f);
	}
	rclose(&r);
	return rc;
}

static int load_pairs(kb *k, const char *dir, char *err, size_t errsize)
{
	reader r;
	char *c[4];
	int rc = ropen(&r, k, dir, "roletypes", err, errsize), got;
	while (rc == 0 && (got = rnext(&r, c, 2)) != 0) {
		kb_entry *cb = got > 0 && c[1] ? strmap_get(&k->cbs, c[1]) : NULL;
		if (got < 0 || !c[0] || !cb) {
			rc = got < 0 ? -1 : rfail(&r, "role %s is not a known callback", c[1] ? c[1] : "-");
			break;
		}
		strmap_put(&k->roletypes, arena_strdup(k->a, c[0]), (void *)cb->name);
	}
	rclose(&r);
	if (rc != 0)
		return rc;
	/* rules.tsv is provenance; check it agrees with the functions' rule lists */
	rc = ropen(&r, k, dir, "rules", err, errsize);
	while (rc == 0 && (got = rnext(&r, c, 4)) != 0) {
		kb_entry *e = got > 0 && c[1] ? strmap_get(&k->funcs, c[1]) : NULL;
		bool listed = false;
		for (size_t i = 0; e && c[0] && i < e->nrules; i++)
			listed |= strcmp(e->rules[i], c[0]) == 0;
		if (got < 0 || !listed) {
			rc = got < 0 ? -1 : rfail(&r, "rule link %s -> %s does not match functions.tsv",
						  c[0] ? c[0] : "-", c[1] ? c[1] : "-");
			break;
		}
	}
	rclose(&r);
	return rc;
}

/* The enumerators file is checked for shape only: no lookup needs it yet. */
static int check_enumerators(kb *k, const char *dir, char *err, size_t errsize)
{
	reader r;
	char *c[5];
	int rc = ropen(&r, k, dir, "enumerators", err, errsize), got;
	while (rc == 0 && (got = rnext(&r, c, 5)) != 0) {
		if (got < 0 || !c[0] || !strmap_get(&k->enums, c[0])) {
			rc = got < 0 ? -1 : rfail(&r, "enumerator of unknown enumeration %s", c[0] ? c[0] : "-");
			break;
		}
	}
	rclose(&r);
	return rc;
}

static int cmp_entry(const void *a, const void *b)
{
	return strcmp((*(const kb_entry *const *)a)->name, (*(const kb_entry *const *)b)->name);
}

int kb_load(kb **out, const char *dir, char *err, size_t errsize)
{
	*out = NULL;
	kb *k = xcalloc(1, sizeof(*k));
	k->a = arena_new();
	if (load_callables(k, dir, "functions", KB_FUNCTION, &k->funcs, err, errsize) != 0 ||
	    load_callables(k, dir, "callbacks", KB_CALLBACK, &k->cbs, err, errsize) != 0 ||
	    load_params(k, dir, err, errsize) != 0 ||
	    load_aggs(k, dir, true, err, errsize) != 0 ||
	    load_aggs(k, dir, false, err, errsize) != 0 ||
	    load_fields(k, dir, err, errsize) != 0 ||
	    load_pairs(k, dir, err, errsize) != 0 ||
	    check_enumerators(k, dir, err, errsize) != 0)
		goto fail;
	for (int kind = KB_FUNCTION; kind <= KB_ENUM; kind++)
		if (k->by_kind[kind].n)
			qsort(k->by_kind[kind].v, k->by_kind[kind].n, sizeof(kb_entry *), cmp_entry);
	/* rule -> functions, in name order because by_kind is sorted */
	const kb_list *fl = &k->by_kind[KB_FUNCTION];
	for (size_t i = 0; i < fl->n; i++)
		for (size_t r = 0; r < fl->v[i]->nrules; r++) {
			const char *rule = fl->v[i]->rules[r];
			size_t at = (size_t)(uintptr_t)strmap_get(&k->rules, rule);
			if (!at) {
				kb_list empty = { 0 };
				VEC_PUSH(k->rule_lists, k->nrule_lists, k->caprule_lists, empty);
				at = k->nrule_lists;
				strmap_put(&k->rules, rule, (void *)(uintptr_t)at);
			}
			list_push(&k->rule_lists[at - 1], fl->v[i]);
		}
	*out = k;
	return 0;
fail:
	kb_free(k);
	return -1;
}

void kb_free(kb *k)
{
	if (!k)
		return;
	strmap_free(&k->funcs);
	strmap_free(&k->cbs);
	strmap_free(&k->structs);
	strmap_free(&k->enums);
	strmap_free(&k->struct_alias);
	strmap_free(&k->enum_alias);
	strmap_free(&k->fields);
	strmap_free(&k->roletypes);
	strmap_free(&k->rules);
	for (int i = 0; i <= KB_ENUM; i++)
		free(k->by_kind[i].v);
	for (size_t i = 0; i < k->nrule_lists; i++)
		free(k->rule_lists[i].v);
	free(k->rule_lists);
	arena_free(k->a);
	free(k);
}

const kb_entry *kb_function(const kb *k, const char *name)
{
	return k && name ? strmap_get(&k->funcs, name) : NULL;
}

const kb_entry *kb_callback(const kb *k, const char *name)
{
	return k && name ? strmap_get(&k->cbs, name) : NULL;
}

const kb_entry *kb_struct(const kb *k, const char *name)
{
	const char *canon = k && name ? strmap_get(&k->struct_alias, name) : NULL;
	return canon ? strmap_get(&k->structs, canon) : NULL;
}

const kb_entry *kb_enum(const kb *k, const char *name)
{
	return k && name ? strmap_get(&k->enum_alias, name) : NULL;
}

const kb_field *kb_struct_field(const kb *k, const char *structname, const char *field)
{
	if (!k || !structname || !field)
		return NULL;
	const char *canon = strmap_get(&k->struct_alias, structname);
	char buf[512];
	if ((size_t)snprintf(buf, sizeof(buf), "%s\t%s", canon ? canon : structname, field) >= sizeof(buf))
		return NULL;
	return strmap_get(&k->fields, buf);
}

static const char *is_cb(const void *ctx, const char *name)
{
	const kb_entry *e = strmap_get(&((const kb *)ctx)->cbs, name);
	return e ? e->name : NULL;
}

const char *kb_role_of_type(const kb *k, const char *type)
{
	if (!k || !type)
		return NULL;
	const char *r = strmap_get(&k->roletypes, type);
	if (r)
		return r;
	char buf[256];
	return kb_role_by_convention(type, is_cb, k, buf, sizeof(buf));
}

size_t kb_functions_for_rule(const kb *k, const char *rule, const kb_entry ***out)
{
	*out = NULL;
	size_t at = k && rule ? (size_t)(uintptr_t)strmap_get(&k->rules, rule) : 0;
	if (!at)
		return 0;
	*out = (const kb_entry **)k->rule_lists[at - 1].v;
	return k->rule_lists[at - 1].n;
}

size_t kb_entries(const kb *k, kb_kind kind, const kb_entry ***out)
{
	*out = NULL;
	if (!k || kind < KB_FUNCTION || kind > KB_ENUM)
		return 0;
	*out = (const kb_entry **)k->by_kind[kind].v;
	return k->by_kind[kind].n;
}
