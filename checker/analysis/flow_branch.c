/* Branches in the flow analysis: what a condition tells on each edge
 * (status of a handle producer, IRQL guards, constant and NDIS flags), and
 * the flags whose correlated tests partition a function. */
#include "analysis/flow_int.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* A value that is only a number: no handle, address, status, IRQL, flag. */
static bool plain(av v)
{
	return !v.hbits && !v.addr && !v.status_of && !v.cur_irql && !v.try_lock && !v.eq_level &&
	       !v.flag_level;
}

static bool plain_zero(av v)
{
	return plain(v) && v.special == AV_NULL;
}

/* The hull of the levels l for which `l op k` holds. */
static irql_range levels_rel(fx_cmp op, long long k)
{
	irql_range r = IRQL_BOTTOM;
	for (int l = IRQL_PASSIVE; l <= IRQL_MAX; l++)
		if (rel_holds(op, l, k))
			r = irql_join(r, irql_exact((irql_level)l));
	return r;
}

/* Narrows the IRQL to `allowed`; false when nothing is left (the edge
 * cannot be taken). */
static bool narrow(astate *st, irql_range allowed)
{
	irql_range now = irql_meet(st->irql, allowed);
	if (irql_is_bottom(now))
		return false;
	st->irql = now;
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
bool fl_refine(flow_ctx *c, astate *st, const fx_cond *cond, bool true_edge)
{
	if (!cond->known)
		return true;
	const fx_val *var = &cond->lhs, *cst = &cond->rhs;
	fx_cmp op = cond->op;
	fx_val zero = { .kind = FX_VAL_INT, .num = 0 };
	if (var->kind == FX_VAL_PATH && cst->kind == FX_VAL_PATH) {
		/* a variable known to be zero on one side (a counter before its
		   loop's first test) makes it a test of the other against 0 */
		if (plain_zero(flow_eval(c, st, cst, NULL)))
			cst = &zero;
		else if (plain_zero(flow_eval(c, st, var, NULL))) {
			var = cst;
			cst = &zero;
			op = mirror(op);
		}
	}
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
		else if (k == 1 && op == FX_CMP_EQ && !mask)   /* Flag == TRUE */
			nz = 1;
		else if (k == 1 && op == FX_CMP_NE && !mask)
			nz = 0;
		else if (mask && k == mask && op == FX_CMP_EQ)
			nz = 1;
		else if (mask && k == mask && op == FX_CMP_NE)
			nz = 0;
		if (nz >= 0)
			return narrow(st, levels_rel(nz ? FX_CMP_EQ : FX_CMP_NE, v.eq_level - 1));
	}
	/* a variable known to hold zero (BOOLEAN bFalse = FALSE, a count a
	   loop found zero) decides any comparison with a constant, a non-zero
	   one a test against 0: the other edge is not taken */
	if (plain_zero(v) && (!cond->is_unsigned || k >= 0))
		return rel_holds(op, 0, k);
	if (plain(v) && v.special == AV_NONZERO) {
		if (k == 0 && (op == FX_CMP_EQ || op == FX_CMP_NE))
			return op == FX_CMP_NE;
		if (cond->is_unsigned && k == 0 && (op == FX_CMP_GT || op == FX_CMP_LE))
			return op == FX_CMP_GT;
	}
	if (var->kind == FX_VAL_PATH && plain(v) && !(v.special & AV_UNINIT) && (!cond->is_unsigned || k >= 0)) {
		/* what this edge says of the variable: zero (x == 0, or x < 1
		   unsigned), or non-zero (0 does not pass the test: x >= 4) */
		const char *vp = NULL;
		flow_eval(c, st, var, &vp);
		bool is_zero = (op == FX_CMP_EQ && k == 0) ||
			       (cond->is_unsigned && ((op == FX_CMP_LE && k == 0) || (op == FX_CMP_LT && k == 1)));
		bool nonzero = !rel_holds(op, 0, k);
		if (vp && (is_zero || nonzero)) {
			v.special = is_zero ? AV_NULL : AV_NONZERO;
			fl_store(c, st, vp, v, false);
		}
		return true;
	}
	if (v.cur_irql) {
		/* a guard on the current IRQL narrows it on this edge (and makes an
		   unknown IRQL known) */
		irql_range allowed = levels_rel(op, k);
		if (!st->irql_unknown)
			return narrow(st, allowed);
		if (irql_is_bottom(allowed))
			return false;
		st->irql = allowed;
		st->irql_unknown = false;
		return true;
	}
	if (v.try_lock && (k == 0 || k == 1) && (op == FX_CMP_EQ || op == FX_CMP_NE)) {
		bool nz = (k == 0) == (op == FX_CMP_NE);
		av l = astate_read(st, v.try_lock);
		l.lock = nz ? AV_LOCK_HELD : AV_LOCK_FREE;
		if (nz) {
			l.acquirer = v.try_by;
			l.acq_mixed = false;
		}
		astate_set(st, v.try_lock, l);
		return true;
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
	       ((cond->rhs.kind == FX_VAL_INT && (cond->rhs.num == 0 || cond->rhs.num == 1)) ||
		cond->rhs.kind == FX_VAL_NULL);
}

/* Does the edge taken when the condition holds mean the flag is non-zero? */
bool fl_flag_edge_nonzero(const fx_cond *cond, bool true_edge)
{
	bool against_true = cond->rhs.kind == FX_VAL_INT && cond->rhs.num == 1;
	bool eq = cond->op == FX_CMP_EQ;
	/* f != 0 and f == TRUE hold when f is non-zero */
	bool holds_means_nz = against_true ? eq : !eq;
	return true_edge ? holds_means_nz : !holds_means_nz;
}

static bool assigned_constant(const fx_function *d, const char *path)
{
	for (uint32_t b = 0; b < d->nblocks; b++)
		for (uint32_t e = 0; e < d->blocks[b].nevents; e++) {
			const fx_event *ev = &d->blocks[b].events[e];
			if (ev->kind == FX_EV_ASSIGN && ev->u.assign.lhs && strcmp(ev->u.assign.lhs, path) == 0 &&
			    ev->u.assign.rhs.kind == FX_VAL_INT)
				return true;
		}
	return false;
}

unsigned fl_find_flags(const fx_function *d, const char **flags)
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
		/* tested twice, or tested once and set to constants (a "lock taken"
		   flag: TRUE after the acquire, FALSE on the paths that skip it) */
		if (uses >= 2 || assigned_constant(d, cb->lhs.path))
			flags[n++] = cb->lhs.path;
	}
	return n;
}

int fl_flag_tested(const fx_cond *cond, const char **flags, unsigned n)
{
	if (!flag_candidate(cond))
		return -1;
	for (unsigned i = 0; i < n; i++)
		if (strcmp(flags[i], cond->lhs.path) == 0)
			return (int)i;
	return -1;
}

int fl_flag_assigned(const fx_event *ev, const char **flags, unsigned n)
{
	if (ev->kind != FX_EV_ASSIGN || !ev->u.assign.lhs)
		return -1;
	for (unsigned i = 0; i < n; i++)
		if (strcmp(flags[i], ev->u.assign.lhs) == 0)
			return (int)i;
	return -1;
}

/* Keeps only the states in which the flag's current value agrees with nz. */
void fl_restrict_flag(flow_ctx *c, astate *s, const char *flag, bool nz)
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
		s->reached = narrow(s, levels_rel(nz ? FX_CMP_EQ : FX_CMP_NE, v.eq_level - 1));
	}
}
