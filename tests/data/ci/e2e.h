/* Helpers shared by the end-to-end suites (test_sarif, test_suppress,
 * test_config, test_cache, test_precommit): a temporary directory per test,
 * files written into it, and the real binary (DDICHECK_BIN) run in it. */
#ifndef DDICHECK_TEST_E2E_H
#define DDICHECK_TEST_E2E_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/strbuf.h"

static char tmpdir[64];

static __attribute__((unused)) void setup(void)
{
	strcpy(tmpdir, "/tmp/ddicheck-e2e-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static __attribute__((unused)) void teardown(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	ck_assert_int_eq(system(cmd), 0);
}

static __attribute__((unused)) void write_file(const char *name, const char *text)
{
	char p[512];
	snprintf(p, sizeof(p), "%s/%s", tmpdir, name);
	char *slash = strrchr(p, '/');
	*slash = '\0';
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "mkdir -p '%s'", p);
	ck_assert_int_eq(system(cmd), 0);
	*slash = '/';
	FILE *f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

/* Reads a file (in tmpdir when relative) into sb; -1 when absent. */
static __attribute__((unused)) int read_file(strbuf *sb, const char *name)
{
	char p[512];
	snprintf(p, sizeof(p), "%s%s%s", name[0] == '/' ? "" : tmpdir, name[0] == '/' ? "" : "/", name);
	FILE *f = fopen(p, "r");
	if (!f)
		return -1;
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(sb, buf, n);
	fclose(f);
	return 0;
}

/* Copies a file of tests/data into tmpdir under `name`. */
static __attribute__((unused)) void copy_data(const char *data, const char *name)
{
	strbuf sb = STRBUF_INIT;
	ck_assert_int_eq(read_file(&sb, data), 0);
	write_file(name, strbuf_str(&sb));
	strbuf_free(&sb);
}

/* Runs a shell command in tmpdir; stdout (+stderr when merge) into *out. */
static __attribute__((unused)) int sh(strbuf *out, const char *cmd, int merge)
{
	strbuf c = STRBUF_INIT;
	strbuf_printf(&c, "cd '%s' && { %s ; } %s", tmpdir, cmd, merge ? "2>&1" : "2>/dev/null");
	FILE *p = popen(strbuf_str(&c), "r");
	ck_assert_ptr_nonnull(p);
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), p)) > 0)
		if (out)
			strbuf_add(out, buf, n);
	int st = pclose(p);
	strbuf_free(&c);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* Runs `ddicheck ARGS` in tmpdir with a private cache. */
static __attribute__((unused)) int run(strbuf *out, const char *args, int merge)
{
	strbuf c = STRBUF_INIT;
	strbuf_printf(&c, "XDG_CACHE_HOME='%s/.xdg' '%s' --color=never %s", tmpdir, DDICHECK_BIN, args);
	int rc = sh(out, strbuf_str(&c), merge);
	strbuf_free(&c);
	return rc;
}

#define ASSERT_CONTAINS(sb, s) ck_assert_msg(strstr(strbuf_str(sb), (s)) != NULL, \
	"output lacks '%s':\n%s", (s), strbuf_str(sb))
#define ASSERT_LACKS(sb, s) ck_assert_msg(strstr(strbuf_str(sb), (s)) == NULL, \
	"output has '%s':\n%s", (s), strbuf_str(sb))

static __attribute__((unused)) int count_of(const strbuf *sb, const char *s)
{
	int n = 0;
	for (const char *p = strbuf_str(sb); (p = strstr(p, s)); p += strlen(s))
		n++;
	return n;
}

#endif
