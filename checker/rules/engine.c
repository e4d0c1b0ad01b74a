#include "rules/engine.h"
#include "rules/check.h"
#include "util/strmap.h"
#include "util/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct applies {
	const rule *r;
	const rule_check *c;
	struct applies *next;
} applies;

typedef struct engine {
	check_env env;
	strmap seen;
	const engine_options *opt;
	const program *p;
	const ruleset *rs;
	const kb *kb;
	arena *arena;
	strmap by_callee;        /* DDI name -> applies list */
	strmap sites_by_key;     /* "<check>@<event>" -> site */
	site **sites;
	size_t nsites, capsites;
} engine;

static bool enabled(const engine_options *opt, const char *id)
{
	if (!opt || !opt->enabled)
		return true;
	for (size_t i = 0; i < opt->nenabled; i++)
		if (strcmp(opt->enabled[i], id) == 0)
			return true;
	return false;
}

static void add_applies(engine *E, const char *name, const rule *r, const rule_check *c)
{
	applies *a = arena_alloc(E->arena, sizeof(applies));
	a->r = r;
	a->c = c;
	a->next = strmap_get(&E->by_callee, name);
	/* the same check must not be attached twice to one name */
	for (applies *x = a->next; x; x = x->next)
		if (x->c == c)
			return;
	strmap_put(&E->by_callee, name, a);
}

static void setup(engine *E, const engine_options *opt)
{
	for (size_t i = 0; i < E->rs->nrules; i++) {
		const rule *r = &E->rs->rules[i];
		if (!enabled(opt, r->id))
			continue;
		for (size_t j = 0; j < r->nchecks; j++) {
			const rule_check *c = &r->checks[j];
			if (c->kind == RULE_CHECK_CALLER)
				continue;
			for (size_t f = 0; f < c->nfunctions; f++)
				add_applies(E, c->functions[f], r, c);
			if (c->kb_rule && E->kb) {
				const kb_entry **list;
				size_t n = kb_functions_for_rule(E->kb, c->kb_rule, &list);
				for (size_t f = 0; f < n; f++)
					add_applies(E, list[f]->name, r, c);
			}
		}
	}
}

/* The generic checks take what no specific irql check covers, so a DDI is
 * judged by one IRQL rule only in each direction: a rule that checks only the
 * maximum (KMDF's KmdfIrql) leaves the minimum to IrqlTooLow. */
static bool directions_overlap(int a, int b)
{
	return a == RULE_IRQL_BOTH || b == RULE_IRQL_BOTH || a == b;
}

static void setup_uncovered(engine *E, const engine_options *opt)
{
	const kb_entry **list;
	size_t n = E->kb ? kb_entries(E->kb, KB_FUNCTION, &list) : 0;
	for (size_t i = 0; i < E->rs->nrules; i++) {
		const rule *r = &E->rs->rules[i];
		if (!enabled(opt, r->id))
			continue;
		for (size_t j = 0; j < r->nchecks; j++) {
			const rule_check *c = &r->checks[j];
			if (c->kind != RULE_CHECK_IRQL || !c->kb_uncovered)
				continue;
			for (size_t f = 0; f < n; f++) {
				if (!list[f]->irql.known && !ruleset_ddi_has_irql(E->rs, list[f]->name))
					continue;
				bool covered = false;
				for (const applies *a = strmap_get(&E->by_callee, list[f]->name); a; a = a->next)
					if (a->c->kind == RULE_CHECK_IRQL && !a->c->kb_uncovered &&
					    directions_overlap(a->c->direction, c->direction))
						covered = true;
				if (!covered)
					add_applies(E, list[f]->name, r, c);
			}
		}
	}
}

static site *get_site(engine *E, const applies *a, const pg_func *fn, const fx_event *ev)
{
	char key[96];
	snprintf(key, sizeof(key), "%p@%p", (const void *)a->c, (const void *)ev);
	site *s = strmap_get(&E->sites_by_key, key);
	if (s)
		return s;
	s = arena_alloc(E->arena, sizeof(site));
	s->r = a->r;
	s->c = a->c;
	s->fn = fn;
	s->ev = ev;
	s->irql = IRQL_BOTTOM;
	if (a->c->nargs)
		s->args = arena_alloc(E->arena, a->c->nargs * sizeof(site_arg));
	strmap_put(&E->sites_by_key, arena_strdup(E->arena, key), s);
	VEC_PUSH(E->sites, E->nsites, E->capsites, s);
	return s;
}

static void on_ddi_call(void *ud, flow_ctx *ctx, const pg_func *caller, const fx_event *ev,
			const astate *st)
{
	engine *E = ud;
	const char *name = ev->u.call.callee_name;
	if (!name)
		return;
	for (const applies *a = strmap_get(&E->by_callee, name); a; a = a->next) {
		site *s = get_site(E, a, caller, ev);
		if (a->c->kind == RULE_CHECK_IRQL)
			check_irql_visit(s, ctx, E->kb, E->rs, st);
		else if (a->c->kind == RULE_CHECK_HANDLE)
			check_handle_visit(s, ctx, st);
	}
}

static void on_note(void *ud, flow_ctx *ctx, const flow_note *n)
{
	engine *E = ud;
	for (size_t i = 0; i < E->rs->nrules; i++) {
		const rule *r = &E->rs->rules[i];
		if (!enabled(E->opt, r->id))
			continue;
		for (size_t j = 0; j < r->nchecks; j++) {
			const rule_check *c = &r->checks[j];
			if (c->kind == RULE_CHECK_LOCK)
				check_lock_note(r, c, ctx, n, &E->env);
			else if (c->kind == RULE_CHECK_DISCIPLINE)
				check_discipline_note(r, c, ctx, n, &E->env);
			else if (c->kind == RULE_CHECK_IRQL && c->annotated && n->kind == FLOW_DRIVER_CALL)
				check_irql_driver_call(r, c, ctx, n, &E->env);
		}
	}
}

void engine_prepare(program *p, const ruleset *rs)
{
	pg_passive_rule *rules = xcalloc(rs->nroles ? rs->nroles : 1, sizeof(*rules));
	size_t n = 0;
	for (size_t i = 0; i < rs->nroles; i++) {
		const rule_role *r = &rs->roles[i];
		if (!r->passive_field && !r->npassive_creators)
			continue;
		rules[n++] = (pg_passive_rule){ r->role, r->passive_field, r->passive_value,
						(const char *const *)r->passive_parents, r->npassive_parents,
						(const char *const *)r->passive_creators, r->npassive_creators,
						r->passive_reinit_prefix, r->passive_method_prefix };
	}
	program_narrow_passive(p, rules, n);
	free(rules);

	pg_level_rule *by_arg = xcalloc(rs->nroles ? rs->nroles : 1, sizeof(*by_arg));
	n = 0;
	for (size_t i = 0; i < rs->nroles; i++) {
		const rule_role *r = &rs->roles[i];
		if (r->level_function && r->level_arg >= 0)
			by_arg[n++] = (pg_level_rule){ r->role, r->level_function, r->level_arg, r->nlevels,
						       (const char *const *)r->level_names, r->level_levels };
	}
	program_level_by_arg(p, by_arg, n);
	free(by_arg);
}

int engine_run(const program *p, const ruleset *rs, const kb *k, const engine_options *opt,
	       finding_list *out, flow_stats *stats)
{
	engine E = { .p = p, .rs = rs, .kb = k, .opt = opt };
	E.arena = arena_new();
	E.env = (check_env){ .out = out, .rs = rs, .p = p, .kb = k, .seen = &E.seen, .arena = E.arena };
	setup(&E, opt);
	setup_uncovered(&E, opt);

	flow_ctx *ctx = flow_new(p, rs);
	flow_hooks hooks = { .ud = &E, .on_ddi_call = on_ddi_call, .on_note = on_note };
	flow_run(ctx, &hooks);
	if (stats)
		*stats = *flow_get_stats(ctx);

	for (size_t i = 0; i < E.nsites; i++) {
		site *s = E.sites[i];
		if (s->c->kind == RULE_CHECK_IRQL)
			check_irql_report(s, k, p, out);
		else if (s->c->kind == RULE_CHECK_HANDLE)
			check_handle_report(s, ctx, rs, p, out);
		free(s->trace.frames);
	}
	for (size_t i = 0; i < rs->nrules; i++) {
		const rule *r = &rs->rules[i];
		if (!enabled(opt, r->id))
			continue;
		for (size_t j = 0; j < r->nchecks; j++)
			if (r->checks[j].kind == RULE_CHECK_CALLER)
				check_caller_run(r, &r->checks[j], p, out);
	}

	flow_free(ctx);
	free(E.sites);
	strmap_free(&E.by_callee);
	strmap_free(&E.sites_by_key);
	strmap_free(&E.seen);
	arena_free(E.arena);
	return 0;
}

/* ---- shared by the checks --------------------------------------------------- */

void site_capture(site *s, flow_ctx *ctx, const astate *st)
{
	if (s->trace.set)
		return;
	const flow_frame *frames;
	size_t n = flow_stack(ctx, &frames);
	s->trace.set = true;
	s->trace.entry = flow_entry(ctx);
	s->trace.entry_fn = flow_entry_fn(ctx);
	s->trace.nframes = n;
	s->trace.frames = xmalloc((n + 1) * sizeof(flow_frame));
	memcpy(s->trace.frames, frames, n * sizeof(flow_frame));
	s->trace.irql_loc = st->irql_loc;
	s->trace.irql_by = st->irql_by;
	s->trace.irql = st->irql;
}

const char *check_role_irql_text(const pg_entry *e, char *buf, size_t size)
{
	if (!e->irql_known)
		snprintf(buf, size, "an IRQL its reference page does not give");
	else
		irql_range_str(e->irql, buf, size);
	return buf;
}

int check_entry_split(const check_env *env, flow_ctx *ctx)
{
	const pg_entry *en = flow_entry(ctx);
	const rule_role *r = en ? ruleset_role(env->rs, en->role) : NULL;
	return r ? r->split_lock : RULE_SPLIT_NONE;
}

bool check_first(check_env *env, const rule_check *c, const char *key)
{
	char *k = arena_printf(env->arena, "%p|%s", (const void *)c, key);
	if (strmap_has(env->seen, k))
		return false;
	strmap_put(env->seen, k, k);
	return true;
}

finding *check_report_now(check_env *env, const rule *r, flow_ctx *ctx, const astate *st, const pg_func *fn,
			  fx_loc loc, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	finding *f = finding_add(env->out, r->id, r->severity, loc, "%s", msg);
	f->function = fn ? fn->name : NULL;
	site s = { 0 };
	site_capture(&s, ctx, st);
	site_trace_notes(env->out, f, &s.trace, env->p);
	free(s.trace.frames);
	return f;
}

void site_trace_notes(finding_list *out, finding *f, const site_trace *t, const program *p)
{
	(void)p;
	if (!t->set || !t->nframes)
		return;
	const pg_func *root = t->entry_fn ? t->entry_fn : t->frames[0].fn;
	char lv[48];
	if (!t->entry) {
		finding_note_add(out, f, root->loc, "entry", "%s is analysed at %s, the IRQL its annotations require",
				 root->name, irql_range_str(t->frames[0].irql_in, lv, sizeof(lv)));
	} else {
		check_role_irql_text(t->entry, lv, sizeof(lv));
		if (!t->entry->irql_known && !irql_equal(t->frames[0].irql_in, IRQL_ANY))
			irql_range_str(t->frames[0].irql_in, lv, sizeof(lv));
		if (t->entry->how == PG_ENTRY_REGISTERED)
			finding_note_add(out, f, t->entry->loc, "entry",
					 "entry point %s (%s) registered here; the system calls it at %s",
					 root->name, t->entry->role, lv);
		else
			finding_note_add(out, f, t->entry->loc, "entry", "entry point %s (%s) runs at %s",
					 root->name, t->entry->role, lv);
		if (t->entry->narrowed && t->entry->narrowed_by)
			finding_note_add(out, f, t->entry->narrowed_loc, "entry",
					 "the object %s creates here makes the system call %s at PASSIVE_LEVEL",
					 t->entry->narrowed_by, root->name);
		else if (t->entry->narrowed)
			finding_note_add(out, f, t->entry->narrowed_loc, "entry",
					 "the setting here makes the system call %s at PASSIVE_LEVEL",
					 root->name);
		if (t->entry->level_by)
			finding_note_add(out, f, t->entry->loc, "entry",
					 "%s is registered for %s; it runs at the level of the request",
					 root->name, t->entry->level_by);
	}
	if (t->entry && root != t->frames[0].fn)
		finding_note_add(out, f, t->frames[0].fn->loc, "call",
				 "%s reaches %s through calls that recurse; analysed on its own here",
				 root->name, t->frames[0].fn->name);
	for (size_t i = 0; i + 1 < t->nframes; i++)
		finding_note_add(out, f, t->frames[i].call_loc, "call", "%s calls %s here",
				 t->frames[i].fn->name, t->frames[i + 1].fn->name);
}
