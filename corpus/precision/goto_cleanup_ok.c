/*
 * goto_cleanup_ok -- clean: the classic single-exit style.  The IOCTL
 * routine takes the device lock and leaves the locked region through
 * `goto Unlock` on every error; the Unlock label releases it and falls into
 * the Exit label, which completes the IRP at PASSIVE_LEVEL.  Errors found
 * before the lock is taken jump straight to Exit.  Also a second routine
 * with two labels and a lock taken only between them.
 */
#include <wdm.h>

DRIVER_DISPATCH DevIoctl;
DRIVER_DISPATCH DevWrite;

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    HANDLE Log;
    ULONG Mode;
    BOOLEAN Started;
    BOOLEAN Locked;
} DEV_EXT, *PDEV_EXT;

NTSTATUS DevIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS Status = STATUS_SUCCESS;
    KIRQL OldIrql;
    ULONG Mode;

    if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(ULONG)) {
        Status = STATUS_BUFFER_TOO_SMALL;
        goto Exit;
    }
    Mode = *(PULONG)Irp->AssociatedIrp.SystemBuffer;

    KeAcquireSpinLock(&Ext->Lock, &OldIrql);
    if (!Ext->Started) {
        Status = STATUS_DEVICE_NOT_READY;
        goto Unlock;
    }
    if (Ext->Locked) {
        Status = STATUS_ACCESS_DENIED;
        goto Unlock;
    }
    Ext->Mode = Mode;
Unlock:
    KeReleaseSpinLock(&Ext->Lock, OldIrql);
Exit:
    if (!NT_SUCCESS(Status) && Ext->Log != NULL) {
        ZwClose(Ext->Log);
        Ext->Log = NULL;
    }
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS DevWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    NTSTATUS Status = STATUS_SUCCESS;
    KIRQL OldIrql;

    if (Irp->MdlAddress == NULL) {
        Status = STATUS_INVALID_PARAMETER;
        goto Done;
    }
    KeAcquireSpinLock(&Ext->Lock, &OldIrql);
    if (Ext->Locked)
        Status = STATUS_ACCESS_DENIED;
    KeReleaseSpinLock(&Ext->Lock, OldIrql);
    if (!NT_SUCCESS(Status))
        goto Done;
    Ext->Mode++;
Done:
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}
