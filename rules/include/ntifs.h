/*
 * ntifs.h -- ddicheck model header: the installable-file-system kit header,
 * a superset of ntddk.h.  The model provides ntddk.h and wdm.h and the few
 * routines documented under ntifs.h that non-file-system drivers call
 * (ObOpenObjectByPointer, PsLookupProcessByProcessId, ...).
 *
 * Written for ddicheck from Microsoft's public documentation of these
 * routines (their pages are not among the ddi-docs pages, which cover wdm.h
 * and ntddk.h, so they carry no IRQL annotation); it is not a copy of
 * Microsoft's ntifs.h.
 */
#ifndef DDICHECK_MODEL_NTIFS_H
#define DDICHECK_MODEL_NTIFS_H

#include <ntddk.h>

typedef struct _ACCESS_STATE *PACCESS_STATE;

NTSTATUS ObOpenObjectByPointer(
    _In_ PVOID Object,
    _In_ ULONG HandleAttributes,
    _In_opt_ PACCESS_STATE PassedAccessState,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_TYPE ObjectType,
    _In_ KPROCESSOR_MODE AccessMode,
    _Out_ PHANDLE Handle);

NTSTATUS PsLookupProcessByProcessId(
    _In_ HANDLE ProcessId,
    _Outptr_ PEPROCESS *Process);

NTSTATUS PsLookupThreadByThreadId(
    _In_ HANDLE ThreadId,
    _Outptr_ PETHREAD *Thread);

#endif /* DDICHECK_MODEL_NTIFS_H */
