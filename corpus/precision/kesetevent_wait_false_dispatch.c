/*
 * kesetevent_wait_false_dispatch -- clean: a DPC signals the event a
 * waiting thread sleeps on with KeSetEvent(..., Wait = FALSE).  With Wait
 * FALSE the page allows IRQL <= DISPATCH_LEVEL (the WDK expresses this as
 * _When_(Wait==0, ...)); only Wait = TRUE needs <= APC_LEVEL.  A checker
 * that takes the strictest branch of the conditional annotation would cry
 * wolf here.
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
    KeSetEvent(&Ext->Done, IO_NO_INCREMENT, FALSE);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeEvent(&DevExt.Done, NotificationEvent, FALSE);
    KeInitializeDpc(&DevExt.Dpc, DevDoneDpc, &DevExt);
    return STATUS_SUCCESS;
}
