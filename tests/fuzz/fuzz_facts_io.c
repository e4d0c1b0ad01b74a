/* Fuzzes the facts reader (fxio_read): cache entries and the output of
 * parser processes are read back through it, and a cache directory may be
 * shared or tampered with. */
#include "facts/facts_io.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fx_tu *tu = NULL;
	char err[256];
	if (fxio_read(&tu, data, size, err, sizeof err) == 0)
		fx_tu_free(tu);
	return 0;
}
