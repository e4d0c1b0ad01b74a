/* frontend: the libclang index (sessions), parse arguments, diagnostics and
 * the parse of one TU; the AST itself goes to extract/.  Includes missing as
 * written are fe_resolve.c's, shared leading includes fe_pch.c's,
 * compilation databases fe_compdb.c's (fe_int.h). */
#define _GNU_SOURCE   /* dladdr: where libclang was loaded from */
#include "frontend/frontend.h"

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
#include "frontend/fe_int.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/xalloc.h"

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
	fe_wpp_scans_free(s);
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

/* The parse's errors, after what made a generated header impossible (a bad
 * message text file: the cause of the missing include that follows). */
static void record_diags(CXTranslationUnit ctu, fx_tu *tu, const fe_fix *fix)
{
	fx_diag *v = NULL;
	uint32_t n = 0, cap = 0;
	for (size_t i = 0; i < fix->nnotes; i++) {
		fx_loc loc = { arena_strdup(tu->arena, fix->notes[i].file), fix->notes[i].line,
			       fix->notes[i].line ? 1 : 0 };
		add_diag(tu, &v, &n, &cap, FX_DIAG_ERROR, loc, fix->notes[i].message);
	}
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

void fe_argv_build(fe_argv *a, const fe_session *s, bool header, const char *workdir,
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

void fe_argv_free(fe_argv *a)
{
	free(a->v);
	free(a->wd);
}

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
	fe_fix_init(&fix, s, path, workdir, in, uargs, nuargs, unsaved, nunsaved);

	if (!unsaved) {
		struct stat st;
		if (stat(path, &st) != 0) {
			fail_tu(tu, "cannot read %s: %s", path, strerror(errno));
			goto cleanup;
		}
	}
	const char *pre[2] = { "-include-pch", pch };
	fe_argv_build(&a, s, false, workdir, pre, pch ? 2 : 0, uargs, nuargs);

	fe_fix_prescan(&fix);
	enum CXErrorCode ec;
	for (;;) {
		ec = clang_parseTranslationUnit2(s->index, path, a.v, (int)a.n, fix.uf, fix.nuf,
						 FE_PARSE_OPTIONS, &ctu);
		if (ec != CXError_Success || !ctu || fe_fix_missing(&fix, ctu) == 0)
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
	record_diags(ctu, tu, &fix);
	record_includes(ctu, tu, &fix.deps);
	if (ex_extract_tu(ctu, tu) != 0)
		rc = -1;

cleanup:
	/* disposed before returning: only the facts outlive the parse */
	if (ctu)
		clang_disposeTranslationUnit(ctu);
	fe_argv_free(&a);
	fe_fix_free(&fix);
	return rc;
}

/* in->file joined to in->directory when relative (malloc'd), or NULL. */
char *fe_input_path(const fe_input *in)
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
	char *path = fe_input_path(in);
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
