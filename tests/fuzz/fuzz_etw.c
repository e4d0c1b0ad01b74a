/* Fuzzes the instrumentation-manifest header generator (fe_etw_header): a
 * manifest comes from the repository under analysis.  The first byte picks
 * mc -um. */
#include "fuzz_util.h"
#include "frontend/fe_etw.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!size)
		return 0;
	fe_etw_opts o = { .user_mode = data[0] & 1 };
	fe_gen_error err;
	strbuf out = STRBUF_INIT;
	(void)fe_etw_header("fuzz.man", (const char *)data + 1, size - 1, &o, &out, &err);
	strbuf_free(&out);
	return 0;
}
