/*
 * IrqlRestoreWithoutSave_ok -- clean: every restore uses a value saved on
 * the same path -- KeRaiseIrqlToDpcLevel's return value, the OldIrql field
 * of an in-stack queue handle, a value saved by a helper through a pointer
 * parameter, and a save and restore that both sit inside the same branch.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DevControl;
IO_COMPLETION_ROUTINE DevReadDone;

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    PDEVICE_OBJECT Lower;
    ULONG SmallReads;
    ULONG64 Bytes;
    ULONG Pokes;
} DEV_EXT, *PDEV_EXT;

static VOID DevRaise(PKIRQL Saved)
{
    KeRaiseIrql(DISPATCH_LEVEL, Saved);
}

NTSTATUS DevReadDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PDEV_EXT Ext = (PDEV_EXT)Context;
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(DeviceObject);

    Ext->Bytes += Irp->IoStatus.Information;
    if (Irp->IoStatus.Information <= 64) {
        KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
        Ext->SmallReads++;
        KeLowerIrql(OldIrql);
    }
    return STATUS_SUCCESS;
}

NTSTATUS DevControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KLOCK_QUEUE_HANDLE Handle;
    KIRQL OldIrql, Saved;

    OldIrql = KeRaiseIrqlToDpcLevel();
    Ext->Pokes++;
    KeLowerIrql(OldIrql);

    KeAcquireInStackQueuedSpinLock(&Ext->Lock, &Handle);
    Ext->Pokes++;
    KeReleaseInStackQueuedSpinLock(&Handle);

    DevRaise(&Saved);
    Ext->Pokes++;
    KeLowerIrql(Saved);

    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, DevReadDone, Ext, TRUE, TRUE, TRUE);
    return IoCallDriver(Ext->Lower, Irp);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DevControl;
    return STATUS_SUCCESS;
}
