/* The pre-commit integration: Debian's pre-commit runs this repository's
 * hook (.pre-commit-hooks.yaml's entry, as a local hook since there is no
 * network) in a temporary git repository; a commit that adds a violation is
 * refused with the finding shown and a clean commit passes.  Also the plain
 * git hook of `ddicheck install-hook`, and --help against the man page. */
#include "../data/ci/e2e.h"

static int have(const char *tool)
{
	strbuf c = STRBUF_INIT;
	strbuf_printf(&c, "command -v %s >/dev/null", tool);
	int ok = system(strbuf_str(&c)) == 0;
	strbuf_free(&c);
	return ok;
}

static void git_repo(void)
{
	ck_assert_int_eq(sh(NULL, "git init -q . && git config user.email t@example.invalid && "
				 "git config user.name t && git config commit.gpgsign false", 1), 0);
	write_file("drv/ok.c", "int helper(int x) { return x + 1; }\n");
	write_file("drv/.ddicheck.yaml", "sources: [.]\n");
}

/* The hook's entry from .pre-commit-hooks.yaml, with our binary's directory on PATH. */
START_TEST(pre_commit_framework)
{
	if (!have("pre-commit")) {
		const char *ci = getenv("CI");
		ck_assert_msg(!(ci && strcmp(ci, "true") == 0), "CI=true but pre-commit is not installed");
		fprintf(stderr, "test_precommit: SKIPPED: pre-commit is not installed (apt-get install pre-commit)\n");
		return;
	}
	git_repo();
	strbuf hooks = STRBUF_INIT, cfg = STRBUF_INIT, o = STRBUF_INIT;
	ck_assert_int_eq(read_file(&hooks, DDICHECK_SOURCE_DIR "/.pre-commit-hooks.yaml"), 0);
	const char *entry = strstr(strbuf_str(&hooks), "entry: ");
	ck_assert_ptr_nonnull(entry);
	strbuf_printf(&cfg, "repos:\n  - repo: local\n    hooks:\n      - id: ddicheck\n        name: ddicheck\n"
			    "        language: system\n        files: '\\.(c|h)$'\n        require_serial: true\n"
			    "        %.*s\n", (int)strcspn(entry, "\n"), entry);
	write_file(".pre-commit-config.yaml", strbuf_str(&cfg));
	ck_assert_int_eq(sh(&o, "git add -A && git commit -q -m init --no-verify", 1), 0);
	strbuf_reset(&o);
	ck_assert_int_eq(sh(&o, "pre-commit install", 1), 0);
	/* PATH: the built ddicheck */
	strbuf env = STRBUF_INIT;
	const char *bin = DDICHECK_BIN;
	strbuf_printf(&env, "export PATH='%.*s':$PATH XDG_CACHE_HOME=$PWD/.xdg PRE_COMMIT_HOME=$PWD/.pch; ",
		      (int)(strrchr(bin, '/') - bin), bin);
	/* a clean change passes */
	write_file("drv/ok.c", "int helper(int x) { return x + 2; }\n");
	strbuf_reset(&o);
	strbuf cmd = STRBUF_INIT;
	strbuf_printf(&cmd, "%s git add -A && git commit -q -m clean", strbuf_str(&env));
	ck_assert_msg(sh(&o, strbuf_str(&cmd), 1) == 0, "%s", strbuf_str(&o));
	/* a violation in another file of the driver is refused, showing the finding */
	copy_data(DDICHECK_TEST_DATA "/ci/driver_bad.c", "drv/bad.c");
	strbuf_reset(&o);
	strbuf_reset(&cmd);
	strbuf_printf(&cmd, "%s git add -A && git commit -q -m bad", strbuf_str(&env));
	ck_assert_int_ne(sh(&o, strbuf_str(&cmd), 1), 0);
	ASSERT_CONTAINS(&o, "[Irql_IM_Function]");
	/* the whole driver: changing only ok.c still reports bad.c's violation */
	ck_assert_int_eq(sh(NULL, "git commit -q --no-verify -m forced", 1), 0);
	write_file("drv/ok.c", "int helper(int x) { return x + 3; }\n");
	strbuf_reset(&o);
	ck_assert_int_ne(sh(&o, strbuf_str(&cmd), 1), 0);
	ASSERT_CONTAINS(&o, "drv/bad.c:13:2: error: [Irql_IM_Function]");
	strbuf_free(&hooks);
	strbuf_free(&cfg);
	strbuf_free(&o);
	strbuf_free(&env);
	strbuf_free(&cmd);
}
END_TEST

START_TEST(install_hook)
{
	git_repo();
	strbuf o = STRBUF_INIT;
	ck_assert_int_eq(sh(&o, "'" DDICHECK_BIN "' install-hook", 1), 0);
	ASSERT_CONTAINS(&o, "installed");
	ck_assert_int_eq(sh(NULL, "'" DDICHECK_BIN "' install-hook", 1), 2);   /* exists: needs --force */
	ck_assert_int_eq(sh(NULL, "'" DDICHECK_BIN "' install-hook --force", 1), 0);
	ck_assert_int_eq(sh(NULL, "git add -A && XDG_CACHE_HOME=$PWD/.xdg git commit -q -m ok", 1), 0);
	copy_data(DDICHECK_TEST_DATA "/ci/driver_bad.c", "drv/bad.c");
	strbuf_reset(&o);
	ck_assert_int_ne(sh(&o, "git add -A && XDG_CACHE_HOME=$PWD/.xdg git commit -q -m bad", 1), 0);
	ASSERT_CONTAINS(&o, "[Irql_IM_Function]");
	strbuf_free(&o);
}
END_TEST

/* Every long option of --help is in docs/ddicheck.1 and the reverse. */
START_TEST(help_matches_man_page)
{
	strbuf help = STRBUF_INIT, man = STRBUF_INIT;
	ck_assert_int_eq(run(&help, "--help", 1), 0);
	ck_assert_int_eq(read_file(&man, DDICHECK_SOURCE_DIR "/docs/ddicheck.1"), 0);
	for (int pass = 0; pass < 2; pass++) {
		const char *text = strbuf_str(pass ? &man : &help);
		for (const char *p = text; (p = strstr(p, pass ? "\\-\\-" : "--")); ) {
			p += pass ? 4 : 2;
			char opt[64];
			size_t n = 0;
			while (n < sizeof(opt) - 1 && ((*p >= 'a' && *p <= 'z') || (*p == '-' && p[1] != '-') || (*p == '\\' && p[1] == '-'))) {
				if (*p == '\\')
					p++;
				opt[n++] = *p++;
			}
			opt[n] = '\0';
			if (n < 2)
				continue;
			char want[80];
			if (pass) {
				snprintf(want, sizeof(want), "--%s", opt);
				ck_assert_msg(strstr(strbuf_str(&help), want), "man page option %s is not in --help", want);
			} else {
				strbuf esc = STRBUF_INIT;
				strbuf_puts(&esc, "\\-\\-");
				for (const char *q = opt; *q; q++)
					strbuf_puts(&esc, *q == '-' ? "\\-" : (char[]){ *q, 0 });
				ck_assert_msg(strstr(strbuf_str(&man), strbuf_str(&esc)), "--help option --%s is not in the man page", opt);
				strbuf_free(&esc);
			}
		}
	}
	strbuf_free(&help);
	strbuf_free(&man);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("precommit");
	TCase *tc = tcase_create("e2e");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, pre_commit_framework);
	tcase_add_test(tc, install_hook);
	tcase_add_test(tc, help_matches_man_page);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
