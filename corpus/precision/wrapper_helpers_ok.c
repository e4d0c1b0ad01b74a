/*
 * wrapper_helpers_ok -- clean: unannotated wrappers that raise, acquire and
 * lower.  DevLockQueue acquires and returns the saved IRQL, DevRaise raises
 * through a pointer parameter, DevLower lowers inline-style from a value.
 * Callers do DISPATCH_LEVEL-safe work while raised and the PASSIVE_LEVEL-only
 * ZwClose only after restoring.  A checker that gives unannotated helpers no
 * effect (or the worst effect) reports the ZwClose or the returns.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DevCleanup;
KDEFERRED_ROUTINE DevDpc;

typedef struct _DEV_EXT {
    KSPIN_LOCK QueueLock;
    KDPC Dpc;
    LIST_ENTRY Queue;
    HANDLE File;
    ULONG Ticks;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

static KIRQL DevLockQueue(PDEV_EXT Ext)
{
    KIRQL OldIrql;

    KeAcquireSpinLock(&Ext->QueueLock, &OldIrql);
    return OldIrql;
}

static VOID DevRaise(PKIRQL Saved)
{
    KeRaiseIrql(DISPATCH_LEVEL, Saved);
}

NTSTATUS DevCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL OldIrql;
    HANDLE File;

    OldIrql = DevLockQueue(Ext);
    File = Ext->File;
    Ext->File = NULL;
    KeReleaseSpinLock(&Ext->QueueLock, OldIrql);
    if (File != NULL)
        ZwClose(File);

    DevRaise(&OldIrql);
    Ext->Ticks++;
    KeLowerIrql(OldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

VOID DevDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEV_EXT Ext = (PDEV_EXT)DeferredContext;
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    OldIrql = DevLockQueue(Ext);
    if (!IsListEmpty(&Ext->Queue))
        (VOID)RemoveHeadList(&Ext->Queue);
    KeReleaseSpinLock(&Ext->QueueLock, OldIrql);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&DevExt.QueueLock);
    InitializeListHead(&DevExt.Queue);
    KeInitializeDpc(&DevExt.Dpc, DevDpc, &DevExt);
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = DevCleanup;
    return STATUS_SUCCESS;
}
