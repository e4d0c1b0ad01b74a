/* What each function, or anything it calls, can reach through access
 * paths, computed once after call resolution with one walk over every
 * function's paths and one fixpoint over the call graph:
 *   - the globals it names (their root, "G:name"): the flow analysis passes
 *     a callee only these;
 *   - the field names it names: a callee that never names a field can
 *     neither read nor write it (the analysis models no memory effect of a
 *     DDI), so such slots stay with the caller and states that differ only
 *     there meet in one memo entry;
 *   - the "copy fields", the last field of an assignment's either side: a
 *     struct assigned whole moves, or loses, everything below it.
 * A function that calls through a pointer nobody can resolve (reach_all)
 * may reach anything. */
#include "link/link_int.h"
#include "link/program.h"
#include "util/strmap.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct reach_sets {
	strmap globals, names, copies;
} reach_sets;

static void add_str(strmap *set, arena *a, const char *s, size_t n)
{
	char *k = arena_strndup(a, s, n);
	if (!strmap_has(set, k))
		strmap_put(set, k, k);
}

/* The path's global root and every field name on it. */
static void add_path(reach_sets *r, arena *a, const char *path)
{
	if (!path)
		return;
	if (path[0] == 'G')
		add_str(&r->globals, a, path, fx_path_root_len(path));
	size_t pos = 0, len;
	for (const char *f; (f = fx_path_next_field(path, &pos, &len));)
		add_str(&r->names, a, f, len);
}

static void add_val(reach_sets *r, arena *a, const fx_val *v)
{
	if (v->kind == FX_VAL_PATH || v->kind == FX_VAL_ADDR || v->kind == FX_VAL_BITAND || v->kind == FX_VAL_EQ)
		add_path(r, a, v->path);
}

static void add_copy(reach_sets *r, arena *a, const char *path)
{
	size_t n;
	const char *f = path ? fx_path_last_field(path, &n) : NULL;
	if (f && n)
		add_str(&r->copies, a, f, n);
}

static void direct(program *p, pg_func *f, reach_sets *r)
{
	const fx_function *d = f->def;
	for (uint32_t b = 0; d && b < d->nblocks; b++) {
		const fx_block *blk = &d->blocks[b];
		if (blk->nsucc == 2 && blk->cond.known) {
			add_val(r, p->arena, &blk->cond.lhs);
			add_val(r, p->arena, &blk->cond.rhs);
		}
		for (uint32_t e = 0; e < blk->nevents; e++) {
			const fx_event *ev = &blk->events[e];
			if (ev->kind == FX_EV_ASSIGN) {
				add_path(r, p->arena, ev->u.assign.lhs);
				add_copy(r, p->arena, ev->u.assign.lhs);
				add_val(r, p->arena, &ev->u.assign.rhs);
				if (ev->u.assign.rhs.kind == FX_VAL_PATH)
					add_copy(r, p->arena, ev->u.assign.rhs.path);
			} else if (ev->kind == FX_EV_RETURN) {
				add_val(r, p->arena, &ev->u.ret);
			} else {
				const fx_call *call = &ev->u.call;
				for (uint32_t a = 0; a < call->nargs; a++)
					add_val(r, p->arena, &call->args[a]);
				if (!call->callee) {
					add_val(r, p->arena, &call->target);
					if (call->id < f->ncalls && !f->ntargets[call->id])
						f->reach_all = true;   /* a call nobody can follow */
				}
			}
		}
	}
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The set as a sorted array in the program's arena; frees the set. */
static const char **sorted(program *p, strmap *set, size_t *n)
{
	const char **v = arena_alloc(p->arena, (set->count + 1) * sizeof(char *));
	*n = 0;
	for (size_t s = 0; s < set->cap; s++)
		if (set->slots[s].key)
			v[(*n)++] = set->slots[s].key;
	if (*n > 1)
		qsort(v, *n, sizeof(char *), cmp_cstr);
	strmap_free(set);
	return v;
}

void link_compute_reach(program *p)
{
	size_t n = p->nfuncs;
	reach_sets *r = xcalloc(n + 1, sizeof(reach_sets));
	for (size_t i = 0; i < n; i++)
		direct(p, &p->funcs[i], &r[i]);
	/* a function reaches what its callees reach (recursion included) */
	bool changed = true;
	while (changed) {
		changed = false;
		for (size_t i = 0; i < n; i++) {
			pg_func *f = &p->funcs[i];
			for (size_t k = 0; k < f->ncallees; k++) {
				uint32_t t = f->callees[k];
				if (p->funcs[t].reach_all && !f->reach_all)
					f->reach_all = changed = true;
				changed |= strmap_merge(&r[i].globals, &r[t].globals);
				changed |= strmap_merge(&r[i].names, &r[t].names);
				changed |= strmap_merge(&r[i].copies, &r[t].copies);
			}
		}
	}
	for (size_t i = 0; i < n; i++) {
		pg_func *f = &p->funcs[i];
		f->globals = sorted(p, &r[i].globals, &f->nglobals);
		f->fields = sorted(p, &r[i].names, &f->nfields);
		f->copy_fields = sorted(p, &r[i].copies, &f->ncopy_fields);
	}
	free(r);
}

/* Is the len-byte string s one of the sorted strings v? */
static bool find(const char *const *v, size_t n, const char *s, size_t len)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strncmp(v[mid], s, len);
		if (c == 0 && v[mid][len] != '\0')
			c = 1;
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

bool program_func_reaches_global(const pg_func *f, const char *root, size_t rootlen)
{
	return f->reach_all || find(f->globals, f->nglobals, root, rootlen);
}

bool program_func_names_field(const pg_func *f, const char *name, size_t len)
{
	return f->reach_all || find(f->fields, f->nfields, name, len);
}

bool program_func_copies_field(const pg_func *f, const char *name, size_t len)
{
	return f->reach_all || find(f->copy_fields, f->ncopy_fields, name, len);
}
