/* frontend: libclang index, parse arguments, diagnostics and compilation
 * databases; the AST itself goes to extract/. */
#define _GNU_SOURCE   /* dladdr: where libclang was loaded from */
#include "frontend/frontend.h"

#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "extract/extract.h"
#include "frontend/fe_args.h"
#include "frontend/fe_include.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/xalloc.h"

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

/* Flags every parse starts with.  Drivers are compiled by MSVC for Windows:
 * the windows-msvc target gives LLP64 (long is 32 bits), __int64, wchar_t
 * as unsigned short and, with -fms-extensions, __try/__except/__finally/
 * __leave and __declspec; -fms-compatibility accepts MSVC's looser C.
 * -ferror-limit=0 keeps all errors (each is recorded), -Wno-everything drops
 * warnings nobody reads here.  The user's arguments come after these so
 * that theirs win.  __DDICHECK__ lets headers show the analysis what a
 * debug build checks (the model's ASSERT keeps its condition). */
static const char *const base_args[] = {
	"-x", "c", "--target=x86_64-pc-windows-msvc", "-fms-extensions", "-fms-compatibility",
	"-ferror-limit=0", "-Wno-everything", "-D__DDICHECK__=1",
};
#define NBASE (sizeof(base_args) / sizeof(base_args[0]))

static bool is_dir_with_stddef(const char *dir)
{
	char p[PATH_MAX];
	struct stat st;
	if (snprintf(p, sizeof p, "%s/include/stddef.h", dir) >= (int)sizeof p)
		return false;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* libclang 19 as packaged by Debian/Ubuntu cannot find its own resource
 * directory when loaded into a program other than clang ("ignoring
 * nonexistent directory lib/clang/19/include"): stddef.h, stdarg.h and
 * friends are then missing.  The directory sits next to the shared library
 * (<libdir>/clang/<major>), so it is located from where the library was
 * loaded and passed with -resource-dir. */
static char *find_resource_dir(void)
{
	const char *env = getenv("DDICHECK_CLANG_RESOURCE_DIR");
	if (env && *env)
		return xstrdup(env);
	int major = 0;
	CXString v = clang_getClangVersion();
	const char *vs = clang_getCString(v);
	const char *p = vs ? strstr(vs, "version ") : NULL;
	if (p)
		major = atoi(p + 8);
	clang_disposeString(v);

	Dl_info info;
	if (!dladdr((void *)clang_createIndex, &info) || !info.dli_fname)
		return NULL;
	char *real = realpath(info.dli_fname, NULL);
	char *libdir = xstrdup(real ? real : info.dli_fname);
	free(real);
	char *slash = strrchr(libdir, '/');
	char *found = NULL;
	if (slash && major > 0) {
		*slash = '\0';
		strbuf sb = STRBUF_INIT;
		const char *const fmts[] = { "%s/clang/%d", "%s/../lib/clang/%d" };
		for (size_t i = 0; i < 2 && !found; i++) {
			strbuf_reset(&sb);
			strbuf_printf(&sb, fmts[i], libdir, major);
			if (is_dir_with_stddef(strbuf_str(&sb)))
				found = strbuf_detach(&sb);
		}
		if (!found) {
			/* libclang 14..15 name it by the full version (clang/14.0.6),
			   and Debian's library may resolve to a multiarch directory */
			for (int parent = 0; parent < 2 && !found; parent++) {
				strbuf dir = STRBUF_INIT;
				if (parent == 0)
					strbuf_printf(&dir, "%s/clang", libdir);
				else
					strbuf_printf(&dir, "/usr/lib/llvm-%d/lib/clang", major);
				DIR *d = opendir(strbuf_str(&dir));
				struct dirent *de;
				while (d && !found && (de = readdir(d))) {
					if (atoi(de->d_name) != major)
						continue;
					strbuf_reset(&sb);
					strbuf_printf(&sb, "%s/%s", strbuf_str(&dir), de->d_name);
					if (is_dir_with_stddef(strbuf_str(&sb)))
						found = strbuf_detach(&sb);
				}
				if (d)
					closedir(d);
				strbuf_free(&dir);
			}
		}
		if (!found) {
			strbuf_reset(&sb);
			strbuf_printf(&sb, "/usr/lib/llvm-%d/lib/clang/%d", major, major);
			if (is_dir_with_stddef(strbuf_str(&sb)))
				found = strbuf_detach(&sb);
		}
		strbuf_free(&sb);
	}
	free(libdir);
	return found;
}

fe_session *fe_session_new(const fe_config *cfg)
{
	fe_session *s = xcalloc(1, sizeof(*s));
	/* excludeDeclarationsFromPCH=0, displayDiagnostics=0: diagnostics are
	   values in the facts, never printed from here */
	s->index = clang_createIndex(0, 0);
	if (cfg) {
		s->model_include_dir = xstrdup(cfg->model_include_dir);
		if (cfg->nextra) {
			s->extra = xcalloc(cfg->nextra, sizeof(char *));
			for (size_t i = 0; i < cfg->nextra; i++)
				s->extra[i] = xstrdup(cfg->extra_args[i]);
			s->nextra = cfg->nextra;
		}
	}
	s->resource_dir = find_resource_dir();
	return s;
}

void fe_session_free(fe_session *s)
{
	if (!s)
		return;
	clang_disposeIndex(s->index);
	free(s->model_include_dir);
	for (size_t i = 0; i < s->nextra; i++)
		free(s->extra[i]);
	free(s->extra);
	free(s->resource_dir);
	for (size_t i = 0; i < s->nscans; i++) {
		free(s->scans[i]->key);
		fe_strv_free(&s->scans[i]->sigs);
		fe_strv_free(&s->scans[i]->files);
		free(s->scans[i]);
	}
	free(s->scans);
	strmap_free(&s->wpp);
	free(s);
}

static const char *error_meaning(enum CXErrorCode e)
{
	switch (e) {
	case CXError_Success: return "success";
	case CXError_Failure: return "libclang failed to build a translation unit";
	case CXError_Crashed: return "libclang crashed while parsing";
	case CXError_InvalidArguments: return "invalid arguments for libclang";
	case CXError_ASTReadError: return "AST deserialisation error";
	}
	return "unknown libclang error";
}

static void add_diag(fx_tu *tu, fx_diag **v, uint32_t *n, uint32_t *cap, fx_severity sev,
		     fx_loc loc, const char *msg)
{
	fx_diag d = { sev, loc, arena_strdup(tu->arena, msg) };
	VEC_PUSH(*v, *n, *cap, d);
	if (sev == FX_DIAG_ERROR || sev == FX_DIAG_FATAL)
		tu->nerrors++;
}

static void finish_diags(fx_tu *tu, fx_diag *v, uint32_t n)
{
	if (n) {
		tu->diags = arena_memdup(tu->arena, v, sizeof(fx_diag) * n);
		tu->ndiags = n;
	}
	free(v);
}

/* MSVC accepts a function definition whose parameter types differ from an
 * earlier declaration's (warning C4028); clang rejects it ("conflicting
 * types"), yet keeps the definition and its body in the AST.  Only that case:
 * the same return type and the same number of parameters. */
typedef struct conflict_find {
	const char *name;
	size_t len;
	unsigned line;
	CXCursor def, prior;
	bool found, has_prior;
} conflict_find;

static enum CXChildVisitResult find_definition(CXCursor c, CXCursor parent, CXClientData data)
{
	(void)parent;
	conflict_find *cf = data;
	if (clang_getCursorKind(c) != CXCursor_FunctionDecl)
		return CXChildVisit_Continue;
	CXString sp = clang_getCursorSpelling(c);
	const char *n = clang_getCString(sp);
	bool same = n && strlen(n) == cf->len && strncmp(n, cf->name, cf->len) == 0;
	clang_disposeString(sp);
	if (!same)
		return CXChildVisit_Continue;
	unsigned line = 0, start = 0;
	clang_getExpansionLocation(clang_getCursorLocation(c), NULL, &line, NULL, NULL);
	clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(c)), NULL, &start, NULL, NULL);
	if (clang_isCursorDefinition(c) && (line == cf->line || start == cf->line)) {
		cf->def = c;
		cf->found = true;
		return CXChildVisit_Break;
	}
	if (!cf->has_prior && !clang_isInvalidDeclaration(c)) {
		/* the declaration the definition conflicts with: clang does not
		 * chain an invalid redeclaration to it */
		cf->prior = c;
		cf->has_prior = true;
	}
	return CXChildVisit_Continue;
}

static bool msvc_accepts(CXTranslationUnit ctu, CXDiagnostic d, const char *msg)
{
	static const char prefix[] = "conflicting types for '";
	if (strncmp(msg, prefix, sizeof(prefix) - 1) != 0)
		return false;
	conflict_find cf = { 0 };
	cf.name = msg + sizeof(prefix) - 1;
	const char *end = strchr(cf.name, '\'');
	if (!end)
		return false;
	cf.len = (size_t)(end - cf.name);
	clang_getExpansionLocation(clang_getDiagnosticLocation(d), NULL, &cf.line, NULL, NULL);
	clang_visitChildren(clang_getTranslationUnitCursor(ctu), find_definition, &cf);
	if (!cf.found || !cf.has_prior)
		return false;
	return clang_equalTypes(clang_getCursorResultType(cf.prior), clang_getCursorResultType(cf.def)) &&
	       clang_Cursor_getNumArguments(cf.def) >= 0 &&
	       clang_Cursor_getNumArguments(cf.prior) == clang_Cursor_getNumArguments(cf.def);
}

static void record_diags(CXTranslationUnit ctu, fx_tu *tu)
{
	fx_diag *v = NULL;
	uint32_t n = 0, cap = 0;
	unsigned nd = clang_getNumDiagnostics(ctu);
	for (unsigned i = 0; i < nd; i++) {
		CXDiagnostic d = clang_getDiagnostic(ctu, i);
		enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
		if (sev == CXDiagnostic_Error || sev == CXDiagnostic_Fatal) {
			CXFile f = NULL;
			unsigned line = 0, col = 0;
			clang_getExpansionLocation(clang_getDiagnosticLocation(d), &f, &line, &col, NULL);
			fx_loc loc = { NULL, line, col };
			CXString fname = clang_getFileName(f);
			if (f && clang_getCString(fname))
				loc.file = arena_strdup(tu->arena, clang_getCString(fname));
			clang_disposeString(fname);
			CXString msg = clang_getDiagnosticSpelling(d);
			const char *text = clang_getCString(msg) ? clang_getCString(msg) : "";
			fx_severity fs = sev == CXDiagnostic_Fatal ? FX_DIAG_FATAL :
					 msvc_accepts(ctu, d, text) ? FX_DIAG_MSVC : FX_DIAG_ERROR;
			add_diag(tu, &v, &n, &cap, fs, loc, text);
			clang_disposeString(msg);
		}
		clang_disposeDiagnostic(d);
	}
	finish_diags(tu, v, n);
}

static void fail_tu(fx_tu *tu, const char *fmt1, const char *path, const char *why)
{
	fx_diag *v = NULL;
	uint32_t n = 0, cap = 0;
	char msg[PATH_MAX + 256];
	snprintf(msg, sizeof msg, fmt1, path, why);
	fx_loc loc = { tu->path, 0, 0 };
	add_diag(tu, &v, &n, &cap, FX_DIAG_FATAL, loc, msg);
	finish_diags(tu, v, n);
	tu->parsed = false;
}

typedef struct incl_acc {
	fx_tu *tu;
	const char **v;
	uint32_t n, cap;
} incl_acc;

static void on_inclusion(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
	incl_acc *acc = data;
	if (depth == 0)
		return;   /* the main file itself */
	CXString name = clang_getFileName(file);
	const char *s = clang_getCString(name);
	if (s && *s)
		VEC_PUSH(acc->v, acc->n, acc->cap, arena_strdup(acc->tu->arena, s));
	clang_disposeString(name);
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Records the files the TU included, for the facts cache's key, with
 * `extra` (files it depends on that clang did not open under their own
 * name: the real files behind names supplied in another letter case, the
 * headers a WPP stand-in was made from).  A supplied name stays recorded
 * too: a file appearing there later changes the parse. */
static void record_includes(CXTranslationUnit ctu, fx_tu *tu, const fe_strv *extra)
{
	incl_acc acc = { tu, NULL, 0, 0 };
	clang_getInclusions(ctu, on_inclusion, &acc);
	for (size_t i = 0; extra && i < extra->n; i++)
		VEC_PUSH(acc.v, acc.n, acc.cap, arena_strdup(tu->arena, extra->v[i]));
	if (acc.n)
		qsort(acc.v, acc.n, sizeof(*acc.v), cmp_cstr);
	uint32_t out = 0;
	for (uint32_t i = 0; i < acc.n; i++)
		if (!out || strcmp(acc.v[out - 1], acc.v[i]) != 0)
			acc.v[out++] = acc.v[i];
	if (out)
		tu->includes = arena_memdup(tu->arena, acc.v, sizeof(*acc.v) * out);
	tu->nincludes = out;
	free(acc.v);
}

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

static void argv_build(fe_argv *a, const fe_session *s, bool header, const char *workdir,
		       const char *const *pre, size_t npre, const char *const *uargs, size_t nuargs)
{
	a->n = 0;
	a->wd = NULL;
	a->v = xcalloc(NBASE + 4 + s->nextra + npre + nuargs + 4, sizeof(char *));
	for (size_t i = 0; i < NBASE; i++)
		a->v[a->n++] = base_args[i];
	if (header)
		a->v[1] = "c-header";   /* base_args[0..1] is "-x c" */
	bool user_resource_dir = false;
	for (size_t i = 0; i < nuargs; i++)
		if (!strncmp(uargs[i], "-resource-dir", 13))
			user_resource_dir = true;
	if (s->resource_dir && !user_resource_dir) {
		a->v[a->n++] = "-resource-dir";
		a->v[a->n++] = s->resource_dir;
	}
	if (workdir) {
		/* a compile command's relative -I paths are relative to its directory */
		a->wd = xmalloc(strlen(workdir) + 32);
		sprintf(a->wd, "-working-directory=%s", workdir);
		a->v[a->n++] = a->wd;
	}
	for (size_t i = 0; i < s->nextra; i++)
		a->v[a->n++] = s->extra[i];
	for (size_t i = 0; i < npre; i++)
		a->v[a->n++] = pre[i];
	for (size_t i = 0; i < nuargs; i++)
		a->v[a->n++] = uargs[i];
	/* -idirafter: after the user's -I and the system dirs, so that a real
	   WDK on the include path wins over the model headers */
	if (s->model_include_dir && *s->model_include_dir) {
		a->v[a->n++] = "-idirafter";
		a->v[a->n++] = s->model_include_dir;
	}
	/* nothing the checked repository supplies may load code (fe_args.h) */
	a->n = fe_args_filter(a->v, a->v, a->n, NULL, NULL);
}

static void argv_free(fe_argv *a)
{
	free(a->v);
	free(a->wd);
}

/* ---- includes missing as written ---- */

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
 * matches nothing becomes an in-memory stand-in (fe_wpp_stub).  Several
 * matches, or none for another name, leave the error as clang reported it.
 * A TU's .tmh includes are known from its text, so their stand-ins are
 * supplied before the first parse and most WPP drivers parse once. */

enum { FE_MISSING_MAX = 64 };   /* files supplied per TU: bounds the re-parses */
enum { FE_WPP_SCAN_MAX = 1024 * 1024 };   /* bytes of one header read for begin_wpp */

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
	bool have_stub;
	strbuf stub;
	size_t nsupplied;
} fe_fix;

/* The directory a file's quoted includes are searched in first, as clang
 * names it ("." for a bare file name: clang looks up "./x.h" then). */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	size_t n = (size_t)(slash - path);
	char *d = xmalloc(n + 1);
	memcpy(d, path, n);
	d[n] = '\0';
	return d;
}

/* path joined to the compile's directory when relative (malloc'd). */
static char *fix_fs_path(const fe_fix *f, const char *path)
{
	strbuf sb = STRBUF_INIT;
	if (path[0] != '/' && f->workdir)
		strbuf_printf(&sb, "%s/%s", f->workdir, path);
	else
		strbuf_puts(&sb, path);
	return strbuf_detach(&sb);
}

static char *join_path(const char *dir, const char *name)
{
	strbuf sb = STRBUF_INIT;
	size_t n = strlen(dir);
	strbuf_printf(&sb, "%s%s%s", dir, n && dir[n - 1] != '/' ? "/" : "", name);
	return strbuf_detach(&sb);
}

static void fix_init(fe_fix *f, fe_session *s, const char *main, const char *workdir, const fe_input *in,
		     const char *const *uargs, size_t nuargs, struct CXUnsavedFile *unsaved, unsigned nunsaved)
{
	memset(f, 0, sizeof(*f));
	f->s = s;
	f->main = main;
	f->workdir = workdir;
	f->in = in;
	const char *const *extra = (const char *const *)s->extra;
	fe_include_dirs(extra, s->nextra, true, true, &f->quoted);
	fe_include_dirs(uargs, nuargs, true, true, &f->quoted);
	fe_include_dirs(extra, s->nextra, false, true, &f->angled);
	fe_include_dirs(uargs, nuargs, false, true, &f->angled);
	/* last, as -idirafter: the model stands for the WDK, whose names a
	   Windows build also finds in any letter case (<DEVIOCTL.H>) */
	if (s->model_include_dir && *s->model_include_dir) {
		fe_strv_push(&f->quoted, s->model_include_dir);
		fe_strv_push(&f->angled, s->model_include_dir);
	}
	fe_include_dirs(extra, s->nextra, true, false, &f->user_dirs);
	fe_include_dirs(uargs, nuargs, true, false, &f->user_dirs);
	for (unsigned i = 0; i < nunsaved; i++) {
		VEC_PUSH(f->uf, f->nuf, f->capuf, unsaved[i]);
		if (!strcmp(unsaved[i].Filename, main)) {
			f->main_text = unsaved[i].Contents;
			f->main_len = unsaved[i].Length;
		}
	}
}

static void fix_free(fe_fix *f)
{
	fe_strv_free(&f->quoted);
	fe_strv_free(&f->angled);
	fe_strv_free(&f->user_dirs);
	free(f->uf);
	for (size_t i = 0; i < f->nowned; i++)
		free(f->owned[i]);
	free(f->owned);
	fe_strv_free(&f->vnames);
	fe_strv_free(&f->reals);
	fe_strv_free(&f->tried);
	fe_strv_free(&f->deps);
	strbuf_free(&f->stub);
}

/* Up to max bytes of a file; -1 when it cannot be read. */
static int read_file(const char *path, size_t max, strbuf *out)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return -1;
	char buf[65536];
	size_t n;
	while (out->len < max && (n = fread(buf, 1, sizeof(buf), fp)) > 0)
		strbuf_add(out, buf, n);
	int rc = ferror(fp) ? -1 : 0;
	fclose(fp);
	return rc;
}

/* Adds one file's FUNC signatures to sc (and the file, when it had some). */
static void scan_file(wpp_scan *sc, const char *path)
{
	strbuf text = STRBUF_INIT;
	if (read_file(path, FE_WPP_SCAN_MAX, &text) == 0 && text.len) {
		size_t before = sc->sigs.n;
		fe_wpp_scan(text.buf, text.len, &sc->sigs);
		if (sc->sigs.n > before)
			fe_strv_push(&sc->files, path);
	}
	strbuf_free(&text);
}

static bool is_header_name(const char *n)
{
	size_t k = strlen(n);
	return k > 2 && (n[k - 1] == 'h' || n[k - 1] == 'H') && n[k - 2] == '.';
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The scan of a directory's headers ("D:") or of one file ("F:"), read on
 * the first request of the session. */
static const wpp_scan *session_scan(fe_session *s, const char *path, bool is_dir)
{
	strbuf key = STRBUF_INIT;
	strbuf_printf(&key, "%s:%s", is_dir ? "D" : "F", path);
	wpp_scan *sc = strmap_get(&s->wpp, strbuf_str(&key));
	if (sc) {
		strbuf_free(&key);
		return sc;
	}
	sc = xcalloc(1, sizeof(*sc));
	sc->key = strbuf_detach(&key);
	if (!is_dir) {
		scan_file(sc, path);
	} else {
		fe_strv names = { 0 };
		DIR *d = opendir(path);
		const struct dirent *de;
		while (d && (de = readdir(d)))
			if (is_header_name(de->d_name))
				fe_strv_push(&names, de->d_name);
		if (d)
			closedir(d);
		/* sorted: the first definition of a name must not depend on the
		   directory's order */
		if (names.n)
			qsort(names.v, names.n, sizeof(names.v[0]), cmp_name);
		for (size_t i = 0; i < names.n; i++) {
			char *p = join_path(path, names.v[i]);
			scan_file(sc, p);
			free(p);
		}
		fe_strv_free(&names);
	}
	VEC_PUSH(s->scans, s->nscans, s->capscans, sc);
	strmap_put(&s->wpp, sc->key, sc);
	return sc;
}

static void add_scan(fe_fix *f, fe_strv *sigs, const wpp_scan *sc)
{
	for (size_t i = 0; i < sc->sigs.n; i++)
		fe_strv_push(sigs, sc->sigs.v[i]);
	for (size_t i = 0; i < sc->files.n; i++)
		fe_strv_push(&f->deps, sc->files.v[i]);
}

/* The text of a .tmh stand-in for this TU, made once: the project's
 * <WppTraceFunction> signatures, then the FUNC lines of the main file and
 * of the project's configuration header, or (without one) of the headers
 * beside the main file and in the user's -iquote/-I directories. */
static const strbuf *fix_stub(fe_fix *f)
{
	if (f->have_stub)
		return &f->stub;
	fe_strv sigs = { 0 };
	if (f->in)
		for (size_t i = 0; i < f->in->nwpp_funcs; i++)
			fe_strv_push(&sigs, f->in->wpp_funcs[i]);
	if (f->main_text) {
		fe_wpp_scan(f->main_text, f->main_len, &sigs);
	} else {
		char *m = fix_fs_path(f, f->main);
		wpp_scan own = { 0 };
		scan_file(&own, m);   /* the TU's own text: no other TU asks for it */
		for (size_t i = 0; i < own.sigs.n; i++)
			fe_strv_push(&sigs, own.sigs.v[i]);
		fe_strv_free(&own.sigs);
		fe_strv_free(&own.files);
		free(m);
	}
	if (f->in && f->in->wpp_config) {
		add_scan(f, &sigs, session_scan(f->s, f->in->wpp_config, false));
	} else {
		char *md = dir_of(f->main), *fmd = fix_fs_path(f, md);
		add_scan(f, &sigs, session_scan(f->s, fmd, true));
		free(fmd);
		free(md);
		for (size_t i = 0; i < f->user_dirs.n; i++) {
			char *d = fix_fs_path(f, f->user_dirs.v[i]);
			add_scan(f, &sigs, session_scan(f->s, d, true));
			free(d);
		}
	}
	fe_wpp_stub((const char *const *)sigs.v, sigs.n, &f->stub);
	fe_strv_free(&sigs);
	f->have_stub = true;
	return &f->stub;
}

/* Gives libclang `content` (len bytes, taken over) at vname; real is the
 * file on disk it came from, or NULL for a stand-in. */
static void fix_supply(fe_fix *f, const char *vname, char *content, size_t len, const char *real)
{
	char *name = xstrdup(vname);
	VEC_PUSH(f->owned, f->nowned, f->capowned, name);
	VEC_PUSH(f->owned, f->nowned, f->capowned, content);
	struct CXUnsavedFile uf = { name, content, (unsigned long)len };
	VEC_PUSH(f->uf, f->nuf, f->capuf, uf);
	fe_strv_push(&f->vnames, vname);
	fe_strv_push(&f->reals, real ? real : "");
	if (real)
		fe_strv_push(&f->deps, real);
	f->nsupplied++;
}

/* The directory on disk of a file clang names `includer`: a file supplied
 * here lives where its real file is. */
static char *fix_includer_fs_dir(const fe_fix *f, const char *includer)
{
	for (size_t i = 0; i < f->vnames.n; i++)
		if (!strcmp(f->vnames.v[i], includer) && f->reals.v[i][0])
			return dir_of(f->reals.v[i]);
	char *d = dir_of(includer), *r = fix_fs_path(f, d);
	free(d);
	return r;
}

/* Handles one include of `name` (as written) by `includer` (as clang names
 * it) that is missing as written.  Returns 1 when a file was supplied. */
static int fix_resolve(fe_fix *f, const char *includer, const char *name, bool angled)
{
	int rc = 0;
	struct stat st;
	char *norm = xstrdup(name), *real = NULL;
	fe_strv vdirs = { 0 }, fdirs = { 0 };
	strbuf key = STRBUF_INIT;
	for (char *p = norm; *p; p++)
		if (*p == '\\')
			*p = '/';
	char *ivdir = dir_of(includer);
	strbuf_printf(&key, "%s\x1f%s", angled ? "<" : ivdir, norm);
	for (size_t i = 0; i < f->tried.n; i++)
		if (!strcmp(f->tried.v[i], strbuf_str(&key)))
			goto cleanup;
	fe_strv_push(&f->tried, strbuf_str(&key));
	if (f->nsupplied >= FE_MISSING_MAX || !*norm)
		goto cleanup;
	if (norm[0] == '/') {
		fe_strv_push(&vdirs, "");
		fe_strv_push(&fdirs, "");
	} else {
		if (!angled) {
			char *fd = fix_includer_fs_dir(f, includer);
			fe_strv_push(&vdirs, ivdir);
			fe_strv_push(&fdirs, fd);
			free(fd);
		}
		const fe_strv *dirs = angled ? &f->angled : &f->quoted;
		for (size_t i = 0; i < dirs->n; i++) {
			char *fd = fix_fs_path(f, dirs->v[i]);
			fe_strv_push(&vdirs, dirs->v[i]);
			fe_strv_push(&fdirs, fd);
			free(fd);
		}
	}
	/* found as written somewhere: clang finds it too */
	for (size_t i = 0; i < fdirs.n; i++) {
		char *p = join_path(fdirs.v[i], norm);
		bool there = stat(p, &st) == 0 && S_ISREG(st.st_mode);
		free(p);
		if (there)
			goto cleanup;
	}
	for (size_t i = 0; i < fdirs.n; i++) {
		int r = fe_include_find_ci(fdirs.v[i], norm, &real);
		if (r == FE_INC_AMBIGUOUS)
			goto cleanup;   /* nothing says which one: the error stays */
		if (r != FE_INC_FOUND)
			continue;
		strbuf content = STRBUF_INIT;
		if (read_file(real, SIZE_MAX, &content) != 0) {
			strbuf_free(&content);
			goto cleanup;
		}
		size_t len = content.len;
		char *vname = join_path(vdirs.v[i], norm);
		fix_supply(f, vname, content.buf ? strbuf_detach(&content) : xstrdup(""), len, real);
		free(vname);
		rc = 1;
		goto cleanup;
	}
	if (fe_include_is_tmh(norm) && vdirs.n) {
		const strbuf *stub = fix_stub(f);
		char *vname = join_path(vdirs.v[0], norm);
		char *copy = xmalloc(stub->len + 1);
		memcpy(copy, strbuf_str(stub), stub->len + 1);
		fix_supply(f, vname, copy, stub->len, NULL);
		free(vname);
		rc = 1;
	}
cleanup:
	free(real);
	free(ivdir);
	free(norm);
	fe_strv_free(&vdirs);
	fe_strv_free(&fdirs);
	strbuf_free(&key);
	return rc;
}

/* Before the first parse: the main file's quoted .tmh includes. */
static void fix_prescan(fe_fix *f)
{
	fe_strv names = { 0 };
	strbuf text = STRBUF_INIT;
	if (f->main_text) {
		fe_include_tmh_names(f->main_text, f->main_len, &names);
	} else {
		char *m = fix_fs_path(f, f->main);
		if (read_file(m, FE_WPP_SCAN_MAX, &text) == 0 && text.len)
			fe_include_tmh_names(text.buf, text.len, &names);
		free(m);
	}
	for (size_t i = 0; i < names.n; i++)
		fix_resolve(f, f->main, names.v[i], false);
	fe_strv_free(&names);
	strbuf_free(&text);
}

/* After a parse: supplies what the "'X' file not found" errors ask for.
 * Returns the number of files supplied (0: the parse is final). */
static unsigned fix_missing(fe_fix *f, CXTranslationUnit ctu)
{
	unsigned added = 0;
	unsigned nd = clang_getNumDiagnostics(ctu);
	for (unsigned i = 0; i < nd; i++) {
		CXDiagnostic d = clang_getDiagnostic(ctu, i);
		enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
		CXString msg = clang_getDiagnosticSpelling(d);
		char *name = (sev == CXDiagnostic_Error || sev == CXDiagnostic_Fatal) ?
				     fe_include_missing_name(clang_getCString(msg)) : NULL;
		CXFile file = NULL;
		unsigned offset = 0;
		if (name)
			clang_getSpellingLocation(clang_getDiagnosticLocation(d), &file, NULL, NULL, &offset);
		if (name && file) {
			size_t size = 0;
			const char *text = clang_getFileContents(ctu, file, &size);
			/* the location is the name's opening delimiter */
			bool angled = text && offset < size && text[offset] == '<';
			CXString includer = clang_getFileName(file);
			if (clang_getCString(includer))
				added += (unsigned)fix_resolve(f, clang_getCString(includer), name, angled);
			clang_disposeString(includer);
		}
		free(name);
		clang_disposeString(msg);
		clang_disposeDiagnostic(d);
	}
	return added;
}

/* Parse options.  KeepGoing: a missing include does not end the parse.  No
 * detailed preprocessing record.  Function bodies are not skipped, not even
 * in headers: the driver's static inline helpers in its own headers take
 * locks and call DDIs, and the analysis follows them (docs/performance.md
 * measures what skipping the model headers' few bodies would save). */
static const unsigned parse_options = CXTranslationUnit_KeepGoing;

/* `in` (may be NULL) gives the project's WPP data. */
static int parse(fe_session *s, const char *path, const char *workdir, const fe_input *in,
		 const char *const *uargs, size_t nuargs, struct CXUnsavedFile *unsaved, unsigned nunsaved,
		 const char *pch, fx_tu **out)
{
	int rc = 0;
	fe_argv a = { 0 };
	fx_tu *tu = fx_tu_new(path);
	CXTranslationUnit ctu = NULL;
	fe_fix fix;
	*out = tu;
	fix_init(&fix, s, path, workdir, in, uargs, nuargs, unsaved, nunsaved);

	if (!unsaved) {
		struct stat st;
		if (stat(path, &st) != 0) {
			fail_tu(tu, "cannot read %s: %s", path, strerror(errno));
			goto cleanup;
		}
	}
	const char *pre[2] = { "-include-pch", pch };
	argv_build(&a, s, false, workdir, pre, pch ? 2 : 0, uargs, nuargs);

	fix_prescan(&fix);
	enum CXErrorCode ec;
	for (;;) {
		ec = clang_parseTranslationUnit2(s->index, path, a.v, (int)a.n, fix.uf, fix.nuf,
						 parse_options, &ctu);
		if (ec != CXError_Success || !ctu || fix_missing(&fix, ctu) == 0)
			break;
		/* parsed again from the start: a reparse keeps nothing a new
		   file could change */
		clang_disposeTranslationUnit(ctu);
		ctu = NULL;
	}
	if (ec != CXError_Success || !ctu) {
		fail_tu(tu, "cannot parse %s: %s", path, error_meaning(ec));
		goto cleanup;
	}
	tu->parsed = true;
	record_diags(ctu, tu);
	record_includes(ctu, tu, &fix.deps);
	if (ex_extract_tu(ctu, tu) != 0)
		rc = -1;

cleanup:
	/* disposed before returning: only the facts outlive the parse */
	if (ctu)
		clang_disposeTranslationUnit(ctu);
	argv_free(&a);
	fix_free(&fix);
	return rc;
}

/* in->file joined to in->directory when relative (malloc'd), or NULL. */
static char *input_path(const fe_input *in)
{
	if (!in->directory || in->file[0] == '/')
		return NULL;
	char *path = xmalloc(strlen(in->directory) + strlen(in->file) + 2);
	sprintf(path, "%s/%s", in->directory, in->file);
	return path;
}

int fe_extract_pch(fe_session *s, const fe_input *in, const char *pch, fx_tu **out)
{
	*out = NULL;
	if (!s || !in || !in->file)
		return -1;
	char *path = input_path(in);
	int rc = parse(s, path ? path : in->file, in->directory, in, (const char *const *)in->args,
		       in->nargs, NULL, 0, pch, out);
	free(path);
	return rc;
}

int fe_extract(fe_session *s, const fe_input *in, fx_tu **out)
{
	return fe_extract_pch(s, in, NULL, out);
}

int fe_extract_buffer(fe_session *s, const char *path, const char *content, size_t len,
		      const char *const *args, size_t nargs, fx_tu **out)
{
	*out = NULL;
	if (!s || !path || (!content && len))
		return -1;
	struct CXUnsavedFile uf = { path, content ? content : "", (unsigned long)len };
	return parse(s, path, NULL, NULL, args, nargs, &uf, 1, NULL, out);
}

/* ---- shared leading includes (precompiled headers) ---- */

/* Most TUs of a driver start with the same #include lines ("precomp.h", or
 * <ndis.h> and the driver's header), compiled with the same arguments.  The
 * headers those lines pull in are parsed once into a precompiled header and
 * each TU is parsed with -include-pch: the TU's own #include lines then find
 * the headers' include guards already defined and skip them.  Because the
 * PCH is made from exactly the TU's leading include lines, with the TU's
 * arguments and the TU's directory first on the quoted search path, the TU
 * sees the same declarations and macros as without it (a user header that
 * shadows a model header is in the PCH just as it would be in the TU).
 * Anything that could differ falls back to a plain parse: a header with
 * errors, a save failure, or a probe (the block parsed again on top of the
 * PCH, as the TU will) that reports an error, which catches headers without
 * include guards. */

enum { PCH_SCAN_MAX = 64 * 1024 };

struct fe_pch_group {
	char *key;            /* workdir, quoted-include dir, arguments, block */
	char *block;          /* the leading #include lines, one per line */
	char *maindir;        /* directory of the main files (quoted includes) */
	const fe_input *first;
	size_t members;
	char *src, *pch;      /* pch: set by fe_pch_build when usable */
};

struct fe_pch_set {
	char *dir;            /* private temporary directory, or NULL */
	struct fe_pch_group *g;
	size_t ng, capg;
	size_t *build;        /* groups worth building (2 members or more) */
	size_t nbuild;
	long *group_of;       /* per input: group, or -1 */
	size_t ninputs;
};

static const char *skip_blank(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v'))
		p++;
	return p;
}

/* After a directive: only blanks or comments to the end of the line.  Returns
 * the start of the next line, or NULL when something else follows. */
static const char *line_rest(const char *p, const char *end)
{
	for (;;) {
		p = skip_blank(p, end);
		if (p >= end)
			return NULL;       /* cut by the scan limit: not a complete line */
		if (*p == '\n')
			return p + 1;
		if (p + 1 < end && p[0] == '/' && p[1] == '*') {
			const char *q = p + 2;
			while (q + 1 < end && !(q[0] == '*' && q[1] == '/')) {
				if (*q == '\n')
					return NULL;   /* a comment over lines: keep it simple */
				q++;
			}
			if (q + 1 >= end)
				return NULL;
			p = q + 2;
			continue;
		}
		if (p + 1 < end && p[0] == '/' && p[1] == '/') {
			while (p < end && *p != '\n') {
				if (*p == '\\')
					return NULL;   /* a continued comment */
				p++;
			}
			return p < end ? p + 1 : NULL;
		}
		return NULL;
	}
}

/* The leading block of a main file's `#include <x>` / `#include "x"` lines
 * (comments and blank lines between them allowed), normalised, or NULL. */
static char *leading_includes(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = xmalloc(PCH_SCAN_MAX);
	size_t len = fread(buf, 1, PCH_SCAN_MAX, f);
	fclose(f);
	const char *p = buf, *end = buf + len;
	strbuf out = STRBUF_INIT;
	if (len >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB &&
	    (unsigned char)p[2] == 0xBF)
		p += 3;
	while (p < end) {
		p = skip_blank(p, end);
		if (p >= end)
			break;
		if (*p == '\n') {
			p++;
			continue;
		}
		if (p + 1 < end && p[0] == '/' && (p[1] == '/' || p[1] == '*')) {
			if (p[1] == '/') {
				const char *q = p;
				while (q < end && *q != '\n' && *q != '\\')
					q++;
				if (q >= end || *q == '\\')
					break;
				p = q + 1;
			} else {
				const char *q = p + 2;
				while (q + 1 < end && !(q[0] == '*' && q[1] == '/'))
					q++;
				if (q + 1 >= end)
					break;
				p = q + 2;
			}
			continue;
		}
		if (*p != '#')
			break;
		p = skip_blank(p + 1, end);
		if (end - p < 8 || strncmp(p, "include", 7) != 0 ||
		    (p[7] != ' ' && p[7] != '\t' && p[7] != '<' && p[7] != '"'))
			break;
		p = skip_blank(p + 7, end);
		if (p >= end || (*p != '<' && *p != '"'))
			break;
		char close = *p == '<' ? '>' : '"';
		const char *q = p + 1;
		while (q < end && *q != close && *q != '\n')
			q++;
		if (q >= end || *q != close || q == p + 1)
			break;
		const char *next = line_rest(q + 1, end);
		if (!next)
			break;
		strbuf_puts(&out, "#include ");
		strbuf_add(&out, p, (size_t)(q + 1 - p));
		strbuf_putc(&out, '\n');
		p = next;
	}
	free(buf);
	if (out.len == 0) {
		strbuf_free(&out);
		return NULL;
	}
	return strbuf_detach(&out);
}

int fe_pch_plan(fe_pch_set **out, const fe_input *in, size_t n)
{
	fe_pch_set *set = xcalloc(1, sizeof(*set));
	strmap keys = STRMAP_INIT;
	*out = set;
	set->ninputs = n;
	set->group_of = xcalloc(n ? n : 1, sizeof(long));
	for (size_t i = 0; i < n; i++) {
		set->group_of[i] = -1;
		if (!in[i].file)
			continue;
		char *path = input_path(&in[i]);
		const char *p = path ? path : in[i].file;
		char *block = leading_includes(p);
		if (!block) {
			free(path);
			continue;
		}
		char *dir = dir_of(p);
		free(path);
		strbuf k = STRBUF_INIT;
		strbuf_printf(&k, "%s\x1f%s\x1f", in[i].directory ? in[i].directory : "", dir);
		for (size_t j = 0; j < in[i].nargs; j++)
			strbuf_printf(&k, "%s\x1f", in[i].args[j]);
		strbuf_puts(&k, block);
		void *hit = strmap_get(&keys, strbuf_str(&k));
		if (hit) {
			size_t gi = (size_t)(uintptr_t)hit - 1;
			set->group_of[i] = (long)gi;
			set->g[gi].members++;
			free(block);
			free(dir);
			strbuf_free(&k);
			continue;
		}
		VEC_GROW(set->g, set->ng, set->capg);
		struct fe_pch_group *g = &set->g[set->ng];
		memset(g, 0, sizeof(*g));
		g->key = strbuf_detach(&k);
		g->block = block;
		g->maindir = dir;
		g->first = &in[i];
		g->members = 1;
		set->group_of[i] = (long)set->ng;
		strmap_put(&keys, g->key, (void *)(uintptr_t)(set->ng + 1));
		set->ng++;
	}
	strmap_free(&keys);
	/* a PCH costs about one parse of its headers plus a save: only worth it
	   for a block shared by two TUs or more */
	set->build = xcalloc(set->ng ? set->ng : 1, sizeof(size_t));
	for (size_t gi = 0; gi < set->ng; gi++)
		if (set->g[gi].members >= 2)
			set->build[set->nbuild++] = gi;
	if (set->nbuild) {
		const char *tmp = getenv("TMPDIR");
		strbuf d = STRBUF_INIT;
		strbuf_printf(&d, "%s/ddicheck-pch-XXXXXX", tmp && *tmp ? tmp : "/tmp");
		char *dn = strbuf_detach(&d);
		if (mkdtemp(dn)) {
			set->dir = dn;
		} else {
			free(dn);
			set->nbuild = 0;   /* no place for the files: plain parses */
		}
	}
	return 0;
}

size_t fe_pch_count(const fe_pch_set *set)
{
	return set ? set->nbuild : 0;
}

/* True when the TU has an error or fatal diagnostic. */
static bool has_errors(CXTranslationUnit ctu)
{
	unsigned nd = clang_getNumDiagnostics(ctu);
	bool bad = false;
	for (unsigned i = 0; i < nd && !bad; i++) {
		CXDiagnostic d = clang_getDiagnostic(ctu, i);
		enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
		bad = sev == CXDiagnostic_Error || sev == CXDiagnostic_Fatal;
		clang_disposeDiagnostic(d);
	}
	return bad;
}

int fe_pch_build(fe_session *s, fe_pch_set *set, size_t k)
{
	if (!s || !set || k >= set->nbuild || !set->dir)
		return -1;
	struct fe_pch_group *g = &set->g[set->build[k]];
	const fe_input *in = g->first;
	strbuf src = STRBUF_INIT, pch = STRBUF_INIT, probe = STRBUF_INIT;
	fe_argv a = { 0 }, b = { 0 };
	CXTranslationUnit ctu = NULL, pt = NULL;
	bool ok = false;

	strbuf_printf(&src, "%s/g%zu.h", set->dir, k);
	strbuf_printf(&pch, "%s/g%zu.pch", set->dir, k);
	FILE *f = fopen(strbuf_str(&src), "w");
	if (!f)
		goto cleanup;
	bool wrote = fputs(g->block, f) >= 0;
	if (fclose(f) != 0 || !wrote)
		goto cleanup;
	/* the TU's directory first on the quoted path, as for the TU itself */
	const char *pre[2] = { "-iquote", g->maindir };
	argv_build(&a, s, true, in->directory, pre, 2, (const char *const *)in->args, in->nargs);
	enum CXErrorCode ec = clang_parseTranslationUnit2(
		s->index, strbuf_str(&src), a.v, (int)a.n, NULL, 0,
		CXTranslationUnit_Incomplete | CXTranslationUnit_ForSerialization, &ctu);
	if (ec != CXError_Success || !ctu || has_errors(ctu))
		goto cleanup;
	if (clang_saveTranslationUnit(ctu, strbuf_str(&pch), clang_defaultSaveOptions(ctu)) !=
	    CXSaveError_None)
		goto cleanup;
	clang_disposeTranslationUnit(ctu);
	ctu = NULL;

	/* probe: the block again on top of the PCH, from the TU's directory */
	strbuf_printf(&probe, "%s/.ddicheck-pch-probe-%zu.c", g->maindir, k);
	struct CXUnsavedFile uf = { strbuf_str(&probe), g->block, (unsigned long)strlen(g->block) };
	const char *pre2[2] = { "-include-pch", strbuf_str(&pch) };
	argv_build(&b, s, false, in->directory, pre2, 2, (const char *const *)in->args, in->nargs);
	ec = clang_parseTranslationUnit2(s->index, strbuf_str(&probe), b.v, (int)b.n, &uf, 1,
					 parse_options, &pt);
	if (ec != CXError_Success || !pt || has_errors(pt))
		goto cleanup;
	g->src = strbuf_detach(&src);
	g->pch = strbuf_detach(&pch);
	ok = true;

cleanup:
	if (ctu)
		clang_disposeTranslationUnit(ctu);
	if (pt)
		clang_disposeTranslationUnit(pt);
	if (!ok) {
		unlink(strbuf_str(&pch));
		unlink(strbuf_str(&src));
	}
	argv_free(&a);
	argv_free(&b);
	strbuf_free(&src);
	strbuf_free(&pch);
	strbuf_free(&probe);
	return 0;
}

const char *fe_pch_for(const fe_pch_set *set, size_t i)
{
	if (!set || i >= set->ninputs || set->group_of[i] < 0)
		return NULL;
	return set->g[set->group_of[i]].pch;
}

void fe_pch_free(fe_pch_set *set)
{
	if (!set)
		return;
	for (size_t i = 0; i < set->ng; i++) {
		struct fe_pch_group *g = &set->g[i];
		if (g->pch)
			unlink(g->pch);
		if (g->src)
			unlink(g->src);
		free(g->key);
		free(g->block);
		free(g->maindir);
		free(g->src);
		free(g->pch);
	}
	if (set->dir)
		rmdir(set->dir);
	free(set->dir);
	free(set->g);
	free(set->build);
	free(set->group_of);
	free(set);
}

/* ---- compilation databases ---- */

static bool same_file(const char *arg, const char *file, const char *resolved)
{
	return !strcmp(arg, file) || !strcmp(arg, resolved);
}

int fe_compdb_load(const char *build_dir, fe_input **out, size_t *n, char *err, size_t errsize)
{
	*out = NULL;
	*n = 0;
	/* checked first: libclang prints its own complaint to stderr otherwise */
	strbuf jp = STRBUF_INIT;
	struct stat st;
	strbuf_printf(&jp, "%s/compile_commands.json", build_dir);
	int serr = stat(strbuf_str(&jp), &st) == 0 ? 0 : errno;
	strbuf_free(&jp);
	if (serr) {
		if (err && errsize)
			snprintf(err, errsize, "cannot load %s/compile_commands.json: %s", build_dir,
				 strerror(serr));
		return -1;
	}
	CXCompilationDatabase_Error ec = CXCompilationDatabase_NoError;
	CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(build_dir, &ec);
	if (ec != CXCompilationDatabase_NoError || !db) {
		if (err && errsize)
			snprintf(err, errsize, "cannot load %s/compile_commands.json", build_dir);
		if (db)
			clang_CompilationDatabase_dispose(db);
		return -1;
	}
	CXCompileCommands cmds = clang_CompilationDatabase_getAllCompileCommands(db);
	unsigned nc = cmds ? clang_CompileCommands_getSize(cmds) : 0;
	fe_input *in = nc ? xcalloc(nc, sizeof(fe_input)) : NULL;
	for (unsigned i = 0; i < nc; i++) {
		CXCompileCommand cc = clang_CompileCommands_getCommand(cmds, i);
		CXString dir = clang_CompileCommand_getDirectory(cc);
		CXString file = clang_CompileCommand_getFilename(cc);
		const char *d = clang_getCString(dir), *f = clang_getCString(file);
		fe_input *e = &in[i];
		e->directory = (d && *d) ? xstrdup(d) : NULL;
		if (f && f[0] != '/' && e->directory) {
			strbuf sb = STRBUF_INIT;
			strbuf_printf(&sb, "%s/%s", e->directory, f);
			e->file = strbuf_detach(&sb);
		} else {
			e->file = xstrdup(f ? f : "");
		}
		unsigned na = clang_CompileCommand_getNumArgs(cc);
		e->args = xcalloc(na + 1, sizeof(char *));
		/* drop the compiler (argument 0), -c, -o X, "--" and the source file */
		for (unsigned j = 1; j < na; j++) {
			CXString as = clang_CompileCommand_getArg(cc, j);
			const char *a = clang_getCString(as);
			if (!a || !strcmp(a, "-c") || !strcmp(a, "--") || !strcmp(a, "/c") ||
			    same_file(a, f ? f : "", e->file)) {
				clang_disposeString(as);
				continue;
			}
			if (!strcmp(a, "-o")) {
				j++;
				clang_disposeString(as);
				continue;
			}
			if (!strncmp(a, "-o", 2) || !strncmp(a, "/Fo", 3)) {
				clang_disposeString(as);
				continue;
			}
			e->args[e->nargs++] = xstrdup(a);
			clang_disposeString(as);
		}
		clang_disposeString(dir);
		clang_disposeString(file);
	}
	if (cmds)
		clang_CompileCommands_dispose(cmds);
	clang_CompilationDatabase_dispose(db);
	*out = in;
	*n = nc;
	return 0;
}

void fe_inputs_free(fe_input *in, size_t n)
{
	if (!in)
		return;
	for (size_t i = 0; i < n; i++) {
		free(in[i].file);
		free(in[i].directory);
		for (size_t j = 0; j < in[i].nargs; j++)
			free(in[i].args[j]);
		free(in[i].args);
		for (size_t j = 0; j < in[i].nwpp_funcs; j++)
			free(in[i].wpp_funcs[j]);
		free(in[i].wpp_funcs);
		free(in[i].wpp_config);
	}
	free(in);
}
