/* ddicheck's command line: read the options and the project configuration,
 * then run the pipeline inputs -> (facts cache | frontend/extract) -> link
 * -> engine (flow + checks) -> filter (suppressions, baseline) -> report. */
#include "cache/cache.h"
#include "cli/cli.h"
#include "config/config.h"
#include "facts/facts_dump.h"
#include "filter/filter.h"
#include "frontend/fe_pool.h"
#include "kb/kb.h"
#include "kb/kb_import.h"
#include "link/program.h"
#include "report/report.h"
#include "rules/engine.h"
#include "rules/explain.h"
#include "rules/ruleset.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

static bool is_dir(const char *p)
{
	struct stat st;
	return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The bundled data: next to an installed binary (../share/ddicheck/rules),
 * else the source tree the binary was built from. */
static const char *default_rules_dir(strbuf *buf)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			strbuf_reset(buf);
			strbuf_printf(buf, "%s/../share/ddicheck/rules", exe);
			if (is_dir(strbuf_str(buf)))
				return strbuf_str(buf);
		}
	}
	if (is_dir(DDICHECK_SOURCE_RULES_DIR))
		return DDICHECK_SOURCE_RULES_DIR;
	if (is_dir(DDICHECK_INSTALL_RULES_DIR))
		return DDICHECK_INSTALL_RULES_DIR;
	return NULL;
}

static int kb_command(int argc, char **argv)
{
	if (argc < 3 || strcmp(argv[2], "import") != 0) {
		fprintf(stderr, "ddicheck: usage: ddicheck kb import DOCS_DIR... -o OUT_DIR\n");
		return EXIT_USAGE;
	}
	const char *out = NULL;
	const char **dirs = xcalloc((size_t)argc + 1, sizeof(char *));
	size_t ndirs = 0;
	for (int i = 3; i < argc; i++) {
		if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
			out = argv[++i];
		else
			dirs[ndirs++] = argv[i];
	}
	int rc;
	if (!out || !ndirs) {
		fprintf(stderr, "ddicheck: usage: ddicheck kb import DOCS_DIR... -o OUT_DIR\n");
		rc = EXIT_USAGE;
	} else {
		rc = kb_import_run(dirs, ndirs, out, stdout, stderr);
	}
	free(dirs);
	return rc;
}

/* What clang rejects and MSVC accepts: shown; the file is complete. */
static void report_msvc_accepted(const fx_tu *tu)
{
	for (uint32_t i = 0; i < tu->ndiags; i++) {
		const fx_diag *d = &tu->diags[i];
		if (d->severity != FX_DIAG_MSVC)
			continue;
		fputs("ddicheck: ", stderr);
		report_put_escaped(stderr, d->loc.file ? d->loc.file : tu->path);
		fprintf(stderr, ":%u:%u: warning: ", d->loc.line, d->loc.col);
		report_put_escaped(stderr, d->message);
		fputs(" (MSVC accepts this, warning C4028; the definition is analysed)\n", stderr);
	}
}

/* Prints what went wrong in a TU that did not parse cleanly, or that was
 * analysed only approximately (a nesting depth limit), and records it for
 * the machine-readable reports; true if so. */
static bool report_incomplete(const fx_tu *tu, report_notification *note, arena *a)
{
	uint32_t nwarn = 0;
	for (uint32_t i = 0; i < tu->ndiags; i++)
		if (tu->diags[i].severity == FX_DIAG_WARNING)
			nwarn++;
	if (tu->parsed && tu->nerrors == 0 && nwarn == 0)
		return false;
	strbuf msg = STRBUF_INIT;
	if (!tu->parsed)
		strbuf_printf(&msg, "%s: could not be parsed; it is not analysed", tu->path);
	else if (tu->nerrors)
		strbuf_printf(&msg, "%s: %u parse error%s; analysed as far as it parsed", tu->path, tu->nerrors,
			      tu->nerrors == 1 ? "" : "s");
	else
		strbuf_printf(&msg, "%s: analysed only approximately", tu->path);
	fputs("ddicheck: ", stderr);
	report_put_escaped(stderr, strbuf_str(&msg));
	fputc('\n', stderr);
	note->file = arena_strdup(a, tu->path);
	note->loc = (fx_loc){ note->file, 0, 0 };
	unsigned shown = 0;
	for (int pass = 0; pass < 2; pass++)
		for (uint32_t i = 0; i < tu->ndiags && shown < 3; i++) {
			const fx_diag *d = &tu->diags[i];
			/* errors first, then the warnings that made it approximate */
			if (pass == 0 ? d->severity != FX_DIAG_ERROR && d->severity != FX_DIAG_FATAL
				      : d->severity != FX_DIAG_WARNING)
				continue;
			if (!shown) {
				note->loc = d->loc;
				note->loc.file = arena_strdup(a, d->loc.file ? d->loc.file : tu->path);
				strbuf_puts(&msg, ": ");
				strbuf_puts(&msg, d->message);
			}
			fprintf(stderr, "  ");
			report_put_escaped(stderr, d->loc.file ? d->loc.file : tu->path);
			if (d->loc.line)
				fprintf(stderr, ":%u:%u", d->loc.line, d->loc.col);
			fprintf(stderr, ": %s: ", d->severity == FX_DIAG_WARNING ? "warning" : "error");
			report_put_escaped(stderr, d->message);
			fputc('\n', stderr);
			shown++;
		}
	note->message = arena_strdup(a, strbuf_str(&msg));
	strbuf_free(&msg);
	return true;
}

/* Applies the project configuration under the command line's options. */
static int apply_config(cli_options *o, config **cfgp)
{
	char *found = NULL;
	char err[2048];
	const char *path = o->config;
	if (!path && !o->no_config && config_find(&found, o->npaths ? o->paths[0] : ".") == 0)
		path = found;
	int rc = 0;
	if (!path)
		goto cleanup;
	if (config_load(cfgp, path, err, sizeof(err)) != 0) {
		fprintf(stderr, "ddicheck: %s\n", err);
		rc = EXIT_USAGE;
		goto cleanup;
	}
	const config *c = *cfgp;
	if (!o->npaths && !o->build_dir) {
		if (c->compile_commands)
			o->build_dir = c->compile_commands;
		for (size_t i = 0; i < c->nsources; i++)
			cli_push(&o->paths, &o->npaths, &o->cappaths, c->sources[i]);
		if (!c->compile_commands && !c->nsources)
			cli_push(&o->paths, &o->npaths, &o->cappaths, c->dir);
	}
	/* configuration arguments come first: the command line's win */
	char **args = o->args;
	size_t nargs = o->nargs;
	o->args = NULL;
	o->nargs = o->capargs = 0;
	strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < c->nincludes; i++) {
		strbuf_reset(&sb);
		strbuf_printf(&sb, "-I%s", c->includes[i]);
		cli_push(&o->args, &o->nargs, &o->capargs, strbuf_str(&sb));
	}
	for (size_t i = 0; i < c->ndefines; i++) {
		strbuf_reset(&sb);
		strbuf_printf(&sb, "-D%s", c->defines[i]);
		cli_push(&o->args, &o->nargs, &o->capargs, strbuf_str(&sb));
	}
	strbuf_free(&sb);
	for (size_t i = 0; i < c->nargs; i++)
		cli_push(&o->args, &o->nargs, &o->capargs, c->args[i]);
	for (size_t i = 0; i < nargs; i++) {
		VEC_PUSH(o->args, o->nargs, o->capargs, args[i]);
	}
	free(args);
	if (!o->nenable)
		for (size_t i = 0; i < c->nenable; i++)
			cli_push(&o->enable, &o->nenable, &o->capenable, c->enable[i]);
	for (size_t i = 0; i < c->ndisable; i++)
		cli_push(&o->disable, &o->ndisable, &o->capdisable, c->disable[i]);
	if (!o->fail_on)
		o->fail_on = c->fail_on;
	if (!o->baseline && !o->write_baseline)
		o->baseline = c->baseline;
cleanup:
	free(found);
	return rc;
}

static bool listed(char **v, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return true;
	return false;
}

/* Writes the report to o->output through a temporary file and a rename, so
 * that a failed run leaves no partial file; to stdout when no -o. */
static int write_report(const cli_options *o, const finding_list *active, const report_run *run)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = o->output ? open_memstream(&buf, &len) : stdout;
	if (!f)
		return -1;
	int rc;
	if (strcmp(o->format, "json") == 0) {
		rc = report_json(f, run);
	} else if (strcmp(o->format, "sarif") == 0) {
		rc = report_sarif(f, run);
	} else {
		report_options ro = { .color = strcmp(o->color, "always") == 0 ||
						(strcmp(o->color, "auto") == 0 && !o->output && isatty(fileno(stdout))) };
		rc = report_text(f, active, &ro);
	}
	if (o->output) {
		if (fclose(f) != 0)
			rc = -1;
		if (rc == 0 && filter_write_atomic(o->output, buf ? buf : "", len) != 0)
			rc = -1;
		free(buf);
	}
	return rc;
}

static void progress(void *ctx, size_t done, size_t total, const char *file)
{
	(void)ctx;
	if (done == total) {
		fputs("\r\033[K", stderr);
	} else {
		fprintf(stderr, "\r\033[K[%zu/%zu] ", done + 1, total);
		report_put_escaped(stderr, file);
	}
	fflush(stderr);
}

/* Extracts the facts of every input marked in todo into tus[i]: in child
 * processes under the resource limits (isolate.c says why), or with
 * --no-isolate on the in-process worker pool.  Returns 0, or -1 when the
 * extraction could not run at all (message printed). */
static int extract_inputs(const cli_options *o, const fe_config *fc, const fe_input *inputs, const bool *todo,
			  size_t n, fx_tu **tus, bool show)
{
	unsigned jobs = o->jobs ? o->jobs : fe_pool_default_jobs();
	if (!o->no_isolate) {
		cli_limits lim = { .jobs = jobs, .max_seconds = o->max_tu_seconds, .max_mb = o->max_memory_mb,
				   .progress = show ? progress : NULL };
		return cli_extract_isolated(tus, fc, inputs, todo, n, &lim);
	}
	/* the pool takes a dense array: shallow copies of the inputs to parse */
	fe_input *sub = xcalloc(n + 1, sizeof(fe_input));
	fx_tu **out = xcalloc(n + 1, sizeof(fx_tu *));
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (todo[i])
			sub[m++] = inputs[i];
	fe_pool_options po = { .jobs = jobs, .share_headers = true };
	if (show)
		progress(NULL, 0, m, "parsing in-process");
	fe_extract_all(out, fc, sub, m, &po);
	if (show)
		progress(NULL, m, m, NULL);
	for (size_t i = 0, k = 0; i < n; i++)
		if (todo[i])
			tus[i] = out[k++];
	free(out);
	free(sub);
	return 0;
}

static int run(cli_options *o)
{
	int rc = 0;
	fe_input *inputs = NULL;
	size_t ninputs = 0;
	fx_tu **tus = NULL;
	size_t ntus = 0;
	kb *k = NULL;
	ruleset *rs = NULL;
	program *prog = NULL;
	bool *todo = NULL;
	cache *ch = NULL;
	config *cfg = NULL;
	filter_ca_map *ca = NULL;
	filter_result fres = { 0 };
	finding_list findings, active;
	finding_list_init(&findings);
	memset(&active, 0, sizeof(active));
	strbuf rules_buf = STRBUF_INIT, sb = STRBUF_INIT, docs = STRBUF_INIT;
	arena *a = arena_new();
	report_notification *notes = NULL;
	size_t nnotes = 0, capnotes = 0;
	const char **scan = NULL;
	char *cache_dir = NULL, *root = NULL;
	const char **enabled = NULL;
	size_t nenabled = 0, capenabled = 0;
	char err[2048];

	const char *rules_dir = o->rules_dir ? o->rules_dir : default_rules_dir(&rules_buf);
	if (!rules_dir || !is_dir(rules_dir)) {
		fprintf(stderr, "ddicheck: %s: rules directory not found (use --rules-dir)\n",
			rules_dir ? rules_dir : "(bundled rules)");
		rc = EXIT_USAGE;
		goto cleanup;
	}
	bool need_rules = o->list_rules || o->explain || !o->dump_facts;
	if (need_rules) {
		strbuf_printf(&sb, "%s/kb", rules_dir);
		if (kb_load(&k, strbuf_str(&sb), err, sizeof(err)) != 0 ||
		    ruleset_load(&rs, rules_dir, k, err, sizeof(err)) != 0) {
			fprintf(stderr, "ddicheck: %s\n", err);
			rc = EXIT_USAGE;
			goto cleanup;
		}
	}
	if (o->list_rules) {
		explain_list(stdout, rs, k);
		goto cleanup;
	}
	if (o->explain) {
		if (explain_rule(stdout, rs, k, o->explain) != 0) {
			fprintf(stderr, "ddicheck: --explain %s: no such rule (see --list-rules)\n", o->explain);
			rc = EXIT_USAGE;
		}
		goto cleanup;
	}
	if (o->whole_driver && cli_whole_driver(o) == 1)
		goto cleanup;   /* no C file changed: nothing to check */
	if ((rc = apply_config(o, &cfg)) != 0)
		goto cleanup;
	if ((rc = cli_collect_inputs(o, &inputs, &ninputs)) != 0)
		goto cleanup;
	for (size_t i = 0; rs && i < o->nenable + o->ndisable; i++) {
		const char *id = i < o->nenable ? o->enable[i] : o->disable[i - o->nenable];
		if (!ruleset_rule(rs, id)) {
			fprintf(stderr, "ddicheck: %s %s: no such rule (see --list-rules)\n",
				i < o->nenable ? "--enable" : "--disable", id);
			rc = EXIT_USAGE;
			goto cleanup;
		}
	}
	for (size_t i = 0; cfg && rs && i < cfg->nseverities; i++)
		if (!ruleset_rule(rs, cfg->severities[i].rule)) {
			fprintf(stderr, "ddicheck: %s: severities: no such rule %s\n", cfg->path, cfg->severities[i].rule);
			rc = EXIT_USAGE;
			goto cleanup;
		}

	strbuf_reset(&sb);
	strbuf_printf(&sb, "%s/include", rules_dir);
	fe_config fc = { .model_include_dir = strbuf_str(&sb) };
	if (!o->no_cache && !o->dump_facts) {
		cache_dir = o->cache_dir ? xstrdup(o->cache_dir) : cache_default_dir();
		if (cache_dir && cache_open(&ch, cache_dir, fc.model_include_dir, err, sizeof(err)) != 0) {
			if (o->cache_dir) {
				fprintf(stderr, "ddicheck: %s\n", err);
				rc = EXIT_USAGE;
				goto cleanup;
			}
			ch = NULL;   /* the default cache is a convenience, not a requirement */
		}
	}
	bool incomplete = false;
	bool show = isatty(fileno(stderr)) && ninputs > 1;
	tus = xcalloc(ninputs + 1, sizeof(fx_tu *));
	scan = xcalloc(ninputs + 1, sizeof(char *));
	todo = xcalloc(ninputs + 1, sizeof(bool));
	size_t ntodo = 0, nscan = 0;
	for (size_t i = 0; i < ninputs; i++) {
		if (cli_is_facts_file(inputs[i].file)) {
			/* split mode: the facts were extracted elsewhere */
			if (cli_read_facts(&tus[i], inputs[i].file, err, sizeof(err)) != 0) {
				fprintf(stderr, "ddicheck: %s\n", err);
				for (size_t j = 0; j < ninputs; j++)
					fx_tu_free(tus[j]);
				rc = EXIT_USAGE;
				goto cleanup;
			}
			scan[nscan++] = arena_strdup(a, tus[i]->path);
			continue;
		}
		if (cli_check_readable(&inputs[i], err, sizeof(err)) != 0) {
			/* not read again by anything, the suppression scan included */
			tus[i] = cli_failed_tu(inputs[i].file, err);
			continue;
		}
		scan[nscan++] = inputs[i].file;
		if (!(ch && cache_lookup(ch, &inputs[i], &tus[i]) == 0)) {
			tus[i] = NULL;
			todo[i] = true;
			ntodo++;
		}
	}
	if (ntodo && extract_inputs(o, &fc, inputs, todo, ninputs, tus, show) != 0) {
		for (size_t i = 0; i < ninputs; i++)
			fx_tu_free(tus[i]);
		rc = EXIT_USAGE;
		goto cleanup;
	}
	for (size_t i = 0; i < ninputs; i++) {
		fx_tu *tu = tus[i];
		if (!tu) {
			fprintf(stderr, "ddicheck: %s: internal error while extracting facts\n", inputs[i].file);
			report_notification n = { arena_strdup(a, inputs[i].file), { NULL, 0, 0 },
						  "internal error while extracting facts" };
			VEC_PUSH(notes, nnotes, capnotes, n);
			incomplete = true;
			continue;
		}
		tus[ntus++] = tu;
		if (todo[i] && ch)
			cache_store(ch, &inputs[i], tu);
		report_notification n;
		report_msvc_accepted(tu);
		if (report_incomplete(tu, &n, a)) {
			VEC_PUSH(notes, nnotes, capnotes, n);
			incomplete = true;
		}
	}
	if (ch && o->verbose) {
		const cache_stats *st = cache_get_stats(ch);
		fprintf(stderr, "ddicheck: facts cache %s: %u reused, %u parsed, %u rejected, %u stored\n",
			cache_dir, st->hits, st->misses, st->rejected, st->stored);
	}
	if (o->dump_facts) {
		for (size_t i = 0; i < ntus; i++)
			fx_dump_tu(stdout, tus[i]);
		rc = incomplete ? EXIT_INCOMPLETE : EXIT_CLEAN;
		goto cleanup;
	}

	program_link(&prog, tus, ntus, k);
	engine_prepare(prog, rs);
	for (size_t i = 0; i < rs->nrules; i++) {
		const char *id = rs->rules[i].id;
		if ((!o->nenable || listed(o->enable, o->nenable, id)) && !listed(o->disable, o->ndisable, id))
			VEC_PUSH(enabled, nenabled, capenabled, id);
	}
	engine_options eo = { .enabled = enabled ? enabled : (const char *const *)&"", .nenabled = nenabled };
	flow_stats fst = { 0 };
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	engine_run(prog, rs, k, &eo, &findings, &fst);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (o->verbose)
		fprintf(stderr,
			"ddicheck: analysis: %zu entry contexts, %zu function walks, %zu memo hits, "
			"%zu calls cut (recursion), %zu cut (depth), %zu loops without fixpoint, %.2f s\n",
			fst.entries, fst.walks, fst.memo_hits, fst.cut_recursion, fst.cut_depth, fst.no_fixpoint,
			(double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	finding_list_sort(&findings);
	for (size_t i = 0; cfg && i < findings.count; i++)
		for (size_t s = 0; s < cfg->nseverities; s++)
			if (strcmp(cfg->severities[s].rule, findings.items[i]->rule) == 0)
				findings.items[i]->level = cfg->severities[s].level;

	/* filter: suppressions, fingerprints, baseline */
	strbuf_reset(&sb);
	strbuf_printf(&sb, "%s/ca/ca_warnings.yaml", rules_dir);
	if (filter_ca_load(&ca, strbuf_str(&sb), err, sizeof(err)) != 0) {
		fprintf(stderr, "ddicheck: %s\n", err);
		rc = EXIT_USAGE;
		goto cleanup;
	}
	root = realpath(o->source_root ? o->source_root : ".", NULL);
	if (!root) {
		fprintf(stderr, "ddicheck: --source-root %s: %s\n", o->source_root, strerror(errno));
		rc = EXIT_USAGE;
		goto cleanup;
	}
	filter_options fo = { .rules = rs, .ca = ca, .source_root = root, .scan_files = scan, .nscan = nscan };
	filter_apply(&fres, &findings, &fo);
	if (o->baseline && filter_baseline_apply(o->baseline, &findings, &fres, err, sizeof(err)) != 0) {
		fprintf(stderr, "ddicheck: %s\n", err);
		rc = EXIT_USAGE;
		goto cleanup;
	}
	if (o->write_baseline && filter_baseline_write(o->write_baseline, &findings, &fres, err, sizeof(err)) != 0) {
		fprintf(stderr, "ddicheck: %s\n", err);
		rc = EXIT_USAGE;
		goto cleanup;
	}

	finding_level fail_level = FINDING_WARNING;
	const char *fail_on = o->fail_on ? o->fail_on : "warning";
	if (strcmp(fail_on, "error") == 0)
		fail_level = FINDING_ERROR;
	size_t counted = 0;
	for (size_t i = 0; i < findings.count; i++) {
		if (fres.meta[i].state != FILTER_ACTIVE)
			continue;
		VEC_PUSH(active.items, active.count, active.cap, findings.items[i]);
		if (strcmp(fail_on, "never") != 0 && findings.items[i]->level >= fail_level)
			counted++;
	}
	/* an incomplete analysis must fail a gate even when it found something */
	rc = incomplete ? EXIT_INCOMPLETE : counted ? EXIT_FINDINGS : EXIT_CLEAN;

	strbuf_printf(&docs, "%s/../docs/rules", rules_dir);
	report_run run = { .findings = &findings, .meta = fres.meta, .rules = rs,
			   .docs_dir = strbuf_str(&docs), .source_root = root, .notes = notes,
			   .nnotes = nnotes, .exit_code = rc, .command_line = o->command_line };
	if (write_report(o, &active, &run) != 0) {
		fprintf(stderr, "ddicheck: %s: write failed: %s\n", o->output ? o->output : "standard output",
			strerror(errno));
		rc = EXIT_USAGE;
	}

cleanup:
	free(active.items);
	filter_result_free(&fres);
	filter_ca_free(ca);
	finding_list_free(&findings);
	program_free(prog);
	for (size_t i = 0; i < ntus; i++)
		fx_tu_free(tus[i]);
	free(tus);
	free(scan);
	free(notes);
	free(enabled);
	free(root);
	free(cache_dir);
	cache_close(ch);
	free(todo);
	ruleset_free(rs);
	kb_free(k);
	config_free(cfg);
	fe_inputs_free(inputs, ninputs);
	arena_free(a);
	strbuf_free(&rules_buf);
	strbuf_free(&sb);
	strbuf_free(&docs);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "kb") == 0)
		return kb_command(argc, argv);
	if (argc >= 2 && strcmp(argv[1], "install-hook") == 0)
		return cli_install_hook(argc, argv);
	if (argc >= 2 && strcmp(argv[1], "extract") == 0) {
		strbuf rb = STRBUF_INIT;
		int erc = cli_extract_command(argc, argv, default_rules_dir(&rb));
		strbuf_free(&rb);
		return erc;
	}
	if (argc >= 2 && strcmp(argv[1], "link") == 0) {
		/* `link A.facts B.facts ...` is a run whose inputs are facts files */
		argv[1] = argv[0];
		argv++;
		argc--;
	}
	cli_options o = { 0 };
	int rc = cli_parse_options(argc, argv, &o);
	if (rc == 0)
		rc = run(&o);
	else if (rc < 0)
		rc = EXIT_CLEAN;
	cli_options_free(&o);
	return rc;
}
