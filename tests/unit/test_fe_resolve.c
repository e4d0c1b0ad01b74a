/* Includes missing as written, end to end through libclang: a header in
 * another letter case (also from a header found that way, from an -I
 * directory, and with the PCH path), WPP .tmh stand-ins from a project's
 * trace functions and from begin_wpp blocks, and the cases that stay
 * errors (several candidates; more missing files than the bound). */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "frontend/frontend.h"

static char dir[64];

static void make_tree(void)
{
	strcpy(dir, "/tmp/ddicheck-feres-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

/* Writes rel under dir (directories created) with printf-style content. */
static void put(const char *rel, const char *fmt, ...)
{
	char p[256], cmd[400];
	snprintf(p, sizeof(p), "%s/%s", dir, rel);
	snprintf(cmd, sizeof(cmd), "mkdir -p \"$(dirname '%s')\"", p);
	ck_assert_int_eq(system(cmd), 0);
	FILE *f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	va_list ap;
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	fclose(f);
}

static const char *at(const char *rel)
{
	static char buf[16][256];   /* the inputs of a test keep theirs */
	static int k;
	k = (k + 1) % 16;
	snprintf(buf[k], sizeof(buf[k]), "%s/%s", dir, rel);
	return buf[k];
}

static void remove_tree(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static fe_session *session(void)
{
	fe_config cfg = { DDICHECK_RULES_DIR "/include", NULL, 0 };
	return fe_session_new(&cfg);
}

static fx_tu *extract(fe_session *s, fe_input *in)
{
	fx_tu *tu = NULL;
	ck_assert_int_eq(fe_extract(s, in, &tu), 0);
	ck_assert_ptr_nonnull(tu);
	ck_assert(tu->parsed);
	return tu;
}

static bool has_include(const fx_tu *tu, const char *path)
{
	for (uint32_t i = 0; i < tu->nincludes; i++)
		if (!strcmp(tu->includes[i], path))
			return true;
	return false;
}

static void expect_clean(const fx_tu *tu)
{
	for (uint32_t i = 0; i < tu->ndiags; i++)
		if (tu->diags[i].severity == FX_DIAG_ERROR || tu->diags[i].severity == FX_DIAG_FATAL)
			ck_abort_msg("%s:%u: %s", tu->diags[i].loc.file ? tu->diags[i].loc.file : "?",
				     tu->diags[i].loc.line, tu->diags[i].message);
	ck_assert_uint_eq(tu->nerrors, 0);
}

START_TEST(header_in_another_case)
{
	make_tree();
	put("src/drv.c", "#include \"Defs.H\"\n#include <Regs.h>\nint a = DEFS + REGS + DEEP;\n");
	put("src/defs.h", "#include \"SUB\\Deep.h\"\n#define DEFS 1\n");
	put("src/sub/deep.h", "#define DEEP 1\n");
	put("inc/REGS.h", "#define REGS 1\n");
	fe_session *s = session();
	char *args[] = { "-Iinc" };   /* relative to the compile's directory */
	fe_input in = { .file = "src/drv.c", .directory = dir, .args = args, .nargs = 1 };
	fx_tu *tu = extract(s, &in);
	expect_clean(tu);
	/* the real files are in the cache's key */
	ck_assert(has_include(tu, at("src/defs.h")));
	ck_assert(has_include(tu, at("src/sub/deep.h")));
	ck_assert(has_include(tu, at("inc/REGS.h")));
	fx_tu_free(tu);
	fe_session_free(s);
	remove_tree();
}
END_TEST

/* The model stands for the WDK, whose header names a Windows build finds in
 * any letter case; after the user's directories, as -idirafter. */
START_TEST(model_header_in_another_case)
{
	make_tree();
	put("drv.c", "#include <NTDDK.H>\n#include \"DEVIOCTL.H\"\nULONG a = METHOD_BUFFERED;\n");
	fe_session *s = session();
	fe_input in = { .file = (char *)at("drv.c") };
	fx_tu *tu = extract(s, &in);
	expect_clean(tu);
	ck_assert(has_include(tu, DDICHECK_RULES_DIR "/include/devioctl.h"));
	fx_tu_free(tu);
	fe_session_free(s);
	remove_tree();
}
END_TEST

START_TEST(ambiguous_stays_an_error)
{
	make_tree();
	put("drv.c", "#include <wdm.h>\n#include \"Common.h\"\nint a = COMMON;\n");
	put("common.h", "#define COMMON 1\n");
	put("COMMON.h", "#define COMMON 2\n");
	fe_session *s = session();
	fe_input in = { .file = (char *)at("drv.c") };
	fx_tu *tu = extract(s, &in);
	ck_assert_uint_ge(tu->nerrors, 1);
	ck_assert_str_eq(tu->diags[0].message, "'Common.h' file not found");
	ck_assert_str_eq(tu->diags[0].loc.file, at("drv.c"));
	ck_assert_uint_eq(tu->diags[0].loc.line, 2);
	fx_tu_free(tu);
	fe_session_free(s);

	/* the command's exit status: 3, incomplete analysis, with file:line */
	char cmd[512];
	snprintf(cmd, sizeof(cmd), "'%s' --no-cache '%s' > '%s/out' 2>&1", DDICHECK_BIN, at("drv.c"), dir);
	int st = system(cmd);
	ck_assert(WIFEXITED(st));
	ck_assert_int_eq(WEXITSTATUS(st), 3);
	FILE *f = fopen(at("out"), "r");
	ck_assert_ptr_nonnull(f);
	char buf[4096];
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	char want[300];
	snprintf(want, sizeof(want), "%s:2:10: error: 'Common.h' file not found", at("drv.c"));
	ck_assert_msg(strstr(buf, want), "%s", buf);
	remove_tree();
}
END_TEST

START_TEST(wpp_from_project_and_config_blocks)
{
	make_tree();
	/* a project's trace function, and one from a begin_wpp block of a
	   header beside the source that the source does not include */
	put("drv.c", "#include <wdm.h>\n#include \"drv.tmh\"\n"
		     "void f(int x) { DEBUGP(1, \"x %%d\", x); WtReturn(x); DoTraceMessage(1, \"m\"); }\n"
		     "NTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r) { WPP_INIT_TRACING(d, r); return 0; }\n");
	put("trace.h", "// begin_wpp config\n// FUNC WtReturn{FLAGS=X}(EXP);\n// end_wpp\n");
	fe_session *s = session();
	char *funcs[] = { "DEBUGP(LEVEL,MSG,...)" };
	char main[256];   /* at() reuses its buffers */
	snprintf(main, sizeof(main), "%s", at("drv.c"));
	fe_input in = { .file = main, .wpp_funcs = funcs, .nwpp_funcs = 1 };
	fx_tu *tu = extract(s, &in);
	expect_clean(tu);
	ck_assert(has_include(tu, at("trace.h")));   /* the stand-in depends on it */
	fx_tu_free(tu);

	/* a configuration header named by the project: the others are not read */
	put("cfg/wpp.h", "/* begin_wpp config\n   FUNC WtReturn(EXP);\n   end_wpp */\n");
	put("trace.h", "// begin_wpp config\n// FUNC WtReturn(A, B);\n// end_wpp\n");
	char cfg[256];
	snprintf(cfg, sizeof(cfg), "%s", at("cfg/wpp.h"));
	in.wpp_config = cfg;
	tu = extract(s, &in);
	expect_clean(tu);
	ck_assert(has_include(tu, at("cfg/wpp.h")));
	ck_assert(!has_include(tu, at("trace.h")));
	fx_tu_free(tu);

	/* a real .tmh (a WDK build's) wins over the stand-in */
	put("drv.tmh", "#error the real one\n");
	in.wpp_config = NULL;
	tu = extract(s, &in);
	ck_assert(has_include(tu, at("drv.tmh")));
	ck_assert_uint_eq(tu->nerrors, 1);
	ck_assert_str_eq(tu->diags[0].message, "the real one");
	fx_tu_free(tu);
	fe_session_free(s);
	remove_tree();
}
END_TEST

START_TEST(with_precompiled_header)
{
	make_tree();
	put("a.c", "#include <wdm.h>\n#include \"defs.h\"\nint da;\n#include \"A.tmh\"\n#include \"Late.h\"\n"
		   "void fa(void) { Trace(1, \"a\"); KeStallExecutionProcessor(LATE); }\n");
	put("b.c", "#include <wdm.h>\n#include \"defs.h\"\nint db;\n#include \"b.tmh\"\n#include \"LATE.H\"\n"
		   "void fb(void) { Trace(1, \"b\"); KeStallExecutionProcessor(LATE); }\n");
	put("defs.h", "#define DEFS 1\n// begin_wpp config\n// FUNC Trace(LEVEL, MSG, ...);\n// end_wpp\n");
	put("late.h", "#define LATE 10\n");
	fe_session *s = session();
	fe_input in[2] = { { .file = (char *)at("a.c") }, { .file = (char *)at("b.c") } };
	fe_pch_set *set = NULL;
	ck_assert_int_eq(fe_pch_plan(&set, in, 2), 0);
	ck_assert_uint_eq(fe_pch_count(set), 1);
	ck_assert_int_eq(fe_pch_build(s, set, 0), 0);
	ck_assert_ptr_nonnull(fe_pch_for(set, 0));
	for (int i = 0; i < 2; i++) {
		fx_tu *tu = NULL;
		ck_assert_int_eq(fe_extract_pch(s, &in[i], fe_pch_for(set, (size_t)i), &tu), 0);
		expect_clean(tu);
		ck_assert(has_include(tu, at("late.h")));
		fx_tu_free(tu);
	}
	fe_pch_free(set);

	/* a leading block that needs a file found in another case: no PCH
	   for it, and the plain parse finds the file */
	put("c.c", "#include \"DEFS.h\"\nint dc;\n#include \"c.tmh\"\nvoid fc(void) { Trace(1, \"c\"); }\n");
	put("d.c", "#include \"DEFS.h\"\nint dd;\n#include \"d.tmh\"\nvoid fd(void) { Trace(1, \"d\"); }\n");
	fe_input in2[2] = { { .file = (char *)at("c.c") }, { .file = (char *)at("d.c") } };
	ck_assert_int_eq(fe_pch_plan(&set, in2, 2), 0);
	ck_assert_uint_eq(fe_pch_count(set), 1);
	ck_assert_int_eq(fe_pch_build(s, set, 0), 0);
	ck_assert_ptr_null(fe_pch_for(set, 0));
	for (int i = 0; i < 2; i++) {
		fx_tu *tu = NULL;
		ck_assert_int_eq(fe_extract_pch(s, &in2[i], fe_pch_for(set, (size_t)i), &tu), 0);
		expect_clean(tu);
		fx_tu_free(tu);
	}
	fe_pch_free(set);
	fe_session_free(s);
	remove_tree();
}
END_TEST

START_TEST(bounded)
{
	/* a chain of 70 headers, each included in another case: 64 are
	   supplied, the 65th stays missing */
	make_tree();
	put("drv.c", "#include \"H0.H\"\n");
	for (int i = 0; i < 70; i++) {
		char rel[32];
		snprintf(rel, sizeof(rel), "h%d.h", i);
		put(rel, "#include \"H%d.H\"\n", i + 1);
	}
	put("h70.h", "\n");
	fe_session *s = session();
	fe_input in = { .file = (char *)at("drv.c") };
	fx_tu *tu = extract(s, &in);
	ck_assert_uint_eq(tu->nerrors, 1);
	ck_assert_str_eq(tu->diags[0].message, "'H64.H' file not found");
	fx_tu_free(tu);
	fe_session_free(s);
	remove_tree();
}
END_TEST

START_TEST(buffer_input)
{
	make_tree();
	put("x.h", "#define X 1\n");
	const char *src = "#include \"X.h\"\n#include \"buf.tmh\"\nint a = X;\n";
	fe_session *s = session();
	fx_tu *tu = NULL;
	ck_assert_int_eq(fe_extract_buffer(s, at("buf.c"), src, strlen(src), NULL, 0, &tu), 0);
	expect_clean(tu);
	fx_tu_free(tu);
	fe_session_free(s);
	remove_tree();
}
END_TEST

/* A missing X.h that mc writes: made from X.mc found beside the includer in
 * any letter case, or from the project's MessageCompile item of that
 * header name; the values are the documented layout's (a wrong one fails
 * the _Static_assert, a parse error).  A bad message file: its file:line
 * first, the include stays missing, exit 3. */
START_TEST(message_compiler_header)
{
	make_tree();
	static const char mc[] =
		";#ifndef WLOG_H\n;#define WLOG_H\nMessageIdTypedef=NTSTATUS\n"
		"FacilityNames=(Widget=0x7:FACILITY_WIDGET)\n"
		"MessageId=0x10 Facility=Widget Severity=Warning SymbolicName=W_JAM\nLanguage=English\njam\n.\n"
		";#endif\n";
	put("src/drv.c", "#include <wdm.h>\n#include \"WLog.h\"\n"
			 "_Static_assert(W_JAM == (NTSTATUS)0x80070010, \"layout\");\n"
			 "_Static_assert(FACILITY_WIDGET == 7, \"code\");\n");
	put("src/wlog.mc", "%s", mc);
	fe_session *s = session();
	char main[256];
	snprintf(main, sizeof(main), "%s", at("src/drv.c"));
	fe_input in = { .file = main };
	fx_tu *tu = extract(s, &in);
	expect_clean(tu);
	ck_assert(has_include(tu, at("src/wlog.mc")));   /* the cache sees its changes */
	fx_tu_free(tu);

	/* from the project's item, elsewhere, with mc -c: 0x80070010 | 1 << 29 */
	put("src/drv.c", "#include <wdm.h>\n#include \"WLog.h\"\n"
			 "_Static_assert(W_JAM == (NTSTATUS)0xA0070010, \"customer\");\n");
	put("mc/other.mc", "%s", mc);
	char src[256];
	snprintf(src, sizeof(src), "%s", at("mc/other.mc"));
	fe_gen gen = { .kind = FE_GEN_MC, .header = "wlog.h", .source = src, .customer = true };
	in.gens = &gen;
	in.ngens = 1;
	tu = extract(s, &in);
	expect_clean(tu);
	ck_assert(has_include(tu, at("mc/other.mc")));
	ck_assert(!has_include(tu, at("src/wlog.mc")));
	fx_tu_free(tu);
	in.gens = NULL;
	in.ngens = 0;

	/* a bad message file: named first with its line, then the include */
	put("src/wlog.mc", "MessageId=1\nFacility=Nowhere SymbolicName=X\nLanguage=English\nx\n.\n");
	tu = extract(s, &in);
	ck_assert_uint_ge(tu->nerrors, 2);
	ck_assert_str_eq(tu->diags[0].loc.file, at("src/wlog.mc"));
	ck_assert_uint_eq(tu->diags[0].loc.line, 2);
	ck_assert_msg(strstr(tu->diags[0].message, "Facility 'Nowhere'"), "%s", tu->diags[0].message);
	ck_assert_str_eq(tu->diags[1].message, "'WLog.h' file not found");
	fx_tu_free(tu);
	fe_session_free(s);

	char cmd[512];
	snprintf(cmd, sizeof(cmd), "'%s' --no-cache '%s' > '%s/out' 2>&1", DDICHECK_BIN, at("src/drv.c"), dir);
	int st = system(cmd);
	ck_assert(WIFEXITED(st));
	ck_assert_int_eq(WEXITSTATUS(st), 3);
	FILE *f = fopen(at("out"), "r");
	ck_assert_ptr_nonnull(f);
	char buf[4096];
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	char want[300];
	snprintf(want, sizeof(want), "%s:2:1: error: Facility 'Nowhere'", at("src/wlog.mc"));
	ck_assert_msg(strstr(buf, want), "%s", buf);
	remove_tree();
}
END_TEST

/* A missing X.h that mc writes from an instrumentation manifest: made from
 * X.man beside the includer (kernel mode), or from the project's
 * MessageCompile item (another name, user mode); a driver's calls of the
 * EventRegister/EventWrite/EventUnregister routines and the descriptor's
 * values type-check (a wrong one fails the _Static_assert or the call, a
 * parse error).  A bad manifest: its file:line first, the include stays
 * missing. */
START_TEST(etw_manifest_header)
{
	make_tree();
	static const char man[] =
		"<instrumentationManifest><instrumentation><events>\n"
		"<provider name='Widget Co' guid='{01234567-89ab-cdef-0123-456789abcdef}' symbol='WIDGET_GUID'>\n"
		"<templates><template tid='t'><data name='Dev' inType='win:Pointer'/>"
		"<data name='Name' inType='win:UnicodeString'/><data name='St' inType='win:UInt32'/></template></templates>\n"
		"<events><event value='5' level='win:Error' template='t' symbol='WidgetFail'/></events>\n"
		"</provider></events></instrumentation></instrumentationManifest>\n";
	static const char drv[] =
		"#include <wdm.h>\n#include \"WEvents.h\"\n"
		"_Static_assert(sizeof(WidgetFail) == sizeof(EVENT_DESCRIPTOR), \"descriptor\");\n"
		"NTSTATUS f(PDEVICE_OBJECT d, PCWSTR n, NTSTATUS st)\n"
		"{\n    GUID a = WIDGET_GUID;\n    EventRegisterWidget_Co();\n"
		"    EventWriteWidgetFail(&a, d, n, (ULONG)st);\n"
		"    if (EventEnabledWidgetFail())\n        EventWriteWidgetFail(NULL, d, n, 0);\n"
		"    return EventUnregisterWidget_Co();\n}\n";
	put("src/drv.c", "%s", drv);
	put("src/wevents.man", "%s", man);
	fe_session *s = session();
	char main[256];
	snprintf(main, sizeof(main), "%s", at("src/drv.c"));
	fe_input in = { .file = main };
	fx_tu *tu = extract(s, &in);
	expect_clean(tu);
	ck_assert(has_include(tu, at("src/wevents.man")));   /* the cache sees its changes */
	fx_tu_free(tu);

	/* from the project's item (Eventdrv's is an .xml), in user mode: the
	   unregister routine returns ULONG, which this driver's return
	   converts */
	put("etw/other.xml", "%s", man);
	char src[256];
	snprintf(src, sizeof(src), "%s", at("etw/other.xml"));
	fe_gen gen = { .kind = FE_GEN_ETW_UM, .header = "wevents.h", .source = src };
	in.gens = &gen;
	in.ngens = 1;
	tu = extract(s, &in);
	expect_clean(tu);
	ck_assert(has_include(tu, at("etw/other.xml")));
	ck_assert(!has_include(tu, at("src/wevents.man")));
	fx_tu_free(tu);
	in.gens = NULL;
	in.ngens = 0;

	/* a bad manifest: named first with its line, then the include */
	put("src/wevents.man", "<instrumentationManifest><instrumentation><events>\n"
			       "<provider name='p' guid='{01234567-89ab-cdef-0123-456789abcdef}'>\n"
			       "<events><event value='1' symbol='E' level='win:Loud'/></events>\n"
			       "</provider></events></instrumentation></instrumentationManifest>\n");
	tu = extract(s, &in);
	ck_assert_uint_ge(tu->nerrors, 2);
	ck_assert_str_eq(tu->diags[0].loc.file, at("src/wevents.man"));
	ck_assert_uint_eq(tu->diags[0].loc.line, 3);
	ck_assert_msg(strstr(tu->diags[0].message, "level 'win:Loud'"), "%s", tu->diags[0].message);
	ck_assert_str_eq(tu->diags[1].message, "'WEvents.h' file not found");
	fx_tu_free(tu);
	fe_session_free(s);
	remove_tree();
}
END_TEST

/* A WMI header the project's MofComp and Wmimofck items write: made from
 * the MOF and used before the model's header of the same name (wmisamp's
 * WmiData.h is not the system's wmidata.h); the layout is C's for the
 * documented types, checked by the parser itself. */
START_TEST(wmi_mof_header)
{
	make_tree();
	put("drv/widget.mof",
	    "[WMI, guid(\"{12345678-9ABC-DEF0-1122-334455667788}\")]\n"
	    "class Widget_Data {\n"
	    "  [key, read] string InstanceName;\n  [read] boolean Active;\n"
	    "  [WmiDataId(1)] boolean First;\n  [WmiDataId(2)] uint16 Second;\n  [WmiDataId(3)] uint64 Big;\n"
	    "  [WmiMethodId(7)] void Reset([in] uint32 How);\n};\n");
	put("drv/drv.c", "#include <wdm.h>\n#include <WmiData.h>\n"
			 "_Static_assert(FIELD_OFFSET(Widget_Data, Second) == 2, \"uint16 after a boolean\");\n"
			 "_Static_assert(FIELD_OFFSET(Widget_Data, Big) == 8, \"uint64 aligned\");\n"
			 "_Static_assert(Widget_Data_SIZE == 16, \"to the end of Big\");\n"
			 "_Static_assert(Widget_Data_Second_ID == 2 && Reset == 7, \"ids\");\n"
			 "_Static_assert(Reset_IN_SIZE == 4, \"-m\");\n"
			 "static const GUID g = Widget_DataGuid;\n"
			 "const GUID *f(void) { return g.Data1 == 0x12345678 ? &Widget_Data_GUID : 0; }\n");
	fe_session *s = session();
	char main[256], src[256];
	snprintf(main, sizeof(main), "%s", at("drv/drv.c"));
	snprintf(src, sizeof(src), "%s", at("drv/widget.mof"));
	fe_gen gen = { .kind = FE_GEN_MOF, .header = "wmidata.h", .source = src, .method_structs = true };
	fe_input in = { .file = main, .gens = &gen, .ngens = 1 };
	fx_tu *tu = extract(s, &in);
	expect_clean(tu);
	ck_assert(has_include(tu, at("drv/widget.mof")));
	ck_assert(!has_include(tu, DDICHECK_RULES_DIR "/include/wmidata.h"));
	fx_tu_free(tu);

	/* a malformed MOF: its file:line first, the include stays missing */
	put("drv/widget.mof", "class Widget_Data {\n  uint32 X\n};\n");
	tu = extract(s, &in);
	ck_assert_uint_ge(tu->nerrors, 2);
	ck_assert_str_eq(tu->diags[0].loc.file, at("drv/widget.mof"));
	ck_assert_uint_eq(tu->diags[0].loc.line, 3);
	ck_assert_msg(strstr(tu->diags[0].message, "';' expected"), "%s", tu->diags[0].message);
	ck_assert_str_eq(tu->diags[1].message, "'WmiData.h' file not found");
	fx_tu_free(tu);
	fe_session_free(s);
	remove_tree();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fe_resolve");
	TCase *tc = tcase_create("resolve");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, header_in_another_case);
	tcase_add_test(tc, model_header_in_another_case);
	tcase_add_test(tc, ambiguous_stays_an_error);
	tcase_add_test(tc, wpp_from_project_and_config_blocks);
	tcase_add_test(tc, with_precompiled_header);
	tcase_add_test(tc, bounded);
	tcase_add_test(tc, buffer_input);
	tcase_add_test(tc, message_compiler_header);
	tcase_add_test(tc, etw_manifest_header);
	tcase_add_test(tc, wmi_mof_header);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
