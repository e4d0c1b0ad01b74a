/*
 * loop_backedge_raised_bad -- seeded defect: the cleanup loop closes one
 * handle per iteration (PASSIVE_LEVEL) and then updates shared counters at
 * DISPATCH_LEVEL; the "already counted" shortcut `continue`s before
 * KeLowerIrql.  The first iteration's ZwClose runs at PASSIVE_LEVEL, but the
 * back edge carries DISPATCH_LEVEL into the next one, where ZwClose is
 * wrong.  The loop can also be left that way, so the unload routine can
 * return raised.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;

#define CL_HANDLES 4

typedef struct _CL_EXT {
    HANDLE Handles[CL_HANDLES];
    BOOLEAN Counted[CL_HANDLES];
    ULONG Closed;
} CL_EXT;

CL_EXT ClExt;

static VOID ClUnload(PDRIVER_OBJECT DriverObject) // expect: [IrqlNotRestored] ClUnload can return at
{
    KIRQL OldIrql;
    ULONG i;

    UNREFERENCED_PARAMETER(DriverObject);
    for (i = 0; i < CL_HANDLES; i++) {
        ZwClose(ClExt.Handles[i]); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
        if (ClExt.Counted[i])
            continue;
        ClExt.Closed++;
        KeLowerIrql(OldIrql);
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = ClUnload;
    return STATUS_SUCCESS;
}
