#include "config/config.h"
#include "rules/ryaml.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int config_find(char **out, const char *start)
{
	*out = NULL;
	char *dir = realpath(start && *start ? start : ".", NULL);
	if (!dir)
		return 1;
	struct stat st;
	if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode)) {
		char *slash = strrchr(dir, '/');
		if (slash)
			slash[slash == dir ? 1 : 0] = '\0';
	}
	int rc = 1;
	for (;;) {
		strbuf p = STRBUF_INIT;
		strbuf_printf(&p, "%s%s%s", dir, strcmp(dir, "/") == 0 ? "" : "/", CONFIG_FILE_NAME);
		if (access(strbuf_str(&p), R_OK) == 0) {
			*out = strbuf_detach(&p);
			rc = 0;
			break;
		}
		strbuf_free(&p);
		char *slash = strrchr(dir, '/');
		if (!slash || strcmp(dir, "/") == 0)
			break;
		slash[slash == dir ? 1 : 0] = '\0';
	}
	free(dir);
	return rc;
}

/* dir/p, shown relative to the current directory when under it. */
static char *resolve(const char *dir, const char *p)
{
	strbuf sb = STRBUF_INIT;
	if (p[0] == '/')
		strbuf_puts(&sb, p);
	else if (strcmp(p, ".") == 0)
		strbuf_puts(&sb, dir);
	else
		strbuf_printf(&sb, "%s/%s", dir, p);
	char cwd[PATH_MAX];
	char *s = strbuf_detach(&sb);
	if (getcwd(cwd, sizeof(cwd))) {
		size_t n = strlen(cwd);
		if (strcmp(s, cwd) == 0) {
			free(s);
			return xstrdup(".");
		}
		if (strncmp(s, cwd, n) == 0 && s[n] == '/') {
			char *r = xstrdup(s + n + 1);
			free(s);
			return r;
		}
	}
	return s;
}

typedef struct cload {
	ryaml *y;
	config *c;
	char *err;
	size_t errsize;
	int failed;
} cload;

static void fail(cload *L, const ryaml_node *n, const char *what)
{
	if (L->failed)
		return;
	snprintf(L->err, L->errsize, "%s:%u: %s", L->c->path, n ? ryaml_line(L->y, n) : 1, what);
	L->failed = 1;
}

/* A string or a list of strings. */
static char **list(cload *L, const ryaml_node *n, size_t *count, bool paths, const char *key)
{
	*count = 0;
	if (!n)
		return NULL;
	size_t len = ryaml_is_seq(L->y, n) ? ryaml_len(L->y, n) : 1;
	char **v = xcalloc(len + 1, sizeof(char *));
	for (size_t i = 0; i < len; i++) {
		const ryaml_node *it = ryaml_is_seq(L->y, n) ? ryaml_item(L->y, n, i) : n;
		const char *s = ryaml_scalar(L->y, it);
		if (!s) {
			char m[128];
			snprintf(m, sizeof(m), "'%s' takes a string or a list of strings", key);
			fail(L, it, m);
			break;
		}
		v[(*count)++] = paths ? resolve(L->c->dir, s) : xstrdup(s);
	}
	return v;
}

static bool parse_level(const char *s, finding_level *out)
{
	if (!s)
		return false;
	if (strcmp(s, "error") == 0)
		*out = FINDING_ERROR;
	else if (strcmp(s, "warning") == 0)
		*out = FINDING_WARNING;
	else if (strcmp(s, "note") == 0)
		*out = FINDING_NOTE;
	else
		return false;
	return true;
}

int config_load(config **out, const char *path, char *err, size_t errsize)
{
	static const char *const keys[] = { "sources", "compile-commands", "include", "define", "args",
					    "rules", "severities", "fail-on", "baseline", NULL };
	*out = NULL;
	config *c = xcalloc(1, sizeof(*c));
	cload L = { NULL, c, err, errsize, 0 };
	c->path = xstrdup(path);
	char *d = xstrdup(path), *slash = strrchr(d, '/');
	if (slash)
		slash[slash == d ? 1 : 0] = '\0';
	else
		strcpy(d, ".");
	c->dir = d;
	if (ryaml_load(&L.y, path, err, errsize) != 0) {
		config_free(c);
		return -1;
	}
	const ryaml_node *root = ryaml_root(L.y);
	if (!root) {
		ryaml_free(L.y);
		*out = c;   /* an empty file is a valid configuration */
		return 0;
	}
	if (!ryaml_is_map(L.y, root))
		fail(&L, root, "expected a mapping at the top of the file");
	for (size_t i = 0; !L.failed && i < ryaml_len(L.y, root); i++) {
		const char *k = ryaml_key(L.y, root, i);
		bool ok = false;
		for (size_t j = 0; keys[j]; j++)
			ok = ok || (k && strcmp(k, keys[j]) == 0);
		if (!ok) {
			char m[256];
			snprintf(m, sizeof(m), "unknown key '%s' (known: sources, compile-commands, include, define, args, rules, severities, fail-on, baseline)",
				 k ? k : "?");
			fail(&L, ryaml_value(L.y, root, i), m);
		}
	}
	if (!L.failed) {
		c->sources = list(&L, ryaml_get(L.y, root, "sources"), &c->nsources, true, "sources");
		c->includes = list(&L, ryaml_get(L.y, root, "include"), &c->nincludes, true, "include");
		c->defines = list(&L, ryaml_get(L.y, root, "define"), &c->ndefines, false, "define");
		c->args = list(&L, ryaml_get(L.y, root, "args"), &c->nargs, false, "args");
		const ryaml_node *n = ryaml_get(L.y, root, "compile-commands");
		if (n && !ryaml_scalar(L.y, n))
			fail(&L, n, "'compile-commands' takes a directory");
		else if (n)
			c->compile_commands = resolve(c->dir, ryaml_scalar(L.y, n));
		n = ryaml_get(L.y, root, "baseline");
		if (n && !ryaml_scalar(L.y, n))
			fail(&L, n, "'baseline' takes a file name");
		else if (n)
			c->baseline = resolve(c->dir, ryaml_scalar(L.y, n));
		n = ryaml_get(L.y, root, "fail-on");
		if (n) {
			const char *s = ryaml_scalar(L.y, n);
			if (!s || (strcmp(s, "error") && strcmp(s, "warning") && strcmp(s, "never")))
				fail(&L, n, "'fail-on' takes error, warning or never");
			else
				c->fail_on = xstrdup(s);
		}
		n = ryaml_get(L.y, root, "rules");
		if (n && !ryaml_is_map(L.y, n))
			fail(&L, n, "'rules' takes a mapping with 'enable' and/or 'disable'");
		else if (n) {
			for (size_t i = 0; i < ryaml_len(L.y, n); i++) {
				const char *k = ryaml_key(L.y, n, i);
				if (!k || (strcmp(k, "enable") && strcmp(k, "disable")))
					fail(&L, ryaml_value(L.y, n, i), "'rules' knows only 'enable' and 'disable'");
			}
			c->enable = list(&L, ryaml_get(L.y, n, "enable"), &c->nenable, false, "enable");
			c->disable = list(&L, ryaml_get(L.y, n, "disable"), &c->ndisable, false, "disable");
		}
		n = ryaml_get(L.y, root, "severities");
		if (n && !ryaml_is_map(L.y, n))
			fail(&L, n, "'severities' takes a mapping RULE: error|warning|note");
		else if (n) {
			c->severities = xcalloc(ryaml_len(L.y, n) + 1, sizeof(config_severity));
			for (size_t i = 0; i < ryaml_len(L.y, n) && !L.failed; i++) {
				finding_level lv;
				if (!parse_level(ryaml_scalar(L.y, ryaml_value(L.y, n, i)), &lv)) {
					fail(&L, ryaml_value(L.y, n, i), "a severity is error, warning or note");
					break;
				}
				c->severities[c->nseverities].rule = xstrdup(ryaml_key(L.y, n, i));
				c->severities[c->nseverities++].level = lv;
			}
		}
	}
	ryaml_free(L.y);
	if (L.failed) {
		config_free(c);
		return -1;
	}
	*out = c;
	return 0;
}

static void free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void config_free(config *c)
{
	if (!c)
		return;
	free_list(c->sources, c->nsources);
	free_list(c->includes, c->nincludes);
	free_list(c->defines, c->ndefines);
	free_list(c->args, c->nargs);
	free_list(c->enable, c->nenable);
	free_list(c->disable, c->ndisable);
	for (size_t i = 0; i < c->nseverities; i++)
		free(c->severities[i].rule);
	free(c->severities);
	free(c->compile_commands);
	free(c->fail_on);
	free(c->baseline);
	free(c->path);
	free(c->dir);
	free(c);
}
