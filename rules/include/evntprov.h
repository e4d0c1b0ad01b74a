/*
 * evntprov.h -- ddicheck model header: the types an ETW provider writes
 * events with -- EVENT_DESCRIPTOR, EVENT_DATA_DESCRIPTOR, EVENT_FILTER_DESCRIPTOR,
 * REGHANDLE -- with EventDataDescCreate and EventDescCreate, and the user-mode
 * EventRegister/EventUnregister/EventEnabled/EventWriteTransfer.
 *
 * Written for ddicheck from the public reference pages (ns-evntprov-
 * event_descriptor, ns-evntprov-event_data_descriptor,
 * nf-evntprov-eventdatadesccreate, nf-evntprov-eventdesccreate,
 * nf-evntprov-eventregister, nf-evntprov-eventwritetransfer); it is not a
 * copy of Microsoft's evntprov.h.  The kernel-mode EtwXxx routines are in
 * <wdm.h> (wdm_etw.h).  The headers the message compiler writes from an
 * instrumentation manifest (frontend/fe_etw.c) include this file.
 */
#ifndef DDICHECK_MODEL_EVNTPROV_H
#define DDICHECK_MODEL_EVNTPROV_H

#include <ntdef.h>

typedef ULONGLONG REGHANDLE, *PREGHANDLE;

/* ns-evntprov-event_descriptor: the event's metadata, in this order */
typedef struct _EVENT_DESCRIPTOR {
    USHORT Id;
    UCHAR Version;
    UCHAR Channel;
    UCHAR Level;
    UCHAR Opcode;
    USHORT Task;
    ULONGLONG Keyword;
} EVENT_DESCRIPTOR, *PEVENT_DESCRIPTOR;
typedef const EVENT_DESCRIPTOR *PCEVENT_DESCRIPTOR;

/* ns-evntprov-event_data_descriptor: one block of the event's payload
   (the page's Reserved union is one ULONG here) */
typedef struct _EVENT_DATA_DESCRIPTOR {
    ULONGLONG Ptr;
    ULONG Size;
    ULONG Reserved;
} EVENT_DATA_DESCRIPTOR, *PEVENT_DATA_DESCRIPTOR;

/* ns-evntprov-event_filter_descriptor */
typedef struct _EVENT_FILTER_DESCRIPTOR {
    ULONGLONG Ptr;
    ULONG Size;
    ULONG Type;
} EVENT_FILTER_DESCRIPTOR, *PEVENT_FILTER_DESCRIPTOR;

/* nf-evntprov-eventdatadesccreate */
FORCEINLINE VOID EventDataDescCreate(
    _Out_ PEVENT_DATA_DESCRIPTOR EventDataDescriptor,
    _In_reads_bytes_(DataSize) const VOID *DataPtr,
    _In_ ULONG DataSize)
{
    EventDataDescriptor->Ptr = (ULONGLONG)(ULONG_PTR)DataPtr;
    EventDataDescriptor->Size = DataSize;
    EventDataDescriptor->Reserved = 0;
}

/* nf-evntprov-eventdesccreate */
FORCEINLINE VOID EventDescCreate(
    _Out_ PEVENT_DESCRIPTOR EventDescriptor,
    _In_ USHORT Id,
    _In_ UCHAR Version,
    _In_ UCHAR Channel,
    _In_ UCHAR Level,
    _In_ USHORT Task,
    _In_ UCHAR Opcode,
    _In_ ULONGLONG Keyword)
{
    EventDescriptor->Id = Id;
    EventDescriptor->Version = Version;
    EventDescriptor->Channel = Channel;
    EventDescriptor->Level = Level;
    EventDescriptor->Task = Task;
    EventDescriptor->Opcode = Opcode;
    EventDescriptor->Keyword = Keyword;
}

/* The user-mode provider routines (nf-evntprov-eventregister, ...);
   a kernel-mode driver calls the EtwXxx ones of <wdm.h>. */
typedef VOID (NTAPI *PENABLECALLBACK)(LPCGUID SourceId, ULONG IsEnabled, UCHAR Level,
                                      ULONGLONG MatchAnyKeyword, ULONGLONG MatchAllKeyword,
                                      PEVENT_FILTER_DESCRIPTOR FilterData, PVOID CallbackContext);

ULONG NTAPI EventRegister(
    _In_ LPCGUID ProviderId,
    _In_opt_ PENABLECALLBACK EnableCallback,
    _In_opt_ PVOID CallbackContext,
    _Out_ PREGHANDLE RegHandle);

ULONG NTAPI EventUnregister(
    _In_ REGHANDLE RegHandle);

BOOLEAN NTAPI EventEnabled(
    _In_ REGHANDLE RegHandle,
    _In_ PCEVENT_DESCRIPTOR EventDescriptor);

ULONG NTAPI EventWriteTransfer(
    _In_ REGHANDLE RegHandle,
    _In_ PCEVENT_DESCRIPTOR EventDescriptor,
    _In_opt_ LPCGUID ActivityId,
    _In_opt_ LPCGUID RelatedActivityId,
    _In_ ULONG UserDataCount,
    _In_reads_opt_(UserDataCount) PEVENT_DATA_DESCRIPTOR UserData);

#endif /* DDICHECK_MODEL_EVNTPROV_H */
