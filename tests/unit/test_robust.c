/* Bad input, faults and hostile repositories, end to end (docs/robustness.md
 * lists each case with its message and exit status; this suite checks
 * both).  Runs the real binary (DDICHECK_BIN) in a temporary directory. */
#define _GNU_SOURCE   /* memmem */
#include <check.h>
#include <errno.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/strbuf.h"

#define HARNESS_FLAGS "--color=never --no-cache"
#include "cli_harness.h"

static void sh(const char *fmt, const char *arg)
{
	strbuf cmd = STRBUF_INIT;
	strbuf_printf(&cmd, "cd '%s' && ", tmpdir);
	strbuf_printf(&cmd, fmt, arg);
	ck_assert_msg(system(strbuf_str(&cmd)) == 0, "failed: %s", strbuf_str(&cmd));
	strbuf_free(&cmd);
}

/* A driver with one IRQL defect: NdisIMAssociateMiniport under a spin lock. */
static const char driver_with_finding[] =
	"#include <ndis.h>\n"
	"NDIS_SPIN_LOCK Lock;\n"
	"NDIS_HANDLE DriverHandle, ProtocolHandle;\n"
	"NTSTATUS DriverEntry(PDRIVER_OBJECT Obj, PUNICODE_STRING Path)\n"
	"{\n"
	"\tNdisAcquireSpinLock(&Lock);\n"
	"\tNdisIMAssociateMiniport(DriverHandle, ProtocolHandle);\n"
	"\tNdisReleaseSpinLock(&Lock);\n"
	"\treturn 0;\n"
	"}\n";

static bool exists(const char *name)
{
	char p[512];
	struct stat st;
	snprintf(p, sizeof(p), "%s/%s", tmpdir, name);
	return stat(p, &st) == 0;
}

/* ---- the table of docs/robustness.md ---- */

START_TEST(nonexistent_path)
{
	strbuf o = STRBUF_INIT;
	ck_assert_int_eq(run(&o, "no-such-dir/x.c"), 2);
	ASSERT_CONTAINS(&o, "ddicheck: no-such-dir/x.c: No such file or directory");
	strbuf_free(&o);
}
END_TEST

START_TEST(directory_without_c_files)
{
	strbuf o = STRBUF_INIT;
	sh("mkdir d && echo hi > d/readme.txt", "");
	ck_assert_int_eq(run(&o, "d"), 2);
	ASSERT_CONTAINS(&o, "ddicheck: d: no C source file (*.c) in this directory");
	strbuf_free(&o);
}
END_TEST

START_TEST(unreadable_file)
{
	strbuf o = STRBUF_INIT;
	/* a FIFO named like a source: never opened for reading (it would block) */
	sh("mkfifo pipe.c", "");
	write_file("ok.c", "int ok(void) { return 0; }\n");
	ck_assert_int_eq(run(&o, "pipe.c ok.c"), 3);
	ASSERT_CONTAINS(&o, "ddicheck: pipe.c: could not be parsed; it is not analysed");
	ASSERT_CONTAINS(&o, "cannot read pipe.c: not a regular file");
	if (geteuid() != 0) {   /* root reads whatever the mode says */
		write_file("secret.c", "int s;\n");
		sh("chmod 000 secret.c", "");
		ck_assert_int_eq(run(&o, "secret.c"), 3);
		ASSERT_CONTAINS(&o, "cannot read secret.c: Permission denied");
	}
	strbuf_free(&o);
}
END_TEST

START_TEST(binary_file)
{
	strbuf o = STRBUF_INIT;
	char junk[4096];
	for (size_t i = 0; i < sizeof(junk); i++)
		junk[i] = (char)((i * 7919u + 13u) % 256u);
	write_bytes("blob.c", junk, sizeof(junk));
	ck_assert_int_eq(run(&o, "blob.c"), 3);
	ASSERT_CONTAINS(&o, "ddicheck: blob.c: ");
	ASSERT_CONTAINS(&o, "analysed as far as it parsed");
	ASSERT_CONTAINS(&o, "  blob.c:");
	ASSERT_CONTAINS(&o, ": error: ");
	strbuf_free(&o);
}
END_TEST

START_TEST(non_utf8_source)
{
	strbuf o = STRBUF_INIT;
	/* Latin-1 in a comment and a string is valid C: analysed, clean */
	write_file("latin1.c", "/* caf\xe9 */\nconst char *s = \"na\xefve\";\nint f(void) { return s[0]; }\n");
	ck_assert_int_eq(run(&o, "latin1.c"), 0);
	ck_assert_uint_eq(o.len, 0);
	strbuf_free(&o);
}
END_TEST

START_TEST(fifty_megabyte_source)
{
	strbuf o = STRBUF_INIT;
	/* 50 MB: a driver with a defect after a very long comment block */
	char p[512];
	snprintf(p, sizeof(p), "%s/big.c", tmpdir);
	FILE *f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	fputs(driver_with_finding, f);
	static const char line[] = "// padding padding padding padding padding padding padding padding pad\n";
	for (size_t n = 0; n < 50u * 1024u * 1024u; n += sizeof(line) - 1)
		fputs(line, f);
	fclose(f);
	ck_assert_int_eq(run(&o, "big.c"), 1);
	ASSERT_CONTAINS(&o, "big.c:7:2: error: [Irql_IM_Function]");
	strbuf_free(&o);
}
END_TEST

/* 100,000-deep nesting of expressions and statements: libclang's parser
 * (like clang's) overflows its stack or hits -fbracket-depth; either way the
 * file is reported as not analysed and the others still are. */
static void deep(const char *name, const char *open, const char *mid, const char *close, const char *tail)
{
	strbuf s = STRBUF_INIT;
	strbuf_puts(&s, "int f(int x) { ");
	for (int i = 0; i < 100000; i++)
		strbuf_puts(&s, open);
	strbuf_puts(&s, mid);
	for (int i = 0; close && i < 100000; i++)
		strbuf_puts(&s, close);
	strbuf_puts(&s, tail);
	write_bytes(name, s.buf, s.len);
	strbuf_free(&s);
}

START_TEST(deep_nesting)
{
	strbuf o = STRBUF_INIT;
	write_file("drv.c", driver_with_finding);
	deep("sum.c", "x + ", "x", NULL, "; return x; }\n");           /* left-nested binary operators */
	deep("neg.c", "-", "x", NULL, "; return x; }\n");              /* unary operators */
	deep("paren.c", "(", "x", ")", "; return x; }\n");             /* parentheses */
	deep("ifs.c", "if (x) ", "x++;", NULL, " return x; }\n");     /* statements */
	deep("blocks.c", "{", "x++;", "}", " return x; }\n");          /* compound statements */
	const char *files[] = { "sum.c", "neg.c", "paren.c", "ifs.c", "blocks.c" };
	for (size_t i = 0; i < 5; i++) {
		strbuf args = STRBUF_INIT;
		strbuf_printf(&args, "--max-tu-seconds 60 drv.c %s", files[i]);
		ck_assert_int_eq(run(&o, strbuf_str(&args)), 3);
		strbuf_reset(&args);
		strbuf_printf(&args, "ddicheck: %s: ", files[i]);
		ASSERT_CONTAINS(&o, strbuf_str(&args));
		/* the other file is still analysed: its finding is there */
		ASSERT_CONTAINS(&o, "drv.c:7:2: error: [Irql_IM_Function]");
		strbuf_free(&args);
	}
	/* which of the two a file gets depends on the parser's recursion */
	ck_assert_int_eq(run(&o, "paren.c"), 3);
	ASSERT_CONTAINS(&o, "bracket nesting level exceeded maximum of 256");
	ck_assert_int_eq(run(&o, "sum.c"), 3);
	ASSERT_CONTAINS(&o, "not analysed: the parser crashed (");   /* signal 11, or a sanitizer's exit */
	strbuf_free(&o);
}
END_TEST

START_TEST(nesting_past_the_extraction_limit)
{
	strbuf o = STRBUF_INIT;
	/* 240 nested blocks in 2 nested loops: within clang's limits, past the
	   extraction's 400-deep walk?  Use if-chains, which nest without brackets */
	strbuf s = STRBUF_INIT;
	strbuf_puts(&s, "int f(int x) { ");
	for (int i = 0; i < 1000; i++)
		strbuf_puts(&s, "if (x) ");
	strbuf_puts(&s, "x++; return x; }\n");
	write_bytes("chain.c", s.buf, s.len);
	strbuf_free(&s);
	ck_assert_int_eq(run(&o, "chain.c"), 3);
	ASSERT_CONTAINS(&o, "ddicheck: chain.c: analysed only approximately");
	ASSERT_CONTAINS(&o, "warning: nesting deeper than 400 levels");
	strbuf_free(&o);
}
END_TEST

START_TEST(recursion)
{
	strbuf o = STRBUF_INIT;
	/* mutual recursion and a recursive DriverEntry: terminates, and the
	   defect reached through the recursion is still found */
	write_file("rec.c",
		   "#include <ndis.h>\n"
		   "NDIS_SPIN_LOCK Lock;\n"
		   "NDIS_HANDLE DriverHandle, ProtocolHandle;\n"
		   "static int Odd(int n);\n"
		   "static int Even(int n) { if (n == 0) { NdisIMAssociateMiniport(DriverHandle, ProtocolHandle); return 1; } return Odd(n - 1); }\n"
		   "static int Odd(int n) { return n == 0 ? 0 : Even(n - 1); }\n"
		   "NTSTATUS DriverEntry(PDRIVER_OBJECT Obj, PUNICODE_STRING Path)\n"
		   "{\n"
		   "\tNdisAcquireSpinLock(&Lock);\n"
		   "\tEven(Path->Length);\n"
		   "\tNdisReleaseSpinLock(&Lock);\n"
		   "\tif (Obj)\n"
		   "\t\treturn DriverEntry(NULL, Path);\n"
		   "\treturn 0;\n"
		   "}\n");
	ck_assert_int_eq(run(&o, "rec.c"), 1);
	ASSERT_CONTAINS(&o, "rec.c:5:40: error: [Irql_IM_Function] NdisIMAssociateMiniport called at DISPATCH_LEVEL");
	strbuf_free(&o);
}
END_TEST

START_TEST(knr_definitions)
{
	strbuf o = STRBUF_INIT;
	write_file("knr.c", "int add(a, b) int a; int b; { return a + b; }\n"
			    "int twice(x) int x; { return add(x, x); }\n");
	ck_assert_int_eq(run(&o, "knr.c"), 0);
	ck_assert_uint_eq(o.len, 0);
	strbuf_free(&o);
}
END_TEST

START_TEST(missing_include)
{
	strbuf o = STRBUF_INIT;
	write_file("inc.c", "#include \"nothere.h\"\nint f(void) { return 0; }\n");
	ck_assert_int_eq(run(&o, "inc.c"), 3);
	ASSERT_CONTAINS(&o, "ddicheck: inc.c: 1 parse error; analysed as far as it parsed");
	ASSERT_CONTAINS(&o, "inc.c:1:10: error: 'nothere.h' file not found");
	strbuf_free(&o);
}
END_TEST

START_TEST(syntax_error)
{
	strbuf o = STRBUF_INIT;
	write_file("bad.c", "int f(void) {\n  return 1 +;\n}\n");
	ck_assert_int_eq(run(&o, "bad.c"), 3);
	ASSERT_CONTAINS(&o, "bad.c:2:13: error: expected expression");
	strbuf_free(&o);
}
END_TEST

START_TEST(compilation_databases)
{
	strbuf o = STRBUF_INIT;
	sh("mkdir b1 b2 b3 b4", "");
	write_file("b1/compile_commands.json", "[{\"directory\": \"/tmp\", \"file\": ");
	ck_assert_int_eq(run(&o, "-p b1"), 2);
	ASSERT_CONTAINS(&o, "ddicheck: b1/compile_commands.json:1:");
	ASSERT_CONTAINS(&o, ": malformed compilation database: ");
	write_file("b2/compile_commands.json", "{\"file\": \"a.c\"}\n");
	ck_assert_int_eq(run(&o, "-p b2"), 2);
	ASSERT_CONTAINS(&o, "b2/compile_commands.json: malformed compilation database: expected an array");
	write_file("b3/compile_commands.json", "[{\"directory\": \".\", \"file\": 7}]\n");
	ck_assert_int_eq(run(&o, "-p b3"), 2);
	ASSERT_CONTAINS(&o, "b3/compile_commands.json: malformed compilation database: entry 1 needs");
	strbuf j = STRBUF_INIT;
	strbuf_printf(&j, "[{\"directory\": \"%s\", \"file\": \"gone.c\", \"arguments\": [\"cc\", \"-c\", \"gone.c\"]},"
		      "{\"directory\": \"%s\", \"file\": \"ok.c\", \"arguments\": [\"cc\", \"-c\", \"ok.c\"]}]\n",
		      tmpdir, tmpdir);
	write_file("b4/compile_commands.json", strbuf_str(&j));
	write_file("ok.c", "int ok(void) { return 0; }\n");
	ck_assert_int_eq(run(&o, "-p b4"), 3);
	ASSERT_CONTAINS(&o, "gone.c: No such file or directory");
	ck_assert_int_eq(run(&o, "-p nodir"), 2);
	ASSERT_CONTAINS(&o, "nodir/compile_commands.json: No such file or directory");
	strbuf_free(&j);
	strbuf_free(&o);
}
END_TEST

START_TEST(malformed_rules_and_knowledge_base)
{
	strbuf o = STRBUF_INIT;
	write_file("ok.c", "int ok(void) { return 0; }\n");
	sh("cp -r '%s' rules", DDICHECK_RULES_DIR);
	write_file("rules/Broken.yaml", "id: Broken\nseverity: error\nchecks: [\n");
	ck_assert_int_eq(run(&o, "--rules-dir rules ok.c"), 2);
	ASSERT_CONTAINS(&o, "rules/Broken.yaml:");
	sh("rm rules/Broken.yaml && printf 'name\\tbroken\\n\\x01\\x02' > rules/kb/functions.tsv", "");
	ck_assert_int_eq(run(&o, "--rules-dir rules ok.c"), 2);
	ASSERT_CONTAINS(&o, "rules/kb/functions.tsv");
	strbuf_free(&o);
}
END_TEST

START_TEST(output_cannot_be_written)
{
	strbuf o = STRBUF_INIT;
	write_file("drv.c", driver_with_finding);
	/* a full disk: the file size limit makes every write past 1 KiB fail */
	ck_assert_int_eq(run_in(&o, "trap '' XFSZ; ulimit -f 1;", "--format sarif -o out.sarif drv.c"), 2);
	ASSERT_CONTAINS(&o, "ddicheck: out.sarif: write failed: ");
	ck_assert(!exists("out.sarif"));
	/* no temporary file left behind either */
	sh("test -z \"$(ls -A | grep -v '^drv.c$')\"", "");
	/* a directory that does not exist, or is not a directory */
	ck_assert_int_eq(run(&o, "-o drv.c/out.txt drv.c"), 2);
	ASSERT_CONTAINS(&o, "ddicheck: drv.c/out.txt: write failed: Not a directory");
	if (geteuid() != 0) {
		sh("mkdir ro && chmod 555 ro", "");
		ck_assert_int_eq(run(&o, "-o ro/out.txt drv.c"), 2);
		ASSERT_CONTAINS(&o, "ddicheck: ro/out.txt: write failed: Permission denied");
	}
	strbuf_free(&o);
}
END_TEST

/* ---- hostile repositories ---- */

START_TEST(plugin_arguments_are_dropped)
{
	strbuf o = STRBUF_INIT, j = STRBUF_INIT;
	/* a "plugin" that leaves a mark when loaded */
	write_file("evil.c", "#include <fcntl.h>\n#include <unistd.h>\n"
			     "__attribute__((constructor)) static void pwn(void)\n"
			     "{ int fd = open(\"PWNED\", O_CREAT | O_WRONLY, 0644); if (fd >= 0) close(fd); }\n");
	sh("cc -shared -fPIC -o evil.so evil.c && rm evil.c", "");
	write_file("x.c", "int f(void) { return 0; }\n");
	write_file("rsp", "-fplugin=./evil.so\n");
	sh("mkdir b", "");
	strbuf_printf(&j, "[{\"directory\": \"%s\", \"file\": \"x.c\", \"arguments\": [\"cc\", \"-c\", "
		      "\"-fplugin=./evil.so\", \"-Xclang\", \"-load\", \"-Xclang\", \"./evil.so\", "
		      "\"-fpass-plugin=./evil.so\", \"-Xclang\", \"-plugin\", \"-Xclang\", \"x\", \"@rsp\", "
		      "\"x.c\"]}]\n", tmpdir);
	write_file("b/compile_commands.json", strbuf_str(&j));
	ck_assert_int_eq(run(&o, "-p b"), 0);
	ASSERT_CONTAINS(&o, "warning: compiler argument '-fplugin=./evil.so' dropped: it would load a compiler plugin");
	ASSERT_CONTAINS(&o, "warning: compiler argument '-Xclang -load' dropped");
	ASSERT_CONTAINS(&o, "warning: compiler argument '-fpass-plugin=./evil.so' dropped");
	ASSERT_CONTAINS(&o, "warning: compiler argument '-Xclang -plugin' dropped");
	ck_assert(!exists("PWNED"));
	/* from the command line and the configuration file too */
	write_file(".ddicheck.yaml", "sources: [x.c]\nargs: [-fplugin=./evil.so, --config=rsp]\n");
	ck_assert_int_eq(run(&o, "-- -Xclang -load -Xclang ./evil.so"), 0);
	ASSERT_CONTAINS(&o, "'-fplugin=./evil.so' dropped");
	ASSERT_CONTAINS(&o, "'--config=rsp' dropped: it would read more arguments from a file");
	ASSERT_CONTAINS(&o, "'-Xclang -load' dropped");
	ck_assert(!exists("PWNED"));
	strbuf_free(&j);
	strbuf_free(&o);
}
END_TEST

static json_t *load_json(const char *name)
{
	char p[512];
	json_error_t je;
	snprintf(p, sizeof(p), "%s/%s", tmpdir, name);
	json_t *j = json_load_file(p, 0, &je);
	ck_assert_msg(j != NULL, "%s is not valid JSON: %d:%d: %s", name, je.line, je.column, je.text);
	return j;
}

START_TEST(hostile_names)
{
	strbuf o = STRBUF_INIT;
	/* terminal escapes, a newline, a quote and invalid UTF-8 in file names */
	const char *names[] = { "esc\033[31mred\033[0m.c", "new\nline.c", "quo\"te\\.c", "bad\xff\xfe.c" };
	for (size_t i = 0; i < 4; i++)
		write_file(names[i], driver_with_finding);
	sh("mkdir out", "");
	for (size_t i = 0; i < 4; i++) {
		strbuf args = STRBUF_INIT;
		strbuf_puts(&args, "'");
		strbuf_puts(&args, names[i]);
		strbuf_puts(&args, "'");
		ck_assert_int_eq(run(&o, strbuf_str(&args)), 1);
		ck_assert_msg(!memchr(o.buf, '\033', o.len), "raw escape in text output:\n%s", o.buf);
		ASSERT_CONTAINS(&o, "[Irql_IM_Function]");
		strbuf_reset(&args);
		strbuf_printf(&args, "--format json -o out/r.json '%s'", names[i]);
		ck_assert_int_eq(run(&o, strbuf_str(&args)), 1);
		json_decref(load_json("out/r.json"));
		strbuf_reset(&args);
		strbuf_printf(&args, "--format sarif -o out/r.sarif '%s'", names[i]);
		ck_assert_int_eq(run(&o, strbuf_str(&args)), 1);
		json_t *s = load_json("out/r.sarif");
		ck_assert_str_eq(json_string_value(json_object_get(s, "version")), "2.1.0");
		json_decref(s);
		strbuf_free(&args);
	}
	strbuf_free(&o);
}
END_TEST

/* ---- determinism and resource limits ---- */

START_TEST(same_output_whatever_jobs_and_order)
{
	strbuf o = STRBUF_INIT, first = STRBUF_INIT;
	write_file("a.c", driver_with_finding);
	write_file("b.c", "#include <ndis.h>\nVOID Helper(VOID) { KIRQL o; KeRaiseIrql(DISPATCH_LEVEL, &o); }\n");
	write_file("c.c", "int c(void) { return 1 +; }\n");
	write_file("d.c", "#include <ndis.h>\nint d(void) { return 0; }\n");
	const char *runs[] = { "-j 1 a.c b.c c.c d.c", "-j 2 a.c b.c c.c d.c", "-j 4 d.c c.c b.c a.c",
			       "-j 3 b.c d.c a.c c.c", "--no-isolate -j 2 c.c a.c d.c b.c" };
	for (const char *fmt = "json"; fmt; fmt = strcmp(fmt, "json") == 0 ? "sarif" : NULL) {
		for (size_t i = 0; i < 5; i++) {
			strbuf args = STRBUF_INIT;
			strbuf_printf(&args, "--format %s %s", fmt, runs[i]);
			ck_assert_int_eq(run(&o, strbuf_str(&args)), 3);
			/* the SARIF invocation records the command line: drop that line */
			strbuf cut = STRBUF_INIT;
			for (const char *l = o.buf; l && *l;) {
				const char *nl = strchr(l, '\n');
				size_t n = nl ? (size_t)(nl - l + 1) : strlen(l);
				if (!memmem(l, n, "commandLine", 11) && !memmem(l, n, "\"arguments\"", 11))
					strbuf_add(&cut, l, n);
				l = nl ? nl + 1 : NULL;
			}
			if (i == 0)
				strbuf_puts(&first, strbuf_str(&cut));
			else
				ck_assert_msg(strcmp(strbuf_str(&first), strbuf_str(&cut)) == 0,
					      "%s differs from %s:\n%s\n----\n%s", runs[i], runs[0], strbuf_str(&cut),
					      strbuf_str(&first));
			strbuf_free(&cut);
			strbuf_free(&args);
		}
		strbuf_reset(&first);
	}
	strbuf_free(&first);
	strbuf_free(&o);
}
END_TEST

START_TEST(resource_limits)
{
	strbuf o = STRBUF_INIT, s = STRBUF_INIT;
	/* a macro that expands to 2^25 tokens: slow and large to parse */
	strbuf_puts(&s, "#define A0(x) x x\n");
	for (int i = 1; i <= 25; i++)
		strbuf_printf(&s, "#define A%d(x) A%d(x) A%d(x)\n", i, i - 1, i - 1);
	strbuf_puts(&s, "int f(void) { return 0 A25(+1); }\n");
	write_bytes("bomb.c", s.buf, s.len);
	write_file("drv.c", driver_with_finding);
	ck_assert_int_eq(run(&o, "--max-tu-seconds 2 bomb.c drv.c"), 3);
	ASSERT_CONTAINS(&o, "ddicheck: bomb.c: could not be parsed; it is not analysed");
	ASSERT_CONTAINS(&o, "not analysed: parsing took longer than --max-tu-seconds 2");
	ASSERT_CONTAINS(&o, "drv.c:7:2: error: [Irql_IM_Function]");
	ck_assert_int_eq(run(&o, "--max-tu-seconds 0 --max-memory 300 bomb.c drv.c"), 3);
	ASSERT_CONTAINS(&o, "not analysed: parsing used more than --max-memory 300 MiB");
	ASSERT_CONTAINS(&o, "drv.c:7:2: error: [Irql_IM_Function]");
	ck_assert_int_eq(run(&o, "--max-memory lots drv.c"), 2);
	ASSERT_CONTAINS(&o, "--max-memory lots: expected a whole number");
	ck_assert_int_eq(run(&o, "-j 0 drv.c"), 2);
	strbuf_free(&s);
	strbuf_free(&o);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("robust");
	TCase *t = tcase_create("bad_input");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_set_timeout(t, 600);
	tcase_add_test(t, nonexistent_path);
	tcase_add_test(t, directory_without_c_files);
	tcase_add_test(t, unreadable_file);
	tcase_add_test(t, binary_file);
	tcase_add_test(t, non_utf8_source);
	tcase_add_test(t, fifty_megabyte_source);
	tcase_add_test(t, deep_nesting);
	tcase_add_test(t, nesting_past_the_extraction_limit);
	tcase_add_test(t, recursion);
	tcase_add_test(t, knr_definitions);
	tcase_add_test(t, missing_include);
	tcase_add_test(t, syntax_error);
	tcase_add_test(t, compilation_databases);
	tcase_add_test(t, malformed_rules_and_knowledge_base);
	tcase_add_test(t, output_cannot_be_written);
	tcase_add_test(t, plugin_arguments_are_dropped);
	tcase_add_test(t, hostile_names);
	tcase_add_test(t, same_output_whatever_jobs_and_order);
	tcase_add_test(t, resource_limits);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	SRunner *r = srunner_create(suite());
	srunner_run_all(r, CK_NORMAL);
	int failed = srunner_ntests_failed(r);
	srunner_free(r);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
