/* Fuzzes the Visual Studio project reader (vcx_load). */
#include "fuzz_util.h"
#include "project/vcxproj.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[256], err[1024];
	fuzz_write(path, sizeof path, "driver.vcxproj", data, size);
	fe_input *in = NULL;
	size_t n = 0;
	if (vcx_load(path, NULL, &in, &n, err, sizeof err) == 0)
		fe_inputs_free(in, n);
	if (vcx_load(path, "Release|x64", &in, &n, err, sizeof err) == 0)
		fe_inputs_free(in, n);
	return 0;
}
