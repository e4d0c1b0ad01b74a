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
#include "util/strmap.h"

typedef struct site_trace {
	bool set;
	const pg_entry *entry;
	const pg_func *entry_fn;
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
	irql_range need;         /* irql checks: the range the first violating call needed */
} site;

void site_capture(site *s, flow_ctx *ctx, const astate *st);
void site_trace_notes(finding_list *out, finding *f, const site_trace *t, const program *p);
const char *check_role_irql_text(const pg_entry *e, char *buf, size_t size);

bool check_irql_requirement(const ruleset *rs, const kb *k, const fx_call *call, irql_range *out);
void check_irql_visit(site *s, flow_ctx *ctx, const kb *k, const ruleset *rs, const astate *st);
void check_irql_report(const site *s, const kb *k, const program *p, finding_list *out);

void check_handle_visit(site *s, flow_ctx *ctx, const astate *st);
void check_handle_report(const site *s, flow_ctx *ctx, const ruleset *rs, const program *p,
			 finding_list *out);

void check_caller_run(const rule *r, const rule_check *c, const program *p, finding_list *out);

/* Checks fed by flow notes make their findings at once: the first context
 * that shows a violation gives the trace; `seen` drops repeats. */
typedef struct check_env {
	finding_list *out;
	const ruleset *rs;
	const program *p;
	const kb *kb;
	strmap *seen;
	arena *arena;
} check_env;

/* RULE_SPLIT_* of the entry point the current walk started from. */
int check_entry_split(const check_env *env, flow_ctx *ctx);

/* True the first time `key` is offered for check c. */
bool check_first(check_env *env, const rule_check *c, const char *key);
/* A finding at loc with the trace of the current context as notes. */
finding *check_report_now(check_env *env, const rule *r, flow_ctx *ctx, const astate *st, const pg_func *fn,
			  fx_loc loc, const char *fmt, ...) __attribute__((format(printf, 7, 8)));

void check_lock_note(const rule *r, const rule_check *c, flow_ctx *ctx, const flow_note *n, check_env *env);
void check_discipline_note(const rule *r, const rule_check *c, flow_ctx *ctx, const flow_note *n,
			   check_env *env);
void check_irql_driver_call(const rule *r, const rule_check *c, flow_ctx *ctx, const flow_note *n,
			    check_env *env);

#endif
