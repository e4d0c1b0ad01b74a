/* kb_import: `ddicheck kb import` — reads DDI reference pages and writes the
 * knowledge base files (format: rules/kb/README.md) that kb_load reads.
 * The first pipeline step, run by hand when the reference pages change; its
 * output is committed.  Nothing returned to free: everything it allocates is
 * released before it returns. */
#ifndef DDICHECK_KB_IMPORT_H
#define DDICHECK_KB_IMPORT_H

#include <stddef.h>
#include <stdio.h>

/* Walks each of DOCS_DIRS recursively (in the order given, entries sorted by
 * name) and imports every page it understands:
 *   nf-*.md function, nc-*.md callback/role type, ns-*.md structure,
 *   ne-*.md enumeration (either page layout), and under a folder named
 *   "devtest", Static Driver Verifier rule pages with an "Applies to" list.
 * Other files are skipped.  Page paths in the output are relative to the
 * docs dir they were found in, so pass the docs root (the folder holding
 * ddi/, legacy-format/, devtest/) to get citable paths.  When two pages
 * define the same name, a current-layout page wins over an old-layout one,
 * then the first in walk order wins; the others count as superseded.
 *
 * Writes the KB files into OUT_DIR (created if missing; existing KB files are
 * replaced through a temporary file and rename).  Prints a summary (pages
 * read, entries per kind, IRQL classes, rejected pages, rule cross-checks) to
 * SUMMARY and one "file[:line]: message" line per problem to ERRORS; either
 * may be NULL.  The output is deterministic: the same pages give
 * byte-identical files.
 *
 * Returns 0 when every page was used, 1 when some pages were rejected (the
 * KB is still written from the others), 2 when the input is unusable (a docs
 * dir missing, unreadable or without any page) or the output cannot be
 * written; nothing is written in that case. */
int kb_import_run(const char *const *docs_dirs, size_t ndirs, const char *out_dir,
		  FILE *summary, FILE *errors);

#endif
