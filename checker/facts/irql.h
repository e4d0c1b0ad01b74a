/* irql: the IRQL lattice shared by the knowledge base, the facts and the
 * analyses.  A range [lo, hi] over the ordered levels below; an empty range
 * (lo > hi) is bottom ("not reached").  Plain values, nothing to free. */
#ifndef DDICHECK_IRQL_H
#define DDICHECK_IRQL_H

#include <stdbool.h>
#include <stddef.h>

typedef enum irql_level {
	IRQL_PASSIVE = 0,
	IRQL_APC = 1,
	IRQL_DISPATCH = 2,
	IRQL_DIRQL = 3,     /* any device IRQL: above DISPATCH, below HIGH */
	IRQL_HIGH = 4,
	IRQL_MAX = IRQL_HIGH
} irql_level;

typedef struct irql_range {
	unsigned char lo, hi;
} irql_range;

#define IRQL_BOTTOM ((irql_range){ 1, 0 })
#define IRQL_ANY ((irql_range){ IRQL_PASSIVE, IRQL_HIGH })

static inline irql_range irql_exact(irql_level l) { return (irql_range){ (unsigned char)l, (unsigned char)l }; }
static inline irql_range irql_make(irql_level lo, irql_level hi) { return (irql_range){ (unsigned char)lo, (unsigned char)hi }; }
static inline bool irql_is_bottom(irql_range r) { return r.lo > r.hi; }

irql_range irql_join(irql_range a, irql_range b);
irql_range irql_meet(irql_range a, irql_range b);
bool irql_equal(irql_range a, irql_range b);
bool irql_within(irql_range inner, irql_range outer);   /* bottom is within all */

/* "PASSIVE_LEVEL" -> IRQL_PASSIVE; also accepts "PASSIVE", "0".."2", "HIGH_LEVEL",
 * "DIRQL", "CLOCK_LEVEL", "PROFILE_LEVEL", "IPI_LEVEL", "POWER_LEVEL" (all above
 * DISPATCH map to DIRQL or HIGH).  Returns -1 when the text names no level. */
int irql_parse_level(const char *text);
int irql_parse_level_n(const char *text, size_t n);
const char *irql_level_name(irql_level l);      /* "PASSIVE_LEVEL" ... */

/* Human text for a range: "PASSIVE_LEVEL", "<= DISPATCH_LEVEL",
 * ">= DISPATCH_LEVEL", "APC_LEVEL..DISPATCH_LEVEL", "any IRQL", "no IRQL".
 * Writes into buf (at least 48 bytes) and returns it. */
const char *irql_range_str(irql_range r, char *buf, size_t size);

#endif
