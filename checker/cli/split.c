/* Split mode, for builds that spread work over many machines:
 *   ddicheck extract FILE [-o OUT.facts] [--rules-dir DIR] [-I DIR] [-D NAME] [-- ARGS]
 * parses one translation unit, like a compile step, and writes its facts
 * (facts/facts_io.h: versioned, checksummed); then
 *   ddicheck link A.facts B.facts ...   (or any run naming .facts inputs)
 * reads them instead of parsing and runs the rest of the pipeline as usual.
 * A facts file of another format version is refused by name (exit 2). */
#include "cli/cli.h"
#include "facts/facts_io.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char extract_usage[] =
	"usage: ddicheck extract FILE [-o OUT.facts] [--rules-dir DIR] [-I DIR] [-D NAME[=VALUE]] [-- ARGS]\n";

bool cli_is_facts_file(const char *path)
{
	size_t n = strlen(path);
	return n > 6 && strcmp(path + n - 6, ".facts") == 0;
}

/* Writes data to path through a temporary file and a rename, so that a
 * failed write leaves no partial facts file behind. */
static int write_atomically(const char *path, const char *data, size_t len)
{
	strbuf tmp = STRBUF_INIT;
	strbuf_printf(&tmp, "%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(strbuf_str(&tmp), "wb");
	int rc = -1;
	if (f) {
		bool ok = fwrite(data, 1, len, f) == len;
		ok = (fclose(f) == 0) && ok;
		if (ok && rename(strbuf_str(&tmp), path) == 0)
			rc = 0;
	}
	if (rc != 0) {
		int e = errno;
		unlink(strbuf_str(&tmp));
		errno = e;
	}
	strbuf_free(&tmp);
	return rc;
}

int cli_extract_command(int argc, char **argv, const char *default_rules_dir)
{
	const char *file = NULL, *out = NULL, *rules_dir = default_rules_dir;
	char **args = xcalloc((size_t)argc + 1, sizeof(char *));
	size_t nargs = 0;
	int rc = EXIT_USAGE;
	fx_tu *tu = NULL;
	fe_session *s = NULL;
	strbuf inc = STRBUF_INIT, facts = STRBUF_INIT, def = STRBUF_INIT;
	bool dashes = false;

	for (int i = 2; i < argc; i++) {
		const char *a = argv[i];
		if (dashes) {
			args[nargs++] = xstrdup(a);
		} else if (strcmp(a, "--") == 0) {
			dashes = true;
		} else if (strcmp(a, "-o") == 0 && i + 1 < argc) {
			out = argv[++i];
		} else if (strcmp(a, "--rules-dir") == 0 && i + 1 < argc) {
			rules_dir = argv[++i];
		} else if ((strcmp(a, "-I") == 0 || strcmp(a, "-D") == 0) && i + 1 < argc) {
			strbuf_reset(&def);
			strbuf_printf(&def, "%s%s", a, argv[++i]);
			args[nargs++] = xstrdup(strbuf_str(&def));
		} else if ((strncmp(a, "-I", 2) == 0 || strncmp(a, "-D", 2) == 0) && a[2]) {
			args[nargs++] = xstrdup(a);
		} else if (a[0] == '-') {
			fprintf(stderr, "ddicheck: extract: unknown option %s\n%s", a, extract_usage);
			goto cleanup;
		} else if (!file) {
			file = a;
		} else {
			fprintf(stderr, "ddicheck: extract: one file at a time (%s and %s)\n%s", file, a, extract_usage);
			goto cleanup;
		}
	}
	if (!file) {
		fprintf(stderr, "ddicheck: extract: no file\n%s", extract_usage);
		goto cleanup;
	}
	if (!rules_dir) {
		fprintf(stderr, "ddicheck: extract: rules directory not found (use --rules-dir)\n");
		goto cleanup;
	}
	struct stat st;
	if (stat(file, &st) != 0 || !S_ISREG(st.st_mode)) {
		fprintf(stderr, "ddicheck: %s: %s\n", file, errno ? strerror(errno) : "not a regular file");
		goto cleanup;
	}
	strbuf default_out = STRBUF_INIT;
	if (!out) {
		strbuf_printf(&default_out, "%s.facts", file);
		out = strbuf_str(&default_out);
	}
	strbuf_printf(&inc, "%s/include", rules_dir);
	fe_config fc = { .model_include_dir = strbuf_str(&inc) };
	fe_input in = { .file = (char *)file, .args = args, .nargs = nargs };
	/* (the frontend drops arguments that would load code into the parser) */
	s = fe_session_new(&fc);
	if (fe_extract(s, &in, &tu) != 0 || !tu) {
		fprintf(stderr, "ddicheck: %s: internal error while extracting facts\n", file);
		strbuf_free(&default_out);
		goto cleanup;
	}
	fxio_write(&facts, tu);
	if (write_atomically(out, facts.buf, facts.len) != 0) {
		fprintf(stderr, "ddicheck: %s: cannot write: %s\n", out, strerror(errno));
		strbuf_free(&default_out);
		goto cleanup;
	}
	strbuf_free(&default_out);
	/* the facts are written either way; a TU that did not parse cleanly makes
	   the whole build's analysis incomplete, as in a one-shot run */
	rc = (!tu->parsed || tu->nerrors) ? EXIT_INCOMPLETE : EXIT_CLEAN;
	if (rc == EXIT_INCOMPLETE)
		fprintf(stderr, "ddicheck: %s: %u parse error%s; facts written as far as it parsed\n", file,
			tu->nerrors, tu->nerrors == 1 ? "" : "s");

cleanup:
	fx_tu_free(tu);
	fe_session_free(s);
	for (size_t i = 0; i < nargs; i++)
		free(args[i]);
	free(args);
	strbuf_free(&inc);
	strbuf_free(&facts);
	strbuf_free(&def);
	return rc;
}

int cli_read_facts(fx_tu **out, const char *path, char *err, size_t errsize)
{
	*out = NULL;
	FILE *f = fopen(path, "rb");
	if (!f) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		return -1;
	}
	strbuf data = STRBUF_INIT;
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(&data, buf, n);
	bool bad = ferror(f);
	fclose(f);
	int rc = -1;
	char why[512];
	if (bad)
		snprintf(err, errsize, "%s: read error", path);
	else if (fxio_read(out, data.buf ? data.buf : "", data.len, why, sizeof(why)) != 0)
		snprintf(err, errsize, "%s: not usable facts: %s", path, why);
	else
		rc = 0;
	strbuf_free(&data);
	return rc;
}
