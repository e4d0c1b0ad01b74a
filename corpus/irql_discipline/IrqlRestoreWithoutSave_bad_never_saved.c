/*
 * IrqlRestoreWithoutSave_bad_never_saved -- seeded defect: a refactoring
 * moved the KeRaiseIrql into the helper DevQuiesce, which saves the old
 * level in a local of its own; the unload routine still ends with
 * KeLowerIrql(OldIrql) on its own local, which nothing ever saved into.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DevUnload;

typedef struct _DEV_EXT {
    volatile ULONG *Control;
    BOOLEAN Quiesced;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

static VOID DevQuiesce(PDEV_EXT Ext)
{
    KIRQL Saved;

    KeRaiseIrql(DISPATCH_LEVEL, &Saved);
    if (Ext->Control != NULL)
        *Ext->Control = 0;
    Ext->Quiesced = TRUE;
}

VOID DevUnload(PDRIVER_OBJECT DriverObject)
{
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(DriverObject);
    DevQuiesce(&DevExt);
    KeLowerIrql(OldIrql); // expect: [IrqlRestoreWithoutSave] KeLowerIrql restores an IRQL that was never saved on this path
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = DevUnload;
    return STATUS_SUCCESS;
}
