/* check: what the generic check kinds share inside the rules stage (not a
 * public interface).  A `site` gathers, for one check and one call of a DDI,
 * what every analysed context saw there, and the call chain of the first
 * context that saw a violation; findings are made from it at the end. */
#ifndef DDICHECK_CHECK_H
#define DDICHECK_CHECK_H

#include <stdbool.h>

#include "analysis/flow.h"
#include "kb/kb.h"
#include "rules/finding.h"
#include "rules/ruleset.h"

typedef struct site_trace {
	bool set;
	const pg_entry *entry;
	size_t nframes;
	flow_frame *frames;      /* owned (malloc) */
	fx_loc irql_loc;
	const char *irql_by;
	irql_range irql;
} site_trace;

typedef struct site_arg {
	av v;                    /* joined over contexts */
	const char *path;        /* the access path passed, first seen */
	bool seen;
} site_arg;

typedef struct site {
	const rule *r;
	const rule_check *c;
	const pg_func *fn;
	const fx_event *ev;
	irql_range irql;         /* joined over contexts with a known IRQL */
	bool bad;
	site_trace trace;
	site_arg *args;          /* handle checks: one per rule argument */
} site;

void site_capture(site *s, flow_ctx *ctx, const astate *st);
void site_trace_notes(finding_list *out, finding *f, const site_trace *t, const program *p);
const char *check_role_irql_text(const pg_entry *e, char *buf, size_t size);

void check_irql_visit(site *s, flow_ctx *ctx, const kb *k, const astate *st);
void check_irql_report(const site *s, const kb *k, const program *p, finding_list *out);

void check_handle_visit(site *s, flow_ctx *ctx, const astate *st);
void check_handle_report(const site *s, flow_ctx *ctx, const ruleset *rs, const program *p,
			 finding_list *out);

void check_caller_run(const rule *r, const rule_check *c, const program *p, finding_list *out);

#endif
