/* engine: evaluates a ruleset on a linked program.  It runs the flow
 * analysis once with a hook that feeds every DDI call to the irql and handle
 * checks of the rules that name the callee, runs the caller checks over the
 * call graph, and turns what the checks gathered into findings (appended to
 * `out`, which the caller owns).  Borrows everything it is given. */
#ifndef DDICHECK_ENGINE_H
#define DDICHECK_ENGINE_H

#include "analysis/flow.h"
#include "kb/kb.h"
#include "link/program.h"
#include "rules/finding.h"
#include "rules/ruleset.h"

typedef struct engine_options {
	/* rule ids to run; NULL: all rules */
	const char *const *enabled;
	size_t nenabled;
} engine_options;

/* Applies what the rule data says about entry levels that depend on the
 * driver's configuration (roles with passive-field, see rules/roles.yaml) to
 * the linked program; call once, before engine_run. */
void engine_prepare(program *p, const ruleset *rs);

int engine_run(const program *p, const ruleset *rs, const kb *k, const engine_options *opt,
	       finding_list *out, flow_stats *stats);

#endif
