/* .ddicheck.yaml: found by walking up from the inputs, read with paths
 * relative to the file, strictly validated (file:line on every error). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/config.h"

static char dir[64];

static void setup(void)
{
	strcpy(dir, "/tmp/ddicheck-cfg-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static void write_at(const char *rel, const char *text)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", dir, rel);
	FILE *f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

static void mkdir_at(const char *rel)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", dir, rel);
	ck_assert_int_eq(mkdir(p, 0755), 0);
}

START_TEST(found_walking_up)
{
	mkdir_at("drv");
	mkdir_at("drv/src");
	mkdir_at("drv/src/deep");
	write_at("drv/.ddicheck.yaml", "sources: [src]\n");
	write_at("drv/src/deep/a.c", "int x;\n");
	char start[256], want[256];
	snprintf(start, sizeof(start), "%s/drv/src/deep/a.c", dir);
	snprintf(want, sizeof(want), "%s/drv/.ddicheck.yaml", dir);
	char *found = NULL;
	ck_assert_int_eq(config_find(&found, start), 0);
	ck_assert_str_eq(found, want);
	free(found);
	/* nothing above the temporary directory's own tree has one */
	snprintf(start, sizeof(start), "%s", dir);
	found = NULL;
	int rc = config_find(&found, start);
	if (rc == 0)   /* a machine may have one higher up; it must not be ours */
		ck_assert_str_ne(found, want);
	free(found);
}
END_TEST

START_TEST(every_key)
{
	write_at(".ddicheck.yaml",
		 "sources: [src, ../other]\n"
		 "include: [inc]\n"
		 "define: [NDIS630_MINIPORT=1, POOL_NX_OPTIN=1]\n"
		 "args: [-Wno-microsoft]\n"
		 "rules:\n  disable: [IrqlTooLow]\n"
		 "severities:\n  Irql_IM_Function: warning\n"
		 "fail-on: error\n"
		 "baseline: base.json\n");
	char p[256], err[512];
	snprintf(p, sizeof(p), "%s/.ddicheck.yaml", dir);
	config *c = NULL;
	ck_assert_msg(config_load(&c, p, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(c->nsources, 2);
	ck_assert(strstr(c->sources[0], "src") != NULL);
	ck_assert_uint_eq(c->nincludes, 1);
	ck_assert(strstr(c->includes[0], "inc") != NULL);
	ck_assert_uint_eq(c->ndefines, 2);
	ck_assert_str_eq(c->defines[1], "POOL_NX_OPTIN=1");
	ck_assert_uint_eq(c->nargs, 1);
	ck_assert_uint_eq(c->ndisable, 1);
	ck_assert_str_eq(c->disable[0], "IrqlTooLow");
	ck_assert_uint_eq(c->nseverities, 1);
	ck_assert_str_eq(c->severities[0].rule, "Irql_IM_Function");
	ck_assert_int_eq(c->severities[0].level, FINDING_WARNING);
	ck_assert_str_eq(c->fail_on, "error");
	ck_assert(strstr(c->baseline, "base.json") != NULL);
	config_free(c);
}
END_TEST

static void expect_error(const char *text, const char *want)
{
	write_at(".ddicheck.yaml", text);
	char p[256], err[512] = "";
	snprintf(p, sizeof(p), "%s/.ddicheck.yaml", dir);
	config *c = NULL;
	ck_assert_int_eq(config_load(&c, p, err, sizeof(err)), -1);
	ck_assert_ptr_null(c);
	ck_assert_msg(strstr(err, want) != NULL, "error '%s' lacks '%s'", err, want);
}

START_TEST(malformed)
{
	expect_error("sources: [src\n", ".ddicheck.yaml:");
	expect_error("sources: [src]\nsourses: [x]\n", ".ddicheck.yaml:2:");
	expect_error("include: {a: b}\n", ".ddicheck.yaml:1:");
	expect_error("fail-on: sometimes\n", ".ddicheck.yaml:1:");
	expect_error("severities:\n  Irql_IM_Function: loud\n", ".ddicheck.yaml:2:");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("config");
	TCase *tc = tcase_create("config");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, found_walking_up);
	tcase_add_test(tc, every_key);
	tcase_add_test(tc, malformed);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
