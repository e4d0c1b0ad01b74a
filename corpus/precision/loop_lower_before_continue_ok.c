/*
 * loop_lower_before_continue_ok -- clean: the fixed cleanup loop lowers the
 * IRQL before its `continue`, so every iteration starts at PASSIVE_LEVEL
 * and every ZwClose runs there; a second loop takes a spin lock per
 * iteration and releases it on the `break` path and the fall-through path.
 * A checker that widens the loop head to "any level" would report the
 * ZwClose.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;

#define CL_HANDLES 4

typedef struct _CL_EXT {
    KSPIN_LOCK Lock;
    HANDLE Handles[CL_HANDLES];
    BOOLEAN Counted[CL_HANDLES];
    ULONG Closed;
    ULONG Budget;
} CL_EXT;

CL_EXT ClExt;

static VOID ClUnload(PDRIVER_OBJECT DriverObject)
{
    KIRQL OldIrql;
    ULONG i;

    UNREFERENCED_PARAMETER(DriverObject);
    for (i = 0; i < CL_HANDLES; i++) {
        ZwClose(ClExt.Handles[i]);
        KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
        if (ClExt.Counted[i]) {
            KeLowerIrql(OldIrql);
            continue;
        }
        ClExt.Closed++;
        KeLowerIrql(OldIrql);
    }

    for (i = 0; i < CL_HANDLES; i++) {
        KeAcquireSpinLock(&ClExt.Lock, &OldIrql);
        if (ClExt.Budget == 0) {
            KeReleaseSpinLock(&ClExt.Lock, OldIrql);
            break;
        }
        ClExt.Budget--;
        KeReleaseSpinLock(&ClExt.Lock, OldIrql);
        ClExt.Handles[i] = NULL;
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&ClExt.Lock);
    DriverObject->DriverUnload = ClUnload;
    return STATUS_SUCCESS;
}
