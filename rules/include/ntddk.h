/*
 * ntddk.h -- ddicheck model header: the kernel routines documented under
 * ntddk.h (on top of everything in wdm.h): KeQueryTickCount,
 * processor-number and processor-count queries, a few Io/Ps routines.
 *
 * Written for ddicheck from the `## -syntax` blocks and req.irql of the
 * public reference pages under ddi/ntddk; it is not a copy of Microsoft's
 * ntddk.h.  ddicheck searches its model headers AFTER the driver's own
 * include paths (-idirafter), so a real WDK on the include path takes
 * precedence over this file.
 */
#ifndef DDICHECK_MODEL_NTDDK_H
#define DDICHECK_MODEL_NTDDK_H

#include <wdm.h>

#define ALL_PROCESSOR_GROUPS 0xffff

/* A macro over KeQueryTickCount's 64-bit read in the WDK; a function here. */
_IRQL_requires_max_(HIGH_LEVEL)
VOID KeQueryTickCount(
    _Out_ PLARGE_INTEGER CurrentCount);

_IRQL_requires_max_(HIGH_LEVEL)
ULONG KeQueryTimeIncrement(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
ULONG KeGetCurrentProcessorNumberEx(
    _Out_opt_ PPROCESSOR_NUMBER ProcNumber);

_IRQL_requires_max_(HIGH_LEVEL)
ULONG KeQueryActiveProcessorCountEx(
    _In_ USHORT GroupNumber);

_IRQL_requires_max_(HIGH_LEVEL)
ULONG KeQueryActiveProcessorCount(
    _Out_opt_ PKAFFINITY ActiveProcessors);

_IRQL_requires_max_(HIGH_LEVEL)
HANDLE PsGetCurrentProcessId(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
HANDLE PsGetCurrentThreadId(VOID);

_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN IoIsWdmVersionAvailable(
    _In_ UCHAR MajorVersion,
    _In_ UCHAR MinorVersion);


_IRQL_requires_max_(HIGH_LEVEL)
PETHREAD PsGetCurrentThread(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
HANDLE PsGetThreadProcessId(
    _In_ PETHREAD Thread);

_IRQL_requires_max_(HIGH_LEVEL)
HANDLE PsGetProcessId(
    _In_ PEPROCESS Process);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ExUuidCreate(
    _Out_ GUID *Uuid);

_IRQL_requires_max_(APC_LEVEL)
VOID KeEnterGuardedRegion(VOID);

_IRQL_requires_max_(APC_LEVEL)
VOID KeLeaveGuardedRegion(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN MmIsAddressValid(
    _In_ PVOID VirtualAddress);

_IRQL_requires_max_(HIGH_LEVEL)
PHYSICAL_ADDRESS MmGetPhysicalAddress(
    _In_ PVOID BaseAddress);

/* ------------------------------------------ process creation callbacks */
typedef struct _PS_CREATE_NOTIFY_INFO {
    SIZE_T Size;
    union {
        ULONG Flags;
        struct {
            ULONG FileOpenNameAvailable : 1;
            ULONG IsSubsystemProcess : 1;
            ULONG Reserved : 30;
        };
    };
    HANDLE ParentProcessId;
    CLIENT_ID CreatingThreadId;
    struct _FILE_OBJECT *FileObject;
    PCUNICODE_STRING ImageFileName;
    PCUNICODE_STRING CommandLine;
    NTSTATUS CreationStatus;
} PS_CREATE_NOTIFY_INFO, *PPS_CREATE_NOTIFY_INFO;

/* CreateProcessNotifyEx / CreateProcessNotify: called at PASSIVE_LEVEL;
 * CreateThreadNotify: <= APC_LEVEL.  As in the WDK, the role types are the
 * pointer typedefs the nc- pages are named after. */
typedef _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
VOID (*PCREATE_PROCESS_NOTIFY_ROUTINE_EX)(
    _Inout_ PEPROCESS Process,
    _In_ HANDLE ProcessId,
    _Inout_opt_ PPS_CREATE_NOTIFY_INFO CreateInfo);

typedef _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_
VOID (*PCREATE_PROCESS_NOTIFY_ROUTINE)(
    _In_ HANDLE ParentId,
    _In_ HANDLE ProcessId,
    _In_ BOOLEAN Create);

typedef _IRQL_requires_max_(APC_LEVEL) _IRQL_requires_same_
VOID (*PCREATE_THREAD_NOTIFY_ROUTINE)(
    _In_ HANDLE ProcessId,
    _In_ HANDLE ThreadId,
    _In_ BOOLEAN Create);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS PsSetCreateProcessNotifyRoutineEx(
    _In_ PCREATE_PROCESS_NOTIFY_ROUTINE_EX NotifyRoutine,
    _In_ BOOLEAN Remove);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS PsSetCreateProcessNotifyRoutine(
    _In_ PCREATE_PROCESS_NOTIFY_ROUTINE NotifyRoutine,
    _In_ BOOLEAN Remove);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS PsSetCreateThreadNotifyRoutine(
    _In_ PCREATE_THREAD_NOTIFY_ROUTINE NotifyRoutine);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS PsRemoveCreateThreadNotifyRoutine(
    _In_ PCREATE_THREAD_NOTIFY_ROUTINE NotifyRoutine);

/* ns-ntddk-configuration_information: the fields in the page's order (the
 * counts are ULONG, the two claimed flags BOOLEAN). */
typedef struct _CONFIGURATION_INFORMATION {
    ULONG DiskCount;
    ULONG FloppyCount;
    ULONG CdRomCount;
    ULONG TapeCount;
    ULONG ScsiPortCount;
    ULONG SerialCount;
    ULONG ParallelCount;
    BOOLEAN AtDiskPrimaryAddressClaimed;
    BOOLEAN AtDiskSecondaryAddressClaimed;
    ULONG Version;
    ULONG MediumChangerCount;
} CONFIGURATION_INFORMATION, *PCONFIGURATION_INFORMATION;

/* nf-ntddk-iogetconfigurationinformation: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
PCONFIGURATION_INFORMATION IoGetConfigurationInformation(VOID);

#endif /* DDICHECK_MODEL_NTDDK_H */
