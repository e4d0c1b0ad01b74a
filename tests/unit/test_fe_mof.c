/* fe_mof: the header wmimofck -h writes from a MOF.  The GUID bytes are
 * split by hand from the guid qualifier (DEFINE_GUID's order: one 32-bit,
 * two 16-bit, eight bytes); the C types are those of the documented data
 * formats ("Driver-Defined WMI Data Items": boolean one byte, uint16 two,
 * uint64 eight, datetime 25 Unicode characters, string variable). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/fe_mof.h"
#include "util/strbuf.h"

/* Classes written for this test: data items out of id order, an embedded
 * class declared after its use and renamed by HeaderName, a method with
 * in, in-out and out parameters, an event with a string in the middle. */
static const char widget_mof[] =
	"#pragma namespace(\"\\\\\\\\.\\\\root\\\\wmi\")\n"
	"// a widget's WMI classes, for ddicheck's tests\n"
	"[WMI, Dynamic, Provider(\"WMIProv\"), guid(\"{12345678-9ABC-DEF0-1122-334455667788}\"),\n"
	" Description(\"widget \" \"data\") : amended ToSubclass, locale(\"MS\\\\0x409\")]\n"
	"class Widget_Data\n"
	"{\n"
	"    [key, read] string InstanceName;\n"
	"    [read] boolean Active;\n"
	"    [WmiDataId(2), read] uint16 Second;\n"
	"    [WmiDataId(1), read, WmiEnum{\"0=Off\", \"1=On\"}] boolean First;\n"
	"    [WmiDataId(3), read] Widget_Part Parts[2];\n"
	"    /* a comment\n       over two lines */\n"
	"    [WmiDataId(4), read] datetime When;\n"
	"    [WmiDataId(5), read, write] uint64 Big = 5;\n"
	"    [Implemented, WmiMethodId(7)] void Reset([in] uint32 How, [in, out] sint8 Level,\n"
	"                                            [out] string Report);\n"
	"};\n"
	"[WMI, HeaderName(\"WPART\"), guid(\"AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE\")]\n"
	"class Widget_Part\n"
	"{\n"
	"    [WmiDataId(1)] uint32 Id;\n"
	"    [WmiDataId(2)] sint16 Temp;\n"
	"};\n"
	"[WMI, guid(\"{00000001-0002-0003-0405-060708090a0b}\")]\n"
	"class Widget_Event : WMIEvent\n"
	"{\n"
	"    [key, read] string InstanceName;\n"
	"    [read] boolean Active;\n"
	"    [WmiDataId(1)] uint32 Code;\n"
	"    [WmiDataId(2)] string Text;\n"
	"    [WmiDataId(3)] uint32 After;\n"
	"};\n"
	"instance of __Namespace { Name = \"x\"; };\n";

static char *gen_len(const char *text, size_t len, bool m, fe_gen_error *err, int *rc)
{
	strbuf out = STRBUF_INIT;
	fe_mof_opts o = { .method_structs = m };
	*rc = fe_mof_header("WidgetMof.h", "widget.mof", text, len, &o, &out, err);
	return strbuf_detach(&out);
}

static char *gen(const char *text, bool m, fe_gen_error *err, int *rc)
{
	return gen_len(text, strlen(text), m, err, rc);
}

static void expect_text(const char *h, const char *s)
{
	ck_assert_msg(strstr(h, s) != NULL, "no '%s' in:\n%s", s, h);
}

static const char *at(const char *h, const char *s)
{
	const char *p = strstr(h, s);
	ck_assert_msg(p != NULL, "no '%s'", s);
	return p;
}

START_TEST(guids_and_indexes)
{
	fe_gen_error err;
	int rc;
	char *h = gen(widget_mof, false, &err, &rc);
	ck_assert_msg(rc == 0, "line %u: %s", err.line, err.message);
	expect_text(h, "#define Widget_DataGuid \\\n    { 0x12345678,0x9abc,0xdef0, "
		       "{ 0x11,0x22,0x33,0x44,0x55,0x66,0x77,0x88 } }\n");
	expect_text(h, "DEFINE_GUID(Widget_Data_GUID, \\\n"
		       "            0x12345678,0x9abc,0xdef0,0x11,0x22,0x33,0x44,0x55,0x66,0x77,0x88);\n");
	/* HeaderName names the class in C; braces are optional around a guid */
	expect_text(h, "DEFINE_GUID(WPART_GUID, \\\n"
		       "            0xaaaaaaaa,0xbbbb,0xcccc,0xdd,0xdd,0xee,0xee,0xee,0xee,0xee,0xee);\n");
	/* the class index: its place among the classes with a guid, in the file */
	expect_text(h, "#define Widget_DataGuidIndex 0\n");
	expect_text(h, "#define WPARTGuidIndex 1\n");
	expect_text(h, "#define Widget_EventGuidIndex 2\n");
	expect_text(h, "#ifndef _DDICHECK_WMI_WIDGETMOF_H\n");
	ck_assert_ptr_null(strstr(h, "struct _Widget_Part"));   /* the MOF name is not the C name */
	free(h);
}
END_TEST

START_TEST(structures)
{
	fe_gen_error err;
	int rc;
	char *h = gen(widget_mof, false, &err, &rc);
	ck_assert_int_eq(rc, 0);
	/* WmiDataId order, not declaration order; the types of the formats */
	ck_assert(at(h, "    BOOLEAN First;\n") < at(h, "    USHORT Second;\n"));
	ck_assert(at(h, "    USHORT Second;\n") < at(h, "    WPART Parts[2];\n"));
	expect_text(h, "    WCHAR When[25];\n    #define Widget_Data_When_SIZE sizeof(WCHAR[25])\n"
		       "    #define Widget_Data_When_ID 4\n");
	expect_text(h, "    ULONGLONG Big;\n");
	expect_text(h, "#define Widget_Data_Parts_SIZE sizeof(WPART[2])\n");
	expect_text(h, "} Widget_Data, *PWidget_Data;\n");
	expect_text(h, "#define Widget_Data_SIZE (FIELD_OFFSET(Widget_Data, Big) + Widget_Data_Big_SIZE)\n");
	/* the embedded class is complete before the class that holds it */
	ck_assert(at(h, "} WPART, *PWPART;") < at(h, "typedef struct _Widget_Data"));
	expect_text(h, "    ULONG Id;\n");
	expect_text(h, "    SHORT Temp;\n");
	/* InstanceName and Active have no WmiDataId: not in the structure */
	ck_assert_ptr_null(strstr(h, "InstanceName"));
	/* a string: the members stop, the rest has ids only, no _SIZE */
	expect_text(h, "    ULONG Code;\n");
	ck_assert(at(h, "    ULONG Code;\n") < at(h, "    UCHAR VariableData[1];\n"));
	expect_text(h, "    #define Widget_Event_Text_ID 2\n");
	expect_text(h, "    #define Widget_Event_After_ID 3\n");
	ck_assert_ptr_null(strstr(h, "ULONG After;"));
	ck_assert_ptr_null(strstr(h, "#define Widget_Event_SIZE"));
	/* methods: their ids; no parameter structures without -m */
	expect_text(h, "#define Reset 7\n");
	ck_assert_ptr_null(strstr(h, "Reset_IN"));
	free(h);
}
END_TEST

START_TEST(method_structures)
{
	fe_gen_error err;
	int rc;
	char *h = gen(widget_mof, true, &err, &rc);
	ck_assert_int_eq(rc, 0);
	/* [in] and [in, out] parameters in, [in, out] and [out] ones out */
	expect_text(h, "typedef struct _Reset_IN\n{\n    ULONG How;\n");
	expect_text(h, "    CHAR Level;\n    #define Reset_IN_Level_SIZE sizeof(CHAR)\n    #define Reset_IN_Level_ID 2\n");
	expect_text(h, "#define Reset_IN_SIZE (FIELD_OFFSET(Reset_IN, Level) + Reset_IN_Level_SIZE)\n");
	expect_text(h, "typedef struct _Reset_OUT\n{\n    CHAR Level;\n");
	expect_text(h, "} Reset_OUT, *PReset_OUT;\n");
	ck_assert(at(h, "typedef struct _Reset_OUT") < at(h, "#define Reset_OUT_Report_ID 2"));
	ck_assert_ptr_null(strstr(h, "#define Reset_OUT_SIZE"));   /* the string has no fixed size */
	free(h);
}
END_TEST

static void expect_error_len(const char *text, size_t len, unsigned line, const char *what)
{
	fe_gen_error err;
	int rc;
	char *h = gen_len(text, len, true, &err, &rc);
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(err.line == line, "line %u, not %u: %s", err.line, line, err.message);
	ck_assert_msg(strstr(err.message, what), "'%s' not in '%s'", what, err.message);
	free(h);
}

static void expect_error(const char *text, unsigned line, const char *what)
{
	expect_error_len(text, strlen(text), line, what);
}

START_TEST(bad_input)
{
	expect_error("[guid(\"{1234}\")]\nclass A { [WmiDataId(1)] uint32 X; };\n", 1, "not a GUID");
	expect_error("class A\n{\n [WmiDataId(1)] uint32 X;\n [WmiDataId(1)] uint32 Y;\n};\n", 4, "WmiDataId(1) used twice");
	expect_error("class A {\n [WmiMethodId(1)] void M();\n [WmiMethodId(1)] void N();\n};\n", 3,
		     "WmiMethodId(1) used twice");
	expect_error("class A { [WmiDataId(x)] uint32 X; };\n", 1, "WmiDataId(x)");
	expect_error("\n/* not closed\nclass A {};\n", 2, "comment");
	expect_error("[Description(\"open]\nclass A {};\n", 1, "string");
	expect_error("class A { uint32 X }\n", 1, "';' expected");
	expect_error("struct A { };\n", 1, "'class' expected");
	expect_error("class A { uint32 X[0]; };\n", 1, "array size");
	expect_error("class A {\n uint32 X;\n", 3, "expected");
	expect_error("[HeaderName(\"a b\")]\nclass A {};\n", 1, "HeaderName(\"a b\"): not a C identifier");
	static const char nul[] = "class A {\n\0 };\n";
	expect_error_len(nul, sizeof(nul) - 1, 2, "NUL");
	/* a NUL right after a qualifier's name (fuzz_mof found its name leaked) */
	static const char nul2[] = "[WMI, gui\0d(\"x\")]\nclass A {};\n";
	expect_error_len(nul2, sizeof(nul2) - 1, 1, "NUL");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fe_mof");
	TCase *tc = tcase_create("mof");
	tcase_add_test(tc, guids_and_indexes);
	tcase_add_test(tc, structures);
	tcase_add_test(tc, method_structures);
	tcase_add_test(tc, bad_input);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
