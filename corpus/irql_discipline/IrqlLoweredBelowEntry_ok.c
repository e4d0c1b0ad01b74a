/*
 * IrqlLoweredBelowEntry_ok -- clean: the DPC raises to HIGH_LEVEL for a
 * short critical section and lowers back to the DISPATCH_LEVEL it saved
 * (its entry level); the close work that needs PASSIVE_LEVEL is handed to an
 * I/O work item instead of lowering the IRQL; and a dispatch routine lowers
 * back to its own saved PASSIVE_LEVEL.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DevFlush;
KDEFERRED_ROUTINE DevCloseDpc;
IO_WORKITEM_ROUTINE DevCloseWorker;

typedef struct _DEV_EXT {
    KDPC Dpc;
    PIO_WORKITEM CloseItem;
    HANDLE LogFile;
    volatile ULONG *Mask;
    ULONG Flushes;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

VOID DevCloseWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PDEV_EXT Ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (Ext->LogFile != NULL) {
        ZwClose(Ext->LogFile);
        Ext->LogFile = NULL;
    }
}

VOID DevCloseDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEV_EXT Ext = (PDEV_EXT)DeferredContext;
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    KeRaiseIrql(HIGH_LEVEL, &OldIrql);
    *Ext->Mask = 0;
    KeLowerIrql(OldIrql);

    IoQueueWorkItem(Ext->CloseItem, DevCloseWorker, DelayedWorkQueue, Ext);
}

NTSTATUS DevFlush(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL OldIrql;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Ext->Flushes++;
    KeLowerIrql(OldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DevExt.CloseItem = IoAllocateWorkItem(DriverObject->DeviceObject);
    if (DevExt.CloseItem == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    KeInitializeDpc(&DevExt.Dpc, DevCloseDpc, &DevExt);
    DriverObject->MajorFunction[IRP_MJ_FLUSH_BUFFERS] = DevFlush;
    return STATUS_SUCCESS;
}
