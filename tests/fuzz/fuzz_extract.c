/* Fuzzes fact extraction on arbitrary C source: libclang parses the input
 * (with the bundled model headers) and extract/ turns whatever it parsed
 * into facts, which are then dumped and serialised.  Crashes inside
 * libclang's own parser (deep nesting) are clang's; -fbracket-depth keeps
 * the parser's recursion well inside the fuzzer's stack so that what is
 * found is ddicheck's. */
#include "facts/facts_dump.h"
#include "facts/facts_io.h"
#include "frontend/frontend.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static fe_session *s;
	if (!s) {
		fe_config fc = { .model_include_dir = DDICHECK_RULES_DIR "/include" };
		s = fe_session_new(&fc);
	}
	static const char *const args[] = { "-fbracket-depth=64" };
	fx_tu *tu = NULL;
	if (fe_extract_buffer(s, "/fuzz/driver.c", (const char *)data, size, args, 1, &tu) == 0 && tu) {
		FILE *null = fopen("/dev/null", "w");
		if (null) {
			fx_dump_tu(null, tu);
			fclose(null);
		}
		strbuf sb = STRBUF_INIT;
		fxio_write(&sb, tu);
		fx_tu *back = NULL;
		char err[256];
		if (fxio_read(&back, sb.buf, sb.len, err, sizeof err) != 0)
			abort();   /* what fxio_write wrote must read back */
		fx_tu_free(back);
		strbuf_free(&sb);
	}
	fx_tu_free(tu);
	return 0;
}
