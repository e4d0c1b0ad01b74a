/* Helpers shared by the libFuzzer harnesses: most of ddicheck's readers take
 * a path, so each input is written to a file in a private temporary
 * directory made once per fuzzing process.  The directory name is the one
 * piece of process-wide state a harness keeps (libFuzzer calls
 * LLVMFuzzerTestOneInput with nothing else).  tools/dev points TMPDIR at
 * the build directory, so the files go away with it. */
#ifndef DDICHECK_FUZZ_UTIL_H
#define DDICHECK_FUZZ_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The harness's private directory, created on first use. */
static inline const char *fuzz_dir(void)
{
	static char dir[64];
	if (!dir[0]) {
		const char *tmp = getenv("TMPDIR");
		snprintf(dir, sizeof dir, "%s/ddicheck-fuzz-XXXXXX", tmp && strlen(tmp) < 32 ? tmp : "/tmp");
		if (!mkdtemp(dir))
			abort();
	}
	return dir;
}

/* Writes data to DIR/name and returns the path in buf. */
static inline const char *fuzz_write(char *buf, size_t bufsize, const char *name, const uint8_t *data, size_t size)
{
	snprintf(buf, bufsize, "%s/%s", fuzz_dir(), name);
	FILE *f = fopen(buf, "wb");
	if (!f)
		abort();
	if (size && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
	return buf;
}

#endif
