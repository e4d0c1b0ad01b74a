/*
 * IrqlNotRestored_bad_requires_same -- seeded defect: the register-window
 * helper is annotated _IRQL_requires_same_; it masks interrupts by raising
 * to HIGH_LEVEL while it switches the window, but its "window already
 * selected" shortcut returns before KeLowerIrql.  Its annotation is broken on
 * that path (reported on the helper's name), and the DPC that calls it then
 * returns to the system above the DISPATCH_LEVEL it was called at (reported
 * on the DPC's name): one defect, two findings.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DevDpc;

typedef struct _DEV_EXT {
    KDPC Dpc;
    volatile ULONG *WindowSelect;
    ULONG CurrentWindow;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

_IRQL_requires_same_
static VOID DevSelectWindow(PDEV_EXT Ext, ULONG Window) // expect: [IrqlNotRestored] DevSelectWindow can return at HIGH_LEVEL; its _IRQL_requires_same_ annotation requires DISPATCH_LEVEL
{
    KIRQL OldIrql;

    KeRaiseIrql(HIGH_LEVEL, &OldIrql);
    if (Ext->CurrentWindow == Window)
        return;
    *Ext->WindowSelect = Window;
    Ext->CurrentWindow = Window;
    KeLowerIrql(OldIrql);
}

VOID DevDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2) // expect: [IrqlNotRestored] DevDpc can return at HIGH_LEVEL; the system called it at DISPATCH_LEVEL
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    DevSelectWindow((PDEV_EXT)DeferredContext, 2);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeDpc(&DevExt.Dpc, DevDpc, &DevExt);
    return STATUS_SUCCESS;
}
