/* Objects named by the call that returns them.  The result of a DDI that
 * returns the same object for the same arguments (`same-result` in
 * rules/irql_effects.yaml: a KMDF object's context, which every context
 * accessor reaches through WdfObjectGetTypedContextWorker) points to an
 * object rooted "X:k", one k per callee and arguments, so that two calls
 * of an accessor on one handle name one lock:
 *     WdfSpinLockAcquire(GetCtx(Queue)->Lock); ... WdfSpinLockRelease(GetCtx(Queue)->Lock);
 * An argument is kept as the calling frame names it: "#5" (a constant),
 * "&A" (a value that is the address of A: &x, or a variable that holds
 * one), or the path whose value it is ("L:q@3", "P:0>Queue").  Names are
 * translated into and out of called functions like any path, and an
 * object whose arguments were written since is forgotten. */
#include "analysis/flow_int.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { XOBJ_MAX_ARGS = 8 };

bool fl_is_xpath(const char *p)
{
	return p && p[0] == 'X' && p[1] == ':';
}

static const fl_xobj *xobj_of(const flow_ctx *c, const char *p)
{
	if (!fl_is_xpath(p))
		return NULL;
	unsigned long k = strtoul(p + 2, NULL, 10);
	return k < c->nxobjs ? &c->xobjs[k] : NULL;
}

/* The root "X:k" of the object with this callee and these arguments. */
static const char *xobj_root(flow_ctx *c, const char *callee, uint32_t nargs, const char **args)
{
	strbuf key = STRBUF_INIT;
	strbuf_puts(&key, callee);
	strbuf_putc(&key, '(');
	for (uint32_t i = 0; i < nargs; i++) {
		if (i)
			strbuf_putc(&key, ',');
		strbuf_puts(&key, args[i]);
	}
	strbuf_putc(&key, ')');
	const char *k = intern(&c->paths, strbuf_str(&key));
	strbuf_free(&key);
	void *v = strmap_get(&c->xobj_keys, k);
	if (v)
		return c->xobjs[(uintptr_t)v - 1].root;
	fl_xobj x = { .callee = intern(&c->paths, callee), .nargs = nargs };
	x.args = xcalloc(nargs + 1, sizeof(char *));
	for (uint32_t i = 0; i < nargs; i++)
		x.args[i] = intern(&c->paths, args[i]);
	x.root = intern_printf(&c->paths, "X:%zu", c->nxobjs);
	VEC_PUSH(c->xobjs, c->nxobjs, c->capxobjs, x);
	strmap_put(&c->xobj_keys, k, (void *)(uintptr_t)c->nxobjs);
	return x.root;
}

void fl_xobjs_free(flow_ctx *c)
{
	for (size_t i = 0; i < c->nxobjs; i++)
		free(c->xobjs[i].args);
	free(c->xobjs);
	strmap_free(&c->xobj_keys);
}

/* How this frame names an argument's value, or NULL. */
static const char *encode_arg(flow_ctx *c, const astate *st, const fx_val *a)
{
	switch (a->kind) {
	case FX_VAL_INT:
		return intern_printf(&c->paths, "#%lld", (long long)a->num);
	case FX_VAL_NULL:
		return "#0";
	case FX_VAL_ADDR:
		return a->path ? intern_printf(&c->paths, "&%s", fl_resolve(c, st, a->path)) : NULL;
	case FX_VAL_PATH: {
		if (!a->path)
			return NULL;
		const char *p = fl_resolve(c, st, a->path);
		const av *v = astate_get(st, p);
		if (v && v->addr)
			return intern_printf(&c->paths, "&%s", v->addr);
		return p;
	}
	default:
		return NULL;
	}
}

const char *fl_xobj_name(flow_ctx *c, const astate *st, const fx_call *call)
{
	if (!call->callee_name || call->nargs > XOBJ_MAX_ARGS)
		return NULL;
	const char *args[XOBJ_MAX_ARGS];
	for (uint32_t i = 0; i < call->nargs; i++)
		if (!(args[i] = encode_arg(c, st, &call->args[i])))
			return NULL;
	return xobj_root(c, call->callee_name, call->nargs, args);
}

/* ---- translation at call boundaries ------------------------------------------ */

typedef const char *(*map_fn)(flow_ctx *c, const char *p, const fx_call *call, const astate *caller,
			      const char **apaths);

static const char *xobj_map(flow_ctx *c, const char *xroot, const fx_call *call, const astate *caller,
			    const char **apaths, map_fn map_path, int depth);

/* One argument through map_path, keeping "#n" and "&" as they are. */
static const char *map_arg(flow_ctx *c, const char *s, const fx_call *call, const astate *caller,
			   const char **apaths, map_fn map_path, int depth)
{
	if (s[0] == '#')
		return s;
	bool amp = s[0] == '&';
	const char *p = amp ? s + 1 : s;
	const char *q;
	if (p[0] == 'G' && p[1] == ':')
		q = p;
	else if (fl_is_xpath(p)) {
		size_t rl = fx_path_root_len(p);
		const char *r = xobj_map(c, intern_n(&c->paths, p, rl), call, caller, apaths, map_path, depth + 1);
		q = r ? intern_printf(&c->paths, "%s%s", r, p + rl) : NULL;
	} else
		q = map_path(c, p, call, caller, apaths);
	if (!q || (amp && (q[0] == '&' || q[0] == '#')))
		return NULL;   /* the address of a parameter variable: the callee's own */
	if (!amp)
		return q;
	/* "&P:i^" is the value of P:i: say it as the path, as the frame would */
	size_t n = strlen(q);
	if (n > 1 && q[n - 1] == '^' && (q[0] == 'P' || q[0] == 'L') && fx_path_root_len(q) == n - 1)
		return intern_n(&c->paths, q, n - 1);
	return intern_printf(&c->paths, "&%s", q);
}

static const char *xobj_map(flow_ctx *c, const char *xroot, const fx_call *call, const astate *caller,
			    const char **apaths, map_fn map_path, int depth)
{
	const fl_xobj *xp = xobj_of(c, xroot);
	if (!xp || xp->is_stale || depth > 4)
		return NULL;
	/* a copy: naming an argument's own object may grow the table */
	const fl_xobj x = *xp;
	const char *args[XOBJ_MAX_ARGS];
	for (uint32_t i = 0; i < x.nargs; i++)
		if (!(args[i] = map_arg(c, x.args[i], call, caller, apaths, map_path, depth)))
			return NULL;
	return xobj_root(c, x.callee, x.nargs, args);
}

/* Caller's path p as the callee sees it: the value of argument i is P:i;
 * what an argument points to, P:i> or P:i^. */
static const char *path_in(flow_ctx *c, const char *p, const fx_call *call, const astate *caller,
			   const char **apaths)
{
	for (uint32_t i = 0; i < call->nargs; i++) {
		const fx_val *a = &call->args[i];
		if (!apaths[i])
			continue;
		if (a->kind == FX_VAL_PATH && p == apaths[i])
			return intern_printf(&c->paths, "P:%u", i);
		if (a->kind == FX_VAL_ADDR && p == apaths[i])
			return intern_printf(&c->paths, "P:%u^", i);
		if (fx_path_has_prefix(p, apaths[i])) {
			const char *q = fl_map_path_in(c, p, a, apaths[i], i);
			if (q)
				return q;
		}
	}
	(void)caller;
	return NULL;
}

/* Callee's path p as the caller names it. */
static const char *path_out(flow_ctx *c, const char *p, const fx_call *call, const astate *caller,
			    const char **apaths)
{
	(void)apaths;
	if (p[0] != 'P' || p[1] != ':')
		return NULL;
	size_t rl = fx_path_root_len(p);
	if (p[rl])
		return fl_map_path_out(c, caller, call, p);
	unsigned long i = strtoul(p + 2, NULL, 10);
	if (i >= call->nargs)
		return NULL;
	/* the parameter's value: the argument, as the caller names it */
	return encode_arg(c, caller, &call->args[i]);
}

const char *fl_xobj_in(flow_ctx *c, const char *xpath, const fx_call *call, const astate *caller,
		       const char **apaths)
{
	size_t rl = fx_path_root_len(xpath);
	const char *r = xobj_map(c, intern_n(&c->paths, xpath, rl), call, caller, apaths, path_in, 0);
	return r ? (xpath[rl] ? intern_printf(&c->paths, "%s%s", r, xpath + rl) : r) : NULL;
}

const char *fl_xobj_out(flow_ctx *c, const char *xpath, const fx_call *call, const astate *caller)
{
	size_t rl = fx_path_root_len(xpath);
	const char *r = xobj_map(c, intern_n(&c->paths, xpath, rl), call, caller, NULL, path_out, 0);
	return r ? (xpath[rl] ? intern_printf(&c->paths, "%s%s", r, xpath + rl) : r) : NULL;
}

/* ---- forgetting -------------------------------------------------------------- */

/* Does writing `w` change what an argument of x names? */
static bool args_written(const flow_ctx *c, const fl_xobj *x, const char *w, int depth)
{
	for (uint32_t i = 0; i < x->nargs; i++) {
		const char *a = x->args[i];
		if (a[0] == '#')
			continue;
		if (a[0] == '&')
			a++;
		if (fx_path_has_prefix(a, w))
			return true;
		const fl_xobj *y = xobj_of(c, a);
		if (y && !y->is_stale && depth < 4 && args_written(c, y, w, depth + 1))
			return true;
	}
	return false;
}

/* The stale place of object k: one per object, so that a loop that
 * rewrites the handle reaches a fixpoint. */
static const char *stale_root(flow_ctx *c, size_t k)
{
	if (!c->xobjs[k].stale) {
		fl_xobj x = { .callee = c->xobjs[k].callee, .is_stale = true };
		x.root = intern_printf(&c->paths, "X:%zu", c->nxobjs);
		size_t j = c->nxobjs;
		VEC_PUSH(c->xobjs, c->nxobjs, c->capxobjs, x);
		c->xobjs[k].stale = c->xobjs[j].root;
	}
	return c->xobjs[k].stale;
}

/* p renamed to its object's stale place, or NULL when p stays. */
static const char *moved(flow_ctx *c, const char *p, const char *written)
{
	const fl_xobj *x = xobj_of(c, p);
	if (!x || x->is_stale || !args_written(c, x, written, 0))
		return NULL;
	size_t rl = fx_path_root_len(p);
	return intern_printf(&c->paths, "%s%s", stale_root(c, (size_t)(x - c->xobjs)), p + rl);
}

void fl_xobj_forget(flow_ctx *c, astate *st, const char *written)
{
	if (!c->nxobjs)
		return;
	slot *move = NULL;
	size_t nmove = 0, capmove = 0, keep = 0;
	for (size_t k = 0; k < st->n; k++) {
		slot s = st->slots[k];
		const char *a = moved(c, s.v.addr, written);
		if (a)
			s.v.addr = a;
		const char *p = moved(c, s.path, written);
		if (p) {
			s.path = p;
			VEC_PUSH(move, nmove, capmove, s);
			continue;
		}
		st->slots[keep++] = s;
	}
	st->n = keep;
	for (size_t k = 0; k < nmove; k++)
		astate_set(st, move[k].path, move[k].v);
	free(move);
}
