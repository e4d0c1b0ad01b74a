/* Fuzzes the message-compiler header generator (fe_mc_header): a message
 * text file comes from the repository under analysis.  The first byte
 * picks mc -c. */
#include "fuzz_util.h"
#include "frontend/fe_mc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!size)
		return 0;
	fe_mc_opts o = { .customer = data[0] & 1 };
	fe_gen_error err;
	strbuf out = STRBUF_INIT;
	(void)fe_mc_header("fuzz.mc", (const char *)data + 1, size - 1, &o, &out, &err);
	strbuf_free(&out);
	return 0;
}
