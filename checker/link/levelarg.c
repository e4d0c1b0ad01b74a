/* program_level_by_arg: callbacks whose level is that of the request they
 * are registered for.  A KMDF driver registers an EvtDeviceWdmIrpPreprocess
 * routine once per major function, and the routine runs at the level the
 * system sends that IRP at (close at PASSIVE_LEVEL, power up to
 * DISPATCH_LEVEL); the callback page can only bound the union.  The level
 * is read from the constant the registering call passes, as a dispatch
 * routine's comes from the MajorFunction slot it is stored in. */
#include "link/program.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* The level the registration `c` gives a callback, or false when the
 * constant at the rule's argument is missing or unlisted. */
static bool registration_level(const pg_level_rule *r, const fx_call *c, irql_range *out, const char **name)
{
	if ((uint32_t)r->arg >= c->nargs)
		return false;
	const fx_val *v = &c->args[r->arg];
	if (v->kind != FX_VAL_INT || !v->path)
		return false;
	for (size_t k = 0; k < r->n; k++)
		if (strcmp(r->names[k], v->path) == 0) {
			*out = r->levels[k];
			*name = r->names[k];
			return true;
		}
	return false;
}

/* What the registrations of one function say: the join of their levels,
 * or `bad` when one of them cannot be read. */
typedef struct reg_level {
	bool any, bad;
	irql_range level;
	const char *by;
	fx_loc first;
} reg_level;

static void add_registration(program *p, reg_level *a, const pg_level_rule *r, const fx_call *c, fx_loc loc)
{
	irql_range l;
	const char *name;
	if (!registration_level(r, c, &l, &name)) {
		a->bad = true;
		return;
	}
	if (!a->any) {
		a->level = l;
		a->by = name;
		a->first = loc;
	} else {
		/* the note points at the registration that allows the highest level */
		if (l.hi > a->level.hi)
			a->first = loc;
		a->level = irql_join(a->level, l);
		if (!strstr(a->by, name))
			a->by = arena_printf(p->arena, "%s, %s", a->by, name);
	}
	a->any = true;
}

/* One walk over the program per rule: every call of the registering
 * function adds its level to each function it passes. */
static void collect(program *p, const pg_level_rule *r, reg_level *acc)
{
	for (size_t f = 0; f < p->nfuncs; f++) {
		const fx_function *fn = p->funcs[f].def;
		for (uint32_t b = 0; fn && b < fn->nblocks; b++)
			for (uint32_t e = 0; e < fn->blocks[b].nevents; e++) {
				const fx_event *ev = &fn->blocks[b].events[e];
				if (ev->kind != FX_EV_CALL || !ev->u.call.callee_name ||
				    strcmp(ev->u.call.callee_name, r->function) != 0)
					continue;
				const fx_call *c = &ev->u.call;
				for (uint32_t i = 0; i < c->nargs; i++) {
					int t = c->args[i].kind == FX_VAL_FUNC ? program_find(p, c->args[i].path) : -1;
					bool again = false;
					for (uint32_t j = 0; t >= 0 && j < i && !again; j++)   /* passed twice */
						again = c->args[j].kind == FX_VAL_FUNC && c->args[j].path &&
							strcmp(c->args[j].path, c->args[i].path) == 0;
					if (t >= 0 && !again)
						add_registration(p, &acc[t], r, c, ev->loc);
				}
			}
	}
}

void program_level_by_arg(program *p, const pg_level_rule *rules, size_t n)
{
	reg_level *acc = xcalloc(p->nfuncs + 1, sizeof(*acc));
	for (size_t k = 0; k < n; k++) {
		memset(acc, 0, (p->nfuncs + 1) * sizeof(*acc));
		collect(p, &rules[k], acc);
		for (size_t f = 0; f < p->nfuncs; f++)
			for (size_t i = 0; i < p->funcs[f].nentries; i++) {
				pg_entry *en = &p->funcs[f].entries[i];
				if (!acc[f].any || acc[f].bad || strcmp(en->role, rules[k].role) != 0)
					continue;
				en->irql_known = true;
				en->irql = acc[f].level;
				en->level_by = acc[f].by;
				if (en->how == PG_ENTRY_REGISTERED)
					en->loc = acc[f].first;
			}
	}
	free(acc);
}
