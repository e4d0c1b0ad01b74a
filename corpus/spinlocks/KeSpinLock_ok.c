/*
 * KeSpinLock_ok -- clean: the IOCTL routine releases the device lock before
 * each return; the read routine nests the queue lock inside the device lock
 * (different objects) and uses KeAcquireSpinLockRaiseToDpc for the inner
 * statistics lock; the DPC uses the AtDpcLevel pair, once per loop
 * iteration, releasing before `continue` and before `break`.
 */
#include <wdm.h>

DRIVER_DISPATCH DevIoctl;
DRIVER_DISPATCH DevRead;
KDEFERRED_ROUTINE DevDpc;

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    KSPIN_LOCK QueueLock;
    KSPIN_LOCK StatsLock;
    LIST_ENTRY Queue;
    ULONG Mode;
    ULONG Reads;
    BOOLEAN Started;
} DEV_EXT, *PDEV_EXT;

static NTSTATUS DevComplete(PIRP Irp, NTSTATUS Status)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS DevIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL OldIrql;

    KeAcquireSpinLock(&Ext->Lock, &OldIrql);
    if (!Ext->Started) {
        KeReleaseSpinLock(&Ext->Lock, OldIrql);
        return DevComplete(Irp, STATUS_DEVICE_NOT_READY);
    }
    Ext->Mode++;
    KeReleaseSpinLock(&Ext->Lock, OldIrql);
    return DevComplete(Irp, STATUS_SUCCESS);
}

NTSTATUS DevRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL OldIrql, StatsIrql;

    KeAcquireSpinLock(&Ext->Lock, &OldIrql);
    KeAcquireSpinLockAtDpcLevel(&Ext->QueueLock);
    InsertTailList(&Ext->Queue, &Irp->Tail.Overlay.ListEntry);
    KeReleaseSpinLockFromDpcLevel(&Ext->QueueLock);
    KeReleaseSpinLock(&Ext->Lock, OldIrql);

    StatsIrql = KeAcquireSpinLockRaiseToDpc(&Ext->StatsLock);
    Ext->Reads++;
    KeReleaseSpinLock(&Ext->StatsLock, StatsIrql);

    IoMarkIrpPending(Irp);
    return STATUS_PENDING;
}

VOID DevDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEV_EXT Ext = (PDEV_EXT)DeferredContext;
    PLIST_ENTRY Entry;
    PIRP Irp;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    for (;;) {
        KeAcquireSpinLockAtDpcLevel(&Ext->QueueLock);
        if (IsListEmpty(&Ext->Queue)) {
            KeReleaseSpinLockFromDpcLevel(&Ext->QueueLock);
            break;
        }
        Entry = RemoveHeadList(&Ext->Queue);
        Irp = CONTAINING_RECORD(Entry, IRP, Tail.Overlay.ListEntry);
        if (Irp->Cancel) {
            KeReleaseSpinLockFromDpcLevel(&Ext->QueueLock);
            (VOID)DevComplete(Irp, STATUS_CANCELLED);
            continue;
        }
        KeReleaseSpinLockFromDpcLevel(&Ext->QueueLock);
        (VOID)DevComplete(Irp, STATUS_SUCCESS);
    }
}
