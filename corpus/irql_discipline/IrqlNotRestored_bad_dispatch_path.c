/*
 * IrqlNotRestored_bad_dispatch_path -- seeded defect: the read dispatch
 * routine raises to DISPATCH_LEVEL to sample a free-running counter
 * consistently, and on the "no data" path completes the IRP and returns
 * before lowering the IRQL again.  The I/O manager called the routine at
 * PASSIVE_LEVEL and gets control back raised on that path.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DevRead;

typedef struct _DEV_EXT {
    volatile ULONG *CounterLo;
    volatile ULONG *CounterHi;
    ULONG64 Last;
} DEV_EXT, *PDEV_EXT;

NTSTATUS DevRead(PDEVICE_OBJECT DeviceObject, PIRP Irp) // expect: [IrqlNotRestored] DevRead can return at DISPATCH_LEVEL; the system called it at PASSIVE_LEVEL
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL OldIrql;
    ULONG64 Now;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql); // expect-note: KeRaiseIrql
    Now = ((ULONG64)*Ext->CounterHi << 32) | *Ext->CounterLo;
    if (Now == Ext->Last) {
        Irp->IoStatus.Status = STATUS_NO_MORE_ENTRIES;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_NO_MORE_ENTRIES;
    }
    Ext->Last = Now;
    KeLowerIrql(OldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_READ] = DevRead;
    return STATUS_SUCCESS;
}
