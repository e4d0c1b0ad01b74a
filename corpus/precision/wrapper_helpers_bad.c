/*
 * wrapper_helpers_bad -- seeded defect: the same unannotated wrappers as
 * the clean case, misused: the cleanup routine closes the file while the
 * queue lock taken by DevLockQueue is still held.  The wrapper's effect
 * (DISPATCH_LEVEL) is inferred, so the ZwClose is reported with a note at
 * the acquisition inside the wrapper.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DevCleanup;

typedef struct _DEV_EXT {
    KSPIN_LOCK QueueLock;
    HANDLE File;
} DEV_EXT, *PDEV_EXT;

static KIRQL DevLockQueue(PDEV_EXT Ext)
{
    KIRQL OldIrql;

    KeAcquireSpinLock(&Ext->QueueLock, &OldIrql); // expect-note: IRQL set to DISPATCH_LEVEL by KeAcquireSpinLock here
    return OldIrql;
}

NTSTATUS DevCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL OldIrql;

    OldIrql = DevLockQueue(Ext);
    if (Ext->File != NULL) {
        ZwClose(Ext->File); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        Ext->File = NULL;
    }
    KeReleaseSpinLock(&Ext->QueueLock, OldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = DevCleanup;
    return STATUS_SUCCESS;
}
