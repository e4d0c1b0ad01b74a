/* Split mode: `ddicheck extract` per file then `ddicheck link` gives the same
 * report and exit status as one run over the sources; facts that are damaged
 * or of another format version are refused, naming the file. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/strbuf.h"

#include "cli_harness.h"

/* A driver whose defect crosses files: the lock is taken in one file, the
 * call that must not run under it is in the other. */
static void write_driver(void)
{
	write_file("drv.h",
		   "#include <ndis.h>\n"
		   "extern NDIS_SPIN_LOCK Lock;\n"
		   "VOID Helper(VOID);\n");
	write_file("a.c",
		   "#include \"drv.h\"\n"
		   "NDIS_SPIN_LOCK Lock;\n"
		   "DRIVER_INITIALIZE DriverEntry;\n"
		   "NTSTATUS DriverEntry(PDRIVER_OBJECT D, PUNICODE_STRING R)\n"
		   "{\n"
		   "    NdisAllocateSpinLock(&Lock);\n"
		   "    NdisAcquireSpinLock(&Lock);\n"
		   "    Helper();\n"
		   "    NdisReleaseSpinLock(&Lock);\n"
		   "    return STATUS_SUCCESS;\n"
		   "}\n");
	write_file("b.c",
		   "#include \"drv.h\"\n"
		   "VOID Helper(VOID)\n"
		   "{\n"
		   "    NdisMSleep(10);\n"
		   "}\n");
}

START_TEST(extract_then_link_equals_one_run)
{
	write_driver();
	strbuf one = STRBUF_INIT, link = STRBUF_INIT, x = STRBUF_INIT;
	int rc_one = run(&one, "--no-cache --color=never a.c b.c");
	ck_assert_int_eq(rc_one, 1);
	ck_assert_msg(strstr(strbuf_str(&one), "b.c:4:5: error:") != NULL, "%s", strbuf_str(&one));
	ck_assert_int_eq(run(&x, "extract a.c -o a.facts"), 0);
	ck_assert_int_eq(run(&x, "extract b.c -o b.facts"), 0);
	int rc_link = run(&link, "link --color=never a.facts b.facts");
	ck_assert_int_eq(rc_link, rc_one);
	ck_assert_str_eq(strbuf_str(&link), strbuf_str(&one));
	strbuf_free(&one);
	strbuf_free(&link);
	strbuf_free(&x);
}
END_TEST

START_TEST(damaged_facts_are_refused)
{
	write_driver();
	strbuf o = STRBUF_INIT;
	ck_assert_int_eq(run(&o, "extract a.c -o a.facts"), 0);
	/* flip a byte in the middle: the checksum no longer matches */
	char p[256];
	snprintf(p, sizeof(p), "%s/a.facts", tmpdir);
	FILE *f = fopen(p, "r+b");
	ck_assert_ptr_nonnull(f);
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	fseek(f, len / 2, SEEK_SET);
	int ch = fgetc(f);
	fseek(f, len / 2, SEEK_SET);
	fputc(ch ^ 0x5a, f);
	fclose(f);
	strbuf_reset(&o);
	ck_assert_int_eq(run(&o, "link a.facts"), 2);
	ck_assert_msg(strstr(strbuf_str(&o), "a.facts: not usable facts") != NULL, "%s", strbuf_str(&o));
	strbuf_free(&o);
}
END_TEST

START_TEST(parse_errors_make_link_incomplete)
{
	write_file("bad.c", "int f(void) { return 1 +; }\n");
	strbuf o = STRBUF_INIT;
	ck_assert_int_eq(run(&o, "extract bad.c -o bad.facts"), 3);
	ck_assert(access("/dev/null", F_OK) == 0);
	strbuf_reset(&o);
	ck_assert_int_eq(run(&o, "link bad.facts"), 3);
	ck_assert_msg(strstr(strbuf_str(&o), "bad.c") != NULL, "%s", strbuf_str(&o));
	strbuf_free(&o);
}
END_TEST

START_TEST(extract_usage)
{
	strbuf o = STRBUF_INIT;
	ck_assert_int_eq(run(&o, "extract"), 2);
	ck_assert_int_eq(run(&o, "extract missing.c"), 2);
	ck_assert_int_eq(run(&o, "extract --bogus x.c"), 2);
	strbuf_free(&o);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("split");
	TCase *tc = tcase_create("split");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, extract_then_link_equals_one_run);
	tcase_add_test(tc, damaged_facts_are_refused);
	tcase_add_test(tc, parse_errors_make_link_incomplete);
	tcase_add_test(tc, extract_usage);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
