/* The command line end to end: exit statuses and messages for usage errors,
 * bad input, malformed rule files and files that do not parse.  Runs the
 * real binary (DDICHECK_BIN). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/strbuf.h"

#include "cli_harness.h"

/* Every run of this suite without colour codes. */
static int run_plain(strbuf *out, const char *args)
{
	strbuf a = STRBUF_INIT;
	strbuf_printf(&a, "--color=never %s", args);
	int rc = run(out, strbuf_str(&a));
	strbuf_free(&a);
	return rc;
}

START_TEST(version_and_help)
{
	strbuf o = STRBUF_INIT;
	ck_assert_int_eq(run_plain(&o, "--version"), 0);
	ASSERT_CONTAINS(&o, "ddicheck ");
	strbuf_reset(&o);
	ck_assert_int_eq(run_plain(&o, "--help"), 0);
	ASSERT_CONTAINS(&o, "exit status");
	strbuf_free(&o);
}
END_TEST

START_TEST(usage_errors)
{
	strbuf o = STRBUF_INIT;
	ck_assert_int_eq(run_plain(&o, "--bogus x.c"), 2);
	ASSERT_CONTAINS(&o, "unknown option --bogus");
	strbuf_reset(&o);
	ck_assert_int_eq(run_plain(&o, ""), 2);
	ASSERT_CONTAINS(&o, "no input");
	strbuf_reset(&o);
	ck_assert_int_eq(run_plain(&o, "does-not-exist.c"), 2);
	ASSERT_CONTAINS(&o, "does-not-exist.c: No such file or directory");
	strbuf_reset(&o);
	ck_assert_int_eq(run_plain(&o, "--format xml a.c"), 2);
	strbuf_free(&o);
}
END_TEST

START_TEST(directory_without_c_files)
{
	strbuf o = STRBUF_INIT;
	write_file("notes.txt", "hello\n");
	ck_assert_int_eq(run_plain(&o, "."), 2);
	ASSERT_CONTAINS(&o, "no C source file");
	strbuf_free(&o);
}
END_TEST

START_TEST(clean_file_exits_zero)
{
	strbuf o = STRBUF_INIT;
	write_file("ok.c", "int helper(int x) { return x + 1; }\n");
	ck_assert_int_eq(run_plain(&o, "ok.c"), 0);
	ck_assert_int_eq((int)o.len, 0);
	strbuf_free(&o);
}
END_TEST

START_TEST(compiler_arguments_after_dashes)
{
	/* the file parses only with -DWIDTH: given after "--", it must reach the
	   parser, and the path before "--" must stay a path */
	strbuf o = STRBUF_INIT;
	write_file("w.c", "int a[WIDTH];\n");
	ck_assert_int_eq(run_plain(&o, "w.c -- -DWIDTH=4"), 0);
	strbuf_reset(&o);
	ck_assert_int_eq(run_plain(&o, "w.c"), 3);
	ASSERT_CONTAINS(&o, "w.c:1:");
	strbuf_free(&o);
}
END_TEST

START_TEST(syntax_error_exits_three_naming_the_file)
{
	strbuf o = STRBUF_INIT;
	write_file("bad.c", "int f(void) {\n  return 1 +;\n}\n");
	ck_assert_int_eq(run_plain(&o, "bad.c"), 3);
	ASSERT_CONTAINS(&o, "bad.c: 1 parse error");
	ASSERT_CONTAINS(&o, "bad.c:2:");
	strbuf_free(&o);
}
END_TEST

START_TEST(malformed_rule_file_exits_two_with_file_and_line)
{
	strbuf o = STRBUF_INIT, cmd = STRBUF_INIT;
	write_file("ok.c", "int helper(int x) { return x; }\n");
	/* a copy of the bundled rules with one broken rule file */
	strbuf_printf(&cmd, "cp -r '%s' '%s/rules'", DDICHECK_RULES_DIR, tmpdir);
	ck_assert_int_eq(system(strbuf_str(&cmd)), 0);
	write_file("rules/Broken.yaml", "id: Broken\nseverity: error\nsummary: s\nchecks:\n  - kind: irql\n    functoins: [X]\n");
	ck_assert_int_eq(run_plain(&o, "--rules-dir rules ok.c"), 2);
	ASSERT_CONTAINS(&o, "rules/Broken.yaml:6: unknown key 'functoins'");
	strbuf_free(&o);
	strbuf_free(&cmd);
}
END_TEST

START_TEST(missing_rules_dir)
{
	strbuf o = STRBUF_INIT;
	write_file("ok.c", "int x;\n");
	ck_assert_int_eq(run_plain(&o, "--rules-dir /nonexistent/rules ok.c"), 2);
	ASSERT_CONTAINS(&o, "/nonexistent/rules");
	strbuf_free(&o);
}
END_TEST

START_TEST(unwritable_output)
{
	strbuf o = STRBUF_INIT;
	write_file("ok.c", "int x;\n");
	ck_assert_int_eq(run_plain(&o, "-o /nonexistent/dir/out.txt ok.c"), 2);
	ASSERT_CONTAINS(&o, "/nonexistent/dir/out.txt: ");
	strbuf_free(&o);
}
END_TEST

/* A .vcxproj input: its ClCompile items with the chosen configuration's
 * definitions, together with another file; errors name file:line. */
START_TEST(vcxproj_input)
{
	strbuf o = STRBUF_INIT;
	char cmd[256];
	snprintf(cmd, sizeof(cmd), "mkdir '%s/src'", tmpdir);
	ck_assert_int_eq(system(cmd), 0);
	write_file("drv.vcxproj",
		   "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
		   "<Project xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n"
		   "  <ItemGroup Label=\"ProjectConfigurations\">\n"
		   "    <ProjectConfiguration Include=\"Debug|x64\"><Configuration>Debug</Configuration><Platform>x64</Platform></ProjectConfiguration>\n"
		   "    <ProjectConfiguration Include=\"Release|x64\"><Configuration>Release</Configuration><Platform>x64</Platform></ProjectConfiguration>\n"
		   "  </ItemGroup>\n"
		   "  <ItemDefinitionGroup Condition=\"'$(Configuration)|$(Platform)'=='Release|x64'\">\n"
		   "    <ClCompile><PreprocessorDefinitions>RELEASE_BUILD;%(PreprocessorDefinitions)</PreprocessorDefinitions></ClCompile>\n"
		   "  </ItemDefinitionGroup>\n"
		   "  <ItemGroup><ClCompile Include=\"src\\a.c\" /></ItemGroup>\n"
		   "</Project>\n");
	write_file("src/a.c", "#ifndef RELEASE_BUILD\n#error not the release configuration\n#endif\nint a(void) { return 0; }\n");
	write_file("b.c", "int b(void) { return 1 +; }\n");
	ck_assert_int_eq(run_plain(&o, "--no-cache --configuration 'Release|x64' drv.vcxproj"), 0);
	ck_assert_int_eq((int)o.len, 0);
	strbuf_reset(&o);
	ck_assert_int_eq(run_plain(&o, "--no-cache drv.vcxproj"), 3);   /* Debug: the #error */
	ASSERT_CONTAINS(&o, "src/a.c:2:2: error: not the release configuration");
	strbuf_reset(&o);
	ck_assert_int_eq(run_plain(&o, "--no-cache --configuration 'Release|x64' drv.vcxproj b.c"), 3);
	ASSERT_CONTAINS(&o, "b.c: 1 parse error");
	ck_assert_ptr_null(strstr(strbuf_str(&o), "src/a.c"));
	strbuf_reset(&o);
	ck_assert_int_eq(run_plain(&o, "--configuration 'Nope|x64' drv.vcxproj"), 2);
	ASSERT_CONTAINS(&o, "drv.vcxproj:");
	ASSERT_CONTAINS(&o, "no configuration 'Nope|x64'");
	strbuf_reset(&o);
	write_file("bad.vcxproj", "<Project><ItemGroup>\n");
	ck_assert_int_eq(run_plain(&o, "bad.vcxproj"), 2);
	ASSERT_CONTAINS(&o, "bad.vcxproj:");
	strbuf_reset(&o);
	ck_assert_int_eq(run_plain(&o, "--configuration Debug b.c"), 2);
	ASSERT_CONTAINS(&o, "no .vcxproj input");
	strbuf_free(&o);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("cli");
	TCase *tc = tcase_create("cli");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, version_and_help);
	tcase_add_test(tc, usage_errors);
	tcase_add_test(tc, directory_without_c_files);
	tcase_add_test(tc, clean_file_exits_zero);
	tcase_add_test(tc, syntax_error_exits_three_naming_the_file);
	tcase_add_test(tc, compiler_arguments_after_dashes);
	tcase_add_test(tc, malformed_rule_file_exits_two_with_file_and_line);
	tcase_add_test(tc, missing_rules_dir);
	tcase_add_test(tc, unwritable_output);
	tcase_add_test(tc, vcxproj_input);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
