/* bench_extract: the benchmark's driver for what the ddicheck command line
 * cannot do yet (-j, split mode).  It runs the same pipeline as the CLI
 * (inputs -> fe_extract_all with N workers -> link -> engine -> text report)
 * on a compilation database and prints the findings to stdout and one line
 * of timings to stderr:
 *   bench: tus=N jobs=J extract=S link=S analyse=S total=S rss_mb=M findings=K
 * Options:
 *   -p BUILD_DIR      compile_commands.json to read (required)
 *   -j N              workers (default: all processors)
 *   --no-share        no precompiled leading includes
 *   --dump            print the facts (fx_dump_tu) instead of analysing
 *   --via-facts DIR   split mode at library level: every TU's facts are
 *                     written to DIR/NNNN.facts with fxio_write, freed, read
 *                     back with fxio_read, and only then linked
 *   --rules-dir DIR   rules, knowledge base and model headers
 * Not installed; built with the project (bench/CMakeLists.txt). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "facts/facts_dump.h"
#include "facts/facts_io.h"
#include "frontend/fe_pool.h"
#include "kb/kb.h"
#include "link/program.h"
#include "report/report.h"
#include "rules/engine.h"
#include "rules/ruleset.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Writes each TU's facts to dir, frees them and reads them back. */
static int roundtrip(fx_tu **tus, size_t n, const char *dir)
{
	int rc = 0;
	strbuf path = STRBUF_INIT, data = STRBUF_INIT;
	char err[512];
	for (size_t i = 0; i < n && rc == 0; i++) {
		strbuf_reset(&path);
		strbuf_reset(&data);
		strbuf_printf(&path, "%s/%04zu.facts", dir, i);
		fxio_write(&data, tus[i]);
		FILE *f = fopen(strbuf_str(&path), "wb");
		if (!f || fwrite(data.buf, 1, data.len, f) != data.len) {
			fprintf(stderr, "bench: %s: %s\n", strbuf_str(&path), strerror(errno));
			if (f)
				fclose(f);
			rc = -1;
			break;
		}
		fclose(f);
		fx_tu_free(tus[i]);
		tus[i] = NULL;
		f = fopen(strbuf_str(&path), "rb");
		if (!f) {
			rc = -1;
			break;
		}
		strbuf_reset(&data);
		char buf[65536];
		size_t got;
		while ((got = fread(buf, 1, sizeof buf, f)) > 0)
			strbuf_add(&data, buf, got);
		fclose(f);
		if (fxio_read(&tus[i], data.buf, data.len, err, sizeof err) != 0) {
			fprintf(stderr, "bench: %s: %s\n", strbuf_str(&path), err);
			rc = -1;
		}
	}
	strbuf_free(&path);
	strbuf_free(&data);
	return rc;
}

int main(int argc, char **argv)
{
	const char *build_dir = NULL, *rules_dir = DDICHECK_SOURCE_RULES_DIR, *via = NULL;
	fe_pool_options po = { .jobs = 0, .share_headers = true };
	bool dump = false;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-p") && i + 1 < argc)
			build_dir = argv[++i];
		else if (!strcmp(argv[i], "-j") && i + 1 < argc)
			po.jobs = (unsigned)atoi(argv[++i]);
		else if (!strcmp(argv[i], "--no-share"))
			po.share_headers = false;
		else if (!strcmp(argv[i], "--dump"))
			dump = true;
		else if (!strcmp(argv[i], "--via-facts") && i + 1 < argc)
			via = argv[++i];
		else if (!strcmp(argv[i], "--rules-dir") && i + 1 < argc)
			rules_dir = argv[++i];
		else {
			fprintf(stderr, "usage: bench_extract -p BUILD_DIR [-j N] [--no-share] [--dump] "
					"[--via-facts DIR] [--rules-dir DIR]\n");
			return 2;
		}
	}
	if (!build_dir) {
		fprintf(stderr, "bench_extract: -p BUILD_DIR is required\n");
		return 2;
	}
	int rc = 2;
	char err[2048];
	fe_input *in = NULL;
	size_t n = 0;
	fx_tu **tus = NULL;
	kb *k = NULL;
	ruleset *rs = NULL;
	program *prog = NULL;
	finding_list findings;
	finding_list_init(&findings);
	strbuf inc = STRBUF_INIT, kbdir = STRBUF_INIT;

	double t0 = now();
	if (fe_compdb_load(build_dir, &in, &n, err, sizeof err) != 0) {
		fprintf(stderr, "bench_extract: %s\n", err);
		goto cleanup;
	}
	strbuf_printf(&inc, "%s/include", rules_dir);
	fe_config cfg = { .model_include_dir = strbuf_str(&inc) };
	tus = xcalloc(n + 1, sizeof(*tus));
	if (fe_extract_all(tus, &cfg, in, n, &po) != 0)
		fprintf(stderr, "bench_extract: internal error while extracting some TU\n");
	double t1 = now();
	if (dump) {
		for (size_t i = 0; i < n; i++)
			if (tus[i])
				fx_dump_tu(stdout, tus[i]);
		rc = 0;
		goto cleanup;
	}
	if (via && roundtrip(tus, n, via) != 0)
		goto cleanup;
	strbuf_printf(&kbdir, "%s/kb", rules_dir);
	if (kb_load(&k, strbuf_str(&kbdir), err, sizeof err) != 0 ||
	    ruleset_load(&rs, rules_dir, k, err, sizeof err) != 0) {
		fprintf(stderr, "bench_extract: %s\n", err);
		goto cleanup;
	}
	double t2 = now();
	/* the CLI links only what was extracted; a NULL here was reported above */
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (tus[i])
			tus[m++] = tus[i];
	for (size_t i = m; i < n; i++)
		tus[i] = NULL;
	program_link(&prog, tus, m, k);
	double t3 = now();
	engine_options eo = { 0 };
	engine_run(prog, rs, k, &eo, &findings, NULL);
	finding_list_sort(&findings);
	double t4 = now();
	report_options ro = { .color = false };
	report_text(stdout, &findings, &ro);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	fprintf(stderr,
		"bench: tus=%zu jobs=%u extract=%.3f load=%.3f link=%.3f analyse=%.3f total=%.3f "
		"rss_mb=%.1f findings=%zu\n",
		n, po.jobs ? po.jobs : fe_pool_default_jobs(), t1 - t0, t2 - t1, t3 - t2, t4 - t3,
		t4 - t0, (double)ru.ru_maxrss / 1024.0, findings.count);
	rc = findings.count ? 1 : 0;

cleanup:
	finding_list_free(&findings);
	program_free(prog);
	for (size_t i = 0; tus && i < n; i++)
		fx_tu_free(tus[i]);
	free(tus);
	ruleset_free(rs);
	kb_free(k);
	fe_inputs_free(in, n);
	strbuf_free(&inc);
	strbuf_free(&kbdir);
	return rc;
}
