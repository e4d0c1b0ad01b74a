/* program_narrow_passive: callbacks whose level depends on their object's
 * configuration (KMDF's ExecutionLevel).  A queue's or timer's callbacks
 * run at PASSIVE_LEVEL when the attributes given to the call that creates
 * the object say so, or when the device or driver it inherits from was
 * created with such attributes.  Only what one function does with its own
 * locals is followed: attributes filled in a helper or through a pointer
 * leave the callback at its role's default level (more findings, never
 * fewer).  An object's cleanup callback runs at PASSIVE_LEVEL when the
 * object is of a kind whose cleanup the framework defers to PASSIVE_LEVEL:
 * the attributes carrying the callback go to that kind's creating call. */
#include "link/program.h"
#include "link/link_int.h"

#include <string.h>

/* Does `fn` assign `obj`.`field` = `value`?  Its location in *where. */
static bool sets_field(const fx_function *fn, const char *obj, const pg_passive_rule *r, fx_loc *where)
{
	size_t olen = strlen(obj), flen = strlen(r->field);
	for (uint32_t b = 0; b < fn->nblocks; b++)
		for (uint32_t e = 0; e < fn->blocks[b].nevents; e++) {
			const fx_event *ev = &fn->blocks[b].events[e];
			if (ev->kind != FX_EV_ASSIGN)
				continue;
			const fx_assign *as = &ev->u.assign;
			if (strncmp(as->lhs, obj, olen) != 0 || as->lhs[olen] != '.' ||
			    strncmp(as->lhs + olen + 1, r->field, flen) != 0 || as->lhs[olen + 1 + flen])
				continue;
			if (as->rhs.kind == FX_VAL_INT && as->rhs.path && strcmp(as->rhs.path, r->value) == 0) {
				*where = ev->loc;
				return true;
			}
		}
	return false;
}

/* Does the call take the local object `obj` by address? */
static bool takes_obj(const fx_call *c, const char *obj)
{
	for (uint32_t i = 0; i < c->nargs; i++) {
		const char *a = link_local_addr(&c->args[i]);
		if (a && strcmp(a, obj) == 0)
			return true;
	}
	return false;
}

/* Some call in `fn` takes `obj` and attributes that set the field. */
static bool created_passive(const fx_function *fn, const char *obj, const pg_passive_rule *r, fx_loc *where)
{
	for (uint32_t b = 0; b < fn->nblocks; b++)
		for (uint32_t e = 0; e < fn->blocks[b].nevents; e++) {
			const fx_event *ev = &fn->blocks[b].events[e];
			if (ev->kind != FX_EV_CALL)
				continue;
			const fx_call *c = &ev->u.call;
			if (!takes_obj(c, obj))
				continue;
			for (uint32_t i = 0; i < c->nargs; i++) {
				const char *a = link_local_addr(&c->args[i]);
				if (a && strcmp(a, obj) != 0 && sets_field(fn, a, r, where))
					return true;
			}
		}
	return false;
}

static bool is_parent(const pg_passive_rule *r, const char *callee)
{
	for (size_t i = 0; callee && i < r->nparents; i++)
		if (strcmp(r->parents[i], callee) == 0)
			return true;
	return false;
}

/* A device or driver created with attributes that set the field. */
static bool parent_passive(const program *p, const pg_passive_rule *r, fx_loc *where)
{
	for (size_t f = 0; f < p->nfuncs; f++) {
		const fx_function *fn = p->funcs[f].def;
		for (uint32_t b = 0; fn && b < fn->nblocks; b++)
			for (uint32_t e = 0; e < fn->blocks[b].nevents; e++) {
				const fx_event *ev = &fn->blocks[b].events[e];
				if (ev->kind != FX_EV_CALL || !is_parent(r, ev->u.call.callee_name))
					continue;
				for (uint32_t i = 0; i < ev->u.call.nargs; i++) {
					const char *a = link_local_addr(&ev->u.call.args[i]);
					if (a && sets_field(fn, a, r, where))
						return true;
				}
			}
	}
	return false;
}

static bool loc_before(fx_loc a, fx_loc b)
{
	return a.line < b.line || (a.line == b.line && a.col < b.col);
}

/* The creating call that gets `obj` after the store at `from`, or NULL.
 * The structure is followed in source order up to its next
 * re-initialisation (a call named with the rule's reinit_prefix taking it,
 * WDF_..._INIT: drivers reuse one attributes variable for several objects);
 * a framework method (method_prefix) other than a listed creator taking it
 * in that stretch (WdfMemoryCreate) leaves the callback on that object
 * instead: NULL. */
static const fx_event *creator_after(const fx_function *fn, const char *obj, fx_loc from, const pg_passive_rule *r)
{
	fx_loc until = { 0 };
	bool bounded = false;
	for (uint32_t b = 0; b < fn->nblocks; b++)
		for (uint32_t e = 0; e < fn->blocks[b].nevents; e++) {
			const fx_event *ev = &fn->blocks[b].events[e];
			if (ev->kind == FX_EV_CALL && ev->u.call.callee_name &&
			    strncmp(ev->u.call.callee_name, r->reinit_prefix, strlen(r->reinit_prefix)) == 0 &&
			    takes_obj(&ev->u.call, obj) &&
			    loc_before(from, ev->loc) && (!bounded || loc_before(ev->loc, until))) {
				until = ev->loc;
				bounded = true;
			}
		}
	const fx_event *found = NULL;
	for (uint32_t b = 0; b < fn->nblocks; b++)
		for (uint32_t e = 0; e < fn->blocks[b].nevents; e++) {
			const fx_event *ev = &fn->blocks[b].events[e];
			const char *callee = ev->kind == FX_EV_CALL ? ev->u.call.callee_name : NULL;
			if (!callee || !loc_before(from, ev->loc) || (bounded && !loc_before(ev->loc, until)) ||
			    !takes_obj(&ev->u.call, obj))
				continue;
			bool listed = false;
			for (size_t k = 0; k < r->ncreators && !listed; k++)
				listed = strcmp(r->creators[k], callee) == 0;
			if (listed)
				found = found ? found : ev;
			else if (strncmp(callee, r->method_prefix, strlen(r->method_prefix)) == 0)
				return NULL;
		}
	return found;
}

/* Every store of the callback `key` into `obj` in `fn` reaches a creator:
 * the first such call, else NULL. */
static const fx_event *given_to_creator(const fx_function *fn, const char *obj, const char *key,
					const pg_passive_rule *r)
{
	size_t olen = strlen(obj);
	const fx_event *found = NULL;
	for (uint32_t b = 0; b < fn->nblocks; b++)
		for (uint32_t e = 0; e < fn->blocks[b].nevents; e++) {
			const fx_event *ev = &fn->blocks[b].events[e];
			if (ev->kind != FX_EV_ASSIGN || ev->u.assign.rhs.kind != FX_VAL_FUNC ||
			    !ev->u.assign.rhs.path || strcmp(ev->u.assign.rhs.path, key) != 0 ||
			    strncmp(ev->u.assign.lhs, obj, olen) != 0 || ev->u.assign.lhs[olen] != '.')
				continue;
			const fx_event *c = creator_after(fn, obj, ev->loc, r);
			if (!c)
				return NULL;
			found = found ? found : c;
		}
	return found;
}

static void narrow_by_creator(program *p, const pg_passive_rule *r)
{
	for (size_t f = 0; f < p->nfuncs; f++)
		for (size_t i = 0; i < p->funcs[f].nentries; i++) {
			pg_entry *en = &p->funcs[f].entries[i];
			if (strcmp(en->role, r->role) != 0 || !en->reg_fn || !en->reg_obj)
				continue;
			const fx_event *ev = given_to_creator(en->reg_fn, en->reg_obj, p->funcs[f].key, r);
			if (!ev)
				continue;
			en->narrowed = true;
			en->narrowed_loc = ev->loc;
			en->narrowed_by = ev->u.call.callee_name;
			en->irql_known = true;
			en->irql = (irql_range){ IRQL_PASSIVE, IRQL_PASSIVE };
		}
}

static bool same_condition(const pg_passive_rule *a, const pg_passive_rule *b)
{
	if (!a->field || !b->field)
		return false;
	if (strcmp(a->field, b->field) != 0 || strcmp(a->value, b->value) != 0 || a->nparents != b->nparents)
		return false;
	for (size_t i = 0; i < a->nparents; i++)
		if (strcmp(a->parents[i], b->parents[i]) != 0)
			return false;
	return true;
}

void program_narrow_passive(program *p, const pg_passive_rule *rules, size_t n)
{
	bool parent = false;
	fx_loc parent_loc = { 0 };
	for (size_t k = 0; k < n; k++) {
		const pg_passive_rule *r = &rules[k];
		if (r->ncreators)
			narrow_by_creator(p, r);
		if (!r->field)
			continue;
		/* the roles share one condition: the driver-wide walk once */
		if (k == 0 || !same_condition(r, &rules[k - 1]))
			parent = parent_passive(p, r, &parent_loc);
		for (size_t f = 0; f < p->nfuncs; f++)
			for (size_t i = 0; i < p->funcs[f].nentries; i++) {
				pg_entry *en = &p->funcs[f].entries[i];
				if (strcmp(en->role, r->role) != 0)
					continue;
				fx_loc where = parent_loc;
				/* the field on the configuration itself
				   (WDF_INTERRUPT_CONFIG.PassiveHandling) or on
				   the attributes that go with it */
				if (!parent && !(en->reg_fn && en->reg_obj &&
						 (sets_field(en->reg_fn, en->reg_obj, r, &where) ||
						  created_passive(en->reg_fn, en->reg_obj, r, &where))))
					continue;
				en->narrowed = true;
				en->narrowed_loc = where;
				en->irql_known = true;
				en->irql = (irql_range){ IRQL_PASSIVE, IRQL_PASSIVE };
			}
	}
}
