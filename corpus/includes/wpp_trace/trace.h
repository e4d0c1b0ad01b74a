/*
 * trace.h -- WPP configuration of the wpp_trace case.  tracewpp reads the
 * trace functions from the block below; without a WDK build there is no
 * driver.tmh, and ddicheck makes one up in memory from these FUNC lines.
 */
#ifndef WT_TRACE_H
#define WT_TRACE_H

#define WPP_CONTROL_GUIDS \
    WPP_DEFINE_CONTROL_GUID(WtTraceGuid, (5b8e0f51, 1a7d, 4c1e, 9f0a, 3d2c8b7e6a41), \
        WPP_DEFINE_BIT(WT_INIT) \
        WPP_DEFINE_BIT(WT_IO))

/*
 * begin_wpp config
 * USEPREFIX(WtTrace, "%!STDPREFIX!");
 * FUNC WtTrace(LEVEL, FLAGS, MSG, ...);
 * FUNC WT_RETURN{FLAGS=WT_INIT}(EXP);
 * end_wpp
 */

#endif
