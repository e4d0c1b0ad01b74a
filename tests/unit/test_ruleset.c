/* Rule files: the bundled rules load; malformed files are refused with a
 * message naming file and line. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rules/ruleset.h"

static char tmpdir[64];

static void make_dir(void)
{
	strcpy(tmpdir, "/tmp/ddicheck-ruleset-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void write_file(const char *name, const char *text)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", tmpdir, name);
	FILE *f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

static void remove_dir(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	ck_assert_int_eq(system(cmd), 0);
}

static const char handles[] =
	"handles:\n"
	"  - kind: h\n"
	"    producers:\n"
	"      - { function: MakeH, out: 1, status: return, success: 0 }\n"
	"    destroyers:\n"
	"      - { function: FreeH, param: 0 }\n";

/* Loads a rule file text next to a valid handles.yaml; returns the error. */
static int load_rule_text(const char *text, char *err, size_t errsize)
{
	make_dir();
	write_file("handles.yaml", handles);
	write_file("r.yaml", text);
	ruleset *rs = NULL;
	int rc = ruleset_load(&rs, tmpdir, NULL, err, errsize);
	ruleset_free(rs);
	remove_dir();
	return rc;
}

START_TEST(bundled_rules_load_without_kb_names)
{
	/* Names of parameters need the KB; numbers do not.  A small valid set: */
	char err[512] = "";
	int rc = load_rule_text("id: R\nseverity: error\nsummary: s\nchecks:\n"
				"  - kind: handle\n    functions: [UseH]\n"
				"    arguments:\n      - { param: 0, handle: h }\n", err, sizeof(err));
	ck_assert_msg(rc == 0, "%s", err);
}
END_TEST

START_TEST(resolved_fields)
{
	char err[512];
	make_dir();
	write_file("handles.yaml", handles);
	write_file("effects.yaml", "effects:\n  - { function: Lock, raise: DISPATCH_LEVEL, save: \"*arg0.Old\" }\n"
				   "  - { function: Unlock, restore: \"*arg0.Old\" }\n");
	write_file("r.yaml", "id: R\nseverity: warning\nsummary: s\nchecks:\n"
			     "  - kind: caller\n    functions: [F]\n    allowed-roles: [DRIVER_INITIALIZE]\n");
	ruleset *rs = NULL;
	ck_assert_msg(ruleset_load(&rs, tmpdir, NULL, err, sizeof(err)) == 0, "%s", err);
	const rule *r = ruleset_rule(rs, "R");
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(r->severity, FINDING_WARNING);
	ck_assert_int_eq(r->checks[0].kind, RULE_CHECK_CALLER);
	ck_assert_str_eq(r->checks[0].allowed_roles[0], "DRIVER_INITIALIZE");
	const rule_irql_effect *e = ruleset_effect(rs, "Lock");
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(e->raise, 2);
	ck_assert_int_eq(e->save.kind, RULE_WHERE_DEREF);
	ck_assert_int_eq(e->save.arg, 0);
	ck_assert_str_eq(e->save.field, "Old");
	ck_assert_int_eq(ruleset_effect(rs, "Unlock")->restore.kind, RULE_WHERE_DEREF);
	ck_assert_int_eq(rs->handles[0].producers[0].out, 1);
	ck_assert_int_eq(rs->handles[0].producers[0].status, -1);
	ruleset_free(rs);
	remove_dir();
}
END_TEST

static void expect_error(const char *text, const char *want)
{
	char err[512] = "";
	int rc = load_rule_text(text, err, sizeof(err));
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(strstr(err, want) != NULL, "error '%s' lacks '%s'", err, want);
}

/* roles.yaml: a passive-level condition needs both its field and value, and
 * such a role may leave its IRQL to the KB. */
static int load_roles_text(const char *roles, char *err, size_t errsize, ruleset **out)
{
	make_dir();
	write_file("handles.yaml", handles);
	write_file("roles.yaml", roles);
	write_file("r.yaml", "id: R\nseverity: error\nsummary: s\nchecks:\n"
			     "  - kind: caller\n    functions: [F]\n    allowed-roles: [X]\n");
	int rc = ruleset_load(out, tmpdir, NULL, err, errsize);
	remove_dir();
	return rc;
}

START_TEST(roles_passive_condition)
{
	char err[512] = "";
	ruleset *rs = NULL;
	int rc = load_roles_text("roles:\n  - { role: EVT_Q, passive-field: ExecutionLevel, passive-value: P,"
				 " passive-parents: [MkDev, MkDrv], page: p.md }\n", err, sizeof(err), &rs);
	ck_assert_msg(rc == 0, "%s", err);
	const rule_role *r = ruleset_role(rs, "EVT_Q");
	ck_assert_ptr_nonnull(r);
	ck_assert(!r->has_irql);
	ck_assert_str_eq(r->passive_field, "ExecutionLevel");
	ck_assert_str_eq(r->passive_value, "P");
	ck_assert_uint_eq(r->npassive_parents, 2);
	ck_assert_str_eq(r->passive_parents[1], "MkDrv");
	ruleset_free(rs);
	rs = NULL;
	rc = load_roles_text("roles:\n  - { role: EVT_Q, passive-field: ExecutionLevel, page: p.md }\n",
			     err, sizeof(err), &rs);
	ruleset_free(rs);
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(strstr(err, "roles.yaml:2") && strstr(err, "passive-field and passive-value go together"),
		      "%s", err);
	rs = NULL;
	rc = load_roles_text("roles:\n  - { role: EVT_Q, page: p.md }\n", err, sizeof(err), &rs);
	ruleset_free(rs);
	ck_assert_int_eq(rc, -1);   /* without a condition the IRQL is required */
}
END_TEST

START_TEST(roles_level_by_arg)
{
	char err[512] = "";
	ruleset *rs = NULL;
	/* level-arg by number: the test has no KB to resolve a name */
	int rc = load_roles_text("roles:\n  - role: EVT_P\n    registered-by: Assign\n    level-arg: 2\n"
				 "    level-by-arg: { MJ_CLOSE: PASSIVE_LEVEL, MJ_POWER: \"<= DISPATCH_LEVEL\" }\n"
				 "    page: p.md\n", err, sizeof(err), &rs);
	ck_assert_msg(rc == 0, "%s", err);
	const rule_role *r = ruleset_role(rs, "EVT_P");
	ck_assert_ptr_nonnull(r);
	ck_assert(!r->has_irql);
	ck_assert_str_eq(r->level_function, "Assign");
	ck_assert_int_eq(r->level_arg, 2);
	ck_assert_uint_eq(r->nlevels, 2);
	ck_assert_str_eq(r->level_names[1], "MJ_POWER");
	ck_assert(irql_equal(r->level_levels[0], irql_exact(IRQL_PASSIVE)));
	ck_assert(irql_equal(r->level_levels[1], irql_make(IRQL_PASSIVE, IRQL_DISPATCH)));
	ruleset_free(rs);
	rs = NULL;
	rc = load_roles_text("roles:\n  - { role: EVT_P, registered-by: Assign, level-arg: 2, page: p.md }\n",
			     err, sizeof(err), &rs);
	ruleset_free(rs);
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(strstr(err, "roles.yaml:2") && strstr(err, "go together"), "%s", err);
	rs = NULL;
	rc = load_roles_text("roles:\n  - role: EVT_P\n    registered-by: Assign\n    level-arg: 2\n"
			     "    level-by-arg: { MJ_CLOSE: SOMETIMES }\n    page: p.md\n", err, sizeof(err), &rs);
	ruleset_free(rs);
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(strstr(err, "roles.yaml:5") && strstr(err, "'SOMETIMES' is not an IRQL"), "%s", err);
}
END_TEST

START_TEST(malformed_yaml)
{
	expect_error("id: R\nseverity: [error\n", "r.yaml:");
}
END_TEST

START_TEST(unknown_key)
{
	expect_error("id: R\nseverity: error\nsummary: s\nbogus: 1\nchecks:\n  - kind: caller\n"
		     "    functions: [F]\n    allowed-roles: [X]\n", "r.yaml:4: unknown key 'bogus'");
}
END_TEST

START_TEST(bad_severity)
{
	expect_error("id: R\nseverity: fatal\nsummary: s\nchecks:\n  - kind: caller\n"
		     "    functions: [F]\n    allowed-roles: [X]\n", "r.yaml:2: severity must be");
}
END_TEST

START_TEST(missing_checks)
{
	expect_error("id: R\nseverity: error\nsummary: s\n", "r.yaml:1: rule R: 'checks'");
}
END_TEST

START_TEST(unknown_check_kind)
{
	expect_error("id: R\nseverity: error\nsummary: s\nchecks:\n  - kind: magic\n    functions: [F]\n",
		     "r.yaml:5: unknown check kind 'magic'");
}
END_TEST

START_TEST(unknown_handle_kind)
{
	expect_error("id: R\nseverity: error\nsummary: s\nchecks:\n  - kind: handle\n    functions: [F]\n"
		     "    arguments:\n      - { param: 0, handle: nope }\n", "unknown handle kind 'nope'");
}
END_TEST

START_TEST(param_name_without_kb)
{
	expect_error("id: R\nseverity: error\nsummary: s\nchecks:\n  - kind: handle\n    functions: [F]\n"
		     "    arguments:\n      - { param: DriverHandle, handle: h }\n", "F has no parameter 'DriverHandle'");
}
END_TEST

START_TEST(missing_directory)
{
	char err[256];
	ruleset *rs = NULL;
	ck_assert_int_eq(ruleset_load(&rs, "/nonexistent/ddicheck-rules", NULL, err, sizeof(err)), -1);
	ck_assert(strstr(err, "/nonexistent/ddicheck-rules") != NULL);
	ck_assert_ptr_null(rs);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("ruleset");
	TCase *tc = tcase_create("load");
	tcase_add_test(tc, bundled_rules_load_without_kb_names);
	tcase_add_test(tc, resolved_fields);
	tcase_add_test(tc, malformed_yaml);
	tcase_add_test(tc, unknown_key);
	tcase_add_test(tc, bad_severity);
	tcase_add_test(tc, missing_checks);
	tcase_add_test(tc, unknown_check_kind);
	tcase_add_test(tc, unknown_handle_kind);
	tcase_add_test(tc, param_name_without_kb);
	tcase_add_test(tc, missing_directory);
	tcase_add_test(tc, roles_passive_condition);
	tcase_add_test(tc, roles_level_by_arg);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
