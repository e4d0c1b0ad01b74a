/* kb_irql: turns the free text of a reference page's req.irql field into an
 * IRQL range (kb_irql), or "unknown" when the text names no usable level.
 * Used by the importer; pure functions, nothing allocated: the returned
 * kb_irql.raw points at the caller's string. */
#ifndef DDICHECK_KB_IRQL_H
#define DDICHECK_KB_IRQL_H

#include "kb/kb.h"

/* Summary classes of a normalised value, in the order the summary prints them. */
typedef enum kb_irql_class {
	KB_IRQL_EXACT = 0,    /* one level: "PASSIVE_LEVEL" */
	KB_IRQL_MAX,          /* PASSIVE_LEVEL up to a bound: "<= DISPATCH_LEVEL" */
	KB_IRQL_RANGE,        /* any other proper range: ">= DISPATCH_LEVEL", "APC..DISPATCH" */
	KB_IRQL_ANYLEVEL,     /* PASSIVE_LEVEL..HIGH_LEVEL: "Any level" */
	KB_IRQL_UNKNOWN,      /* empty, "See Remarks section", conditions... */
	KB_IRQL_NCLASSES
} kb_irql_class;

/* Normalises RAW (NULL is treated as "").  Accepted shapes, case-insensitive,
 * after dropping surrounding quotes, a trailing "(see ...)" remark and a final
 * period:
 *   LEVEL | = LEVEL | <= LEVEL | < LEVEL | >= LEVEL | > LEVEL
 *   with optional lead-ins "Called at", "IRQL", and "Greater/Less than
 *   [or equal to]" spelled out; a level may be parenthesised;
 *   "Any", "Any level", "Any IRQL";
 *   _IRQL_requires_(L), _IRQL_requires_max_(L), _IRQL_requires_min_(L);
 *   terms joined by "or" / "and" / "," (union) or "through" / "to" (span).
 * A level name alone means exactly that level.  Anything else (conditions,
 * "See Remarks", "_requires_same_", "Not applicable") gives known = false. */
kb_irql kb_irql_normalise(const char *raw);

kb_irql_class kb_irql_classify(kb_irql v);
const char *kb_irql_class_name(kb_irql_class c);   /* "exact", "max-bound", ... */

#endif
