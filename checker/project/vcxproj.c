#include "project/vcxproj.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <dirent.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

typedef struct strlist {
	char **v;
	size_t n, cap;
} strlist;

static void sl_push(strlist *l, const char *s)
{
	VEC_PUSH(l->v, l->n, l->cap, xstrdup(s));
}

static void sl_free(strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* The metadata ddicheck reads, accumulated like MSBuild does. */
typedef struct meta {
	char *defines, *includes, *forced;
} meta;

static void meta_free(meta *m)
{
	free(m->defines);
	free(m->includes);
	free(m->forced);
}

static meta meta_copy(const meta *m)
{
	meta r = { xstrdup(m->defines), xstrdup(m->includes), xstrdup(m->forced) };
	return r;
}

typedef struct ctx {
	const char *path;
	char *dir;               /* the project's directory, with a trailing '/' */
	char *config, *platform; /* chosen */
} ctx;

static bool is(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static char *attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *r = v ? xstrdup((const char *)v) : NULL;
	xmlFree(v);
	return r;
}

static char *text(const xmlNode *n)
{
	xmlChar *v = xmlNodeGetContent(n);
	char *r = xstrdup(v ? (const char *)v : "");
	xmlFree(v);
	return r;
}

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

/* Replaces $(Configuration), $(Platform) and the project-directory
 * properties; NULL when another $(...) remains. */
static char *expand(const ctx *c, const char *s)
{
	strbuf sb = STRBUF_INIT;
	for (const char *p = s; *p;) {
		if (p[0] == '$' && p[1] == '(') {
			const char *e = strchr(p, ')');
			if (!e)
				break;
			size_t n = (size_t)(e - p - 2);
			const char *name = p + 2;
			if (n == 13 && !strncmp(name, "Configuration", n))
				strbuf_puts(&sb, c->config ? c->config : "");
			else if (n == 8 && !strncmp(name, "Platform", n))
				strbuf_puts(&sb, c->platform ? c->platform : "");
			else if ((n == 10 && !strncmp(name, "ProjectDir", n)) ||
				 (n == 24 && !strncmp(name, "MSBuildThisFileDirectory", n)) ||
				 (n == 23 && !strncmp(name, "MSBuildProjectDirectory", n)))
				strbuf_puts(&sb, c->dir);
			else {
				strbuf_free(&sb);
				return NULL;
			}
			p = e + 1;
			continue;
		}
		strbuf_putc(&sb, *p++);
	}
	return strbuf_detach(&sb);
}

/* Evaluates the conditions drivers use: '$(Configuration)|$(Platform)'=='A|B',
 * '$(Configuration)'=='A', with == or !=.  Others (exists(), and/or) count as
 * true: they guard imports and tools, not what ddicheck reads. */
static bool condition_holds(const ctx *c, const xmlNode *n)
{
	char *cond = attr(n, "Condition");
	if (!cond)
		return true;
	bool result = true;
	char *eq = strstr(cond, "==");
	char *ne = strstr(cond, "!=");
	char *op = eq ? eq : ne;
	if (op && !strstr(cond, " and ") && !strstr(cond, " or ") && !strstr(cond, "exists(")) {
		*op = '\0';
		char *l = trim(cond), *r = trim(op + 2);
		size_t ll = strlen(l), rl = strlen(r);
		if (ll >= 2 && rl >= 2 && l[0] == '\'' && l[ll - 1] == '\'' && r[0] == '\'' && r[rl - 1] == '\'') {
			l[ll - 1] = '\0';
			r[rl - 1] = '\0';
			char *lv = expand(c, l + 1);
			if (lv) {
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
	if (is(e, "PreprocessorDefinitions")) {
		slot = &m->defines;
		ref = "%(PreprocessorDefinitions)";
	} else if (is(e, "AdditionalIncludeDirectories")) {
		slot = &m->includes;
		ref = "%(AdditionalIncludeDirectories)";
	} else if (is(e, "ForcedIncludeFiles")) {
		slot = &m->forced;
		ref = "%(ForcedIncludeFiles)";
	} else {
		return;
	}
	char *v = text(e);
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

static void apply_clcompile(const ctx *c, const xmlNode *cl, meta *m)
{
	for (const xmlNode *e = cl->children; e; e = e->next)
		if (e->type == XML_ELEMENT_NODE && condition_holds(c, e))
			apply_meta(e, m);
}

static char *to_path(const ctx *c, const char *raw)
{
	char *x = expand(c, raw);
	if (!x)
		return NULL;
	for (char *p = x; *p; p++)
		if (*p == '\\')
			*p = '/';
	char *t = trim(x);
	if (!*t) {
		free(x);
		return NULL;
	}
	strbuf sb = STRBUF_INIT;
	if (t[0] == '/')
		strbuf_puts(&sb, t);
	else
		strbuf_printf(&sb, "%s%s", c->dir, t);
	free(x);
	return strbuf_detach(&sb);
}

static void split_into(const ctx *c, const char *list, strlist *out, bool paths)
{
	if (!list)
		return;
	char *copy = xstrdup(list), *save = NULL;
	for (char *t = strtok_r(copy, ";", &save); t; t = strtok_r(NULL, ";", &save)) {
		t = trim(t);
		if (!*t || strstr(t, "%("))
			continue;
		if (paths) {
			char *p = to_path(c, t);
			if (p) {
				sl_push(out, p);
				free(p);
			}
		} else {
			char *x = expand(c, t);
			if (x && *x)
				sl_push(out, x);
			free(x);
		}
	}
	free(copy);
}

/* The file as it is on disk: MSBuild's paths come from a case-insensitive
 * file system (..\ExCallbk.c for excallbk.c); when the exact name does not
 * exist, a unique case-insensitive match in the same directory stands in. */
static char *on_disk(const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0)
		return xstrdup(path);
	const char *slash = strrchr(path, '/');
	strbuf dir = STRBUF_INIT;
	if (slash)
		strbuf_add(&dir, path, (size_t)(slash - path));
	else
		strbuf_puts(&dir, ".");
	const char *base = slash ? slash + 1 : path;
	char *match = NULL;
	int matches = 0;
	DIR *d = opendir(strbuf_str(&dir));
	struct dirent *de;
	while (d && (de = readdir(d)))
		if (strcasecmp(de->d_name, base) == 0) {
			matches++;
			free(match);
			strbuf m = STRBUF_INIT;
			strbuf_printf(&m, "%s/%s", strbuf_str(&dir), de->d_name);
			match = strbuf_detach(&m);
		}
	if (d)
		closedir(d);
	strbuf_free(&dir);
	if (matches == 1)
		return match;
	free(match);
	return xstrdup(path);   /* reported later as missing, by its own name */
}

static fe_input make_input(const ctx *c, const char *file, const meta *m)
{
	fe_input in = { 0 };
	in.file = file ? xstrdup(file) : NULL;
	strlist defs = { 0 }, incs = { 0 }, forced = { 0 }, args = { 0 };
	split_into(c, m->defines, &defs, false);
	split_into(c, m->includes, &incs, true);
	split_into(c, m->forced, &forced, true);
	for (size_t i = 0; i < defs.n; i++) {
		strbuf sb = STRBUF_INIT;
		strbuf_printf(&sb, "-D%s", defs.v[i]);
		sl_push(&args, strbuf_str(&sb));
		strbuf_free(&sb);
	}
	for (size_t i = 0; i < incs.n; i++) {
		strbuf sb = STRBUF_INIT;
		strbuf_printf(&sb, "-I%s", incs.v[i]);
		sl_push(&args, strbuf_str(&sb));
		strbuf_free(&sb);
	}
	for (size_t i = 0; i < forced.n; i++) {
		sl_push(&args, "-include");
		sl_push(&args, forced.v[i]);
	}
	in.args = args.v;
	in.nargs = args.n;
	sl_free(&defs);
	sl_free(&incs);
	sl_free(&forced);
	return in;
}

static char *trim_dup(const xmlNode *e)
{
	char *t = text(e);
	char *r = xstrdup(trim(t));
	free(t);
	return r;
}

static void choose_default(const xmlNode *root, char **config, char **platform)
{
	for (const xmlNode *g = root->children; g; g = g->next) {
		if (!is(g, "PropertyGroup"))
			continue;
		for (const xmlNode *e = g->children; e; e = e->next) {
			if (is(e, "Configuration") && !*config)
				*config = trim_dup(e);
			else if (is(e, "Platform") && !*platform)
				*platform = trim_dup(e);
		}
	}
}

/* "A|B" from the first <ProjectConfiguration Include="A|B">. */
static void first_configuration(const xmlNode *root, char **config, char **platform)
{
	for (const xmlNode *g = root->children; g; g = g->next) {
		if (!is(g, "ItemGroup"))
			continue;
		for (const xmlNode *e = g->children; e; e = e->next) {
			if (!is(e, "ProjectConfiguration"))
				continue;
			char *inc = attr(e, "Include");
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
		if (!is(g, "ItemGroup"))
			continue;
		for (const xmlNode *e = g->children; e; e = e->next) {
			if (!is(e, "ProjectConfiguration"))
				continue;
			any = true;
			char *inc = attr(e, "Include");
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
			 e && e->message ? trim(e->message) : "malformed XML");
		return NULL;
	}
	xmlNode *root = xmlDocGetRootElement(doc);
	if (!is(root, "Project")) {
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
	ctx c = { .path = path };
	meta defs = { 0 };
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

	/* item definitions first: they apply to every ClCompile item */
	for (const xmlNode *g = root->children; g; g = g->next)
		if (is(g, "ItemDefinitionGroup") && condition_holds(&c, g))
			for (const xmlNode *e = g->children; e; e = e->next)
				if (is(e, "ClCompile") && condition_holds(&c, e))
					apply_clcompile(&c, e, &defs);

	for (const xmlNode *g = root->children; g; g = g->next) {
		if (!is(g, "ItemGroup") || !condition_holds(&c, g))
			continue;
		for (const xmlNode *e = g->children; e; e = e->next) {
			if (!is(e, "ClCompile") || !condition_holds(&c, e))
				continue;
			char *inc = attr(e, "Include");
			if (!inc)
				continue;
			meta m = meta_copy(&defs);
			apply_clcompile(&c, e, &m);
			/* an item excluded from this configuration is not compiled */
			bool excluded = false;
			for (const xmlNode *x = e->children; x; x = x->next)
				if (is(x, "ExcludedFromBuild") && condition_holds(&c, x)) {
					char *v = text(x);
					excluded = strcasecmp(trim(v), "true") == 0;
					free(v);
				}
			/* Include may list several files ("a.c; b.c") */
			char *save = NULL;
			for (char *one = excluded ? NULL : strtok_r(inc, ";", &save); one;
			     one = strtok_r(NULL, ";", &save)) {
				char *file = to_path(&c, trim(one));
				char *found = file ? on_disk(file) : NULL;
				if (found)
					VEC_PUSH(ins, nin, cap, make_input(&c, found, &m));
				free(found);
				free(file);
			}
			meta_free(&m);
			free(inc);
		}
	}
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
	free(c.dir);
	free(c.config);
	free(c.platform);
	xmlFreeDoc(doc);
	return rc;
}
