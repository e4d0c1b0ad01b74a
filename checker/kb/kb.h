/* kb: the DDI knowledge base, loaded from rules/kb/ (written by kb_import).
 * Owns everything it returns: pointers stay valid until kb_free().
 * Lookups are by exact name and O(1).  The analyses read IRQL ranges, rule
 * ids and parameter lists from here; nothing about a DDI is typed into C. */
#ifndef DDICHECK_KB_H
#define DDICHECK_KB_H

#include <stdbool.h>
#include <stddef.h>

#include "facts/irql.h"

typedef enum kb_dir {
	KB_DIR_UNKNOWN = 0, KB_DIR_IN = 1, KB_DIR_OUT = 2, KB_DIR_INOUT = 3,
} kb_dir;

typedef struct kb_param {
	const char *name;
	kb_dir dir;
	bool optional;
	const char *type;          /* from the syntax block, or NULL */
} kb_param;

typedef struct kb_irql {
	bool known;                /* false: the page gives no level we can use */
	irql_range range;          /* valid when known */
	const char *raw;           /* req.irql as written ("" when empty) */
} kb_irql;

typedef enum kb_kind {
	KB_FUNCTION = 1,           /* nf- pages */
	KB_CALLBACK,               /* nc- pages: role types */
	KB_STRUCT,                 /* ns- pages */
	KB_ENUM,                   /* ne- pages */
} kb_kind;

typedef struct kb_entry {
	kb_kind kind;
	const char *name;          /* "NdisIMAssociateMiniport", "MINIPORT_INITIALIZE" */
	const char *header;        /* "ndis.h" */
	const char *page;          /* page path relative to the docs root, for citations */
	kb_irql irql;              /* functions: when called; callbacks: when the system calls them */
	size_t nrules;
	const char **rules;        /* req.ddi-compliance ids, sorted */
	const char *ret;           /* return type, or NULL */
	size_t nparams;
	kb_param *params;
} kb_entry;

typedef struct kb_field {
	const char *structname;    /* "NDIS_MINIPORT_DRIVER_CHARACTERISTICS" (also its _ tag name) */
	const char *field;         /* "InitializeHandlerEx" */
	const char *type;          /* "SET_OPTIONS_HANDLER" / "MINIPORT_INITIALIZE_HANDLER" */
	const char *role;          /* callback role it registers ("MINIPORT_INITIALIZE"), or NULL */
} kb_field;

typedef struct kb kb;

/* Loads DIR (normally rules/kb).  Returns 0, or -1 with a message naming
 * file and line written to err (errsize bytes). */
int kb_load(kb **out, const char *dir, char *err, size_t errsize);
void kb_free(kb *k);   /* NULL-safe */

const kb_entry *kb_function(const kb *k, const char *name);   /* KB_FUNCTION */
const kb_entry *kb_callback(const kb *k, const char *name);   /* KB_CALLBACK (role types) */
/* KB_STRUCT / KB_ENUM entry by any of its names: typedef ("IRP"), tag
 * ("_IRP") or another name its page gives.  NULL if unknown. */
const kb_entry *kb_struct(const kb *k, const char *name);
const kb_entry *kb_enum(const kb *k, const char *name);
const kb_field *kb_struct_field(const kb *k, const char *structname, const char *field);
/* Role type named by a callback pointer typedef ("MINIPORT_INITIALIZE_HANDLER" ->
 * "MINIPORT_INITIALIZE", "PKDEFERRED_ROUTINE" -> "KDEFERRED_ROUTINE"), or NULL. */
const char *kb_role_of_type(const kb *k, const char *type);

/* All functions whose req.ddi-compliance names `rule`, sorted by name. */
size_t kb_functions_for_rule(const kb *k, const char *rule, const kb_entry ***out);
/* Every entry of a kind, sorted by name (for --list-rules, coverage counts). */
size_t kb_entries(const kb *k, kb_kind kind, const kb_entry ***out);

#endif
