/*
 * wdm_ex.h -- ddicheck model header, part of wdm.h: more executive and
 * kernel routines -- pool allocation variants and the driver run-time
 * initialisation, semaphores, guarded mutexes, thread priority, MDL and
 * page mapping routines, system routine lookup, OS version checks,
 * ExGetPreviousMode.
 *
 * Written for ddicheck from the `## -syntax` blocks and req.irql of the
 * public reference pages under ddi/wdm (ExFreePool: ddi/ntddk, declared by
 * wdm.h in the WDK as well); it is not a copy of Microsoft's wdm.h.
 * Include <wdm.h>, not this file.  Where req.irql says "See Remarks", the
 * level the remarks give for a kernel-mode caller is used.
 */
#ifndef DDICHECK_MODEL_WDM_EX_H
#define DDICHECK_MODEL_WDM_EX_H

/* ------------------------------------------------------------------ pool */
#define POOL_COLD_ALLOCATION             256
#define POOL_NX_ALLOCATION               512
#define POOL_ZERO_ALLOCATION             1024
#define POOL_QUOTA_FAIL_INSTEAD_OF_RAISE 8
#define POOL_RAISE_IF_ALLOCATION_FAILURE 16
#define POOL_FLAG_USE_QUOTA              0x0000000000000001ULL
#define POOL_FLAG_RAISE_ON_FAILURE       0x0000000000000020ULL

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ExFreePool(
    _In_ __drv_freesMem(Mem) PVOID P);

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
PVOID ExAllocatePoolWithQuotaTag(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
PVOID ExAllocatePoolZero(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
PVOID ExAllocatePoolUninitialized(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
PVOID ExAllocatePoolQuotaZero(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
PVOID ExAllocatePoolQuotaUninitialized(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_allocatesMem(Mem)
PVOID ExAllocatePoolPriorityZero(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);

/* Opting in to non-executable pool (POOL_NX_OPTIN): DriverEntry calls
 * ExInitializeDriverRuntime(DrvRtPoolNxOptIn) first. */
#define DrvRtPoolNxOptIn 0x00000001
_IRQL_requires_(PASSIVE_LEVEL)
VOID ExInitializeDriverRuntime(
    _In_ ULONG RuntimeFlags);

/* ------------------------------------------------------- synchronisation */
_IRQL_requires_(PASSIVE_LEVEL)
VOID KeInitializeSemaphore(
    _Out_ PRKSEMAPHORE Semaphore,
    _In_ LONG Count,
    _In_ LONG Limit);

/* <= DISPATCH_LEVEL when Wait is FALSE (remarks). */
_IRQL_requires_max_(DISPATCH_LEVEL)
LONG KeReleaseSemaphore(
    _Inout_ PRKSEMAPHORE Semaphore,
    _In_ KPRIORITY Increment,
    _In_ LONG Adjustment,
    _In_ BOOLEAN Wait);

_IRQL_requires_max_(HIGH_LEVEL)
LONG KeReadStateSemaphore(
    _In_ PRKSEMAPHORE Semaphore);

_IRQL_requires_max_(APC_LEVEL)
VOID KeInitializeGuardedMutex(
    _Out_ PKGUARDED_MUTEX Mutex);

_IRQL_requires_max_(APC_LEVEL)
VOID KeAcquireGuardedMutex(
    _Inout_ PKGUARDED_MUTEX Mutex);

_IRQL_requires_max_(APC_LEVEL)
VOID KeReleaseGuardedMutex(
    _Inout_ PKGUARDED_MUTEX Mutex);

_IRQL_requires_max_(APC_LEVEL)
BOOLEAN KeTryToAcquireGuardedMutex(
    _Inout_ PKGUARDED_MUTEX Mutex);

#define KeWaitForMutexObject KeWaitForSingleObject

/* ------------------------------------------- executive work items */
/* The worker routine runs at PASSIVE_LEVEL in a system thread (remarks of
 * nf-wdm-exqueueworkitem). */
typedef _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_ _Function_class_(WORKER_THREAD_ROUTINE)
VOID (WORKER_THREAD_ROUTINE)(
    _In_ PVOID Parameter);
typedef WORKER_THREAD_ROUTINE *PWORKER_THREAD_ROUTINE;

typedef struct _WORK_QUEUE_ITEM {
    LIST_ENTRY List;
    PWORKER_THREAD_ROUTINE WorkerRoutine;
    __volatile PVOID Parameter;
} WORK_QUEUE_ITEM, *PWORK_QUEUE_ITEM;

/* A macro that fills the item in the WDK; a function here (any level). */
_IRQL_requires_max_(HIGH_LEVEL)
VOID ExInitializeWorkItem(
    _Out_ PWORK_QUEUE_ITEM Item,
    _In_ PWORKER_THREAD_ROUTINE Routine,
    _In_opt_ PVOID Context);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ExQueueWorkItem(
    _Inout_ __drv_aliasesMem PWORK_QUEUE_ITEM WorkItem,
    _In_ WORK_QUEUE_TYPE QueueType);

/* ---------------------------------------------------------------- threads */
#define LOW_PRIORITY            0
#define LOW_REALTIME_PRIORITY   16
#define HIGH_PRIORITY           31
#define MAXIMUM_PRIORITY        32

_IRQL_requires_(PASSIVE_LEVEL)
KPRIORITY KeSetPriorityThread(
    _Inout_ PKTHREAD Thread,
    _In_ KPRIORITY Priority);

_IRQL_requires_max_(DISPATCH_LEVEL)
KPROCESSOR_MODE ExGetPreviousMode(VOID);

_IRQL_requires_max_(APC_LEVEL)
DECLSPEC_NORETURN VOID ExRaiseStatus(
    _In_ NTSTATUS Status);

/* ------------------------------------------------------ user buffers */
_IRQL_requires_max_(APC_LEVEL)
VOID ProbeForRead(
    _In_reads_bytes_(Length) volatile VOID *Address,
    _In_ SIZE_T Length,
    _In_ ULONG Alignment);

_IRQL_requires_max_(APC_LEVEL)
VOID ProbeForWrite(
    _Inout_updates_bytes_(Length) volatile VOID *Address,
    _In_ SIZE_T Length,
    _In_ ULONG Alignment);

/* ------------------------------------------------------ MDLs and mapping */
typedef ULONG_PTR PFN_NUMBER, *PPFN_NUMBER;

typedef enum _MEMORY_CACHING_TYPE {
    MmNonCached = 0,
    MmCached = 1,
    MmWriteCombined = 2,
    MmHardwareCoherentCached,
    MmNonCachedUnordered,
    MmUSWCCached,
    MmMaximumCacheType,
    MmNotMapped = -1
} MEMORY_CACHING_TYPE;

typedef enum _LOCK_OPERATION {
    IoReadAccess,
    IoWriteAccess,
    IoModifyAccess
} LOCK_OPERATION;

#define MM_ALLOCATE_FULLY_REQUIRED            0x00000004
#define MM_ALLOCATE_NO_WAIT                   0x00000008
#define MM_ALLOCATE_PREFER_CONTIGUOUS         0x00000010
#define MM_ALLOCATE_REQUIRE_CONTIGUOUS_CHUNKS 0x00000020
#define MM_DONT_ZERO_ALLOCATION               0x00000001
#define MM_ALLOCATE_FROM_LOCAL_NODE_ONLY      0x00000002

#define BYTE_OFFSET(Va) ((ULONG)((LONG_PTR)(Va) & (PAGE_SIZE - 1)))
#define PAGE_ALIGN(Va) ((PVOID)((ULONG_PTR)(Va) & ~(PAGE_SIZE - 1)))
#define ADDRESS_AND_SIZE_TO_SPAN_PAGES(Va, Size) \
    ((ULONG)((((ULONG_PTR)(Size)) >> PAGE_SHIFT) + \
             ((BYTE_OFFSET(Va) + BYTE_OFFSET(Size) + PAGE_SIZE - 1) >> PAGE_SHIFT)))
#define MmGetMdlPfnArray(Mdl) ((PPFN_NUMBER)((Mdl) + 1))
#define MmGetMdlByteOffset(Mdl) ((Mdl)->ByteOffset)
#define MmInitializeMdl(MemoryDescriptorList, BaseVa, Length) \
    do { \
        (MemoryDescriptorList)->Next = (PMDL)NULL; \
        (MemoryDescriptorList)->Size = (CSHORT)(sizeof(MDL) + \
            (sizeof(PFN_NUMBER) * ADDRESS_AND_SIZE_TO_SPAN_PAGES((BaseVa), (Length)))); \
        (MemoryDescriptorList)->MdlFlags = 0; \
        (MemoryDescriptorList)->StartVa = (PVOID)PAGE_ALIGN((BaseVa)); \
        (MemoryDescriptorList)->ByteOffset = BYTE_OFFSET((BaseVa)); \
        (MemoryDescriptorList)->ByteCount = (ULONG)(Length); \
    } while (0)

/* <= APC_LEVEL for pageable buffers, <= DISPATCH_LEVEL for nonpaged ones
 * (remarks): the wider bound is modelled. */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID MmProbeAndLockPages(
    _Inout_ PMDL MemoryDescriptorList,
    _In_ KPROCESSOR_MODE AccessMode,
    _In_ LOCK_OPERATION Operation);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID MmUnlockPages(
    _Inout_ PMDL MemoryDescriptorList);

/* <= DISPATCH_LEVEL for a kernel-mode mapping (remarks). */
_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID MmMapLockedPagesSpecifyCache(
    _Inout_ PMDL MemoryDescriptorList,
    _In_ KPROCESSOR_MODE AccessMode,
    _In_ MEMORY_CACHING_TYPE CacheType,
    _In_opt_ PVOID RequestedAddress,
    _In_ ULONG BugCheckOnFailure,
    _In_ ULONG Priority);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID MmUnmapLockedPages(
    _In_ PVOID BaseAddress,
    _Inout_ PMDL MemoryDescriptorList);

/* <= APC_LEVEL (remarks). */
_IRQL_requires_max_(APC_LEVEL)
PMDL MmAllocatePagesForMdl(
    _In_ PHYSICAL_ADDRESS LowAddress,
    _In_ PHYSICAL_ADDRESS HighAddress,
    _In_ PHYSICAL_ADDRESS SkipBytes,
    _In_ SIZE_T TotalBytes);

_IRQL_requires_max_(APC_LEVEL)
PMDL MmAllocatePagesForMdlEx(
    _In_ PHYSICAL_ADDRESS LowAddress,
    _In_ PHYSICAL_ADDRESS HighAddress,
    _In_ PHYSICAL_ADDRESS SkipBytes,
    _In_ SIZE_T TotalBytes,
    _In_ MEMORY_CACHING_TYPE CacheType,
    _In_ ULONG Flags);

_IRQL_requires_max_(APC_LEVEL)
VOID MmFreePagesFromMdl(
    _Inout_ PMDL MemoryDescriptorList);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID MmMapIoSpace(
    _In_ PHYSICAL_ADDRESS PhysicalAddress,
    _In_ SIZE_T NumberOfBytes,
    _In_ MEMORY_CACHING_TYPE CacheType);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID MmUnmapIoSpace(
    _In_ PVOID BaseAddress,
    _In_ SIZE_T NumberOfBytes);

_IRQL_requires_(PASSIVE_LEVEL)
PVOID MmGetSystemRoutineAddress(
    _In_ PUNICODE_STRING SystemRoutineName);

/* --------------------------------------------------------- OS version */
typedef struct _OSVERSIONINFOW {
    ULONG dwOSVersionInfoSize;
    ULONG dwMajorVersion;
    ULONG dwMinorVersion;
    ULONG dwBuildNumber;
    ULONG dwPlatformId;
    WCHAR szCSDVersion[128];
} OSVERSIONINFOW, *POSVERSIONINFOW, RTL_OSVERSIONINFOW, *PRTL_OSVERSIONINFOW;

typedef struct _OSVERSIONINFOEXW {
    ULONG dwOSVersionInfoSize;
    ULONG dwMajorVersion;
    ULONG dwMinorVersion;
    ULONG dwBuildNumber;
    ULONG dwPlatformId;
    WCHAR szCSDVersion[128];
    USHORT wServicePackMajor;
    USHORT wServicePackMinor;
    USHORT wSuiteMask;
    UCHAR wProductType;
    UCHAR wReserved;
} OSVERSIONINFOEXW, *POSVERSIONINFOEXW, RTL_OSVERSIONINFOEXW, *PRTL_OSVERSIONINFOEXW;

#define VER_MINORVERSION     0x0000001
#define VER_MAJORVERSION     0x0000002
#define VER_BUILDNUMBER      0x0000004
#define VER_PLATFORMID       0x0000008
#define VER_SERVICEPACKMINOR 0x0000010
#define VER_SERVICEPACKMAJOR 0x0000020
#define VER_SUITENAME        0x0000040
#define VER_PRODUCT_TYPE     0x0000080
#define VER_EQUAL            1
#define VER_GREATER          2
#define VER_GREATER_EQUAL    3
#define VER_LESS             4
#define VER_LESS_EQUAL       5
#define VER_AND              6
#define VER_OR               7

_IRQL_requires_max_(HIGH_LEVEL)
ULONGLONG VerSetConditionMask(
    _In_ ULONGLONG ConditionMask,
    _In_ ULONG TypeMask,
    _In_ UCHAR Condition);
#define VER_SET_CONDITION(_m_, _t_, _c_) ((_m_) = VerSetConditionMask((_m_), (_t_), (_c_)))

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS RtlVerifyVersionInfo(
    _In_ PRTL_OSVERSIONINFOEXW VersionInfo,
    _In_ ULONG TypeMask,
    _In_ ULONGLONG ConditionMask);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS RtlGetVersion(
    _Out_ PRTL_OSVERSIONINFOW lpVersionInformation);

_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN PsGetVersion(
    _Out_opt_ PULONG MajorVersion,
    _Out_opt_ PULONG MinorVersion,
    _Out_opt_ PULONG BuildNumber,
    _Out_opt_ PUNICODE_STRING CSDVersion);

/* ------------------------------------------------------------- strings */
_IRQL_requires_max_(APC_LEVEL)
VOID RtlFreeUnicodeString(
    _Inout_ PUNICODE_STRING UnicodeString);

_IRQL_requires_max_(HIGH_LEVEL)
VOID RtlInitAnsiString(
    _Out_ PANSI_STRING DestinationString,
    _In_opt_z_ PCSZ SourceString);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS RtlAnsiStringToUnicodeString(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCANSI_STRING SourceString,
    _In_ BOOLEAN AllocateDestinationString);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS RtlUnicodeStringToAnsiString(
    _Inout_ PANSI_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString,
    _In_ BOOLEAN AllocateDestinationString);

_IRQL_requires_max_(APC_LEVEL)
VOID RtlFreeAnsiString(
    _Inout_ PANSI_STRING AnsiString);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS RtlIntegerToUnicodeString(
    _In_ ULONG Value,
    _In_opt_ ULONG Base,
    _Inout_ PUNICODE_STRING String);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS RtlUnicodeStringToInteger(
    _In_ PCUNICODE_STRING String,
    _In_opt_ ULONG Base,
    _Out_ PULONG Value);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS RtlStringFromGUID(
    _In_ REFGUID Guid,
    _Out_ PUNICODE_STRING GuidString);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS RtlGUIDFromString(
    _In_ PCUNICODE_STRING GuidString,
    _Out_ GUID *Guid);

#define RtlCopyBytes RtlCopyMemory
#define RtlZeroBytes RtlZeroMemory
#define RtlFillBytes RtlFillMemory

/* ------------------------------------------------------------- debug */
#define DPFLTR_IHVDRIVER_ID    77
#define DPFLTR_IHVVIDEO_ID     78
#define DPFLTR_IHVAUDIO_ID     79
#define DPFLTR_IHVSTREAMING_ID 81
#define DPFLTR_IHVBUS_ID       82
#define DPFLTR_DEFAULT_ID      101
#define DPFLTR_MASK            0x80000000
#define DbgRaiseAssertionFailure() ((void)0)

/* InterlockedAdd: the result of InterlockedExchangeAdd plus the value. */
#define InterlockedAdd(Addend, Value) (_InterlockedExchangeAdd((Addend), (Value)) + (Value))
#define InterlockedAdd64(Addend, Value) (_InterlockedExchangeAdd64((Addend), (Value)) + (Value))
#define InterlockedExchangeAdd64 _InterlockedExchangeAdd64
#define InterlockedExchange64 _InterlockedExchange64
#define InterlockedCompareExchange64 _InterlockedCompareExchange64
#define InterlockedOr64 _InterlockedOr64
#define InterlockedAnd64 _InterlockedAnd64
#define InterlockedXor _InterlockedXor
#define InterlockedIncrementAcquire InterlockedIncrement
#define InterlockedDecrementRelease InterlockedDecrement
#define ReadNoFence(p) (*(volatile LONG *)(p))
#define WriteNoFence(p, v) (*(volatile LONG *)(p) = (v))

#endif /* DDICHECK_MODEL_WDM_EX_H */
