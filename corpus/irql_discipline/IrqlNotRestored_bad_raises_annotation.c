/*
 * IrqlNotRestored_bad_raises_annotation -- seeded defect: DevEnterHwSection
 * is annotated _IRQL_raises_(DISPATCH_LEVEL), but it skips the raise when
 * the doorbell is not mapped ("nothing to protect"), so on that path it
 * returns at the PASSIVE_LEVEL it was called at, not at the level its
 * annotation promises.  (The caller lowers unconditionally afterwards; the
 * saved value lives in the device extension.)
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DevControl;

typedef struct _DEV_EXT {
    KIRQL SavedIrql;
    volatile ULONG *Doorbell;
} DEV_EXT, *PDEV_EXT;

_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
static VOID DevEnterHwSection(PDEV_EXT Ext) // expect: [IrqlNotRestored] DevEnterHwSection can return at PASSIVE_LEVEL; its _IRQL_raises_ annotation says DISPATCH_LEVEL
{
    if (Ext->Doorbell == NULL)
        return;
    KeRaiseIrql(DISPATCH_LEVEL, &Ext->SavedIrql);
}

NTSTATUS DevControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    DevEnterHwSection(Ext);
    if (Ext->Doorbell != NULL)
        *Ext->Doorbell = 1;
    KeLowerIrql(Ext->SavedIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DevControl;
    return STATUS_SUCCESS;
}
