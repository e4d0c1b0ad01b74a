/* fe_int.h -- what the frontend's files share (frontend.c: sessions,
 * arguments and the parse; fe_resolve.c: includes missing as written;
 * fe_pch.c: shared leading includes; fe_compdb.c: compilation databases).
 * Not for use outside checker/frontend. */
#ifndef DDICHECK_FE_INT_H
#define DDICHECK_FE_INT_H

#include <clang-c/Index.h>
#include <stdbool.h>
#include <stddef.h>

#include "frontend/fe_include.h"
#include "frontend/frontend.h"
#include "util/strbuf.h"
#include "util/strmap.h"

/* The begin_wpp config blocks of one directory's headers (or of one
 * file), read once per session: every TU of a driver asks for the same. */
typedef struct wpp_scan {
	char *key;               /* "D:dir" or "F:file" */
	fe_strv sigs;            /* FUNC signatures found */
	fe_strv files;           /* the files that had some (for the cache key) */
} wpp_scan;

struct fe_session {
	CXIndex index;
	char *model_include_dir;
	char **extra;
	size_t nextra;
	char *resource_dir;      /* NULL: let libclang find it */
	strmap wpp;              /* key -> wpp_scan */
	wpp_scan **scans;        /* owned, for freeing */
	size_t nscans, capscans;
};

/* Parse options.  KeepGoing: a missing include does not end the parse.  No
 * detailed preprocessing record.  Function bodies are not skipped, not even
 * in headers: the driver's static inline helpers in its own headers take
 * locks and call DDIs, and the analysis follows them (docs/performance.md
 * measures what skipping the model headers' few bodies would save). */
#define FE_PARSE_OPTIONS ((unsigned)CXTranslationUnit_KeepGoing)

/* The argument vector of one parse: base flags, resource dir, working
 * directory, the session's extra arguments, the TU's own, the model headers;
 * `pre` (may be NULL) goes right before the TU's own arguments.  The same
 * function builds the arguments of a TU and of the precompiled header of its
 * leading includes, so that both see the same macros and search paths. */
typedef struct fe_argv {
	const char **v;
	size_t n;
	char *wd;
} fe_argv;

void fe_argv_build(fe_argv *a, const fe_session *s, bool header, const char *workdir,
		   const char *const *pre, size_t npre, const char *const *uargs, size_t nuargs);
void fe_argv_free(fe_argv *a);

/* in->file joined to in->directory when relative (malloc'd), or NULL. */
char *fe_input_path(const fe_input *in);

/* A driver's sources were written on Windows: an #include may name its
 * header in another letter case than the file on disk, and a WPP source
 * includes X.tmh, which only tracewpp (a WDK build) writes.  clang then
 * reports "'X' file not found" and the TU loses every declaration behind
 * it.  Such a name is looked for where clang searches it (the includer's
 * directory for a quoted include, then the -iquote, -I and -isystem
 * directories of the session and the TU, in clang's order, and last the
 * model directory) in any letter case, component by
 * component (fe_include.h); when exactly one file matches, its content is
 * given to libclang as an unsaved file at the path the include asked for,
 * where clang then finds it (libclang remaps a path that does not exist on
 * disk as a virtual file), and the TU is parsed again.  A missing .tmh that
 * matches nothing becomes an in-memory stand-in (fe_wpp_stub), and a
 * missing X.h the message compiler would write is made from the project's
 * MessageCompile item of that name or from X.mc found where X.h was
 * searched, in any letter case (fe_mc), and a WMI header from the
 * project's MOF (fe_mof); a project's generated header is used before a
 * model header of its name.  Several
 * matches, or none for another name, leave the error as clang reported it.
 * A TU's .tmh includes are known from its text, so their stand-ins are
 * supplied before the first parse and most WPP drivers parse once. */

enum { FE_MISSING_MAX = 64 };   /* files supplied per TU: bounds the re-parses */
enum { FE_WPP_SCAN_MAX = 1024 * 1024 };   /* bytes of one header read for begin_wpp */
enum { FE_GEN_SOURCE_MAX = 4 * 1024 * 1024 };   /* bytes of a file a header is generated from */

/* Why a generated header could not be made (a bad message text file):
 * reported with the parse's errors, at the file and line it names. */
typedef struct fe_note {
	char *file;
	unsigned line;
	char *message;
} fe_note;

typedef struct fe_fix {
	fe_session *s;
	const char *main;            /* the main file, as parsed */
	const char *workdir;         /* the compile's directory, or NULL */
	const fe_input *in;          /* the project's WPP data, or NULL */
	const char *main_text;       /* the main file's content when given, else NULL */
	size_t main_len;
	fe_strv quoted, angled;      /* search directories (after the includer's) */
	fe_strv user_dirs;           /* -iquote and -I: the user's own headers */
	struct CXUnsavedFile *uf;
	unsigned nuf, capuf;
	char **owned;                /* names and contents the unsaved files point to */
	size_t nowned, capowned;
	fe_strv vnames, reals;       /* supplied paths and their files on disk ("" for a stub) */
	fe_strv tried;               /* includer directory + name already handled */
	fe_strv deps;                /* files the result depends on beyond clang's inclusions */
	fe_note *notes;              /* generated headers that could not be made */
	size_t nnotes, capnotes;
	bool have_stub;
	strbuf stub;
	size_t nsupplied;
} fe_fix;

/* The directory a file's quoted includes are searched in first, as clang
 * names it ("." for a bare file name).  Caller frees. */
char *fe_dir_of(const char *path);

/* One parse's resolver: fe_fix_init before the first parse (the TU's
 * search directories; `unsaved` are the caller's own files, kept first),
 * fe_fix_prescan to supply the main file's .tmh stand-ins, then after each
 * parse fe_fix_missing, which supplies what the parse lacked and returns
 * how many files it added (0: parse no more); f->uf/f->nuf are the unsaved
 * files to parse with, f->deps the files the result depends on beyond
 * clang's inclusions.  fe_fix_free releases it all. */
void fe_fix_init(fe_fix *f, fe_session *s, const char *main, const char *workdir, const fe_input *in,
		 const char *const *uargs, size_t nuargs, struct CXUnsavedFile *unsaved, unsigned nunsaved);
void fe_fix_prescan(fe_fix *f);
unsigned fe_fix_missing(fe_fix *f, CXTranslationUnit ctu);
void fe_fix_free(fe_fix *f);

/* Frees the session's cache of begin_wpp scans. */
void fe_wpp_scans_free(fe_session *s);

#endif
