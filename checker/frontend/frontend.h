/* frontend: turns one translation unit into facts.  Owns the libclang index
 * (one per fe_session; a session is used by one thread at a time), parses
 * with the bundled model headers searched after the user's include paths,
 * hands the AST to extract/, and disposes the libclang TU before returning.
 * Reads compilation databases through libclang's API.  No CXCursor or
 * CXString leaves this module or extract/. */
#ifndef DDICHECK_FRONTEND_H
#define DDICHECK_FRONTEND_H

#include <stdbool.h>
#include <stddef.h>

#include "facts/facts.h"

typedef struct fe_config {
	const char *model_include_dir;  /* rules/include: added with -idirafter */
	const char *const *extra_args;  /* -I/-D/-- arguments from the command line */
	size_t nextra;
} fe_config;

/* A header only a WDK build writes, from a file of the project: the
 * message compiler's X.h from a message text file or, -km or -um, from an
 * ETW instrumentation manifest (MessageCompile items), wmimofck's from the
 * MOF that mofcomp compiles (MofComp and Wmimofck items). */
typedef enum fe_gen_kind { FE_GEN_MC = 1, FE_GEN_MOF, FE_GEN_ETW_KM, FE_GEN_ETW_UM } fe_gen_kind;

typedef struct fe_gen {
	fe_gen_kind kind;
	char *header;        /* the file name the build writes ("serlog.h"), no directory */
	char *source;        /* the file it is made from (.mc, .man, .mof), as found on disk */
	bool customer;       /* mc -c (SetCustomerbit) */
	bool method_structs; /* wmimofck -m (GenerateStructureDefinitionsForMethodParameters) */
} fe_gen;

/* One translation unit to parse: from the command line, a compilation
 * database or a project.  The WPP fields describe the stand-in for a
 * missing X.tmh, `gens` the project's generated headers (fe_int.h,
 * "includes missing as written"). */
typedef struct fe_input {
	char *file;          /* absolute or relative to the current directory */
	char *directory;     /* working directory of the compile (NULL: current) */
	char **args;         /* compiler arguments, without the compiler and the file */
	size_t nargs;
	char **wpp_funcs;    /* trace-function signatures, "DEBUGP(LEVEL,MSG,...)" (<WppTraceFunction>) */
	size_t nwpp_funcs;
	char *wpp_config;    /* the header holding the begin_wpp config block
			        (<WppScanConfigurationData>), or NULL: the headers
			        beside the file and in its -I directories are read */
	fe_gen *gens;        /* the project's generated headers */
	size_t ngens;
} fe_input;

typedef struct fe_session fe_session;

fe_session *fe_session_new(const fe_config *cfg);
void fe_session_free(fe_session *s);  /* NULL-safe */

/* Parses `in` and extracts its facts into *out (caller frees with fx_tu_free).
 * Parse errors do not fail the call: they are in (*out)->diags with
 * (*out)->nerrors counting them, and the AST is extracted as far as it parsed.
 * An #include missing as written is looked for as Windows would find it
 * (in any letter case; a WPP X.tmh is made up in memory, the message
 * compiler's X.h from its .mc, wmimofck's from the project's MOF) and the
 * file parsed again with it, up to 64 such files; the diagnostics are the
 * last parse's, and a file found this way gives none (a .mc or .mof that
 * cannot be read gives its own, first).
 * When libclang cannot build a TU at all, *out has parsed == false and a diag
 * naming the file; the call still returns 0.  Returns -1 only on a bug. */
int fe_extract(fe_session *s, const fe_input *in, fx_tu **out);

/* Shared leading includes.  TUs whose main files start with the same
 * #include lines, compiled from the same directory with the same arguments,
 * share one precompiled header of those lines; the facts are the same as
 * without it (frontend.c says why, docs/performance.md what it saves).
 * Use: fe_pch_plan over all inputs; fe_pch_build(s, set, k) for k in
 * 0..fe_pch_count-1 (any sessions, concurrently for different k); then
 * fe_extract_pch(s, &in[i], fe_pch_for(set, i), &tu); fe_pch_free after the
 * last parse.  Every failure falls back to plain parsing: a group whose
 * header cannot be built has no PCH, and fe_pch_for returns NULL. */
typedef struct fe_pch_set fe_pch_set;

/* Groups in[0..n-1] by leading include block.  Returns 0 with *out (free
 * with fe_pch_free, which also removes its temporary files). */
int fe_pch_plan(fe_pch_set **out, const fe_input *in, size_t n);
size_t fe_pch_count(const fe_pch_set *set);    /* headers to build */
/* Builds header k; 0 whether or not it could be made, -1 on bad arguments. */
int fe_pch_build(fe_session *s, fe_pch_set *set, size_t k);
/* The PCH to parse in[i] with, or NULL (no group, or its build failed). */
const char *fe_pch_for(const fe_pch_set *set, size_t i);
void fe_pch_free(fe_pch_set *set);  /* NULL-safe */

/* fe_extract with a precompiled header of the TU's leading includes made by
 * fe_pch_build for this input (or NULL: plain parse). */
int fe_extract_pch(fe_session *s, const fe_input *in, const char *pch, fx_tu **out);

/* Like fe_extract, but the main file's content is given (tests, fuzzing). */
int fe_extract_buffer(fe_session *s, const char *path, const char *content, size_t len,
		      const char *const *args, size_t nargs, fx_tu **out);

/* Reads BUILD_DIR/compile_commands.json.  Returns 0 with *out (free with
 * fe_inputs_free), or -1 with a message in err naming the file. */
int fe_compdb_load(const char *build_dir, fe_input **out, size_t *n, char *err, size_t errsize);
void fe_inputs_free(fe_input *in, size_t n);
void fe_input_clear(fe_input *in);   /* frees one input's members, leaves it empty */

#endif
