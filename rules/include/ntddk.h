/*
 * ntddk.h -- ddicheck model header: the kernel routines documented under
 * ntddk.h (on top of everything in wdm.h): ExFreePool, KeQueryTickCount,
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

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ExFreePool(
    _In_ PVOID P);

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

#endif /* DDICHECK_MODEL_NTDDK_H */
