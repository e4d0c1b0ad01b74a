/* fe_include: includes found in any letter case, the search directories of
 * an argument vector, the missing-file message, and the WPP stand-ins
 * (trace-function signatures, begin_wpp config blocks, the stub text). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend/fe_include.h"

static char dir[64];

static void make_tree(void)
{
	strcpy(dir, "/tmp/ddicheck-feinc-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

/* Creates rel under dir, with its directories. */
static void put(const char *rel)
{
	char p[256], cmd[400];
	snprintf(p, sizeof(p), "%s/%s", dir, rel);
	snprintf(cmd, sizeof(cmd), "mkdir -p \"$(dirname '%s')\"", p);
	ck_assert_int_eq(system(cmd), 0);
	FILE *f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	fclose(f);
}

static void remove_tree(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static void expect_found(const char *name, const char *rel)
{
	char *found = NULL, want[256];
	snprintf(want, sizeof(want), "%s/%s", dir, rel);
	ck_assert_int_eq(fe_include_find_ci(dir, name, &found), FE_INC_FOUND);
	ck_assert_str_eq(found, want);
	free(found);
}

START_TEST(find_in_any_case)
{
	make_tree();
	put("Precomp.h");
	put("inc/Trace.H");
	put("Sub/Dir/device.h");
	expect_found("Precomp.h", "Precomp.h");       /* as written */
	expect_found("precomp.h", "Precomp.h");
	expect_found("PRECOMP.H", "Precomp.h");
	expect_found("INC/trace.h", "inc/Trace.H");   /* every component */
	expect_found("sub\\dir\\DEVICE.h", "Sub/Dir/device.h");   /* Windows separators */
	expect_found("inc/../PRECOMP.h", "inc/../Precomp.h");
	char *found = (char *)1;
	ck_assert_int_eq(fe_include_find_ci(dir, "nosuch.h", &found), FE_INC_NONE);
	ck_assert_ptr_null(found);
	ck_assert_int_eq(fe_include_find_ci(dir, "inc", &found), FE_INC_NONE);   /* a directory */
	ck_assert_int_eq(fe_include_find_ci(dir, "nodir/trace.h", &found), FE_INC_NONE);
	remove_tree();
}
END_TEST

START_TEST(ambiguous_case)
{
	make_tree();
	put("foo.h");
	put("FOO.h");
	put("d1/x.h");
	put("D1/y.h");
	char *found = NULL;
	/* "Foo.h" is neither: two names differ from it only in case */
	ck_assert_int_eq(fe_include_find_ci(dir, "Foo.h", &found), FE_INC_AMBIGUOUS);
	ck_assert_ptr_null(found);
	/* one written exactly is taken, as clang would */
	expect_found("foo.h", "foo.h");
	ck_assert_int_eq(fe_include_find_ci(dir, "d1/y.h", &found), FE_INC_NONE);
	ck_assert_int_eq(fe_include_find_ci(dir, "d2/y.h", &found), FE_INC_NONE);
	ck_assert_int_eq(fe_include_find_ci(dir, "D2/Y.h", &found), FE_INC_NONE);
	expect_found("D1/Y.H", "D1/y.h");
	remove_tree();
}
END_TEST

START_TEST(missing_name)
{
	char *n = fe_include_missing_name("'Foo.h' file not found");
	ck_assert_str_eq(n, "Foo.h");
	free(n);
	n = fe_include_missing_name("'..\\inc\\a.tmh' file not found");
	ck_assert_str_eq(n, "..\\inc\\a.tmh");
	free(n);
	ck_assert_ptr_null(fe_include_missing_name("'a.h' file not found with <angled> include; use \"quotes\" instead"));
	ck_assert_ptr_null(fe_include_missing_name("use of undeclared identifier 'x'"));
	ck_assert_ptr_null(fe_include_missing_name("'' file not found"));
	ck_assert_ptr_null(fe_include_missing_name(NULL));
	ck_assert(fe_include_is_tmh("driver.tmh"));
	ck_assert(fe_include_is_tmh("Driver.TMH"));
	ck_assert(!fe_include_is_tmh(".tmh"));
	ck_assert(!fe_include_is_tmh("driver.h"));
}
END_TEST

START_TEST(search_dirs)
{
	const char *args[] = { "-DX=1", "-Ia", "-I", "b", "-isystem", "s", "-iquote", "q", "-iquoteq2",
			       "-include", "pre.h", "-isystems2", "-Ic" };
	fe_strv v = { 0 };
	fe_include_dirs(args, sizeof(args) / sizeof(args[0]), true, true, &v);
	const char *quoted[] = { "q", "q2", "a", "b", "c", "s", "s2" };
	ck_assert_uint_eq(v.n, 7);
	for (size_t i = 0; i < v.n; i++)
		ck_assert_str_eq(v.v[i], quoted[i]);
	fe_strv_free(&v);
	fe_include_dirs(args, sizeof(args) / sizeof(args[0]), false, true, &v);
	const char *angled[] = { "a", "b", "c", "s", "s2" };
	ck_assert_uint_eq(v.n, 5);
	for (size_t i = 0; i < v.n; i++)
		ck_assert_str_eq(v.v[i], angled[i]);
	fe_strv_free(&v);
	fe_include_dirs(args, sizeof(args) / sizeof(args[0]), true, false, &v);
	ck_assert_uint_eq(v.n, 5);   /* the user's own headers: no -isystem */
	ck_assert_str_eq(v.v[4], "c");
	fe_strv_free(&v);
	const char *dangling[] = { "-I" };
	fe_include_dirs(dangling, 1, true, true, &v);
	ck_assert_uint_eq(v.n, 0);
}
END_TEST

START_TEST(tmh_names)
{
	const char *src = "#include \"precomp.h\"\n  #  include \"Driver.TMH\"\n#include <x.tmh>\n"
			  "// #include \"c.tmh\" in a comment counts: supplying an unused file is harmless\n"
			  "#include \"last.tmh\"";
	fe_strv v = { 0 };
	fe_include_tmh_names(src, strlen(src), &v);
	ck_assert_uint_eq(v.n, 2);
	ck_assert_str_eq(v.v[0], "Driver.TMH");
	ck_assert_str_eq(v.v[1], "last.tmh");
	fe_strv_free(&v);
}
END_TEST

static void expect_define(const char *sig, const char *want, const char *name)
{
	strbuf sb = STRBUF_INIT;
	char *n = NULL;
	ck_assert_msg(fe_wpp_define(sig, &sb, &n) == 0, "%s", sig);
	ck_assert_str_eq(strbuf_str(&sb), want);
	ck_assert_str_eq(n, name);
	free(n);
	strbuf_free(&sb);
}

START_TEST(wpp_signatures)
{
	expect_define("TraceEvents(LEVEL, FLAGS, MSG, ...)",
		      "#define TraceEvents(LEVEL, FLAGS, MSG, ...) WPP_STUB_TRACE(LEVEL, FLAGS, MSG, __VA_ARGS__)\n",
		      "TraceEvents");
	expect_define("DEBUGP(LEVEL,MSG,...)", "#define DEBUGP(LEVEL, MSG, ...) WPP_STUB_TRACE(LEVEL, MSG, __VA_ARGS__)\n",
		      "DEBUGP");
	expect_define("TRACE_RETURN{FLAG=FLAG_ONE}(EXP)", "#define TRACE_RETURN(EXP) WPP_STUB_TRACE(EXP)\n",
		      "TRACE_RETURN");
	expect_define(" TraceError{LEVEL=TRACE_LEVEL_ERROR,FLAGS=Error}(MSG,...);",
		      "#define TraceError(MSG, ...) WPP_STUB_TRACE(MSG, __VA_ARGS__)\n", "TraceError");
	expect_define("SENSOR_FunctionEnter{LEVEL=TRACE_LEVEL_VERBOSE,FLAGS=EntryExit}(...)",
		      "#define SENSOR_FunctionEnter(...) WPP_STUB_TRACE(__VA_ARGS__)\n", "SENSOR_FunctionEnter");
	/* a parenthesised group is one macro argument: KdPrint(("x %d", x)) */
	expect_define("KdPrint((MSG, ...))", "#define KdPrint(WPP_STUB_ARG1) WPP_STUB_TRACE(WPP_STUB_ARG1)\n",
		      "KdPrint");
	expect_define("DoTrace(LEVEL,FLAG,(MSG,...))",
		      "#define DoTrace(LEVEL, FLAG, WPP_STUB_ARG3) WPP_STUB_TRACE(LEVEL, FLAG, WPP_STUB_ARG3)\n",
		      "DoTrace");
	expect_define("Bare()", "#define Bare() WPP_STUB_TRACE()\n", "Bare");

	const char *bad[] = { "", "NoParens", "1st(A)", "F(A,,B)", "F(A, ..., B)", "F(A, A)", "F(A B)",
			      "F(A", "F{LEVEL=1(A)", "F(A) trailing", "statement: Defines the name" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		strbuf sb = STRBUF_INIT;
		char *n = (char *)1;
		ck_assert_msg(fe_wpp_define(bad[i], &sb, &n) == -1, "accepted '%s'", bad[i]);
		ck_assert_ptr_null(n);
		ck_assert_uint_eq(sb.len, 0);
	}
}
END_TEST

START_TEST(wpp_config_blocks)
{
	const char *h =
		"// These trace functions, located between \"begin_wpp config\" and \"end_wpp\", define\n"
		"// begin_wpp config\n"
		"// USEPREFIX(TraceEvents, \"%!STDPREFIX!\");\n"
		"// FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);\n"
		"//\tFUNC KdPrint{LEVEL=TRACE_LEVEL_INFORMATION, FLAGS=TRACE_FLAG_DRIVER}((MSG, ...));\n"
		"// WPP_FLAGS(-public:KdPrint);\n"
		"// CUSTOM_TYPE(state, ItemEnum(_MachineState));\n"
		"// end_wpp\n"
		"#define FUNC_OUTSIDE 1\n"
		"// FUNC NotInABlock(MSG);\n"
		"/*begin_wpp config\n"
		" * FUNC TRACE_RETURN{FLAG=FLAG_ONE}(EXP); */\n"
		"/* end_wpp */\n"
		"//begin_wpp   config\n"
		"//FUNC Unterminated(A)\n";
	fe_strv v = { 0 };
	fe_wpp_scan(h, strlen(h), &v);
	const char *want[] = { "TraceEvents(LEVEL, FLAGS, MSG, ...)",
			       "KdPrint{LEVEL=TRACE_LEVEL_INFORMATION, FLAGS=TRACE_FLAG_DRIVER}((MSG, ...))",
			       "TRACE_RETURN{FLAG=FLAG_ONE}(EXP)", "Unterminated(A)" };
	ck_assert_uint_eq(v.n, 4);
	for (size_t i = 0; i < v.n; i++)
		ck_assert_str_eq(v.v[i], want[i]);
	fe_strv_free(&v);
}
END_TEST

START_TEST(wpp_stub_text)
{
	const char *sigs[] = { "DEBUGP(LEVEL,MSG,...)", "not a signature", "DEBUGP(OTHER)", "TRACE_RETURN{FLAG=X}(EXP)" };
	strbuf sb = STRBUF_INIT;
	fe_wpp_stub(sigs, 4, &sb);
	ck_assert_str_eq(strbuf_str(&sb),
			 "/* ddicheck: in-memory stand-in for a WPP trace message header */\n"
			 "#define DEBUGP(LEVEL, MSG, ...) WPP_STUB_TRACE(LEVEL, MSG, __VA_ARGS__)\n"
			 "#define TRACE_RETURN(EXP) WPP_STUB_TRACE(EXP)\n"
			 "#include <wpp_stub.h>\n");
	strbuf_free(&sb);
}
END_TEST

START_TEST(source_name_mc)
{
	char *s = fe_include_source_name("inc/serlog.h", "mc");
	ck_assert_str_eq(s, "inc/serlog.mc");
	free(s);
	s = fe_include_source_name("PscrLog.H", "mc");
	ck_assert_str_eq(s, "PscrLog.mc");
	free(s);
	ck_assert_ptr_null(fe_include_source_name("trace.tmh", "mc"));
	ck_assert_ptr_null(fe_include_source_name(".h", "mc"));
}
END_TEST

START_TEST(source_name_etw)
{
	char *s = fe_include_source_name("inc/fx2Events.h", "man");
	ck_assert_str_eq(s, "inc/fx2Events.man");
	free(s);
	s = fe_include_source_name("E.H", "man");
	ck_assert_str_eq(s, "E.man");
	free(s);
	ck_assert_ptr_null(fe_include_source_name("trace.tmh", "man"));
	ck_assert_ptr_null(fe_include_source_name(".h", "man"));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fe_include");
	TCase *tc = tcase_create("include");
	tcase_add_test(tc, find_in_any_case);
	tcase_add_test(tc, source_name_mc);
	tcase_add_test(tc, source_name_etw);
	tcase_add_test(tc, ambiguous_case);
	tcase_add_test(tc, missing_name);
	tcase_add_test(tc, search_dirs);
	tcase_add_test(tc, tmh_names);
	tcase_add_test(tc, wpp_signatures);
	tcase_add_test(tc, wpp_config_blocks);
	tcase_add_test(tc, wpp_stub_text);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
