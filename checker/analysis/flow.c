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
	for (size_t e = 0; e < rs->neffects; e++) {
		const rule_irql_effect *x = &rs->effects[e];
		const rule_where *w[] = { &x->save, &x->restore, &x->acquire, &x->release, &x->try_acquire };
		for (size_t k = 0; k < sizeof(w) / sizeof(w[0]); k++)
			if (w[k]->field)
				strmap_put(&c->effect_fields, intern(&c->paths, w[k]->field), (void *)1);
	}
	return c;
}

void flow_free(flow_ctx *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->p->nfuncs; i++) {
		for (size_t j = 0; j < c->memos[i].n; j++) {
			astate_free(&c->memos[i].items[j].in);
			aset_free(&c->memos[i].items[j].out);
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
	strmap_free(&c->effect_fields);
	fl_xobjs_free(c);
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

static void walk_function(flow_ctx *c, uint32_t f, const astate *in, aset *out, av *ret);

/* A state after a call of the driver's own function, with a digest of
 * what the call changed in it (equal digests: the same way out of the
 * callee, reached from different states of the caller). */
typedef struct way {
	astate st;
	uint64_t did;
} way;

typedef struct way_list {
	size_t n, cap;
	way *items;
} way_list;

/* A call of the driver's own function(s): each way out of each target is
 * a state of its own in `ways`, so that what the callee knows on one path
 * only stays tied to that path in the caller. */
static void call_driver(flow_ctx *c, const astate *st, const fx_event *ev, const uint32_t *targets,
			uint32_t ntargets, way_list *ways)
{
	const fx_call *call = &ev->u.call;
	av ret = av_other();
	bool any = false;
	size_t first = ways->n;
	for (uint32_t t = 0; t < ntargets; t++) {
		astate in;
		aset out;
		av r;
		flow_note dn = { .kind = FLOW_DRIVER_CALL, .fn = fl_frame_fn(c), .ev = ev, .st = st,
				 .irql_in = fl_frame_irql_in(c), .callee = &c->p->funcs[targets[t]] };
		fl_emit(c, &dn);
		fl_state_in(c, st, call, &c->p->funcs[targets[t]], &in);
		aset_init(&out);
		c->frames[c->depth - 1].call_loc = ev->loc;
		walk_function(c, targets[t], &in, &out, &r);
		for (size_t k = 0; k < out.n; k++) {
			way w = { .did = 0 };
			astate_init(&w.st);
			astate_copy(&w.st, st);
			fl_state_out(c, &w.st, call, &c->p->funcs[targets[t]], &out.s[k]);
			VEC_PUSH(ways->items, ways->n, ways->cap, w);
		}
		if (out.n) {
			ret = any ? av_join(ret, r) : r;
			any = true;
		}
		astate_free(&in);
		aset_free(&out);
	}
	if (fl_is_xpath(ret.addr))
		ret.addr = fl_xobj_out(c, ret.addr, call, st);
	else if (ret.addr && ret.addr[0] != 'G')
		ret.addr = NULL;
	ret.from = NULL;
	const char *rp = intern_printf(&c->paths, "R:%u", call->id);
	for (size_t k = first; k < ways->n; k++) {
		/* the result is joined over every way out: it tells none apart */
		ways->items[k].did = astate_delta_hash(st, &ways->items[k].st, rp);
		astate_set(&ways->items[k].st, rp, ret);
	}
}

/* Adds the states after a call to `next`.  When they are more than a set
 * keeps apart, the states that took the same way out of the callee are
 * joined first: what the caller's earlier paths told apart is given up
 * before what the callee just told apart, which the code after a call
 * usually tests (a helper that reset a list, or found it empty).  The
 * caller's flags stay apart anyway: they partition the function. */
static void take_ways(aset *next, way_list *ways)
{
	if (next->n + ways->n > ASET_MAX) {
		for (size_t i = 0; i < ways->n; i++) {
			if (!ways->items[i].st.reached)
				continue;
			for (size_t j = i + 1; j < ways->n; j++)
				if (ways->items[j].st.reached && ways->items[j].did == ways->items[i].did) {
					astate_join(&ways->items[i].st, &ways->items[j].st);
					astate_free(&ways->items[j].st);
					ways->items[j].st.reached = false;
				}
		}
	}
	for (size_t i = 0; i < ways->n; i++)
		aset_take(next, &ways->items[i].st);
	free(ways->items);
	memset(ways, 0, sizeof(*ways));
}

/* Applies one event to st.  A call of the driver's own function ends st:
 * its states after the call go to `ways`. */
static void apply_event(flow_ctx *c, const pg_func *fn, astate *st, const fx_event *ev, av *ret, bool *has_ret,
			way_list *ways)
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
		fl_forget_reads(c, st, call);
		if (!nt) {
			fl_call_ddi(c, st, fn, ev);
			break;
		}
		call_driver(c, st, ev, fn->targets[call->id], nt, ways);
		st->reached = false;   /* replaced by its ways out (none: no callee returns) */
		break;
	}
	}
}

/* Applies one event to every state of a set; the set is rebuilt only when
 * a state ended or a call split one. */
static void apply_event_set(flow_ctx *c, const pg_func *fn, aset *cur, const fx_event *ev, av *ret, bool *has_ret)
{
	way_list ways = { 0 };
	bool dropped = false;
	for (size_t i = 0; i < cur->n; i++) {
		apply_event(c, fn, &cur->s[i], ev, ret, has_ret, &ways);
		dropped |= !cur->s[i].reached;
	}
	if (ways.n || dropped) {
		aset next;
		aset_init(&next);
		for (size_t i = 0; i < cur->n; i++)
			aset_take(&next, &cur->s[i]);
		take_ways(&next, &ways);
		cur->n = 0;
		aset_free(cur);
		*cur = next;
	}
}

/* After flag i is written, the partitions' assumptions are about the new
 * value: pool the states of each pair that differs only in bit i, then
 * give each partition the states that agree with its bit. */
static void resplit(flow_ctx *c, aset *cur, unsigned np, unsigned i, const char *flag)
{
	for (unsigned p = 0; p < np; p++) {
		if (p & (1u << i))
			continue;
		unsigned q = p | (1u << i);
		aset pool;
		aset_init(&pool);
		for (size_t k = 0; k < cur[p].n; k++)
			aset_add(&pool, &cur[p].s[k]);
		for (size_t k = 0; k < cur[q].n; k++)
			aset_add(&pool, &cur[q].s[k]);
		aset_clear(&cur[p]);
		aset_clear(&cur[q]);
		for (size_t k = 0; k < pool.n; k++) {
			astate t;
			astate_init(&t);
			astate_copy(&t, &pool.s[k]);
			fl_restrict_flag(c, &t, flag, false);
			aset_take(&cur[p], &t);
			astate_init(&t);
			astate_copy(&t, &pool.s[k]);
			fl_restrict_flag(c, &t, flag, true);
			aset_take(&cur[q], &t);
		}
		aset_free(&pool);
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

/* Only the parameters' objects, the globals and the objects named by a
 * call outlive the frame (the caller keeps those it can name). */
static void drop_frame(astate *s)
{
	size_t keep = 0;
	for (size_t i = 0; i < s->n; i++)
		if (s->slots[i].path[0] == 'G' || s->slots[i].path[0] == 'P' || s->slots[i].path[0] == 'X')
			s->slots[keep++] = s->slots[i];
	s->n = keep;
}

static void walk_function(flow_ctx *c, uint32_t f, const astate *in, aset *out, av *ret)
{
	const pg_func *fn = &c->p->funcs[f];
	const fx_function *d = fn->def;
	uint64_t h = astate_hash(in);
	*ret = av_other();
	aset_clear(out);
	memo *m = memo_find(c, f, in, h);
	if (m) {
		c->stats.memo_hits++;
		aset_copy(out, &m->out);
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
		aset_add(out, in);   /* assume the call changes nothing we track */
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
	aset *bin = xcalloc((size_t)nb * np, sizeof(aset));
	aset *cur = xcalloc(np, sizeof(aset));
	bool *dirty = xcalloc(nb, sizeof(bool));
	for (unsigned p = 0; p < np; p++)
		aset_add(&bin[p], in);   /* block 0: every partition starts from the entry */
	dirty[0] = true;
	aset acc;
	aset_init(&acc);
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
				aset_copy(&cur[p], &bin[(size_t)b * np + p]);
				any |= cur[p].n > 0;
			}
			if (!any)
				continue;
			for (uint32_t e = 0; e < blk->nevents; e++) {
				for (unsigned p = 0; p < np; p++)
					apply_event_set(c, fn, &cur[p], &blk->events[e], &racc, &has_ret);
				int fi = fl_flag_assigned(&blk->events[e], flags, nflags);
				if (fi >= 0)
					resplit(c, cur, np, (unsigned)fi, flags[fi]);
			}
			int tested = blk->nsucc == 2 ? fl_flag_tested(&blk->cond, flags, nflags) : -1;
			for (unsigned p = 0; p < np; p++) {
				for (size_t k = 0; k < cur[p].n; k++) {
					astate *sp = &cur[p].s[k];
					if (blk->nsucc == 0) {
						/* each way out is checked on its own: joining first
						   would hide a path that returns with the IRQL raised */
						flow_note xn = { .kind = FLOW_FUNCTION_EXIT, .fn = fn, .st = sp,
								 .irql_in = in->irql, .is_root = c->depth == 1,
								 .exit_loc = blk->nevents ? blk->events[blk->nevents - 1].loc
											  : blk->loc };
						fl_emit(c, &xn);
						astate t;
						astate_init(&t);
						astate_copy(&t, sp);
						drop_frame(&t);
						aset_take(&acc, &t);
						continue;
					}
					for (uint32_t q = 0; q < blk->nsucc; q++) {
						uint32_t s = blk->succ[q];
						if (s >= nb)
							continue;
						bool feasible = true;
						if (tested >= 0) {
							/* this partition knows the flag: one edge only */
							bool nz = fl_flag_edge_nonzero(&blk->cond, q == 0);
							feasible = nz == (((p >> tested) & 1u) != 0);
						}
						if (!feasible)
							continue;
						astate edge;
						astate_init(&edge);
						astate_copy(&edge, sp);
						if (blk->nsucc == 2)
							feasible = fl_refine(c, &edge, &blk->cond, q == 0);
						if (feasible && aset_take(&bin[(size_t)s * np + p], &edge)) {
							dirty[s] = true;
							if (s <= b)
								again = true;
						}
						astate_free(&edge);
					}
				}
			}
		}
		for (uint32_t b = 0; b < nb && !again; b++)
			if (dirty[b])
				again = true;
	}

	aset_copy(out, &acc);
	*ret = has_ret ? racc : av_other();

	memo_list *ml = &c->memos[f];
	VEC_GROW(ml->items, ml->n, ml->cap);
	memo *nm = &ml->items[ml->n++];
	astate_init(&nm->in);
	aset_init(&nm->out);
	astate_copy(&nm->in, in);
	aset_copy(&nm->out, out);
	nm->ret = *ret;
	nm->hash = h;

	for (unsigned p = 0; p < np; p++)
		aset_free(&cur[p]);
	free(cur);
	aset_free(&acc);
	for (size_t b = 0; b < (size_t)nb * np; b++)
		aset_free(&bin[b]);
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
	astate in;
	aset out;
	av ret;
	astate_init(&in);
	aset_init(&out);
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
	aset_free(&out);
	/* the calls recursion or depth cut, each in the state it was made in;
	   the memo keeps a state from being analysed twice, so this ends */
	for (size_t k = 0; k < c->npending && k < FLOW_MAX_PENDING; k++) {
		flow_pending pd = c->pending[k];
		aset o2;
		aset_init(&o2);
		walk_function(c, pd.f, &pd.in, &o2, &ret);
		aset_free(&o2);
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
