/* vcxproj: the XML, configurations, metadata and items of a project
 * (vcxproj.h); its paths are vcx_path.c's (vcx_int.h). */
#include "project/vcx_int.h"
#include "project/vcxproj.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The metadata ddicheck reads, accumulated like MSBuild does.  The WPP
 * ones say what a missing X.tmh stands for (frontend.h, fe_input). */
typedef struct meta {
	char *defines, *undefines, *includes, *forced;
	char *wpp_funcs, *wpp_config;   /* WppTraceFunction, WppScanConfigurationData */
	char *pch, *pch_file;           /* PrecompiledHeader (Use, Create...), PrecompiledHeaderFile */
} meta;

static void meta_free(meta *m)
{
	free(m->defines);
	free(m->undefines);
	free(m->includes);
	free(m->forced);
	free(m->wpp_funcs);
	free(m->wpp_config);
	free(m->pch);
	free(m->pch_file);
}

static meta meta_copy(const meta *m)
{
	meta r = { xstrdup(m->defines), xstrdup(m->undefines), xstrdup(m->includes), xstrdup(m->forced),
		   xstrdup(m->wpp_funcs), xstrdup(m->wpp_config), xstrdup(m->pch), xstrdup(m->pch_file) };
	return r;
}

/* MSBuild names (items, metadata, properties) are case-insensitive:
 * projects write <PreCompiledHeader> as well as <PrecompiledHeader>. */
bool vcx_is(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, name) == 0;
}

char *vcx_attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *r = v ? xstrdup((const char *)v) : NULL;
	xmlFree(v);
	return r;
}

char *vcx_text(const xmlNode *n)
{
	xmlChar *v = xmlNodeGetContent(n);
	char *r = xstrdup(v ? (const char *)v : "");
	xmlFree(v);
	return r;
}


/* Evaluates the conditions drivers use: '$(Configuration)|$(Platform)'=='A|B',
 * '$(Configuration)'=='A', with == or !=.  Others (exists(), and/or) count as
 * true: they guard imports and tools, not what ddicheck reads. */
bool vcx_condition_holds(const vcx_ctx *c, const xmlNode *n)
{
	char *cond = vcx_attr(n, "Condition");
	if (!cond)
		return true;
	bool result = true;
	char *eq = strstr(cond, "==");
	char *ne = strstr(cond, "!=");
	char *op = eq ? eq : ne;
	if (op && !strstr(cond, " and ") && !strstr(cond, " or ") && !strstr(cond, "exists(")) {
		*op = '\0';
		char *l = vcx_trim(cond), *r = vcx_trim(op + 2);
		size_t ll = strlen(l), rl = strlen(r);
		if (ll >= 2 && rl >= 2 && l[0] == '\'' && l[ll - 1] == '\'' && r[0] == '\'' && r[rl - 1] == '\'') {
			l[ll - 1] = '\0';
			r[rl - 1] = '\0';
			char *lv = vcx_expand_props(c, l + 1);
			/* item metadata (%(ClCompile.X)) is not known here: unknown,
			   so true like the other conditions ddicheck cannot evaluate */
			if (lv && !strstr(lv, "%(")) {
				/* compare without spaces and case, as MSBuild does for these */
				result = strcasecmp(lv, r + 1) == 0;
				if (ne && !eq)
					result = !result;
			}
			free(lv);
		}
	}
	free(cond);
	return result;
}

/* Applies one metadata element (<PreprocessorDefinitions>…) to m. */
static void apply_meta(const xmlNode *e, meta *m)
{
	char **slot = NULL;
	const char *ref = NULL;
	if (vcx_is(e, "PreprocessorDefinitions")) {
		slot = &m->defines;
		ref = "%(PreprocessorDefinitions)";
	} else if (vcx_is(e, "UndefinePreprocessorDefinitions")) {
		slot = &m->undefines;
		ref = "%(UndefinePreprocessorDefinitions)";
	} else if (vcx_is(e, "AdditionalIncludeDirectories")) {
		slot = &m->includes;
		ref = "%(AdditionalIncludeDirectories)";
	} else if (vcx_is(e, "ForcedIncludeFiles")) {
		slot = &m->forced;
		ref = "%(ForcedIncludeFiles)";
	} else if (vcx_is(e, "WppTraceFunction")) {
		slot = &m->wpp_funcs;
		ref = "%(WppTraceFunction)";
	} else if (vcx_is(e, "WppScanConfigurationData")) {
		slot = &m->wpp_config;
		ref = "%(WppScanConfigurationData)";
	} else if (vcx_is(e, "PrecompiledHeader")) {
		slot = &m->pch;
		ref = "%(PrecompiledHeader)";
	} else if (vcx_is(e, "PrecompiledHeaderFile")) {
		slot = &m->pch_file;
		ref = "%(PrecompiledHeaderFile)";
	} else {
		return;
	}
	char *v = vcx_text(e);
	strbuf sb = STRBUF_INIT;
	const char *p = v;
	const char *hit;
	while ((hit = strstr(p, ref))) {
		strbuf_add(&sb, p, (size_t)(hit - p));
		strbuf_puts(&sb, *slot ? *slot : "");
		p = hit + strlen(ref);
	}
	strbuf_puts(&sb, p);
	free(*slot);
	*slot = strbuf_detach(&sb);
	free(v);
}

static void apply_clcompile(const vcx_ctx *c, const xmlNode *cl, meta *m)
{
	for (const xmlNode *e = cl->children; e; e = e->next)
		if (e->type == XML_ELEMENT_NODE && vcx_condition_holds(c, e))
			apply_meta(e, m);
}



/* How split_into turns each entry of a ';' list. */
typedef enum vcx_split { VCX_TEXT, VCX_DIR, VCX_NAME } vcx_split;

/* VCX_TEXT: properties expanded; VCX_DIR: a directory relative to the project,
 * as it is on disk when it exists in another letter case (a missing one is
 * kept: cl ignores it too); VCX_NAME: properties expanded, '/' separators,
 * relative names kept relative for the caller to search. */
static void split_into(const vcx_ctx *c, const char *list, vcx_strlist *out, vcx_split how)
{
	if (!list)
		return;
	char *copy = xstrdup(list), *save = NULL;
	for (char *t = strtok_r(copy, ";", &save); t; t = strtok_r(NULL, ";", &save)) {
		t = vcx_trim(t);
		if (!*t || strstr(t, "%("))
			continue;
		if (how == VCX_DIR) {
			char *p = vcx_to_path(c, t), *found = NULL;
			vcx_miss miss = { 0 };
			if (p && vcx_resolve(p, &found, &miss) == 0)
				vcx_sl_push(out, found);
			else if (p)
				vcx_sl_push(out, p);
			vcx_miss_free(&miss);
			free(found);
			free(p);
		} else {
			char *x = vcx_expand_props(c, t);
			if (x && how == VCX_NAME)
				for (char *q = x; *q; q++)
					if (*q == '\\')
						*q = '/';
			if (x && *x)
				vcx_sl_push(out, x);
			free(x);
		}
	}
	free(copy);
}


/* A source compiled with /Yu"precomp.h" gets the text of its
 * `#include "precomp.h"` from the precompiled header, which was built where
 * that name resolves for the /Yc source -- often the project's directory,
 * not the directory of a source shared from elsewhere (`..\pcidrv.c`).
 * The header is looked for as a forced include is, and its directory is
 * searched after the project's include directories (-I, appended; cl takes
 * `#include <precomp.h>` from the .pch as well). */
static void vcx_pch_dir(const vcx_ctx *c, const char *source, const vcx_strlist *incs, const meta *m, vcx_strlist *args)
{
	char *mode = m->pch ? xstrdup(m->pch) : NULL;
	char *name = m->pch_file ? xstrdup(m->pch_file) : NULL;
	char *tm = mode ? vcx_trim(mode) : NULL, *tn = name ? vcx_trim(name) : NULL;
	if (tm && strcasecmp(tm, "Use") == 0 && tn && *tn && !strstr(tn, "$(") && !strstr(tn, "%(")) {
		char *where = NULL;
		if (vcx_forced(c, source, incs, tn, &where) == 0) {
			const char *slash = strrchr(where, '/');
			strbuf sb = STRBUF_INIT;
			strbuf_printf(&sb, "-I%.*s", slash ? (int)(slash - where) : 1, slash ? where : ".");
			vcx_sl_push(args, strbuf_str(&sb));
			strbuf_free(&sb);
		}
		free(where);
	}
	free(mode);
	free(name);
}

/* Whether a definition list ("A", "B=1") or an undefinition list names macro. */
static bool names_macro(const vcx_strlist *l, const char *macro)
{
	size_t k = strlen(macro);
	for (size_t i = 0; i < l->n; i++)
		if (!strncmp(l->v[i], macro, k) && (l->v[i][k] == '\0' || l->v[i][k] == '='))
			return true;
	return false;
}

static void push_flag(vcx_strlist *args, const char *flag, const char *value)
{
	strbuf sb = STRBUF_INIT;
	strbuf_printf(&sb, "%s%s", flag, value);
	vcx_sl_push(args, strbuf_str(&sb));
	strbuf_free(&sb);
}

static fe_input make_input(const vcx_ctx *c, const char *file, const meta *m)
{
	fe_input in = { 0 };
	in.file = xstrdup(file);
	vcx_strlist defs = { 0 }, undefs = { 0 }, incs = { 0 }, forced = { 0 }, args = { 0 };
	split_into(c, m->defines, &defs, VCX_TEXT);
	split_into(c, m->undefines, &undefs, VCX_TEXT);
	split_into(c, m->includes, &incs, VCX_DIR);
	split_into(c, m->forced, &forced, VCX_NAME);
	/* what cl's /kernel predefines, unless the project says otherwise */
	if (c->kernel_mode && !names_macro(&defs, "_KERNEL_MODE") && !names_macro(&undefs, "_KERNEL_MODE"))
		vcx_sl_push(&args, "-D_KERNEL_MODE=1");
	for (size_t i = 0; i < defs.n; i++)
		push_flag(&args, "-D", defs.v[i]);
	for (size_t i = 0; i < undefs.n; i++)   /* cl's /U: after the definitions it removes */
		push_flag(&args, "-U", undefs.v[i]);
	for (size_t i = 0; i < incs.n; i++)
		push_flag(&args, "-I", incs.v[i]);
	for (size_t i = 0; i < forced.n; i++) {
		char *where = NULL;
		vcx_forced(c, file, &incs, forced.v[i], &where);
		vcx_sl_push(&args, "-include");
		vcx_sl_push(&args, where);
		free(where);
	}
	vcx_pch_dir(c, file, &incs, m, &args);
	in.args = args.v;
	in.nargs = args.n;
	/* "A(LEVEL,MSG,...);B((MSG,...))": a signature holds no ';' */
	vcx_strlist funcs = { 0 };
	split_into(c, m->wpp_funcs, &funcs, VCX_TEXT);
	in.wpp_funcs = funcs.v;
	in.nwpp_funcs = funcs.n;
	/* the configuration header, relative to the project like tracewpp's
	   -scan:, found in any letter case; one that does not exist is
	   dropped (the headers beside the source are read instead) */
	char *cfg = m->wpp_config ? xstrdup(m->wpp_config) : NULL;
	char *t = cfg ? vcx_trim(cfg) : NULL;
	if (t && *t && !strstr(t, "%(")) {
		char *p = vcx_to_path(c, t), *found = NULL;
		vcx_miss miss = { 0 };
		if (p && vcx_resolve(p, &found, &miss) == 0)
			in.wpp_config = found;
		else
			free(found);
		vcx_miss_free(&miss);
		free(p);
	}
	free(cfg);
	vcx_sl_free(&defs);
	vcx_sl_free(&undefs);
	vcx_sl_free(&incs);
	vcx_sl_free(&forced);
	return in;
}

/* Drops the items whose file is in set (a Remove element). */
static void vcx_remove(fe_input *ins, size_t *nin, const vcx_strlist *set)
{
	size_t kept = 0;
	for (size_t i = 0; i < *nin; i++) {
		if (vcx_in_set(set, ins[i].file))
			fe_input_clear(&ins[i]);
		else
			ins[kept++] = ins[i];
	}
	*nin = kept;
}

/* One <ClCompile> element of an ItemGroup: its Include list adds items (less
 * what its Exclude names), a Remove takes items added before out.  MSBuild
 * splits both at ';' and drops empty entries.  0, or -1 with err. */
static int vcx_item(const vcx_ctx *c, const xmlNode *e, const meta *defs, fe_input **ins, size_t *nin, size_t *cap,
		    char *err, size_t errsize)
{
	int rc = -1;
	long line = xmlGetLineNo(e);
	char *inc = vcx_attr(e, "Include"), *exc = vcx_attr(e, "Exclude"), *rem = vcx_attr(e, "Remove");
	vcx_strlist files = { 0 }, excluded = { 0 };
	meta m = meta_copy(defs);
	if (!inc) {
		if (rem && vcx_file_set(c, rem, line, "ClCompile Remove", *ins, *nin, &excluded, err, errsize) != 0)
			goto cleanup;
		vcx_remove(*ins, nin, &excluded);
		rc = 0;
		goto cleanup;
	}
	apply_clcompile(c, e, &m);
	/* an item excluded from this configuration is not compiled */
	bool skip = false;
	for (const xmlNode *x = e->children; x; x = x->next)
		if (vcx_is(x, "ExcludedFromBuild") && vcx_condition_holds(c, x)) {
			char *v = vcx_text(x);
			skip = strcasecmp(vcx_trim(v), "true") == 0;
			free(v);
		}
	if (skip) {
		rc = 0;
		goto cleanup;
	}
	char *save = NULL;
	for (char *one = strtok_r(inc, ";", &save); one; one = strtok_r(NULL, ";", &save)) {
		one = vcx_trim(one);
		if (!*one)
			continue;
		if (!strncmp(one, "@(", 2)) {
			snprintf(err, errsize, "%s:%ld: ClCompile item '%s': item references are not supported in Include",
				 c->path, line, one);
			goto cleanup;
		}
		if (vcx_expand(c, one, line, "ClCompile item", true, &files, err, errsize) != 0)
			goto cleanup;
	}
	/* @(ClCompile) in Exclude means the items before this element */
	if (exc && vcx_file_set(c, exc, line, "ClCompile Exclude", *ins, *nin, &excluded, err, errsize) != 0)
		goto cleanup;
	for (size_t i = 0; i < files.n; i++)
		if (!vcx_in_set(&excluded, files.v[i]))
			VEC_PUSH(*ins, *nin, *cap, make_input(c, files.v[i], &m));
	rc = 0;
cleanup:
	meta_free(&m);
	vcx_sl_free(&files);
	vcx_sl_free(&excluded);
	free(inc);
	free(exc);
	free(rem);
	return rc;
}

char *vcx_trim_dup(const xmlNode *e)
{
	char *t = vcx_text(e);
	char *r = xstrdup(vcx_trim(t));
	free(t);
	return r;
}

/* Whether the chosen configuration builds a kernel-mode driver, for which
 * the WDK passes cl /kernel, which predefines _KERNEL_MODE as 1: a
 * ConfigurationType Driver that is not UMDF and is not built with a
 * user-mode or application toolset (the WDK's UMDF projects are
 * DynamicLibrary with WindowsUserModeDriver; its kernel-mode ones Driver
 * with WindowsKernelModeDriver).  Properties are read as MSBuild evaluates
 * them: in document order, the last one whose condition holds wins. */
static bool kernel_mode(const vcx_ctx *c, const xmlNode *root)
{
	char *type = NULL, *driver = NULL, *toolset = NULL;
	for (const xmlNode *g = root->children; g; g = g->next) {
		if (!vcx_is(g, "PropertyGroup") || !vcx_condition_holds(c, g))
			continue;
		for (const xmlNode *e = g->children; e; e = e->next) {
			char **slot = vcx_is(e, "ConfigurationType") ? &type :
				      vcx_is(e, "DriverType")        ? &driver :
				      vcx_is(e, "PlatformToolset")   ? &toolset : NULL;
			if (slot && vcx_condition_holds(c, e)) {
				free(*slot);
				*slot = vcx_trim_dup(e);
			}
		}
	}
	bool r = type && !strcasecmp(type, "Driver") && !(driver && !strcasecmp(driver, "UMDF")) &&
		 !(toolset && (!strncasecmp(toolset, "WindowsUserModeDriver", 21) ||
			       !strncasecmp(toolset, "WindowsApplicationForDrivers", 28)));
	free(type);
	free(driver);
	free(toolset);
	return r;
}

static void choose_default(const xmlNode *root, char **config, char **platform)
{
	for (const xmlNode *g = root->children; g; g = g->next) {
		if (!vcx_is(g, "PropertyGroup"))
			continue;
		for (const xmlNode *e = g->children; e; e = e->next) {
			if (vcx_is(e, "Configuration") && !*config)
				*config = vcx_trim_dup(e);
			else if (vcx_is(e, "Platform") && !*platform)
				*platform = vcx_trim_dup(e);
		}
	}
}

/* "A|B" from the first <ProjectConfiguration Include="A|B">. */
static void first_configuration(const xmlNode *root, char **config, char **platform)
{
	for (const xmlNode *g = root->children; g; g = g->next) {
		if (!vcx_is(g, "ItemGroup"))
			continue;
		for (const xmlNode *e = g->children; e; e = e->next) {
			if (!vcx_is(e, "ProjectConfiguration"))
				continue;
			char *inc = vcx_attr(e, "Include");
			char *bar = inc ? strchr(inc, '|') : NULL;
			if (bar) {
				*bar = '\0';
				*config = xstrdup(inc);
				*platform = xstrdup(bar + 1);
			}
			free(inc);
			if (*config)
				return;
		}
	}
}

static bool has_configuration(const xmlNode *root, const char *config, const char *platform)
{
	bool any = false;
	for (const xmlNode *g = root->children; g; g = g->next) {
		if (!vcx_is(g, "ItemGroup"))
			continue;
		for (const xmlNode *e = g->children; e; e = e->next) {
			if (!vcx_is(e, "ProjectConfiguration"))
				continue;
			any = true;
			char *inc = vcx_attr(e, "Include");
			char *bar = inc ? strchr(inc, '|') : NULL;
			bool match = false;
			if (bar) {
				*bar = '\0';
				match = strcasecmp(inc, config) == 0 && (!platform || strcasecmp(bar + 1, platform) == 0);
			}
			free(inc);
			if (match)
				return true;
		}
	}
	return !any;   /* a project that lists none accepts any */
}

static xmlDoc *read_doc(const char *path, char *err, size_t errsize)
{
	/* no network, no entity expansion from outside the file */
	xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		const xmlError *e = xmlGetLastError();
		snprintf(err, errsize, "%s:%d: not a readable project file: %s", path, e ? e->line : 0,
			 e && e->message ? vcx_trim(e->message) : "malformed XML");
		return NULL;
	}
	xmlNode *root = xmlDocGetRootElement(doc);
	if (!vcx_is(root, "Project")) {
		snprintf(err, errsize, "%s:%d: not an MSBuild project (no <Project> root)", path,
			 root ? (int)xmlGetLineNo(root) : 1);
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

char *vcx_default_configuration(const char *path)
{
	char err[256];
	xmlDoc *doc = read_doc(path, err, sizeof(err));
	if (!doc)
		return NULL;
	xmlNode *root = xmlDocGetRootElement(doc);
	char *config = NULL, *platform = NULL;
	choose_default(root, &config, &platform);
	if (!config) {
		free(platform);
		platform = NULL;
		first_configuration(root, &config, &platform);
	}
	xmlFreeDoc(doc);
	if (!config) {
		free(platform);
		return NULL;
	}
	strbuf sb = STRBUF_INIT;
	strbuf_printf(&sb, "%s|%s", config, platform ? platform : "");
	free(config);
	free(platform);
	return strbuf_detach(&sb);
}

int vcx_load(const char *path, const char *configuration, fe_input **out, size_t *n, char *err, size_t errsize)
{
	int rc = -1;
	vcx_ctx c = { .path = path };
	meta defs = { 0 };
	vcx_gens gens = { 0 };
	fe_input *ins = NULL;
	size_t nin = 0, cap = 0;
	xmlDoc *doc = read_doc(path, err, errsize);
	*out = NULL;
	*n = 0;
	if (!doc)
		return -1;
	xmlNode *root = xmlDocGetRootElement(doc);

	const char *slash = strrchr(path, '/');
	strbuf d = STRBUF_INIT;
	if (slash)
		strbuf_add(&d, path, (size_t)(slash - path) + 1);
	c.dir = strbuf_detach(&d);

	char *chosen = configuration ? xstrdup(configuration) : vcx_default_configuration(path);
	if (chosen) {
		char *bar = strchr(chosen, '|');
		if (bar) {
			*bar = '\0';
			c.platform = xstrdup(bar + 1);
		}
		c.config = xstrdup(chosen);
		free(chosen);
	}
	if (c.config && !has_configuration(root, c.config, c.platform && *c.platform ? c.platform : NULL)) {
		snprintf(err, errsize, "%s:%d: no configuration '%s%s%s' in this project", path,
			 (int)xmlGetLineNo(root), c.config, c.platform ? "|" : "", c.platform ? c.platform : "");
		goto cleanup;
	}
	if (c.platform && !*c.platform) {
		free(c.platform);
		c.platform = NULL;
	}

	c.kernel_mode = kernel_mode(&c, root);

	/* item definitions first: they apply to every item of their type */
	for (const xmlNode *g = root->children; g; g = g->next) {
		if (!vcx_is(g, "ItemDefinitionGroup") || !vcx_condition_holds(&c, g))
			continue;
		for (const xmlNode *e = g->children; e; e = e->next) {
			if (!vcx_condition_holds(&c, e))
				continue;
			if (vcx_is(e, "ClCompile"))
				apply_clcompile(&c, e, &defs);
			vcx_gen_defaults(&c, e, &gens);
		}
	}

	for (const xmlNode *g = root->children; g; g = g->next) {
		if (!vcx_is(g, "ItemGroup") || !vcx_condition_holds(&c, g))
			continue;
		for (const xmlNode *e = g->children; e; e = e->next) {
			if (!vcx_condition_holds(&c, e))
				continue;
			if (vcx_is(e, "ClCompile") && vcx_item(&c, e, &defs, &ins, &nin, &cap, err, errsize) != 0)
				goto cleanup;
			vcx_gen_item(&c, e, &gens);
		}
	}
	vcx_gen_attach(&gens, ins, nin);
	if (!nin) {
		snprintf(err, errsize, "%s:%d: no C source (ClCompile item) for configuration %s%s%s", path,
			 (int)xmlGetLineNo(root), c.config ? c.config : "(default)", c.platform ? "|" : "",
			 c.platform ? c.platform : "");
		goto cleanup;
	}
	*out = ins;
	*n = nin;
	ins = NULL;
	nin = 0;
	rc = 0;
cleanup:
	fe_inputs_free(ins, nin);
	meta_free(&defs);
	vcx_gens_free(&gens);
	free(c.dir);
	free(c.config);
	free(c.platform);
	xmlFreeDoc(doc);
	return rc;
}
