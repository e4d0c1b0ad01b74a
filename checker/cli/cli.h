/* cli: the command line.  Options are the only mutable program-wide state,
 * and they live in one struct passed down, not in globals.  main.c runs the
 * pipeline; inputs.c turns the command's files, directories and compilation
 * database into translation units to parse. */
#ifndef DDICHECK_CLI_H
#define DDICHECK_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "frontend/frontend.h"

enum {
	EXIT_CLEAN = 0,          /* no finding */
	EXIT_FINDINGS = 1,       /* findings at or above the failure level */
	EXIT_USAGE = 2,          /* usage or configuration error */
	EXIT_INCOMPLETE = 3,     /* some input could not be analysed */
};

typedef struct cli_options {
	const char *rules_dir;
	const char *build_dir;           /* -p */
	const char *output;              /* -o */
	const char *format;              /* text, json, sarif */
	const char *color;               /* auto, always, never */
	const char *fail_on;             /* error, warning, never (NULL: config, else warning) */
	const char *baseline;            /* --baseline */
	const char *write_baseline;      /* --write-baseline */
	const char *source_root;         /* --source-root */
	const char *config;              /* --config */
	const char *cache_dir;           /* --cache-dir */
	const char *explain;             /* --explain RULE */
	const char *configuration;       /* --configuration of .vcxproj inputs */
	unsigned jobs;                   /* -j: parser processes (0: cores) */
	unsigned max_tu_seconds;         /* --max-tu-seconds (0: none) */
	unsigned long max_memory_mb;     /* --max-memory, MiB (0: none) */
	bool no_isolate;                 /* --no-isolate: parse in-process */
	bool no_config, no_cache, list_rules, whole_driver, verbose;
	bool dump_facts;
	char **paths;
	size_t npaths, cappaths;
	char **args;                     /* -I, -D, and everything after -- */
	size_t nargs, capargs;
	char **enable;
	size_t nenable, capenable;
	char **disable;
	size_t ndisable, capdisable;
	char *command_line;              /* for SARIF's invocation */
	char *owned_build_dir, *owned_config;   /* set by cli_whole_driver */
} cli_options;

extern const char cli_usage_text[];

/* Parses argv into o.  Returns 0; -1 when the run is over (--help,
 * --version printed); EXIT_USAGE with a message on stderr. */
int cli_parse_options(int argc, char **argv, cli_options *o);
void cli_options_free(cli_options *o);
void cli_push(char ***items, size_t *n, size_t *cap, const char *s);

/* `ddicheck install-hook [--force]`: writes a git pre-commit hook. */
int cli_install_hook(int argc, char **argv);

/* --whole-driver: replaces the changed files named in o->paths by the
 * driver each belongs to (its .ddicheck.yaml's sources or compilation
 * database, else a compile_commands.json above it, else its directory).
 * Returns 0, 1 when no C file was named (nothing to check), EXIT_USAGE. */
int cli_whole_driver(cli_options *o);

/* Collects the translation units named by the options.  Returns 0, or
 * EXIT_USAGE with a message printed to stderr (nonexistent path, no C file). */
int cli_collect_inputs(const cli_options *o, fe_input **out, size_t *n);

/* Resource limits of isolated extraction (isolate.c). */
typedef struct cli_limits {
	unsigned jobs;              /* parser processes at a time (at least 1) */
	unsigned max_seconds;       /* per TU; 0: none */
	unsigned long max_mb;       /* resident memory per TU, MiB; 0: none */
	/* called as files start (done < total) and once at the end (done ==
	   total); NULL: none */
	void (*progress)(void *ctx, size_t done, size_t total, const char *file);
} cli_limits;

/* Extracts in[i], for every i with todo[i] (todo NULL: all), each in its own
 * child process under lim, into out[i] (caller frees with fx_tu_free).  A
 * child that crashes, exceeds a limit or fails gives a TU with parsed ==
 * false and a diagnostic saying why.  Returns 0; -1 when no child could be
 * started (message printed; out[i] of unstarted inputs stay NULL).  Must be
 * called before anything in the process has used libclang. */
int cli_extract_isolated(fx_tu **out, const fe_config *fc, const fe_input *in, const bool *todo, size_t n,
			 const cli_limits *lim);

/* 0 when the file of in is a regular file that can be read; -1 with the
 * reason (naming the file) in why.  A FIFO or device named like a source
 * file would otherwise block or never end the parse. */
int cli_check_readable(const fe_input *in, char *why, size_t whysize);

/* A TU for path that could not be analysed, with message as its one fatal
 * diagnostic (caller frees with fx_tu_free). */
fx_tu *cli_failed_tu(const char *path, const char *message);

/* Split mode (split.c): `ddicheck extract`, and .facts inputs. */
int cli_extract_command(int argc, char **argv, const char *default_rules_dir);
bool cli_is_facts_file(const char *path);
/* Reads a facts file; -1 with "file: reason" in err (a facts file of
 * another format version is refused). */
int cli_read_facts(fx_tu **out, const char *path, char *err, size_t errsize);

#endif
