/* Fuzzes the configuration file reader (config_load, .ddicheck.yaml). */
#include "config/config.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[256], err[1024];
	fuzz_write(path, sizeof path, ".ddicheck.yaml", data, size);
	config *c = NULL;
	if (config_load(&c, path, err, sizeof err) == 0)
		config_free(c);
	return 0;
}
