/*
 * IrqlRestoreWithoutSave_bad_conditional -- seeded defect (the rule page's
 * example, in a driver): the completion routine raises to DISPATCH_LEVEL
 * only on the "fast path" for small transfers, but lowers unconditionally;
 * when the transfer is large OldIrql holds garbage.  The completion routine
 * is registered with IoSetCompletionRoutine from the read dispatch routine.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DevRead;
IO_COMPLETION_ROUTINE DevReadDone;

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Lower;
    ULONG SmallReads;
    ULONG64 Bytes;
} DEV_EXT, *PDEV_EXT;

NTSTATUS DevReadDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PDEV_EXT Ext = (PDEV_EXT)Context;
    KIRQL OldIrql;
    BOOLEAN Fast = Irp->IoStatus.Information <= 64;

    UNREFERENCED_PARAMETER(DeviceObject);

    if (Fast)
        KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Ext->Bytes += Irp->IoStatus.Information;
    if (Fast)
        Ext->SmallReads++;
    KeLowerIrql(OldIrql); // expect: [IrqlRestoreWithoutSave] KeLowerIrql restores an IRQL that was never saved on this path
    return STATUS_SUCCESS;   /* STATUS_CONTINUE_COMPLETION */
}

NTSTATUS DevRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, DevReadDone, Ext, TRUE, TRUE, TRUE);
    return IoCallDriver(Ext->Lower, Irp);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_READ] = DevRead;
    return STATUS_SUCCESS;
}
