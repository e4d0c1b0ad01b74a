#include "project/vcxproj.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <ctype.h>
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

/* The metadata ddicheck reads, accumulated like MSBuild does.  The WPP
 * ones say what a missing X.tmh stands for (frontend.h, fe_input). */
typedef struct meta {
	char *defines, *includes, *forced;
	char *wpp_funcs, *wpp_config;   /* WppTraceFunction, WppScanConfigurationData */
	char *pch, *pch_file;           /* PrecompiledHeader (Use, Create...), PrecompiledHeaderFile */
} meta;

static void meta_free(meta *m)
{
	free(m->defines);
	free(m->includes);
	free(m->forced);
	free(m->wpp_funcs);
	free(m->wpp_config);
	free(m->pch);
	free(m->pch_file);
}

static meta meta_copy(const meta *m)
{
	meta r = { xstrdup(m->defines), xstrdup(m->includes), xstrdup(m->forced), xstrdup(m->wpp_funcs),
		   xstrdup(m->wpp_config), xstrdup(m->pch), xstrdup(m->pch_file) };
	return r;
}

typedef struct ctx {
	const char *path;
	char *dir;               /* the project's directory, with a trailing '/' */
	char *config, *platform; /* chosen */
} ctx;

/* MSBuild names (items, metadata, properties) are case-insensitive:
 * projects write <PreCompiledHeader> as well as <PrecompiledHeader>. */
static bool is(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, name) == 0;
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
	if (is(e, "PreprocessorDefinitions")) {
		slot = &m->defines;
		ref = "%(PreprocessorDefinitions)";
	} else if (is(e, "AdditionalIncludeDirectories")) {
		slot = &m->includes;
		ref = "%(AdditionalIncludeDirectories)";
	} else if (is(e, "ForcedIncludeFiles")) {
		slot = &m->forced;
		ref = "%(ForcedIncludeFiles)";
	} else if (is(e, "WppTraceFunction")) {
		slot = &m->wpp_funcs;
		ref = "%(WppTraceFunction)";
	} else if (is(e, "WppScanConfigurationData")) {
		slot = &m->wpp_config;
		ref = "%(WppScanConfigurationData)";
	} else if (is(e, "PrecompiledHeader")) {
		slot = &m->pch;
		ref = "%(PrecompiledHeader)";
	} else if (is(e, "PrecompiledHeaderFile")) {
		slot = &m->pch_file;
		ref = "%(PrecompiledHeaderFile)";
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

/* Why a path was not found: the first component that matched nothing, or
 * that matched several names differing only in letter case. */
typedef struct vcx_miss {
	char *dir;      /* the directory searched ("" for the current one) */
	char *name;     /* the component as written */
	int candidates; /* names there equal to it but for letter case: 0, or 2 and more */
} vcx_miss;

static void vcx_miss_free(vcx_miss *m)
{
	free(m->dir);
	free(m->name);
	memset(m, 0, sizeof(*m));
}

/* Joins a directory and a name with one '/' ("" and "/" stay roots). */
static char *vcx_join(const char *dir, const char *name)
{
	strbuf sb = STRBUF_INIT;
	size_t n = strlen(dir);
	strbuf_printf(&sb, "%s%s%s", dir, n && dir[n - 1] != '/' ? "/" : "", name);
	return strbuf_detach(&sb);
}

/* The one entry of dir whose name equals name but for letter case.  0 and
 * *match (caller frees), or -1 with *count the number of such entries (0, or
 * several: a case-sensitive file system can hold names Windows could not). */
static int vcx_find_ci(const char *dir, const char *name, char **match, int *count)
{
	*match = NULL;
	*count = 0;
	DIR *d = opendir(*dir ? dir : ".");
	if (!d)
		return -1;
	const struct dirent *de;
	while ((de = readdir(d)))
		if (strcasecmp(de->d_name, name) == 0 && ++*count == 1)
			*match = xstrdup(de->d_name);
	closedir(d);
	if (*count == 1)
		return 0;
	free(*match);
	*match = NULL;
	return -1;
}

/* path as it is on disk.  The project was written on Windows, whose paths
 * are case-insensitive (ndisprot's ..\ExCallbk.c is excallbk.c on disk), so
 * each component that does not exist as written is replaced by the one name
 * of its directory that differs from it only in letter case.  With several
 * such names nothing is chosen: the project cannot say which it meant.
 * Returns 0 and *out (caller frees), or -1 with *miss filled (caller frees
 * it with vcx_miss_free). */
static int vcx_resolve(const char *path, char **out, vcx_miss *miss)
{
	int rc = -1;
	struct stat st;
	char *copy = xstrdup(path), *save = NULL;
	char *cur = xstrdup(path[0] == '/' ? "/" : "");
	*out = NULL;
	if (stat(path, &st) == 0) {   /* the common case: no directory listing */
		*out = xstrdup(path);
		rc = 0;
		goto cleanup;
	}
	for (char *comp = strtok_r(copy, "/", &save); comp; comp = strtok_r(NULL, "/", &save)) {
		char *next = vcx_join(cur, comp);
		if (strcmp(comp, ".") && strcmp(comp, "..") && stat(next, &st) != 0) {
			char *match = NULL;
			int count = 0;
			free(next);
			next = NULL;
			if (vcx_find_ci(cur, comp, &match, &count) != 0) {
				miss->dir = xstrdup(cur);
				miss->name = xstrdup(comp);
				miss->candidates = count;
				goto cleanup;
			}
			next = vcx_join(cur, match);
			free(match);
		}
		free(cur);
		cur = next;
	}
	*out = cur;
	cur = NULL;
	rc = 0;
cleanup:
	free(cur);
	free(copy);
	return rc;
}

/* MSBuild's file-name wildcards: '*' any run, '?' one character; letter case
 * ignored, as on Windows. */
static bool vcx_wild_match(const char *pat, const char *s)
{
	const char *star = NULL, *resume = NULL;
	while (*s) {
		if (*pat == '?' || (*pat && *pat != '*' && tolower((unsigned char)*pat) == tolower((unsigned char)*s))) {
			pat++;
			s++;
		} else if (*pat == '*') {
			star = pat++;
			resume = s;
		} else if (star) {   /* let the last '*' take one more character */
			pat = star + 1;
			s = ++resume;
		} else {
			return false;
		}
	}
	while (*pat == '*')
		pat++;
	return *pat == '\0';
}

static int vcx_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The regular files of dir matching pattern, sorted by name so that the
 * order of the translation units does not depend on the directory's.
 * Returns 0 (no match is no error: MSBuild then has no item). */
static int vcx_glob(const char *dir, const char *pattern, strlist *out)
{
	strlist found = { 0 };
	struct stat st;
	DIR *d = opendir(*dir ? dir : ".");
	const struct dirent *de;
	while (d && (de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..") || !vcx_wild_match(pattern, de->d_name))
			continue;
		char *f = vcx_join(dir, de->d_name);
		if (stat(f, &st) == 0 && S_ISREG(st.st_mode))
			sl_push(&found, f);
		free(f);
	}
	if (d)
		closedir(d);
	if (found.n)
		qsort(found.v, found.n, sizeof(found.v[0]), vcx_cmp);
	for (size_t i = 0; i < found.n; i++)
		sl_push(out, found.v[i]);
	sl_free(&found);
	return 0;
}

/* Appends to out the files one item spec names ("..\a.c", "src\*.c"),
 * resolved on disk.  label names the spec in messages ("ClCompile item").
 * must_exist: an Include naming a missing file is an error, as it is for cl;
 * an Exclude or Remove may name nothing.  A spec with an MSBuild property
 * ddicheck does not know names nothing.  0, or -1 with "file:line: message"
 * in err. */
static int vcx_expand(const ctx *c, const char *spec, long line, const char *label, bool must_exist, strlist *out,
		      char *err, size_t errsize)
{
	int rc = -1;
	char *full = to_path(c, spec), *dir = NULL, *rdir = NULL, *found = NULL;
	vcx_miss miss = { 0 };
	if (!full)
		return 0;
	char *slash = strrchr(full, '/');
	const char *name = slash ? slash + 1 : full;
	const char *wild = strpbrk(full, "*?");
	if (wild && (wild < name || strstr(name, "**"))) {
		snprintf(err, errsize,
			 "%s:%ld: %s '%s': wildcards are supported in the file name only, not in directories or as **",
			 c->path, line, label, spec);
		goto cleanup;
	}
	if (wild) {
		if (!slash)
			dir = xstrdup("");
		else if (slash == full)
			dir = xstrdup("/");
		else {
			dir = xstrdup(full);
			dir[slash - full] = '\0';
		}
		/* a directory that does not exist holds no match */
		if (!*dir || vcx_resolve(dir, &rdir, &miss) == 0)
			vcx_glob(rdir ? rdir : dir, name, out);
		rc = 0;
	} else if (vcx_resolve(full, &found, &miss) == 0) {
		sl_push(out, found);
		rc = 0;
	} else if (!must_exist) {
		rc = 0;
	} else if (miss.candidates == 0) {
		snprintf(err, errsize, "%s:%ld: %s '%s' not found: no '%s' in %s, in any letter case", c->path, line,
			 label, spec, miss.name, *miss.dir ? miss.dir : ".");
	} else {
		snprintf(err, errsize,
			 "%s:%ld: %s '%s' not found: %s has %d names that differ from '%s' only in letter case, none as written",
			 c->path, line, label, spec, *miss.dir ? miss.dir : ".", miss.candidates, miss.name);
	}
cleanup:
	vcx_miss_free(&miss);
	free(found);
	free(rdir);
	free(dir);
	free(full);
	return rc;
}

/* The canonical name of file, so that "..\6x\a.c" and "a.c" compare equal. */
static char *vcx_canonical(const char *file)
{
	char *r = realpath(file, NULL);
	return r ? r : xstrdup(file);
}

static bool vcx_in_set(const strlist *set, const char *file)
{
	char *k = vcx_canonical(file);
	bool hit = false;
	for (size_t i = 0; i < set->n && !hit; i++)
		hit = strcmp(set->v[i], k) == 0;
	free(k);
	return hit;
}

/* The files an Exclude or Remove list names, canonical: files, wildcards,
 * and @(ClCompile) for the items so far.  A reference to another item type
 * names nothing: ddicheck does not collect those items.  0, or -1 with err. */
static int vcx_file_set(const ctx *c, const char *list, long line, const char *label, const fe_input *ins, size_t nin,
			strlist *set, char *err, size_t errsize)
{
	int rc = 0;
	char *copy = xstrdup(list), *save = NULL;
	strlist files = { 0 };
	for (char *t = strtok_r(copy, ";", &save); t && rc == 0; t = strtok_r(NULL, ";", &save)) {
		t = trim(t);
		if (!strcasecmp(t, "@(ClCompile)")) {
			for (size_t i = 0; i < nin; i++)
				sl_push(&files, ins[i].file);
		} else if (*t && strncmp(t, "@(", 2) != 0) {
			rc = vcx_expand(c, t, line, label, false, &files, err, errsize);
		}
	}
	for (size_t i = 0; i < files.n; i++) {
		char *k = vcx_canonical(files.v[i]);
		sl_push(set, k);
		free(k);
	}
	sl_free(&files);
	free(copy);
	return rc;
}

/* How split_into turns each entry of a ';' list. */
typedef enum vcx_split { VCX_TEXT, VCX_DIR, VCX_NAME } vcx_split;

/* VCX_TEXT: properties expanded; VCX_DIR: a directory relative to the project,
 * as it is on disk when it exists in another letter case (a missing one is
 * kept: cl ignores it too); VCX_NAME: properties expanded, '/' separators,
 * relative names kept relative for the caller to search. */
static void split_into(const ctx *c, const char *list, strlist *out, vcx_split how)
{
	if (!list)
		return;
	char *copy = xstrdup(list), *save = NULL;
	for (char *t = strtok_r(copy, ";", &save); t; t = strtok_r(NULL, ";", &save)) {
		t = trim(t);
		if (!*t || strstr(t, "%("))
			continue;
		if (how == VCX_DIR) {
			char *p = to_path(c, t), *found = NULL;
			vcx_miss miss = { 0 };
			if (p && vcx_resolve(p, &found, &miss) == 0)
				sl_push(out, found);
			else if (p)
				sl_push(out, p);
			vcx_miss_free(&miss);
			free(found);
			free(p);
		} else {
			char *x = expand(c, t);
			if (x && how == VCX_NAME)
				for (char *q = x; *q; q++)
					if (*q == '\\')
						*q = '/';
			if (x && *x)
				sl_push(out, x);
			free(x);
		}
	}
	free(copy);
}

/* Where a forced include (/FI name) is: cl reads it like #include "name" on
 * the source's first line, so next to the source, then in the include
 * directories in order; the project's directory (where cl runs) last.  Each
 * candidate is matched in any letter case.  When none exists, the name
 * relative to the project: the parse then reports the missing file.
 * Sets *out (caller frees); returns 0 when found, -1 when not. */
static int vcx_forced(const ctx *c, const char *source, const strlist *incs, const char *name, char **out)
{
	vcx_miss miss = { 0 };
	strlist dirs = { 0 };
	*out = NULL;
	if (name[0] == '/') {
		sl_push(&dirs, "");
	} else {
		const char *slash = strrchr(source, '/');
		char *sdir = xstrdup(slash ? source : "");
		if (slash)   /* keep the root of "/a.c" */
			sdir[slash - source + (slash == source)] = '\0';
		sl_push(&dirs, sdir);
		free(sdir);
		for (size_t i = 0; i < incs->n; i++)
			sl_push(&dirs, incs->v[i]);
		sl_push(&dirs, c->dir);
	}
	for (size_t i = 0; i < dirs.n && !*out; i++) {
		char *cand = vcx_join(dirs.v[i], name);
		if (vcx_resolve(cand, out, &miss) != 0)
			vcx_miss_free(&miss);
		free(cand);
	}
	int rc = *out ? 0 : -1;
	if (!*out)   /* the last candidate (the project directory's), as written */
		*out = vcx_join(dirs.v[dirs.n - 1], name);
	sl_free(&dirs);
	return rc;
}

/* A source compiled with /Yu"precomp.h" gets the text of its
 * `#include "precomp.h"` from the precompiled header, which was built where
 * that name resolves for the /Yc source -- often the project's directory,
 * not the directory of a source shared from elsewhere (`..\pcidrv.c`).
 * The header is looked for as a forced include is, and its directory is
 * searched after the project's include directories (-I, appended; cl takes
 * `#include <precomp.h>` from the .pch as well). */
static void vcx_pch_dir(const ctx *c, const char *source, const strlist *incs, const meta *m, strlist *args)
{
	char *mode = m->pch ? xstrdup(m->pch) : NULL;
	char *name = m->pch_file ? xstrdup(m->pch_file) : NULL;
	char *tm = mode ? trim(mode) : NULL, *tn = name ? trim(name) : NULL;
	if (tm && strcasecmp(tm, "Use") == 0 && tn && *tn && !strstr(tn, "$(") && !strstr(tn, "%(")) {
		char *where = NULL;
		if (vcx_forced(c, source, incs, tn, &where) == 0) {
			const char *slash = strrchr(where, '/');
			strbuf sb = STRBUF_INIT;
			strbuf_printf(&sb, "-I%.*s", slash ? (int)(slash - where) : 1, slash ? where : ".");
			sl_push(args, strbuf_str(&sb));
			strbuf_free(&sb);
		}
		free(where);
	}
	free(mode);
	free(name);
}

static fe_input make_input(const ctx *c, const char *file, const meta *m)
{
	fe_input in = { 0 };
	in.file = xstrdup(file);
	strlist defs = { 0 }, incs = { 0 }, forced = { 0 }, args = { 0 };
	split_into(c, m->defines, &defs, VCX_TEXT);
	split_into(c, m->includes, &incs, VCX_DIR);
	split_into(c, m->forced, &forced, VCX_NAME);
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
		char *where = NULL;
		vcx_forced(c, file, &incs, forced.v[i], &where);
		sl_push(&args, "-include");
		sl_push(&args, where);
		free(where);
	}
	vcx_pch_dir(c, file, &incs, m, &args);
	in.args = args.v;
	in.nargs = args.n;
	/* "A(LEVEL,MSG,...);B((MSG,...))": a signature holds no ';' */
	strlist funcs = { 0 };
	split_into(c, m->wpp_funcs, &funcs, VCX_TEXT);
	in.wpp_funcs = funcs.v;
	in.nwpp_funcs = funcs.n;
	/* the configuration header, relative to the project like tracewpp's
	   -scan:, found in any letter case; one that does not exist is
	   dropped (the headers beside the source are read instead) */
	char *cfg = m->wpp_config ? xstrdup(m->wpp_config) : NULL;
	char *t = cfg ? trim(cfg) : NULL;
	if (t && *t && !strstr(t, "%(")) {
		char *p = to_path(c, t), *found = NULL;
		vcx_miss miss = { 0 };
		if (p && vcx_resolve(p, &found, &miss) == 0)
			in.wpp_config = found;
		else
			free(found);
		vcx_miss_free(&miss);
		free(p);
	}
	free(cfg);
	sl_free(&defs);
	sl_free(&incs);
	sl_free(&forced);
	return in;
}

/* Frees one input's members (fe_inputs_free frees the whole array). */
static void vcx_input_clear(fe_input *in)
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
	memset(in, 0, sizeof(*in));
}

/* Drops the items whose file is in set (a Remove element). */
static void vcx_remove(fe_input *ins, size_t *nin, const strlist *set)
{
	size_t kept = 0;
	for (size_t i = 0; i < *nin; i++) {
		if (vcx_in_set(set, ins[i].file))
			vcx_input_clear(&ins[i]);
		else
			ins[kept++] = ins[i];
	}
	*nin = kept;
}

/* One <ClCompile> element of an ItemGroup: its Include list adds items (less
 * what its Exclude names), a Remove takes items added before out.  MSBuild
 * splits both at ';' and drops empty entries.  0, or -1 with err. */
static int vcx_item(const ctx *c, const xmlNode *e, const meta *defs, fe_input **ins, size_t *nin, size_t *cap,
		    char *err, size_t errsize)
{
	int rc = -1;
	long line = xmlGetLineNo(e);
	char *inc = attr(e, "Include"), *exc = attr(e, "Exclude"), *rem = attr(e, "Remove");
	strlist files = { 0 }, excluded = { 0 };
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
		if (is(x, "ExcludedFromBuild") && condition_holds(c, x)) {
			char *v = text(x);
			skip = strcasecmp(trim(v), "true") == 0;
			free(v);
		}
	if (skip) {
		rc = 0;
		goto cleanup;
	}
	char *save = NULL;
	for (char *one = strtok_r(inc, ";", &save); one; one = strtok_r(NULL, ";", &save)) {
		one = trim(one);
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
	sl_free(&files);
	sl_free(&excluded);
	free(inc);
	free(exc);
	free(rem);
	return rc;
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
		for (const xmlNode *e = g->children; e; e = e->next)
			if (is(e, "ClCompile") && condition_holds(&c, e) &&
			    vcx_item(&c, e, &defs, &ins, &nin, &cap, err, errsize) != 0)
				goto cleanup;
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
