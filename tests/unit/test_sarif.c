/* SARIF and JSON output end to end: the structure of runs that are clean,
 * that have findings, and that have parse errors; stable fingerprints across
 * line shifts; and validation with Microsoft's SARIF validator
 * (`sarif-multitool validate`, npm @microsoft/sarif-multitool) with zero
 * errors and zero warnings when it is installed (tools/dev installs it
 * under CI=true; without it the validation test says so and passes). */
#include <jansson.h>

#include "../data/ci/e2e.h"

#define BAD DDICHECK_TEST_DATA "/ci/driver_bad.c"

static json_t *load(const char *name)
{
	char p[512];
	snprintf(p, sizeof(p), "%s/%s", tmpdir, name);
	json_error_t e;
	json_t *j = json_load_file(p, 0, &e);
	ck_assert_msg(j != NULL, "%s: %s", name, e.text);
	return j;
}

static json_t *path(json_t *j, const char *p)
{
	/* "runs/0/tool/driver": object keys and array indexes */
	char buf[256];
	snprintf(buf, sizeof(buf), "%s", p);
	char *save = NULL;
	for (char *t = strtok_r(buf, "/", &save); t && j; t = strtok_r(NULL, "/", &save))
		j = json_is_array(j) ? json_array_get(j, (size_t)atoi(t)) : json_object_get(j, t);
	return j;
}

static const char *str(json_t *j, const char *p)
{
	return json_string_value(path(j, p));
}

static const char *fingerprint(json_t *res, size_t i)
{
	json_t *fp = json_object_get(json_array_get(res, i), "partialFingerprints");
	return json_string_value(json_object_get(fp, "ddicheckFingerprint/v1"));
}

START_TEST(sarif_findings)
{
	copy_data(BAD, "drv/driver.c");
	ck_assert_int_eq(run(NULL, "--format sarif -o out.sarif drv", 0), 1);
	json_t *j = load("out.sarif");
	ck_assert_str_eq(str(j, "version"), "2.1.0");
	ck_assert_str_eq(str(j, "runs/0/tool/driver/name"), "ddicheck");
	ck_assert_ptr_nonnull(str(j, "runs/0/tool/driver/semanticVersion"));
	ck_assert_ptr_nonnull(str(j, "runs/0/tool/driver/informationUri"));
	json_t *rules = path(j, "runs/0/tool/driver/rules");
	ck_assert(json_array_size(rules) >= 2);
	ck_assert_ptr_nonnull(str(rules, "0/shortDescription/text"));
	ck_assert_ptr_nonnull(str(rules, "0/fullDescription/text"));
	ck_assert_ptr_nonnull(str(rules, "0/help/text"));
	ck_assert_int_eq(json_integer_value(path(j, "runs/0/invocations/0/exitCode")), 1);
	json_t *res = path(j, "runs/0/results");
	ck_assert_int_ge(json_array_size(res), 1);
	ck_assert_str_eq(str(res, "0/ruleId"), "Irql_IM_Function");
	ck_assert_str_eq(str(res, "0/level"), "error");
	ck_assert_str_eq(str(res, "0/locations/0/physicalLocation/artifactLocation/uri"), "drv/driver.c");
	ck_assert_str_eq(str(res, "0/locations/0/physicalLocation/artifactLocation/uriBaseId"), "SRCROOT");
	ck_assert_int_eq(json_integer_value(path(res, "0/locations/0/physicalLocation/region/startLine")), 13);
	ck_assert_ptr_nonnull(str(j, "runs/0/originalUriBaseIds/SRCROOT/uri"));
	ck_assert_ptr_nonnull(fingerprint(res, 0));
	/* the trace: entry point, call, the statement that raised the IRQL, the call itself */
	json_t *tf = path(res, "0/codeFlows/0/threadFlows/0/locations");
	ck_assert_int_eq(json_array_size(tf), 4);
	ck_assert_str_eq(str(tf, "0/kinds/0"), "enter");
	ck_assert_str_eq(str(tf, "1/kinds/0"), "call");
	ck_assert_str_eq(str(tf, "2/kinds/0"), "acquire");
	ck_assert_int_eq(json_integer_value(path(tf, "2/location/physicalLocation/region/startLine")), 19);
	json_decref(j);
}
END_TEST

START_TEST(fingerprints_survive_line_shifts)
{
	copy_data(BAD, "drv/driver.c");
	ck_assert_int_eq(run(NULL, "--format sarif -o a.sarif drv", 0), 1);
	ck_assert_int_eq(run(NULL, "--format sarif -o b.sarif drv", 0), 1);
	/* an unrelated edit that shifts every line */
	strbuf sb = STRBUF_INIT;
	ck_assert_int_eq(read_file(&sb, "drv/driver.c"), 0);
	strbuf moved = STRBUF_INIT;
	strbuf_puts(&moved, "/* a new comment\n   over three lines */\nstatic int unrelated;\n");
	strbuf_puts(&moved, strbuf_str(&sb));
	write_file("drv/driver.c", strbuf_str(&moved));
	ck_assert_int_eq(run(NULL, "--format sarif -o c.sarif drv", 0), 1);
	json_t *a = load("a.sarif"), *b = load("b.sarif"), *c = load("c.sarif");
	json_t *ra = path(a, "runs/0/results"), *rb = path(b, "runs/0/results"), *rc = path(c, "runs/0/results");
	ck_assert_int_eq(json_array_size(ra), json_array_size(rc));
	ck_assert_int_eq(json_integer_value(path(rc, "0/locations/0/physicalLocation/region/startLine")), 16);
	for (size_t i = 0; i < json_array_size(ra); i++) {
		ck_assert_ptr_nonnull(fingerprint(ra, i));
		ck_assert_str_eq(fingerprint(ra, i), fingerprint(rb, i));
		ck_assert_str_eq(fingerprint(ra, i), fingerprint(rc, i));
	}
	if (json_array_size(ra) > 1)
		ck_assert_str_ne(fingerprint(ra, 0), fingerprint(ra, 1));
	json_decref(a);
	json_decref(b);
	json_decref(c);
	strbuf_free(&sb);
	strbuf_free(&moved);
}
END_TEST

START_TEST(sarif_clean_and_parse_error)
{
	write_file("ok/ok.c", "int helper(int x) { return x + 1; }\n");
	ck_assert_int_eq(run(NULL, "--format sarif -o clean.sarif ok", 0), 0);
	json_t *j = load("clean.sarif");
	ck_assert_int_eq(json_array_size(path(j, "runs/0/results")), 0);
	ck_assert_int_eq(json_integer_value(path(j, "runs/0/invocations/0/exitCode")), 0);
	ck_assert(json_is_true(path(j, "runs/0/invocations/0/executionSuccessful")));
	json_decref(j);

	write_file("bad/bad.c", "int f(void) {\n  return 1 +;\n}\n");
	ck_assert_int_eq(run(NULL, "--format sarif -o perr.sarif bad", 0), 3);
	j = load("perr.sarif");
	ck_assert_int_eq(json_integer_value(path(j, "runs/0/invocations/0/exitCode")), 3);
	json_t *n = path(j, "runs/0/invocations/0/toolExecutionNotifications");
	ck_assert_int_eq(json_array_size(n), 1);
	ck_assert_str_eq(str(n, "0/level"), "error");
	ck_assert_str_eq(str(n, "0/locations/0/physicalLocation/artifactLocation/uri"), "bad/bad.c");
	ck_assert_int_eq(json_integer_value(path(n, "0/locations/0/physicalLocation/region/startLine")), 2);
	json_decref(j);
}
END_TEST

START_TEST(json_format)
{
	copy_data(BAD, "drv/driver.c");
	strbuf o = STRBUF_INIT;
	ck_assert_int_eq(run(&o, "--format json drv", 0), 1);
	json_error_t e;
	json_t *j = json_loads(strbuf_str(&o), 0, &e);
	ck_assert_msg(j != NULL, "%s", e.text);
	ck_assert_str_eq(str(j, "format"), "ddicheck-findings");
	ck_assert_int_eq(json_integer_value(path(j, "version")), 1);
	ck_assert_int_eq(json_integer_value(path(j, "exitCode")), 1);
	ck_assert_str_eq(str(j, "findings/0/rule"), "Irql_IM_Function");
	ck_assert_str_eq(str(j, "findings/0/file"), "drv/driver.c");
	ck_assert_int_eq(json_integer_value(path(j, "findings/0/line")), 13);
	ck_assert_str_eq(str(j, "findings/0/function"), "Associate");
	ck_assert_int_eq(strlen(str(j, "findings/0/fingerprint")), 32);
	ck_assert_str_eq(str(j, "findings/0/trace/0/kind"), "entry");
	ck_assert_int_eq(json_integer_value(path(j, "summary/errors")), (json_int_t)json_array_size(path(j, "findings")));
	json_decref(j);
	/* a failed write leaves no partial file; -o into a missing directory fails with 2 */
	ck_assert_int_eq(run(NULL, "--format json -o nodir/x.json drv", 0), 2);
	ck_assert_int_ne(access("nodir/x.json", F_OK), 0);
	strbuf_free(&o);
}
END_TEST

/* The validator: $DDICHECK_SARIF_MULTITOOL, else BUILD/npm. */
static const char *multitool(void)
{
	static char p[1024];   /* test-local */
	const char *env = getenv("DDICHECK_SARIF_MULTITOOL");
	snprintf(p, sizeof(p), "%s", env && *env ? env : DDICHECK_BINARY_DIR "/npm/node_modules/.bin/sarif-multitool");
	return access(p, X_OK) == 0 ? p : NULL;
}

START_TEST(sarif_multitool_validates)
{
	const char *mt = multitool();
	if (!mt) {
		const char *ci = getenv("CI");
		ck_assert_msg(!(ci && strcmp(ci, "true") == 0),
			      "CI=true but sarif-multitool is not installed (tools/dev installs it)");
		fprintf(stderr, "test_sarif: SKIPPED validation: sarif-multitool not installed "
				"(run DDICHECK_SARIF=1 tools/dev test)\n");
		return;
	}
	copy_data(BAD, "drv/driver.c");
	write_file("drv2/driver.c",
		   "#include <wdm.h>\nvoid NdisIMAssociateMiniport(void *a, void *b);\n"
		   "void *A, *B;\nKSPIN_LOCK L;\n"
		   "NTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r)\n{\n\tKIRQL o;\n"
		   "\tKeAcquireSpinLock(&L, &o);\n"
		   "\t// ddicheck: ignore[Irql_IM_Function] the test wants one suppressed result\n"
		   "\tNdisIMAssociateMiniport(A, B);\n\tKeReleaseSpinLock(&L, o);\n\treturn 0;\n}\n");
	write_file("ok/ok.c", "int helper(int x) { return x + 1; }\n");
	write_file("bad/bad.c", "int f(void) {\n  return 1 +;\n}\n");
	ck_assert_int_eq(run(NULL, "--format sarif -o findings.sarif drv", 0), 1);
	ck_assert_int_eq(run(NULL, "--format sarif -o suppressed.sarif drv2", 0), 0);
	ck_assert_int_eq(run(NULL, "--format sarif -o clean.sarif ok", 0), 0);
	ck_assert_int_eq(run(NULL, "--format sarif -o perr.sarif bad", 0), 3);
	static const char *const files[] = { "findings.sarif", "suppressed.sarif", "clean.sarif", "perr.sarif" };
	for (size_t i = 0; i < 4; i++) {
		strbuf o = STRBUF_INIT, cmd = STRBUF_INIT;
		strbuf_printf(&cmd, "'%s' validate --output '%s.log.sarif' '%s'", mt, files[i], files[i]);
		int rc = sh(&o, strbuf_str(&cmd), 1);
		ck_assert_msg(rc == 0, "sarif-multitool validate %s: exit %d\n%.2000s", files[i], rc, strbuf_str(&o));
		/* the validator's own log: no result at level error or warning */
		strbuf_reset(&cmd);
		strbuf_printf(&cmd, "%s.log.sarif", files[i]);
		json_t *log = load(strbuf_str(&cmd));
		json_t *res = path(log, "runs/0/results");
		size_t bad = 0;
		strbuf why = STRBUF_INIT;
		for (size_t k = 0; k < json_array_size(res); k++) {
			const char *lv = str(json_array_get(res, k), "level");
			if (!lv || strcmp(lv, "error") == 0 || strcmp(lv, "warning") == 0) {
				bad++;
				strbuf_printf(&why, "%s %s: %s\n", lv ? lv : "warning(default)",
					      str(json_array_get(res, k), "ruleId"),
					      str(json_array_get(res, k), "message/text") ?
					      str(json_array_get(res, k), "message/text") : "(see log)");
			}
		}
		ck_assert_msg(bad == 0, "%s: %zu validator errors/warnings:\n%.2000s%.200s", files[i], bad, strbuf_str(&why),
			      strbuf_str(&o));
		fprintf(stderr, "test_sarif: sarif-multitool validate %s: 0 errors, 0 warnings\n", files[i]);
		json_decref(log);
		strbuf_free(&why);
		strbuf_free(&o);
		strbuf_free(&cmd);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("sarif");
	TCase *tc = tcase_create("e2e");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, sarif_findings);
	tcase_add_test(tc, fingerprints_survive_line_shifts);
	tcase_add_test(tc, sarif_clean_and_parse_error);
	tcase_add_test(tc, json_format);
	tcase_add_test(tc, sarif_multitool_validates);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
