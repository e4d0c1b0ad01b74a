/*
 * IrqlNotRestored_ok_wrapper -- clean: DevLock is an unannotated wrapper that
 * returns at DISPATCH_LEVEL with the lock held -- that is its job, and
 * unannotated helpers are not held to "return at the entry level".  Every
 * caller releases with the IRQL the wrapper saved, so each callback returns
 * at the level the system called it at, including the DPC (entered at
 * DISPATCH_LEVEL, where the wrapper's raise is a no-op).
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DevClose;
KDEFERRED_ROUTINE DevDpc;

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    KIRQL LockIrql;
    KDPC Dpc;
    ULONG Opens;
    ULONG Events;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

static VOID DevLock(PDEV_EXT Ext)
{
    KeAcquireSpinLock(&Ext->Lock, &Ext->LockIrql);
}

NTSTATUS DevClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    DevLock(Ext);
    if (Ext->Opens > 0)
        Ext->Opens--;
    KeReleaseSpinLock(&Ext->Lock, Ext->LockIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

VOID DevDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEV_EXT Ext = (PDEV_EXT)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    DevLock(Ext);
    Ext->Events++;
    KeReleaseSpinLock(&Ext->Lock, Ext->LockIrql);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&DevExt.Lock);
    KeInitializeDpc(&DevExt.Dpc, DevDpc, &DevExt);
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DevClose;
    return STATUS_SUCCESS;
}
