/*
 * two_roles -- one function with two callers of different IRQL: DevFlushDpc
 * is registered as a DPC (KeInitializeDpc: DISPATCH_LEVEL) and the flush
 * dispatch routine also calls it directly "to flush synchronously"
 * (PASSIVE_LEVEL).  Each context is checked: the ZwClose in it is wrong in
 * the DPC context only, the DPC-level lock call in it is wrong in the
 * dispatch-routine context only, so both are reported, each once.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    KDPC Dpc;
    HANDLE Spill;
    ULONG Flushed;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

static VOID DevFlushDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEV_EXT Ext = (PDEV_EXT)DeferredContext;
    KLOCK_QUEUE_HANDLE Handle;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&Ext->Lock, &Handle); // expect: [IrqlTooLow] KeAcquireInStackQueuedSpinLockAtDpcLevel called at PASSIVE_LEVEL; it requires >= DISPATCH_LEVEL
    Ext->Flushed++;
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&Handle);
    if (Ext->Spill != NULL) {
        ZwClose(Ext->Spill); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        Ext->Spill = NULL;
    }
}

static NTSTATUS DevFlush(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    DevFlushDpc(NULL, &DevExt, NULL, NULL); // expect-note: DevFlush calls DevFlushDpc here
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&DevExt.Lock);
    KeInitializeDpc(&DevExt.Dpc, DevFlushDpc, &DevExt); // expect-note: entry point DevFlushDpc (KDEFERRED_ROUTINE) registered here
    DriverObject->MajorFunction[IRP_MJ_FLUSH_BUFFERS] = DevFlush;
    return STATUS_SUCCESS;
}
