/* Fuzzes the WMI header generator (fe_mof_header): a MOF comes from the
 * repository under analysis.  The first byte picks wmimofck -m. */
#include "fuzz_util.h"
#include "frontend/fe_mof.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!size)
		return 0;
	fe_mof_opts o = { .method_structs = data[0] & 1 };
	fe_gen_error err;
	strbuf out = STRBUF_INIT;
	(void)fe_mof_header("FuzzMof.h", "fuzz.mof", (const char *)data + 1, size - 1, &o, &out, &err);
	strbuf_free(&out);
	return 0;
}
