/* cli: the git pre-commit hook (`ddicheck install-hook`) and
 * --whole-driver, which turns changed files into the drivers they belong to. */
#include "cli/cli.h"
#include "config/config.h"
#include "filter/filter.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char hook_script[] =
	"#!/bin/sh\n"
	"# ddicheck pre-commit hook (written by `ddicheck install-hook`).\n"
	"# Checks the whole driver that the staged C files belong to.\n"
	"files=$(git diff --cached --name-only --diff-filter=ACMR -- '*.c' '*.h' '*.C' '*.H')\n"
	"[ -z \"$files\" ] && exit 0\n"
	"# shellcheck disable=SC2086\n"
	"exec '%s' --whole-driver $files\n";

int cli_install_hook(int argc, char **argv)
{
	bool force = argc > 2 && strcmp(argv[2], "--force") == 0;
	FILE *p = popen("git rev-parse --git-path hooks 2>/dev/null", "r");
	char dir[PATH_MAX] = "";
	if (p) {
		if (!fgets(dir, sizeof(dir), p))
			dir[0] = '\0';
		pclose(p);
	}
	dir[strcspn(dir, "\n")] = '\0';
	if (!dir[0]) {
		fprintf(stderr, "ddicheck: install-hook: not inside a git repository\n");
		return EXIT_USAGE;
	}
	mkdir(dir, 0777);
	strbuf path = STRBUF_INIT, text = STRBUF_INIT;
	strbuf_printf(&path, "%s/pre-commit", dir);
	int rc = EXIT_CLEAN;
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	exe[n > 0 ? n : 0] = '\0';
	if (!force && access(strbuf_str(&path), F_OK) == 0) {
		fprintf(stderr, "ddicheck: %s: a pre-commit hook exists already (use --force to replace it)\n",
			strbuf_str(&path));
		rc = EXIT_USAGE;
		goto cleanup;
	}
	strbuf_printf(&text, hook_script, n > 0 ? exe : "ddicheck");
	if (filter_write_atomic(strbuf_str(&path), text.buf, text.len) != 0 ||
	    chmod(strbuf_str(&path), 0755) != 0) {
		fprintf(stderr, "ddicheck: %s: cannot write: %s\n", strbuf_str(&path), strerror(errno));
		rc = EXIT_USAGE;
		goto cleanup;
	}
	printf("ddicheck: installed %s\n", strbuf_str(&path));
cleanup:
	strbuf_free(&path);
	strbuf_free(&text);
	return rc;
}

static bool is_c_or_h(const char *p)
{
	size_t n = strlen(p);
	return n > 2 && p[n - 2] == '.' && strchr("cChH", p[n - 1]);
}

static char *dirname_of(const char *p)
{
	char *d = xstrdup(p), *slash = strrchr(d, '/');
	if (!slash) {
		free(d);
		return xstrdup(".");
	}
	slash[slash == d ? 1 : 0] = '\0';
	return d;
}

/* A compile_commands.json in dir or dir/build, walking up from dir. */
static char *find_compdb(const char *start)
{
	char *dir = realpath(start, NULL);
	while (dir) {
		for (int k = 0; k < 2; k++) {
			strbuf p = STRBUF_INIT;
			strbuf_printf(&p, "%s%s/compile_commands.json", dir, k ? "/build" : "");
			bool found = access(strbuf_str(&p), R_OK) == 0;
			strbuf_free(&p);
			if (found) {
				strbuf b = STRBUF_INIT;
				strbuf_printf(&b, "%s%s", dir, k ? "/build" : "");
				free(dir);
				return strbuf_detach(&b);
			}
		}
		char *slash = strrchr(dir, '/');
		if (!slash || slash == dir)
			break;
		*slash = '\0';
	}
	free(dir);
	return NULL;
}

int cli_whole_driver(cli_options *o)
{
	char **paths = o->paths;
	size_t npaths = o->npaths;
	o->paths = NULL;
	o->npaths = o->cappaths = 0;
	int rc = 1;
	for (size_t i = 0; i < npaths; i++) {
		if (!is_c_or_h(paths[i]))
			continue;
		rc = 0;
		char *cfg = NULL;
		if (!o->no_config && (o->config || config_find(&cfg, paths[i]) == 0)) {
			/* the configuration names the driver; main.c reads it */
			if (!o->config)
				o->config = o->owned_config = cfg;
			else
				free(cfg);
			continue;
		}
		char *dir = dirname_of(paths[i]);
		char *db = o->build_dir ? NULL : find_compdb(dir);
		if (db) {
			o->build_dir = o->owned_build_dir = db;
		} else {
			bool dup = false;
			for (size_t k = 0; k < o->npaths; k++)
				dup = dup || strcmp(o->paths[k], dir) == 0;
			if (!dup)
				cli_push(&o->paths, &o->npaths, &o->cappaths, dir);
		}
		free(dir);
	}
	for (size_t i = 0; i < npaths; i++)
		free(paths[i]);
	free(paths);
	return rc;
}
