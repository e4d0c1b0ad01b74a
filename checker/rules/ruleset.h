/* ruleset: the rule definitions, handle kinds and IRQL effects read from
 * rules/ (*.yaml files).  A rule is data: a list of checks of a few generic kinds
 * implemented once in C (check_*.c).  ruleset_load() validates strictly (an
 * unknown key, a missing field or a wrong type is an error naming file:line)
 * and resolves parameter names against the knowledge base.  The ruleset owns
 * everything it holds; ruleset_free() releases it. */
#ifndef DDICHECK_RULESET_H
#define DDICHECK_RULESET_H

#include <stdbool.h>
#include <stddef.h>

#include "facts/irql.h"
#include "kb/kb.h"
#include "rules/finding.h"
#include "util/arena.h"

typedef enum rule_check_kind {
	RULE_CHECK_IRQL = 1,     /* calls within the callee's IRQL range (from the KB) */
	RULE_CHECK_CALLER,       /* calls reachable only from entry points of given roles */
	RULE_CHECK_HANDLE,       /* arguments hold handles of a given kind, valid on every path */
	RULE_CHECK_LOCK,         /* spin locks: no double acquire, no release unheld, none held at exit */
	RULE_CHECK_DISCIPLINE,   /* IRQL changes: restored at exit, restored from a saved value, not below entry */
} rule_check_kind;

typedef enum rule_discipline {
	RULE_NOT_RESTORED = 1,   /* a function returns at another IRQL than it may */
	RULE_RESTORE_UNSAVED,    /* an IRQL restored from a value never saved on the path */
	RULE_LOWERED_BELOW_ENTRY,/* the IRQL set below the function's entry IRQL */
} rule_discipline;

enum { RULE_IRQL_BOTH = 0, RULE_IRQL_HIGH = 1, RULE_IRQL_LOW = 2 };

typedef struct rule_handle_arg {
	const char *param_name;  /* as written in the rule file */
	const char *handle_name; /* handle kind, as written */
	int param;               /* resolved index, -1 until resolved */
	int handle;              /* index into ruleset.handles, -1 until resolved */
} rule_handle_arg;

typedef struct rule_check {
	rule_check_kind kind;
	unsigned line;           /* in the rule file, for messages */
	size_t nfunctions;
	const char **functions;  /* explicit list (may be empty when kb_rule is set) */
	const char *kb_rule;     /* functions whose page lists this compliance id */
	bool kb_uncovered;       /* irql: every KB function with a known IRQL that no other
	                            irql check of the run covers */
	int direction;           /* irql: RULE_IRQL_BOTH, RULE_IRQL_HIGH or RULE_IRQL_LOW */
	size_t nroles;
	const char **allowed_roles;
	size_t nargs;
	rule_handle_arg *args;
	bool annotated;          /* irql: also calls of the driver's own annotated functions */
	size_t nacquire, nrelease;
	const char **acquire;    /* lock: calls whose acquisition is checked */
	const char **release;    /* lock: calls whose release is checked */
	size_t nheld;
	const char **held_at_exit; /* lock: locks these calls take are free again when an entry point returns */
	size_t npairs;
	const char **pairs;      /* lock: "Release=Acquire": the release must give back a lock that acquire took */
	rule_discipline what;    /* discipline */
} rule_check;

typedef struct rule {
	const char *id;
	finding_level severity;
	const char *summary;
	const char *file;        /* the rule file, for messages */
	size_t nrefs;
	const char **references; /* reference pages, relative to the docs root */
	size_t nchecks;
	rule_check *checks;
} rule;

typedef struct rule_producer {
	const char *function;
	const char *out_name;
	int out;                 /* parameter index receiving the handle */
	const char *status_name;
	int status;              /* -1: the return value; else the parameter index */
	long long success;       /* status value meaning success */
} rule_producer;

typedef struct rule_destroyer {
	const char *function;
	const char *param_name;
	int param;
} rule_destroyer;

typedef struct rule_handle_kind {
	const char *name;
	size_t nproducers;
	rule_producer *producers;
	size_t ndestroyers;
	rule_destroyer *destroyers;
} rule_handle_kind;

typedef enum rule_where_kind {
	RULE_WHERE_NONE = 0,
	RULE_WHERE_RETURN,       /* the call's result */
	RULE_WHERE_ARG,          /* the value of argument `arg` */
	RULE_WHERE_DEREF,        /* the object argument `arg` points to (+ field) */
} rule_where_kind;

typedef struct rule_where {
	rule_where_kind kind;
	int arg;
	const char *field;       /* DEREF: optional field of the pointed-to object */
} rule_where;

typedef struct rule_irql_effect {
	const char *function;
	int raise;               /* level, or -1 */
	int raise_to_arg;        /* argument index, or -1 */
	rule_where save, restore;
	rule_where acquire;      /* the spin-lock object this call takes */
	rule_where try_acquire;  /* ... only when the call returns non-zero */
	rule_where release;      /* the spin-lock object this call gives back */
	bool returns_irql;       /* the result is the current IRQL (KeGetCurrentIrql) */
	bool noreturn;           /* no path goes on after the call (KeBugCheckEx; RtlAssert,
	                            so that an ASSERT's condition holds after it) */
	bool same_result;        /* the result points to the same object for the same
	                            arguments (a KMDF object's context) */
} rule_irql_effect;

/* A callback parameter whose bit `mask` says the callback runs at `level`. */
typedef struct rule_irql_flag {
	const char *role;
	int param;
	unsigned long mask;
	int level;
} rule_irql_flag;

/* The IRQL a DDI requires where its page gives it only in prose; with
 * when_true >= 0, only when that argument is a non-zero constant. */
typedef struct rule_ddi_irql {
	const char *function;
	int when_true;
	irql_range irql;
	const char *page;
} rule_ddi_irql;

/* The IRQL of a callback role, where the knowledge base has none. */
typedef struct rule_role {
	const char *role;
	irql_range irql;
	const char *page;
	int split_lock;          /* RULE_SPLIT_*: one lock held across a pair of callbacks */
	bool has_irql;           /* false: the KB gives the level; the entry only adds the below */
	/* PASSIVE_LEVEL when the callback's object is configured with
	 * <passive_field> = <passive_value>, on its own attributes or on those
	 * of a parent created by one of passive_parents (see link/program.h). */
	const char *passive_field;
	const char *passive_value;
	size_t npassive_parents;
	const char **passive_parents;
	/* PASSIVE_LEVEL when the callback's object goes to one of these
	 * creating calls (an object cleanup callback on a device's attributes). */
	size_t npassive_creators;
	const char **passive_creators;
	/* With passive_creators: calls whose names start with
	 * passive_reinit_prefix re-initialise the attributes (WDF_xxx_INIT);
	 * another call starting with passive_method_prefix (a framework method
	 * that is not a listed creator) takes the callback elsewhere. */
	const char *passive_reinit_prefix;
	const char *passive_method_prefix;
	/* The level follows an argument of the registering call: registered by
	 * a call of level_function whose argument level_arg (0-based) is the
	 * constant level_names[k], the callback runs at level_levels[k]; other
	 * values, or any registration ddicheck cannot read, keep the role's
	 * level.  level_function NULL: none. */
	const char *level_function;
	int level_arg;
	size_t nlevels;
	const char **level_names;
	irql_range *level_levels;
} rule_role;

enum { RULE_SPLIT_NONE = 0, RULE_SPLIT_ACQUIRE = 1, RULE_SPLIT_RELEASE = 2 };

typedef struct ruleset {
	arena *arena;
	size_t nrules;
	rule *rules;
	size_t nhandles;
	rule_handle_kind *handles;
	size_t neffects;
	rule_irql_effect *effects;
	size_t nflags;
	rule_irql_flag *flags;
	size_t nroles;
	rule_role *roles;
	size_t nddis;
	rule_ddi_irql *ddis;
} ruleset;

/* Loads every *.yaml directly in `dir` (rule files, handles.yaml,
 * irql_effects.yaml) and resolves parameter names with `k` (may be NULL: then
 * names that are not numbers are an error).  Returns 0, or -1 with
 * "file:line: message" in err. */
int ruleset_load(ruleset **out, const char *dir, const kb *k, char *err, size_t errsize);
void ruleset_free(ruleset *rs);   /* NULL-safe */

const rule *ruleset_rule(const ruleset *rs, const char *id);
const rule_irql_effect *ruleset_effect(const ruleset *rs, const char *function);
int ruleset_handle_index(const ruleset *rs, const char *name);
const rule_role *ruleset_role(const ruleset *rs, const char *role);
/* Does the table give `function` an IRQL without a condition? */
bool ruleset_ddi_has_irql(const ruleset *rs, const char *function);

#endif
