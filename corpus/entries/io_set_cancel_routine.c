/*
 * io_set_cancel_routine -- an entry found only from the CancelRoutine
 * argument of IoSetCancelRoutine (called while the queue lock is held, at
 * the DISPATCH_LEVEL its page requires).  The I/O manager calls a Cancel
 * routine at DISPATCH_LEVEL with the cancel spin lock held; this one waits
 * for the hardware with KeDelayExecutionThread (<= APC_LEVEL) before giving
 * the cancel spin lock back, which is reported at DISPATCH_LEVEL.
 * (The model wdm.h does not declare IoReleaseCancelSpinLock yet: it is
 * implicitly declared here.  Once it is modelled, note that a Cancel routine
 * returning at Irp->CancelIrql is by design -- _IRQL_is_cancel_ -- and must
 * not be reported as lowering below its entry level.)
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _DEV_EXT {
    KSPIN_LOCK QueueLock;
    LIST_ENTRY Queue;
    volatile ULONG *Abort;
} DEV_EXT, *PDEV_EXT;

static VOID DevCancel(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    LARGE_INTEGER Wait;

    *Ext->Abort = 1;
    Wait.QuadPart = -10 * 100;
    KeDelayExecutionThread(KernelMode, FALSE, &Wait); // expect: [IrqlTooHigh] KeDelayExecutionThread called at DISPATCH_LEVEL; it requires <= APC_LEVEL
    IoReleaseCancelSpinLock(Irp->CancelIrql);

    Irp->IoStatus.Status = STATUS_CANCELLED;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

static NTSTATUS DevRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL OldIrql;

    KeAcquireSpinLock(&Ext->QueueLock, &OldIrql);
    IoMarkIrpPending(Irp);
    InsertTailList(&Ext->Queue, &Irp->Tail.Overlay.ListEntry);
    IoSetCancelRoutine(Irp, DevCancel); // expect-note: entry point DevCancel (DRIVER_CANCEL) registered here
    KeReleaseSpinLock(&Ext->QueueLock, OldIrql);
    return STATUS_PENDING;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_READ] = DevRead;
    return STATUS_SUCCESS;
}
