/* fe_include: the rules for an #include that is missing as written, without
 * libclang (frontend.c applies them to a parse and supplies the files as
 * unsaved files).  Drivers are written on Windows, whose file names ignore
 * letter case, and with WPP tracing, whose X.tmh headers only a WDK build
 * generates: here a name is found in any letter case, the include search
 * directories are read from an argument vector, and the in-memory stand-in
 * for a .tmh is made from the project's trace-function signatures.  Every
 * string returned is malloc'd and owned by the caller. */
#ifndef DDICHECK_FE_INCLUDE_H
#define DDICHECK_FE_INCLUDE_H

#include <stdbool.h>
#include <stddef.h>

#include "util/strbuf.h"

/* A growable list of owned strings. */
typedef struct fe_strv {
	char **v;
	size_t n, cap;
} fe_strv;

void fe_strv_push(fe_strv *l, const char *s);   /* copies s */
void fe_strv_free(fe_strv *l);                   /* NULL-safe, leaves l empty */

/* Results of fe_include_find_ci. */
enum { FE_INC_FOUND = 0, FE_INC_NONE = -1, FE_INC_AMBIGUOUS = -2 };

/* Looks for `name` (as an #include writes it: '/' or '\' separators,
 * relative to dir, or absolute) under the directory `dir` ("" is the
 * current directory), component by component: a component that exists as
 * written is taken, else the one entry of its directory equal to it but
 * for letter case.  FE_INC_FOUND with *found (dir joined with the names on
 * disk; the last one a regular file), FE_INC_NONE when some component
 * matches nothing, FE_INC_AMBIGUOUS when one matches several entries (a
 * case-sensitive file system can hold "Foo.h" and "foo.h"; Windows could
 * not, so nothing says which was meant). */
int fe_include_find_ci(const char *dir, const char *name, char **found);

/* The NAME of clang's "'NAME' file not found", or NULL for any other
 * message (also "... file not found with <angled> include ...", where
 * clang found the file anyway). */
char *fe_include_missing_name(const char *msg);

/* True when name ends in ".tmh" in any letter case. */
bool fe_include_is_tmh(const char *name);

/* Appends to out the directories the arguments give an include of that
 * kind, in clang's order: -iquote (quoted includes only), then -I, then
 * -isystem (when with_system), each in command-line order; joined and
 * separate forms.  The includer's own directory and the system and model
 * directories are the caller's. */
void fe_include_dirs(const char *const *args, size_t n, bool quoted, bool with_system, fe_strv *out);

/* The #include names in quotes of a source text whose name ends in .tmh,
 * in order (the main file's WPP includes, known before parsing). */
void fe_include_tmh_names(const char *text, size_t len, fe_strv *out);

/* ---- WPP ---- */

/* One trace-function signature as the vcxproj's <WppTraceFunction> or a
 * FUNC line writes it, "NAME{KEY=VALUE,...}(PARAM, ..., ...)" with the
 * {...} part optional, made a macro that discards its arguments:
 *   TraceEvents(LEVEL, FLAGS, MSG, ...)
 *     -> #define TraceEvents(LEVEL, FLAGS, MSG, ...) WPP_STUB_TRACE(LEVEL, FLAGS, MSG, __VA_ARGS__)
 *   KdPrint((MSG, ...))      (a parenthesised group is one argument)
 *     -> #define KdPrint(WPP_STUB_ARG1) WPP_STUB_TRACE(WPP_STUB_ARG1)
 * Appends the line (with '\n') to out and returns 0, with *name (may be
 * NULL) the function's name; -1 on anything else (out unchanged). */
int fe_wpp_define(const char *sig, strbuf *out, char **name);

/* Appends to out the signatures of the FUNC lines inside the comment
 * blocks "begin_wpp config" ... "end_wpp" of a source text ("FUNC" and the
 * ';' removed).  Other configuration lines (USEPREFIX, USESUFFIX,
 * CUSTOM_TYPE, WPP_FLAGS) say nothing a stub needs and are skipped. */
void fe_wpp_scan(const char *text, size_t len, fe_strv *out);

/* The content of a stand-in X.tmh: one #define per signature (the first
 * of a name wins; malformed ones are skipped), then
 * `#include <wpp_stub.h>`, whose defaults (DoTraceMessage...) then yield
 * to a project function of the same name. */
void fe_wpp_stub(const char *const *sigs, size_t n, strbuf *out);

/* What a generator of a missing header (fe_mc, fe_mof, fe_etw) found wrong
 * in its source, and where. */
typedef struct fe_gen_error {
	unsigned line;          /* 1-based; 0 when no line applies */
	char message[256];
} fe_gen_error;

/* For a header name ("inc/serlog.h", any letter case of ".h"): the source
 * the build would have made it from, with extension ext ("mc" gives
 * "inc/serlog.mc"); NULL when the name does not end in ".h".  Caller frees. */
char *fe_include_source_name(const char *header, const char *ext);

/* Is s (NUL-terminated, NULL allowed) a C identifier? */
bool fe_include_is_c_ident(const char *s);

/* "{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}", braces optional: its 16 bytes
 * in the order the text gives them; false when malformed. */
bool fe_include_parse_guid(const char *s, unsigned char b[16]);

#endif
