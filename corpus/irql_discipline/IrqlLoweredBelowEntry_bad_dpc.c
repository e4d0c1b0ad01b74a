/*
 * IrqlLoweredBelowEntry_bad_dpc -- seeded defect: the DPC needs to close a
 * file handle, which ZwClose only allows at PASSIVE_LEVEL, so it "drops" to
 * PASSIVE_LEVEL with KeLowerIrql, closes the handle and raises back to
 * DISPATCH_LEVEL before returning.  A DPC must never lower the IRQL below
 * the DISPATCH_LEVEL the system runs it at.  (ZwClose itself then runs at
 * the level it requires; the defect is the lowering.)
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DevCloseDpc;

typedef struct _DEV_EXT {
    KDPC Dpc;
    HANDLE LogFile;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

VOID DevCloseDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEV_EXT Ext = (PDEV_EXT)DeferredContext;
    KIRQL Ignored;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    if (Ext->LogFile == NULL)
        return;
    KeLowerIrql(PASSIVE_LEVEL); // expect: [IrqlLoweredBelowEntry] KeLowerIrql sets the IRQL to PASSIVE_LEVEL, below DISPATCH_LEVEL at which DevCloseDpc was entered
    ZwClose(Ext->LogFile);
    Ext->LogFile = NULL;
    KeRaiseIrql(DISPATCH_LEVEL, &Ignored);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeDpc(&DevExt.Dpc, DevCloseDpc, &DevExt);
    return STATUS_SUCCESS;
}
