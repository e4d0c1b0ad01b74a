/*
 * wdm_rtl.h -- ddicheck model header, part of wdm.h: run-time routines: memory, strings, debug output, ASSERT, the
 * Interlocked macros and the list helpers.
 *
 * Written for ddicheck from the `## -syntax` blocks and req.irql of the
 * public reference pages under ddi/wdm; it is not a copy of Microsoft's
 * wdm.h.  Include <wdm.h>, not this file.
 */
#ifndef DDICHECK_MODEL_WDM_RTL_H
#define DDICHECK_MODEL_WDM_RTL_H

/* ------------------------------------------------------------ run-time */
_IRQL_requires_max_(HIGH_LEVEL)
VOID RtlZeroMemory(
    _Out_writes_bytes_all_(Length) PVOID Destination,
    _In_ SIZE_T Length);

_IRQL_requires_max_(HIGH_LEVEL)
VOID RtlFillMemory(
    _Out_writes_bytes_all_(Length) PVOID Destination,
    _In_ SIZE_T Length,
    _In_ UCHAR Fill);

_IRQL_requires_max_(HIGH_LEVEL)
VOID RtlCopyMemory(
    _Out_writes_bytes_all_(Length) PVOID Destination,
    _In_reads_bytes_(Length) const VOID *Source,
    _In_ SIZE_T Length);

_IRQL_requires_max_(HIGH_LEVEL)
VOID RtlMoveMemory(
    _Out_writes_bytes_all_(Length) PVOID Destination,
    _In_reads_bytes_(Length) const VOID *Source,
    _In_ SIZE_T Length);

_IRQL_requires_max_(HIGH_LEVEL)
SIZE_T RtlCompareMemory(
    _In_ const VOID *Source1,
    _In_ const VOID *Source2,
    _In_ SIZE_T Length);

/* The C run-time routines kernel code calls directly come with <string.h>,
 * as in the WDK. */
#include <string.h>

_IRQL_requires_max_(HIGH_LEVEL)
CCHAR RtlNumberOfSetBitsUlongPtr(
    _In_ ULONG_PTR Target);

_IRQL_requires_max_(HIGH_LEVEL)
CCHAR RtlFindLeastSignificantBit(
    _In_ ULONGLONG Set);

_IRQL_requires_max_(HIGH_LEVEL)
CCHAR RtlFindMostSignificantBit(
    _In_ ULONGLONG Set);

typedef struct _KDPC_WATCHDOG_INFORMATION {
    ULONG DpcTimeLimit;
    ULONG DpcTimeCount;
    ULONG DpcWatchdogLimit;
    ULONG DpcWatchdogCount;
    ULONG Reserved;
} KDPC_WATCHDOG_INFORMATION, *PKDPC_WATCHDOG_INFORMATION;

_IRQL_requires_min_(DISPATCH_LEVEL)
NTSTATUS KeQueryDpcWatchdogInformation(
    _Out_ PKDPC_WATCHDOG_INFORMATION WatchdogInformation);

_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS KeSetTargetProcessorDpcEx(
    _Inout_ PKDPC Dpc,
    _In_ PPROCESSOR_NUMBER ProcNumber);

_IRQL_requires_min_(DISPATCH_LEVEL)
_Must_inspect_result_
BOOLEAN KeTryToAcquireSpinLockAtDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock);

#ifndef PAGE_SIZE
#define PAGE_SIZE  0x1000
#define PAGE_SHIFT 12L
#endif
#ifndef BYTES_TO_PAGES
#define BYTES_TO_PAGES(Size) (((Size) >> PAGE_SHIFT) + (((Size) & (PAGE_SIZE - 1)) != 0))
#define ROUND_TO_PAGES(Size) (((ULONG_PTR)(Size) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#endif

/* A compiler/processor barrier (an inline function in the WDK). */
VOID KeMemoryBarrier(VOID);

#ifndef MEMORY_ALLOCATION_ALIGNMENT
#if defined(_WIN64) || defined(__x86_64__) || defined(_M_X64) || defined(__aarch64__) || defined(_M_ARM64)
#define MEMORY_ALLOCATION_ALIGNMENT 16
#else
#define MEMORY_ALLOCATION_ALIGNMENT 8
#endif
#endif

#define RtlEqualMemory(Destination, Source, Length) \
    (RtlCompareMemory((Destination), (Source), (Length)) == (Length))
#define RtlSecureZeroMemory(Destination, Length) RtlZeroMemory((Destination), (Length))

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID RtlInitUnicodeString(
    _Out_ PUNICODE_STRING DestinationString,
    _In_opt_z_ PCWSTR SourceString);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID RtlCopyUnicodeString(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_opt_ PCUNICODE_STRING SourceString);

_IRQL_requires_(PASSIVE_LEVEL)
LONG RtlCompareUnicodeString(
    _In_ PCUNICODE_STRING String1,
    _In_ PCUNICODE_STRING String2,
    _In_ BOOLEAN CaseInSensitive);

_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN RtlEqualUnicodeString(
    _In_ PCUNICODE_STRING String1,
    _In_ PCUNICODE_STRING String2,
    _In_ BOOLEAN CaseInSensitive);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS RtlAppendUnicodeStringToString(
    _Inout_ PUNICODE_STRING Destination,
    _In_ PCUNICODE_STRING Source);

_IRQL_requires_max_(HIGH_LEVEL)
VOID RtlAssert(
    _In_ PVOID VoidFailedAssertion,
    _In_ PVOID VoidFileName,
    _In_ ULONG LineNumber,
    _In_opt_ PSTR MutableMessage);

ULONG __cdecl DbgPrint(
    _In_z_ _Printf_format_string_ PCSTR Format,
    ...);

ULONG __cdecl DbgPrintEx(
    _In_ ULONG ComponentId,
    _In_ ULONG Level,
    _In_z_ _Printf_format_string_ PCSTR Format,
    ...);

#define DPFLTR_IHVNETWORK_ID 80
#define DPFLTR_ERROR_LEVEL   0
#define DPFLTR_WARNING_LEVEL 1
#define DPFLTR_TRACE_LEVEL   2
#define DPFLTR_INFO_LEVEL    3

/* Free-build semantics: the asserted expression is not evaluated.  Under
 * ddicheck (__DDICHECK__) the checked form is kept, so that the analysis can
 * assume the asserted condition after it (RtlAssert ends the path). */
#if DBG || defined(__DDICHECK__)
#define ASSERT(exp) \
    ((!(exp)) ? (RtlAssert((PVOID) #exp, (PVOID)__FILE__, __LINE__, NULL), FALSE) : TRUE)
#define ASSERTMSG(msg, exp) \
    ((!(exp)) ? (RtlAssert((PVOID) #exp, (PVOID)__FILE__, __LINE__, (PSTR)(msg)), FALSE) : TRUE)
#define KdPrint(_x_) DbgPrint _x_
#define KdPrintEx(_x_) DbgPrintEx _x_
#else
#define ASSERT(exp) ((void)0)
#define ASSERTMSG(msg, exp) ((void)0)
#define KdPrint(_x_)
#define KdPrintEx(_x_)
#endif
#define NT_ASSERT(exp) ASSERT(exp)
#define NT_VERIFY(exp) ((exp) ? TRUE : FALSE)
#define KdBreakPoint() ((void)0)
#define DbgBreakPoint() ((void)0)

/* Pageable code: PAGED_CODE() is the documented check that the caller runs
 * at <= APC_LEVEL; in the model it expands to nothing. */
#define PAGED_CODE()        ((void)0)
#define PAGED_CODE_LOCKED() ((void)0)
#define INIT_CODE()         ((void)0)

/* ------------------------------------------------ time conversion */
/* ns-wdm-time_fields (field types: mingw-w64 wdm.h); the two routines run
 * at any IRQL if their buffers are resident (their pages' remarks). */
typedef struct _TIME_FIELDS {
    CSHORT Year;
    CSHORT Month;
    CSHORT Day;
    CSHORT Hour;
    CSHORT Minute;
    CSHORT Second;
    CSHORT Milliseconds;
    CSHORT Weekday;
} TIME_FIELDS, *PTIME_FIELDS;

_IRQL_requires_max_(HIGH_LEVEL)
VOID RtlTimeToTimeFields(
    _In_ PLARGE_INTEGER Time,
    _Out_ PTIME_FIELDS TimeFields);

_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN RtlTimeFieldsToTime(
    _In_ PTIME_FIELDS TimeFields,
    _Out_ PLARGE_INTEGER Time);

/* ---------------------------------------------------------- interlocked */
#define InterlockedIncrement         _InterlockedIncrement
#define InterlockedDecrement         _InterlockedDecrement
#define InterlockedExchange          _InterlockedExchange
#define InterlockedExchangeAdd       _InterlockedExchangeAdd
#define InterlockedCompareExchange   _InterlockedCompareExchange
#define InterlockedOr                _InterlockedOr
#define InterlockedAnd               _InterlockedAnd
#define InterlockedIncrement64       _InterlockedIncrement64
#define InterlockedDecrement64       _InterlockedDecrement64
#define InterlockedExchangePointer   _InterlockedExchangePointer
#define InterlockedCompareExchangePointer _InterlockedCompareExchangePointer

/* --------------------------------------------------------- list helpers */
FORCEINLINE VOID InitializeListHead(_Out_ PLIST_ENTRY ListHead)
{
    ListHead->Flink = ListHead->Blink = ListHead;
}

_Must_inspect_result_
FORCEINLINE BOOLEAN IsListEmpty(_In_ const LIST_ENTRY *ListHead)
{
    return (BOOLEAN)(ListHead->Flink == ListHead);
}

FORCEINLINE BOOLEAN RemoveEntryList(_In_ PLIST_ENTRY Entry)
{
    PLIST_ENTRY Next = Entry->Flink;
    PLIST_ENTRY Prev = Entry->Blink;
    Prev->Flink = Next;
    Next->Blink = Prev;
    return (BOOLEAN)(Prev == Next);
}

FORCEINLINE PLIST_ENTRY RemoveHeadList(_Inout_ PLIST_ENTRY ListHead)
{
    PLIST_ENTRY Entry = ListHead->Flink;
    PLIST_ENTRY Next = Entry->Flink;
    ListHead->Flink = Next;
    Next->Blink = ListHead;
    return Entry;
}

FORCEINLINE PLIST_ENTRY RemoveTailList(_Inout_ PLIST_ENTRY ListHead)
{
    PLIST_ENTRY Entry = ListHead->Blink;
    PLIST_ENTRY Prev = Entry->Blink;
    ListHead->Blink = Prev;
    Prev->Flink = ListHead;
    return Entry;
}

FORCEINLINE VOID InsertTailList(_Inout_ PLIST_ENTRY ListHead, _Out_ PLIST_ENTRY Entry)
{
    PLIST_ENTRY Prev = ListHead->Blink;
    Entry->Flink = ListHead;
    Entry->Blink = Prev;
    Prev->Flink = Entry;
    ListHead->Blink = Entry;
}

FORCEINLINE VOID InsertHeadList(_Inout_ PLIST_ENTRY ListHead, _Out_ PLIST_ENTRY Entry)
{
    PLIST_ENTRY Next = ListHead->Flink;
    Entry->Flink = Next;
    Entry->Blink = ListHead;
    Next->Blink = Entry;
    ListHead->Flink = Entry;
}

FORCEINLINE VOID PushEntryList(_Inout_ PSINGLE_LIST_ENTRY ListHead, _Inout_ PSINGLE_LIST_ENTRY Entry)
{
    Entry->Next = ListHead->Next;
    ListHead->Next = Entry;
}

FORCEINLINE PSINGLE_LIST_ENTRY PopEntryList(_Inout_ PSINGLE_LIST_ENTRY ListHead)
{
    PSINGLE_LIST_ENTRY First = ListHead->Next;
    if (First != NULL) {
        ListHead->Next = First->Next;
    }
    return First;
}

/* ------------------------------------------------- version queries */
/* nf-wdm-rtlisntddiversionavailable, -rtlisservicepackversioninstalled:
 * PASSIVE_LEVEL.  Version is an NTDDI_xxx value (<sdkddkver.h>). */
_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN RtlIsNtDdiVersionAvailable(
    _In_ ULONG Version);

_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN RtlIsServicePackVersionInstalled(
    _In_ ULONG Version);

/* nf-wdm-vdbgprintex: <= DIRQL, no fixed level to annotate (as DbgPrintEx).
 * The argument list is the compiler's va_list. */
ULONG vDbgPrintEx(
    _In_ ULONG ComponentId,
    _In_ ULONG Level,
    _In_z_ PCCH Format,
    _In_ __builtin_va_list arglist);

ULONG vDbgPrintExWithPrefix(
    _In_z_ PCCH Prefix,
    _In_ ULONG ComponentId,
    _In_ ULONG Level,
    _In_z_ PCCH Format,
    _In_ __builtin_va_list arglist);

#endif /* DDICHECK_MODEL_WDM_RTL_H */
