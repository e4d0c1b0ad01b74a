/* Fuzzes the suppression parser: the input is a source file with a finding
 * on each of its first lines, scanned for `// ddicheck: ignore[...]`
 * comments and Code Analysis pragmas (filter_apply). */
#include "filter/filter.h"
#include "fuzz_util.h"
#include "kb/kb.h"
#include "rules/ruleset.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static kb *k;
	static ruleset *rs;
	static filter_ca_map *ca;
	char path[256], err[1024];
	if (!ca) {
		if (kb_load(&k, DDICHECK_RULES_DIR "/kb", err, sizeof err) != 0 ||
		    ruleset_load(&rs, DDICHECK_RULES_DIR, k, err, sizeof err) != 0 ||
		    filter_ca_load(&ca, DDICHECK_RULES_DIR "/ca/ca_warnings.yaml", err, sizeof err) != 0) {
			fprintf(stderr, "fuzz_suppress: %s\n", err);
			abort();
		}
	}
	fuzz_write(path, sizeof path, "driver.c", data, size);
	finding_list l;
	finding_list_init(&l);
	for (uint32_t line = 1; line <= 8; line++)
		finding_add(&l, line % 2 ? "Irql_IM_Function" : "IrqlTooHigh", FINDING_ERROR,
			    (fx_loc){ path, line, 1 }, "finding on line %u", line);
	finding_list_sort(&l);
	const char *scan[] = { path };
	filter_options fo = { .rules = rs, .ca = ca, .source_root = fuzz_dir(), .scan_files = scan, .nscan = 1 };
	filter_result res = { 0 };
	filter_apply(&res, &l, &fo);
	filter_result_free(&res);
	finding_list_free(&l);
	return 0;
}
