/* fe_resolve: includes missing as written (fe_int.h), applied to one
 * parse through libclang's unsaved files. */
#include <clang-c/Index.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend/fe_include.h"
#include "frontend/fe_int.h"
#include "frontend/fe_etw.h"
#include "frontend/fe_mc.h"
#include "frontend/fe_mof.h"
#include "frontend/frontend.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/xalloc.h"

/* The directory a file's quoted includes are searched in first, as clang
 * names it ("." for a bare file name: clang looks up "./x.h" then). */
char *fe_dir_of(const char *path)
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

void fe_fix_init(fe_fix *f, fe_session *s, const char *main, const char *workdir, const fe_input *in,
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

void fe_fix_free(fe_fix *f)
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
	for (size_t i = 0; i < f->nnotes; i++) {
		free(f->notes[i].file);
		free(f->notes[i].message);
	}
	free(f->notes);
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
		char *md = fe_dir_of(f->main), *fmd = fix_fs_path(f, md);
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
			return fe_dir_of(f->reals.v[i]);
	char *d = fe_dir_of(includer), *r = fix_fs_path(f, d);
	free(d);
	return r;
}

static void fix_note(fe_fix *f, const char *file, unsigned line, const char *message)
{
	fe_note n = { xstrdup(file), line, xstrdup(message) };
	VEC_PUSH(f->notes, f->nnotes, f->capnotes, n);
}

/* The project's generated header of the file name `norm` ends in (any
 * letter case), or NULL. */
static const fe_gen *project_gen(const fe_fix *f, const char *norm)
{
	const char *slash = strrchr(norm, '/');
	const char *base = slash ? slash + 1 : norm;
	for (size_t i = 0; f->in && i < f->in->ngens; i++)
		if (!strcasecmp(f->in->gens[i].header, base))
			return &f->in->gens[i];
	return NULL;
}

/* X.mc (or, etw, X.man) for a missing X.h, in any letter case, in the
 * first of fdirs that has one: NULL when none (or two names differing
 * only in case), else malloc'd. */
static char *mc_beside(const char *norm, const fe_strv *fdirs, bool etw)
{
	char *mcname = fe_include_source_name(norm, etw ? "man" : "mc"), *found = NULL;
	for (size_t i = 0; mcname && i < fdirs->n && !found; i++)
		if (fe_include_find_ci(fdirs->v[i], mcname, &found) == FE_INC_AMBIGUOUS)
			break;
	free(mcname);
	return found;
}

/* Makes the header `norm` from src as the build would (the message
 * compiler, or wmimofck from the MOF; g the project's item, or NULL) and
 * supplies it at vname.  A source that cannot be read or is malformed is
 * noted (file:line) and nothing is supplied: the include stays missing.
 * Returns 1 when supplied. */
static int fix_generate(fe_fix *f, fe_gen_kind kind, const char *src, const fe_gen *g, const char *norm,
			const char *vname)
{
	int rc = 0;
	const char *what = kind == FE_GEN_MC ? "message text file" : kind == FE_GEN_MOF ? "MOF file" : "manifest";
	strbuf text = STRBUF_INIT, out = STRBUF_INIT, why = STRBUF_INIT;
	struct stat st;
	if (stat(src, &st) == 0 && !S_ISREG(st.st_mode)) {   /* a FIFO would block the read */
		strbuf_printf(&why, "the %s for '%s' is not a regular file", what, norm);
		fix_note(f, src, 0, strbuf_str(&why));
		goto cleanup;
	}
	if (read_file(src, FE_GEN_SOURCE_MAX + 1, &text) != 0) {
		strbuf_printf(&why, "cannot read the %s for '%s': %s", what, norm, strerror(errno));
		fix_note(f, src, 0, strbuf_str(&why));
		goto cleanup;
	}
	if (text.len > FE_GEN_SOURCE_MAX) {
		strbuf_printf(&why, "%s larger than %d bytes: '%s' is not generated", what, FE_GEN_SOURCE_MAX, norm);
		fix_note(f, src, 0, strbuf_str(&why));
		goto cleanup;
	}
	const char *slash = strrchr(src, '/'), *hslash = strrchr(norm, '/');
	const char *sname = slash ? slash + 1 : src, *hname = hslash ? hslash + 1 : norm;
	const char *body = text.buf ? text.buf : "";
	fe_gen_error e;
	int r;
	if (kind == FE_GEN_MC) {
		fe_mc_opts o = { .customer = g && g->customer };
		r = fe_mc_header(sname, body, text.len, &o, &out, &e);
	} else if (kind == FE_GEN_ETW_KM || kind == FE_GEN_ETW_UM) {
		fe_etw_opts o = { .user_mode = kind == FE_GEN_ETW_UM };
		r = fe_etw_header(sname, body, text.len, &o, &out, &e);
	} else {
		fe_mof_opts o = { .method_structs = g && g->method_structs };
		r = fe_mof_header(hname, sname, body, text.len, &o, &out, &e);
	}
	if (r != 0) {
		strbuf_printf(&why, "%s (in the %s: '%s' is not generated)", e.message, what, norm);
		fix_note(f, src, e.line, strbuf_str(&why));
		goto cleanup;
	}
	size_t len = out.len;
	fix_supply(f, vname, strbuf_detach(&out), len, src);
	rc = 1;
cleanup:
	strbuf_free(&text);
	strbuf_free(&out);
	strbuf_free(&why);
	return rc;
}

/* A project's generated header at the first search directory. */
static int fix_project_gen(fe_fix *f, const fe_gen *g, const char *norm, const fe_strv *vdirs)
{
	char *vname = join_path(vdirs->v[0], norm);
	int rc = fix_generate(f, g->kind, g->source, g, norm, vname);
	free(vname);
	return rc;
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
	char *ivdir = fe_dir_of(includer);
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
	/* the build writes a project's generated headers to a directory that
	   is searched before the WDK's, which the model stands for (wmisamp's
	   WmiData.h is not the system's wmidata.h) */
	const fe_gen *gen = vdirs.n ? project_gen(f, norm) : NULL;
	for (size_t i = 0; i < fdirs.n; i++) {
		if (gen && f->s->model_include_dir && !strcmp(vdirs.v[i], f->s->model_include_dir)) {
			rc = fix_project_gen(f, gen, norm, &vdirs);
			goto cleanup;
		}
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
	if (gen) {
		rc = fix_project_gen(f, gen, norm, &vdirs);
		goto cleanup;
	}
	/* X.h from X.mc or X.man beside it: what mc writes by default (a
	   manifest's header in kernel mode, mc -km: ddicheck checks kernel
	   drivers) */
	for (int etw = 0; etw < 2 && vdirs.n; etw++) {
		char *mc = mc_beside(norm, &fdirs, etw);
		if (!mc)
			continue;
		char *vname = join_path(vdirs.v[0], norm);
		rc = fix_generate(f, etw ? FE_GEN_ETW_KM : FE_GEN_MC, mc, NULL, norm, vname);
		free(vname);
		free(mc);
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
void fe_fix_prescan(fe_fix *f)
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
unsigned fe_fix_missing(fe_fix *f, CXTranslationUnit ctu)
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

void fe_wpp_scans_free(fe_session *s)
{
	for (size_t i = 0; i < s->nscans; i++) {
		free(s->scans[i]->key);
		fe_strv_free(&s->scans[i]->sigs);
		fe_strv_free(&s->scans[i]->files);
		free(s->scans[i]);
	}
	free(s->scans);
	strmap_free(&s->wpp);
}
