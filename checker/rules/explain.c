#include "rules/explain.h"
#include "util/strmap.h"

#include <string.h>

static const char *severity_name(finding_level l)
{
	return finding_level_name(l);
}

/* Calls fn for every DDI a check names (explicitly or through the KB). */
static void for_each_function(const rule_check *c, const kb *k, void (*fn)(void *, const char *), void *ud)
{
	for (size_t i = 0; i < c->nfunctions; i++)
		fn(ud, c->functions[i]);
	const kb_entry **list;
	size_t n = 0;
	if (c->kb_rule && k) {
		n = kb_functions_for_rule(k, c->kb_rule, &list);
		for (size_t i = 0; i < n; i++)
			fn(ud, list[i]->name);
	}
	if (c->kb_uncovered && k) {
		n = kb_entries(k, KB_FUNCTION, &list);
		for (size_t i = 0; i < n; i++)
			if (list[i]->irql.known && list[i]->nrules == 0)
				fn(ud, list[i]->name);
	}
}

static void count_one(void *ud, const char *name)
{
	strmap *seen = ud;
	if (!strmap_has(seen, name))
		strmap_put(seen, name, (void *)name);
}

size_t explain_rule_coverage(const rule *r, const kb *k)
{
	strmap seen = STRMAP_INIT;
	for (size_t i = 0; i < r->nchecks; i++)
		for_each_function(&r->checks[i], k, count_one, &seen);
	size_t n = seen.count;
	strmap_free(&seen);
	return n;
}

void explain_list(FILE *f, const ruleset *rs, const kb *k)
{
	for (size_t i = 0; i < rs->nrules; i++) {
		const rule *r = &rs->rules[i];
		fprintf(f, "%-32s %-7s %4zu DDIs  %s\n", r->id, severity_name(r->severity),
			explain_rule_coverage(r, k), r->summary);
	}
}

typedef struct printer {
	FILE *f;
	const kb *k;
	strmap seen;
} printer;

static void print_one(void *ud, const char *name)
{
	printer *p = ud;
	if (strmap_has(&p->seen, name))
		return;
	strmap_put(&p->seen, name, (void *)name);
	const kb_entry *e = p->k ? kb_function(p->k, name) : NULL;
	char buf[48];
	if (e && e->irql.known)
		fprintf(p->f, "    %-44s %s\n", name, irql_range_str(e->irql.range, buf, sizeof(buf)));
	else
		fprintf(p->f, "    %-44s (IRQL not given: %s)\n", name, e && e->irql.raw && *e->irql.raw ? e->irql.raw : "no page");
}

int explain_rule(FILE *f, const ruleset *rs, const kb *k, const char *id)
{
	const rule *r = ruleset_rule(rs, id);
	if (!r)
		return -1;
	fprintf(f, "%s (%s)\n  %s\n", r->id, severity_name(r->severity), r->summary);
	for (size_t i = 0; i < r->nchecks; i++) {
		const rule_check *c = &r->checks[i];
		printer p = { f, k, STRMAP_INIT };
		switch (c->kind) {
		case RULE_CHECK_IRQL:
			fprintf(f, "\n  IRQL: each of these is called %s the IRQL its reference page gives:\n",
				c->direction == RULE_IRQL_HIGH ? "at or below the maximum of" :
				c->direction == RULE_IRQL_LOW ? "at or above the minimum of" : "within");
			break;
		case RULE_CHECK_CALLER:
			fprintf(f, "\n  Caller: these are reached only from entry points of role");
			for (size_t j = 0; j < c->nroles; j++)
				fprintf(f, "%s %s", j ? "," : "", c->allowed_roles[j]);
			fprintf(f, ":\n");
			break;
		case RULE_CHECK_HANDLE:
			fprintf(f, "\n  Handles: on every path, these arguments hold a valid handle:\n");
			for (size_t j = 0; j < c->nargs; j++) {
				const rule_handle_kind *h = &rs->handles[c->args[j].handle];
				fprintf(f, "    %s: written by", c->args[j].param_name);
				for (size_t q = 0; q < h->nproducers; q++)
					fprintf(f, "%s %s", q ? " or" : "", h->producers[q].function);
				fprintf(f, " after a successful status; released by");
				for (size_t q = 0; q < h->ndestroyers; q++)
					fprintf(f, "%s %s", q ? " or" : "", h->destroyers[q].function);
				fprintf(f, "\n");
			}
			fprintf(f, "  in calls of:\n");
			break;
		case RULE_CHECK_LOCK:
			fprintf(f, "\n  Spin locks:");
			if (c->nacquire)
				fprintf(f, " not acquired while already held,");
			if (c->nrelease)
				fprintf(f, " not released while not held,");
			if (c->nheld)
				fprintf(f, " released before the entry point returns,");
			fprintf(f, " for:\n");
			for (size_t j = 0; j < c->nacquire; j++)
				print_one(&p, c->acquire[j]);
			for (size_t j = 0; j < c->nrelease; j++)
				print_one(&p, c->release[j]);
			for (size_t j = 0; j < c->nheld; j++)
				print_one(&p, c->held_at_exit[j]);
			break;
		case RULE_CHECK_DISCIPLINE:
			fprintf(f, "\n  IRQL discipline: %s\n",
				c->what == RULE_NOT_RESTORED ? "functions return at the IRQL they may return at"
				: c->what == RULE_RESTORE_UNSAVED ? "IRQLs are restored only from saved values"
				: "the IRQL is not set below a function's entry IRQL");
			break;
		}
		for_each_function(c, k, print_one, &p);
		strmap_free(&p.seen);
	}
	if (r->nrefs) {
		fprintf(f, "\n  Derived from (Windows driver documentation, CC BY 4.0):\n");
		for (size_t i = 0; i < r->nrefs; i++)
			fprintf(f, "    %s\n", r->references[i]);
	}
	fprintf(f, "\n  More: docs/rules/%s.md\n", r->id);
	return 0;
}
