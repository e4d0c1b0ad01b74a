/*
 * wpp_stub.h -- ddicheck model header: a stand-in for the trace message
 * header (X.tmh) that the WPP preprocessor (tracewpp) generates for each
 * source file X.c at build time.
 *
 * A driver that uses WPP software tracing includes "X.tmh" after its own
 * headers.  The generated file defines WPP_INIT_TRACING, WPP_CLEANUP, the
 * default trace function DoTraceMessage and every trace function the
 * project declares (the vcxproj's <WppTraceFunction>, tracewpp's -func:, or
 * "FUNC" lines in a "begin_wpp config" comment block), expanding each trace
 * call into a check of the control flags and a call of a generated WPP_SF_
 * routine.  Without a WDK build there is no .tmh.  For ddicheck, the trace
 * calls matter only as statements that do nothing: WPP's routines run at
 * any IRQL and take no lock the rules follow.  So each trace call expands
 * to WPP_STUB_TRACE(...), which discards its arguments (the path on which
 * tracing is disabled).
 *
 * ddicheck supplies each missing X.tmh itself, in memory (docs/usage.md,
 * "Includes missing as written"): one #define per project trace function,
 * from the vcxproj's <WppTraceFunction> and the FUNC lines of begin_wpp
 * config blocks, such as
 *
 *     #define DEBUGP(LEVEL, MSG, ...) WPP_STUB_TRACE(LEVEL, MSG, __VA_ARGS__)
 *
 * (DEBUGP is netvmini's <WppTraceFunction>DEBUGP(LEVEL,MSG,...)), then
 * #include <wpp_stub.h>.  The functions below are the ones tracewpp always
 * provides; each yields to a project function of the same name, defined
 * before this header.
 *
 * Written for ddicheck from the public WPP documentation ("WPP Software
 * Tracing", "WPP_INIT_TRACING", "DoTraceMessage"); it is not a copy of any
 * generated .tmh or of the WDK's WPP templates.
 */
#ifndef DDICHECK_MODEL_WPP_STUB_H
#define DDICHECK_MODEL_WPP_STUB_H

/* What a generated .tmh brings in: TRACEHANDLE and the TRACE_LEVEL_
 * values (evntrace.h). */
#include <evntrace.h>

#define WPP_STUB_TRACE(...) ((void)0)

#ifndef WPP_INIT_TRACING
#define WPP_INIT_TRACING(...) ((void)0)
#endif
#ifndef WPP_CLEANUP
#define WPP_CLEANUP(...) ((void)0)
#endif
/* Windows 2000-era drivers pass IRP_MJ_SYSTEM_CONTROL to WPP. */
#ifndef WPP_SYSTEMCONTROL
#define WPP_SYSTEMCONTROL(...) ((void)0)
#endif
#ifndef DoTraceMessage
#define DoTraceMessage(...) WPP_STUB_TRACE(__VA_ARGS__)
#endif
#ifndef DoDebugTrace
#define DoDebugTrace(...) WPP_STUB_TRACE(__VA_ARGS__)
#endif

/* The inflight trace recorder (WppRecorder) handle some drivers read. */
#ifndef WppRecorderLogGetDefault
#define WppRecorderLogGetDefault() ((void *)0)
#endif

#endif /* DDICHECK_MODEL_WPP_STUB_H */
