/* fe_compdb: compilation databases through libclang's API (frontend.h). */
#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend/fe_include.h"
#include "frontend/fe_int.h"
#include "frontend/frontend.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/xalloc.h"

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

void fe_input_clear(fe_input *in)
{
	free(in->file);
	free(in->directory);
	for (size_t j = 0; j < in->nargs; j++)
		free(in->args[j]);
	free(in->args);
	for (size_t j = 0; j < in->nwpp_funcs; j++)
		free(in->wpp_funcs[j]);
	free(in->wpp_funcs);
	free(in->wpp_config);
	for (size_t j = 0; j < in->ngens; j++) {
		free(in->gens[j].header);
		free(in->gens[j].source);
	}
	free(in->gens);
	memset(in, 0, sizeof(*in));
}

void fe_inputs_free(fe_input *in, size_t n)
{
	if (!in)
		return;
	for (size_t i = 0; i < n; i++)
		fe_input_clear(&in[i]);
	free(in);
}
