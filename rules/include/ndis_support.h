/*
 * ndis_support.h -- ddicheck model header, part of ndis.h: the NDIS support functions -- spin locks,
 * read/write locks, events, timers, work items, memory, strings, lists and
 * interlocked operations.  The WDK implements several of them as macros
 * (NdisZeroMemory, NdisMoveMemory, NdisEqualMemory, NdisInitializeListHead,
 * NdisInterlockedXxx, NdisAcquireSpinLock on some targets ...); the model
 * declares every one as a function, so that calls keep their names.
 *
 * Generated for ddicheck from the `## -syntax` blocks, the callback examples
 * and the front matter (req.irql) of the public reference pages under
 * ddi/ndis and ddi/ntddndis (each declaration names its page); it is not a
 * copy of Microsoft's ndis.h.  ddicheck searches its model headers AFTER the
 * driver's own include paths (-idirafter), so a real WDK on the include path
 * takes precedence.  Include <ndis.h>, not this file.
 *
 * IRQL annotations follow req.irql: "<= DISPATCH_LEVEL" is
 * _IRQL_requires_max_(DISPATCH_LEVEL), "PASSIVE_LEVEL" _IRQL_requires_,
 * "DISPATCH_LEVEL" _IRQL_requires_(DISPATCH_LEVEL), "< DISPATCH_LEVEL" and
 * "<= APC_LEVEL" _IRQL_requires_max_(APC_LEVEL); "Any level", "DIRQL", "See
 * Remarks" and an empty field give no annotation.  A role type carries the
 * level at which NDIS calls the callback; its pointer typedef(s) are the
 * names the characteristics structures use.
 */
#ifndef DDICHECK_MODEL_NDIS_SUPPORT_H
#define DDICHECK_MODEL_NDIS_SUPPORT_H

/* nf-ndis-ndisacquirerwlockread; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID NdisAcquireRWLockRead(
    _In_ PNDIS_RW_LOCK_EX Lock,
    _Out_ _IRQL_saves_ PLOCK_STATE_EX LockState,
    _In_ UCHAR Flags);

/* nf-ndis-ndisacquirerwlockwrite; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID NdisAcquireRWLockWrite(
    _In_ PNDIS_RW_LOCK_EX Lock,
    _Out_ _IRQL_saves_ PLOCK_STATE_EX LockState,
    _In_ UCHAR Flags);

/* nf-ndis-ndisacquirereadwritelock; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID NdisAcquireReadWriteLock(
    _Inout_ PNDIS_RW_LOCK Lock,
    _In_ BOOLEAN fWrite,
    _Out_ _IRQL_saves_ PLOCK_STATE LockState);

/* nf-ndis-ndisacquirespinlock; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID NdisAcquireSpinLock(
    _Inout_ _IRQL_saves_global_(SpinLock, SpinLock) PNDIS_SPIN_LOCK SpinLock);

/* nf-ndis-ndisallocatefromnpagedlookasidelist; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NdisAllocateFromNPagedLookasideList(
    _In_ PNPAGED_LOOKASIDE_LIST Lookaside);

/* nf-ndis-ndisallocateioworkitem; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_HANDLE NdisAllocateIoWorkItem(
    _In_ NDIS_HANDLE NdisObjectHandle);

/* nf-ndis-ndisallocatememorywithtagpriority; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NdisAllocateMemoryWithTagPriority(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ UINT Length,
    _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);

/* nf-ndis-ndisallocaterwlock; req.irql: <=DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
PNDIS_RW_LOCK_EX NdisAllocateRWLock(
    _In_ NDIS_HANDLE NdisHandle);

/* nf-ndis-ndisallocatesharedmemory; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisAllocateSharedMemory(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PNDIS_SHARED_MEMORY_PARAMETERS SharedMemoryParameters,
    _Inout_ PNDIS_HANDLE pAllocationHandle);

/* nf-ndis-ndisallocatespinlock; req.irql: Any level (see Remarks section) */
VOID NdisAllocateSpinLock(
    _Out_ PNDIS_SPIN_LOCK SpinLock);

/* nf-ndis-ndisallocatetimerobject; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisAllocateTimerObject(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics,
    _Out_ PNDIS_HANDLE pTimerObject);

/* nf-ndis-ndisansistringtounicodestring; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisAnsiStringToUnicodeString(
    _In_ [ in,
    _In_ out] PUNICODE_STRING DestinationString,
    _In_ PANSI_STRING SourceString);

/* nf-ndis-ndisbuildscattergatherlist; req.irql: = DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_STATUS NdisBuildScatterGatherList(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PNDIS_SCATTER_GATHER_LIST_PARAMETERS SGListParameters);

/* nf-ndis-ndiscanceltimerobject; req.irql: See Remarks section */
BOOLEAN NdisCancelTimerObject(
    _In_ NDIS_HANDLE TimerObject);

/* nf-ndis-ndisdeletenpagedlookasidelist; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisDeleteNPagedLookasideList(
    _In_ PNPAGED_LOOKASIDE_LIST Lookaside);

/* nf-ndis-ndisdpracquirereadwritelock; req.irql: = DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
VOID NdisDprAcquireReadWriteLock(
    _Inout_ PNDIS_RW_LOCK Lock,
    _In_ BOOLEAN fWrite,
    _Out_ PLOCK_STATE LockState);

/* nf-ndis-ndisdpracquirespinlock; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
VOID NdisDprAcquireSpinLock(
    _Inout_ PNDIS_SPIN_LOCK SpinLock);

/* nf-ndis-ndisdprreleasereadwritelock; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
VOID NdisDprReleaseReadWriteLock(
    _Inout_ PNDIS_RW_LOCK Lock,
    _In_ PLOCK_STATE LockState);

/* nf-ndis-ndisdprreleasespinlock; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
VOID NdisDprReleaseSpinLock(
    _Inout_ PNDIS_SPIN_LOCK SpinLock);

/* nf-ndis-ndisequalmemory; req.irql: See Remarks section */
ULONG NdisEqualMemory(
    _In_ const VOID *Source1,
    _In_ const VOID *Source2,
    _In_ ULONG Length);

/* nf-ndis-ndisequalstring; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN NdisEqualString(
    _In_ PNDIS_STRING String1,
    _In_ PNDIS_STRING String2,
    _In_ BOOLEAN CaseInsensitive);

/* nf-ndis-ndisequalunicodestring; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN NdisEqualUnicodeString(
    _In_ PNDIS_STRING String1,
    _In_ PNDIS_STRING String2,
    _In_ BOOLEAN CaseInSensitive);

/* nf-ndis-ndisinitansistring; req.irql: See Remarks section */
VOID NdisInitAnsiString(
    _In_ [ in,
    _In_ out] PANSI_STRING DestinationString,
    _In_ PCSTR SourceString);

/* nf-ndis-ndisinitunicodestring; req.irql: See Remarks section */
VOID NdisInitUnicodeString(
    _In_ [ in,
    _In_ out] PNDIS_STRING DestinationString,
    _In_ PCWSTR SourceString);

/* nf-ndis-ndisinitializeevent; req.irql: Any level */
VOID NdisInitializeEvent(
    _Out_ PNDIS_EVENT Event);

/* nf-ndis-ndisinitializelisthead; req.irql: Any level (see Remarks section) */
VOID NdisInitializeListHead(
    _In_ PLIST_ENTRY ListHead);

/* nf-ndis-ndisinitializenpagedlookasidelist; req.irql: <= DISPATCH_LEVEL (see Remarks section) */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisInitializeNPagedLookasideList(
    _In_ PNPAGED_LOOKASIDE_LIST Lookaside,
    _In_opt_ PALLOCATE_FUNCTION Allocate,
    _In_opt_ PFREE_FUNCTION Free,
    _In_ ULONG Flags,
    _In_ ULONG Size,
    _In_ ULONG Tag,
    _In_ USHORT Depth);

/* nf-ndis-ndisinitializereadwritelock; req.irql: Any level (see Remarks section) */
VOID NdisInitializeReadWriteLock(
    _Out_ PNDIS_RW_LOCK Lock);

/* nf-ndis-ndisinitializeslisthead; req.irql: Any level */
VOID NdisInitializeSListHead(
    _In_ PSLIST_HEADER SListHead);

/* nf-ndis-ndisinitializestring; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisInitializeString(
    _Out_ PNDIS_STRING DestinationString,
    _In_ PUCHAR SourceString);

/* nf-ndis-ndisinterlockedaddlargestatistic; req.irql: Any level */
VOID NdisInterlockedAddLargeStatistic(
    _In_ PLARGE_INTEGER Addend,
    _In_ ULONG Increment);

/* nf-ndis-ndisinterlockedaddulong; req.irql: Any level */
VOID NdisInterlockedAddUlong(
    _In_ PULONG Addend,
    _In_ ULONG Increment,
    _In_ PNDIS_SPIN_LOCK SpinLock);

/* nf-ndis-ndisinterlockeddecrement; req.irql: Any level */
LONG NdisInterlockedDecrement(
    _In_ PLONG Addend);

/* nf-ndis-ndisinterlockedincrement; req.irql: Any level */
LONG NdisInterlockedIncrement(
    _In_ PLONG Addend);

/* nf-ndis-ndisinterlockedinsertheadlist; req.irql: Any level */
PLIST_ENTRY NdisInterlockedInsertHeadList(
    _In_ PLIST_ENTRY ListHead,
    _In_ PLIST_ENTRY ListEntry,
    _In_ PNDIS_SPIN_LOCK SpinLock);

/* nf-ndis-ndisinterlockedinserttaillist; req.irql: Any level */
PLIST_ENTRY NdisInterlockedInsertTailList(
    _In_ PLIST_ENTRY ListHead,
    _In_ PLIST_ENTRY ListEntry,
    _In_ PNDIS_SPIN_LOCK SpinLock);

/* nf-ndis-ndisinterlockedpopentryslist; req.irql: Any level */
PSINGLE_LIST_ENTRY NdisInterlockedPopEntrySList(
    _In_ PSLIST_HEADER ListHead,
    _In_ PNDIS_SPIN_LOCK Lock);

/* nf-ndis-ndisinterlockedpushentryslist; req.irql: Any level */
PSINGLE_LIST_ENTRY NdisInterlockedPushEntrySList(
    _In_ PSLIST_HEADER ListHead,
    _In_ PSINGLE_LIST_ENTRY ListEntry,
    _In_ PNDIS_SPIN_LOCK Lock);

/* nf-ndis-ndisquerydepthslist; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
USHORT NdisQueryDepthSList(
    _In_ PSLIST_HEADER SListHead);

/* nf-ndis-ndisqueueioworkitem; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisQueueIoWorkItem(
    _In_ NDIS_HANDLE NdisIoWorkItemHandle,
    _In_ NDIS_IO_WORKITEM_ROUTINE Routine,
    _In_ PVOID WorkItemContext);

/* nf-ndis-ndisreleaserwlock; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
VOID NdisReleaseRWLock(
    _In_ PNDIS_RW_LOCK_EX Lock,
    _In_ _IRQL_restores_ PLOCK_STATE_EX LockState);

/* nf-ndis-ndisreleasereadwritelock; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
VOID NdisReleaseReadWriteLock(
    _Inout_ PNDIS_RW_LOCK Lock,
    _In_ _IRQL_restores_ PLOCK_STATE LockState);

/* nf-ndis-ndisreleasespinlock; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
VOID NdisReleaseSpinLock(
    _Inout_ _IRQL_restores_global_(SpinLock, SpinLock) PNDIS_SPIN_LOCK SpinLock);

/* nf-ndis-ndisresetevent; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisResetEvent(
    _In_ PNDIS_EVENT Event);

/* nf-ndis-ndissetcoalescabletimerobject; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NdisSetCoalescableTimerObject(
    _In_ NDIS_HANDLE TimerObject,
    _In_ LARGE_INTEGER DueTime,
    _In_opt_ LONG MillisecondsPeriod,
    _In_opt_ PVOID FunctionContext,
    _In_opt_ ULONG Tolerance);

/* nf-ndis-ndissetevent; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisSetEvent(
    _In_ PNDIS_EVENT Event);

/* nf-ndis-ndissettimerobject; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN NdisSetTimerObject(
    _In_ NDIS_HANDLE TimerObject,
    _In_ LARGE_INTEGER DueTime,
    _In_opt_ LONG MillisecondsPeriod,
    _In_opt_ PVOID FunctionContext);

/* nf-ndis-ndisunicodestringtoansistring; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisUnicodeStringToAnsiString(
    _In_ [ in,
    _In_ out] PANSI_STRING DestinationString,
    _In_ PUNICODE_STRING SourceString);

/* nf-ndis-ndisupcaseunicodestring; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS NdisUpcaseUnicodeString(
    _Out_ PUNICODE_STRING DestinationString,
    _In_ PUNICODE_STRING SourceString);

/* nf-ndis-ndiswaitevent; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN NdisWaitEvent(
    _In_ PNDIS_EVENT Event,
    _In_ UINT MsToWait);

/* nf-ndis-ndiswriteeventlogentry; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisWriteEventLogEntry(
    _In_ PVOID LogHandle,
    _In_ NDIS_STATUS EventCode,
    _In_ ULONG UniqueEventValue,
    _In_ USHORT NumStrings,
    _In_opt_ PVOID StringsList,
    _In_ ULONG DataSize,
    _In_opt_ PVOID Data);

/* nf-ndis-ndiszeromappedmemory; req.irql: Any level */
VOID NdisZeroMappedMemory(
    _In_ PVOID Destination,
    _In_ ULONG Length);

/* nf-ndis-ndiszeromemory; req.irql: See Remarks section */
VOID NdisZeroMemory(
    _In_ PVOID Destination,
    _In_ ULONG Length);

#endif /* DDICHECK_MODEL_NDIS_SUPPORT_H */
