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
	const char *format;              /* text */
	const char *color;               /* auto, always, never */
	bool dump_facts;
	char **paths;
	size_t npaths, cappaths;
	char **args;                     /* -I, -D, and everything after -- */
	size_t nargs, capargs;
	char **enable;
	size_t nenable, capenable;
} cli_options;

/* Collects the translation units named by the options.  Returns 0, or
 * EXIT_USAGE with a message printed to stderr (nonexistent path, no C file). */
int cli_collect_inputs(const cli_options *o, fe_input **out, size_t *n);

#endif
