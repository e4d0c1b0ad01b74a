/* flow_int: what the files of the flow analysis share (not a public
 * interface): the context, and the helpers one file defines for another.
 *   flow.c         context, entry points, the walk over one function, memo
 *   flow_paths.c   access paths: aliases, values, assignments, translation
 *                  of the state into and out of a called function
 *   flow_effects.c what a DDI call does: IRQL, locks, handles
 *   flow_branch.c  branches: conditions, guards, correlated flags
 *   flow_objects.c objects named by the call that returns them (X:k) */
#ifndef DDICHECK_FLOW_INT_H
#define DDICHECK_FLOW_INT_H

#include "analysis/flow.h"
#include "util/intern.h"
#include "util/strmap.h"

enum {
	FLOW_MAX_FLAGS = 2,        /* correlated-branch flags per function (4 partitions) */
	FLOW_MAX_DEPTH = 48,       /* call chain length followed */
	FLOW_MAX_ROUNDS = 64,      /* fixpoint rounds over one function's blocks */
	FLOW_MAX_PENDING = 4096,   /* cut calls re-analysed per entry point */
};

typedef struct memo {
	astate in;
	aset out;                  /* the ways out, apart (bounded) */
	av ret;
	uint64_t hash;
} memo;

typedef struct memo_list {
	size_t n, cap;
	memo *items;
} memo_list;

typedef struct producer_ref {
	unsigned handle, producer;
} producer_ref;

/* A call not followed (recursion, depth), with the state it was made in:
 * analysed afterwards as a root of its own, so that what only that state
 * reaches is still checked. */
typedef struct flow_pending {
	uint32_t f;
	astate in;
} flow_pending;

/* An object named by a call: the callee and its arguments as the frame
 * that named it says them (flow_objects.c); `root` is its "X:k". */
typedef struct fl_xobj {
	const char *callee;
	uint32_t nargs;
	const char **args;
	const char *root;
	const char *stale;         /* where its slots go once an argument is written ("X:j", or NULL) */
	bool is_stale;             /* such a place: nothing names it again */
} fl_xobj;

struct flow_ctx {
	const program *p;
	const ruleset *rs;
	const flow_hooks *hooks;
	interner paths;
	memo_list *memos;          /* per function */
	bool *on_stack;            /* per function */
	flow_frame *frames;
	size_t depth, capframes;
	const pg_entry *entry;
	const pg_func *entry_fn;
	irql_range entry_irql;
	producer_ref *producers;   /* global producer number -> (handle kind, producer) */
	unsigned nproducers;
	strmap written;            /* path -> producer number + 1 */
	strmap token_producer;     /* status token -> producer number + 1 */
	flow_stats stats;
	flow_pending *pending;
	size_t npending, cappending;
	strmap effect_fields;      /* fields the effects table writes (OldIrql): every callee's */
	fl_xobj *xobjs;            /* X:k -> its callee and arguments */
	size_t nxobjs, capxobjs;
	strmap xobj_keys;          /* "callee(args)" -> k + 1 */
};

void fl_emit(flow_ctx *c, flow_note *n);
irql_range fl_frame_irql_in(const flow_ctx *c);
const pg_func *fl_frame_fn(const flow_ctx *c);

const char *fl_resolve(flow_ctx *c, const astate *st, const char *path);
const char *fl_pointee(flow_ctx *c, const astate *st, const fx_val *v, const char *field);
void fl_assign(flow_ctx *c, astate *st, const char *lhs_raw, const fx_val *rhs, fx_loc loc);
/* Sets the value at `path` (resolved) under every name of that memory;
 * `write`: an assignment (what was below it, and the second names read
 * from it, are gone), not a test that taught the value. */
void fl_store(flow_ctx *c, astate *st, const char *path, av v, bool write);
/* Drops the second names that a call may make stale (see flow_paths.c). */
void fl_forget_reads(flow_ctx *c, astate *st, const fx_call *call);
void fl_state_in(flow_ctx *c, const astate *st, const fx_call *call, const pg_func *callee, astate *in);
void fl_state_out(flow_ctx *c, astate *st, const fx_call *call, const pg_func *callee, const astate *out);

void fl_call_ddi(flow_ctx *c, astate *st, const pg_func *fn, const fx_event *ev);

/* Callee path for caller path p reached through argument i (apath: the
 * argument's path in the caller), and caller path for callee path p. */
const char *fl_map_path_in(flow_ctx *c, const char *p, const fx_val *a, const char *apath, uint32_t i);
const char *fl_map_path_out(flow_ctx *c, const astate *caller, const fx_call *call, const char *p);

/* flow_objects.c.  The object a same-result call's value points to, "X:k"
 * (NULL: an argument the frame cannot name). */
const char *fl_xobj_name(flow_ctx *c, const astate *st, const fx_call *call);
/* An X-rooted path as the callee of `call` names it (apaths: the
 * arguments' paths in the caller), or as the caller names a callee's; NULL
 * when the other frame cannot name it. */
const char *fl_xobj_in(flow_ctx *c, const char *xpath, const fx_call *call, const astate *caller,
		       const char **apaths);
const char *fl_xobj_out(flow_ctx *c, const char *xpath, const fx_call *call, const astate *caller);
/* The objects whose arguments `written` changes are no longer named by
 * their call: their slots, and the addresses of them that values hold,
 * move to a place of their own that nothing names again (a lock held there
 * is still held at the return). */
void fl_xobj_forget(flow_ctx *c, astate *st, const char *written);
bool fl_is_xpath(const char *p);
void fl_xobjs_free(flow_ctx *c);

bool fl_refine(flow_ctx *c, astate *st, const fx_cond *cond, bool true_edge);
unsigned fl_find_flags(const fx_function *d, const char **flags);
int fl_flag_tested(const fx_cond *cond, const char **flags, unsigned n);
bool fl_flag_edge_nonzero(const fx_cond *cond, bool true_edge);
int fl_flag_assigned(const fx_event *ev, const char **flags, unsigned n);
/* Ends st (unreached) when the flag's value there disagrees with nz. */
void fl_restrict_flag(flow_ctx *c, astate *st, const char *flag, bool nz);

#endif
