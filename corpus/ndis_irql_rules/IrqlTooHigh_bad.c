/*
 * IrqlTooHigh_bad -- seeded defects in a small WDM logging driver:
 *  - IRP_MJ_CLEANUP closes the log file while it holds the spin lock that
 *    protects the file handle: ZwClose requires PASSIVE_LEVEL, the lock puts
 *    the IRQL at DISPATCH_LEVEL;
 *  - IRP_MJ_CREATE publishes the device's symbolic link under a fast mutex:
 *    ExAcquireFastMutex raises to APC_LEVEL and IoCreateSymbolicLink
 *    requires PASSIVE_LEVEL.
 * Both DDIs have no NDIS rule, so IrqlTooHigh owns them.
 */
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH LogCreate;
DRIVER_DISPATCH LogCleanup;

typedef struct _LOG_GLOBALS {
    KSPIN_LOCK Lock;
    FAST_MUTEX LinkMutex;
    HANDLE File;
    BOOLEAN LinkCreated;
    UNICODE_STRING LinkName;
    UNICODE_STRING DeviceName;
} LOG_GLOBALS;

LOG_GLOBALS LogGlobals;

NTSTATUS LogCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);

    ExAcquireFastMutex(&LogGlobals.LinkMutex); // expect-note: ExAcquireFastMutex
    if (!LogGlobals.LinkCreated)
        LogGlobals.LinkCreated =
            NT_SUCCESS(IoCreateSymbolicLink(&LogGlobals.LinkName, &LogGlobals.DeviceName)); // expect: [IrqlTooHigh] IoCreateSymbolicLink called at APC_LEVEL; it requires PASSIVE_LEVEL
    ExReleaseFastMutex(&LogGlobals.LinkMutex);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS LogCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(DeviceObject);

    KeAcquireSpinLock(&LogGlobals.Lock, &OldIrql); // expect-note: KeAcquireSpinLock
    if (LogGlobals.File != NULL) {
        ZwClose(LogGlobals.File); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        LogGlobals.File = NULL;
    }
    KeReleaseSpinLock(&LogGlobals.Lock, OldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);

    KeInitializeSpinLock(&LogGlobals.Lock);
    ExInitializeFastMutex(&LogGlobals.LinkMutex);
    RtlInitUnicodeString(&LogGlobals.LinkName, L"\\DosDevices\\LogDrv");
    RtlInitUnicodeString(&LogGlobals.DeviceName, L"\\Device\\LogDrv");
    DriverObject->MajorFunction[IRP_MJ_CREATE] = LogCreate;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = LogCleanup;
    return STATUS_SUCCESS;
}
