/* program: the whole driver, linked from the facts of all its translation
 * units.  Functions are merged by link key (static ones stay per file), calls
 * are resolved to the driver's own functions (direct calls by key, indirect
 * calls through the function pointers the driver stores), and entry points
 * are found: DriverEntry, functions declared with a role type, and functions
 * registered by a store into a callback-typed field or by a callback-typed
 * argument.  The program borrows the TUs and the KB (they must outlive it)
 * and owns everything else; program_free() releases it. */
#ifndef DDICHECK_PROGRAM_H
#define DDICHECK_PROGRAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "facts/facts.h"
#include "kb/kb.h"
#include "util/arena.h"
#include "util/strmap.h"

typedef enum pg_entry_how {
	PG_ENTRY_NAMED = 1,      /* DriverEntry by name */
	PG_ENTRY_DECLARED,       /* declared with a role type */
	PG_ENTRY_REGISTERED,     /* stored into a callback-typed object or passed as a callback */
} pg_entry_how;

typedef struct pg_entry {
	const char *role;        /* "DRIVER_INITIALIZE", "MINIPORT_INITIALIZE", ... */
	pg_entry_how how;
	fx_loc loc;              /* the declaration or the registering statement */
	bool irql_known;
	irql_range irql;         /* the IRQL the system calls it at */
	const char *page;        /* the role's reference page, if any */
	/* Where a registration put it: the function whose body registered it
	 * (NULL: a global initialiser or a declaration) and the local object the
	 * callback was stored into or whose address went with it to the
	 * registering call ("L:queueConfig@7"), or NULL. */
	const fx_function *reg_fn;
	const char *reg_obj;
	/* Set by program_narrow_passive(): the assignment that made the
	 * callback's object run at PASSIVE_LEVEL. */
	bool narrowed;
	fx_loc narrowed_loc;
	const char *narrowed_by;  /* the creating call, for a passive-creators rule */
	/* Set by program_level_by_arg(): the constant of the registering call
	 * that gave the level ("IRP_MJ_CLOSE"; several joined by ", "). */
	const char *level_by;
} pg_entry;

typedef struct pg_func {
	const char *key;
	const char *name;
	const fx_function *def;  /* the body; NULL for DDIs and functions defined elsewhere */
	const fx_tu *tu;         /* TU of the definition */
	fx_loc loc;
	const char *role;        /* role type from any declaration */
	size_t nannots;
	const fx_annot *annots;  /* from all declarations, merged */
	size_t nentries;
	pg_entry *entries;       /* empty unless the function is an entry point */
	/* resolved targets of each call event, indexed by fx_call.id */
	uint32_t ncalls;
	uint32_t **targets;      /* targets[id]: array of function indices */
	uint32_t *ntargets;
	size_t ncallees;         /* distinct driver functions called */
	uint32_t *callees;
	/* What it or anything it calls names in access paths (reach.c), sorted:
	 * the globals (their root, "G:name"), the field names, and the last
	 * fields of assignments (a struct assigned whole).  reach_all: it calls
	 * through a pointer nobody can resolve, and may reach anything. */
	size_t nglobals, nfields, ncopy_fields;
	const char **globals, **fields, **copy_fields;
	bool reach_all;
} pg_func;

typedef struct program {
	arena *arena;
	const kb *kb;
	size_t ntus;
	fx_tu *const *tus;
	size_t nfuncs;
	pg_func *funcs;          /* sorted by key: indices are deterministic */
	strmap by_key;           /* key -> index + 1 */
	size_t nunresolved;      /* indirect calls with no known target */
} program;

int program_link(program **out, fx_tu *const *tus, size_t ntus, const kb *k);
void program_free(program *p);   /* NULL-safe */

/* Does f, or anything it calls, name field `name` (len bytes) in an access
 * path; does it assign a struct whose last field is `name`? */
bool program_func_names_field(const pg_func *f, const char *name, size_t len);
bool program_func_copies_field(const pg_func *f, const char *name, size_t len);

/* Index of the function with link key `key`, or -1. */
int program_find(const program *p, const char *key);

/* True when global root `root` ("G:name") is in f's reach (see pg_func). */
bool program_func_reaches_global(const pg_func *f, const char *root, size_t rootlen);

/* A callback role whose level drops to PASSIVE_LEVEL when the object it
 * belongs to is configured so (KMDF: WDF_OBJECT_ATTRIBUTES.ExecutionLevel =
 * WdfExecutionLevelPassive on the queue or timer, or on the device or driver
 * it inherits from). */
typedef struct pg_passive_rule {
	const char *role;
	const char *field;       /* "ExecutionLevel" */
	const char *value;       /* "WdfExecutionLevelPassive" */
	const char *const *parents;   /* creating calls whose attributes every object inherits */
	size_t nparents;
	/* Or, with field NULL: the callback's object passed to one of these
	 * creating calls (attributes with a cleanup callback given to
	 * WdfDeviceCreate) makes it PASSIVE_LEVEL. */
	const char *const *creators;
	size_t ncreators;
	const char *reinit_prefix;   /* "WDF_": calls that re-initialise the attributes */
	const char *method_prefix;   /* "Wdf": framework methods that are not creators */
} pg_passive_rule;

/* Sets every entry of a listed role to PASSIVE_LEVEL when the attributes
 * passed, in the registering function, to the same call as the callback's
 * configuration object set `field` to `value`; or when any call the driver
 * makes to a parent creator (WdfDeviceCreate, WdfDriverCreate) passes
 * attributes that do.  The parent case is driver-wide: a driver with two
 * kinds of device, one passive and one not, gets both as passive. */
void program_narrow_passive(program *p, const pg_passive_rule *rules, size_t n);

/* A callback whose level follows a constant argument of the call that
 * registers it (the major function a KMDF preprocess routine is registered
 * for). */
typedef struct pg_level_rule {
	const char *role;
	const char *function;    /* "WdfDeviceInitAssignWdmIrpPreprocessCallback" */
	int arg;                 /* 0-based index of the constant */
	size_t n;
	const char *const *names;     /* "IRP_MJ_CLOSE" ... */
	const irql_range *levels;
} pg_level_rule;

/* Sets every entry of a listed role to the join of the levels of its
 * registrations, when every call of `function` that passes the callback in
 * that role has a listed constant at `arg`.  One registration with any
 * other value (a variable, an unlisted constant) leaves the role's level:
 * the analysis never assumes a level it cannot read. */
void program_level_by_arg(program *p, const pg_level_rule *rules, size_t n);

/* True when `f` is an entry point of role `role` (NULL: of any role). */
bool program_is_entry(const pg_func *f, const char *role);

#endif
