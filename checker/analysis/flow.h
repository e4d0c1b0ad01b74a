/* flow: the whole-driver dataflow analysis.  From every entry point, at the
 * IRQL of its role, it walks the driver's functions over their CFGs
 * (flow-sensitive, to a fixpoint inside each function) and into the driver
 * functions they call (context-sensitive: a callee is analysed for each
 * distinct abstract state it is called with, memoised), applying the IRQL
 * effects (rules/irql_effects.yaml) and the handle producers and destroyers
 * (rules/handles.yaml) of the DDIs it meets.  At each call of a function
 * without a body (a DDI) it hands the state before the call to a hook: the
 * rule checks live there, not here.  Nothing here prints or makes findings.
 * flow_new() borrows the program and ruleset; flow_free() releases the rest. */
#ifndef DDICHECK_FLOW_H
#define DDICHECK_FLOW_H

#include <stdbool.h>
#include <stddef.h>

#include "analysis/absstate.h"
#include "link/program.h"
#include "rules/ruleset.h"

typedef struct flow_ctx flow_ctx;

/* One step of the current call chain: function `fn`, and in it the call that
 * leads to the next frame (or, in the last frame, the call being checked). */
typedef struct flow_frame {
	const pg_func *fn;
	fx_loc call_loc;
	irql_range irql_in;       /* the IRQL the function was entered at in this context */
} flow_frame;

/* Events other than DDI calls that checks listen to. */
typedef enum flow_note_kind {
	FLOW_LOCK_ACQUIRE = 1,    /* a call takes a spin lock: `path`, its state before in `prior` */
	FLOW_LOCK_RELEASE,        /* a call gives one back */
	FLOW_RESTORE_UNSAVED,     /* a call restores an IRQL from `path`/argument that holds none */
	FLOW_LOWERED_BELOW_ENTRY, /* a call sets the IRQL below the function's entry IRQL */
	FLOW_DRIVER_CALL,         /* a call of the driver's own function `callee` */
	FLOW_FUNCTION_EXIT,       /* a path leaves a function: `st` is its state there, `exit_loc`
	                             the return statement (or the function's end) */
} flow_note_kind;

typedef struct flow_note {
	flow_note_kind kind;
	const pg_func *fn;        /* where it happens */
	const fx_event *ev;       /* the call (NULL for FUNCTION_EXIT) */
	const astate *st;         /* state before the call (exit state for FUNCTION_EXIT) */
	const char *path;         /* lock object / IRQL slot, when known */
	av prior;                 /* its value before the call */
	irql_range irql_in;       /* the function's entry IRQL in this context */
	irql_range irql_after;    /* LOWERED_BELOW_ENTRY: the IRQL the call sets */
	const pg_func *callee;    /* DRIVER_CALL */
	bool is_root;             /* the function is the entry point of the walk */
	fx_loc exit_loc;          /* FUNCTION_EXIT */
} flow_note;

typedef struct flow_hooks {
	void *ud;
	void (*on_ddi_call)(void *ud, flow_ctx *ctx, const pg_func *caller, const fx_event *ev,
			    const astate *st);
	void (*on_note)(void *ud, flow_ctx *ctx, const flow_note *n);
} flow_hooks;

typedef struct flow_stats {
	size_t entries;           /* entry contexts walked */
	size_t walks;             /* function analyses (memo misses) */
	size_t memo_hits;
	size_t cut_recursion;     /* calls not followed because the callee was on the stack */
	size_t cut_depth;         /* calls not followed because the chain was too deep */
	size_t no_fixpoint;       /* functions whose loop iteration hit the bound */
} flow_stats;

flow_ctx *flow_new(const program *p, const ruleset *rs);
void flow_free(flow_ctx *c);   /* NULL-safe */

/* Walks every entry point (in key order, so that results are deterministic),
 * then every function with IRQL annotations that no entry point reached, at
 * its annotated IRQL, so that its body is checked too. */
void flow_run(flow_ctx *c, const flow_hooks *hooks);
const flow_stats *flow_get_stats(const flow_ctx *c);

/* The IRQL range a function's own annotations require on entry
 * (_IRQL_requires_, _max_, _min_); false when it has none of them. */
bool flow_required_irql(const pg_func *f, irql_range *out);

/* For hooks: the value of an expression in state st.  When the value is the
 * content of an access path, *path (if not NULL) receives that path after
 * alias resolution (interned), else NULL. */
av flow_eval(flow_ctx *c, const astate *st, const fx_val *v, const char **path);
/* The current call chain, frames[0] being the entry point's function. */
size_t flow_stack(const flow_ctx *c, const flow_frame **frames);
/* The entry point the current walk started from, and its function (which
 * is not frames[0] when a call that recursion cut is analysed on its own). */
const pg_entry *flow_entry(const flow_ctx *c);
const pg_func *flow_entry_fn(const flow_ctx *c);
/* Global producer number p (as in AV_HBIT) -> its handle kind and producer. */
const rule_handle_kind *flow_producer(const flow_ctx *c, unsigned p, const rule_producer **pr);
unsigned flow_nproducers(const flow_ctx *c);
/* Index (in ruleset.handles) of the handle kind producer p makes. */
int flow_producer_kind(const flow_ctx *c, unsigned p);
/* Did any producer write `path` anywhere in the driver?  (-1: no; else the
 * global producer number.) */
int flow_path_written(const flow_ctx *c, const char *path);

#endif
