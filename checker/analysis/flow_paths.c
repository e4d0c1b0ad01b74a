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

/* ---- pointers read from memory ------------------------------------------------
 * A variable holding a pointer read from memory (p = Ctx->List.Flink) names
 * what it points to by itself (L:p@3>Status), and locks and handle effects
 * keep that name: it stays the same where two paths merge.  While neither
 * the variable nor that memory is written, the object is also
 * Ctx->List.Flink->Status; the variable's value records the memory
 * (`from`), and every value assigned under one name is assigned under the
 * other, so that a write through p is seen through Ctx by a caller or a
 * later reader.  A read prefers the variable's own name and falls back on
 * the memory's. */

/* A variable itself (L:x, P:i), not something reached through it. */
static bool plain_var(const char *p)
{
	return (p[0] == 'L' || p[0] == 'P') && p[1] == ':' && p[fx_path_root_len(p)] == '\0';
}

/* The other name of what path p reaches through a variable holding a
 * pointer read from memory: from + rest; NULL when there is none. */
static const char *alias_of(flow_ctx *c, const astate *st, const char *p)
{
	if ((p[0] != 'L' && p[0] != 'P') || p[1] != ':')
		return NULL;
	size_t rl = fx_path_root_len(p);
	if (p[rl] != '>' && p[rl] != '^')
		return NULL;
	const av *v = astate_get(st, intern_n(&c->paths, p, rl));
	if (!v || !v->from)
		return NULL;
	const char *a = intern_printf(&c->paths, "%s%s", v->from, p + rl);
	return astate_trackable(a) ? a : NULL;
}

static av read_named(flow_ctx *c, const astate *st, const char *p)
{
	const av *v = astate_get(st, p);
	if (v)
		return *v;
	const char *a = alias_of(c, st, p);
	return a ? astate_read(st, a) : av_default(st, p);
}

enum { MAX_NAMES = 8 };

static void add_name(const char **names, unsigned *n, const char *p)
{
	for (unsigned i = 0; i < *n; i++)
		if (names[i] == p)
			return;
	if (*n < MAX_NAMES)
		names[(*n)++] = p;
}

/* Every name of the memory at `path`: itself, its alias, and the paths
 * through the other variables that point into it. */
static unsigned names_of(flow_ctx *c, const astate *st, const char *path, const char **names)
{
	unsigned n = 0;
	add_name(names, &n, path);
	const char *a = alias_of(c, st, path);
	if (a)
		add_name(names, &n, a);
	unsigned bases = n;
	for (size_t k = 0; k < st->n; k++) {
		const slot *s = &st->slots[k];
		if (!s->v.from || !plain_var(s->path))
			continue;
		size_t fl = strlen(s->v.from);
		for (unsigned b = 0; b < bases; b++) {
			const char *x = names[b];
			if (strncmp(x, s->v.from, fl) != 0 || (x[fl] != '>' && x[fl] != '^'))
				continue;
			const char *q = intern_printf(&c->paths, "%s%s", s->path, x + fl);
			if (astate_trackable(q))
				add_name(names, &n, q);
		}
	}
	return n;
}

/* Variables whose pointer was read from memory that `path` covers no
 * longer name their object through it. */
static void forget_from(astate *st, const char *path)
{
	for (size_t k = 0; k < st->n; k++) {
		av *v = &st->slots[k].v;
		if (v->from && fx_path_has_prefix(v->from, path))
			v->from = NULL;
	}
}

/* Before a call: the callee, or a DDI, may write any memory a pointer
 * reaches (a list removal changes its neighbours' links), so only a copy of
 * another variable keeps its second name, unless its address is passed. */
void fl_forget_reads(flow_ctx *c, astate *st, const fx_call *call)
{
	for (size_t k = 0; k < st->n; k++) {
		av *v = &st->slots[k].v;
		if (!v->from)
			continue;
		bool keep = plain_var(v->from);
		for (uint32_t i = 0; keep && i < call->nargs; i++) {
			const fx_val *a = &call->args[i];
			if (a->kind == FX_VAL_ADDR && a->path && fl_resolve(c, st, a->path) == v->from)
				keep = false;
		}
		if (!keep)
			v->from = NULL;
	}
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
		av r2 = read_named(c, st, p);
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
	if (!plain_var(lhs)) {
		v.from = NULL;
	} else if (!v.from && !v.addr && src && src[0] != 'R' && src != lhs) {
		/* a pointer read from memory (or copied from another variable) */
		const char *a = alias_of(c, st, src);
		const char *f = a ? a : src;
		if (astate_trackable(f) && !fx_path_has_prefix(f, lhs))
			v.from = f;
	}
	fl_store(c, st, lhs, v, true);
	for (size_t i = 0; i < ncopies; i++)
		astate_set(st, copies[i].path, copies[i].v);
	free(copies);
}

void fl_store(flow_ctx *c, astate *st, const char *path, av v, bool write)
{
	const char *names[MAX_NAMES];
	unsigned n = names_of(c, st, path, names);
	for (unsigned i = 0; i < n; i++) {
		av w = v;
		if (names[i] != path)
			w.from = NULL;
		if (write)
			astate_kill_below(st, names[i]);
		astate_set(st, names[i], w);
	}
	for (unsigned i = 0; write && i < n; i++) {
		forget_from(st, names[i]);
		fl_xobj_forget(c, st, names[i]);
	}
}

/* ---- calls into the driver's own functions -------------------------------- */

/* The caller's path for callee path `p` rooted at "P:i", or NULL. */
const char *fl_map_path_out(flow_ctx *c, const astate *caller, const fx_call *call, const char *p)
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
const char *fl_map_path_in(flow_ctx *c, const char *p, const fx_val *a, const char *apath, uint32_t i)
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

/* Can the callee (or what it calls) reach callee path q: does it name
 * every field on the way, or assign a struct on the way whole?  A slot it
 * cannot reach stays with the caller as it is (link/reach.c), so that states
 * differing only there meet in one memo entry.  The fields the effects
 * table writes (a lock's OldIrql) are every callee's. */
static bool reachable(flow_ctx *c, const pg_func *callee, const char *q)
{
	if (!callee || callee->reach_all || !q)
		return true;
	size_t pos = 0, len;
	for (const char *name; (name = fx_path_next_field(q, &pos, &len));) {
		if (program_func_copies_field(callee, name, len))
			return true;
		if (!program_func_names_field(callee, name, len) &&
		    !strmap_has(&c->effect_fields, intern_n(&c->paths, name, len)))
			return false;
	}
	return true;
}

/* An object named by a call that the callee cannot name (its arguments
 * are the caller's locals) is still what an argument points to: P:i^, P:i>f. */
static const char *xobj_through_args(flow_ctx *c, const astate *st, const fx_call *call, const char **apaths,
				     const char *p)
{
	for (uint32_t i = 0; i < call->nargs; i++) {
		if (call->args[i].kind != FX_VAL_PATH || !apaths[i])
			continue;
		const av *v = astate_get(st, apaths[i]);
		if (!v || !fl_is_xpath(v->addr) || !fx_path_has_prefix(p, v->addr))
			continue;
		fx_val as_addr = { .kind = FX_VAL_ADDR, .path = v->addr };
		const char *q = fl_map_path_in(c, p, &as_addr, v->addr, i);
		if (q)
			return q;
	}
	return NULL;
}

/* A value as the callee of `call` sees it, and as its caller sees one of
 * the callee's: an object named by a call is renamed (or forgotten). */
static av value_in(flow_ctx *c, av v, const fx_call *call, const astate *st, const char **apaths)
{
	if (fl_is_xpath(v.addr))
		v.addr = fl_xobj_in(c, v.addr, call, st, apaths);
	return v;
}

static av value_out(flow_ctx *c, av v, const fx_call *call, const astate *caller)
{
	if (fl_is_xpath(v.addr))
		v.addr = fl_xobj_out(c, v.addr, call, caller);
	return v;
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
		av v = value_in(c, s->v, call, st, apaths);
		if (s->path[0] == 'G') {
			if (global_passed(call, apaths, callee, s->path) && reachable(c, callee, s->path))
				astate_set(in, s->path, v);
			continue;
		}
		if (fl_is_xpath(s->path)) {
			const char *q = fl_xobj_in(c, s->path, call, st, apaths);
			if (!q)
				q = xobj_through_args(c, st, call, apaths, s->path);
			if (q && reachable(c, callee, q))
				astate_set(in, q, v);
			continue;
		}
		for (uint32_t i = 0; i < call->nargs; i++) {
			const char *q = fl_map_path_in(c, s->path, &call->args[i], apaths[i], i);
			if (q && reachable(c, callee, q))
				astate_set(in, q, v);
		}
	}
	for (uint32_t i = 0; i < call->nargs; i++) {
		av v = value_in(c, flow_eval(c, st, &call->args[i], NULL), call, st, apaths);
		if (v.addr && v.addr[0] != 'G' && v.addr[0] != 'X')
			v.addr = NULL;   /* a caller's local means nothing in the callee */
		v.from = NULL;
		astate_set(in, intern_printf(&c->paths, "P:%u", i), v);
	}
	/* a truth value tied to the caller's entry IRQL says nothing about the
	   callee's once the caller changed the IRQL */
	if (st->irql_changed)
		for (size_t k = 0; k < in->n; k++)
			in->slots[k].v.eq_level = 0;
	free(apaths);
}

static bool passed_in(flow_ctx *c, const astate *caller, const fx_call *call, const char **apaths,
		      const pg_func *callee, const char *p)
{
	if (p[0] == 'G')
		return global_passed(call, apaths, callee, p) && reachable(c, callee, p);
	if (fl_is_xpath(p)) {
		const char *q = fl_xobj_in(c, p, call, caller, apaths);
		if (!q)
			q = xobj_through_args(c, caller, call, apaths, p);
		return q && reachable(c, callee, q);
	}
	for (uint32_t i = 0; i < call->nargs; i++) {
		const char *q = fl_map_path_in(c, p, &call->args[i], apaths[i], i);
		if (q && reachable(c, callee, q))
			return true;
	}
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
		if (!passed_in(c, &caller, call, apaths, callee, st->slots[k].path))
			st->slots[keep++] = st->slots[k];
	st->n = keep;
	free(apaths);
	for (size_t k = 0; k < out->n; k++) {
		const slot *s = &out->slots[k];
		av v = value_out(c, s->v, call, &caller);
		if (s->path[0] == 'G')
			astate_set(st, s->path, v);
		else if (s->path[0] == 'P' || fl_is_xpath(s->path)) {
			const char *q = s->path[0] == 'P' ? fl_map_path_out(c, &caller, call, s->path)
							  : fl_xobj_out(c, s->path, call, &caller);
			if (q)
				astate_set(st, q, v);
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
