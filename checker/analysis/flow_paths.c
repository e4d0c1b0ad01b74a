/* Access paths in the flow analysis: aliases, values of expressions,
 * assignments, and the translation of a state into and out of a call. */
#include "analysis/flow_int.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- paths ---------------------------------------------------------------- */

/* Follows pointers whose target is known: if `p` is X>rest or X^rest and the
 * slot X holds the address of A, the path is A.rest (or A rest). */
const char *fl_resolve(flow_ctx *c, const astate *st, const char *path)
{
	const char *cur = intern(&c->paths, path);
	for (int guard = 0; guard < 8; guard++) {
		size_t i = fx_path_root_len(cur);
		const char *hit = NULL;
		size_t hitpos = 0;
		/* the first dereference whose base holds a known address */
		for (; cur[i]; i++) {
			if (cur[i] != '>' && cur[i] != '^')
				continue;
			const char *base = intern_n(&c->paths, cur, i);
			const av *v = astate_get(st, base);
			if (v && v->addr) {
				hit = v->addr;
				hitpos = i;
				break;
			}
		}
		if (!hit)
			return cur;
		if (cur[hitpos] == '>')
			cur = intern_printf(&c->paths, "%s.%s", hit, cur + hitpos + 1);
		else
			cur = intern_printf(&c->paths, "%s%s", hit, cur + hitpos + 1);
	}
	return cur;
}

av flow_eval(flow_ctx *c, const astate *st, const fx_val *v, const char **path)
{
	if (path)
		*path = NULL;
	av r = av_other();
	switch (v->kind) {
	case FX_VAL_INT: {
		r.special = v->num == 0 ? AV_NULL : AV_NONZERO;
		/* an IRQL constant by name first: HIGH_LEVEL is 15 on x64 */
		int named = v->path ? irql_parse_level(v->path) : -1;
		if (named >= 0)
			r.saved = irql_exact((irql_level)named);
		else if (v->num >= 0 && v->num <= IRQL_MAX)
			r.saved = irql_exact((irql_level)v->num);
		return r;
	}
	case FX_VAL_NULL:
		r.special = AV_NULL;
		return r;
	case FX_VAL_PATH: {
		if (!v->path)
			return r;
		const char *p = fl_resolve(c, st, v->path);
		if (path)
			*path = p;
		av r2 = astate_read(st, p);
		const struct astate_dead *dd = astate_find_dead(st, r2.hid);
		if (dd && r2.hbits) {
			/* a copy of a handle that was released elsewhere on this path */
			uint64_t live = 0;
			for (unsigned g = 0; g < c->nproducers; g++)
				if (r2.hbits & (AV_HBIT(g, HS_PENDING) | AV_HBIT(g, HS_VALID))) {
					live |= AV_HBIT(g, HS_PENDING) | AV_HBIT(g, HS_VALID);
					r2.hbits |= AV_HBIT(g, HS_DESTROYED);
				}
			r2.hbits &= ~live;
			r2.destroyer = dd->destroyer;
			r2.dloc = dd->loc;
		}
		return r2;
	}
	case FX_VAL_ADDR:
		if (v->path)
			r.addr = fl_resolve(c, st, v->path);
		return r;
	case FX_VAL_EQ: {
		/* (KeGetCurrentIrql() == L) read before the function changed the
		   IRQL: non-zero exactly when the function was entered at L */
		if (!v->path || st->irql_changed)
			return r;
		av w = astate_read(st, fl_resolve(c, st, v->path));
		if (w.cur_irql && v->num >= 0 && v->num <= IRQL_MAX)
			r.eq_level = (uint8_t)(v->num + 1);
		return r;
	}
	case FX_VAL_BITAND: {
		/* a test of the bit through which NDIS says the IRQL */
		if (!v->path)
			return r;
		av w = astate_read(st, fl_resolve(c, st, v->path));
		if (w.flag_level && (w.flag_mask & (uint32_t)v->num))
			r.eq_level = w.flag_level;
		return r;
	}
	default:
		return r;
	}
}

/* The object an argument points to: &x -> x, p -> p^ (after aliasing). */
const char *fl_pointee(flow_ctx *c, const astate *st, const fx_val *v, const char *field)
{
	const char *base;
	if (v->kind == FX_VAL_ADDR && v->path) {
		base = fl_resolve(c, st, v->path);
		return field ? intern_printf(&c->paths, "%s.%s", base, field) : base;
	}
	if (v->kind == FX_VAL_PATH && v->path) {
		const av *pv = astate_get(st, fl_resolve(c, st, v->path));
		if (pv && pv->addr)
			return field ? intern_printf(&c->paths, "%s.%s", pv->addr, field) : pv->addr;
		base = fl_resolve(c, st, v->path);
		return field ? fl_resolve(c, st, intern_printf(&c->paths, "%s>%s", base, field))
			     : fl_resolve(c, st, intern_printf(&c->paths, "%s^", base));
	}
	return NULL;
}

void fl_assign(flow_ctx *c, astate *st, const char *lhs_raw, const fx_val *rhs, fx_loc loc)
{
	const char *lhs = fl_resolve(c, st, lhs_raw);
	const char *src = NULL;
	av v = flow_eval(c, st, rhs, &src);
	if (!v.wloc.file)
		v.wloc = loc;

	/* copy the fields of a struct assigned whole, before killing the old ones */
	slot *copies = NULL;
	size_t ncopies = 0, capcopies = 0;
	if (src && src != lhs) {
		size_t sl = strlen(src);
		for (size_t i = 0; i < st->n; i++) {
			const char *p = st->slots[i].path;
			/* the fields of a struct copied whole; not what a copied
			   pointer points to: that object is shared, not duplicated */
			if (p != src && fx_path_has_prefix(p, src) && strlen(p) > sl && !strpbrk(p + sl, ">^")) {
				slot s = { intern_printf(&c->paths, "%s%s", lhs, p + sl), st->slots[i].v };
				VEC_PUSH(copies, ncopies, capcopies, s);
			}
		}
	}
	astate_kill_below(st, lhs);
	astate_set(st, lhs, v);
	for (size_t i = 0; i < ncopies; i++)
		astate_set(st, copies[i].path, copies[i].v);
	free(copies);
}

/* ---- calls into the driver's own functions -------------------------------- */

/* The caller's path for callee path `p` rooted at "P:i", or NULL. */
static const char *map_out(flow_ctx *c, const astate *caller, const fx_call *call, const char *p)
{
	if (p[0] != 'P' || p[1] != ':')
		return NULL;
	char *end;
	long i = strtol(p + 2, &end, 10);
	if (end == p + 2 || i < 0 || (uint32_t)i >= call->nargs || !*end)
		return NULL;   /* the parameter variable itself is the callee's copy */
	const fx_val *a = &call->args[i];
	fx_val rv = *a;
	if ((a->kind == FX_VAL_PATH || a->kind == FX_VAL_ADDR) && a->path)
		rv.path = fl_resolve(c, caller, a->path);
	else
		return NULL;
	arena *tmp = arena_new();
	char root[24];
	snprintf(root, sizeof(root), "P:%ld", i);
	const char *q = fx_path_subst_root(tmp, p, root, &rv);
	const char *r = q ? fl_resolve(c, caller, q) : NULL;
	arena_free(tmp);
	return r;
}

/* The callee's path for caller path `p` reached through argument i, or NULL. */
static const char *fl_map_in(flow_ctx *c, const char *p, const fx_val *a, const char *apath, uint32_t i)
{
	if (!apath)
		return NULL;
	size_t n = strlen(apath);
	if (!fx_path_has_prefix(p, apath))
		return NULL;
	const char *rest = p + n;
	if (a->kind == FX_VAL_PATH) {
		if (!*rest)
			return NULL;   /* the value itself is passed in P:i */
		return intern_printf(&c->paths, "P:%u%s", i, rest);
	}
	/* ADDR: the callee sees the object through a pointer */
	if (!*rest)
		return intern_printf(&c->paths, "P:%u^", i);
	if (rest[0] == '.')
		return intern_printf(&c->paths, "P:%u>%s", i, rest + 1);
	if (rest[0] == '[')
		return intern_printf(&c->paths, "P:%u%s", i, rest);
	return intern_printf(&c->paths, "P:%u^%s", i, rest);
}

static const char *fl_arg_path(flow_ctx *c, const astate *st, const fx_val *a)
{
	if ((a->kind == FX_VAL_PATH || a->kind == FX_VAL_ADDR) && a->path)
		return fl_resolve(c, st, a->path);
	return NULL;
}

/* Does the callee see global slot `path`: a global it (or its callees) names,
 * or one an argument points into? */
/* The access path each argument names (after aliases), once per call:
 * every slot of the caller is compared with them.  Caller frees. */
static const char **arg_paths(flow_ctx *c, const astate *st, const fx_call *call)
{
	const char **ap = xcalloc(call->nargs + 1, sizeof(char *));
	for (uint32_t i = 0; i < call->nargs; i++)
		ap[i] = fl_arg_path(c, st, &call->args[i]);
	return ap;
}

static bool global_passed(const fx_call *call, const char **apaths, const pg_func *callee, const char *path)
{
	size_t rl = fx_path_root_len(path);
	if (!callee || program_func_reaches_global(callee, path, rl))
		return true;
	for (uint32_t i = 0; i < call->nargs; i++)
		if (apaths[i] && strncmp(apaths[i], path, rl) == 0 && fx_path_root_len(apaths[i]) == rl)
			return true;
	return false;
}

void fl_state_in(flow_ctx *c, const astate *st, const fx_call *call, const pg_func *callee, astate *in)
{
	astate_init(in);
	in->reached = true;
	in->irql = st->irql;
	in->irql_unknown = st->irql_unknown;
	in->globals_unknown = st->globals_unknown;
	in->irql_loc = st->irql_loc;
	in->irql_by = st->irql_by;
	for (unsigned d = 0; d < st->ndead; d++)
		astate_add_dead(in, st->dead[d].hid, st->dead[d].destroyer, st->dead[d].loc);
	const char **apaths = arg_paths(c, st, call);
	for (size_t k = 0; k < st->n; k++) {
		const slot *s = &st->slots[k];
		if (s->path[0] == 'G') {
			if (global_passed(call, apaths, callee, s->path))
				astate_set(in, s->path, s->v);
			continue;
		}
		for (uint32_t i = 0; i < call->nargs; i++) {
			const char *q = fl_map_in(c, s->path, &call->args[i], apaths[i], i);
			if (q)
				astate_set(in, q, s->v);
		}
	}
	for (uint32_t i = 0; i < call->nargs; i++) {
		av v = flow_eval(c, st, &call->args[i], NULL);
		if (v.addr && v.addr[0] != 'G')
			v.addr = NULL;   /* a caller's local means nothing in the callee */
		astate_set(in, intern_printf(&c->paths, "P:%u", i), v);
	}
	/* a truth value tied to the caller's entry IRQL says nothing about the
	   callee's once the caller changed the IRQL */
	if (st->irql_changed)
		for (size_t k = 0; k < in->n; k++)
			in->slots[k].v.eq_level = 0;
	free(apaths);
}

static bool passed_in(flow_ctx *c, const fx_call *call, const char **apaths, const pg_func *callee, const char *p)
{
	if (p[0] == 'G')
		return global_passed(call, apaths, callee, p);
	for (uint32_t i = 0; i < call->nargs; i++)
		if (fl_map_in(c, p, &call->args[i], apaths[i], i))
			return true;
	return false;
}

void fl_state_out(flow_ctx *c, astate *st, const fx_call *call, const pg_func *callee, const astate *out)
{
	astate caller;
	astate_init(&caller);
	astate_copy(&caller, st);
	const char **apaths = arg_paths(c, &caller, call);
	size_t keep = 0;
	for (size_t k = 0; k < st->n; k++)
		if (!passed_in(c, call, apaths, callee, st->slots[k].path))
			st->slots[keep++] = st->slots[k];
	st->n = keep;
	free(apaths);
	for (size_t k = 0; k < out->n; k++) {
		const slot *s = &out->slots[k];
		if (s->path[0] == 'G')
			astate_set(st, s->path, s->v);
		else if (s->path[0] == 'P') {
			const char *q = map_out(c, &caller, call, s->path);
			if (q)
				astate_set(st, q, s->v);
		}
	}
	/* a callee that did not change the IRQL may still have learned which
	   level it runs at (a guard, NDIS's dispatch-level flag): on this way
	   out that is the caller's level too, a narrowing and not a change */
	if (out->irql_changed)
		st->irql_changed = true;
	st->irql = out->irql;
	st->irql_unknown = out->irql_unknown;
	st->irql_loc = out->irql_loc;
	st->irql_by = out->irql_by;
	for (size_t k = 0; k < st->n; k++)
		if (st->slots[k].path[0] == 'G')
			st->slots[k].v.eq_level = 0;
	for (unsigned d = 0; d < out->ndead; d++)
		astate_add_dead(st, out->dead[d].hid, out->dead[d].destroyer, out->dead[d].loc);
	astate_free(&caller);
}
