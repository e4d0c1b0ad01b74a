/*
 * goto_cleanup_bad -- seeded defect in the single-exit style: one error
 * path inside the locked region jumps to Exit instead of Unlock.  On that
 * path the lock is still held when the routine returns (reported at the
 * acquisition), the routine returns at DISPATCH_LEVEL (reported on its
 * name), and the error cleanup at Exit closes the log with ZwClose while the
 * IRQL is still DISPATCH_LEVEL: one defect, three findings.
 */
#include <wdm.h>

DRIVER_DISPATCH DevIoctl;

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    HANDLE Log;
    ULONG Mode;
    BOOLEAN Started;
    BOOLEAN Locked;
} DEV_EXT, *PDEV_EXT;

NTSTATUS DevIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp) // expect: [IrqlNotRestored] DevIoctl can return at DISPATCH_LEVEL; the system called it at PASSIVE_LEVEL
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    NTSTATUS Status = STATUS_SUCCESS;
    KIRQL OldIrql;

    KeAcquireSpinLock(&Ext->Lock, &OldIrql); // expect: [KeSpinLock] the lock KeAcquireSpinLock takes here can still be held when DevIoctl returns
    if (!Ext->Started) {
        Status = STATUS_DEVICE_NOT_READY;
        goto Unlock;
    }
    if (Ext->Locked) {
        Status = STATUS_ACCESS_DENIED;
        goto Exit;
    }
    Ext->Mode++;
Unlock:
    KeReleaseSpinLock(&Ext->Lock, OldIrql);
Exit:
    if (!NT_SUCCESS(Status) && Ext->Log != NULL) {
        ZwClose(Ext->Log); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        Ext->Log = NULL;
    }
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}
