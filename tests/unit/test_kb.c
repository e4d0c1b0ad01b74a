/* Tests of the KB loader (kb_load and lookups): a small hand-written KB in
 * tests/data/kb/mini, damaged copies of it (each error must name file and
 * line), and the committed rules/kb. */
/* nftw is an XSI interface */
#define _XOPEN_SOURCE 700
#include <check.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kb/kb.h"

#define MINI DDICHECK_TEST_DATA "/kb/mini"

static const char *const kb_files[] = { "functions.tsv", "callbacks.tsv", "params.tsv", "structs.tsv",
					"fields.tsv", "roletypes.tsv", "enums.tsv", "enumerators.tsv",
					"rules.tsv" };

static int rm_one(const char *p, const struct stat *st, int flag, struct FTW *f)
{
	(void)st; (void)flag; (void)f;
	return remove(p);
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Copies the mini KB into a temp dir, replacing FILE's text by REPLACEMENT
 * (NULL: leave FILE out). */
static char *mini_with(const char *file, const char *replacement)
{
	char *dir = strdup("/tmp/ddikb-load.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	for (size_t i = 0; i < sizeof(kb_files) / sizeof(kb_files[0]); i++) {
		char src[512], dst[512];
		snprintf(src, sizeof(src), "%s/%s", MINI, kb_files[i]);
		snprintf(dst, sizeof(dst), "%s/%s", dir, kb_files[i]);
		bool target = strcmp(kb_files[i], file) == 0;
		if (target && !replacement)
			continue;
		char *text = target ? strdup(replacement) : slurp(src);
		FILE *f = fopen(dst, "wb");
		ck_assert_ptr_nonnull(f);
		fputs(text, f);
		fclose(f);
		free(text);
	}
	return dir;
}

static void expect_error(const char *file, const char *text, const char *want)
{
	char *dir = mini_with(file, text);
	kb *k = (kb *)1;
	char err[512] = "";
	ck_assert_int_eq(kb_load(&k, dir, err, sizeof(err)), -1);
	ck_assert_ptr_null(k);
	char expect[768];
	snprintf(expect, sizeof(expect), "%s/%s", dir, want);
	ck_assert_msg(strstr(err, expect) == err, "error \"%s\", expected it to start \"%s\"", err, expect);
	nftw(dir, rm_one, 8, FTW_DEPTH | FTW_PHYS);
	free(dir);
}

START_TEST(mini_lookups)
{
	kb *k = NULL;
	char err[512] = "";
	ck_assert_msg(kb_load(&k, MINI, err, sizeof(err)) == 0, "%s", err);
	const kb_entry *e = kb_function(k, "AFunc");
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(e->kind, KB_FUNCTION);
	ck_assert_str_eq(e->header, "a.h");
	ck_assert(e->irql.known);
	ck_assert(irql_equal(e->irql.range, irql_make(IRQL_PASSIVE, IRQL_DISPATCH)));
	ck_assert_str_eq(e->irql.raw, "<= DISPATCH_LEVEL");
	ck_assert_uint_eq(e->nrules, 2);
	ck_assert_str_eq(e->rules[1], "RuleB");
	ck_assert_str_eq(e->ret, "VOID");
	ck_assert_uint_eq(e->nparams, 2);
	ck_assert_int_eq(e->params[1].dir, KB_DIR_OUT);
	ck_assert(e->params[1].optional);
	ck_assert_str_eq(e->params[1].type, "PKIRQL");
	ck_assert_str_eq(e->page, "ddi/a/nf-a-afunc.md");

	e = kb_function(k, "BFunc");
	ck_assert(e && !e->irql.known && !e->ret && e->nparams == 0);
	e = kb_function(k, "CFunc");
	ck_assert(e && !e->header);
	ck_assert_str_eq(e->irql.raw, "-");          /* an escaped literal dash */
	ck_assert_int_eq(e->params[0].dir, KB_DIR_INOUT);
	ck_assert_ptr_null(e->params[0].type);
	ck_assert_ptr_null(kb_function(k, "A_CALLBACK"));   /* kinds are apart */
	ck_assert_ptr_null(kb_function(k, "Nope"));

	e = kb_callback(k, "EVT_A_EVENT");
	ck_assert(e && irql_equal(e->irql.range, IRQL_ANY));

	const kb_field *f = kb_struct_field(k, "_A_CHARS", "CallbackHandler");
	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(f->structname, "A_CHARS");
	ck_assert_str_eq(f->role, "A_CALLBACK");
	ck_assert_ptr_eq(kb_struct_field(k, "A_CHARS", "CallbackHandler"), f);
	ck_assert_ptr_null(kb_struct_field(k, "A_CHARS", "Size")->role);
	ck_assert_ptr_null(kb_struct_field(k, "A_CHARS", "Missing"));
	ck_assert_ptr_nonnull(kb_struct(k, "_A_CHARS"));
	ck_assert_str_eq(kb_struct(k, "_A_CHARS")->name, "A_CHARS");
	ck_assert_int_eq(kb_struct(k, "A_CHARS")->kind, KB_STRUCT);
	ck_assert_ptr_null(kb_struct(k, "PA_CHARS"));
	ck_assert_str_eq(kb_enum(k, "_A_KIND")->name, "A_KIND");
	ck_assert_ptr_null(kb_enum(k, "A_CHARS"));

	ck_assert_str_eq(kb_role_of_type(k, "ODD_HANDLER_EX"), "A_CALLBACK");      /* table */
	ck_assert_str_eq(kb_role_of_type(k, "PA_CALLBACK"), "A_CALLBACK");         /* PX */
	ck_assert_str_eq(kb_role_of_type(k, "PA_CALLBACK_HANDLER"), "A_CALLBACK"); /* PX_HANDLER */
	ck_assert_str_eq(kb_role_of_type(k, "A_CALLBACK"), "A_CALLBACK");
	ck_assert_str_eq(kb_role_of_type(k, "PFN_A_EVENT"), "EVT_A_EVENT");        /* WDF */
	ck_assert_ptr_null(kb_role_of_type(k, "ULONG"));
	ck_assert_ptr_null(kb_role_of_type(k, "PULONG"));

	const kb_entry **v;
	ck_assert_uint_eq(kb_functions_for_rule(k, "RuleA", &v), 2);
	ck_assert_str_eq(v[0]->name, "AFunc");
	ck_assert_str_eq(v[1]->name, "BFunc");
	ck_assert_uint_eq(kb_functions_for_rule(k, "RuleC", &v), 0);
	ck_assert_ptr_null(v);
	ck_assert_uint_eq(kb_entries(k, KB_FUNCTION, &v), 3);
	ck_assert_str_eq(v[2]->name, "CFunc");
	ck_assert_uint_eq(kb_entries(k, KB_CALLBACK, &v), 2);
	ck_assert_uint_eq(kb_entries(k, KB_STRUCT, &v), 1);
	ck_assert_uint_eq(kb_entries(k, KB_ENUM, &v), 1);
	ck_assert_str_eq(v[0]->name, "A_KIND");
	kb_free(k);
	kb_free(NULL);
}
END_TEST

START_TEST(load_errors)
{
	expect_error("functions.tsv", NULL, "functions.tsv: cannot open");
	expect_error("functions.tsv", "", "functions.tsv:1: empty file");
	expect_error("callbacks.tsv", "# ddicheck-kb callbacks 2\n", "callbacks.tsv:1: not a KB file");
	expect_error("functions.tsv", "# ddicheck-kb functions 1\n# cols\nF\ta.h\tPASSIVE_LEVEL\tx\n",
		     "functions.tsv:3: 4 cells, expected 7");
	expect_error("functions.tsv", "# ddicheck-kb functions 1\n\nF\ta.h\tLOW..\tx\t-\t-\tp\n",
		     "functions.tsv:3: bad IRQL");
	expect_error("functions.tsv", "# ddicheck-kb functions 1\nF\t-\t?\t\\q\t-\t-\tp\n",
		     "functions.tsv:2: bad escape");
	expect_error("functions.tsv", "# ddicheck-kb functions 1\nF\t-\t?\t\t-\t-\tp\nF\t-\t?\t\t-\t-\tp\n",
		     "functions.tsv:3: F defined twice");
	expect_error("params.tsv", "# ddicheck-kb params 1\nfunction\tAFunc\t2\tX\tin\t-\t-\n",
		     "params.tsv:2: parameter index 2 of AFunc out of order");
	expect_error("params.tsv", "# ddicheck-kb params 1\nfunction\tZFunc\t1\tX\tin\t-\t-\n",
		     "params.tsv:2: parameter of unknown function ZFunc");
	expect_error("params.tsv", "# ddicheck-kb params 1\nmacro\tAFunc\t1\tX\tin\t-\t-\n",
		     "params.tsv:2: kind must be");
	expect_error("params.tsv", "# ddicheck-kb params 1\nfunction\tAFunc\t1\tX\tsideways\t-\t-\n",
		     "params.tsv:2: direction must be");
	expect_error("params.tsv",
		     "# ddicheck-kb params 1\nfunction\tAFunc\t1\tX\tin\t-\t-\nfunction\tCFunc\t1\tX\tin\t-\t-\n"
		     "function\tAFunc\t2\tY\tin\t-\t-\n",
		     "params.tsv:4: parameters of AFunc are not on consecutive lines");
	expect_error("fields.tsv", "# ddicheck-kb fields 1\nB_CHARS\t1\tX\tULONG\t-\t-\n",
		     "fields.tsv:2: field of unknown structure B_CHARS");
	expect_error("fields.tsv", "# ddicheck-kb fields 1\nA_CHARS\t1\tX\tX_HANDLER\tNO_SUCH\ttype\n",
		     "fields.tsv:2: role NO_SUCH is not a known callback");
	expect_error("roletypes.tsv", "# ddicheck-kb roletypes 1\nT\tNO_SUCH\n",
		     "roletypes.tsv:2: role NO_SUCH");
	expect_error("rules.tsv", "# ddicheck-kb rules 1\nRuleB\tBFunc\tpage\t-\n",
		     "rules.tsv:2: rule link RuleB -> BFunc does not match");
	expect_error("enumerators.tsv", "# ddicheck-kb enumerators 1\nB_KIND\t1\tX\t0\t-\n",
		     "enumerators.tsv:2: enumerator of unknown enumeration");
}
END_TEST

START_TEST(committed_kb)
{
	char path[512];
	struct stat st;
	snprintf(path, sizeof(path), "%s/kb/functions.tsv", DDICHECK_RULES_DIR);
	ck_assert_msg(stat(path, &st) == 0, "%s missing: the KB is committed", path);
	kb *k = NULL;
	char err[512] = "";
	ck_assert_msg(kb_load(&k, DDICHECK_RULES_DIR "/kb", err, sizeof(err)) == 0, "%s", err);
	const kb_entry *e = kb_function(k, "NdisIMAssociateMiniport");
	ck_assert(e && e->irql.known && irql_equal(e->irql.range, irql_exact(IRQL_PASSIVE)));
	ck_assert_str_eq(kb_role_of_type(k, "MINIPORT_INITIALIZE_HANDLER"), "MINIPORT_INITIALIZE");
	ck_assert_str_eq(kb_role_of_type(k, "PKDEFERRED_ROUTINE"), "KDEFERRED_ROUTINE");
	ck_assert_str_eq(kb_role_of_type(k, "BIND_HANDLER_EX"), "PROTOCOL_BIND_ADAPTER_EX");
	ck_assert_str_eq(kb_role_of_type(k, "MINIPORT_DRIVER_UNLOAD"), "MINIPORT_UNLOAD");
	ck_assert_str_eq(kb_role_of_type(k, "PFN_WDF_DRIVER_DEVICE_ADD"), "EVT_WDF_DRIVER_DEVICE_ADD");
	ck_assert_str_eq(kb_role_of_type(k, "PDRIVER_DISPATCH"), "DRIVER_DISPATCH");
	ck_assert_ptr_null(kb_role_of_type(k, "NDIS_HANDLE"));
	ck_assert_str_eq(kb_struct(k, "_NDIS_MINIPORT_DRIVER_CHARACTERISTICS")->name,
			 "NDIS_MINIPORT_DRIVER_CHARACTERISTICS");
	ck_assert_str_eq(kb_struct(k, "_NDIS_MINIPORT_DRIVER_CHARACTERISTICS")->page,
			 "ddi/ndis/ns-ndis-_ndis_miniport_driver_characteristics.md");
	const kb_entry **v;
	size_t n = kb_entries(k, KB_FUNCTION, &v);
	ck_assert_uint_gt(n, 2000);
	for (size_t i = 1; i < n; i++)
		ck_assert_msg(strcmp(v[i - 1]->name, v[i]->name) < 0, "%s before %s", v[i - 1]->name, v[i]->name);
	ck_assert_uint_gt(kb_entries(k, KB_CALLBACK, &v), 400);
	kb_free(k);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("kb");
	TCase *t = tcase_create("load");
	tcase_add_test(t, mini_lookups);
	tcase_add_test(t, load_errors);
	tcase_add_test(t, committed_kb);
	suite_add_tcase(s, t);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
