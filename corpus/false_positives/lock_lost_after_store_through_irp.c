/*
 * lock_lost_after_store_through_irp -- clean: a read dispatch routine
 * queues the IRP under the open context's lock and remembers the context in
 * the IRP's DriverContext while it holds the lock.  Every path releases the
 * lock before returning.
 */
#include <ndis.h>

DRIVER_DISPATCH SaRead;

typedef struct _SA_OPEN {
    NDIS_SPIN_LOCK Lock;
    LIST_ENTRY PendedReads;
} SA_OPEN, *PSA_OPEN;

NTSTATUS SaRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION IrpSp = IoGetCurrentIrpStackLocation(Irp);
    PSA_OPEN Open = (PSA_OPEN)IrpSp->FileObject->FsContext;

    UNREFERENCED_PARAMETER(DeviceObject);
    NdisAcquireSpinLock(&Open->Lock);
    InsertTailList(&Open->PendedReads, &Irp->Tail.Overlay.ListEntry);
    Irp->Tail.Overlay.DriverContext[0] = Open;
    IoMarkIrpPending(Irp);
    NdisReleaseSpinLock(&Open->Lock);
    return STATUS_PENDING;
}
