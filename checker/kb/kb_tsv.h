/* kb_tsv: the cell encoding shared by the KB writer (kb_import) and reader
 * (kb_load).  One record a line, cells separated by TAB; inside a cell "\t",
 * "\n", "\r" and "\\" stand for themselves, a cell that is exactly "-" means
 * "none" (NULL) and a literal "-" is written "\-".  Lines starting with '#'
 * are comments; the first line of every file is "# ddicheck-kb <name> <version>".
 * Internal to the kb module. */
#ifndef DDICHECK_KB_TSV_H
#define DDICHECK_KB_TSV_H

#include <stddef.h>
#include <stdio.h>

#define KB_FORMAT_VERSION 1

/* Writes S as one cell (NULL as "-"), no separator. */
void kb_tsv_put(FILE *f, const char *s);

/* Splits LINE (modified in place, no newline) into at most MAX cells,
 * decoding escapes; NULL cells for "-".  Returns the cell count, or -1 on a
 * bad escape. */
int kb_tsv_split(char *line, char **cells, int max);

#endif
