/* kb_model: the importer's in-memory knowledge base, between reading pages
 * (kb_import.c) and writing the files (kb_write.c).  All strings and arrays
 * live in the model's arena; the vectors of pointers are malloc'd and freed
 * by kb_model_free.  Internal to the kb module. */
#ifndef DDICHECK_KB_MODEL_H
#define DDICHECK_KB_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "kb/kb.h"
#include "kb/kb_syntax.h"
#include "util/arena.h"
#include "util/strmap.h"

typedef struct kb_m_entry {
	kb_entry e;               /* functions and callbacks; rules sorted at the end */
	bool legacy;              /* from an old-layout page */
	bool stub;                /* known only from a rule page's "Applies to" list */
	bool dead;                /* superseded by a page that defines the same name */
	size_t rcap;
} kb_m_entry;

typedef struct kb_m_field {
	const char *name, *type;
	const char *nc_link;      /* doc link of the field, "nc-ndis-miniport_initialize" */
	const char *role;         /* resolved after all pages are read */
	const char *role_source;  /* "type" (naming convention) or "doc" (field's link) */
} kb_m_field;

typedef struct kb_m_agg {        /* a structure or an enumeration */
	const char *name;         /* canonical: first typedef name */
	bool dead;
	const char *header, *page;
	bool legacy;
	size_t naliases;
	const char **aliases;     /* every other name it is known by (tag, api names) */
	size_t nptrnames;
	const char **ptrnames;
	size_t nfields;
	kb_m_field *fields;       /* structures */
	size_t nitems;
	kb_enumerator *items;     /* enumerations */
} kb_m_agg;

typedef struct kb_m_rulelink {
	const char *rule, *function;
	bool from_compliance;     /* the function's page lists the rule */
	const char *rule_page;    /* the rule page lists the function, or NULL */
} kb_m_rulelink;

typedef struct kb_model {
	arena *a;
	kb_m_entry **funcs, **cbs;
	size_t nfuncs, ncbs, capf, capc;
	kb_m_agg **structs, **enums;
	size_t nstructs, nenums, caps, cape;
	kb_m_rulelink *links;
	size_t nlinks, capl;
	strmap func_by_name, cb_by_name, struct_by_name, enum_by_name;
	strmap cb_by_page;        /* "nc-ndis-miniport_initialize" -> callback entry */
	strmap link_by_key;       /* "rule\tfunction" -> index+1 into links */
} kb_model;

void kb_model_free(kb_model *m);

/* Writes the KB files of M (sorted) into DIR.  0, or -1 with a message
 * naming the file on ERRORS. */
int kb_write_all(const kb_model *m, const char *dir, FILE *errors);

/* Role type registered through a field or parameter of type TYPE, by naming
 * convention over the known callbacks (is_cb says whether a name is one):
 * X itself, X_HANDLER, PX, PX_HANDLER, PFN_Y for EVT_Y or Y.  NULL if none.
 * Returns a pointer into TYPE's own text or the callback name from is_cb. */
const char *kb_role_by_convention(const char *type,
				  const char *(*is_cb)(const void *ctx, const char *name),
				  const void *ctx, char *buf, size_t bufsize);

#endif
