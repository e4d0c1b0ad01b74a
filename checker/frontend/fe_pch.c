/* fe_pch: shared leading includes parsed once into a precompiled header
 * (frontend.h, fe_pch_plan ... fe_pch_free). */
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
		char *path = fe_input_path(&in[i]);
		const char *p = path ? path : in[i].file;
		char *block = leading_includes(p);
		if (!block) {
			free(path);
			continue;
		}
		char *dir = fe_dir_of(p);
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
	fe_argv_build(&a, s, true, in->directory, pre, 2, (const char *const *)in->args, in->nargs);
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
	fe_argv_build(&b, s, false, in->directory, pre2, 2, (const char *const *)in->args, in->nargs);
	ec = clang_parseTranslationUnit2(s->index, strbuf_str(&probe), b.v, (int)b.n, &uf, 1,
					 FE_PARSE_OPTIONS, &pt);
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
	fe_argv_free(&a);
	fe_argv_free(&b);
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
