/* ddicheck's command line: parse options, then run the pipeline
 * inputs -> frontend/extract -> link -> engine (flow + checks) -> report. */
#include "cli/cli.h"
#include "facts/facts_dump.h"
#include "kb/kb.h"
#include "kb/kb_import.h"
#include "link/program.h"
#include "report/report.h"
#include "rules/engine.h"
#include "rules/ruleset.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: ddicheck [options] FILE|DIR... [-- compiler-args]\n"
	"       ddicheck -p BUILD_DIR [options] [FILE|DIR...]\n"
	"       ddicheck kb import DOCS_DIR... -o OUT_DIR\n"
	"\n"
	"Checks the C sources of a Windows kernel driver against the rules of the\n"
	"driver interfaces it calls. All inputs of one run form one program.\n"
	"\n"
	"options:\n"
	"  -p BUILD_DIR         read BUILD_DIR/compile_commands.json\n"
	"  -I DIR               add an include directory (searched before the model headers)\n"
	"  -D NAME[=VALUE]      define a macro\n"
	"  -o FILE              write the report to FILE instead of standard output\n"
	"  --format text        report format (text)\n"
	"  --color WHEN         auto (default: only on a terminal), always, never\n"
	"  --enable RULE[,RULE] run only these rules\n"
	"  --rules-dir DIR      rules, knowledge base and model headers (default: bundled)\n"
	"  --dump-facts         print the facts extracted from each file and stop\n"
	"  --version            print the version and exit\n"
	"  --help               print this help and exit\n"
	"\n"
	"exit status: 0 no finding, 1 findings, 2 usage or configuration error,\n"
	"             3 some input could not be analysed (the analysis is incomplete)\n";

static void push(char ***items, size_t *n, size_t *cap, const char *s)
{
	VEC_GROW(*items, *n, *cap);
	(*items)[(*n)++] = xstrdup(s);
}

static void options_free(cli_options *o)
{
	for (size_t i = 0; i < o->npaths; i++)
		free(o->paths[i]);
	for (size_t i = 0; i < o->nargs; i++)
		free(o->args[i]);
	for (size_t i = 0; i < o->nenable; i++)
		free(o->enable[i]);
	free(o->paths);
	free(o->args);
	free(o->enable);
}

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

enum { OPT_FORMAT = 256, OPT_COLOR, OPT_ENABLE, OPT_RULES_DIR, OPT_DUMP_FACTS, OPT_VERSION, OPT_HELP };

static int parse_options(int argc, char **argv, cli_options *o)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "color", required_argument, NULL, OPT_COLOR },
		{ "colour", required_argument, NULL, OPT_COLOR },
		{ "enable", required_argument, NULL, OPT_ENABLE },
		{ "rules-dir", required_argument, NULL, OPT_RULES_DIR },
		{ "dump-facts", no_argument, NULL, OPT_DUMP_FACTS },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ "help", no_argument, NULL, OPT_HELP },
		{ NULL, 0, NULL, 0 },
	};
	o->format = "text";
	o->color = "auto";
	opterr = 0;
	int ch;
	/* "+" would stop at the first path; we want options anywhere before "--" */
	while ((ch = getopt_long(argc, argv, ":p:I:D:o:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'p': o->build_dir = optarg; break;
		case 'o': o->output = optarg; break;
		case 'I': {
			strbuf sb = STRBUF_INIT;
			strbuf_printf(&sb, "-I%s", optarg);
			push(&o->args, &o->nargs, &o->capargs, strbuf_str(&sb));
			strbuf_free(&sb);
			break;
		}
		case 'D': {
			strbuf sb = STRBUF_INIT;
			strbuf_printf(&sb, "-D%s", optarg);
			push(&o->args, &o->nargs, &o->capargs, strbuf_str(&sb));
			strbuf_free(&sb);
			break;
		}
		case OPT_FORMAT:
			if (strcmp(optarg, "text") != 0) {
				fprintf(stderr, "ddicheck: --format %s: unknown format (text)\n", optarg);
				return EXIT_USAGE;
			}
			o->format = optarg;
			break;
		case OPT_COLOR:
			if (strcmp(optarg, "auto") && strcmp(optarg, "always") && strcmp(optarg, "never")) {
				fprintf(stderr, "ddicheck: --color %s: expected auto, always or never\n", optarg);
				return EXIT_USAGE;
			}
			o->color = optarg;
			break;
		case OPT_ENABLE: {
			char *copy = xstrdup(optarg), *save = NULL;
			for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save))
				push(&o->enable, &o->nenable, &o->capenable, t);
			free(copy);
			break;
		}
		case OPT_RULES_DIR: o->rules_dir = optarg; break;
		case OPT_DUMP_FACTS: o->dump_facts = true; break;
		case OPT_VERSION:
			printf("ddicheck %s\n", DDICHECK_VERSION);
			return -1;
		case OPT_HELP:
			fputs(usage_text, stdout);
			return -1;
		case ':':
			fprintf(stderr, "ddicheck: option %s needs an argument\n%s", argv[optind - 1], usage_text);
			return EXIT_USAGE;
		default:
			fprintf(stderr, "ddicheck: unknown option %s\n%s", argv[optind - 1], usage_text);
			return EXIT_USAGE;
		}
	}
	/* getopt_long permutes: paths first, then what followed "--" */
	bool after_dashes = false;
	for (int i = optind; i < argc; i++) {
		if (!after_dashes && strcmp(argv[i - 1], "--") == 0)
			after_dashes = true;
		if (after_dashes)
			push(&o->args, &o->nargs, &o->capargs, argv[i]);
		else
			push(&o->paths, &o->npaths, &o->cappaths, argv[i]);
	}
	return 0;
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

/* Prints what went wrong in a TU that did not parse cleanly; true if so. */
static bool report_incomplete(const fx_tu *tu)
{
	if (tu->parsed && tu->nerrors == 0)
		return false;
	if (!tu->parsed)
		fprintf(stderr, "ddicheck: %s: could not be parsed; it is not analysed\n", tu->path);
	else
		fprintf(stderr, "ddicheck: %s: %u parse error%s; analysed as far as it parsed\n", tu->path,
			tu->nerrors, tu->nerrors == 1 ? "" : "s");
	unsigned shown = 0;
	for (uint32_t i = 0; i < tu->ndiags && shown < 3; i++) {
		const fx_diag *d = &tu->diags[i];
		if (d->severity < FX_DIAG_ERROR)
			continue;
		fprintf(stderr, "  ");
		report_put_escaped(stderr, d->loc.file ? d->loc.file : tu->path);
		fprintf(stderr, ":%u:%u: error: ", d->loc.line, d->loc.col);
		report_put_escaped(stderr, d->message);
		fputc('\n', stderr);
		shown++;
	}
	return true;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "kb") == 0)
		return kb_command(argc, argv);

	cli_options o = { 0 };
	int rc = parse_options(argc, argv, &o);
	fe_input *inputs = NULL;
	size_t ninputs = 0;
	fx_tu **tus = NULL;
	size_t ntus = 0;
	kb *k = NULL;
	ruleset *rs = NULL;
	program *prog = NULL;
	fe_session *fe = NULL;
	finding_list findings;
	finding_list_init(&findings);
	strbuf rules_buf = STRBUF_INIT, inc = STRBUF_INIT, kbdir = STRBUF_INIT;
	FILE *out = stdout;
	char err[2048];

	if (rc != 0) {
		rc = rc < 0 ? EXIT_CLEAN : rc;
		goto cleanup;
	}
	const char *rules_dir = o.rules_dir ? o.rules_dir : default_rules_dir(&rules_buf);
	if (!rules_dir || !is_dir(rules_dir)) {
		fprintf(stderr, "ddicheck: %s: rules directory not found (use --rules-dir)\n",
			rules_dir ? rules_dir : "(bundled rules)");
		rc = EXIT_USAGE;
		goto cleanup;
	}
	if ((rc = cli_collect_inputs(&o, &inputs, &ninputs)) != 0)
		goto cleanup;

	strbuf_printf(&inc, "%s/include", rules_dir);
	fe_config cfg = { .model_include_dir = strbuf_str(&inc) };
	fe = fe_session_new(&cfg);
	bool incomplete = false;
	tus = xcalloc(ninputs + 1, sizeof(fx_tu *));
	for (size_t i = 0; i < ninputs; i++) {
		fx_tu *tu = NULL;
		if (fe_extract(fe, &inputs[i], &tu) != 0 || !tu) {
			fprintf(stderr, "ddicheck: %s: internal error while extracting facts\n", inputs[i].file);
			incomplete = true;
			continue;
		}
		tus[ntus++] = tu;
		if (report_incomplete(tu))
			incomplete = true;
	}
	if (o.dump_facts) {
		for (size_t i = 0; i < ntus; i++)
			fx_dump_tu(stdout, tus[i]);
		rc = incomplete ? EXIT_INCOMPLETE : EXIT_CLEAN;
		goto cleanup;
	}

	strbuf_printf(&kbdir, "%s/kb", rules_dir);
	if (kb_load(&k, strbuf_str(&kbdir), err, sizeof(err)) != 0) {
		fprintf(stderr, "ddicheck: %s\n", err);
		rc = EXIT_USAGE;
		goto cleanup;
	}
	if (ruleset_load(&rs, rules_dir, k, err, sizeof(err)) != 0) {
		fprintf(stderr, "ddicheck: %s\n", err);
		rc = EXIT_USAGE;
		goto cleanup;
	}

	program_link(&prog, tus, ntus, k);
	engine_options eo = { .enabled = o.nenable ? (const char *const *)o.enable : NULL,
			      .nenabled = o.nenable };
	for (size_t i = 0; i < o.nenable; i++)
		if (!ruleset_rule(rs, o.enable[i])) {
			fprintf(stderr, "ddicheck: --enable %s: no such rule\n", o.enable[i]);
			rc = EXIT_USAGE;
			goto cleanup;
		}
	engine_run(prog, rs, k, &eo, &findings, NULL);
	finding_list_sort(&findings);

	if (o.output && !(out = fopen(o.output, "w"))) {
		fprintf(stderr, "ddicheck: %s: cannot write: %s\n", o.output, strerror(errno));
		out = stdout;
		rc = EXIT_USAGE;
		goto cleanup;
	}
	report_options ro = { .color = strcmp(o.color, "always") == 0 ||
					(strcmp(o.color, "auto") == 0 && !o.output && isatty(fileno(stdout))) };
	if (report_text(out, &findings, &ro) != 0) {
		fprintf(stderr, "ddicheck: %s: write failed: %s\n", o.output ? o.output : "standard output",
			strerror(errno));
		rc = EXIT_USAGE;
		goto cleanup;
	}
	size_t counted = 0;
	for (size_t i = 0; i < findings.count; i++)
		if (findings.items[i]->level >= FINDING_WARNING)
			counted++;
	/* an incomplete analysis must fail a gate even when it found something */
	rc = incomplete ? EXIT_INCOMPLETE : counted ? EXIT_FINDINGS : EXIT_CLEAN;

cleanup:
	if (out != stdout && fclose(out) != 0 && rc != EXIT_USAGE) {
		fprintf(stderr, "ddicheck: %s: write failed: %s\n", o.output, strerror(errno));
		rc = EXIT_USAGE;
	}
	finding_list_free(&findings);
	program_free(prog);
	for (size_t i = 0; i < ntus; i++)
		fx_tu_free(tus[i]);
	free(tus);
	fe_session_free(fe);
	ruleset_free(rs);
	kb_free(k);
	fe_inputs_free(inputs, ninputs);
	strbuf_free(&rules_buf);
	strbuf_free(&inc);
	strbuf_free(&kbdir);
	options_free(&o);
	return rc;
}
