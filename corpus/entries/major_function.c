/*
 * major_function -- entries found only from stores into
 * DriverObject->MajorFunction[IRP_MJ_...] (no role-type declarations), one
 * direct and one in a helper that DriverEntry calls.  Dispatch
 * routines run at PASSIVE_LEVEL, so the DPC-level lock call in each is
 * reported at PASSIVE_LEVEL.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    ULONG Opens;
} DEV_EXT, *PDEV_EXT;

static NTSTATUS DevFinish(PIRP Irp)
{
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

static NTSTATUS DevCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KLOCK_QUEUE_HANDLE Handle;

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&Ext->Lock, &Handle); // expect: [IrqlTooLow] KeAcquireInStackQueuedSpinLockAtDpcLevel called at PASSIVE_LEVEL; it requires >= DISPATCH_LEVEL
    Ext->Opens++;
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&Handle);
    return DevFinish(Irp);
}

static NTSTATUS DevClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KLOCK_QUEUE_HANDLE Handle;

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&Ext->Lock, &Handle); // expect: [IrqlTooLow] KeAcquireInStackQueuedSpinLockAtDpcLevel called at PASSIVE_LEVEL; it requires >= DISPATCH_LEVEL
    Ext->Opens--;
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&Handle);
    return DevFinish(Irp);
}

static VOID DevSetDispatch(PDRIVER_OBJECT DriverObject)
{
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DevClose; // expect-note: DRIVER_DISPATCH
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DevCreate; // expect-note: DRIVER_DISPATCH
    DevSetDispatch(DriverObject);
    return STATUS_SUCCESS;
}
