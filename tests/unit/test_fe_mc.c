/* fe_mc: the header mc writes from a message text file.  The expected
 * values are composed by hand from the documented layout: severity << 30,
 * customer bit 1 << 29 (mc -c), facility << 16, message id in the low 16
 * bits ("Message Text Files", "Message Compiler (MC.exe)"). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/fe_mc.h"
#include "util/strbuf.h"

/* A message file written for this test: a header section with names,
 * explicit, implicit and +N ids, facilities and severities that carry over
 * to the next message, ';' lines around them. */
static const char widget_mc[] =
	";// widget messages, for ddicheck's tests\n"
	";#ifndef WIDGETLOG_H\n"
	";#define WIDGETLOG_H\n"
	"MessageIdTypedef=NTSTATUS\n"
	"\n"
	"SeverityNames=(Success=0x0:STATUS_SEVERITY_SUCCESS\n"
	"               Informational=0x1:STATUS_SEVERITY_INFORMATIONAL\n"
	"               Warning=0x2:STATUS_SEVERITY_WARNING\n"
	"               Error=0x3:STATUS_SEVERITY_ERROR\n"
	"              )\n"
	"FacilityNames=(System=0x0\n"
	"               Widget=0x7:FACILITY_WIDGET_ERROR_CODE\n"
	"              )\n"
	"\n"
	"MessageId=0x0010 Facility=Widget Severity=Warning SymbolicName=WIDGET_JAMMED\n"
	"Language=English\n"
	"The widget %2 is jammed.\n"
	".\n"
	"\n"
	"MessageId= SymbolicName=WIDGET_FREED\r\n"
	"Language=English\r\n"
	"Freed; ends in a backslash \\\r\n"
	".\r\n"
	"MessageId=+4 Severity=Error\n"
	"SymbolicName=WIDGET_LOST\n"
	"Language=English\n"
	"Lost.\n"
	".\n"
	"messageid=0x2 facility=System severity=Success symbolicname=SYS_OK\n"
	"Language=English\n"
	"ok\n"
	".\n"
	"MessageId = Facility = Widget Severity = Informational SymbolicName = WIDGET_NEXT\n"
	"Language=English\n"
	"next\n"
	".\n"
	";#endif\n";

static char *gen_len(const char *text, size_t len, bool customer, fe_gen_error *err, int *rc)
{
	strbuf out = STRBUF_INIT;
	fe_mc_opts o = { .customer = customer };
	*rc = fe_mc_header("t.mc", text, len, &o, &out, err);
	return strbuf_detach(&out);
}

static char *gen(const char *text, bool customer, fe_gen_error *err, int *rc)
{
	return gen_len(text, strlen(text), customer, err, rc);
}

static void expect_line(const char *h, const char *line)
{
	ck_assert_msg(strstr(h, line) != NULL, "no '%s' in:\n%s", line, h);
}

START_TEST(values_from_the_layout)
{
	fe_gen_error err;
	int rc;
	char *h = gen(widget_mc, false, &err, &rc);
	ck_assert_msg(rc == 0, "line %u: %s", err.line, err.message);
	/* Warning (2) << 30 | Widget (7) << 16 | 0x10 */
	expect_line(h, "#define WIDGET_JAMMED ((NTSTATUS)0x80070010L)\n");
	/* no value: the facility's last (0x10) plus one; severity carried over */
	expect_line(h, "#define WIDGET_FREED ((NTSTATUS)0x80070011L)\n");
	/* +4 from 0x11; Error (3) << 30 */
	expect_line(h, "#define WIDGET_LOST ((NTSTATUS)0xC0070015L)\n");
	/* keywords in any letter case; System given 0 by the file */
	expect_line(h, "#define SYS_OK ((NTSTATUS)0x00000002L)\n");
	/* spaces around '='; Widget's last is 0x15 whatever System did */
	expect_line(h, "#define WIDGET_NEXT ((NTSTATUS)0x40070016L)\n");
	/* the symbolic names of the codes */
	expect_line(h, "#define FACILITY_WIDGET_ERROR_CODE 0x7\n");
	expect_line(h, "#define STATUS_SEVERITY_ERROR 0x3\n");
	expect_line(h, "#define STATUS_SEVERITY_SUCCESS 0x0\n");
	expect_line(h, "#endif\n");
	/* the ';' lines in place: the guard opens before the first define and
	   closes after the last */
	expect_line(h, "// widget messages, for ddicheck's tests\n#ifndef WIDGETLOG_H\n#define WIDGETLOG_H\n");
	ck_assert(strstr(h, "#define WIDGETLOG_H") < strstr(h, "#define FACILITY_WIDGET_ERROR_CODE"));
	ck_assert(strstr(h, "#define WIDGET_NEXT") < strstr(h, "#endif"));
	/* the first language's text as the comment; a final backslash dropped
	   (it would splice the define into the comment) */
	expect_line(h, "//  The widget %2 is jammed.\n");
	expect_line(h, "//  Freed; ends in a backslash\n");
	ck_assert_ptr_null(strstr(h, "\\\n"));
	free(h);
}
END_TEST

START_TEST(customer_bit)
{
	fe_gen_error err;
	int rc;
	char *h = gen(widget_mc, true, &err, &rc);
	ck_assert_int_eq(rc, 0);
	/* 0x80070010 | 1 << 29 */
	expect_line(h, "#define WIDGET_JAMMED ((NTSTATUS)0xA0070010L)\n");
	/* 0x00000002 | 1 << 29 */
	expect_line(h, "#define SYS_OK ((NTSTATUS)0x20000002L)\n");
	free(h);
}
END_TEST

/* Without a header section: the documented defaults, Severity=Success and
 * Facility=Application (0xFFF), System 0xFF; no typedef, no cast. */
START_TEST(defaults)
{
	fe_gen_error err;
	int rc;
	char *h = gen("MessageId=1 SymbolicName=APP_ONE\nLanguage=English\none\n.\n"
		      "MessageId=1 Severity=Error Facility=System SymbolicName=SYS_ONE\nLanguage=English\none\n.\n",
		      false, &err, &rc);
	ck_assert_msg(rc == 0, "line %u: %s", err.line, err.message);
	expect_line(h, "#define APP_ONE 0x0FFF0001L\n");
	expect_line(h, "#define SYS_ONE 0xC0FF0001L\n");
	free(h);
}
END_TEST

/* Several languages: the first one's text is the comment.  OutputBase=10
 * writes the value in decimal. */
START_TEST(languages_and_output_base)
{
	fe_gen_error err;
	int rc;
	char *h = gen("LanguageNames=(German=0x407:MSG00407)\n"
		      "OutputBase=10\n"
		      "MessageId=1 Severity=Warning Facility=System SymbolicName=DEC_ONE\n"
		      "Language=English\nenglish text\n.\n"
		      "Language=German\ngerman text\n.\n",
		      false, &err, &rc);
	ck_assert_msg(rc == 0, "line %u: %s", err.line, err.message);
	/* 0x80FF0001 = 2147483648 + 16711681 */
	expect_line(h, "#define DEC_ONE 2164195329L\n");
	expect_line(h, "//  english text\n");
	ck_assert_ptr_null(strstr(h, "german text"));
	free(h);
}
END_TEST

static void expect_error_len(const char *text, size_t len, unsigned line, const char *what)
{
	fe_gen_error err;
	int rc;
	char *h = gen_len(text, len, false, &err, &rc);
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
	expect_error("MessageId=1\nFacility=Nope SymbolicName=X\nLanguage=English\nx\n.\n", 2, "Facility 'Nope'");
	expect_error("MessageId=1 Severity=Fatal\n", 1, "Severity 'Fatal'");
	expect_error(";// ok\nFacilityNames=(Big=0x1000)\n", 2, "12 bits");
	expect_error("SeverityNames=(Worse=4)\n", 1, "2 bits");
	expect_error("\nMessageId=0x10000 SymbolicName=X\nLanguage=English\nx\n.\n", 2, "16 bits");
	expect_error("MessageId=1 SymbolicName=9lives\n", 1, "not a C identifier");
	expect_error("MessageId=1 SymbolicName=X\nLanguage=English\nno end\n", 3, "'.'");
	expect_error("MessageId=1 SymbolicName=X\nLanguage=Klingon\nx\n.\n", 2, "Language 'Klingon'");
	expect_error("Bogus=1\n", 1, "not a message-file keyword");
	expect_error("FacilityNames=(A=1\n", 1, "name list");
	expect_error("MessageId=0xZZ\n", 1, "not a number");
	expect_error("SymbolicName=X\n", 1, "outside a message definition");
	static const char nul[] = "MessageId=1 SymbolicName=A\nLanguage=English\na\0b\n.\n";
	expect_error_len(nul, sizeof(nul) - 1, 3, "NUL");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fe_mc");
	TCase *tc = tcase_create("mc");
	tcase_add_test(tc, values_from_the_layout);
	tcase_add_test(tc, customer_bit);
	tcase_add_test(tc, defaults);
	tcase_add_test(tc, languages_and_output_base);
	tcase_add_test(tc, bad_input);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
