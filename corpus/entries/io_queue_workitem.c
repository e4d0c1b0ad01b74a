/*
 * io_queue_workitem -- an entry found only from the WorkerRoutine argument
 * of IoQueueWorkItem (queued from a DPC).  The work item runs at
 * PASSIVE_LEVEL, so the KeAcquireInStackQueuedSpinLockAtDpcLevel it kept
 * from the DPC version of the code (IRQL >= DISPATCH_LEVEL) is reported at
 * PASSIVE_LEVEL.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    KDPC Dpc;
    PIO_WORKITEM Item;
    ULONG Pending;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

static VOID DevWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PDEV_EXT Ext = (PDEV_EXT)Context;
    KLOCK_QUEUE_HANDLE Handle;

    UNREFERENCED_PARAMETER(DeviceObject);
    KeAcquireInStackQueuedSpinLockAtDpcLevel(&Ext->Lock, &Handle); // expect: [IrqlTooLow] KeAcquireInStackQueuedSpinLockAtDpcLevel called at PASSIVE_LEVEL; it requires >= DISPATCH_LEVEL
    Ext->Pending = 0;
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&Handle);
}

static VOID DevDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEV_EXT Ext = (PDEV_EXT)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    IoQueueWorkItem(Ext->Item, DevWorker, DelayedWorkQueue, Ext); // expect-note: entry point DevWorker (IO_WORKITEM_ROUTINE) registered here
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&DevExt.Lock);
    DevExt.Item = IoAllocateWorkItem(DriverObject->DeviceObject);
    if (DevExt.Item == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    KeInitializeDpc(&DevExt.Dpc, DevDpc, &DevExt);
    return STATUS_SUCCESS;
}
