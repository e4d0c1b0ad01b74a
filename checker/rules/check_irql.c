/* The irql check kind: a DDI is called within the IRQL range its reference
 * page gives (the KB), in every context the flow analysis reaches it in. */
#include "rules/check.h"

#include <stdio.h>
#include <string.h>

/* The range a call needs: the page's req.irql, else the curated level from
 * the page's prose (rules/ddi_irql.yaml), narrowed by the conditional
 * entries whose argument is a non-zero constant in this call. */
bool check_irql_requirement(const ruleset *rs, const kb *k, const fx_call *call, irql_range *out)
{
	const kb_entry *e = k ? kb_function(k, call->callee_name) : NULL;
	bool known = e && e->irql.known;
	irql_range need = known ? e->irql.range : IRQL_ANY;
	for (size_t i = 0; i < rs->nddis; i++) {
		const rule_ddi_irql *d = &rs->ddis[i];
		if (strcmp(d->function, call->callee_name) != 0)
			continue;
		if (d->when_true < 0) {
			if (!known) {
				need = d->irql;
				known = true;
			}
			continue;
		}
		if ((uint32_t)d->when_true < call->nargs && call->args[d->when_true].kind == FX_VAL_INT &&
		    call->args[d->when_true].num != 0) {
			need = irql_meet(need, d->irql);
			known = true;
		}
	}
	if (known && !irql_is_bottom(need))
		*out = need;
	return known && !irql_is_bottom(need);
}

void check_irql_visit(site *s, flow_ctx *ctx, const kb *k, const ruleset *rs, const astate *st)
{
	irql_range need;
	if (!check_irql_requirement(rs, k, &s->ev->u.call, &need) || st->irql_unknown || irql_is_bottom(st->irql))
		return;
	s->irql = irql_join(s->irql, st->irql);
	bool high = st->irql.hi > need.hi && s->c->direction != RULE_IRQL_LOW;
	bool low = st->irql.lo < need.lo && s->c->direction != RULE_IRQL_HIGH;
	if (!high && !low)
		return;
	if (!s->bad) {
		s->bad = true;
		s->need = need;
		site_capture(s, ctx, st);
	}
}

void check_irql_report(const site *s, const kb *k, const program *p, finding_list *out)
{
	if (!s->bad)
		return;
	(void)k;
	irql_range at = s->trace.irql, need = s->need;
	irql_level level = at.hi > need.hi && s->c->direction != RULE_IRQL_LOW ? (irql_level)at.hi
										 : (irql_level)at.lo;
	char req[48];
	finding *f = finding_add(out, s->r->id, s->r->severity, s->ev->loc, "%s called at %s; it requires %s",
				 s->ev->u.call.callee_name, irql_level_name(level), irql_range_str(need, req, sizeof(req)));
	f->function = s->fn->name;
	site_trace_notes(out, f, &s->trace, p);
	if (s->trace.irql_by && s->trace.irql_loc.file)
		finding_note_add(out, f, s->trace.irql_loc, "irql", "IRQL set to %s by %s here",
				 irql_range_str(at, req, sizeof(req)), s->trace.irql_by);
}

/* Calls of the driver's own functions against their IRQL annotations. */
void check_irql_driver_call(const rule *r, const rule_check *c, flow_ctx *ctx, const flow_note *n,
			    check_env *env)
{
	irql_range need;
	const astate *st = n->st;
	if (!flow_required_irql(n->callee, &need) || st->irql_unknown || irql_is_bottom(st->irql))
		return;
	bool high = st->irql.hi > need.hi && c->direction != RULE_IRQL_LOW;
	bool low = st->irql.lo < need.lo && c->direction != RULE_IRQL_HIGH;
	if (!high && !low)
		return;
	char key[64], req[48];
	snprintf(key, sizeof(key), "%p", (const void *)n->ev);
	if (!check_first(env, c, key))
		return;
	irql_level level = high ? (irql_level)st->irql.hi : (irql_level)st->irql.lo;
	finding *f = check_report_now(env, r, ctx, st, n->fn, n->ev->loc, "%s called at %s; it requires %s",
				      n->callee->name, irql_level_name(level), irql_range_str(need, req, sizeof(req)));
	if (st->irql_by && st->irql_loc.file)
		finding_note_add(env->out, f, st->irql_loc, "irql", "IRQL set to %s by %s here",
				 irql_range_str(st->irql, req, sizeof(req)), st->irql_by);
	finding_note_add(env->out, f, n->callee->loc, "annotation", "%s is annotated to require %s here",
			 n->callee->name, irql_range_str(need, req, sizeof(req)));
}
