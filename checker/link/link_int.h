/* link_int.h -- what program.c and passive.c share inside the link stage. */
#ifndef DDICHECK_LINK_INT_H
#define DDICHECK_LINK_INT_H

#include "facts/facts.h"

/* The access path of a whole local object passed by address ("&L:cfg@7"),
 * the way a driver hands a configuration or attributes structure to the
 * framework; NULL for anything else (a field, a pointer, a global). */
const char *link_local_addr(const fx_val *v);

struct program;
/* Fills each function's globals and field names (reach.c); after call
 * resolution. */
void link_compute_reach(struct program *p);

#endif
