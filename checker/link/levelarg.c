/* program_level_by_arg: callbacks whose level is that of the request they
 * are registered for.  A KMDF driver registers an EvtDeviceWdmIrpPreprocess
 * routine once per major function, and the routine runs at the level the
 * system sends that IRP at (close at PASSIVE_LEVEL, power up to
 * DISPATCH_LEVEL); the callback page can only bound the union.  The level
 * is read from the constant the registering call passes, as a dispatch
 * routine's comes from the MajorFunction slot it is stored in. */
#include "link/program.h"

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

/* Joins the levels of every registration of `key` in the role; false when
 * one of them cannot be read, or there is none. */
static bool level_of(program *p, const pg_level_rule *r, const char *key, irql_range *level,
		     const char **by, fx_loc *first)
{
	bool any = false;
	for (size_t f = 0; f < p->nfuncs; f++) {
		const fx_function *fn = p->funcs[f].def;
		for (uint32_t b = 0; fn && b < fn->nblocks; b++)
			for (uint32_t e = 0; e < fn->blocks[b].nevents; e++) {
				const fx_event *ev = &fn->blocks[b].events[e];
				if (ev->kind != FX_EV_CALL || !ev->u.call.callee_name ||
				    strcmp(ev->u.call.callee_name, r->function) != 0)
					continue;
				const fx_call *c = &ev->u.call;
				bool passes = false;
				for (uint32_t i = 0; i < c->nargs && !passes; i++)
					passes = c->args[i].kind == FX_VAL_FUNC && c->args[i].path &&
						 strcmp(c->args[i].path, key) == 0;
				if (!passes)
					continue;
				irql_range l;
				const char *name;
				if (!registration_level(r, c, &l, &name))
					return false;
				if (!any) {
					*level = l;
					*by = name;
					*first = ev->loc;
				} else {
					/* the note points at the registration that
					   allows the highest level */
					if (l.hi > level->hi)
						*first = ev->loc;
					*level = irql_join(*level, l);
					if (!strstr(*by, name))
						*by = arena_printf(p->arena, "%s, %s", *by, name);
				}
				any = true;
			}
	}
	return any;
}

void program_level_by_arg(program *p, const pg_level_rule *rules, size_t n)
{
	for (size_t k = 0; k < n; k++)
		for (size_t f = 0; f < p->nfuncs; f++)
			for (size_t i = 0; i < p->funcs[f].nentries; i++) {
				pg_entry *en = &p->funcs[f].entries[i];
				irql_range level;
				const char *by = NULL;
				fx_loc first;
				if (strcmp(en->role, rules[k].role) != 0 ||
				    !level_of(p, &rules[k], p->funcs[f].key, &level, &by, &first))
					continue;
				en->irql_known = true;
				en->irql = level;
				en->level_by = by;
				if (en->how == PG_ENTRY_REGISTERED)
					en->loc = first;
			}
}
