/* kb_import: walks the docs dirs, turns each page into model entries, links
 * rule ids to functions from both sources (the functions' req.ddi-compliance
 * and the rule pages' "Applies to" lists), resolves the role of callback
 * fields once every callback is known, then hands the model to kb_write. */
#include "kb/kb_import.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kb/kb_irql.h"
#include "kb/kb_model.h"
#include "kb/kb_page.h"
#include "kb/kb_syntax.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

typedef struct file {
	char *full, *rel;
	bool devtest;
} file;

typedef struct rulepage {
	const char *rule, *page;
	size_t n;
	kb_page_applies *applies;
} rulepage;

typedef struct imp {
	kb_model m;
	FILE *errors;
	file *files;
	size_t nfiles, capfiles;
	rulepage *rps;
	size_t nrps, caprps;
	size_t read, rejected, skipped, superseded, repaired, legacy, walk_errors;
	size_t stubs, unresolved_applies;
	size_t pages_by_kind[KB_PAGE_RULE + 1];
} imp;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects the files under DIR (sorted by name, byte order) into im->files. */
static int walk(imp *im, const char *dir, const char *rel, bool devtest)
{
	DIR *d = opendir(dir);
	if (!d) {
		if (im->errors)
			fprintf(im->errors, "%s: cannot read directory: %s\n", dir, strerror(errno));
		return -1;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.')
			VEC_PUSH(names, n, cap, xstrdup(de->d_name));
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), cmp_str);
	for (size_t i = 0; i < n; i++) {
		char *full = arena_printf(im->m.a, "%s/%s", dir, names[i]);
		char *r = *rel ? arena_printf(im->m.a, "%s/%s", rel, names[i]) : arena_strdup(im->m.a, names[i]);
		struct stat st;
		if (stat(full, &st) != 0) {
			if (im->errors)
				fprintf(im->errors, "%s: cannot stat: %s\n", r, strerror(errno));
			im->walk_errors++;
		} else if (S_ISDIR(st.st_mode)) {
			if (walk(im, full, r, devtest || strcmp(names[i], "devtest") == 0) != 0)
				im->walk_errors++;
		} else {
			file f = { full, r, devtest };
			VEC_PUSH(im->files, im->nfiles, im->capfiles, f);
		}
		free(names[i]);
	}
	free(names);
	return 0;
}

/* ---- entries ----------------------------------------------------------- */

/* Registers E under its name unless a better page already defines it.  A
 * current-layout page replaces an old-layout one; otherwise the first wins. */
static bool claim_entry(imp *im, strmap *map, kb_m_entry *e)
{
	kb_m_entry *old = strmap_get(map, e->e.name);
	if (old && !(old->legacy && !e->legacy)) {
		im->superseded++;
		return false;
	}
	if (old) {
		old->dead = true;
		im->superseded++;
	}
	strmap_put(map, e->e.name, e);
	return true;
}

static bool claim_agg(imp *im, strmap *map, kb_m_agg *g)
{
	kb_m_agg *old = strmap_get(map, g->name);
	if (old && !(old->legacy && !g->legacy)) {
		im->superseded++;
		return false;
	}
	if (old) {
		old->dead = true;
		im->superseded++;
	}
	strmap_put(map, g->name, g);
	for (size_t i = 0; i < g->naliases; i++) {
		kb_m_agg *o = strmap_get(map, g->aliases[i]);
		if (!o || o->dead)
			strmap_put(map, g->aliases[i], g);
	}
	return true;
}

static bool same_names(const kb_proto *p, const kb_page *pg)
{
	if (p->nparams != pg->nparams)
		return false;
	for (size_t i = 0; i < p->nparams; i++)
		if (!p->params[i].name || strcmp(p->params[i].name, pg->params[i].name) != 0)
			return false;
	return true;
}

/* Parameters: the syntax gives order and types, the -param headers give the
 * documented direction (SAL marks fill in when a header has none). */
static void merge_params(arena *a, const kb_page *pg, const kb_proto *p, kb_entry *e)
{
	if (!p) {
		e->nparams = pg->nparams;
		e->params = pg->nparams ? arena_alloc(a, pg->nparams * sizeof(kb_param)) : NULL;
		for (size_t i = 0; i < pg->nparams; i++)
			e->params[i] = (kb_param){ pg->params[i].name, pg->params[i].dir,
						   pg->params[i].optional, NULL };
		return;
	}
	e->nparams = p->nparams;
	e->params = p->nparams ? arena_alloc(a, p->nparams * sizeof(kb_param)) : NULL;
	for (size_t i = 0; i < p->nparams; i++) {
		kb_param q = p->params[i];
		if (!*q.name && pg->nparams == p->nparams)
			q.name = pg->params[i].name;
		for (size_t k = 0; k < pg->nparams; k++) {
			if (strcmp(pg->params[k].name, q.name) != 0)
				continue;
			if (pg->params[k].dir != KB_DIR_UNKNOWN)
				q.dir = pg->params[k].dir;
			q.optional = q.optional || pg->params[k].optional;
			break;
		}
		e->params[i] = q;
	}
}

static const char *copy_or_null(arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

static void add_rule(arena *a, kb_m_entry *e, const char *rule)
{
	for (size_t i = 0; i < e->e.nrules; i++)
		if (strcmp(e->e.rules[i], rule) == 0)
			return;
	if (e->e.nrules == e->rcap) {
		size_t ncap = e->rcap ? e->rcap * 2 : 4;
		const char **n = arena_alloc(a, ncap * sizeof(char *));
		if (e->e.nrules)
			memcpy(n, e->e.rules, e->e.nrules * sizeof(char *));
		e->e.rules = n;
		e->rcap = ncap;
	}
	e->e.rules[e->e.nrules++] = rule;
}

static void link_rule(imp *im, const char *rule, const char *func, bool compliance, const char *rule_page)
{
	kb_model *m = &im->m;
	char *key = arena_printf(m->a, "%s\t%s", rule, func);
	size_t at = (size_t)(uintptr_t)strmap_get(&m->link_by_key, key);
	if (!at) {
		kb_m_rulelink l = { arena_strdup(m->a, rule), arena_strdup(m->a, func), false, NULL };
		VEC_PUSH(m->links, m->nlinks, m->capl, l);
		at = m->nlinks;
		strmap_put(&m->link_by_key, key, (void *)(uintptr_t)at);
	}
	kb_m_rulelink *l = &m->links[at - 1];
	l->from_compliance |= compliance;
	if (rule_page && !l->rule_page)
		l->rule_page = rule_page;
}

static void add_callable(imp *im, const kb_page *pg, kb_kind kind)
{
	kb_model *m = &im->m;
	arena *a = m->a;
	const char *names[64];
	size_t nn = 0;
	if (pg->uid_name)
		names[nn++] = pg->uid_name;
	else if (pg->napi)
		names[nn++] = pg->api_names[0];
	/* function pages may document several names (NdisMInitializeWrapper and
	 * NdisInitializeWrapper); "PFN_" names there are pointer types, not calls */
	for (size_t i = 0; kind == KB_FUNCTION && i < pg->napi && nn < 64; i++) {
		bool dup = strncmp(pg->api_names[i], "PFN_", 4) == 0;
		for (size_t k = 0; k < nn; k++)
			dup |= strcmp(names[k], pg->api_names[i]) == 0;
		if (!dup)
			names[nn++] = pg->api_names[i];
	}
	if (!nn) {
		if (im->errors)
			fprintf(im->errors, "%s: page names no entity (no UID or api_name); skipped\n", pg->path);
		im->skipped++;
		return;
	}
	kb_proto proto, *pp = NULL;
	if (pg->syntax.text && kb_syntax_function(a, pg->syntax.text, names[0], &proto) == 0 &&
	    (kind == KB_CALLBACK || strcmp(proto.name, names[0]) == 0 || nn > 1 || same_names(&proto, pg)))
		pp = &proto;
	for (size_t i = 0; !pp && i < pg->ncode; i++) {
		if (kb_syntax_function(a, pg->code[i].text, kind == KB_FUNCTION ? names[0] : NULL, &proto) != 0)
			continue;
		if (kind == KB_FUNCTION ? strcmp(proto.name, names[0]) == 0 : same_names(&proto, pg))
			pp = &proto;
	}
	const char *header = copy_or_null(a, pg->header);
	const char *page = arena_strdup(a, pg->path);
	const char *raw = arena_strdup(a, pg->irql ? pg->irql : "");
	for (size_t i = 0; i < nn; i++) {
		kb_m_entry *e = arena_alloc(a, sizeof(*e));
		e->e.kind = kind;
		e->e.name = arena_strdup(a, names[i]);
		e->e.header = header;
		e->e.page = page;
		e->e.irql = kb_irql_normalise(raw);
		e->e.ret = pp ? copy_or_null(a, pp->ret) : NULL;
		merge_params(a, pg, pp, &e->e);
		for (size_t k = 0; k < e->e.nparams; k++) {
			e->e.params[k].name = arena_strdup(a, e->e.params[k].name);
			e->e.params[k].type = copy_or_null(a, e->e.params[k].type);
		}
		e->legacy = pg->legacy;
		if (pg->compliance) {
			char *list = arena_strdup(a, pg->compliance);
			for (char *tok = strtok(list, ","); tok; tok = strtok(NULL, ",")) {
				while (*tok == ' ' || *tok == '\t')
					tok++;
				size_t n = strlen(tok);
				while (n && (tok[n - 1] == ' ' || tok[n - 1] == '\t'))
					tok[--n] = '\0';
				if (n)
					add_rule(a, e, tok);
			}
		}
		if (kind == KB_FUNCTION) {
			if (claim_entry(im, &m->func_by_name, e))
				VEC_PUSH(m->funcs, m->nfuncs, m->capf, e);
		} else if (claim_entry(im, &m->cb_by_name, e)) {
			VEC_PUSH(m->cbs, m->ncbs, m->capc, e);
			if (!strmap_get(&m->cb_by_page, pg->base))
				strmap_put(&m->cb_by_page, arena_strdup(a, pg->base), e);
		}
	}
}

/* Names of a structure or enumeration page: syntax tag and typedefs, UID,
 * api_name and req.typenames; pointer names ("PFOO", "*PFOO") kept apart. */
static void add_agg(imp *im, const kb_page *pg, bool is_struct)
{
	kb_model *m = &im->m;
	arena *a = m->a;
	kb_struct_decl sd = { 0 };
	kb_enum_decl ed = { 0 };
	bool have = false;
	if (pg->syntax.text)
		have = is_struct ? kb_syntax_struct(a, pg->syntax.text, pg->uid_name, &sd) == 0
				 : kb_syntax_enum(a, pg->syntax.text, pg->uid_name, &ed) == 0;
	const char *tag = is_struct ? sd.tag : ed.tag;
	size_t ntd = is_struct ? sd.nnames : ed.nnames;
	const char **td = is_struct ? sd.names : ed.names;
	const char *cand[256];
	size_t nc = 0;
	for (size_t i = 0; i < ntd && nc < 200; i++)
		cand[nc++] = td[i];
	for (size_t i = 0; i < pg->ntypenames && nc < 200; i++)
		if (pg->typenames[i][0] != '*')
			cand[nc++] = pg->typenames[i];
	for (size_t i = 0; i < pg->napi && nc < 200; i++)
		cand[nc++] = pg->api_names[i];
	if (tag)
		cand[nc++] = tag;
	if (pg->uid_name)
		cand[nc++] = pg->uid_name;
	if (!nc) {
		if (im->errors)
			fprintf(im->errors, "%s: page names no entity (no UID or api_name); skipped\n", pg->path);
		im->skipped++;
		return;
	}
	/* canonical: first name without a leading '_' (the typedef), else the first */
	const char *canon = cand[0];
	for (size_t i = 0; i < nc; i++)
		if (cand[i][0] != '_') {
			canon = cand[i];
			break;
		}
	kb_m_agg *g = arena_alloc(a, sizeof(*g));
	g->name = arena_strdup(a, canon);
	g->header = copy_or_null(a, pg->header);
	g->page = arena_strdup(a, pg->path);
	g->legacy = pg->legacy;
	g->aliases = arena_alloc(a, nc * sizeof(char *));
	g->ptrnames = arena_alloc(a, (nc + 8) * sizeof(char *));
	const char **ptr = is_struct ? sd.ptrnames : NULL;
	for (size_t i = 0; is_struct && i < sd.nptrnames; i++)
		g->ptrnames[g->nptrnames++] = arena_strdup(a, ptr[i]);
	for (size_t i = 0; i < nc; i++) {
		bool dup = strcmp(cand[i], canon) == 0;
		for (size_t k = 0; k < g->naliases; k++)
			dup |= strcmp(g->aliases[k], cand[i]) == 0;
		for (size_t k = 0; k < g->nptrnames; k++)
			dup |= strcmp(g->ptrnames[k], cand[i]) == 0;
		/* "PFOO" where FOO is one of the names is a pointer name */
		if (!dup && cand[i][0] == 'P' && strcmp(cand[i] + 1, canon) == 0) {
			g->ptrnames[g->nptrnames++] = arena_strdup(a, cand[i]);
			dup = true;
		}
		if (!dup)
			g->aliases[g->naliases++] = arena_strdup(a, cand[i]);
	}
	if (is_struct && have) {
		g->nfields = sd.nfields;
		g->fields = sd.nfields ? arena_alloc(a, sd.nfields * sizeof(kb_m_field)) : NULL;
		for (size_t i = 0; i < sd.nfields; i++) {
			kb_m_field *f = &g->fields[i];
			f->name = sd.fields[i].name;
			f->type = sd.fields[i].type;
			const char *last = strrchr(f->name, '.');
			last = last ? last + 1 : f->name;
			for (size_t k = 0; k < pg->nfields; k++)
				if (strcmp(pg->fields[k].name, f->name) == 0 ||
				    strcmp(pg->fields[k].name, last) == 0) {
					f->nc_link = copy_or_null(a, pg->fields[k].nc_link);
					break;
				}
		}
	} else if (!is_struct && have) {
		g->nitems = ed.nitems;
		g->items = ed.items;
	}
	if (is_struct) {
		if (claim_agg(im, &m->struct_by_name, g))
			VEC_PUSH(m->structs, m->nstructs, m->caps, g);
	} else if (claim_agg(im, &m->enum_by_name, g)) {
		VEC_PUSH(m->enums, m->nenums, m->cape, g);
	}
}

static void add_rulepage(imp *im, const kb_page *pg)
{
	arena *a = im->m.a;
	if (!pg->napplies || !(pg->napi || pg->title)) {
		im->skipped++;
		return;
	}
	const char *rule = pg->napi ? pg->api_names[0] : pg->title;
	rulepage rp = { arena_strdup(a, rule), arena_strdup(a, pg->path), pg->napplies,
			arena_alloc(a, pg->napplies * sizeof(kb_page_applies)) };
	for (size_t i = 0; i < pg->napplies; i++) {
		rp.applies[i].name = arena_strdup(a, pg->applies[i].name);
		rp.applies[i].header = copy_or_null(a, pg->applies[i].header);
		rp.applies[i].nf_link = pg->applies[i].nf_link;
	}
	VEC_PUSH(im->rps, im->nrps, im->caprps, rp);
}

static void import_file(imp *im, const file *f)
{
	const char *slash = strrchr(f->rel, '/');
	kb_page_kind kind = kb_page_kind_of(slash ? slash + 1 : f->rel, f->devtest);
	if (kind == KB_PAGE_OTHER) {
		im->skipped++;
		return;
	}
	arena *scratch = arena_new();
	kb_page pg;
	char err[512];
	im->read++;
	if (kb_page_read(&pg, scratch, f->full, f->rel, kind, err, sizeof(err)) != 0) {
		if (im->errors)
			fprintf(im->errors, "%s\n", err);
		im->rejected++;
		arena_free(scratch);
		return;
	}
	im->pages_by_kind[kind]++;
	im->repaired += pg.repaired;
	im->legacy += pg.legacy;
	switch (kind) {
	case KB_PAGE_FUNCTION: add_callable(im, &pg, KB_FUNCTION); break;
	case KB_PAGE_CALLBACK: add_callable(im, &pg, KB_CALLBACK); break;
	case KB_PAGE_STRUCT: add_agg(im, &pg, true); break;
	case KB_PAGE_ENUM: add_agg(im, &pg, false); break;
	case KB_PAGE_RULE: add_rulepage(im, &pg); break;
	case KB_PAGE_OTHER: break;
	}
	arena_free(scratch);
}

/* ---- linking ----------------------------------------------------------- */

static const char *is_callback(const void *ctx, const char *name)
{
	kb_m_entry *e = strmap_get(&((const kb_model *)ctx)->cb_by_name, name);
	return e ? e->e.name : NULL;
}

static bool callback_like(const char *type)
{
	static const char *const marks[] = { "HANDLER", "ROUTINE", "CALLBACK", "FUNCTION",
					     "UNLOAD", "NOTIFY", "PFN_", "IFP_" };
	if (!type || !*type || strpbrk(type, " *[("))
		return false;
	for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++)
		if (strstr(type, marks[i]))
			return true;
	return false;
}

static void resolve_roles(kb_model *m)
{
	char buf[256];
	for (size_t s = 0; s < m->nstructs; s++) {
		kb_m_agg *g = m->structs[s];
		for (size_t i = 0; i < g->nfields; i++) {
			kb_m_field *f = &g->fields[i];
			const char *r = kb_role_by_convention(f->type, is_callback, m, buf, sizeof(buf));
			if (r) {
				f->role = r;
				f->role_source = "type";
				continue;
			}
			/* Otherwise the field's own doc link to a callback page, but only
			 * when the type is named like a callback pointer: data fields
			 * (BOOLEAN AutomaticSerialization, ULONG Period) link to
			 * callback pages too. */
			kb_m_entry *cb = f->nc_link ? strmap_get(&m->cb_by_page, f->nc_link) : NULL;
			if (cb && callback_like(f->type)) {
				f->role = cb->e.name;
				f->role_source = "doc";
			}
		}
	}
}

static void link_rules(imp *im)
{
	kb_model *m = &im->m;
	for (size_t i = 0; i < m->nfuncs; i++) {
		kb_m_entry *e = m->funcs[i];
		if (!e->dead)
			for (size_t k = 0; k < e->e.nrules; k++)
				link_rule(im, e->e.rules[k], e->e.name, true, NULL);
	}
	for (size_t r = 0; r < im->nrps; r++) {
		const rulepage *rp = &im->rps[r];
		for (size_t i = 0; i < rp->n; i++) {
			const kb_page_applies *ap = &rp->applies[i];
			kb_m_entry *e = strmap_get(&m->func_by_name, ap->name);
			if (!e && ap->nf_link) {
				/* a function the rule covers but no page here documents */
				e = arena_alloc(m->a, sizeof(*e));
				e->e.kind = KB_FUNCTION;
				e->e.name = ap->name;
				e->e.header = ap->header;
				e->e.page = rp->page;
				e->e.irql = kb_irql_normalise("");
				e->stub = true;
				strmap_put(&m->func_by_name, e->e.name, e);
				VEC_PUSH(m->funcs, m->nfuncs, m->capf, e);
				im->stubs++;
			}
			if (!e) {
				im->unresolved_applies++;
				continue;
			}
			add_rule(m->a, e, rp->rule);
			link_rule(im, rp->rule, ap->name, false, rp->page);
		}
	}
}

/* ---- summary ----------------------------------------------------------- */

static void print_summary(const imp *im, FILE *out)
{
	const kb_model *m = &im->m;
	size_t nf = 0, nc = 0, ns = 0, ne = 0, fields = 0, roles_t = 0, roles_d = 0;
	size_t cls[2][KB_IRQL_NCLASSES] = { { 0 } }, typed = 0, untyped = 0;
	for (int k = 0; k < 2; k++) {
		kb_m_entry **v = k ? m->cbs : m->funcs;
		size_t n = k ? m->ncbs : m->nfuncs;
		for (size_t i = 0; i < n; i++) {
			if (v[i]->dead)
				continue;
			*(k ? &nc : &nf) += 1;
			cls[k][kb_irql_classify(v[i]->e.irql)]++;
			for (size_t p = 0; p < v[i]->e.nparams; p++)
				*(v[i]->e.params[p].type ? &typed : &untyped) += 1;
		}
	}
	for (size_t i = 0; i < m->nstructs; i++) {
		if (m->structs[i]->dead)
			continue;
		ns++;
		fields += m->structs[i]->nfields;
		for (size_t f = 0; f < m->structs[i]->nfields; f++) {
			const char *src = m->structs[i]->fields[f].role_source;
			roles_t += src && src[0] == 't';
			roles_d += src && src[0] == 'd';
		}
	}
	for (size_t i = 0; i < m->nenums; i++)
		ne += !m->enums[i]->dead;
	size_t both = 0, conly = 0, ronly = 0;
	for (size_t i = 0; i < m->nlinks; i++) {
		const kb_m_rulelink *l = &m->links[i];
		if (l->from_compliance && l->rule_page)
			both++;
		else if (l->from_compliance)
			conly++;
		else
			ronly++;
	}
	fprintf(out, "kb import: %zu pages read, %zu rejected, %zu other files skipped, "
		"%zu superseded definitions, %zu old-layout pages (%zu with repaired front matter)\n",
		im->read, im->rejected, im->skipped, im->superseded, im->legacy, im->repaired);
	fprintf(out, "  pages read by kind: nf %zu, nc %zu, ns %zu, ne %zu, devtest %zu\n",
		im->pages_by_kind[KB_PAGE_FUNCTION], im->pages_by_kind[KB_PAGE_CALLBACK],
		im->pages_by_kind[KB_PAGE_STRUCT], im->pages_by_kind[KB_PAGE_ENUM],
		im->pages_by_kind[KB_PAGE_RULE]);
	fprintf(out, "  entries: %zu functions (%zu known only from rule pages), %zu callbacks, "
		"%zu structures, %zu enumerations, %zu rule pages\n", nf, im->stubs, nc, ns, ne, im->nrps);
	for (int k = 0; k < 2; k++) {
		fprintf(out, "  irql of %s:", k ? "callbacks" : "functions");
		for (int c = 0; c < KB_IRQL_NCLASSES; c++)
			fprintf(out, " %s %zu", kb_irql_class_name((kb_irql_class)c), cls[k][c]);
		fputc('\n', out);
	}
	fprintf(out, "  parameters: %zu with a type, %zu without; struct fields: %zu, "
		"%zu registering a callback (%zu by type name, %zu by field doc link)\n",
		typed, untyped, fields, roles_t + roles_d, roles_t, roles_d);
	fprintf(out, "  rule links: %zu from both sources, %zu from function pages only, "
		"%zu from rule pages only; %zu rule-page names without a function\n",
		both, conly, ronly, im->unresolved_applies);
}

/* ---- entry point ------------------------------------------------------- */

void kb_model_free(kb_model *m)
{
	free(m->funcs);
	free(m->cbs);
	free(m->structs);
	free(m->enums);
	free(m->links);
	strmap_free(&m->func_by_name);
	strmap_free(&m->cb_by_name);
	strmap_free(&m->struct_by_name);
	strmap_free(&m->enum_by_name);
	strmap_free(&m->cb_by_page);
	strmap_free(&m->link_by_key);
	arena_free(m->a);
	memset(m, 0, sizeof(*m));
}

int kb_import_run(const char *const *docs_dirs, size_t ndirs, const char *out_dir,
		  FILE *summary, FILE *errors)
{
	int rc = 2;
	imp im;
	memset(&im, 0, sizeof(im));
	im.m.a = arena_new();
	im.errors = errors;
	if (!ndirs || !out_dir) {
		if (errors)
			fprintf(errors, "kb import: no docs directory or no output directory given\n");
		goto cleanup;
	}
	for (size_t i = 0; i < ndirs; i++) {
		size_t before = im.nfiles;
		const char *dname = strrchr(docs_dirs[i], '/');
		dname = dname ? dname + 1 : docs_dirs[i];
		if (walk(&im, docs_dirs[i], "", strcmp(dname, "devtest") == 0) != 0)
			goto cleanup;
		if (im.nfiles == before) {
			if (errors)
				fprintf(errors, "%s: no files to import\n", docs_dirs[i]);
			goto cleanup;
		}
	}
	for (size_t i = 0; i < im.nfiles; i++)
		import_file(&im, &im.files[i]);
	if (!im.m.nfuncs && !im.m.ncbs && !im.m.nstructs && !im.m.nenums && !im.nrps) {
		if (errors)
			fprintf(errors, "kb import: no usable page in the given directories\n");
		goto cleanup;
	}
	resolve_roles(&im.m);
	link_rules(&im);
	if (kb_write_all(&im.m, out_dir, errors) != 0)
		goto cleanup;
	if (summary)
		print_summary(&im, summary);
	rc = im.rejected || im.walk_errors ? 1 : 0;
cleanup:
	free(im.files);
	free(im.rps);
	kb_model_free(&im.m);
	return rc;
}
