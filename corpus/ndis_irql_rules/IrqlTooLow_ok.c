/*
 * IrqlTooLow_ok -- clean: the DPC (DISPATCH_LEVEL) uses the AtDpcLevel
 * in-stack queued lock and calls the DISPATCH_LEVEL-only drain helper; the
 * work item (PASSIVE_LEVEL) uses KeAcquireInStackQueuedSpinLock, which
 * raises to DISPATCH_LEVEL, and calls the helper under it; the unload
 * routine raises with KeRaiseIrqlToDpcLevel before draining.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD StUnload;
IO_WORKITEM_ROUTINE StFlushWorker;
KDEFERRED_ROUTINE StDpc;

typedef struct _ST_GLOBALS {
    KSPIN_LOCK StatsLock;
    KDPC Dpc;
    PIO_WORKITEM FlushItem;
    ULONG64 Packets;
    ULONG64 Flushed;
    ULONG RingHead;
    ULONG RingTail;
} ST_GLOBALS;

ST_GLOBALS StGlobals;

_IRQL_requires_min_(DISPATCH_LEVEL)
static VOID StDrainRing(VOID)
{
    StGlobals.RingTail = StGlobals.RingHead;
}

VOID StDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    KLOCK_QUEUE_HANDLE Handle;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&StGlobals.StatsLock, &Handle);
    StGlobals.Packets++;
    StDrainRing();
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&Handle);
}

VOID StFlushWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    KLOCK_QUEUE_HANDLE Handle;

    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);

    KeAcquireInStackQueuedSpinLock(&StGlobals.StatsLock, &Handle);
    StGlobals.Flushed += StGlobals.Packets;
    StGlobals.Packets = 0;
    StDrainRing();
    KeReleaseInStackQueuedSpinLock(&Handle);
}

VOID StUnload(PDRIVER_OBJECT DriverObject)
{
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(DriverObject);
    OldIrql = KeRaiseIrqlToDpcLevel();
    StDrainRing();
    KeLowerIrql(OldIrql);
    IoFreeWorkItem(StGlobals.FlushItem);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);

    KeInitializeSpinLock(&StGlobals.StatsLock);
    KeInitializeDpc(&StGlobals.Dpc, StDpc, NULL);
    StGlobals.FlushItem = IoAllocateWorkItem(DriverObject->DeviceObject);
    if (StGlobals.FlushItem == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    DriverObject->DriverUnload = StUnload;
    IoQueueWorkItem(StGlobals.FlushItem, StFlushWorker, DelayedWorkQueue, NULL);
    return STATUS_SUCCESS;
}
