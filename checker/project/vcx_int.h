/* vcx_int.h -- what the project reader's files share (vcxproj.c: the XML,
 * configurations, metadata and items; vcx_path.c: MSBuild text made paths
 * and found on disk as Windows would -- any letter case, file-name
 * wildcards, the files an Include/Exclude/Remove list names, forced
 * includes).  Every string returned is malloc'd and owned by the caller.
 * Not for use outside checker/project. */
#ifndef DDICHECK_VCX_INT_H
#define DDICHECK_VCX_INT_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "frontend/frontend.h"

/* A growable list of owned strings. */
typedef struct vcx_strlist {
	char **v;
	size_t n, cap;
} vcx_strlist;

void vcx_sl_push(vcx_strlist *l, const char *s);   /* copies s */
void vcx_sl_free(vcx_strlist *l);                   /* leaves l empty */

/* The project being read and the configuration chosen. */
typedef struct vcx_ctx {
	const char *path;
	char *dir;               /* the project's directory, with a trailing '/' */
	char *config, *platform; /* chosen */
	bool kernel_mode;        /* a kernel-mode driver: cl /kernel defines _KERNEL_MODE */
} vcx_ctx;

/* Why a path was not found: the first component that matched nothing, or
 * that matched several names differing only in letter case. */
typedef struct vcx_miss {
	char *dir;      /* the directory searched ("" for the current one) */
	char *name;     /* the component as written */
	int candidates; /* names there equal to it but for letter case: 0, or 2 and more */
} vcx_miss;

void vcx_miss_free(vcx_miss *m);

/* ---- the XML (vcxproj.c) ---- */

/* n is an element of that name, in any letter case (MSBuild's names are:
 * projects write <PreCompiledHeader> as well as <PrecompiledHeader>). */
bool vcx_is(const xmlNode *n, const char *name);
char *vcx_attr(const xmlNode *n, const char *name);   /* NULL when absent */
char *vcx_text(const xmlNode *n);                     /* the content, "" when empty */
char *vcx_trim_dup(const xmlNode *n);                 /* the content trimmed */
/* n's Condition holds for the chosen configuration (one ddicheck cannot
 * evaluate counts as true). */
bool vcx_condition_holds(const vcx_ctx *c, const xmlNode *n);

/* ---- generated headers (vcx_gen.c) ---- */

/* A MofComp item's .mof (on disk) and the binary MOF it is compiled to;
 * a Wmimofck item's binary MOF and the header it writes (file names). */
typedef struct vcx_mof {
	char *source, *bmf;
} vcx_mof;

typedef struct vcx_wmck {
	char *bmf, *header;
	bool method_structs;
} vcx_wmck;

/* The generated headers of a project (fe_gen), collected over its items. */
typedef struct vcx_gens {
	fe_gen *v;
	size_t n, cap;
	vcx_mof *mofs;
	size_t nmofs, capmofs;
	vcx_wmck *wmcks;
	size_t nwmcks, capwmcks;
	/* the ItemDefinitionGroup's MessageCompile metadata: GeneratedFilesBaseName,
	   HeaderExtension, SetCustomerbit, GenerateKernelModeLoggingMacros,
	   GenerateUserModeLoggingMacros (NULL: not given) */
	char *mc_base, *mc_ext, *mc_customer, *mc_km, *mc_um;
} vcx_gens;

/* Reads the ItemDefinitionGroup's defaults for one generator item (e is
 * <MessageCompile> there) into g's pending defaults. */
void vcx_gen_defaults(const vcx_ctx *c, const xmlNode *e, vcx_gens *g);
/* Adds the headers an item writes (e is a <MessageCompile>, <MofComp> or
 * <Wmimofck> of an ItemGroup).  Items whose file is missing add nothing: they matter only
 * when a source includes their header, and then the include stays
 * missing. */
void vcx_gen_item(const vcx_ctx *c, const xmlNode *e, vcx_gens *g);
/* Pairs the Wmimofck headers with their MOFs and gives every input a copy
 * of the headers. */
void vcx_gen_attach(vcx_gens *g, fe_input *ins, size_t nin);
void vcx_gens_free(vcx_gens *g);

/* s without leading and trailing white space (in place). */
char *vcx_trim(char *s);

/* s with $(Configuration), $(Platform) and the project-directory properties
 * replaced; NULL when another $(...) remains. */
char *vcx_expand_props(const vcx_ctx *c, const char *s);

/* A project-relative MSBuild path ('\' separators, properties) made a path
 * from the current directory; NULL when empty or naming an unknown
 * property. */
char *vcx_to_path(const vcx_ctx *c, const char *raw);

/* dir and name joined with one '/' ("" and "/" stay roots). */
char *vcx_join(const char *dir, const char *name);

/* path as it is on disk, each component matched in any letter case.
 * 0 and *out, or -1 with *miss filled (free it with vcx_miss_free). */
int vcx_resolve(const char *path, char **out, vcx_miss *miss);

/* Appends to out the files one item spec names (a file or a file-name
 * wildcard), resolved on disk; label names the spec in messages.
 * must_exist: a missing file is an error (an Include), else nothing (an
 * Exclude or Remove).  0, or -1 with "file:line: message" in err. */
int vcx_expand(const vcx_ctx *c, const char *spec, long line, const char *label, bool must_exist,
	       vcx_strlist *out, char *err, size_t errsize);

/* Appends to set the canonical names of the files an Exclude or Remove list
 * names (files, wildcards, @(ClCompile) for ins[0..nin-1]).  0, or -1 with
 * err. */
int vcx_file_set(const vcx_ctx *c, const char *list, long line, const char *label, const fe_input *ins,
		 size_t nin, vcx_strlist *set, char *err, size_t errsize);

/* Whether file's canonical name is in set (made by vcx_file_set). */
bool vcx_in_set(const vcx_strlist *set, const char *file);

/* Where a forced include or precompiled header `name` of source is, searched
 * like #include "name" (source's directory, incs, the project's directory).
 * Sets *out (caller frees); 0 when found, -1 when not (then *out is the
 * name in the project's directory). */
int vcx_forced(const vcx_ctx *c, const char *source, const vcx_strlist *incs, const char *name, char **out);

#endif
