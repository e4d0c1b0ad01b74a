/* finding: diagnostics as values.  Checks append findings (rule id, severity,
 * location, message, trace notes) to a finding_list; reporters only read it.
 * The list owns every string it holds (in its arena); finding_list_free()
 * releases them.  Nothing here prints. */
#ifndef DDICHECK_FINDING_H
#define DDICHECK_FINDING_H

#include <stddef.h>

#include "facts/facts.h"
#include "util/arena.h"

typedef enum finding_level { FINDING_NOTE = 0, FINDING_WARNING = 1, FINDING_ERROR = 2 } finding_level;

typedef struct finding_note {
	fx_loc loc;
	const char *message;
	const char *kind;      /* "entry", "call", "irql", "handle": for SARIF threadFlows */
} finding_note;

typedef struct finding {
	const char *rule;
	finding_level level;
	fx_loc loc;
	const char *message;
	size_t nnotes, capnotes;
	finding_note *notes;
	const char *function;  /* enclosing function's name, for fingerprints */
} finding;

typedef struct finding_list {
	arena *arena;
	finding **items;
	size_t count, cap;
} finding_list;

void finding_list_init(finding_list *l);
void finding_list_free(finding_list *l);

finding *finding_add(finding_list *l, const char *rule, finding_level level, fx_loc loc,
		     const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void finding_note_add(finding_list *l, finding *f, fx_loc loc, const char *kind,
		      const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Sort by file, line, column, rule, message; drop exact duplicates. */
void finding_list_sort(finding_list *l);

const char *finding_level_name(finding_level level);

#endif
