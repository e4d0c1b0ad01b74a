/*
 * KeSpinLock_bad_retry -- seeded defect: the DPC that starts the next
 * request takes the queue lock and, when the hardware is still busy, spins a
 * little and jumps back to retry -- without releasing the lock first.  The
 * retry's KeAcquireSpinLockAtDpcLevel then finds the lock held by this very
 * processor and never returns.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE StartNextDpc;

typedef struct _DEV_EXT {
    KSPIN_LOCK QueueLock;
    KDPC StartDpc;
    LIST_ENTRY Pending;
    volatile LONG HwBusy;
    ULONG Retries;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

VOID StartNextDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEV_EXT Ext = (PDEV_EXT)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    Ext->Retries = 0;
Retry:
    KeAcquireSpinLockAtDpcLevel(&Ext->QueueLock); // expect: [KeSpinLock] KeAcquireSpinLockAtDpcLevel acquires Ext->QueueLock, which can already be held here
    if (Ext->HwBusy && Ext->Retries++ < 10) {
        KeStallExecutionProcessor(5);
        goto Retry;
    }
    if (!IsListEmpty(&Ext->Pending))
        (VOID)RemoveHeadList(&Ext->Pending);
    KeReleaseSpinLockFromDpcLevel(&Ext->QueueLock);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);

    KeInitializeSpinLock(&DevExt.QueueLock);
    InitializeListHead(&DevExt.Pending);
    KeInitializeDpc(&DevExt.StartDpc, StartNextDpc, &DevExt);
    return STATUS_SUCCESS;
}
