/* The field names each function, or anything it calls, names in an access
 * path: a callee that never names a field can neither read nor write it
 * (the analysis models no memory effect of a DDI), so the flow analysis
 * leaves such slots with the caller and states that differ only there meet
 * in one memo entry.  The last field of an assignment's either side is a
 * "copy field": a struct assigned whole moves, or loses, everything below
 * it, named or not. */
#include "link/link_int.h"
#include "link/program.h"
#include "util/strmap.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static bool sel(char ch)
{
	return ch == '.' || ch == '>' || ch == '[' || ch == ']' || ch == '^';
}

static void add_name(strmap *set, arena *a, const char *s, size_t n)
{
	char *name = arena_strndup(a, s, n);
	if (!strmap_has(set, name))
		strmap_put(set, name, name);
}

/* Every field name of the path. */
static void add_fields(strmap *set, arena *a, const char *path)
{
	if (!path)
		return;
	for (size_t i = fx_path_root_len(path); path[i];) {
		if (path[i] != '.' && path[i] != '>') {
			i++;
			continue;
		}
		size_t j = i + 1;
		while (path[j] && !sel(path[j]))
			j++;
		if (j > i + 1)
			add_name(set, a, path + i + 1, j - i - 1);
		i = j;
	}
}

static void add_last(strmap *set, arena *a, const char *path)
{
	size_t n;
	const char *f = path ? fx_path_last_field(path, &n) : NULL;
	if (f && n)
		add_name(set, a, f, n);
}

static void val_fields(strmap *set, arena *a, const fx_val *v)
{
	if (v->kind == FX_VAL_PATH || v->kind == FX_VAL_ADDR || v->kind == FX_VAL_BITAND || v->kind == FX_VAL_EQ)
		add_fields(set, a, v->path);
}

static void direct(program *p, pg_func *f, strmap *names, strmap *copies)
{
	const fx_function *d = f->def;
	for (uint32_t b = 0; d && b < d->nblocks; b++) {
		const fx_block *blk = &d->blocks[b];
		if (blk->nsucc == 2 && blk->cond.known) {
			val_fields(names, p->arena, &blk->cond.lhs);
			val_fields(names, p->arena, &blk->cond.rhs);
		}
		for (uint32_t e = 0; e < blk->nevents; e++) {
			const fx_event *ev = &blk->events[e];
			if (ev->kind == FX_EV_ASSIGN) {
				add_fields(names, p->arena, ev->u.assign.lhs);
				add_last(copies, p->arena, ev->u.assign.lhs);
				val_fields(names, p->arena, &ev->u.assign.rhs);
				if (ev->u.assign.rhs.kind == FX_VAL_PATH)
					add_last(copies, p->arena, ev->u.assign.rhs.path);
			} else if (ev->kind == FX_EV_RETURN) {
				val_fields(names, p->arena, &ev->u.ret);
			} else {
				const fx_call *call = &ev->u.call;
				for (uint32_t a = 0; a < call->nargs; a++)
					val_fields(names, p->arena, &call->args[a]);
				if (!call->callee) {
					val_fields(names, p->arena, &call->target);
					if (call->id < f->ncalls && !f->ntargets[call->id])
						f->fields_all = true;   /* a call nobody can follow */
				}
			}
		}
	}
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char **sorted(program *p, strmap *set, size_t *n)
{
	const char **v = arena_alloc(p->arena, (set->count + 1) * sizeof(char *));
	*n = 0;
	for (size_t s = 0; s < set->cap; s++)
		if (set->slots[s].key)
			v[(*n)++] = set->slots[s].key;
	if (*n > 1)
		qsort(v, *n, sizeof(char *), cmp_cstr);
	return v;
}

void link_compute_fields(program *p)
{
	size_t n = p->nfuncs;
	strmap *names = xcalloc(n + 1, sizeof(strmap));
	strmap *copies = xcalloc(n + 1, sizeof(strmap));
	for (size_t i = 0; i < n; i++)
		direct(p, &p->funcs[i], &names[i], &copies[i]);
	/* a function names what its callees name (recursion included) */
	bool changed = true;
	while (changed) {
		changed = false;
		for (size_t i = 0; i < n; i++) {
			pg_func *f = &p->funcs[i];
			for (size_t k = 0; k < f->ncallees; k++) {
				uint32_t t = f->callees[k];
				if (p->funcs[t].fields_all && !f->fields_all)
					f->fields_all = changed = true;
				changed |= strmap_merge(&names[i], &names[t]);
				changed |= strmap_merge(&copies[i], &copies[t]);
			}
		}
	}
	for (size_t i = 0; i < n; i++) {
		pg_func *f = &p->funcs[i];
		f->fields = sorted(p, &names[i], &f->nfields);
		f->copy_fields = sorted(p, &copies[i], &f->ncopy_fields);
		strmap_free(&names[i]);
		strmap_free(&copies[i]);
	}
	free(names);
	free(copies);
}

static bool find(const char *const *v, size_t n, const char *name, size_t len)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strncmp(v[mid], name, len);
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

bool program_func_names_field(const pg_func *f, const char *name, size_t len)
{
	return f->fields_all || find(f->fields, f->nfields, name, len);
}

bool program_func_copies_field(const pg_func *f, const char *name, size_t len)
{
	return f->fields_all || find(f->copy_fields, f->ncopy_fields, name, len);
}
