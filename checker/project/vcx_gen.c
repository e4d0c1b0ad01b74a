/* vcx_gen: the headers a project's build generates (vcx_int.h): the
 * message compiler's, from MessageCompile items (a message text file, or
 * an ETW instrumentation manifest: any other file), and wmimofck's, from
 * the MOF a MofComp item compiles to the binary MOF a Wmimofck item reads.
 * The metadata names are those of the WDK's tasks: GeneratedFilesBaseName
 * (mc -z), HeaderExtension (mc -e), SetCustomerbit (mc -c),
 * GenerateKernelModeLoggingMacros (mc -km), GenerateUserModeLoggingMacros
 * (mc -um);
 * CreateBinaryMofFile (mofcomp -B); HeaderOutputFile (wmimofck -h),
 * GenerateStructureDefinitionsForMethodParameters (wmimofck -m).  The
 * directory a header goes to does not matter: the include is matched by
 * file name. */
#include "project/vcx_int.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Replaces *slot with e's trimmed content when e is `name`. */
static void take(const xmlNode *e, const char *name, char **slot)
{
	if (!vcx_is(e, name))
		return;
	free(*slot);
	*slot = vcx_trim_dup(e);
}

/* A value ddicheck can use: no MSBuild property or item metadata left. */
static bool plain(const char *v)
{
	return v && *v && !strstr(v, "$(") && !strstr(v, "%(");
}

static void read_mc_meta(const vcx_ctx *c, const xmlNode *e, char **base, char **ext, char **customer, char **km,
			 char **um)
{
	for (const xmlNode *m = e->children; m; m = m->next) {
		if (m->type != XML_ELEMENT_NODE || !vcx_condition_holds(c, m))
			continue;
		take(m, "GeneratedFilesBaseName", base);
		take(m, "HeaderExtension", ext);
		take(m, "SetCustomerbit", customer);
		take(m, "GenerateKernelModeLoggingMacros", km);
		take(m, "GenerateUserModeLoggingMacros", um);
	}
}

void vcx_gen_defaults(const vcx_ctx *c, const xmlNode *e, vcx_gens *g)
{
	if (vcx_is(e, "MessageCompile"))
		read_mc_meta(c, e, &g->mc_base, &g->mc_ext, &g->mc_customer, &g->mc_km, &g->mc_um);
}

static bool is_true(char *v)
{
	return v && !strcasecmp(vcx_trim(v), "true");
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* The header mc writes for `source` (a path): the base name (or -z's),
 * then '.' and the extension (or -e's, else "h"). */
static char *mc_header(const char *source, const char *base, const char *ext)
{
	strbuf sb = STRBUF_INIT;
	if (plain(base)) {
		strbuf_puts(&sb, base);
	} else {
		const char *slash = strrchr(source, '/');
		const char *name = slash ? slash + 1 : source;
		const char *dot = strrchr(name, '.');
		strbuf_add(&sb, name, dot ? (size_t)(dot - name) : strlen(name));
	}
	const char *x = plain(ext) ? ext : "h";
	strbuf_printf(&sb, ".%s", x[0] == '.' ? x + 1 : x);
	return strbuf_detach(&sb);
}

/* The file name at the end of an MSBuild path as written (quotes and a
 * leading $(IntDir) allowed), or NULL when it names a property itself. */
static char *file_name(const char *raw)
{
	char *v = xstrdup(raw);
	char *t = vcx_trim(v);
	size_t n = strlen(t);
	if (n >= 2 && t[0] == '"' && t[n - 1] == '"') {
		t[n - 1] = '\0';
		t++;
	}
	const char *b = t;
	for (const char *q = t; *q; q++)
		if (*q == '/' || *q == '\\')
			b = q + 1;
	char *r = *b && plain(b) ? xstrdup(b) : NULL;
	free(v);
	return r;
}

/* A file name without its extension, and with `ext`. */
static char *with_ext(const char *name, const char *ext)
{
	const char *dot = strrchr(name, '.');
	strbuf sb = STRBUF_INIT;
	strbuf_add(&sb, name, dot ? (size_t)(dot - name) : strlen(name));
	strbuf_puts(&sb, ext);
	return strbuf_detach(&sb);
}

/* A MofComp item: the .mof files (found on disk) and the binary MOF
 * each is compiled to. */
static void mofcomp_item(const vcx_ctx *c, const xmlNode *e, vcx_gens *g)
{
	char *inc = vcx_attr(e, "Include"), *bmf = NULL, *save = NULL, err[256];
	for (const xmlNode *m = e->children; m; m = m->next)
		if (m->type == XML_ELEMENT_NODE && vcx_condition_holds(c, m))
			take(m, "CreateBinaryMofFile", &bmf);
	vcx_strlist files = { 0 };
	long line = xmlGetLineNo(e);
	for (char *one = inc ? strtok_r(inc, ";", &save) : NULL; one; one = strtok_r(NULL, ";", &save)) {
		one = vcx_trim(one);
		if (*one && strncmp(one, "@(", 2) != 0)
			(void)vcx_expand(c, one, line, "MofComp item", false, &files, err, sizeof(err));
	}
	for (size_t i = 0; i < files.n; i++) {
		const char *slash = strrchr(files.v[i], '/');
		vcx_mof mof = { xstrdup(files.v[i]),
				bmf && files.n == 1 ? file_name(bmf) : with_ext(slash ? slash + 1 : files.v[i], ".bmf") };
		if (mof.bmf)
			VEC_PUSH(g->mofs, g->nmofs, g->capmofs, mof);
		else
			free(mof.source);
	}
	vcx_sl_free(&files);
	free(bmf);
	free(inc);
}

/* A Wmimofck item that writes a header (HeaderOutputFile, wmimofck -h). */
static void wmimofck_item(const vcx_ctx *c, const xmlNode *e, vcx_gens *g)
{
	char *inc = vcx_attr(e, "Include"), *hdr = NULL, *m_flag = NULL;
	for (const xmlNode *m = e->children; m; m = m->next)
		if (m->type == XML_ELEMENT_NODE && vcx_condition_holds(c, m)) {
			take(m, "HeaderOutputFile", &hdr);
			take(m, "GenerateStructureDefinitionsForMethodParameters", &m_flag);
		}
	char *bmf = inc ? file_name(inc) : NULL, *header = hdr ? file_name(hdr) : NULL;
	if (bmf && header) {
		vcx_wmck w = { bmf, header, m_flag && !strcasecmp(vcx_trim(m_flag), "true") };
		VEC_PUSH(g->wmcks, g->nwmcks, g->capwmcks, w);
	} else {
		free(bmf);
		free(header);
	}
	free(m_flag);
	free(hdr);
	free(inc);
}

void vcx_gen_item(const vcx_ctx *c, const xmlNode *e, vcx_gens *g)
{
	if (vcx_is(e, "MofComp"))
		mofcomp_item(c, e, g);
	if (vcx_is(e, "Wmimofck"))
		wmimofck_item(c, e, g);
	if (!vcx_is(e, "MessageCompile"))
		return;
	char *inc = vcx_attr(e, "Include");
	if (!inc)
		return;
	char *base = dup_or_null(g->mc_base), *ext = dup_or_null(g->mc_ext), *cust = dup_or_null(g->mc_customer);
	char *km = dup_or_null(g->mc_km), *um = dup_or_null(g->mc_um);
	read_mc_meta(c, e, &base, &ext, &cust, &km, &um);
	vcx_strlist files = { 0 };
	char err[256], *save = NULL;
	long line = xmlGetLineNo(e);
	for (char *one = strtok_r(inc, ";", &save); one; one = strtok_r(NULL, ";", &save)) {
		one = vcx_trim(one);
		/* a wildcard in a directory, or a missing file, names nothing
		   here: the header matters only if included */
		if (*one && strncmp(one, "@(", 2) != 0 &&
		    vcx_expand(c, one, line, "MessageCompile item", false, &files, err, sizeof(err)) != 0)
			continue;
	}
	for (size_t i = 0; i < files.n; i++) {
		const char *src = files.v[i];
		size_t k = strlen(src);
		/* a .mc is a message text file; any other (.man, Eventdrv's .xml)
		   an instrumentation manifest, whose header has the logging code
		   of -um when only that is asked for, else of -km (neither: a
		   kernel-mode driver's, ddicheck's choice) */
		bool mc = k >= 3 && !strcasecmp(src + k - 3, ".mc");
		fe_gen_kind kind = mc ? FE_GEN_MC : is_true(um) && !is_true(km) ? FE_GEN_ETW_UM : FE_GEN_ETW_KM;
		fe_gen gen = { .kind = kind, .header = mc_header(src, base, ext), .source = xstrdup(src),
			       .customer = mc && is_true(cust) };
		VEC_PUSH(g->v, g->n, g->cap, gen);
	}
	vcx_sl_free(&files);
	free(base);
	free(ext);
	free(cust);
	free(km);
	free(um);
	free(inc);
}

/* Each Wmimofck header from the MOF compiled to the binary MOF it reads
 * (matched by file name, in any letter case). */
static void link_mofs(vcx_gens *g)
{
	for (size_t i = 0; i < g->nwmcks; i++)
		for (size_t j = 0; j < g->nmofs; j++)
			if (!strcasecmp(g->wmcks[i].bmf, g->mofs[j].bmf)) {
				fe_gen gen = { .kind = FE_GEN_MOF, .header = xstrdup(g->wmcks[i].header),
					       .source = xstrdup(g->mofs[j].source),
					       .method_structs = g->wmcks[i].method_structs };
				VEC_PUSH(g->v, g->n, g->cap, gen);
				break;
			}
}

void vcx_gen_attach(vcx_gens *g, fe_input *ins, size_t nin)
{
	link_mofs(g);
	for (size_t i = 0; i < nin && g->n; i++) {
		ins[i].gens = xcalloc(g->n, sizeof(fe_gen));
		ins[i].ngens = g->n;
		for (size_t j = 0; j < g->n; j++) {
			ins[i].gens[j] = g->v[j];
			ins[i].gens[j].header = xstrdup(g->v[j].header);
			ins[i].gens[j].source = xstrdup(g->v[j].source);
		}
	}
}

void vcx_gens_free(vcx_gens *g)
{
	for (size_t i = 0; i < g->n; i++) {
		free(g->v[i].header);
		free(g->v[i].source);
	}
	free(g->v);
	for (size_t i = 0; i < g->nmofs; i++) {
		free(g->mofs[i].source);
		free(g->mofs[i].bmf);
	}
	free(g->mofs);
	for (size_t i = 0; i < g->nwmcks; i++) {
		free(g->wmcks[i].bmf);
		free(g->wmcks[i].header);
	}
	free(g->wmcks);
	free(g->mc_base);
	free(g->mc_ext);
	free(g->mc_customer);
	free(g->mc_km);
	free(g->mc_um);
	memset(g, 0, sizeof(*g));
}
