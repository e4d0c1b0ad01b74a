/*
 * evntrace.h -- ddicheck model header: the event tracing (ETW) basics that
 * WPP-generated trace headers bring in -- TRACEHANDLE and the TRACE_LEVEL_
 * values.
 *
 * Written for ddicheck from the public ETW documentation; it is not a copy
 * of Microsoft's evntrace.h.  Only the basics are modelled.
 */
#ifndef DDICHECK_MODEL_EVNTRACE_H
#define DDICHECK_MODEL_EVNTRACE_H

#include <ntdef.h>

typedef ULONG64 TRACEHANDLE, *PTRACEHANDLE;

#define TRACE_LEVEL_NONE        0
#define TRACE_LEVEL_CRITICAL    1
#define TRACE_LEVEL_FATAL       1
#define TRACE_LEVEL_ERROR       2
#define TRACE_LEVEL_WARNING     3
#define TRACE_LEVEL_INFORMATION 4
#define TRACE_LEVEL_VERBOSE     5

#endif /* DDICHECK_MODEL_EVNTRACE_H */
