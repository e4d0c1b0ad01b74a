/* What a call of a DDI does to the state: the IRQL effects, spin locks
 * and handles of the curated tables (rules/ tables). */
#include "analysis/flow_int.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- calls of DDIs ---------------------------------------------------------- */

/* What a restore reads: the value of argument N (KeLowerIrql(Old)) or the
 * object it points to (NdisReleaseSpinLock(&L): L.OldIrql); *path receives
 * that object's path when there is one. */
static av restore_source(flow_ctx *c, const astate *st, const fx_call *call, const rule_where *w, const char **path)
{
	*path = NULL;
	if (w->arg < 0 || (uint32_t)w->arg >= call->nargs)
		return av_other();
	if (w->kind == RULE_WHERE_ARG)
		return flow_eval(c, st, &call->args[w->arg], path);
	if (w->kind == RULE_WHERE_DEREF) {
		*path = fl_pointee(c, st, &call->args[w->arg], w->field);
		return *path ? astate_read(st, *path) : av_other();
	}
	return av_other();
}

static const char *where_path(flow_ctx *c, const astate *st, const fx_call *call, const rule_where *w)
{
	if (w->kind == RULE_WHERE_RETURN)
		return intern_printf(&c->paths, "R:%u", call->id);
	if (w->kind == RULE_WHERE_DEREF && w->arg >= 0 && (uint32_t)w->arg < call->nargs)
		return fl_pointee(c, st, &call->args[w->arg], w->field);
	return NULL;
}

static void apply_irql_effect(flow_ctx *c, astate *st, const fx_event *ev, const rule_irql_effect *e)
{
	const fx_call *call = &ev->u.call;
	irql_range before = st->irql;
	irql_range now = before;
	bool set = false, back_at_entry = false;
	if (e->raise >= 0) {
		now = irql_exact((irql_level)e->raise);
		set = true;
	} else if (e->raise_to_arg >= 0 && (uint32_t)e->raise_to_arg < call->nargs) {
		const fx_val *a = &call->args[e->raise_to_arg];
		int named = a->kind == FX_VAL_INT && a->path ? irql_parse_level(a->path) : -1;
		if (named >= 0)
			now = irql_exact((irql_level)named);
		else if (a->kind == FX_VAL_INT && a->num >= 0 && a->num <= IRQL_MAX)
			now = irql_exact((irql_level)a->num);
		else
			now = irql_make((irql_level)before.lo, IRQL_HIGH);
		set = true;
	} else if (e->restore.kind) {
		/* where it restores from: the level, and whether a path saved none */
		const char *p = NULL;
		av src = restore_source(c, st, call, &e->restore, &p);
		now = src.saved;
		if (src.special & AV_UNINIT) {
			flow_note n = { .kind = FLOW_RESTORE_UNSAVED, .fn = fl_frame_fn(c), .ev = ev, .st = st,
					.path = p, .prior = src, .irql_in = fl_frame_irql_in(c),
					.is_root = c->depth == 1 };
			fl_emit(c, &n);
		}
		/* the level saved before anything changed it: back at the entry IRQL,
		   where flags tied to that IRQL hold again */
		back_at_entry = src.saved_at_entry && !(src.special & AV_UNINIT) && !irql_is_bottom(src.saved);
		if (irql_is_bottom(now))
			now = c->entry_irql;   /* saved elsewhere: back to the entry's IRQL */
		if (irql_equal(now, IRQL_ANY))
			st->irql_unknown = true;   /* what was saved was itself unknown */
		set = true;
	}
	if (set && !st->irql_unknown && !irql_is_bottom(now) && now.lo < fl_frame_irql_in(c).lo) {
		flow_note n = { .kind = FLOW_LOWERED_BELOW_ENTRY, .fn = fl_frame_fn(c), .ev = ev, .st = st,
				.irql_in = fl_frame_irql_in(c), .irql_after = now, .is_root = c->depth == 1 };
		fl_emit(c, &n);
	}
	if (e->save.kind) {
		const char *p = where_path(c, st, call, &e->save);
		if (p) {
			av v = astate_read(st, p);
			v.saved = before;
			v.saved_at_entry = !st->irql_changed;
			v.special = AV_OTHER;
			v.wloc = ev->loc;
			astate_set(st, p, v);
		}
	}
	if (set) {
		/* setting the exact level the function is known to be at (a release
		   to DISPATCH_LEVEL where NDIS's flag said DISPATCH_LEVEL) changes
		   nothing */
		bool same = !st->irql_changed && !st->irql_unknown && before.lo == before.hi && irql_equal(before, now);
		st->irql_changed = !back_at_entry && !same;
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
		const char *target = fl_pointee(c, st, &call->args[pr->out], NULL);
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
			const char *sp = fl_pointee(c, st, &call->args[pr->status], NULL);
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
	const char *p = w->kind == RULE_WHERE_DEREF ? fl_pointee(c, st, &call->args[w->arg], w->field) : NULL;
	if (!p)
		return;
	av v = astate_read(st, p);
	flow_note n = { .kind = e->acquire.kind ? FLOW_LOCK_ACQUIRE : FLOW_LOCK_RELEASE, .fn = fl_frame_fn(c),
			.ev = ev, .st = st, .path = p, .prior = v, .irql_in = fl_frame_irql_in(c) };
	fl_emit(c, &n);
	if (e->acquire.kind && v.lock == AV_LOCK_HELD) {
		/* a second acquisition of a held spin lock spins for ever */
		st->reached = false;
		return;
	}
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

void fl_call_ddi(flow_ctx *c, astate *st, const pg_func *fn, const fx_event *ev)
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
	if (e && e->same_result) {
		av r = av_other();
		r.addr = fl_xobj_name(c, st, call);
		astate_set(st, intern_printf(&c->paths, "R:%u", call->id), r);
	}
	if (e && (e->acquire.kind || e->release.kind))
		apply_lock_effect(c, st, ev, e);
	if (e && e->try_acquire.kind == RULE_WHERE_DEREF && e->try_acquire.arg >= 0 &&
	    (uint32_t)e->try_acquire.arg < call->nargs) {
		/* which lock the result speaks for; a test of it settles the lock */
		av r = av_other();
		r.try_lock = fl_pointee(c, st, &call->args[e->try_acquire.arg], e->try_acquire.field);
		r.try_by = call->callee_name;
		astate_set(st, intern_printf(&c->paths, "R:%u", call->id), r);
	}
	if (e)
		apply_irql_effect(c, st, ev, e);
	apply_handle_effects(c, st, ev, fn);
}
