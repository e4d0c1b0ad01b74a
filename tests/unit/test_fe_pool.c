/* Parallel extraction (frontend/fe_pool) and shared leading includes
 * (fe_pch_* in frontend/): the facts of every TU, dumped, must be the same
 * bytes whatever the number of workers and with or without precompiled
 * headers, in input order; groups are formed from identical leading
 * #include blocks only; a header that cannot be shared (no include guard)
 * falls back to plain parsing; temporary files are removed. */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "facts/facts_dump.h"
#include "frontend/fe_pool.h"

#define MODEL DDICHECK_RULES_DIR "/include"

typedef struct project {
	char dir[256];
	char tmp[300];           /* TMPDIR for the PCH files */
	fe_input *in;
	size_t n;
} project;

static void put(const char *dir, const char *name, const char *text)
{
	char p[512];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	ck_assert_int_eq(fclose(f), 0);
}

static const char common_h[] =
	"#ifndef COMMON_H\n#define COMMON_H\n#include <wdm.h>\n"
	"typedef struct CTX { KSPIN_LOCK Lock; KIRQL Old; int Count; } CTX;\n"
	"static __inline void CtxLock(CTX *c) { KeAcquireSpinLock(&c->Lock, &c->Old); }\n"
	"static __inline void CtxUnlock(CTX *c) { KeReleaseSpinLock(&c->Lock, c->Old); }\n"
	"#define CTX_LIMIT 8\n#endif\n";

/* defines a struct and has no include guard: included twice it is an error */
static const char noguard_h[] = "struct NG { int x; };\nstatic int NgValue(void) { return 1; }\n";

static const char body_fmt[] =
	"void Work%d(CTX *c)\n{\n\tCtxLock(c);\n\tif (c->Count < CTX_LIMIT)\n\t\tc->Count += %d;\n"
	"\tCtxUnlock(c);\n}\n";

static void add_input(project *p, const char *file, bool absolute)
{
	fe_input *e = &p->in[p->n++];
	memset(e, 0, sizeof(*e));
	char path[512];
	snprintf(path, sizeof path, "%s/%s", p->dir, file);
	if (absolute) {
		e->file = strdup(path);
	} else {
		e->file = strdup(file);
		e->directory = strdup(p->dir);
	}
	e->args = calloc(1, sizeof(char *));
}

static void project_make(project *p)
{
	char buf[1024];
	memset(p, 0, sizeof(*p));
	snprintf(p->dir, sizeof p->dir, "/tmp/ddicheck-test-fe-pool-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(p->dir));
	snprintf(p->tmp, sizeof p->tmp, "%s/tmp", p->dir);
	ck_assert_int_eq(mkdir(p->tmp, 0700), 0);
	put(p->dir, "common.h", common_h);
	put(p->dir, "noguard.h", noguard_h);
	p->in = calloc(16, sizeof(fe_input));
	/* five TUs sharing "common.h", with comments and blank lines around */
	for (int i = 0; i < 5; i++) {
		char name[32];
		snprintf(name, sizeof name, "s%d.c", i);
		int len = snprintf(buf, sizeof buf, "/* unit %d */\n\n#include \"common.h\" // shared\n", i);
		snprintf(buf + len, sizeof buf - (size_t)len, body_fmt, i, i + 1);
		put(p->dir, name, buf);
		add_input(p, name, i % 2 == 0);
	}
	/* two with another block (model header first) */
	for (int i = 0; i < 2; i++) {
		char name[32];
		snprintf(name, sizeof name, "m%d.c", i);
		int len = snprintf(buf, sizeof buf, "#include <wdm.h>\n#include \"common.h\"\n");
		snprintf(buf + len, sizeof buf - (size_t)len, body_fmt, 10 + i, i);
		put(p->dir, name, buf);
		add_input(p, name, true);
	}
	/* a macro before the includes: no group */
	snprintf(buf, sizeof buf, "#define CTX_EXTRA 1\n#include \"common.h\"\n");
	strcat(buf, "int Extra(void) { return CTX_EXTRA + CTX_LIMIT; }\n");
	put(p->dir, "d0.c", buf);
	add_input(p, "d0.c", true);
	/* two including an unguarded header: the PCH is refused by its probe */
	for (int i = 0; i < 2; i++) {
		char name[32];
		snprintf(name, sizeof name, "n%d.c", i);
		snprintf(buf, sizeof buf, "#include \"noguard.h\"\nint N%d(void) { struct NG g = { %d }; return g.x + NgValue(); }\n", i, i);
		put(p->dir, name, buf);
		add_input(p, name, true);
	}
	/* a parse error after a shared block, and a missing file */
	snprintf(buf, sizeof buf, "#include \"common.h\"\nvoid Broken(CTX *c) { c->Nope = 1; }\n");
	put(p->dir, "e0.c", buf);
	add_input(p, "e0.c", true);
	add_input(p, "missing.c", true);
}

static void project_free(project *p)
{
	char cmd[700];
	fe_inputs_free(p->in, p->n);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", p->dir);
	ck_assert_int_eq(system(cmd), 0);
}

static bool dir_empty(const char *d)
{
	DIR *dir = opendir(d);
	ck_assert_ptr_nonnull(dir);
	struct dirent *e;
	bool empty = true;
	while ((e = readdir(dir)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			empty = false;
	closedir(dir);
	return empty;
}

/* All TUs dumped in order; the caller frees the text. */
static char *dump_all(fx_tu **tus, size_t n)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	for (size_t i = 0; i < n; i++) {
		ck_assert_ptr_nonnull(tus[i]);
		fx_dump_tu(f, tus[i]);
		fx_tu_free(tus[i]);
		tus[i] = NULL;
	}
	fclose(f);
	return text;
}

static char *reference(const project *p, const fe_config *cfg)
{
	fx_tu *tus[16];
	fe_session *s = fe_session_new(cfg);
	for (size_t i = 0; i < p->n; i++)
		ck_assert_int_eq(fe_extract(s, &p->in[i], &tus[i]), 0);
	fe_session_free(s);
	return dump_all(tus, p->n);
}

START_TEST(same_facts_any_workers_with_and_without_pch)
{
	project p;
	project_make(&p);
	setenv("TMPDIR", p.tmp, 1);
	fe_config cfg = { MODEL, NULL, 0 };
	char *ref = reference(&p, &cfg);
	/* the reference saw what we meant to build */
	ck_assert_ptr_nonnull(strstr(ref, "CtxLock"));
	ck_assert_ptr_nonnull(strstr(ref, "Nope"));
	ck_assert_ptr_nonnull(strstr(ref, "cannot read"));
	const unsigned jobs[] = { 1, 2, 3, 8, 0 };
	for (size_t j = 0; j < sizeof jobs / sizeof jobs[0]; j++)
		for (int share = 0; share < 2; share++) {
			fx_tu *tus[16];
			fe_pool_options o = { .jobs = jobs[j], .share_headers = share };
			ck_assert_int_eq(fe_extract_all(tus, &cfg, p.in, p.n, &o), 0);
			char *got = dump_all(tus, p.n);
			ck_assert_msg(strcmp(got, ref) == 0, "facts differ with -j %u share=%d", jobs[j], share);
			free(got);
			ck_assert(dir_empty(p.tmp));
		}
	free(ref);
	unsetenv("TMPDIR");
	project_free(&p);
}
END_TEST

START_TEST(groups_and_fallback)
{
	project p;
	project_make(&p);
	setenv("TMPDIR", p.tmp, 1);
	fe_config cfg = { MODEL, NULL, 0 };
	fe_pch_set *set = NULL;
	ck_assert_int_eq(fe_pch_plan(&set, p.in, p.n), 0);
	/* s0 s2 s4 e0 (absolute paths, one block), s1 s3 (relative to their
	   compile directory: another working directory), m*.c, n*.c; d0.c and
	   the missing file are in no group */
	ck_assert_uint_eq(fe_pch_count(set), 4);
	fe_session *s = fe_session_new(&cfg);
	for (size_t k = 0; k < fe_pch_count(set); k++)
		ck_assert_int_eq(fe_pch_build(s, set, k), 0);
	ck_assert_int_eq(fe_pch_build(s, set, 99), -1);
	for (size_t i = 0; i < 5; i++)
		ck_assert_ptr_nonnull(fe_pch_for(set, i));
	ck_assert_str_eq(fe_pch_for(set, 0), fe_pch_for(set, 2));
	ck_assert_str_eq(fe_pch_for(set, 1), fe_pch_for(set, 3));
	ck_assert_str_ne(fe_pch_for(set, 0), fe_pch_for(set, 1));
	ck_assert_ptr_nonnull(fe_pch_for(set, 5));
	ck_assert_str_ne(fe_pch_for(set, 0), fe_pch_for(set, 5));
	ck_assert_ptr_null(fe_pch_for(set, 7));     /* d0.c */
	ck_assert_ptr_null(fe_pch_for(set, 8));     /* noguard: refused */
	ck_assert_ptr_null(fe_pch_for(set, 9));
	ck_assert_ptr_nonnull(fe_pch_for(set, 10)); /* e0.c */
	ck_assert_ptr_null(fe_pch_for(set, 11));    /* missing */
	ck_assert_ptr_null(fe_pch_for(set, 99));
	ck_assert(!dir_empty(p.tmp));
	fe_session_free(s);
	fe_pch_free(set);
	ck_assert(dir_empty(p.tmp));
	fe_pch_free(NULL);
	unsetenv("TMPDIR");
	project_free(&p);
}
END_TEST

START_TEST(empty_input_and_defaults)
{
	fe_config cfg = { MODEL, NULL, 0 };
	fx_tu *none[1] = { NULL };
	ck_assert_int_eq(fe_extract_all(none, &cfg, NULL, 0, NULL), 0);
	ck_assert_uint_ge(fe_pool_default_jobs(), 1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fe_pool");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, same_facts_any_workers_with_and_without_pch);
	tcase_add_test(tc, groups_and_fallback);
	tcase_add_test(tc, empty_input_and_defaults);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
