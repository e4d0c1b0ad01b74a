/* Suppressions and baselines end to end: inline ignore comments (with a
 * reason; without one, naming an unknown rule, or suppressing nothing they
 * are reported), Code Analysis pragmas through rules/ca/ca_warnings.yaml,
 * --fail-on, --enable/--disable, and baselines that survive line shifts. */
#include "../data/ci/e2e.h"

#define HEAD "#include <wdm.h>\nvoid NdisIMAssociateMiniport(void *a, void *b);\n" \
	     "void *A, *B;\nKSPIN_LOCK L;\n" \
	     "NTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r)\n{\n\tKIRQL o;\n" \
	     "\tKeAcquireSpinLock(&L, &o);\n"
#define TAIL "\tKeReleaseSpinLock(&L, o);\n\treturn 0;\n}\n"

START_TEST(inline_suppressions)
{
	strbuf o = STRBUF_INIT;
	write_file("a/d.c", HEAD "\t// ddicheck: ignore[Irql_IM_Function] handles validated by caller\n"
		   "\tNdisIMAssociateMiniport(A, B);\n" TAIL);
	ck_assert_int_eq(run(&o, "a", 1), 0);
	ck_assert_str_eq(strbuf_str(&o), "");
	strbuf_reset(&o);
	/* same line works too */
	write_file("b/d.c", HEAD "\tNdisIMAssociateMiniport(A, B); /* ddicheck: ignore[Irql_IM_Function] why */\n" TAIL);
	ck_assert_int_eq(run(&o, "b", 1), 0);
	strbuf_reset(&o);
	/* no reason: reported, and it does not suppress */
	write_file("c/d.c", HEAD "\t// ddicheck: ignore[Irql_IM_Function]\n\tNdisIMAssociateMiniport(A, B);\n" TAIL);
	ck_assert_int_eq(run(&o, "c", 1), 1);
	ASSERT_CONTAINS(&o, "c/d.c:9:1: warning: [BadSuppression] suppression of Irql_IM_Function gives no reason");
	ASSERT_CONTAINS(&o, "[Irql_IM_Function]");
	strbuf_reset(&o);
	/* unknown rule, and a suppression that suppresses nothing */
	write_file("e/d.c", "// ddicheck: ignore[NoSuchRule] because\nint x;\n"
		   "// ddicheck: ignore[Irql_IM_Function] nothing here\nint y;\n");
	ck_assert_int_eq(run(&o, "e", 1), 1);
	ASSERT_CONTAINS(&o, "e/d.c:1:1: warning: [BadSuppression] suppression names unknown rule NoSuchRule");
	ASSERT_CONTAINS(&o, "e/d.c:3:1: warning: [BadSuppression] suppression of Irql_IM_Function suppresses nothing");
	strbuf_free(&o);
}
END_TEST

START_TEST(code_analysis_pragmas)
{
	strbuf o = STRBUF_INIT;
	write_file("a/d.c", HEAD "#pragma warning(suppress: 28121)\n\tNdisIMAssociateMiniport(A, B);\n" TAIL);
	ck_assert_int_eq(run(&o, "a", 1), 0);
	strbuf_reset(&o);
	write_file("b/d.c", HEAD "#pragma prefast(suppress: __WARNING_IRQ_TOO_HIGH, \"checked\")\n"
		   "\tNdisIMAssociateMiniport(A, B);\n" TAIL);
	ck_assert_int_eq(run(&o, "b", 1), 0);
	strbuf_reset(&o);
	/* a warning that maps to another rule does not suppress this one */
	write_file("c/d.c", HEAD "#pragma warning(suppress: 28158)\n\tNdisIMAssociateMiniport(A, B);\n" TAIL);
	ck_assert_int_eq(run(&o, "c", 1), 1);
	strbuf_free(&o);
}
END_TEST

START_TEST(fail_on_and_rule_selection)
{
	strbuf o = STRBUF_INIT;
	copy_data(DDICHECK_TEST_DATA "/ci/driver_bad.c", "d/d.c");
	ck_assert_int_eq(run(&o, "--fail-on never d", 1), 0);
	ASSERT_CONTAINS(&o, "[Irql_IM_Function]");
	ck_assert_int_eq(run(NULL, "--fail-on error d", 1), 1);
	strbuf_reset(&o);
	run(&o, "--disable Irql_IM_Function d", 1);
	ASSERT_LACKS(&o, "[Irql_IM_Function]");
	ck_assert_int_eq(run(NULL, "--enable Irql_IM_Function d", 1), 1);
	strbuf_reset(&o);
	ck_assert_int_eq(run(&o, "--disable Nope d", 1), 2);
	ASSERT_CONTAINS(&o, "--disable Nope: no such rule");
	strbuf_reset(&o);
	ck_assert_int_eq(run(&o, "--fail-on sometimes d", 1), 2);
	strbuf_reset(&o);
	ck_assert_int_eq(run(&o, "--list-rules", 1), 0);
	ASSERT_CONTAINS(&o, "Irql_IM_Function");
	ck_assert_int_eq(run(NULL, "--explain Irql_IM_Function", 1), 0);
	ck_assert_int_eq(run(NULL, "--explain NoSuchRule", 1), 2);
	strbuf_free(&o);
}
END_TEST

START_TEST(baselines)
{
	strbuf o = STRBUF_INIT, src = STRBUF_INIT;
	copy_data(DDICHECK_TEST_DATA "/ci/driver_bad.c", "d/d.c");
	ck_assert_int_eq(run(NULL, "--write-baseline base.json d", 1), 1);
	ck_assert_int_eq(run(&o, "--baseline base.json d", 1), 0);
	ck_assert_str_eq(strbuf_str(&o), "");
	/* an unrelated edit shifts lines: still matched */
	ck_assert_int_eq(read_file(&src, "d/d.c"), 0);
	strbuf moved = STRBUF_INIT;
	strbuf_printf(&moved, "/* new header comment */\n\n%s\nstatic int later;\n", strbuf_str(&src));
	write_file("d/d.c", strbuf_str(&moved));
	ck_assert_int_eq(run(NULL, "--baseline base.json d", 1), 0);
	/* a new violation is not in the baseline */
	strbuf_reset(&moved);
	const char *call = "\tNdisIMAssociateMiniport(DriverHandle, ProtocolHandle);\n";
	const char *at = strstr(strbuf_str(&src), call);
	ck_assert_ptr_nonnull(at);
	strbuf_add(&moved, strbuf_str(&src), (size_t)(at - strbuf_str(&src)) + strlen(call));
	strbuf_puts(&moved, "\tNdisIMAssociateMiniport(ProtocolHandle, DriverHandle);\n");
	strbuf_puts(&moved, at + strlen(call));
	write_file("d/d.c", strbuf_str(&moved));
	strbuf_reset(&o);
	ck_assert_int_eq(run(&o, "--baseline base.json d", 1), 1);
	ASSERT_CONTAINS(&o, "d/d.c:14:");
	ck_assert_int_eq(count_of(&o, "d/d.c:13:"), 0);
	/* a broken baseline is a configuration error */
	write_file("bad.json", "{ nope");
	ck_assert_int_eq(run(NULL, "--baseline bad.json d", 1), 2);
	strbuf_free(&o);
	strbuf_free(&src);
	strbuf_free(&moved);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("suppress");
	TCase *tc = tcase_create("e2e");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, inline_suppressions);
	tcase_add_test(tc, code_analysis_pragmas);
	tcase_add_test(tc, fail_on_and_rule_selection);
	tcase_add_test(tc, baselines);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
