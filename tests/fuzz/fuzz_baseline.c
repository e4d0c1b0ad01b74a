/* Fuzzes the baseline reader (filter_baseline_apply) against a few findings. */
#include "filter/filter.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[256], err[1024];
	fuzz_write(path, sizeof path, "baseline.json", data, size);
	finding_list l;
	finding_list_init(&l);
	for (uint32_t line = 1; line <= 4; line++)
		finding_add(&l, "IrqlTooHigh", FINDING_ERROR, (fx_loc){ "driver.c", line, 1 }, "m%u", line % 2);
	finding_list_sort(&l);
	filter_options fo = { .source_root = fuzz_dir() };
	filter_result res = { 0 };
	filter_apply(&res, &l, &fo);
	filter_baseline_apply(path, &l, &res, err, sizeof err);
	filter_result_free(&res);
	finding_list_free(&l);
	return 0;
}
