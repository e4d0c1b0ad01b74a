/* report: writes findings for people and tools.  Reporters only read the
 * finding list (and the filter's per-finding metadata); they never analyse.
 * Text is one finding per line as compilers print them, then its trace as
 * note lines; JSON is ddicheck's own schema (docs/json-format.md); SARIF is
 * 2.1.0 (docs/ci.md).  Reporters borrow everything they are given. */
#ifndef DDICHECK_REPORT_H
#define DDICHECK_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "filter/filter.h"
#include "rules/finding.h"
#include "rules/ruleset.h"

typedef struct report_options {
	bool color;              /* ANSI colours (the CLI decides: --color, isatty) */
} report_options;

/* Writes every finding of `l` (already sorted) to f.  Returns 0, or -1 when
 * writing failed (errno is set). */
int report_text(FILE *f, const finding_list *l, const report_options *o);

/* Copies s to f, escaping control characters (a hostile file name must not
 * drive the terminal). */
void report_put_escaped(FILE *f, const char *s);

/* A file that could not be analysed (completely), for SARIF's
 * toolExecutionNotifications and JSON's "incomplete". */
typedef struct report_notification {
	const char *file;
	fx_loc loc;                  /* the first error, or line 0 */
	const char *message;
} report_notification;

/* Everything a machine-readable report says about one run. */
typedef struct report_run {
	const finding_list *findings;     /* sorted */
	const filter_meta *meta;          /* one per finding; NULL: all active, no fingerprint */
	const ruleset *rules;             /* rule descriptors (may be NULL) */
	const char *docs_dir;             /* docs/rules: help texts (may be NULL) */
	const char *source_root;          /* absolute directory; locations are relative to it */
	const report_notification *notes;
	size_t nnotes;
	int exit_code;
	const char *command_line;         /* may be NULL */
} report_run;

/* ddicheck's JSON (docs/json-format.md).  0, or -1 when writing failed. */
int report_json(FILE *f, const report_run *r);
/* SARIF 2.1.0.  0, or -1 when writing failed. */
int report_sarif(FILE *f, const report_run *r);

/* For JSON writers: a JSON string of s, with invalid UTF-8 replaced. */
struct json_t;
struct json_t *report_json_string(const char *s);

#endif
