/* Fuzzes the rule-file loader (ruleset_load): the input is the one rule file
 * of a rules directory that also holds the bundled data files (handles,
 * IRQL effects, roles...), resolved against the bundled knowledge base. */
#include "fuzz_util.h"
#include "kb/kb.h"
#include "rules/ruleset.h"

#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static kb *k;
	static char rdir[128];
	char path[256], err[1024];
	if (!k) {
		if (kb_load(&k, DDICHECK_RULES_DIR "/kb", err, sizeof err) != 0)
			abort();
		snprintf(rdir, sizeof rdir, "%s/rules", fuzz_dir());
		mkdir(rdir, 0700);
		char cmd[512];
		/* the data files are named in lower case, the rules in upper case */
		snprintf(cmd, sizeof cmd, "cp '%s'/[a-z]*.yaml '%s'/", DDICHECK_RULES_DIR, rdir);
		if (system(cmd) != 0)
			abort();
	}
	snprintf(path, sizeof path, "%s/Fuzz.yaml", rdir);
	FILE *f = fopen(path, "wb");
	if (!f || (size && fwrite(data, 1, size, f) != size))
		abort();
	fclose(f);
	ruleset *rs = NULL;
	if (ruleset_load(&rs, rdir, k, err, sizeof err) == 0)
		ruleset_free(rs);
	return 0;
}
