/* kb_write: the model to sorted TSV files (format: rules/kb/README.md).
 * Everything is sorted by name with strcmp, so the bytes depend only on the
 * pages, never on walk order, hashing or locale. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kb/kb_model.h"
#include "kb/kb_tsv.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

static int cmp_entry(const void *a, const void *b)
{
	return strcmp((*(kb_m_entry *const *)a)->e.name, (*(kb_m_entry *const *)b)->e.name);
}

static int cmp_agg(const void *a, const void *b)
{
	return strcmp((*(kb_m_agg *const *)a)->name, (*(kb_m_agg *const *)b)->name);
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_link(const void *a, const void *b)
{
	const kb_m_rulelink *x = a, *y = b;
	int c = strcmp(x->rule, y->rule);
	return c ? c : strcmp(x->function, y->function);
}

typedef struct out {
	FILE *f;
	char *path, *tmp;
} out;

static int open_out(out *o, const char *dir, const char *name, const char *columns, FILE *errors)
{
	strbuf sb = STRBUF_INIT;
	strbuf_printf(&sb, "%s/%s.tsv", dir, name);
	o->path = strbuf_detach(&sb);
	strbuf_printf(&sb, "%s.tmp", o->path);
	o->tmp = strbuf_detach(&sb);
	o->f = fopen(o->tmp, "w");
	if (!o->f) {
		if (errors)
			fprintf(errors, "%s: cannot write: %s\n", o->tmp, strerror(errno));
		return -1;
	}
	fprintf(o->f, "# ddicheck-kb %s %d\n# %s\n", name, KB_FORMAT_VERSION, columns);
	return 0;
}

static int close_out(out *o, int ok, FILE *errors)
{
	int rc = ok;
	if (o->f) {
		if (ferror(o->f) || fclose(o->f) != 0) {
			if (errors)
				fprintf(errors, "%s: write error\n", o->tmp);
			rc = -1;
		}
		o->f = NULL;
		if (rc == 0 && rename(o->tmp, o->path) != 0) {
			if (errors)
				fprintf(errors, "%s: cannot rename into place: %s\n", o->path, strerror(errno));
			rc = -1;
		}
		if (rc != 0)
			remove(o->tmp);
	}
	free(o->path);
	free(o->tmp);
	return rc;
}

static void cell(FILE *f, const char *s, bool last)
{
	kb_tsv_put(f, s);
	fputc(last ? '\n' : '\t', f);
}

static const char *irql_text(const kb_irql *v, char *buf, size_t size)
{
	if (!v->known || irql_is_bottom(v->range))
		return "?";
	if (v->range.lo == v->range.hi)
		snprintf(buf, size, "%s", irql_level_name(v->range.lo));
	else
		snprintf(buf, size, "%s..%s", irql_level_name(v->range.lo), irql_level_name(v->range.hi));
	return buf;
}

/* Comma list of N strings, sorted; "-" when empty. */
static void list_cell(FILE *f, const char **items, size_t n, bool last)
{
	if (!n) {
		cell(f, NULL, last);
		return;
	}
	const char **v = xmalloc(n * sizeof(*v));
	memcpy(v, items, n * sizeof(*v));
	qsort(v, n, sizeof(*v), cmp_cstr);
	strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (i)
			strbuf_putc(&sb, ',');
		strbuf_puts(&sb, v[i]);
	}
	cell(f, strbuf_str(&sb), last);
	strbuf_free(&sb);
	free(v);
}

static int write_callables(kb_m_entry **v, size_t n, const char *dir, const char *name,
			   FILE *pf, FILE *errors)
{
	out o = { 0 };
	int rc = open_out(&o, dir, name, "name\theader\tirql\tirql_raw\trules\treturn\tpage", errors);
	if (n)
		qsort(v, n, sizeof(*v), cmp_entry);
	const char *kind = strcmp(name, "functions") == 0 ? "function" : "callback";
	for (size_t i = 0; rc == 0 && i < n; i++) {
		kb_entry *e = &v[i]->e;
		if (v[i]->dead)
			continue;
		char buf[64];
		if (e->nrules)
			qsort(e->rules, e->nrules, sizeof(char *), cmp_cstr);
		cell(o.f, e->name, false);
		cell(o.f, e->header, false);
		cell(o.f, irql_text(&e->irql, buf, sizeof(buf)), false);
		cell(o.f, e->irql.raw, false);
		list_cell(o.f, e->rules, e->nrules, false);
		cell(o.f, e->ret, false);
		cell(o.f, e->page, true);
		for (size_t p = 0; p < e->nparams; p++) {
			static const char *const dirs[] = { NULL, "in", "out", "inout" };
			const kb_param *q = &e->params[p];
			fprintf(pf, "%s\t", kind);
			cell(pf, e->name, false);
			fprintf(pf, "%zu\t", p + 1);
			cell(pf, q->name, false);
			cell(pf, dirs[q->dir & 3], false);
			cell(pf, q->optional ? "opt" : NULL, false);
			cell(pf, q->type, true);
		}
	}
	return close_out(&o, rc, errors);
}

int kb_write_all(const kb_model *m, const char *dir, FILE *errors)
{
	int rc = -1;
	out po = { 0 }, so = { 0 }, fo = { 0 }, eo = { 0 }, io = { 0 }, ro = { 0 }, to = { 0 };
	kb_m_rulelink *links = NULL;
	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		if (errors)
			fprintf(errors, "%s: cannot create directory: %s\n", dir, strerror(errno));
		return -1;
	}
	if (open_out(&po, dir, "params", "kind\towner\tindex\tname\tdir\toptional\ttype", errors) != 0)
		goto cleanup;
	if (write_callables(m->funcs, m->nfuncs, dir, "functions", po.f, errors) != 0 ||
	    write_callables(m->cbs, m->ncbs, dir, "callbacks", po.f, errors) != 0)
		goto cleanup;

	/* structures, their fields, and the type -> role pairs the fields show */
	if (open_out(&so, dir, "structs", "name\theader\taliases\tpointer_names\tpage", errors) != 0 ||
	    open_out(&fo, dir, "fields", "struct\tindex\tfield\ttype\trole\trole_source", errors) != 0)
		goto cleanup;
	if (m->nstructs)
		qsort(m->structs, m->nstructs, sizeof(*m->structs), cmp_agg);
	strmap roles = STRMAP_INIT;
	const char **rtypes = NULL;
	size_t nrt = 0, caprt = 0;
	for (size_t i = 0; i < m->nstructs; i++) {
		const kb_m_agg *g = m->structs[i];
		if (g->dead)
			continue;
		cell(so.f, g->name, false);
		cell(so.f, g->header, false);
		list_cell(so.f, g->aliases, g->naliases, false);
		list_cell(so.f, g->ptrnames, g->nptrnames, false);
		cell(so.f, g->page, true);
		for (size_t k = 0; k < g->nfields; k++) {
			const kb_m_field *f = &g->fields[k];
			bool dup = false;   /* the same member under two #if branches */
			for (size_t q = 0; q < k; q++)
				dup |= strcmp(g->fields[q].name, f->name) == 0;
			if (dup)
				continue;
			cell(fo.f, g->name, false);
			fprintf(fo.f, "%zu\t", k + 1);
			cell(fo.f, f->name, false);
			cell(fo.f, f->type, false);
			cell(fo.f, f->role, false);
			cell(fo.f, f->role_source, true);
			if (f->role && f->type && strcmp(f->type, f->role) != 0 && !strmap_get(&roles, f->type)) {
				strmap_put(&roles, f->type, (void *)f->role);
				VEC_PUSH(rtypes, nrt, caprt, f->type);
			}
		}
	}
	if (open_out(&to, dir, "roletypes", "type\trole", errors) == 0) {
		if (nrt)
			qsort(rtypes, nrt, sizeof(*rtypes), cmp_cstr);
		for (size_t i = 0; i < nrt; i++) {
			cell(to.f, rtypes[i], false);
			cell(to.f, strmap_get(&roles, rtypes[i]), true);
		}
	}
	free(rtypes);
	strmap_free(&roles);
	if (!to.f)
		goto cleanup;

	if (open_out(&eo, dir, "enums", "name\theader\taliases\tpage", errors) != 0 ||
	    open_out(&io, dir, "enumerators", "enum\tindex\tname\tvalue\texpr", errors) != 0)
		goto cleanup;
	if (m->nenums)
		qsort(m->enums, m->nenums, sizeof(*m->enums), cmp_agg);
	for (size_t i = 0; i < m->nenums; i++) {
		const kb_m_agg *g = m->enums[i];
		if (g->dead)
			continue;
		cell(eo.f, g->name, false);
		cell(eo.f, g->header, false);
		list_cell(eo.f, g->aliases, g->naliases, false);
		cell(eo.f, g->page, true);
		for (size_t k = 0; k < g->nitems; k++) {
			const kb_enumerator *it = &g->items[k];
			cell(io.f, g->name, false);
			fprintf(io.f, "%zu\t", k + 1);
			cell(io.f, it->name, false);
			if (it->has_value)
				fprintf(io.f, "%lld\t", it->value);
			else
				fputs("?\t", io.f);
			cell(io.f, it->expr, true);
		}
	}

	if (open_out(&ro, dir, "rules", "rule\tfunction\tsources\trule_page", errors) != 0)
		goto cleanup;
	if (m->nlinks) {
		links = xmalloc(m->nlinks * sizeof(*links));
		memcpy(links, m->links, m->nlinks * sizeof(*links));
		qsort(links, m->nlinks, sizeof(*links), cmp_link);
	}
	for (size_t i = 0; i < m->nlinks; i++) {
		const kb_m_rulelink *l = &links[i];
		cell(ro.f, l->rule, false);
		cell(ro.f, l->function, false);
		cell(ro.f, l->from_compliance && l->rule_page ? "page,rule-page"
			   : l->from_compliance ? "page" : "rule-page", false);
		cell(ro.f, l->rule_page, true);
	}
	rc = 0;
cleanup:
	free(links);
	rc = close_out(&po, rc, errors) ? -1 : rc;
	rc = close_out(&so, rc, errors) ? -1 : rc;
	rc = close_out(&fo, rc, errors) ? -1 : rc;
	rc = close_out(&to, rc, errors) ? -1 : rc;
	rc = close_out(&eo, rc, errors) ? -1 : rc;
	rc = close_out(&io, rc, errors) ? -1 : rc;
	rc = close_out(&ro, rc, errors) ? -1 : rc;
	return rc;
}
