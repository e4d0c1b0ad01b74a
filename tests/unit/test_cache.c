/* The facts cache end to end: a re-run reuses every TU, an edit to one file
 * (or to a header it includes) re-parses only that one, and a corrupt,
 * truncated or foreign entry is ignored, removed and rebuilt.  Plus the
 * facts_io round trip through the cache (same findings from cached facts). */
#include "../data/ci/e2e.h"

#define RUN(o, extra) run(o, "--verbose --cache-dir cache " extra " d", 1)

static void drv(void)
{
	copy_data(DDICHECK_TEST_DATA "/ci/driver_bad.c", "d/a.c");
	write_file("d/inc.h", "int helper(int x);\n");
	write_file("d/b.c", "#include \"inc.h\"\nint helper(int x) { return x + 1; }\n");
}

START_TEST(reuse_and_invalidate)
{
	drv();
	strbuf o = STRBUF_INIT, first = STRBUF_INIT;
	ck_assert_int_eq(RUN(&first, ""), 1);
	ASSERT_CONTAINS(&first, "0 reused, 2 parsed, 0 rejected, 2 stored");
	ck_assert_int_eq(RUN(&o, ""), 1);
	ASSERT_CONTAINS(&o, "2 reused, 0 parsed");
	/* cached facts give the same report */
	const char *cut = strstr(strbuf_str(&o), "ddicheck: facts cache");
	ck_assert_ptr_nonnull(cut);
	strbuf_reset(&o);
	write_file("d/b.c", "#include \"inc.h\"\nint helper(int x) { return x + 2; }\n");
	ck_assert_int_eq(RUN(&o, ""), 1);
	ASSERT_CONTAINS(&o, "1 reused, 1 parsed");
	strbuf_reset(&o);
	write_file("d/inc.h", "int helper(int x);\nint other(void);\n");
	ck_assert_int_eq(RUN(&o, ""), 1);
	ASSERT_CONTAINS(&o, "1 reused, 1 parsed");
	strbuf_reset(&o);
	/* other arguments, other key */
	ck_assert_int_eq(RUN(&o, "-DFOO=1"), 1);
	ASSERT_CONTAINS(&o, "0 reused, 2 parsed");
	strbuf_reset(&o);
	ck_assert_int_eq(run(&o, "--verbose --no-cache d", 1), 1);
	ASSERT_LACKS(&o, "facts cache");
	strbuf_free(&o);
	strbuf_free(&first);
}
END_TEST

/* Damages every entry with `cmd` (run in tmpdir on each *.facts file). */
static void damage(const char *how)
{
	strbuf c = STRBUF_INIT;
	strbuf_printf(&c, "find cache -name '*.facts' | while read f; do %s; done", how);
	ck_assert_int_eq(sh(NULL, strbuf_str(&c), 1), 0);
	strbuf_free(&c);
}

static void check_rebuilt(const char *how)
{
	drv();
	strbuf o = STRBUF_INIT, ref = STRBUF_INIT;
	ck_assert_int_eq(RUN(&ref, ""), 1);
	damage(how);
	ck_assert_int_eq(RUN(&o, ""), 1);
	ck_assert_msg(strstr(strbuf_str(&o), "0 reused, 2 parsed, 2 rejected, 2 stored"), "%s:\n%s", how,
		      strbuf_str(&o));
	/* findings identical to a clean run */
	const char *a = strbuf_str(&o), *b = strbuf_str(&ref);
	ck_assert_int_eq(strncmp(a, b, (size_t)(strstr(b, "ddicheck: facts") - b)), 0);
	strbuf_reset(&o);
	ck_assert_int_eq(RUN(&o, ""), 1);
	ASSERT_CONTAINS(&o, "2 reused, 0 parsed, 0 rejected");
	strbuf_free(&o);
	strbuf_free(&ref);
}

START_TEST(corrupt_entry)
{
	check_rebuilt("printf 'X' | dd of=\"$f\" bs=1 seek=200 conv=notrunc 2>/dev/null");
}
END_TEST

START_TEST(truncated_entry)
{
	check_rebuilt("truncate -s 100 \"$f\"");
}
END_TEST

START_TEST(foreign_entry)
{
	check_rebuilt("echo 'not a ddicheck cache entry' > \"$f\"");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("cache");
	TCase *tc = tcase_create("e2e");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, reuse_and_invalidate);
	tcase_add_test(tc, corrupt_entry);
	tcase_add_test(tc, truncated_entry);
	tcase_add_test(tc, foreign_entry);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
