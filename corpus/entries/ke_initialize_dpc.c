/*
 * ke_initialize_dpc -- an entry found only from the DeferredRoutine
 * argument of KeInitializeDpc (no role-type declaration).  The DPC runs at
 * DISPATCH_LEVEL, so KeDelayExecutionThread (<= APC_LEVEL) is reported
 * there.  The DPC is queued from a dispatch routine with KeInsertQueueDpc.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _DEV_EXT {
    KDPC Dpc;
    volatile ULONG *Busy;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

static VOID DevKickDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEV_EXT Ext = (PDEV_EXT)DeferredContext;
    LARGE_INTEGER Wait;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    Wait.QuadPart = -10 * 50;
    while (*Ext->Busy)
        KeDelayExecutionThread(KernelMode, FALSE, &Wait); // expect: [IrqlTooHigh] KeDelayExecutionThread called at DISPATCH_LEVEL; it requires <= APC_LEVEL
}

static NTSTATUS DevWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    KeInsertQueueDpc(&DevExt.Dpc, NULL, NULL);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeDpc(&DevExt.Dpc, DevKickDpc, &DevExt); // expect-note: entry point DevKickDpc (KDEFERRED_ROUTINE) registered here
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DevWrite;
    return STATUS_SUCCESS;
}
