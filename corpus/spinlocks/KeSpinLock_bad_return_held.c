/*
 * KeSpinLock_bad_return_held -- seeded defect: the IOCTL dispatch routine
 * validates the request under the device lock and returns the error status
 * straight from inside the locked region.  On that path the lock taken by
 * KeAcquireSpinLock is still held when the routine returns (reported where
 * it is taken), and the routine returns at DISPATCH_LEVEL although the I/O
 * manager called it at PASSIVE_LEVEL (reported on its name).
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DevIoctl;

#define IOCTL_DEV_SET_MODE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    ULONG Mode;
    BOOLEAN Started;
} DEV_EXT, *PDEV_EXT;

static NTSTATUS DevComplete(PIRP Irp, NTSTATUS Status)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS DevIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp) // expect: [IrqlNotRestored] DevIoctl can return at DISPATCH_LEVEL; the system called it at PASSIVE_LEVEL
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    KIRQL OldIrql;
    ULONG Mode;

    if (Stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_DEV_SET_MODE ||
        Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(ULONG))
        return DevComplete(Irp, STATUS_INVALID_DEVICE_REQUEST);
    Mode = *(PULONG)Irp->AssociatedIrp.SystemBuffer;

    KeAcquireSpinLock(&Ext->Lock, &OldIrql); // expect: [KeSpinLock] the lock KeAcquireSpinLock takes here can still be held when DevIoctl returns
    if (!Ext->Started)
        return DevComplete(Irp, STATUS_DEVICE_NOT_READY);
    Ext->Mode = Mode;
    KeReleaseSpinLock(&Ext->Lock, OldIrql);

    return DevComplete(Irp, STATUS_SUCCESS);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DevIoctl;
    return STATUS_SUCCESS;
}
