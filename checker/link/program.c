#include "link/program.h"
#include "link/link_int.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Function-pointer stores: where the driver keeps which functions, so that an
 * indirect call can be resolved.  Keyed by the exact global path and by the
 * last field name (a store to pAdapter->Handler and a call through
 * Ctx->Handler meet on "Handler"). */
typedef struct fnset {
	size_t n, cap;
	uint32_t *items;
} fnset;

typedef struct linker {
	program *p;
	strmap stores;           /* key -> fnset* */
	fnset **sets;
	size_t nsets, capsets;
} linker;

static void fnset_add(fnset *s, uint32_t f)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->items[i] == f)
			return;
	VEC_PUSH(s->items, s->n, s->cap, f);
}

static int cmp_func(const void *a, const void *b)
{
	return strcmp(((const pg_func *)a)->key, ((const pg_func *)b)->key);
}

int program_find(const program *p, const char *key)
{
	if (!key)
		return -1;
	void *v = strmap_get(&p->by_key, key);
	return v ? (int)((uintptr_t)v - 1) : -1;
}

bool program_is_entry(const pg_func *f, const char *role)
{
	for (size_t i = 0; i < f->nentries; i++)
		if (!role || strcmp(f->entries[i].role, role) == 0)
			return true;
	return false;
}

/* Functions are gathered in a first pass: one pg_func per key, the body from
 * the TU that defines it, roles and annotations merged from every declaration. */
static void gather(program *p)
{
	strmap seen = STRMAP_INIT;
	pg_func *funcs = NULL;
	size_t n = 0, cap = 0;
	for (size_t t = 0; t < p->ntus; t++) {
		const fx_tu *tu = p->tus[t];
		for (uint32_t i = 0; i < tu->nfuncs; i++) {
			const fx_function *fn = &tu->funcs[i];
			void *v = strmap_get(&seen, fn->key);
			pg_func *pf;
			if (!v) {
				pg_func nf = { 0 };
				nf.key = fn->key;
				nf.name = fn->name;
				nf.loc = fn->loc;
				VEC_PUSH(funcs, n, cap, nf);
				strmap_put(&seen, fn->key, (void *)(uintptr_t)n);
				pf = &funcs[n - 1];
			} else {
				pf = &funcs[(uintptr_t)v - 1];
			}
			if (fn->is_definition && !pf->def) {
				pf->def = fn;
				pf->tu = tu;
				pf->loc = fn->loc;
			}
			if (fn->role && !pf->role)
				pf->role = fn->role;
			if (fn->nannots) {
				fx_annot *merged = arena_alloc(p->arena, (pf->nannots + fn->nannots) * sizeof(fx_annot));
				size_t m = 0;
				for (size_t a = 0; a < pf->nannots; a++)
					merged[m++] = pf->annots[a];
				for (uint32_t a = 0; a < fn->nannots; a++) {
					bool dup = false;
					for (size_t b = 0; b < m; b++)
						if (merged[b].kind == fn->annots[a].kind && merged[b].param == fn->annots[a].param)
							dup = true;
					if (!dup)
						merged[m++] = fn->annots[a];
				}
				pf->annots = merged;
				pf->nannots = m;
			}
		}
	}
	strmap_free(&seen);
	if (n)
		qsort(funcs, n, sizeof(pg_func), cmp_func);
	p->funcs = funcs;
	p->nfuncs = n;
	for (size_t i = 0; i < n; i++)
		strmap_put(&p->by_key, funcs[i].key, (void *)(uintptr_t)(i + 1));
}

static void add_entry(program *p, pg_func *f, const char *role, pg_entry_how how, fx_loc loc,
		      const fx_function *reg_fn, const char *reg_obj)
{
	for (size_t i = 0; i < f->nentries; i++)
		if (strcmp(f->entries[i].role, role) == 0) {
			/* declared with its role and registered too: keep where */
			if (!f->entries[i].reg_obj && reg_obj) {
				f->entries[i].reg_fn = reg_fn;
				f->entries[i].reg_obj = reg_obj;
			}
			return;
		}
	pg_entry e = { 0 };
	e.role = role;
	e.how = how;
	e.loc = loc;
	e.reg_fn = reg_fn;
	e.reg_obj = reg_obj;
	const kb_entry *cb = p->kb ? kb_callback(p->kb, role) : NULL;
	if (cb) {
		e.page = cb->page;
		if (cb->irql.known) {
			e.irql_known = true;
			e.irql = cb->irql.range;
		}
	}
	pg_entry *grown = arena_alloc(p->arena, (f->nentries + 1) * sizeof(pg_entry));
	if (f->nentries)
		memcpy(grown, f->entries, f->nentries * sizeof(pg_entry));
	grown[f->nentries++] = e;
	f->entries = grown;
}

/* A role is a function typedef the KB knows as a callback, or any typedef the
 * extractor recognised as a function type (role types outside the KB still
 * make entry points; their IRQL is then unknown). */
static const char *role_of_store(const program *p, const char *role, const char *type)
{
	if (role)
		return role;
	if (type && p->kb)
		return kb_role_of_type(p->kb, type);
	return NULL;
}

static void note_store(linker *L, const fx_assign *as)
{
	program *p = L->p;
	int f = program_find(p, as->rhs.path);
	if (f < 0)
		return;
	const char *keys[2] = { NULL, NULL };
	if (as->lhs[0] == 'G')
		keys[0] = as->lhs;
	size_t flen;
	const char *field = fx_path_last_field(as->lhs, &flen);
	if (field)
		keys[1] = arena_printf(p->arena, "field:%.*s", (int)flen, field);
	for (int k = 0; k < 2; k++) {
		if (!keys[k])
			continue;
		fnset *s = strmap_get(&L->stores, keys[k]);
		if (!s) {
			s = xcalloc(1, sizeof(fnset));
			VEC_PUSH(L->sets, L->nsets, L->capsets, s);
			strmap_put(&L->stores, keys[k], s);
		}
		fnset_add(s, (uint32_t)f);
	}
}

/* The local object a store writes a field of ("L:cfg@7" for
 * "L:cfg@7.EvtIoRead"), or NULL when the store goes through a pointer. */
static const char *local_object(arena *a, const char *lhs)
{
	if (strncmp(lhs, "L:", 2) != 0)
		return NULL;
	const char *dot = strchr(lhs, '.');
	if (!dot || strstr(lhs, "->"))
		return NULL;
	return arena_printf(a, "%.*s", (int)(dot - lhs), lhs);
}

const char *link_local_addr(const fx_val *v)
{
	if (v->kind != FX_VAL_ADDR || !v->path || strncmp(v->path, "L:", 2) != 0)
		return NULL;
	if (strchr(v->path, '.') || strstr(v->path, "->"))
		return NULL;
	return v->path;
}

static void scan_event(linker *L, const fx_function *in, const fx_event *ev)
{
	program *p = L->p;
	if (ev->kind == FX_EV_ASSIGN && ev->u.assign.rhs.kind == FX_VAL_FUNC) {
		const fx_assign *as = &ev->u.assign;
		note_store(L, as);
		const char *role = role_of_store(p, as->lhs_role, as->lhs_type);
		int f = program_find(p, as->rhs.path);
		if (role && f >= 0 && p->funcs[f].def)
			add_entry(p, &p->funcs[f], role, PG_ENTRY_REGISTERED, ev->loc, in,
				  in ? local_object(p->arena, as->lhs) : NULL);
	} else if (ev->kind == FX_EV_CALL) {
		const fx_call *c = &ev->u.call;
		/* WDF_TIMER_CONFIG_INIT(&cfg, F): the callback goes with cfg */
		const char *obj = NULL;
		for (uint32_t i = 0; in && i < c->nargs && !obj; i++)
			obj = link_local_addr(&c->args[i]);
		for (uint32_t i = 0; i < c->nargs; i++) {
			if (c->args[i].kind != FX_VAL_FUNC)
				continue;
			const char *role = role_of_store(p, c->arg_roles ? c->arg_roles[i] : NULL,
							 c->arg_types ? c->arg_types[i] : NULL);
			int f = program_find(p, c->args[i].path);
			if (role && f >= 0 && p->funcs[f].def)
				add_entry(p, &p->funcs[f], role, PG_ENTRY_REGISTERED, ev->loc, in, obj);
		}
	}
}

static void find_entries(linker *L)
{
	program *p = L->p;
	for (size_t i = 0; i < p->nfuncs; i++) {
		pg_func *f = &p->funcs[i];
		if (!f->def)
			continue;
		if (strcmp(f->name, "DriverEntry") == 0 && !f->def->is_static)
			add_entry(p, f, "DRIVER_INITIALIZE", PG_ENTRY_NAMED, f->loc, NULL, NULL);
		if (f->role)
			add_entry(p, f, f->role, PG_ENTRY_DECLARED, f->loc, NULL, NULL);
	}
	for (size_t t = 0; t < p->ntus; t++) {
		const fx_tu *tu = p->tus[t];
		for (uint32_t i = 0; i < tu->ninits; i++)
			scan_event(L, NULL, &tu->inits[i]);
	}
	for (size_t i = 0; i < p->nfuncs; i++) {
		const fx_function *d = p->funcs[i].def;
		if (!d)
			continue;
		for (uint32_t b = 0; b < d->nblocks; b++)
			for (uint32_t e = 0; e < d->blocks[b].nevents; e++)
				scan_event(L, d, &d->blocks[b].events[e]);
	}
}

static const fnset *lookup_store(linker *L, const fx_val *target)
{
	if (target->kind != FX_VAL_PATH || !target->path)
		return NULL;
	fnset *s = strmap_get(&L->stores, target->path);
	if (s)
		return s;
	size_t flen;
	const char *field = fx_path_last_field(target->path, &flen);
	if (!field)
		return NULL;
	char *key = arena_printf(L->p->arena, "field:%.*s", (int)flen, field);
	return strmap_get(&L->stores, key);
}

static void resolve_calls(linker *L)
{
	program *p = L->p;
	for (size_t i = 0; i < p->nfuncs; i++) {
		pg_func *f = &p->funcs[i];
		const fx_function *d = f->def;
		if (!d)
			continue;
		f->ncalls = d->ncalls;
		f->targets = arena_alloc(p->arena, (d->ncalls + 1) * sizeof(uint32_t *));
		f->ntargets = arena_alloc(p->arena, (d->ncalls + 1) * sizeof(uint32_t));
		fnset callees = { 0 };
		for (uint32_t b = 0; b < d->nblocks; b++) {
			for (uint32_t e = 0; e < d->blocks[b].nevents; e++) {
				const fx_event *ev = &d->blocks[b].events[e];
				if (ev->kind != FX_EV_CALL || ev->u.call.id >= d->ncalls)
					continue;
				const fx_call *c = &ev->u.call;
				if (c->callee) {
					int t = program_find(p, c->callee);
					if (t >= 0 && p->funcs[t].def) {
						f->targets[c->id] = arena_alloc(p->arena, sizeof(uint32_t));
						f->targets[c->id][0] = (uint32_t)t;
						f->ntargets[c->id] = 1;
						fnset_add(&callees, (uint32_t)t);
					}
					continue;
				}
				const fnset *s = lookup_store(L, &c->target);
				if (!s) {
					p->nunresolved++;
					continue;
				}
				f->targets[c->id] = arena_memdup(p->arena, s->items, s->n * sizeof(uint32_t));
				f->ntargets[c->id] = (uint32_t)s->n;
				for (size_t k = 0; k < s->n; k++)
					fnset_add(&callees, s->items[k]);
			}
		}
		f->ncallees = callees.n;
		f->callees = arena_memdup(p->arena, callees.items, callees.n * sizeof(uint32_t));
		free(callees.items);
	}
}

int program_link(program **out, fx_tu *const *tus, size_t ntus, const kb *k)
{
	program *p = xcalloc(1, sizeof(program));
	p->arena = arena_new();
	p->kb = k;
	p->tus = tus;
	p->ntus = ntus;
	gather(p);

	linker L = { .p = p };
	find_entries(&L);
	resolve_calls(&L);
	link_compute_reach(p);
	for (size_t i = 0; i < L.nsets; i++) {
		free(L.sets[i]->items);
		free(L.sets[i]);
	}
	free(L.sets);
	strmap_free(&L.stores);
	*out = p;
	return 0;
}

void program_free(program *p)
{
	if (!p)
		return;
	free(p->funcs);
	strmap_free(&p->by_key);
	arena_free(p->arena);
	free(p);
}
