/*
 * wdm_etw.h -- ddicheck model header, part of wdm.h: the kernel-mode Event
 * Tracing for Windows provider routines -- EtwRegister, EtwUnregister,
 * EtwEventEnabled, EtwProviderEnabled, EtwWrite -- and PETWENABLECALLBACK,
 * on the types of <evntprov.h>.
 *
 * Written for ddicheck from the `## -syntax` blocks and req.irql of the
 * public reference pages under ddi/wdm (nf-wdm-etwregister,
 * nf-wdm-etwunregister, nf-wdm-etweventenabled, nf-wdm-etwproviderenabled,
 * nf-wdm-etwwrite, nc-wdm-etwenablecallback); it is not a copy of
 * Microsoft's wdm.h.  Include <wdm.h>, not this file.
 */
#ifndef DDICHECK_MODEL_WDM_ETW_H
#define DDICHECK_MODEL_WDM_ETW_H

#include <evntprov.h>

/* nc-wdm-etwenablecallback */
typedef VOID ETWENABLECALLBACK(
    _In_ LPCGUID SourceId,
    _In_ ULONG ControlCode,
    _In_ UCHAR Level,
    _In_ ULONGLONG MatchAnyKeyword,
    _In_ ULONGLONG MatchAllKeyword,
    _In_opt_ PEVENT_FILTER_DESCRIPTOR FilterData,
    _Inout_opt_ PVOID CallbackContext);
typedef ETWENABLECALLBACK *PETWENABLECALLBACK;

/* req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS EtwRegister(
    _In_ LPCGUID ProviderId,
    _In_opt_ PETWENABLECALLBACK EnableCallback,
    _In_opt_ PVOID CallbackContext,
    _Out_ PREGHANDLE RegHandle);

/* req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS EtwUnregister(
    _In_ REGHANDLE RegHandle);

/* req.irql: any level */
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN EtwEventEnabled(
    _In_ REGHANDLE RegHandle,
    _In_ PCEVENT_DESCRIPTOR EventDescriptor);

/* req.irql: any level */
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN EtwProviderEnabled(
    _In_ REGHANDLE RegHandle,
    _In_ UCHAR Level,
    _In_ ULONGLONG Keyword);

/* req.irql: any level (the page's remarks: the event data it reads must
   be resident at the IRQL of the call) */
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS EtwWrite(
    _In_ REGHANDLE RegHandle,
    _In_ PCEVENT_DESCRIPTOR EventDescriptor,
    _In_opt_ LPCGUID ActivityId,
    _In_ ULONG UserDataCount,
    _In_reads_opt_(UserDataCount) PEVENT_DATA_DESCRIPTOR UserData);

#endif /* DDICHECK_MODEL_WDM_ETW_H */
