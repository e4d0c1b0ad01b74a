/* The irql-discipline check kind: how a driver changes the IRQL.
 *  - not-restored: an entry point returns at another IRQL than the system
 *    called it at; a function annotated _IRQL_requires_same_ or
 *    _IRQL_raises_(L) returns otherwise than it says.  Unannotated helpers are
 *    not reported: their effect is inferred and checked where they are used,
 *    which is what makes lock wrappers work without annotations.
 *  - restore-without-save: KeLowerIrql / KeReleaseSpinLock / NdisReleaseSpinLock
 *    restore from a variable or lock that holds no saved IRQL on this path.
 *  - lowered-below-entry: a call sets the IRQL below the one the function was
 *    entered at, in a callback or an _IRQL_requires_same_ function. */
#include "rules/check.h"

#include <stdio.h>
#include <string.h>

static bool annotated(const pg_func *f, fx_annot_kind kind, int *level)
{
	for (size_t i = 0; i < f->nannots; i++)
		if (f->annots[i].kind == kind) {
			if (level)
				*level = f->annots[i].level;
			return true;
		}
	return false;
}

static void not_restored(const rule *r, const rule_check *c, flow_ctx *ctx, const flow_note *n, check_env *env)
{
	const astate *st = n->st;
	if (st->irql_unknown || irql_is_bottom(st->irql) || irql_is_bottom(n->irql_in))
		return;
	char a[48], b[48], key[64];
	int level = -1;
	const char *why = NULL;
	bool bad = false;
	if (annotated(n->fn, FX_ANNOT_RAISES, &level) && level >= 0) {
		bad = !irql_equal(st->irql, irql_exact((irql_level)level));
		why = "its _IRQL_raises_ annotation says";
		irql_range_str(irql_exact((irql_level)level), b, sizeof(b));
	} else if (annotated(n->fn, FX_ANNOT_SAVES_GLOBAL, NULL) || annotated(n->fn, FX_ANNOT_RESTORES_GLOBAL, NULL)) {
		return;   /* an acquire/release wrapper that says so */
	} else if (n->is_root || annotated(n->fn, FX_ANNOT_REQUIRES_SAME, NULL)) {
		/* per way out: a path that changed the IRQL must end where it began
		   (a guard that only narrowed the range is no change) */
		bad = st->irql_changed && !irql_equal(st->irql, n->irql_in);
		why = n->is_root ? "the system called it at" : "its _IRQL_requires_same_ annotation requires";
		irql_range_str(n->irql_in, b, sizeof(b));
	}
	if (!bad)
		return;
	snprintf(key, sizeof(key), "exit@%p", (const void *)n->fn);
	if (!check_first(env, c, key))
		return;
	finding *f = check_report_now(env, r, ctx, st, n->fn, n->fn->loc, "%s can return at %s; %s %s",
				      n->fn->name, irql_range_str(st->irql, a, sizeof(a)), why, b);
	if (n->exit_loc.file)
		finding_note_add(env->out, f, n->exit_loc, "exit", "%s returns here at %s", n->fn->name,
				 irql_range_str(st->irql, a, sizeof(a)));
	if (st->irql_by && st->irql_loc.file)
		finding_note_add(env->out, f, st->irql_loc, "irql", "IRQL set to %s by %s here",
				 irql_range_str(st->irql, a, sizeof(a)), st->irql_by);
}

void check_discipline_note(const rule *r, const rule_check *c, flow_ctx *ctx, const flow_note *n, check_env *env)
{
	char key[64], a[48], b[48];
	switch (c->what) {
	case RULE_NOT_RESTORED:
		/* a split lock's callbacks change the IRQL by design */
		if (n->kind == FLOW_FUNCTION_EXIT && !(n->is_root && check_entry_split(env, ctx)))
			not_restored(r, c, ctx, n, env);
		break;
	case RULE_RESTORE_UNSAVED:
		if (n->kind != FLOW_RESTORE_UNSAVED)
			break;
		snprintf(key, sizeof(key), "%p", (const void *)n->ev);
		if (check_first(env, c, key))
			check_report_now(env, r, ctx, n->st, n->fn, n->ev->loc,
					 "%s restores an IRQL that was never saved on this path",
					 n->ev->u.call.callee_name);
		break;
	case RULE_LOWERED_BELOW_ENTRY:
		/* only where the entry IRQL is a contract: a callback, or a function
		   annotated to keep it; an unannotated unlock helper restoring its
		   caller's level is understood, not reported */
		if (n->kind != FLOW_LOWERED_BELOW_ENTRY || !n->fn ||
		    !(n->is_root || annotated(n->fn, FX_ANNOT_REQUIRES_SAME, NULL)) ||
		    check_entry_split(env, ctx) == RULE_SPLIT_RELEASE)
			break;
		snprintf(key, sizeof(key), "%p", (const void *)n->ev);
		if (check_first(env, c, key))
			check_report_now(env, r, ctx, n->st, n->fn, n->ev->loc,
					 "%s sets the IRQL to %s, below %s at which %s was entered",
					 n->ev->u.call.callee_name, irql_range_str(n->irql_after, a, sizeof(a)),
					 irql_range_str(n->irql_in, b, sizeof(b)), n->fn->name);
		break;
	}
}
