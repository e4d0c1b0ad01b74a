/* The flow analysis proper: the context, the walk from every entry point,
 * the fixpoint over one function's blocks (in partitions, see flow_branch.c)
 * and calls into the driver's own functions, memoised per entry state. */
#include "analysis/flow_int.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	for (size_t k = 0; k < c->npending; k++)
		astate_free(&c->pending[k].in);
	free(c->pending);
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

const pg_func *flow_entry_fn(const flow_ctx *c)
{
	return c->entry_fn;
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

void fl_emit(flow_ctx *c, flow_note *n)
{
	if (c->hooks && c->hooks->on_note) {
		if (n->ev && c->depth)
			c->frames[c->depth - 1].call_loc = n->ev->loc;
		c->hooks->on_note(c->hooks->ud, c, n);
	}
}

irql_range fl_frame_irql_in(const flow_ctx *c)
{
	return c->depth ? c->frames[c->depth - 1].irql_in : c->entry_irql;
}

const pg_func *fl_frame_fn(const flow_ctx *c)
{
	return c->depth ? c->frames[c->depth - 1].fn : NULL;
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
		flow_note dn = { .kind = FLOW_DRIVER_CALL, .fn = fl_frame_fn(c), .ev = ev, .st = st,
				 .irql_in = fl_frame_irql_in(c), .callee = &c->p->funcs[targets[t]] };
		fl_emit(c, &dn);
		fl_state_in(c, st, call, &c->p->funcs[targets[t]], &in);
		astate_init(&out);
		c->frames[c->depth - 1].call_loc = ev->loc;
		walk_function(c, targets[t], &in, &out, &r);
		astate_init(&after);
		astate_copy(&after, st);
		if (out.reached) {
			fl_state_out(c, &after, call, &c->p->funcs[targets[t]], &out);
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

static void apply_event(flow_ctx *c, const pg_func *fn, astate *st, const fx_event *ev, av *ret, bool *has_ret)
{
	switch (ev->kind) {
	case FX_EV_ASSIGN:
		if (ev->u.assign.lhs)
			fl_assign(c, st, ev->u.assign.lhs, &ev->u.assign.rhs, ev->loc);
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
			fl_call_ddi(c, st, fn, ev);
		break;
	}
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
		if (d && d->nblocks) {
			/* not followed now: analysed later in this state (flow_run) */
			VEC_GROW(c->pending, c->npending, c->cappending);
			flow_pending *pd = &c->pending[c->npending++];
			pd->f = f;
			astate_init(&pd->in);
			astate_copy(&pd->in, in);
		}
		astate_copy(out, in);   /* assume the call changes nothing we track */
		return;
	}
	c->stats.walks++;
	c->on_stack[f] = true;
	VEC_GROW(c->frames, c->depth, c->capframes);
	c->frames[c->depth++] = (flow_frame){ fn, fn->loc, in->irql };

	uint32_t nb = d->nblocks;
	const char *flags[FLOW_MAX_FLAGS];
	unsigned nflags = fl_find_flags(d, flags);
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
				int fi = fl_flag_assigned(&blk->events[e], flags, nflags);
				if (fi >= 0)
					fl_resplit(c, st, np, (unsigned)fi, flags[fi]);
			}
			int tested = blk->nsucc == 2 ? fl_flag_tested(&blk->cond, flags, nflags) : -1;
			for (unsigned p = 0; p < np; p++) {
				if (!st[p].reached)
					continue;
				if (blk->nsucc == 0) {
					/* each way out is checked on its own: joining first would
					   hide a path that returns with the IRQL raised */
					flow_note xn = { .kind = FLOW_FUNCTION_EXIT, .fn = fn, .st = &st[p],
							 .irql_in = in->irql, .is_root = c->depth == 1,
							 .exit_loc = blk->nevents ? blk->events[blk->nevents - 1].loc
										  : blk->loc };
					fl_emit(c, &xn);
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
						bool nz = fl_flag_edge_nonzero(&blk->cond, k == 0);
						feasible = nz == (((p >> tested) & 1u) != 0);
					}
					if (feasible && blk->nsucc == 2)
						feasible = fl_refine(c, &edge, &blk->cond, k == 0);
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
	c->entry_fn = &c->p->funcs[i];
	c->entry_irql = in.irql;
	c->stats.entries++;
	walk_function(c, i, &in, &out, &ret);
	astate_free(&in);
	astate_free(&out);
	/* the calls recursion or depth cut, each in the state it was made in;
	   the memo keeps a state from being analysed twice, so this ends */
	for (size_t k = 0; k < c->npending && k < FLOW_MAX_PENDING; k++) {
		flow_pending pd = c->pending[k];
		astate o2;
		astate_init(&o2);
		walk_function(c, pd.f, &pd.in, &o2, &ret);
		astate_free(&o2);
	}
	for (size_t k = 0; k < c->npending; k++)
		astate_free(&c->pending[k].in);
	c->npending = 0;
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
			if (rr && rr->has_irql) {   /* a role whose level the pages state only in prose */
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
