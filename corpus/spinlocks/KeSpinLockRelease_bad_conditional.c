/*
 * KeSpinLockRelease_bad_conditional -- seeded defect: the write routine
 * takes the device lock only for shared devices, but releases it
 * unconditionally.  On the exclusive-device path KeReleaseSpinLock releases
 * a lock that is not held; it also restores OldIrql, which nothing saved on
 * that path, and it runs at PASSIVE_LEVEL where its page requires
 * DISPATCH_LEVEL: one defect, three findings of three rules.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DevWrite;

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    BOOLEAN Shared;
    ULONG Writes;
} DEV_EXT, *PDEV_EXT;

NTSTATUS DevWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL OldIrql;

    if (Ext->Shared)
        KeAcquireSpinLock(&Ext->Lock, &OldIrql);
    Ext->Writes++;
    KeReleaseSpinLock(&Ext->Lock, OldIrql); // expect: [KeSpinLockRelease] KeReleaseSpinLock releases Ext->Lock, which can be not held here expect: [IrqlRestoreWithoutSave] KeReleaseSpinLock restores an IRQL that was never saved on this path expect: [IrqlTooLow] KeReleaseSpinLock called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DevWrite;
    return STATUS_SUCCESS;
}
