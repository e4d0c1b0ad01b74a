/* facts: what extraction learns from one translation unit, as plain C data.
 * Produced by extract/ (the only stage besides frontend/ that sees libclang),
 * consumed by link/ and everything after it.  Every pointer in an fx_tu
 * (strings, arrays) lives in the TU's arena; fx_tu_free() releases all of it.
 *
 * Access paths are strings so that they can be compared, hashed and rewritten
 * (parameter substitution) without a libclang cursor:
 *   root  G:name            global (static globals: G:file.c::name)
 *         L:name@line       local variable (declaration line disambiguates shadowing)
 *         P:i               parameter number i (0-based) of the enclosing function
 *         R:id              result of call event number id in this function
 *   then selectors, left to right:
 *         .f                field f of a struct value
 *         >f                field f through a pointer (C's ->f, also (*p).f)
 *         []                some array element (index-insensitive)
 *         ^                 the object a pointer points to (C's *p)
 * Examples: "G:Globals.DriverHandle", "P:0>MiniportHandle", "L:h@41^".
 * fx_path_* in facts.c normalise and rewrite them.
 */
#ifndef DDICHECK_FACTS_H
#define DDICHECK_FACTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "facts/irql.h"
#include "util/arena.h"

#define FX_FORMAT_VERSION 3

typedef struct fx_loc {
	const char *file;     /* path as given to the parser (spelling location) */
	uint32_t line, col;   /* 1-based; 0 when unknown */
} fx_loc;

typedef enum fx_val_kind {
	FX_VAL_UNKNOWN = 0,   /* anything extraction cannot name */
	FX_VAL_INT,           /* integer constant expression: num (name: enumerator or macro if known) */
	FX_VAL_NULL,          /* null pointer constant */
	FX_VAL_PATH,          /* the current content of access path `path` */
	FX_VAL_ADDR,          /* the address of access path `path` (&x, array decay) */
	FX_VAL_FUNC,          /* a function designator: `path` holds the function's link key */
	FX_VAL_BITAND,        /* a bit test: non-zero iff (content of `path`) & num is non-zero
	                         (x & M, (x & M) == M, (x & M) != 0: how NDIS flags are tested) */
	FX_VAL_EQ,            /* a comparison kept as a value: non-zero iff (content of `path`) == num
	                         (Dispatch = (KeGetCurrentIrql() == DISPATCH_LEVEL)) */
} fx_val_kind;

typedef struct fx_val {
	fx_val_kind kind;
	long long num;
	const char *path;     /* PATH / ADDR: access path; FUNC: function key; INT: constant name or NULL */
	const char *text;     /* source spelling of the expression, for messages (may be NULL) */
} fx_val;

typedef enum fx_ev_kind {
	FX_EV_CALL = 1,
	FX_EV_ASSIGN,
	FX_EV_RETURN,
} fx_ev_kind;

typedef struct fx_call {
	uint32_t id;               /* the call's result is path "R:<id>" */
	const char *callee;        /* direct call: callee's link key; NULL when indirect */
	const char *callee_name;   /* source name of the callee (direct), or NULL */
	fx_val target;             /* indirect call: the function-pointer expression's value */
	uint32_t nargs;
	fx_val *args;
	/* Per argument: the role type (function typedef name, e.g. "KDEFERRED_ROUTINE")
	 * of the callee's parameter when that parameter has a callback type, else NULL. */
	const char **arg_roles;
	/* Per argument: the declared parameter type spelling of the callee, or NULL. */
	const char **arg_types;
} fx_call;

typedef struct fx_assign {
	const char *lhs;           /* access path written */
	const char *lhs_role;      /* role type if the written object has callback type, else NULL */
	const char *lhs_type;      /* spelling of the written object's type */
	fx_val rhs;
	bool is_init;              /* from a declaration's initialiser */
} fx_assign;

typedef struct fx_event {
	fx_ev_kind kind;
	fx_loc loc;
	union {
		fx_call call;
		fx_assign assign;
		fx_val ret;        /* RETURN: the returned value (UNKNOWN for `return;`) */
	} u;
} fx_event;

/* Relational operators of branch conditions. */
typedef enum fx_cmp {
	FX_CMP_EQ = 1, FX_CMP_NE, FX_CMP_LT, FX_CMP_LE, FX_CMP_GT, FX_CMP_GE,
} fx_cmp;

/* A two-way branch's condition, normalised to `lhs op rhs`:
 * `if (x)` is x != 0, `if (!x)` is x == 0, `NT_SUCCESS(s)` (a macro) expands
 * to s >= 0, `KeGetCurrentIrql() <= APC_LEVEL` is R:id <= 1.  When the
 * condition is none of these, `known` is false. */
typedef struct fx_cond {
	bool known;
	fx_cmp op;
	bool is_unsigned;          /* compared as unsigned: `x < 1` means x == 0 */
	fx_val lhs, rhs;
	const char *text;          /* source spelling of the condition */
} fx_cond;

typedef struct fx_block {
	uint32_t nevents;
	fx_event *events;
	/* Successors.  nsucc == 0: function exit (return or end of body).
	 * nsucc == 2 with cond.known or not: succ[0] when true, succ[1] when false.
	 * Otherwise (goto, fall-through, switch): all possible successors. */
	uint32_t nsucc;
	uint32_t *succ;
	fx_cond cond;
	fx_loc loc;                /* first statement of the block, for traces */
} fx_block;

/* SAL IRQL annotations on a function declaration or definition. */
typedef enum fx_annot_kind {
	FX_ANNOT_REQUIRES = 1,     /* _IRQL_requires_(L) */
	FX_ANNOT_REQUIRES_MAX,     /* _IRQL_requires_max_(L) */
	FX_ANNOT_REQUIRES_MIN,     /* _IRQL_requires_min_(L) */
	FX_ANNOT_RAISES,           /* _IRQL_raises_(L) */
	FX_ANNOT_REQUIRES_SAME,    /* _IRQL_requires_same_ */
	FX_ANNOT_SAVES_GLOBAL,     /* _IRQL_saves_global_(kind, param) */
	FX_ANNOT_RESTORES_GLOBAL,  /* _IRQL_restores_global_(kind, param) */
	FX_ANNOT_SAVES,            /* _IRQL_saves_ on parameter `param` */
	FX_ANNOT_RESTORES,         /* _IRQL_restores_ on parameter `param` */
	FX_ANNOT_ALWAYS_FUNCTION_MAX, /* _IRQL_always_function_max_(L) */
	FX_ANNOT_ALWAYS_FUNCTION_MIN, /* _IRQL_always_function_min_(L) */
} fx_annot_kind;

typedef struct fx_annot {
	fx_annot_kind kind;
	int level;                 /* irql_level, or -1 when the argument is not a level */
	int param;                 /* parameter index for SAVES/RESTORES, else -1 */
	const char *arg;           /* raw argument text */
} fx_annot;

typedef struct fx_function {
	const char *key;           /* link key: name, or "file.c::name" for static functions */
	const char *name;          /* source name */
	fx_loc loc;                /* location of the name in the definition or declaration */
	bool is_definition;
	bool is_static;
	const char *role;          /* role type it is declared with ("MINIPORT_INITIALIZE"), or NULL */
	uint32_t nannots;
	fx_annot *annots;
	uint32_t nparams;
	const char **params;       /* parameter names (may be "" when unnamed) */
	const char **param_types;  /* parameter type spellings */
	const char *ret_type;
	/* Definitions only: the control-flow graph; block 0 is the entry. */
	uint32_t nblocks;
	fx_block *blocks;
	uint32_t ncalls;           /* number of call events (ids are 0..ncalls-1) */
} fx_function;

/* FX_DIAG_MSVC: an error of clang's that MSVC, the WDK's compiler, accepts
 * with a warning, where the AST is complete (a definition whose parameter
 * types differ from an earlier declaration, C4028): shown, not counted as a
 * parse error. */
typedef enum fx_severity { FX_DIAG_WARNING = 1, FX_DIAG_ERROR, FX_DIAG_FATAL, FX_DIAG_MSVC } fx_severity;

/* A diagnostic from the parser (or from extraction meeting something it
 * cannot represent), kept so that the run can report the TU as incomplete. */
typedef struct fx_diag {
	fx_severity severity;
	fx_loc loc;
	const char *message;
} fx_diag;

typedef struct fx_tu {
	arena *arena;
	const char *path;          /* main file */
	uint32_t nfuncs;           /* definitions and declarations, one entry per
	                              declaration seen in the main file or a header */
	fx_function *funcs;
	/* Initialisers of globals, as assignments (`static CHARS c = { .F = f };`
	   gives lhs "G:c.F"), and other file-scope stores. */
	uint32_t ninits;
	fx_event *inits;
	uint32_t ndiags;
	fx_diag *diags;
	uint32_t nerrors;          /* diagnostics of severity ERROR or FATAL */
	bool parsed;               /* false: the file could not be parsed at all */
	/* Every file the TU included (directly or not), as the parser named
	   them, sorted and without duplicates: the facts cache keys on their
	   content (checker/cache/). */
	uint32_t nincludes;
	const char **includes;
} fx_tu;

fx_tu *fx_tu_new(const char *path);
void fx_tu_free(fx_tu *tu);    /* NULL-safe */

/* Path helpers (facts.c).  Results are allocated in `a`. */
/* Replace the root of `path` (e.g. "P:0") by `val`: PATH q gives q + rest;
 * ADDR q gives q with the first dereference of rest removed (">f" -> ".f",
 * "^" -> ""); returns NULL when the value cannot stand for the root. */
const char *fx_path_subst_root(arena *a, const char *path, const char *root, const fx_val *val);
/* Length of the root part ("G:name", "P:0", ...). */
size_t fx_path_root_len(const char *path);
/* True when `prefix` equals `path` or is a proper prefix ending at a selector boundary. */
bool fx_path_has_prefix(const char *path, const char *prefix);
/* The next field name of path at or after *pos (start at 0: the root is
 * skipped), with its length in *len; *pos moves past it.  NULL at the end. */
const char *fx_path_next_field(const char *path, size_t *pos, size_t *len);
/* The last field name of a path ("G:g.DriverHandle" -> "DriverHandle"), or NULL. */
const char *fx_path_last_field(const char *path, size_t *len);

const char *fx_val_describe(const fx_val *v);   /* text if present, else path, else "?" */

#endif
