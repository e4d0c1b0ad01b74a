#include "analysis/flow.h"
#include "util/intern.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	FLOW_MAX_FLAGS = 2,        /* correlated-branch flags per function (4 partitions) */
	FLOW_MAX_DEPTH = 48,       /* call chain length followed */
	FLOW_MAX_ROUNDS = 64,      /* fixpoint rounds over one function's blocks */
};

typedef struct memo {
	astate in, out;
	av ret;
	uint64_t hash;
} memo;

typedef struct memo_list {
	size_t n, cap;
	memo *items;
} memo_list;

typedef struct producer_ref {
	unsigned handle, producer;
} producer_ref;

struct flow_ctx {
	const program *p;
	const ruleset *rs;
	const flow_hooks *hooks;
	interner paths;
	memo_list *memos;          /* per function */
	bool *on_stack;            /* per function */
	flow_frame *frames;
	size_t depth, capframes;
	const pg_entry *entry;
	irql_range entry_irql;
	producer_ref *producers;   /* global producer number -> (handle kind, producer) */
	unsigned nproducers;
	strmap written;            /* path -> producer number + 1 */
	strmap token_producer;     /* status token -> producer number + 1 */
	flow_stats stats;
};

flow_ctx *flow_new(const program *p, const ruleset *rs)
{
	flow_ctx *c = xcalloc(1, sizeof(flow_ctx));
	c->p = p;
	c->rs = rs;
	intern_init(&c->paths);
	c->memos = xcalloc(p->nfuncs + 1, sizeof(memo_list));
	c->on_stack = xcalloc(p->nfuncs + 1, sizeof(bool));
	size_t n = 0;
	for (size_t h = 0; h < rs->nhandles; h++)
		n += rs->handles[h].nproducers;
	c->producers = xcalloc(n + 1, sizeof(producer_ref));
	for (size_t h = 0; h < rs->nhandles; h++)
		for (size_t j = 0; j < rs->handles[h].nproducers && c->nproducers < AV_MAX_PRODUCERS; j++)
			c->producers[c->nproducers++] = (producer_ref){ (unsigned)h, (unsigned)j };
	return c;
}

void flow_free(flow_ctx *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->p->nfuncs; i++) {
		for (size_t j = 0; j < c->memos[i].n; j++) {
			astate_free(&c->memos[i].items[j].in);
			astate_free(&c->memos[i].items[j].out);
		}
		free(c->memos[i].items);
	}
	free(c->memos);
	free(c->on_stack);
	free(c->frames);
	free(c->producers);
	strmap_free(&c->written);
	strmap_free(&c->token_producer);
	intern_free(&c->paths);
	free(c);
}

const flow_stats *flow_get_stats(const flow_ctx *c)
{
	return &c->stats;
}

size_t flow_stack(const flow_ctx *c, const flow_frame **frames)
{
	*frames = c->frames;
	return c->depth;
}

const pg_entry *flow_entry(const flow_ctx *c)
{
	return c->entry;
}

unsigned flow_nproducers(const flow_ctx *c)
{
	return c->nproducers;
}

int flow_producer_kind(const flow_ctx *c, unsigned p)
{
	return p < c->nproducers ? (int)c->producers[p].handle : -1;
}

const rule_handle_kind *flow_producer(const flow_ctx *c, unsigned p, const rule_producer **pr)
{
	if (p >= c->nproducers)
		return NULL;
	const rule_handle_kind *h = &c->rs->handles[c->producers[p].handle];
	if (pr)
		*pr = &h->producers[c->producers[p].producer];
	return h;
}

int flow_path_written(const flow_ctx *c, const char *path)
{
	void *v = strmap_get(&c->written, path);
	return v ? (int)((uintptr_t)v - 1) : -1;
}

static void emit(flow_ctx *c, flow_note *n)
{
	if (c->hooks && c->hooks->on_note) {
		if (n->ev && c->depth)
			c->frames[c->depth - 1].call_loc = n->ev->loc;
		c->hooks->on_note(c->hooks->ud, c, n);
	}
}

static irql_range frame_irql_in(const flow_ctx *c)
{
	return c->depth ? c->frames[c->depth - 1].irql_in : c->entry_irql;
}

static const pg_func *frame_fn(const flow_ctx *c)
{
	return c->depth ? c->frames[c->depth - 1].fn : NULL;
}

/* ---- paths ---------------------------------------------------------------- */

/* Follows pointers whose target is known: if `p` is X>rest or X^rest and the
 * slot X holds the address of A, the path is A.rest (or A rest). */
static const char *resolve(flow_ctx *c, const astate *st, const char *path)
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
	case FX_VAL_INT:
		r.special = v->num == 0 ? AV_NULL : AV_NONZERO;
		if (v->num >= 0 && v->num <= IRQL_MAX)
			r.saved = irql_exact((irql_level)v->num);
		return r;
	case FX_VAL_NULL:
		r.special = AV_NULL;
		return r;
	case FX_VAL_PATH: {
		if (!v->path)
			return r;
		const char *p = resolve(c, st, v->path);
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
			r.addr = resolve(c, st, v->path);
		return r;
	case FX_VAL_BITAND: {
		/* a test of the bit through which NDIS says the IRQL */
		if (!v->path)
			return r;
		av w = astate_read(st, resolve(c, st, v->path));
		if (w.flag_level && (w.flag_mask & (uint32_t)v->num))
			r.eq_level = w.flag_level;
		return r;
	}
	default:
		return r;
	}
}

/* The object an argument points to: &x -> x, p -> p^ (after aliasing). */
static const char *pointee(flow_ctx *c, const astate *st, const fx_val *v, const char *field)
{
	const char *base;
	if (v->kind == FX_VAL_ADDR && v->path) {
		base = resolve(c, st, v->path);
		return field ? intern_printf(&c->paths, "%s.%s", base, field) : base;
	}
	if (v->kind == FX_VAL_PATH && v->path) {
		const av *pv = astate_get(st, resolve(c, st, v->path));
		if (pv && pv->addr)
			return field ? intern_printf(&c->paths, "%s.%s", pv->addr, field) : pv->addr;
		base = resolve(c, st, v->path);
		return field ? resolve(c, st, intern_printf(&c->paths, "%s>%s", base, field))
			     : resolve(c, st, intern_printf(&c->paths, "%s^", base));
	}
	return NULL;
}

static void assign(flow_ctx *c, astate *st, const char *lhs_raw, const fx_val *rhs, fx_loc loc)
{
	const char *lhs = resolve(c, st, lhs_raw);
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
			if (p != src && fx_path_has_prefix(p, src) && strlen(p) > sl) {
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
		rv.path = resolve(c, caller, a->path);
	else
		return NULL;
	arena *tmp = arena_new();
	char root[24];
	snprintf(root, sizeof(root), "P:%ld", i);
	const char *q = fx_path_subst_root(tmp, p, root, &rv);
	const char *r = q ? resolve(c, caller, q) : NULL;
	arena_free(tmp);
	return r;
}

/* The callee's path for caller path `p` reached through argument i, or NULL. */
static const char *map_in(flow_ctx *c, const char *p, const fx_val *a, const char *apath, uint32_t i)
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

static const char *arg_path(flow_ctx *c, const astate *st, const fx_val *a)
{
	if ((a->kind == FX_VAL_PATH || a->kind == FX_VAL_ADDR) && a->path)
		return resolve(c, st, a->path);
	return NULL;
}

static void state_in(flow_ctx *c, const astate *st, const fx_call *call, astate *in)
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
	const char **apaths = xcalloc(call->nargs + 1, sizeof(char *));
	for (uint32_t i = 0; i < call->nargs; i++)
		apaths[i] = arg_path(c, st, &call->args[i]);
	for (size_t k = 0; k < st->n; k++) {
		const slot *s = &st->slots[k];
		if (s->path[0] == 'G') {
			astate_set(in, s->path, s->v);
			continue;
		}
		for (uint32_t i = 0; i < call->nargs; i++) {
			const char *q = map_in(c, s->path, &call->args[i], apaths[i], i);
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

static bool passed_in(flow_ctx *c, const astate *st, const fx_call *call, const char *p)
{
	if (p[0] == 'G')
		return true;
	for (uint32_t i = 0; i < call->nargs; i++)
		if (map_in(c, p, &call->args[i], arg_path(c, st, &call->args[i]), i))
			return true;
	return false;
}

static void state_out(flow_ctx *c, astate *st, const fx_call *call, const astate *out)
{
	astate caller;
	astate_init(&caller);
	astate_copy(&caller, st);
	size_t keep = 0;
	for (size_t k = 0; k < st->n; k++)
		if (!passed_in(c, &caller, call, st->slots[k].path))
			st->slots[keep++] = st->slots[k];
	st->n = keep;
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
	if (out->irql_changed || !irql_equal(out->irql, st->irql))
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

static void walk_function(flow_ctx *c, uint32_t f, const astate *in, astate *out, av *ret);

static void call_driver(flow_ctx *c, astate *st, const fx_event *ev, const uint32_t *targets,
			uint32_t ntargets)
{
	const fx_call *call = &ev->u.call;
	astate joined;
	astate_init(&joined);
	av ret = av_other();
	bool any = false;
	for (uint32_t t = 0; t < ntargets; t++) {
		astate in, out, after;
		av r;
		flow_note dn = { .kind = FLOW_DRIVER_CALL, .fn = frame_fn(c), .ev = ev, .st = st,
				 .irql_in = frame_irql_in(c), .callee = &c->p->funcs[targets[t]] };
		emit(c, &dn);
		state_in(c, st, call, &in);
		astate_init(&out);
		c->frames[c->depth - 1].call_loc = ev->loc;
		walk_function(c, targets[t], &in, &out, &r);
		astate_init(&after);
		astate_copy(&after, st);
		if (out.reached) {
			state_out(c, &after, call, &out);
			ret = any ? av_join(ret, r) : r;
			any = true;
			astate_join(&joined, &after);
		}
		astate_free(&in);
		astate_free(&out);
		astate_free(&after);
	}
	if (any)
		astate_copy(st, &joined);
	else
		st->reached = false;   /* no callee returns */
	astate_free(&joined);
	ret.addr = ret.addr && ret.addr[0] == 'G' ? ret.addr : NULL;
	astate_set(st, intern_printf(&c->paths, "R:%u", call->id), ret);
}

/* ---- calls of DDIs ---------------------------------------------------------- */

static irql_range read_where(flow_ctx *c, const astate *st, const fx_call *call, const rule_where *w)
{
	if (w->kind == RULE_WHERE_ARG && w->arg >= 0 && (uint32_t)w->arg < call->nargs)
		return flow_eval(c, st, &call->args[w->arg], NULL).saved;
	if (w->kind == RULE_WHERE_DEREF && w->arg >= 0 && (uint32_t)w->arg < call->nargs) {
		const char *p = pointee(c, st, &call->args[w->arg], w->field);
		return p ? astate_read(st, p).saved : IRQL_BOTTOM;
	}
	return IRQL_BOTTOM;
}

static const char *where_path(flow_ctx *c, const astate *st, const fx_call *call, const rule_where *w)
{
	if (w->kind == RULE_WHERE_RETURN)
		return intern_printf(&c->paths, "R:%u", call->id);
	if (w->kind == RULE_WHERE_DEREF && w->arg >= 0 && (uint32_t)w->arg < call->nargs)
		return pointee(c, st, &call->args[w->arg], w->field);
	return NULL;
}

static void apply_irql_effect(flow_ctx *c, astate *st, const fx_event *ev, const rule_irql_effect *e)
{
	const fx_call *call = &ev->u.call;
	irql_range before = st->irql;
	irql_range now = before;
	bool set = false;
	if (e->raise >= 0) {
		now = irql_exact((irql_level)e->raise);
		set = true;
	} else if (e->raise_to_arg >= 0 && (uint32_t)e->raise_to_arg < call->nargs) {
		const fx_val *a = &call->args[e->raise_to_arg];
		now = (a->kind == FX_VAL_INT && a->num >= 0 && a->num <= IRQL_MAX)
		      ? irql_exact((irql_level)a->num) : irql_make((irql_level)before.lo, IRQL_HIGH);
		set = true;
	} else if (e->restore.kind) {
		now = read_where(c, st, call, &e->restore);
		if (irql_is_bottom(now)) {
			/* nothing saved where it restores from: say so when that
			   object is one this path could have saved into */
			av src = av_other();
			const char *p = NULL;
			if (e->restore.kind == RULE_WHERE_ARG && e->restore.arg >= 0 &&
			    (uint32_t)e->restore.arg < call->nargs)
				src = flow_eval(c, st, &call->args[e->restore.arg], &p);
			else if (e->restore.kind == RULE_WHERE_DEREF && e->restore.arg >= 0 &&
				 (uint32_t)e->restore.arg < call->nargs) {
				p = pointee(c, st, &call->args[e->restore.arg], e->restore.field);
				src = p ? astate_read(st, p) : av_other();
			}
			if (src.special & AV_UNINIT) {
				flow_note n = { .kind = FLOW_RESTORE_UNSAVED, .fn = frame_fn(c), .ev = ev, .st = st,
						.path = p, .prior = src, .irql_in = frame_irql_in(c) };
				emit(c, &n);
			}
			now = c->entry_irql;   /* saved elsewhere: back to the entry's IRQL */
		}
		set = true;
	}
	if (set && !st->irql_unknown && !irql_is_bottom(now) && now.lo < frame_irql_in(c).lo) {
		flow_note n = { .kind = FLOW_LOWERED_BELOW_ENTRY, .fn = frame_fn(c), .ev = ev, .st = st,
				.irql_in = frame_irql_in(c), .irql_after = now };
		emit(c, &n);
	}
	if (e->save.kind) {
		const char *p = where_path(c, st, call, &e->save);
		if (p) {
			av v = astate_read(st, p);
			v.saved = before;
			v.special = AV_OTHER;
			v.wloc = ev->loc;
			astate_set(st, p, v);
		}
	}
	if (set) {
		st->irql_changed = true;
		st->irql = now;
		st->irql_loc = ev->loc;
		st->irql_by = call->callee_name;
		if (e->raise >= 0 || e->raise_to_arg >= 0)
			st->irql_unknown = false;
	}
}

static void apply_handle_effects(flow_ctx *c, astate *st, const fx_event *ev, const pg_func *fn)
{
	const fx_call *call = &ev->u.call;
	const char *name = call->callee_name;
	for (unsigned g = 0; g < c->nproducers; g++) {
		const rule_producer *pr;
		flow_producer(c, g, &pr);
		if (strcmp(pr->function, name) != 0 || pr->out < 0 || (uint32_t)pr->out >= call->nargs)
			continue;
		const char *target = pointee(c, st, &call->args[pr->out], NULL);
		if (!target)
			continue;
		const char *token = intern_printf(&c->paths, "%s#%u", fn->key, call->id);
		strmap_put(&c->token_producer, token, (void *)(uintptr_t)(g + 1));
		if (!strmap_has(&c->written, target))
			strmap_put(&c->written, target, (void *)(uintptr_t)(g + 1));
		av h = av_other();
		h.special = 0;
		h.hbits = AV_HBIT(g, HS_PENDING);
		h.token = token;
		h.hid = token;
		h.wloc = ev->loc;
		astate_kill_below(st, target);
		astate_set(st, target, h);
		av s = av_other();
		s.status_of = token;
		if (pr->status < 0)
			astate_set(st, intern_printf(&c->paths, "R:%u", call->id), s);
		else if ((uint32_t)pr->status < call->nargs) {
			const char *sp = pointee(c, st, &call->args[pr->status], NULL);
			if (sp)
				astate_set(st, sp, s);
		}
	}
	for (size_t h = 0; h < c->rs->nhandles; h++) {
		const rule_handle_kind *hk = &c->rs->handles[h];
		for (size_t d = 0; d < hk->ndestroyers; d++) {
			const rule_destroyer *de = &hk->destroyers[d];
			if (strcmp(de->function, name) != 0 || de->param < 0 || (uint32_t)de->param >= call->nargs)
				continue;
			const char *p = NULL;
			flow_eval(c, st, &call->args[de->param], &p);
			if (!p)
				continue;
			av v = astate_read(st, p);
			for (unsigned g = 0; g < c->nproducers; g++) {
				if (c->producers[g].handle != h)
					continue;
				uint64_t live = AV_HBIT(g, HS_PENDING) | AV_HBIT(g, HS_VALID);
				if (v.hbits & live) {
					v.hbits &= ~live;
					v.hbits |= AV_HBIT(g, HS_DESTROYED);
					v.destroyer = de->function;
					v.dloc = ev->loc;
				}
			}
			astate_add_dead(st, v.hid, de->function, ev->loc);
			astate_set(st, p, v);
		}
	}
}

static void apply_lock_effect(flow_ctx *c, astate *st, const fx_event *ev, const rule_irql_effect *e)
{
	const fx_call *call = &ev->u.call;
	const rule_where *w = e->acquire.kind ? &e->acquire : &e->release;
	if (w->arg < 0 || (uint32_t)w->arg >= call->nargs)
		return;
	const char *p = w->kind == RULE_WHERE_DEREF ? pointee(c, st, &call->args[w->arg], w->field) : NULL;
	if (!p)
		return;
	av v = astate_read(st, p);
	flow_note n = { .kind = e->acquire.kind ? FLOW_LOCK_ACQUIRE : FLOW_LOCK_RELEASE, .fn = frame_fn(c),
			.ev = ev, .st = st, .path = p, .prior = v, .irql_in = frame_irql_in(c) };
	emit(c, &n);
	if (e->acquire.kind) {
		v.lock = AV_LOCK_HELD;
		v.acq_mixed = false;
		v.acquirer = call->callee_name;
		v.lloc = ev->loc;
	} else {
		v.lock = AV_LOCK_FREE;
	}
	astate_set(st, p, v);
}

static void call_ddi(flow_ctx *c, astate *st, const pg_func *fn, const fx_event *ev)
{
	const fx_call *call = &ev->u.call;
	if (c->hooks && c->hooks->on_ddi_call) {
		c->frames[c->depth - 1].call_loc = ev->loc;
		c->hooks->on_ddi_call(c->hooks->ud, c, fn, ev, st);
	}
	astate_set(st, intern_printf(&c->paths, "R:%u", call->id), av_other());
	if (!call->callee_name)
		return;
	const rule_irql_effect *e = ruleset_effect(c->rs, call->callee_name);
	if (e && e->noreturn) {
		st->reached = false;
		return;
	}
	if (e && e->returns_irql) {
		av v = av_other();
		v.cur_irql = true;
		v.saved = st->irql;
		astate_set(st, intern_printf(&c->paths, "R:%u", call->id), v);
	}
	if (e && (e->acquire.kind || e->release.kind))
		apply_lock_effect(c, st, ev, e);
	if (e)
		apply_irql_effect(c, st, ev, e);
	apply_handle_effects(c, st, ev, fn);
}

/* ---- one function ------------------------------------------------------------ */

static void apply_event(flow_ctx *c, const pg_func *fn, astate *st, const fx_event *ev, av *ret, bool *has_ret)
{
	switch (ev->kind) {
	case FX_EV_ASSIGN:
		if (ev->u.assign.lhs)
			assign(c, st, ev->u.assign.lhs, &ev->u.assign.rhs, ev->loc);
		break;
	case FX_EV_RETURN: {
		av v = flow_eval(c, st, &ev->u.ret, NULL);
		*ret = *has_ret ? av_join(*ret, v) : v;
		*has_ret = true;
		break;
	}
	case FX_EV_CALL: {
		const fx_call *call = &ev->u.call;
		uint32_t nt = call->id < fn->ncalls ? fn->ntargets[call->id] : 0;
		if (nt)
			call_driver(c, st, ev, fn->targets[call->id], nt);
		else
			call_ddi(c, st, fn, ev);
		break;
	}
	}
}

static bool rel_holds(fx_cmp op, long long a, long long b)
{
	switch (op) {
	case FX_CMP_EQ: return a == b;
	case FX_CMP_NE: return a != b;
	case FX_CMP_LT: return a < b;
	case FX_CMP_LE: return a <= b;
	case FX_CMP_GT: return a > b;
	case FX_CMP_GE: return a >= b;
	}
	return true;
}

static fx_cmp negate(fx_cmp op)
{
	switch (op) {
	case FX_CMP_EQ: return FX_CMP_NE;
	case FX_CMP_NE: return FX_CMP_EQ;
	case FX_CMP_LT: return FX_CMP_GE;
	case FX_CMP_LE: return FX_CMP_GT;
	case FX_CMP_GT: return FX_CMP_LE;
	case FX_CMP_GE: return FX_CMP_LT;
	}
	return op;
}

static fx_cmp mirror(fx_cmp op)
{
	switch (op) {
	case FX_CMP_LT: return FX_CMP_GT;
	case FX_CMP_LE: return FX_CMP_GE;
	case FX_CMP_GT: return FX_CMP_LT;
	case FX_CMP_GE: return FX_CMP_LE;
	default: return op;
	}
}

/* Narrows the state on one edge of a branch.  Returns false when the edge
 * cannot be taken in this state.  A test of a handle-producing call's status
 * settles the handles that call wrote: valid on the success edge, failed on
 * the other. */
static bool refine(flow_ctx *c, astate *st, const fx_cond *cond, bool true_edge)
{
	if (!cond->known)
		return true;
	const fx_val *var = &cond->lhs, *cst = &cond->rhs;
	fx_cmp op = cond->op;
	if (var->kind == FX_VAL_INT && cst->kind != FX_VAL_INT) {
		const fx_val *t = var;
		var = cst;
		cst = t;
		op = mirror(op);
	}
	if ((var->kind != FX_VAL_PATH && var->kind != FX_VAL_BITAND) ||
	    !(cst->kind == FX_VAL_INT || cst->kind == FX_VAL_NULL))
		return true;
	if (!true_edge)
		op = negate(op);
	long long k = cst->kind == FX_VAL_INT ? cst->num : 0;
	av v = flow_eval(c, st, var, NULL);
	if (v.eq_level && !st->irql_changed && !st->irql_unknown) {
		/* the flag NDIS set for this call: non-zero exactly at that IRQL */
		int nz = -1;   /* does this edge mean the value is non-zero? */
		long long mask = var->kind == FX_VAL_BITAND ? var->num : 0;
		if (k == 0 && op == FX_CMP_NE)
			nz = 1;
		else if (k == 0 && op == FX_CMP_EQ)
			nz = 0;
		else if (mask && k == mask && op == FX_CMP_EQ)
			nz = 1;
		else if (mask && k == mask && op == FX_CMP_NE)
			nz = 0;
		if (nz >= 0) {
			irql_level lv = (irql_level)(v.eq_level - 1);
			irql_range allowed = IRQL_BOTTOM;
			for (int l = IRQL_PASSIVE; l <= IRQL_MAX; l++)
				if ((l == (int)lv) == (nz == 1))
					allowed = irql_join(allowed, irql_exact((irql_level)l));
			irql_range now = irql_meet(st->irql, allowed);
			if (irql_is_bottom(now))
				return false;
			st->irql = now;
			return true;
		}
	}
	/* a variable known to hold zero (BOOLEAN bFalse = FALSE) or a non-zero
	   constant decides a test against 0: the other edge is not taken */
	if (k == 0 && (op == FX_CMP_EQ || op == FX_CMP_NE) && !v.hbits && !v.addr && !v.status_of &&
	    !v.cur_irql && (v.special == AV_NULL || v.special == AV_NONZERO)) {
		bool zero = v.special == AV_NULL;
		return op == FX_CMP_EQ ? zero : !zero;
	}
	if (v.cur_irql && !st->irql_unknown) {
		/* a guard on the current IRQL narrows it on this edge */
		irql_range allowed = IRQL_BOTTOM;
		for (int l = IRQL_PASSIVE; l <= IRQL_MAX; l++)
			if (rel_holds(op, l, k))
				allowed = irql_join(allowed, irql_exact((irql_level)l));
		irql_range now = irql_meet(st->irql, allowed);
		if (irql_is_bottom(now))
			return false;
		st->irql = now;
		return true;
	}
	if (v.cur_irql && st->irql_unknown) {
		irql_range allowed = IRQL_BOTTOM;
		for (int l = IRQL_PASSIVE; l <= IRQL_MAX; l++)
			if (rel_holds(op, l, k))
				allowed = irql_join(allowed, irql_exact((irql_level)l));
		st->irql = irql_is_bottom(allowed) ? st->irql : allowed;
		st->irql_unknown = false;
		return !irql_is_bottom(allowed);
	}
	if (!v.status_of)
		return true;
	void *pv = strmap_get(&c->token_producer, v.status_of);
	if (!pv)
		return true;
	const rule_producer *pr = NULL;
	unsigned g = (unsigned)((uintptr_t)pv - 1);
	if (!flow_producer(c, g, &pr) || !pr)
		return true;
	long long ok = pr->success, bad = pr->success == 0 ? -1 : pr->success + 1;
	bool may_succeed = rel_holds(op, ok, k), may_fail = rel_holds(op, bad, k);
	if (!may_succeed && !may_fail)
		return true;   /* some other status value: no conclusion */
	if (may_succeed && may_fail)
		return true;
	unsigned to = may_succeed ? HS_VALID : HS_FAILED;
	for (size_t i = 0; i < st->n; i++) {
		av *s = &st->slots[i].v;
		if (s->token != v.status_of)
			continue;
		uint64_t pend = 0;
		for (unsigned q = 0; q < c->nproducers; q++)
			if (s->hbits & AV_HBIT(q, HS_PENDING)) {
				pend |= AV_HBIT(q, HS_PENDING);
				s->hbits |= AV_HBIT(q, to);
			}
		s->hbits &= ~pend;
		s->token = NULL;
	}
	return true;
}

/* ---- correlated branches ------------------------------------------------------
 * Locals tested against zero in two or more branches of a function are its
 * flags (at most FLOW_MAX_FLAGS).  The function is analysed as 1 << nflags
 * partitions; partition p assumes flag i non-zero iff bit i of p is set, so
 * that `if (f) A(); ... if (f) B();` pairs A with B instead of mixing the
 * paths at the merge in between. */

static bool flag_candidate(const fx_cond *cond)
{
	return cond->known && cond->lhs.kind == FX_VAL_PATH && cond->lhs.path &&
	       (cond->lhs.path[0] == 'L' || cond->lhs.path[0] == 'P') &&
	       fx_path_root_len(cond->lhs.path) == strlen(cond->lhs.path) &&
	       (cond->op == FX_CMP_EQ || cond->op == FX_CMP_NE) &&
	       ((cond->rhs.kind == FX_VAL_INT && cond->rhs.num == 0) || cond->rhs.kind == FX_VAL_NULL);
}

static unsigned find_flags(const fx_function *d, const char **flags)
{
	unsigned n = 0;
	for (uint32_t b = 0; b < d->nblocks && n < FLOW_MAX_FLAGS; b++) {
		const fx_cond *cb = &d->blocks[b].cond;
		if (d->blocks[b].nsucc != 2 || !flag_candidate(cb))
			continue;
		bool known = false;
		for (unsigned i = 0; i < n; i++)
			if (strcmp(flags[i], cb->lhs.path) == 0)
				known = true;
		if (known)
			continue;
		unsigned uses = 0;
		for (uint32_t o = 0; o < d->nblocks; o++)
			if (d->blocks[o].nsucc == 2 && flag_candidate(&d->blocks[o].cond) &&
			    strcmp(d->blocks[o].cond.lhs.path, cb->lhs.path) == 0)
				uses++;
		if (uses >= 2)
			flags[n++] = cb->lhs.path;
	}
	return n;
}

static int flag_tested(const fx_cond *cond, const char **flags, unsigned n)
{
	if (!flag_candidate(cond))
		return -1;
	for (unsigned i = 0; i < n; i++)
		if (strcmp(flags[i], cond->lhs.path) == 0)
			return (int)i;
	return -1;
}

static int flag_assigned(const fx_event *ev, const char **flags, unsigned n)
{
	if (ev->kind != FX_EV_ASSIGN || !ev->u.assign.lhs)
		return -1;
	for (unsigned i = 0; i < n; i++)
		if (strcmp(flags[i], ev->u.assign.lhs) == 0)
			return (int)i;
	return -1;
}

/* Keeps only the states in which the flag's current value agrees with nz. */
static void restrict_flag(flow_ctx *c, astate *s, const char *flag, bool nz)
{
	if (!s->reached)
		return;
	av v = astate_read(s, intern(&c->paths, flag));
	bool plain = !v.hbits && !v.addr && !v.status_of && !v.cur_irql;
	if (plain && v.special == AV_NULL && nz)
		s->reached = false;
	else if (plain && v.special == AV_NONZERO && !nz)
		s->reached = false;
	else if (v.eq_level && !s->irql_changed && !s->irql_unknown) {
		irql_range allowed = IRQL_BOTTOM;
		for (int l = IRQL_PASSIVE; l <= IRQL_MAX; l++)
			if ((l == v.eq_level - 1) == nz)
				allowed = irql_join(allowed, irql_exact((irql_level)l));
		s->irql = irql_meet(s->irql, allowed);
		if (irql_is_bottom(s->irql))
			s->reached = false;
	}
}

/* After flag i is written, the partitions' assumptions are about the new
 * value: pool each pair that differs only in bit i, then split by it. */
static void resplit(flow_ctx *c, astate *st, unsigned np, unsigned i, const char *flag)
{
	for (unsigned p = 0; p < np; p++) {
		if (p & (1u << i))
			continue;
		unsigned q = p | (1u << i);
		astate j;
		astate_init(&j);
		astate_copy(&j, &st[p]);
		astate_join(&j, &st[q]);
		astate_copy(&st[p], &j);
		astate_copy(&st[q], &j);
		restrict_flag(c, &st[p], flag, false);
		restrict_flag(c, &st[q], flag, true);
		astate_free(&j);
	}
}

static memo *memo_find(flow_ctx *c, uint32_t f, const astate *in, uint64_t h)
{
	memo_list *ml = &c->memos[f];
	for (size_t i = 0; i < ml->n; i++)
		if (ml->items[i].hash == h && astate_equal(&ml->items[i].in, in))
			return &ml->items[i];
	return NULL;
}

static void walk_function(flow_ctx *c, uint32_t f, const astate *in, astate *out, av *ret)
{
	const pg_func *fn = &c->p->funcs[f];
	const fx_function *d = fn->def;
	uint64_t h = astate_hash(in);
	*ret = av_other();
	memo *m = memo_find(c, f, in, h);
	if (m) {
		c->stats.memo_hits++;
		astate_copy(out, &m->out);
		*ret = m->ret;
		return;
	}
	if (c->on_stack[f] || c->depth >= FLOW_MAX_DEPTH || !d || !d->nblocks) {
		if (c->on_stack[f])
			c->stats.cut_recursion++;
		else if (c->depth >= FLOW_MAX_DEPTH)
			c->stats.cut_depth++;
		astate_copy(out, in);   /* assume the call changes nothing we track */
		return;
	}
	c->stats.walks++;
	c->on_stack[f] = true;
	VEC_GROW(c->frames, c->depth, c->capframes);
	c->frames[c->depth++] = (flow_frame){ fn, fn->loc, in->irql };

	uint32_t nb = d->nblocks;
	const char *flags[FLOW_MAX_FLAGS];
	unsigned nflags = find_flags(d, flags);
	unsigned np = 1u << nflags;
	astate *bin = xcalloc((size_t)nb * np, sizeof(astate));
	astate *st = xcalloc(np, sizeof(astate));
	bool *dirty = xcalloc(nb, sizeof(bool));
	for (size_t b = 0; b < (size_t)nb * np; b++)
		astate_init(&bin[b]);
	for (unsigned p = 0; p < np; p++) {
		astate_init(&st[p]);
		astate_copy(&bin[p], in);   /* block 0: every partition starts from the entry */
	}
	dirty[0] = true;
	astate acc;
	astate_init(&acc);
	av racc = av_other();
	bool has_ret = false;

	int rounds = 0;
	bool again = true;
	while (again) {
		again = false;
		if (++rounds > FLOW_MAX_ROUNDS) {
			c->stats.no_fixpoint++;
			break;
		}
		for (uint32_t b = 0; b < nb; b++) {
			if (!dirty[b])
				continue;
			dirty[b] = false;
			const fx_block *blk = &d->blocks[b];
			bool any = false;
			for (unsigned p = 0; p < np; p++) {
				astate_copy(&st[p], &bin[(size_t)b * np + p]);
				any |= st[p].reached;
			}
			if (!any)
				continue;
			for (uint32_t e = 0; e < blk->nevents; e++) {
				for (unsigned p = 0; p < np; p++)
					if (st[p].reached)
						apply_event(c, fn, &st[p], &blk->events[e], &racc, &has_ret);
				int fi = flag_assigned(&blk->events[e], flags, nflags);
				if (fi >= 0)
					resplit(c, st, np, (unsigned)fi, flags[fi]);
			}
			int tested = blk->nsucc == 2 ? flag_tested(&blk->cond, flags, nflags) : -1;
			for (unsigned p = 0; p < np; p++) {
				if (!st[p].reached)
					continue;
				if (blk->nsucc == 0) {
					astate_join(&acc, &st[p]);
					continue;
				}
				for (uint32_t k = 0; k < blk->nsucc; k++) {
					uint32_t s = blk->succ[k];
					if (s >= nb)
						continue;
					bool feasible;
					astate edge;
					astate_init(&edge);
					astate_copy(&edge, &st[p]);
					feasible = true;
					if (tested >= 0) {
						/* this partition knows the flag: one edge only */
						bool nz = (k == 0) == (blk->cond.op == FX_CMP_NE);
						feasible = nz == (((p >> tested) & 1u) != 0);
					}
					if (feasible && blk->nsucc == 2)
						feasible = refine(c, &edge, &blk->cond, k == 0);
					if (feasible && astate_join(&bin[(size_t)s * np + p], &edge)) {
						dirty[s] = true;
						if (s <= b)
							again = true;
					}
					astate_free(&edge);
				}
			}
		}
		for (uint32_t b = 0; b < nb && !again; b++)
			if (dirty[b])
				again = true;
	}

	if (acc.reached) {
		flow_note xn = { .kind = FLOW_FUNCTION_EXIT, .fn = fn, .st = &acc, .irql_in = in->irql,
				 .is_root = c->depth == 1 };
		emit(c, &xn);
	}
	/* locals and call results die with the frame */
	size_t keep = 0;
	for (size_t i = 0; i < acc.n; i++)
		if (acc.slots[i].path[0] == 'G' || acc.slots[i].path[0] == 'P')
			acc.slots[keep++] = acc.slots[i];
	acc.n = keep;
	astate_copy(out, &acc);
	*ret = has_ret ? racc : av_other();

	memo_list *ml = &c->memos[f];
	VEC_GROW(ml->items, ml->n, ml->cap);
	memo *nm = &ml->items[ml->n++];
	astate_init(&nm->in);
	astate_init(&nm->out);
	astate_copy(&nm->in, in);
	astate_copy(&nm->out, out);
	nm->ret = *ret;
	nm->hash = h;

	for (unsigned p = 0; p < np; p++)
		astate_free(&st[p]);
	free(st);
	astate_free(&acc);
	for (size_t b = 0; b < (size_t)nb * np; b++)
		astate_free(&bin[b]);
	free(bin);
	free(dirty);
	c->depth--;
	c->on_stack[f] = false;
}

bool flow_required_irql(const pg_func *f, irql_range *out)
{
	irql_range r = IRQL_ANY;
	bool any = false;
	for (size_t i = 0; i < f->nannots; i++) {
		const fx_annot *a = &f->annots[i];
		if (a->level < 0)
			continue;
		irql_range k;
		if (a->kind == FX_ANNOT_REQUIRES)
			k = irql_exact((irql_level)a->level);
		else if (a->kind == FX_ANNOT_REQUIRES_MAX)
			k = irql_make(IRQL_PASSIVE, (irql_level)a->level);
		else if (a->kind == FX_ANNOT_REQUIRES_MIN)
			k = irql_make((irql_level)a->level, IRQL_HIGH);
		else
			continue;
		r = irql_meet(r, k);
		any = true;
	}
	if (any && !irql_is_bottom(r))
		*out = r;
	return any && !irql_is_bottom(r);
}

static void walk_entry(flow_ctx *c, uint32_t i, const pg_entry *en, irql_range irql, bool known, bool globals_unknown,
		       fx_loc loc)
{
	astate in, out;
	av ret;
	astate_init(&in);
	astate_init(&out);
	in.reached = true;
	in.irql = known ? irql : IRQL_ANY;
	in.irql_unknown = !known;
	in.globals_unknown = globals_unknown;
	in.irql_loc = loc;
	for (size_t k = 0; en && k < c->rs->nflags; k++) {
		const rule_irql_flag *fl = &c->rs->flags[k];
		if (strcmp(fl->role, en->role) != 0)
			continue;
		av v = av_other();
		v.flag_level = (uint8_t)(fl->level + 1);
		v.flag_mask = (uint32_t)fl->mask;
		astate_set(&in, intern_printf(&c->paths, "P:%d", fl->param), v);
	}
	c->entry = en;
	c->entry_irql = in.irql;
	c->stats.entries++;
	walk_function(c, i, &in, &out, &ret);
	astate_free(&in);
	astate_free(&out);
}

void flow_run(flow_ctx *c, const flow_hooks *hooks)
{
	c->hooks = hooks;
	for (size_t i = 0; i < c->p->nfuncs; i++) {
		const pg_func *fn = &c->p->funcs[i];
		if (!fn->def)
			continue;
		for (size_t e = 0; e < fn->nentries; e++) {
			const pg_entry *en = &fn->entries[e];
			irql_range r = en->irql;
			bool known = en->irql_known;
			const rule_role *rr = known ? NULL : ruleset_role(c->rs, en->role);
			if (rr) {   /* a role whose level the pages state only in prose */
				r = rr->irql;
				known = true;
			}
			if (!known)   /* a role nobody places: the function's own annotations */
				known = flow_required_irql(fn, &r);
			walk_entry(c, (uint32_t)i, en, r, known, strcmp(en->role, "DRIVER_INITIALIZE") != 0, en->loc);
		}
	}
	/* annotated functions no entry point reaches are checked at their annotation */
	for (size_t i = 0; i < c->p->nfuncs; i++) {
		const pg_func *fn = &c->p->funcs[i];
		irql_range r;
		if (!fn->def || fn->nentries || c->memos[i].n || !flow_required_irql(fn, &r))
			continue;
		walk_entry(c, (uint32_t)i, NULL, r, true, true, fn->loc);
	}
	c->entry = NULL;
	c->hooks = NULL;
}
