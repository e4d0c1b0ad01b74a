/*
 * dontuse.h -- ddicheck model header.  In the WDK this header marks the
 * unsafe C string routines deprecated so that a build flags their use; it
 * declares nothing a driver calls.  The model has nothing to mark: it is
 * empty, so that drivers that include it parse.
 *
 * Written for ddicheck; it is not a copy of Microsoft's dontuse.h.
 */
#ifndef DDICHECK_MODEL_DONTUSE_H
#define DDICHECK_MODEL_DONTUSE_H
#endif
