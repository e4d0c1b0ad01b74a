/*
 * csq_lock_callbacks -- clean: the lock callbacks of a cancel-safe IRP
 * queue take and give back the queue's spin lock, as the IoCsqInitialize
 * page describes.
 */
#include <wdm.h>

typedef struct _CQ_EXTENSION {
    IO_CSQ Csq;
    KSPIN_LOCK QueueLock;
    LIST_ENTRY PendingIrps;
} CQ_EXTENSION, *PCQ_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
IO_CSQ_INSERT_IRP CqInsertIrp;
IO_CSQ_REMOVE_IRP CqRemoveIrp;
IO_CSQ_PEEK_NEXT_IRP CqPeekNextIrp;
IO_CSQ_ACQUIRE_LOCK CqAcquireLock;
IO_CSQ_RELEASE_LOCK CqReleaseLock;
IO_CSQ_COMPLETE_CANCELED_IRP CqCompleteCanceledIrp;

static CQ_EXTENSION CqExt;

VOID CqInsertIrp(PIO_CSQ Csq, PIRP Irp)
{
    PCQ_EXTENSION Ext = CONTAINING_RECORD(Csq, CQ_EXTENSION, Csq);
    InsertTailList(&Ext->PendingIrps, &Irp->Tail.Overlay.ListEntry);
}

VOID CqRemoveIrp(PIO_CSQ Csq, PIRP Irp)
{
    UNREFERENCED_PARAMETER(Csq);
    RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
}

PIRP CqPeekNextIrp(PIO_CSQ Csq, PIRP Irp, PVOID PeekContext)
{
    PCQ_EXTENSION Ext = CONTAINING_RECORD(Csq, CQ_EXTENSION, Csq);
    PLIST_ENTRY Next = Irp ? Irp->Tail.Overlay.ListEntry.Flink : Ext->PendingIrps.Flink;

    UNREFERENCED_PARAMETER(PeekContext);
    return Next == &Ext->PendingIrps ? NULL : CONTAINING_RECORD(Next, IRP, Tail.Overlay.ListEntry);
}

VOID CqAcquireLock(PIO_CSQ Csq, PKIRQL Irql)
{
    PCQ_EXTENSION Ext = CONTAINING_RECORD(Csq, CQ_EXTENSION, Csq);
    KeAcquireSpinLock(&Ext->QueueLock, Irql);
}

VOID CqReleaseLock(PIO_CSQ Csq, KIRQL Irql)
{
    PCQ_EXTENSION Ext = CONTAINING_RECORD(Csq, CQ_EXTENSION, Csq);
    KeReleaseSpinLock(&Ext->QueueLock, Irql);
}

VOID CqCompleteCanceledIrp(PIO_CSQ Csq, PIRP Irp)
{
    UNREFERENCED_PARAMETER(Csq);
    Irp->IoStatus.Status = STATUS_CANCELLED;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&CqExt.QueueLock);
    InitializeListHead(&CqExt.PendingIrps);
    return IoCsqInitialize(&CqExt.Csq, CqInsertIrp, CqRemoveIrp, CqPeekNextIrp,
                           CqAcquireLock, CqReleaseLock, CqCompleteCanceledIrp);
}
