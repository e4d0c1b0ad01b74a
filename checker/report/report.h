/* report: writes findings for people and tools.  Reporters only read the
 * finding list; they never analyse.  Text is one finding per line as
 * compilers print them, then its trace as note lines. */
#ifndef DDICHECK_REPORT_H
#define DDICHECK_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "rules/finding.h"

typedef struct report_options {
	bool color;              /* ANSI colours (the CLI decides: --color, isatty) */
} report_options;

/* Writes every finding of `l` (already sorted) to f.  Returns 0, or -1 when
 * writing failed (errno is set). */
int report_text(FILE *f, const finding_list *l, const report_options *o);

/* Copies s to f, escaping control characters (a hostile file name must not
 * drive the terminal). */
void report_put_escaped(FILE *f, const char *s);

#endif
