/* explain: describes the rules of a ruleset for people: a one-line list
 * (`--list-rules`) and a full explanation of one rule (`--explain RULE`),
 * with the DDIs each covers and their IRQL from the knowledge base.  Pure
 * output; borrows everything. */
#ifndef DDICHECK_EXPLAIN_H
#define DDICHECK_EXPLAIN_H

#include <stdio.h>

#include "kb/kb.h"
#include "rules/ruleset.h"

/* Number of distinct DDIs the checks of rule r cover. */
size_t explain_rule_coverage(const rule *r, const kb *k);
void explain_list(FILE *f, const ruleset *rs, const kb *k);
/* Returns 0, or -1 when there is no rule `id` (nothing printed). */
int explain_rule(FILE *f, const ruleset *rs, const kb *k, const char *id);

#endif
