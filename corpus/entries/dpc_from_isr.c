/*
 * dpc_from_isr -- a WDM interrupt service routine (KSERVICE_ROUTINE, DIRQL)
 * queues its DPC with KeInsertQueueDpc (allowed at any level) and, wrongly,
 * re-arms the watchdog timer itself: KeSetTimer allows at most
 * DISPATCH_LEVEL.  The DPC it queues runs at DISPATCH_LEVEL and closes a
 * handle with ZwClose (PASSIVE_LEVEL only).  Both entries are proven by
 * their findings.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
KSERVICE_ROUTINE DevIsr;

typedef struct _DEV_EXT {
    KDPC Dpc;
    KTIMER Watchdog;
    volatile ULONG *IntStatus;
    HANDLE Dump;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

static VOID DevDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEV_EXT Ext = (PDEV_EXT)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    if (Ext->Dump != NULL) {
        ZwClose(Ext->Dump); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        Ext->Dump = NULL;
    }
}

BOOLEAN DevIsr(PKINTERRUPT Interrupt, PVOID ServiceContext) // expect-note: entry point DevIsr (KSERVICE_ROUTINE) runs at DIRQL
{
    PDEV_EXT Ext = (PDEV_EXT)ServiceContext;
    LARGE_INTEGER Due;

    UNREFERENCED_PARAMETER(Interrupt);
    if (*Ext->IntStatus == 0)
        return FALSE;
    KeInsertQueueDpc(&Ext->Dpc, NULL, NULL);
    Due.QuadPart = -10 * 1000 * 1000;
    KeSetTimer(&Ext->Watchdog, Due, NULL); // expect: [IrqlTooHigh] KeSetTimer called at DIRQL; it requires <= DISPATCH_LEVEL
    return TRUE;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeTimer(&DevExt.Watchdog);
    KeInitializeDpc(&DevExt.Dpc, DevDpc, &DevExt);
    return STATUS_SUCCESS;
}
