/*
 * IrqlTooLow_bad -- seeded defects:
 *  - a statistics flush was moved from the DPC into an I/O work item
 *    (PASSIVE_LEVEL) but kept the DPC's lock call,
 *    KeAcquireInStackQueuedSpinLockAtDpcLevel, whose page requires
 *    IRQL >= DISPATCH_LEVEL.  (The matching FromDpcLevel release has no IRQL
 *    on its page, so it is not checked.)
 *  - DriverUnload (PASSIVE_LEVEL) calls the ring drain helper, which is
 *    annotated _IRQL_requires_min_(DISPATCH_LEVEL) because it relies on not
 *    being preempted.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD StUnload;
IO_WORKITEM_ROUTINE StFlushWorker;

typedef struct _ST_GLOBALS {
    KSPIN_LOCK StatsLock;
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

VOID StFlushWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    KLOCK_QUEUE_HANDLE Handle;

    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&StGlobals.StatsLock, &Handle); // expect: [IrqlTooLow] KeAcquireInStackQueuedSpinLockAtDpcLevel called at PASSIVE_LEVEL; it requires >= DISPATCH_LEVEL
    StGlobals.Flushed += StGlobals.Packets;
    StGlobals.Packets = 0;
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&Handle);
}

VOID StUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    StDrainRing(); // expect: [IrqlTooLow] StDrainRing called at PASSIVE_LEVEL; it requires >= DISPATCH_LEVEL
    IoFreeWorkItem(StGlobals.FlushItem);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);

    KeInitializeSpinLock(&StGlobals.StatsLock);
    StGlobals.FlushItem = IoAllocateWorkItem(DriverObject->DeviceObject);
    if (StGlobals.FlushItem == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    DriverObject->DriverUnload = StUnload;
    IoQueueWorkItem(StGlobals.FlushItem, StFlushWorker, DelayedWorkQueue, NULL);
    return STATUS_SUCCESS;
}
