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
#include <sys/stat.h>

#include "extract/extract.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

struct fe_session {
	CXIndex index;
	char *model_include_dir;
	char **extra;
	size_t nextra;
	char *resource_dir;      /* NULL: let libclang find it */
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
	if (sev >= FX_DIAG_ERROR)
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
			add_diag(tu, &v, &n, &cap, sev == CXDiagnostic_Fatal ? FX_DIAG_FATAL : FX_DIAG_ERROR,
				 loc, clang_getCString(msg) ? clang_getCString(msg) : "");
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

/* Records the files the TU included, for the facts cache's key. */
static void record_includes(CXTranslationUnit ctu, fx_tu *tu)
{
	incl_acc acc = { tu, NULL, 0, 0 };
	clang_getInclusions(ctu, on_inclusion, &acc);
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

static int parse(fe_session *s, const char *path, const char *workdir, const char *const *uargs,
		 size_t nuargs, struct CXUnsavedFile *unsaved, unsigned nunsaved, fx_tu **out)
{
	int rc = 0;
	size_t n = 0;
	const char **args = xcalloc(NBASE + 4 + s->nextra + nuargs + 2, sizeof(char *));
	char *wd = NULL;
	fx_tu *tu = fx_tu_new(path);
	CXTranslationUnit ctu = NULL;
	*out = tu;

	if (!unsaved) {
		struct stat st;
		if (stat(path, &st) != 0) {
			fail_tu(tu, "cannot read %s: %s", path, strerror(errno));
			goto cleanup;
		}
	}
	for (size_t i = 0; i < NBASE; i++)
		args[n++] = base_args[i];
	bool user_resource_dir = false;
	for (size_t i = 0; i < nuargs; i++)
		if (!strncmp(uargs[i], "-resource-dir", 13))
			user_resource_dir = true;
	if (s->resource_dir && !user_resource_dir) {
		args[n++] = "-resource-dir";
		args[n++] = s->resource_dir;
	}
	if (workdir) {
		/* a compile command's relative -I paths are relative to its directory */
		wd = xmalloc(strlen(workdir) + 32);
		sprintf(wd, "-working-directory=%s", workdir);
		args[n++] = wd;
	}
	for (size_t i = 0; i < s->nextra; i++)
		args[n++] = s->extra[i];
	for (size_t i = 0; i < nuargs; i++)
		args[n++] = uargs[i];
	/* -idirafter: after the user's -I and the system dirs, so that a real
	   WDK on the include path wins over the model headers */
	if (s->model_include_dir && *s->model_include_dir) {
		args[n++] = "-idirafter";
		args[n++] = s->model_include_dir;
	}

	/* KeepGoing: a missing include does not end the parse; no detailed
	   preprocessing record and no skipped bodies (the CFG needs them). */
	unsigned opts = CXTranslationUnit_KeepGoing;
	enum CXErrorCode ec = clang_parseTranslationUnit2(s->index, path, args, (int)n, unsaved,
							  nunsaved, opts, &ctu);
	if (ec != CXError_Success || !ctu) {
		fail_tu(tu, "cannot parse %s: %s", path, error_meaning(ec));
		goto cleanup;
	}
	tu->parsed = true;
	record_diags(ctu, tu);
	record_includes(ctu, tu);
	if (ex_extract_tu(ctu, tu) != 0)
		rc = -1;

cleanup:
	if (ctu)
		clang_disposeTranslationUnit(ctu);
	free(wd);
	free(args);
	return rc;
}

int fe_extract(fe_session *s, const fe_input *in, fx_tu **out)
{
	*out = NULL;
	if (!s || !in || !in->file)
		return -1;
	char *path = NULL;
	if (in->directory && in->file[0] != '/') {
		path = xmalloc(strlen(in->directory) + strlen(in->file) + 2);
		sprintf(path, "%s/%s", in->directory, in->file);
	}
	int rc = parse(s, path ? path : in->file, in->directory, (const char *const *)in->args,
		       in->nargs, NULL, 0, out);
	free(path);
	return rc;
}

int fe_extract_buffer(fe_session *s, const char *path, const char *content, size_t len,
		      const char *const *args, size_t nargs, fx_tu **out)
{
	*out = NULL;
	if (!s || !path || (!content && len))
		return -1;
	struct CXUnsavedFile uf = { path, content ? content : "", (unsigned long)len };
	return parse(s, path, NULL, args, nargs, &uf, 1, out);
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
	}
	free(in);
}
