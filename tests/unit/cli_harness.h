/* cli_harness: what the end-to-end suites share: a temporary directory per
 * test (setup/teardown as a Check fixture), files written into it, and the
 * real binary (DDICHECK_BIN) run there with its output collected. */
#ifndef DDICHECK_CLI_HARNESS_H
#define DDICHECK_CLI_HARNESS_H

#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/strbuf.h"

/* Arguments every run of a suite gets (define before including). */
#ifndef HARNESS_FLAGS
#define HARNESS_FLAGS ""
#endif

static char tmpdir[64];

static void setup(void)
{
	strcpy(tmpdir, "/tmp/ddicheck-test-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void teardown(void)
{
	char cmd[256];
	/* tests may leave unreadable files behind */
	snprintf(cmd, sizeof(cmd), "chmod -R u+rwx '%s'; rm -rf '%s'", tmpdir, tmpdir);
	ck_assert_int_eq(system(cmd), 0);
}

static inline void write_bytes(const char *name, const char *data, size_t n)
{
	char p[512];
	snprintf(p, sizeof(p), "%s/%s", tmpdir, name);
	FILE *f = fopen(p, "wb");
	ck_assert_msg(f != NULL, "%s: %s", p, strerror(errno));
	ck_assert_uint_eq(fwrite(data, 1, n, f), n);
	fclose(f);
}

static inline void write_file(const char *name, const char *text)
{
	write_bytes(name, text, strlen(text));
}

/* Runs `PREFIX ddicheck HARNESS_FLAGS ARGS` in the temporary directory
 * through the shell; standard output and error replace *out.  Returns the
 * exit status. */
static inline int run_in(strbuf *out, const char *prefix, const char *args)
{
	strbuf cmd = STRBUF_INIT;
	strbuf_printf(&cmd, "cd '%s' && %s '%s' %s %s 2>&1", tmpdir, prefix, DDICHECK_BIN, HARNESS_FLAGS, args);
	strbuf_reset(out);
	FILE *p = popen(strbuf_str(&cmd), "r");
	ck_assert_ptr_nonnull(p);
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), p)) > 0)
		strbuf_add(out, buf, n);
	int st = pclose(p);
	strbuf_free(&cmd);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static inline int run(strbuf *out, const char *args)
{
	return run_in(out, "", args);
}

#define ASSERT_CONTAINS(sb, s) ck_assert_msg(strstr(strbuf_str(sb), (s)) != NULL, \
	"output lacks '%s':\n%s", (s), strbuf_str(sb))

#endif
