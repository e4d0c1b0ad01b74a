/* config: the project configuration file, .ddicheck.yaml, found by walking
 * up from the inputs, so that hooks and CI need no long command lines.
 * Read by the CLI before the pipeline runs; the command line overrides it.
 * Paths in the file are relative to the file's directory; config_load
 * returns them relative to the current directory when they lie under it,
 * else absolute.  The config owns every string it holds.  Format:
 * docs/usage.md ("Configuration file"). */
#ifndef DDICHECK_CONFIG_H
#define DDICHECK_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "rules/finding.h"

#define CONFIG_FILE_NAME ".ddicheck.yaml"

typedef struct config_severity {
	char *rule;
	finding_level level;
} config_severity;

typedef struct config {
	char *path;              /* the file */
	char *dir;               /* its directory (as used for the paths below) */
	char **sources;          /* files or directories of the driver */
	size_t nsources;
	char *compile_commands;  /* directory holding compile_commands.json, or NULL */
	char **includes;         /* -I */
	size_t nincludes;
	char **defines;          /* -D */
	size_t ndefines;
	char **args;             /* other compiler arguments */
	size_t nargs;
	char **enable, **disable;
	size_t nenable, ndisable;
	config_severity *severities;
	size_t nseverities;
	char *fail_on;           /* error, warning, never, or NULL */
	char *baseline;          /* path, or NULL */
} config;

/* Looks for .ddicheck.yaml in the directory of `start` (a file or a
 * directory) and each parent up to the root.  Returns 0 with a malloc'd
 * path in *out, or 1 when there is none. */
int config_find(char **out, const char *start);

/* Reads and validates a configuration file (unknown keys and wrong types
 * are errors).  Returns 0, or -1 with "file:line: message" in err. */
int config_load(config **out, const char *path, char *err, size_t errsize);
void config_free(config *c);   /* NULL-safe */

#endif
