/*
 * kesetevent_wait_true_dispatch_bad -- seeded defect: the same DPC as the
 * clean case, but the signal was copied from thread code that pairs it
 * with a wait: KeSetEvent(..., Wait = TRUE).  With Wait TRUE the caller must
 * run at IRQL <= APC_LEVEL (and must wait right after); the DPC runs at
 * DISPATCH_LEVEL.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DevDoneDpc;

typedef struct _DEV_EXT {
    KDPC Dpc;
    KEVENT Done;
    ULONG Completed;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

VOID DevDoneDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEV_EXT Ext = (PDEV_EXT)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    Ext->Completed++;
    KeSetEvent(&Ext->Done, IO_NO_INCREMENT, TRUE); // expect: [IrqlTooHigh] KeSetEvent called at DISPATCH_LEVEL; it requires <= APC_LEVEL
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeEvent(&DevExt.Done, NotificationEvent, FALSE);
    KeInitializeDpc(&DevExt.Dpc, DevDoneDpc, &DevExt);
    return STATUS_SUCCESS;
}
