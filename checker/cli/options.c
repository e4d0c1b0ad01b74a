/* cli: the command-line options and the usage text (docs/ddicheck.1 says
 * the same; test_precommit checks that they agree). */
#include "cli/cli.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cli_usage_text[] =
	"usage: ddicheck [options] FILE|DIR|PROJECT.vcxproj... [-- compiler-args]\n"
	"       ddicheck -p BUILD_DIR [options] [FILE|DIR...]\n"
	"       ddicheck [options]                 (inputs from .ddicheck.yaml)\n"
	"       ddicheck --list-rules | --explain RULE\n"
	"       ddicheck install-hook [--force]\n"
	"       ddicheck kb import DOCS_DIR... -o OUT_DIR\n"
	"\n"
	"Checks the C sources of a Windows kernel driver against the rules of the\n"
	"driver interfaces it calls. All inputs of one run form one program.\n"
	"\n"
	"options:\n"
	"  -p BUILD_DIR           read BUILD_DIR/compile_commands.json\n"
	"  --configuration CFG    configuration of .vcxproj inputs (\"Release|x64\", \"Debug\")\n"
	"  -I DIR                 add an include directory (searched before the model headers)\n"
	"  -D NAME[=VALUE]        define a macro\n"
	"  -o FILE                write the report to FILE instead of standard output\n"
	"  --format FORMAT        text (default), json or sarif\n"
	"  --color WHEN           auto (default: only on a terminal), always, never\n"
	"  --enable RULE[,RULE]   run only these rules\n"
	"  --disable RULE[,RULE]  do not run these rules\n"
	"  --fail-on LEVEL        error, warning (default) or never: the lowest level that fails\n"
	"  --baseline FILE        report and count only findings not in FILE\n"
	"  --write-baseline FILE  write the current findings to FILE as a baseline\n"
	"  --source-root DIR      SARIF/JSON locations relative to DIR (default: current directory)\n"
	"  --config FILE          read FILE instead of the .ddicheck.yaml found above the inputs\n"
	"  --no-config            read no .ddicheck.yaml\n"
	"  --whole-driver         the inputs are changed files: check the drivers they belong to\n"
	"  --cache-dir DIR        facts cache (default: $XDG_CACHE_HOME/ddicheck or ~/.cache/ddicheck)\n"
	"  --no-cache             parse every file, read and write no cache\n"
	"  --list-rules           list the rules and exit\n"
	"  --explain RULE         explain one rule and exit\n"
	"  --rules-dir DIR        rules, knowledge base and model headers (default: bundled)\n"
	"  -j N                   parse N files at a time (default: number of processors)\n"
	"  --max-tu-seconds N     stop parsing a file after N seconds; it is not analysed\n"
	"                         (default 300, 0: no limit)\n"
	"  --max-memory MIB       stop parsing a file above MIB MiB of memory; it is not\n"
	"                         analysed (default 4096, 0: no limit)\n"
	"  --no-isolate           parse in this process: no limits, and a parser crash\n"
	"                         ends the run (trusted code, benchmarks)\n"
	"  --dump-facts           print the facts extracted from each file and stop\n"
	"  --verbose              print cache and analysis statistics on standard error\n"
	"  --version              print the version and exit\n"
	"  --help                 print this help and exit\n"
	"\n"
	"exit status: 0 no finding, 1 findings (at or above --fail-on), 2 usage or\n"
	"             configuration error, 3 some input could not be analysed\n"
	"             (the analysis is incomplete; wins over 1)\n";

void cli_push(char ***items, size_t *n, size_t *cap, const char *s)
{
	VEC_GROW(*items, *n, *cap);
	(*items)[(*n)++] = xstrdup(s);
}

static void free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void cli_options_free(cli_options *o)
{
	free_list(o->paths, o->npaths);
	free_list(o->args, o->nargs);
	free_list(o->enable, o->nenable);
	free_list(o->disable, o->ndisable);
	free(o->command_line);
	free(o->owned_build_dir);
	free(o->owned_config);
}

static void push_list(char ***items, size_t *n, size_t *cap, const char *arg)
{
	char *copy = xstrdup(arg), *save = NULL;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save))
		cli_push(items, n, cap, t);
	free(copy);
}

enum {
	OPT_FORMAT = 256, OPT_COLOR, OPT_ENABLE, OPT_DISABLE, OPT_FAIL_ON, OPT_BASELINE, OPT_WRITE_BASELINE,
	OPT_SOURCE_ROOT, OPT_CONFIG, OPT_NO_CONFIG, OPT_WHOLE_DRIVER, OPT_CACHE_DIR, OPT_NO_CACHE,
	OPT_LIST_RULES, OPT_EXPLAIN, OPT_RULES_DIR, OPT_DUMP_FACTS, OPT_VERBOSE, OPT_VERSION, OPT_HELP,
	OPT_CONFIGURATION, OPT_MAX_TU_SECONDS, OPT_MAX_MEMORY, OPT_NO_ISOLATE
};

/* A whole decimal number in [min, max], or -1 with a message. */
static int parse_count(const char *opt, const char *arg, unsigned long min, unsigned long max,
		       unsigned long *out)
{
	char *end = NULL;
	errno = 0;
	unsigned long v = strtoul(arg, &end, 10);
	if (!*arg || *arg == '-' || *end || errno || v < min || v > max) {
		fprintf(stderr, "ddicheck: %s %s: expected a whole number from %lu to %lu\n", opt, arg, min, max);
		return -1;
	}
	*out = v;
	return 0;
}

static bool one_of(const char *s, const char *a, const char *b, const char *c)
{
	return strcmp(s, a) == 0 || strcmp(s, b) == 0 || strcmp(s, c) == 0;
}

int cli_parse_options(int argc, char **argv, cli_options *o)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "color", required_argument, NULL, OPT_COLOR },
		{ "colour", required_argument, NULL, OPT_COLOR },
		{ "enable", required_argument, NULL, OPT_ENABLE },
		{ "disable", required_argument, NULL, OPT_DISABLE },
		{ "fail-on", required_argument, NULL, OPT_FAIL_ON },
		{ "baseline", required_argument, NULL, OPT_BASELINE },
		{ "write-baseline", required_argument, NULL, OPT_WRITE_BASELINE },
		{ "source-root", required_argument, NULL, OPT_SOURCE_ROOT },
		{ "config", required_argument, NULL, OPT_CONFIG },
		{ "no-config", no_argument, NULL, OPT_NO_CONFIG },
		{ "whole-driver", no_argument, NULL, OPT_WHOLE_DRIVER },
		{ "cache-dir", required_argument, NULL, OPT_CACHE_DIR },
		{ "no-cache", no_argument, NULL, OPT_NO_CACHE },
		{ "list-rules", no_argument, NULL, OPT_LIST_RULES },
		{ "explain", required_argument, NULL, OPT_EXPLAIN },
		{ "rules-dir", required_argument, NULL, OPT_RULES_DIR },
		{ "dump-facts", no_argument, NULL, OPT_DUMP_FACTS },
		{ "verbose", no_argument, NULL, OPT_VERBOSE },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "configuration", required_argument, NULL, OPT_CONFIGURATION },
		{ "max-tu-seconds", required_argument, NULL, OPT_MAX_TU_SECONDS },
		{ "max-memory", required_argument, NULL, OPT_MAX_MEMORY },
		{ "no-isolate", no_argument, NULL, OPT_NO_ISOLATE },
		{ NULL, 0, NULL, 0 },
	};
	strbuf cl = STRBUF_INIT;
	for (int i = 0; i < argc; i++)
		strbuf_printf(&cl, "%s%s", i ? " " : "", argv[i]);
	o->command_line = strbuf_detach(&cl);
	o->format = "text";
	o->color = "auto";
	o->max_tu_seconds = 300;
	o->max_memory_mb = 4096;
	unsigned long num;
	opterr = 0;
	optind = 1;
	int ch;
	/* Everything after the first "--" goes to the parser.  Cut it off before
	   getopt runs: GNU getopt moves the paths it skipped next to the "--",
	   after which paths and compiler arguments could not be told apart. */
	int dashes = argc;
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--") == 0) {
			dashes = i;
			break;
		}
	int full_argc = argc;
	argc = dashes;
	/* "+" would stop at the first path; we want options anywhere before "--" */
	while ((ch = getopt_long(argc, argv, ":p:I:D:o:j:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'p': o->build_dir = optarg; break;
		case 'o': o->output = optarg; break;
		case 'j':
			if (parse_count("-j", optarg, 1, 1024, &num) != 0)
				return EXIT_USAGE;
			o->jobs = (unsigned)num;
			break;
		case OPT_MAX_TU_SECONDS:
			if (parse_count("--max-tu-seconds", optarg, 0, 86400, &num) != 0)
				return EXIT_USAGE;
			o->max_tu_seconds = (unsigned)num;
			break;
		case OPT_MAX_MEMORY:
			if (parse_count("--max-memory", optarg, 0, 1UL << 30, &num) != 0)
				return EXIT_USAGE;
			o->max_memory_mb = num;
			break;
		case OPT_NO_ISOLATE: o->no_isolate = true; break;
		case OPT_CONFIGURATION: o->configuration = optarg; break;
		case 'I':
		case 'D': {
			strbuf sb = STRBUF_INIT;
			strbuf_printf(&sb, "-%c%s", ch, optarg);
			cli_push(&o->args, &o->nargs, &o->capargs, strbuf_str(&sb));
			strbuf_free(&sb);
			break;
		}
		case OPT_FORMAT:
			if (!one_of(optarg, "text", "json", "sarif")) {
				fprintf(stderr, "ddicheck: --format %s: unknown format (text, json, sarif)\n", optarg);
				return EXIT_USAGE;
			}
			o->format = optarg;
			break;
		case OPT_COLOR:
			if (!one_of(optarg, "auto", "always", "never")) {
				fprintf(stderr, "ddicheck: --color %s: expected auto, always or never\n", optarg);
				return EXIT_USAGE;
			}
			o->color = optarg;
			break;
		case OPT_FAIL_ON:
			if (!one_of(optarg, "error", "warning", "never")) {
				fprintf(stderr, "ddicheck: --fail-on %s: expected error, warning or never\n", optarg);
				return EXIT_USAGE;
			}
			o->fail_on = optarg;
			break;
		case OPT_ENABLE: push_list(&o->enable, &o->nenable, &o->capenable, optarg); break;
		case OPT_DISABLE: push_list(&o->disable, &o->ndisable, &o->capdisable, optarg); break;
		case OPT_BASELINE: o->baseline = optarg; break;
		case OPT_WRITE_BASELINE: o->write_baseline = optarg; break;
		case OPT_SOURCE_ROOT: o->source_root = optarg; break;
		case OPT_CONFIG: o->config = optarg; break;
		case OPT_NO_CONFIG: o->no_config = true; break;
		case OPT_WHOLE_DRIVER: o->whole_driver = true; break;
		case OPT_CACHE_DIR: o->cache_dir = optarg; break;
		case OPT_NO_CACHE: o->no_cache = true; break;
		case OPT_LIST_RULES: o->list_rules = true; break;
		case OPT_EXPLAIN: o->explain = optarg; break;
		case OPT_RULES_DIR: o->rules_dir = optarg; break;
		case OPT_DUMP_FACTS: o->dump_facts = true; break;
		case OPT_VERBOSE: o->verbose = true; break;
		case OPT_VERSION:
			printf("ddicheck %s\n", DDICHECK_VERSION);
			return -1;
		case OPT_HELP:
			fputs(cli_usage_text, stdout);
			return -1;
		case ':':
			fprintf(stderr, "ddicheck: option %s needs an argument\n%s", argv[optind - 1], cli_usage_text);
			return EXIT_USAGE;
		default:
			fprintf(stderr, "ddicheck: unknown option %s\n%s", argv[optind - 1], cli_usage_text);
			return EXIT_USAGE;
		}
	}
	for (int i = optind; i < argc; i++)
		cli_push(&o->paths, &o->npaths, &o->cappaths, argv[i]);
	/* after -I/-D, so that the user's own arguments come last and win */
	for (int i = dashes + 1; i < full_argc; i++)
		cli_push(&o->args, &o->nargs, &o->capargs, argv[i]);
	return 0;
}
