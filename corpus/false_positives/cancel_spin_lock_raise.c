/*
 * cancel_spin_lock_raise -- clean: a dispatch routine clears an IRP's
 * cancel routine under the cancel spin lock, the documented way before
 * cancel-safe queues.
 */
#include <wdm.h>

DRIVER_DISPATCH CsWrite;

NTSTATUS CsWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    IoAcquireCancelSpinLock(&Irp->CancelIrql);
    IoSetCancelRoutine(Irp, NULL);
    IoReleaseCancelSpinLock(Irp->CancelIrql);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
