/*
 * IrqlNotRestored_ok_raises_annotation -- clean: DevEnterHwSection is
 * annotated _IRQL_raises_(DISPATCH_LEVEL) and does raise to DISPATCH_LEVEL
 * on every path (saving the old level in the extension), so returning raised
 * is what it promises.  The dispatch routine that calls it lowers the IRQL
 * with the saved value before returning on each path, so it returns at the
 * PASSIVE_LEVEL it was called at.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DevControl;

typedef struct _DEV_EXT {
    KIRQL SavedIrql;
    volatile ULONG *Doorbell;
    ULONG Rings;
} DEV_EXT, *PDEV_EXT;

_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
static VOID DevEnterHwSection(PDEV_EXT Ext)
{
    KeRaiseIrql(DISPATCH_LEVEL, &Ext->SavedIrql);
    Ext->Rings++;
}

NTSTATUS DevControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    NTSTATUS Status = STATUS_SUCCESS;

    DevEnterHwSection(Ext);
    if (Ext->Doorbell == NULL) {
        KeLowerIrql(Ext->SavedIrql);
        Status = STATUS_DEVICE_NOT_READY;
    } else {
        *Ext->Doorbell = 1;
        KeLowerIrql(Ext->SavedIrql);
    }

    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DevControl;
    return STATUS_SUCCESS;
}
