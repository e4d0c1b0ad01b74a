/* vcx_path: the paths of a Visual Studio project (vcx_int.h). */
#include "project/vcx_int.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <ctype.h>
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

void vcx_sl_push(vcx_strlist *l, const char *s)
{
	VEC_PUSH(l->v, l->n, l->cap, xstrdup(s));
}

void vcx_sl_free(vcx_strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

char *vcx_trim(char *s)
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
char *vcx_expand_props(const vcx_ctx *c, const char *s)
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

char *vcx_to_path(const vcx_ctx *c, const char *raw)
{
	char *x = vcx_expand_props(c, raw);
	if (!x)
		return NULL;
	for (char *p = x; *p; p++)
		if (*p == '\\')
			*p = '/';
	char *t = vcx_trim(x);
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

void vcx_miss_free(vcx_miss *m)
{
	free(m->dir);
	free(m->name);
	memset(m, 0, sizeof(*m));
}

/* Joins a directory and a name with one '/' ("" and "/" stay roots). */
char *vcx_join(const char *dir, const char *name)
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
int vcx_resolve(const char *path, char **out, vcx_miss *miss)
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
static int vcx_glob(const char *dir, const char *pattern, vcx_strlist *out)
{
	vcx_strlist found = { 0 };
	struct stat st;
	DIR *d = opendir(*dir ? dir : ".");
	const struct dirent *de;
	while (d && (de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..") || !vcx_wild_match(pattern, de->d_name))
			continue;
		char *f = vcx_join(dir, de->d_name);
		if (stat(f, &st) == 0 && S_ISREG(st.st_mode))
			vcx_sl_push(&found, f);
		free(f);
	}
	if (d)
		closedir(d);
	if (found.n)
		qsort(found.v, found.n, sizeof(found.v[0]), vcx_cmp);
	for (size_t i = 0; i < found.n; i++)
		vcx_sl_push(out, found.v[i]);
	vcx_sl_free(&found);
	return 0;
}

/* Appends to out the files one item spec names ("..\a.c", "src\*.c"),
 * resolved on disk.  label names the spec in messages ("ClCompile item").
 * must_exist: an Include naming a missing file is an error, as it is for cl;
 * an Exclude or Remove may name nothing.  A spec with an MSBuild property
 * ddicheck does not know names nothing.  0, or -1 with "file:line: message"
 * in err. */
int vcx_expand(const vcx_ctx *c, const char *spec, long line, const char *label, bool must_exist, vcx_strlist *out,
		      char *err, size_t errsize)
{
	int rc = -1;
	char *full = vcx_to_path(c, spec), *dir = NULL, *rdir = NULL, *found = NULL;
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
		vcx_sl_push(out, found);
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

bool vcx_in_set(const vcx_strlist *set, const char *file)
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
int vcx_file_set(const vcx_ctx *c, const char *list, long line, const char *label, const fe_input *ins, size_t nin,
			vcx_strlist *set, char *err, size_t errsize)
{
	int rc = 0;
	char *copy = xstrdup(list), *save = NULL;
	vcx_strlist files = { 0 };
	for (char *t = strtok_r(copy, ";", &save); t && rc == 0; t = strtok_r(NULL, ";", &save)) {
		t = vcx_trim(t);
		if (!strcasecmp(t, "@(ClCompile)")) {
			for (size_t i = 0; i < nin; i++)
				vcx_sl_push(&files, ins[i].file);
		} else if (*t && strncmp(t, "@(", 2) != 0) {
			rc = vcx_expand(c, t, line, label, false, &files, err, errsize);
		}
	}
	for (size_t i = 0; i < files.n; i++) {
		char *k = vcx_canonical(files.v[i]);
		vcx_sl_push(set, k);
		free(k);
	}
	vcx_sl_free(&files);
	free(copy);
	return rc;
}

/* Where a forced include (/FI name) is: cl reads it like #include "name" on
 * the source's first line, so next to the source, then in the include
 * directories in order; the project's directory (where cl runs) last.  Each
 * candidate is matched in any letter case.  When none exists, the name
 * relative to the project: the parse then reports the missing file.
 * Sets *out (caller frees); returns 0 when found, -1 when not. */
int vcx_forced(const vcx_ctx *c, const char *source, const vcx_strlist *incs, const char *name, char **out)
{
	vcx_miss miss = { 0 };
	vcx_strlist dirs = { 0 };
	*out = NULL;
	if (name[0] == '/') {
		vcx_sl_push(&dirs, "");
	} else {
		const char *slash = strrchr(source, '/');
		char *sdir = xstrdup(slash ? source : "");
		if (slash)   /* keep the root of "/a.c" */
			sdir[slash - source + (slash == source)] = '\0';
		vcx_sl_push(&dirs, sdir);
		free(sdir);
		for (size_t i = 0; i < incs->n; i++)
			vcx_sl_push(&dirs, incs->v[i]);
		vcx_sl_push(&dirs, c->dir);
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
	vcx_sl_free(&dirs);
	return rc;
}
