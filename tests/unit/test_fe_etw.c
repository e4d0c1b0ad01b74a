/* fe_etw: the header mc writes from an ETW instrumentation manifest.  The
 * manifest is written for this test; the expected descriptors are composed
 * by hand from the EVENT_DESCRIPTOR members (Id, Version, Channel, Level,
 * Opcode, Task, Keyword) and winmeta's level and opcode values. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/fe_etw.h"
#include "util/strbuf.h"

static const char gadget_man[] =
	"<?xml version='1.0' encoding='utf-8'?>\n"
	"<instrumentationManifest xmlns=\"http://schemas.microsoft.com/win/2004/08/events\"\n"
	"    xmlns:win=\"http://manifests.microsoft.com/win/2004/08/windows/events\">\n"
	"  <instrumentation><events>\n"
	"    <provider name=\"Gadget Maker-2\" guid=\"{01234567-89ab-cdef-0123-456789ABCDEF}\"\n"
	"              symbol=\"GADGET_PROVIDER\" resourceFileName=\"g.sys\" messageFileName=\"g.sys\">\n"
	"      <channels>\n"
	"        <importChannel chid=\"sys\" name=\"System\"/>\n"
	"        <channel chid=\"dbg\" name=\"Gadget/Debug\" type=\"Debug\" symbol=\"GADGET_DEBUG\"/>\n"
	"      </channels>\n"
	"      <levels><level name=\"loud\" value=\"16\" symbol=\"GADGET_LOUD\"/></levels>\n"
	"      <keywords>\n"
	"        <keyword name=\"io\" mask=\"0x10\" symbol=\"GADGET_IO\"/>\n"
	"        <keyword name=\"pnp\" mask=\"0x40\"/>\n"
	"      </keywords>\n"
	"      <opcodes><opcode name=\"spin\" value=\"11\" symbol=\"GADGET_SPIN\"/></opcodes>\n"
	"      <tasks>\n"
	"        <task name=\"turn\" value=\"3\" symbol=\"GADGET_TURN\">\n"
	"          <opcodes><opcode name=\"spin\" value=\"12\"/></opcodes>\n"
	"        </task>\n"
	"      </tasks>\n"
	"      <templates>\n"
	"        <template tid=\"t_io\">\n"
	"          <data name=\"Device\" inType=\"win:Pointer\"/>\n"
	"          <data name=\"Name\" inType=\"win:UnicodeString\"/>\n"
	"          <data name=\"Count\" inType=\"win:UInt16\"/>\n"
	"          <data name=\"Bytes\" inType=\"win:Binary\" length=\"Count\"/>\n"
	"          <data name=\"Ids\" inType=\"win:UInt32\" count=\"2\"/>\n"
	"          <data name=\"Activity\" inType=\"win:GUID\"/>\n"
	"        </template>\n"
	"      </templates>\n"
	"      <events>\n"
	"        <event value=\"7\" version=\"1\" channel=\"dbg\" level=\"win:Error\" opcode=\"win:Start\"\n"
	"               task=\"turn\" keywords=\"io pnp\" template=\"t_io\" symbol=\"GadgetStart\"/>\n"
	"        <event value=\"8\" channel=\"System\" level=\"loud\" opcode=\"spin\" task=\"turn\" symbol=\"GadgetSpin\"/>\n"
	"        <event value=\"9\" opcode=\"spin\" symbol=\"GadgetPlainSpin\"/>\n"
	"        <event value=\"10\"/>\n"
	"      </events>\n"
	"    </provider>\n"
	"  </events></instrumentation>\n"
	"</instrumentationManifest>\n";

static char *gen(const char *text, bool um, fe_gen_error *err, int *rc)
{
	strbuf out = STRBUF_INIT;
	fe_etw_opts o = { .user_mode = um };
	*rc = fe_etw_header("t.man", text, strlen(text), &o, &out, err);
	return strbuf_detach(&out);
}

static void has(const char *h, const char *want)
{
	ck_assert_msg(h && strstr(h, want), "missing:\n%s\nin:\n%s", want, h ? h : "(null)");
}

START_TEST(kernel_mode)
{
	fe_gen_error err;
	int rc;
	char *h = gen(gadget_man, false, &err, &rc);
	ck_assert_msg(rc == 0, "%u: %s", err.line, err.message);
	has(h, "#include <wdm.h>\n");
	/* the GUID's fields in the order the text gives them */
	has(h, "const GUID GADGET_PROVIDER =\n    { 0x01234567, 0x89ab, 0xcdef, { 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, "
	       "0xcd, 0xef } };");
	has(h, "REGHANDLE Gadget_Maker_2Handle = (REGHANDLE)0;");
	/* System imported: 8; the first channel defined: 16 */
	has(h, "#define GADGET_DEBUG 0x10\n");
	has(h, "#define GADGET_LOUD 0x10\n");
	has(h, "#define GADGET_IO 0x10\n");
	has(h, "#define GADGET_SPIN 0xb\n");
	has(h, "#define GADGET_TURN 0x3\n");
	/* id 7, version 1, channel 16, win:Error 2, win:Start 1, task 3, io|pnp */
	has(h, "const EVENT_DESCRIPTOR GadgetStart =\n    { 0x7, 0x1, 0x10, 0x2, 0x1, 0x3, 0x50ULL };");
	/* the task's own opcode spin (12) before the provider's (11) */
	has(h, "const EVENT_DESCRIPTOR GadgetSpin =\n    { 0x8, 0x0, 0x8, 0x10, 0xc, 0x3, 0x0ULL };");
	has(h, "const EVENT_DESCRIPTOR GadgetPlainSpin =\n    { 0x9, 0x0, 0x0, 0x0, 0xb, 0x0, 0x0ULL };");
	has(h, "FORCEINLINE NTSTATUS EventWriteGadgetStart(\n"
	       "    _In_opt_ LPCGUID Activity,\n"
	       "    _In_ const PVOID Device,\n"
	       "    _In_opt_ PCWSTR Name,\n"
	       "    _In_ const USHORT Count,\n"
	       "    _In_opt_ const UCHAR *Bytes,\n"
	       "    _In_reads_(2) const ULONG *Ids,\n"
	       "    _In_opt_ const GUID *Activity_2)\n");
	has(h, "EVENT_DATA_DESCRIPTOR EventData[6];");
	has(h, "EventDataDescCreate(&EventData[3], Bytes, (ULONG)Count);");
	has(h, "return EtwWrite(Gadget_Maker_2Handle, &GadgetStart, Activity, 6, EventData);");
	has(h, "FORCEINLINE NTSTATUS EventWriteGadgetSpin(\n    _In_opt_ LPCGUID Activity)\n");
	has(h, "return EtwWrite(Gadget_Maker_2Handle, &GadgetSpin, Activity, 0, NULL);");
	has(h, "#define EventEnabledGadgetSpin() (EtwEventEnabled(Gadget_Maker_2Handle, &GadgetSpin))");
	has(h, "FORCEINLINE NTSTATUS EventRegisterGadget_Maker_2(VOID)\n"
	       "{\n    return EtwRegister(&GADGET_PROVIDER, NULL, NULL, &Gadget_Maker_2Handle);\n}");
	has(h, "FORCEINLINE NTSTATUS EventUnregisterGadget_Maker_2(VOID)");
	ck_assert_ptr_null(strstr(h, "EventRegister("));
	/* the event without a symbol has nothing to name */
	ck_assert_ptr_null(strstr(h, "0xa, 0x0"));
	free(h);
}
END_TEST

START_TEST(user_mode)
{
	fe_gen_error err;
	int rc;
	char *h = gen(gadget_man, true, &err, &rc);
	ck_assert_msg(rc == 0, "%u: %s", err.line, err.message);
	has(h, "#include <evntprov.h>\n");
	has(h, "FORCEINLINE ULONG EventWriteGadgetSpin(");
	has(h, "return EventWriteTransfer(Gadget_Maker_2Handle, &GadgetSpin, Activity, NULL, 0, NULL);");
	has(h, "return EventRegister(&GADGET_PROVIDER, NULL, NULL, &Gadget_Maker_2Handle);");
	has(h, "ULONG Error = EventUnregister(Gadget_Maker_2Handle);");
	ck_assert_ptr_null(strstr(h, "EtwWrite"));
	free(h);
}
END_TEST

/* A provider without a symbol: the GUID's name is ddicheck's. */
START_TEST(provider_without_symbol)
{
	fe_gen_error err;
	int rc;
	char *h = gen("<instrumentationManifest><instrumentation><events>"
		      "<provider name='p' guid='00000000-0000-0000-0000-000000000001'/>"
		      "</events></instrumentation></instrumentationManifest>",
		      false, &err, &rc);
	ck_assert_msg(rc == 0, "%u: %s", err.line, err.message);
	has(h, "const GUID p_Provider =\n    { 0x00000000, 0x0000, 0x0000, { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, "
	       "0x01 } };");
	has(h, "EtwRegister(&p_Provider, NULL, NULL, &pHandle)");
	free(h);
}
END_TEST

static void expect_error(const char *provider_body, unsigned line, const char *part)
{
	strbuf t = STRBUF_INIT;
	strbuf_printf(&t,
		      "<instrumentationManifest>\n<instrumentation><events>\n"
		      "<provider name='p' guid='{00000000-0000-0000-0000-000000000001}'>\n%s\n"
		      "</provider></events></instrumentation></instrumentationManifest>\n",
		      provider_body);
	fe_gen_error err;
	int rc;
	char *h = gen(strbuf_str(&t), false, &err, &rc);
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(strstr(err.message, part), "'%s' not in '%s'", part, err.message);
	ck_assert_msg(err.line == line, "line %u, not %u: %s", err.line, line, err.message);
	free(h);
	strbuf_free(&t);
}

START_TEST(bad_input)
{
	expect_error("<events><event value='1' symbol='E' template='none'/></events>", 4, "template 'none'");
	expect_error("<events><event value='1' symbol='E' level='win:Loud'/></events>", 4, "level 'win:Loud'");
	expect_error("<events><event value='1' symbol='E' keywords='a b'/></events>", 4, "keyword 'a'");
	expect_error("<events><event value='1' symbol='E' channel='c'/></events>", 4, "channel 'c'");
	expect_error("<events><event value='65536' symbol='E'/></events>", 4, "event value '65536'");
	expect_error("<events><event symbol='E'/></events>", 4, "event value ''");
	expect_error("<events><event value='1' symbol='9E'/></events>", 4, "not a C identifier");
	expect_error("<templates><template tid='t'><data name='x' inType='win:Qubit'/></template></templates>\n"
		     "<events><event value='1' symbol='E' template='t'/></events>",
		     4, "inType 'win:Qubit'");
	expect_error("<templates><template tid='t'><data name='x' inType='win:Binary' length='n'/></template>"
		     "</templates>\n<events><event value='1' symbol='E' template='t'/></events>",
		     4, "length 'n' names no earlier data");
	expect_error("<keywords><keyword name='k' mask='0x10000000000000000'/></keywords>", 4, "mask");
	expect_error("<levels><level value='1'/></levels>", 4, "<level> without a name");

	fe_gen_error err;
	int rc;
	char *h = gen("<instrumentationManifest>\n<provider>\n</instrumentationManifest>\n", false, &err, &rc);
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(strstr(err.message, "not well-formed XML"), "%s", err.message);
	ck_assert_uint_ge(err.line, 3);   /* where libxml2 found the end tag missing */
	free(h);
	h = gen("<assembly/>", false, &err, &rc);
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(strstr(err.message, "not <instrumentationManifest>"), "%s", err.message);
	free(h);
	h = gen("<instrumentationManifest><instrumentation><events><provider name='p' guid='{123}'/>"
		"</events></instrumentation></instrumentationManifest>",
		false, &err, &rc);
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(strstr(err.message, "is not a GUID"), "%s", err.message);
	free(h);
	/* 129 data items: more than EtwWrite takes */
	strbuf t = STRBUF_INIT;
	strbuf_puts(&t, "<templates><template tid='t'>");
	for (int i = 0; i < 129; i++)
		strbuf_printf(&t, "<data name='d%d' inType='win:UInt8'/>", i);
	strbuf_puts(&t, "</template></templates>\n<events><event value='1' symbol='E' template='t'/></events>");
	expect_error(strbuf_str(&t), 4, "more than 128");
	strbuf_free(&t);
	static const char nul[] = "<instrumentationManifest>\0</instrumentationManifest>";
	strbuf out = STRBUF_INIT;
	fe_etw_opts o = { 0 };
	ck_assert_int_eq(fe_etw_header("t.man", nul, sizeof(nul) - 1, &o, &out, &err), -1);
	strbuf_free(&out);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fe_etw");
	TCase *tc = tcase_create("etw");
	tcase_add_test(tc, kernel_mode);
	tcase_add_test(tc, user_mode);
	tcase_add_test(tc, provider_without_symbol);
	tcase_add_test(tc, bad_input);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
