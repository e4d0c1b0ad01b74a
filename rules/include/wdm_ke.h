/*
 * wdm_ke.h -- ddicheck model header, part of wdm.h: kernel routines: IRQL and spin locks, DPCs and timers, events,
 * waits, threads, pool.
 *
 * Written for ddicheck from the `## -syntax` blocks and req.irql of the
 * public reference pages under ddi/wdm; it is not a copy of Microsoft's
 * wdm.h.  Include <wdm.h>, not this file.
 */
#ifndef DDICHECK_MODEL_WDM_KE_H
#define DDICHECK_MODEL_WDM_KE_H

/* ------------------------------------------------------ IRQL and locks */
/* The WDK implements these as macros or intrinsics (KeAcquireSpinLock over
 * KfAcquireSpinLock, KeRaiseIrql over KfRaiseIrql); the model keeps them as
 * functions so that the analysis sees the documented names. */
_IRQL_requires_max_(HIGH_LEVEL)
KIRQL KeGetCurrentIrql(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
_IRQL_raises_(NewIrql)
VOID KeRaiseIrql(
    _In_ KIRQL NewIrql,
    _Out_ _IRQL_saves_ PKIRQL OldIrql);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_
KIRQL KeRaiseIrqlToDpcLevel(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
VOID KeLowerIrql(
    _In_ _IRQL_restores_ _Notliteral_ KIRQL NewIrql);

_IRQL_requires_max_(HIGH_LEVEL)
VOID KeInitializeSpinLock(
    _Out_ PKSPIN_LOCK SpinLock);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID KeAcquireSpinLock(
    _Inout_ _Requires_lock_not_held_(*_Curr_) _Acquires_lock_(*_Curr_) PKSPIN_LOCK SpinLock,
    _Out_ _IRQL_saves_ PKIRQL OldIrql);

_IRQL_requires_(DISPATCH_LEVEL)
VOID KeReleaseSpinLock(
    _Inout_ _Requires_lock_held_(*_Curr_) _Releases_lock_(*_Curr_) PKSPIN_LOCK SpinLock,
    _In_ _IRQL_restores_ KIRQL NewIrql);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_
KIRQL KeAcquireSpinLockRaiseToDpc(
    _Inout_ PKSPIN_LOCK SpinLock);

_IRQL_requires_min_(DISPATCH_LEVEL)
VOID KeAcquireSpinLockAtDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock);

_IRQL_requires_min_(DISPATCH_LEVEL)
VOID KeReleaseSpinLockFromDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID KeAcquireInStackQueuedSpinLock(
    _Inout_ PKSPIN_LOCK SpinLock,
    _Out_ _IRQL_saves_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_(DISPATCH_LEVEL)
VOID KeReleaseInStackQueuedSpinLock(
    _In_ _IRQL_restores_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_min_(DISPATCH_LEVEL)
VOID KeAcquireInStackQueuedSpinLockAtDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock,
    _Out_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_min_(DISPATCH_LEVEL)
VOID KeReleaseInStackQueuedSpinLockFromDpcLevel(
    _In_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ExInitializeFastMutex(
    _Out_ PFAST_MUTEX FastMutex);

_IRQL_requires_max_(APC_LEVEL)
_IRQL_raises_(APC_LEVEL)
VOID ExAcquireFastMutex(
    _Inout_ _IRQL_saves_global_(OldIrql, FastMutex) PFAST_MUTEX FastMutex);

_IRQL_requires_(APC_LEVEL)
VOID ExReleaseFastMutex(
    _Inout_ _IRQL_restores_global_(OldIrql, FastMutex) PFAST_MUTEX FastMutex);

_IRQL_requires_max_(APC_LEVEL)
VOID KeEnterCriticalRegion(VOID);

_IRQL_requires_max_(APC_LEVEL)
VOID KeLeaveCriticalRegion(VOID);

/* ------------------------------------------------------- DPCs and timers */
_IRQL_requires_max_(HIGH_LEVEL)
VOID KeInitializeDpc(
    _Out_ PRKDPC Dpc,
    _In_ PKDEFERRED_ROUTINE DeferredRoutine,
    _In_opt_ PVOID DeferredContext);

_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN KeInsertQueueDpc(
    _Inout_ PRKDPC Dpc,
    _In_opt_ PVOID SystemArgument1,
    _In_opt_ PVOID SystemArgument2);

_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN KeRemoveQueueDpc(
    _Inout_ PRKDPC Dpc);

_IRQL_requires_max_(HIGH_LEVEL)
VOID KeSetImportanceDpc(
    _Inout_ PRKDPC Dpc,
    _In_ KDPC_IMPORTANCE Importance);

_IRQL_requires_(PASSIVE_LEVEL)
VOID KeFlushQueuedDpcs(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KeInitializeTimer(
    _Out_ PKTIMER Timer);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KeInitializeTimerEx(
    _Out_ PKTIMER Timer,
    _In_ TIMER_TYPE Type);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN KeSetTimer(
    _Inout_ PKTIMER Timer,
    _In_ LARGE_INTEGER DueTime,
    _In_opt_ PKDPC Dpc);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN KeSetTimerEx(
    _Inout_ PKTIMER Timer,
    _In_ LARGE_INTEGER DueTime,
    _In_ LONG Period,
    _In_opt_ PKDPC Dpc);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN KeCancelTimer(
    _Inout_ PKTIMER Timer);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN KeReadStateTimer(
    _In_ PKTIMER Timer);

/* ------------------------------------------------ events, waits, threads */
_IRQL_requires_max_(HIGH_LEVEL)
VOID KeInitializeEvent(
    _Out_ PRKEVENT Event,
    _In_ EVENT_TYPE Type,
    _In_ BOOLEAN State);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG KeSetEvent(
    _Inout_ PRKEVENT Event,
    _In_ KPRIORITY Increment,
    _In_ _Literal_ BOOLEAN Wait);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KeClearEvent(
    _Inout_ PRKEVENT Event);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG KeResetEvent(
    _Inout_ PRKEVENT Event);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG KeReadStateEvent(
    _In_ PRKEVENT Event);

_IRQL_requires_max_(HIGH_LEVEL)
VOID KeInitializeMutex(
    _Out_ PRKMUTEX Mutex,
    _In_ ULONG Level);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG KeReleaseMutex(
    _Inout_ PRKMUTEX Mutex,
    _In_ BOOLEAN Wait);

/* The page says "see Remarks": waiting with a nonzero timeout needs
 * <= APC_LEVEL, a zero timeout allows DISPATCH_LEVEL. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS KeWaitForSingleObject(
    _In_ PVOID Object,
    _In_ KWAIT_REASON WaitReason,
    _In_ KPROCESSOR_MODE WaitMode,
    _In_ BOOLEAN Alertable,
    _In_opt_ PLARGE_INTEGER Timeout);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS KeWaitForMultipleObjects(
    _In_ ULONG Count,
    _In_reads_(Count) PVOID Object[],
    _In_ WAIT_TYPE WaitType,
    _In_ KWAIT_REASON WaitReason,
    _In_ KPROCESSOR_MODE WaitMode,
    _In_ BOOLEAN Alertable,
    _In_opt_ PLARGE_INTEGER Timeout,
    _Out_opt_ PKWAIT_BLOCK WaitBlockArray);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS KeDelayExecutionThread(
    _In_ KPROCESSOR_MODE WaitMode,
    _In_ BOOLEAN Alertable,
    _In_ PLARGE_INTEGER Interval);

_IRQL_requires_max_(HIGH_LEVEL)
VOID KeStallExecutionProcessor(
    _In_ ULONG MicroSeconds);

_IRQL_requires_max_(HIGH_LEVEL)
VOID KeQuerySystemTime(
    _Out_ PLARGE_INTEGER CurrentTime);

_IRQL_requires_max_(HIGH_LEVEL)
ULONGLONG KeQueryInterruptTime(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
PKTHREAD KeGetCurrentThread(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
ULONG KeGetCurrentProcessorNumber(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
DECLSPEC_NORETURN VOID KeBugCheckEx(
    _In_ ULONG BugCheckCode,
    _In_ ULONG_PTR BugCheckParameter1,
    _In_ ULONG_PTR BugCheckParameter2,
    _In_ ULONG_PTR BugCheckParameter3,
    _In_ ULONG_PTR BugCheckParameter4);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS PsCreateSystemThread(
    _Out_ PHANDLE ThreadHandle,
    _In_ ULONG DesiredAccess,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ HANDLE ProcessHandle,
    _Out_opt_ PVOID ClientId,
    _In_ PKSTART_ROUTINE StartRoutine,
    _In_opt_ PVOID StartContext);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS PsTerminateSystemThread(
    _In_ NTSTATUS ExitStatus);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ZwClose(
    _In_ HANDLE Handle);

#define THREAD_ALL_ACCESS 0x001FFFFF

/* ---------------------------------------------------------------- pool */
_IRQL_requires_max_(DISPATCH_LEVEL)
_Ret_maybenull_
PVOID ExAllocatePoolWithTag(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Ret_maybenull_
PVOID ExAllocatePoolWithTagPriority(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Ret_maybenull_
PVOID ExAllocatePool2(
    _In_ POOL_FLAGS Flags,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ExFreePoolWithTag(
    _In_ PVOID P,
    _In_ ULONG Tag);

#endif /* DDICHECK_MODEL_WDM_KE_H */
