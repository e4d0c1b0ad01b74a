/* kb_syntax: light reading of the C text of a page's syntax block or example
 * (a prototype, a struct or union, an enum).  Not a C parser: a tokenizer plus
 * patterns, enough to pull names, types and SAL directions out of declaration
 * text.  Internal to the importer; results live in the arena passed in. */
#ifndef DDICHECK_KB_SYNTAX_H
#define DDICHECK_KB_SYNTAX_H

#include <stdbool.h>
#include <stddef.h>

#include "kb/kb.h"
#include "util/arena.h"

typedef struct kb_proto {
	const char *name;      /* declared function (or function type) name */
	const char *ret;       /* return type with annotations removed: "NDIS_STATUS" */
	size_t nparams;
	kb_param *params;      /* dir/optional from SAL, IN/OUT or [in] marks */
} kb_proto;

typedef struct kb_sfield {
	const char *name;      /* nested members flattened: "AssociatedIrp.MasterIrp" */
	const char *type;      /* "PMDL", "struct _IRP *", "PVOID[4]", "union" */
} kb_sfield;

typedef struct kb_struct_decl {
	const char *tag;       /* "_IRP", or NULL */
	size_t nnames;
	const char **names;    /* typedef names that are not pointers: "IRP" */
	size_t nptrnames;
	const char **ptrnames; /* "*PIRP" declarators: "PIRP" */
	size_t nfields;
	kb_sfield *fields;
} kb_struct_decl;

typedef struct kb_enumerator {
	const char *name;
	const char *expr;      /* value as written, or NULL when implicit */
	bool has_value;        /* value computed (literal, previous+1, simple arithmetic) */
	long long value;
} kb_enumerator;

typedef struct kb_enum_decl {
	const char *tag;
	size_t nnames;
	const char **names;
	size_t nitems;
	kb_enumerator *items;
} kb_enum_decl;

/* Finds a function declarator in CODE: the one named WANT when WANT is
 * non-NULL and present, else the first.  Accepts prototypes, definitions
 * ("... ) {") and function typedefs ("typedef T (NAME)(...)", "(*NAME)").
 * Returns 0 and fills *out, or -1 when there is none. */
int kb_syntax_function(arena *a, const char *code, const char *want, kb_proto *out);

/* First struct or union definition with a body in CODE (preferring one whose
 * tag or typedef name is WANT).  0 or -1. */
int kb_syntax_struct(arena *a, const char *code, const char *want, kb_struct_decl *out);

/* First enum definition with a body.  0 or -1. */
int kb_syntax_enum(arena *a, const char *code, const char *want, kb_enum_decl *out);

#endif
