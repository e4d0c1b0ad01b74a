/*
 * KeSpinLockRelease_ok -- clean: the write routine takes the lock on both
 * paths it later releases on (the shared path locks, the exclusive path
 * neither locks nor releases), the timer DPC releases exactly once per
 * path, and a lock taken by KeAcquireSpinLock in one helper is released by
 * KeReleaseSpinLock in the caller with the IRQL the helper returned.
 */
#include <wdm.h>

DRIVER_DISPATCH DevWrite;
KDEFERRED_ROUTINE PollDpc;

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    KSPIN_LOCK QueueLock;
    LIST_ENTRY Queue;
    BOOLEAN Shared;
    ULONG Writes;
    ULONG Idle;
} DEV_EXT, *PDEV_EXT;

static KIRQL DevLockShared(PDEV_EXT Ext)
{
    KIRQL OldIrql;

    KeAcquireSpinLock(&Ext->Lock, &OldIrql);
    return OldIrql;
}

NTSTATUS DevWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL OldIrql;

    if (Ext->Shared) {
        OldIrql = DevLockShared(Ext);
        Ext->Writes++;
        KeReleaseSpinLock(&Ext->Lock, OldIrql);
    } else {
        Ext->Writes++;
    }

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

VOID PollDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEV_EXT Ext = (PDEV_EXT)DeferredContext;
    BOOLEAN Empty;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    KeAcquireSpinLockAtDpcLevel(&Ext->QueueLock);
    Empty = IsListEmpty(&Ext->Queue);
    if (!Empty)
        (VOID)RemoveHeadList(&Ext->Queue);
    KeReleaseSpinLockFromDpcLevel(&Ext->QueueLock);
    if (Empty)
        Ext->Idle++;
}
