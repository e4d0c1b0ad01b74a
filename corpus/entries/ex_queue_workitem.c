/*
 * ex_queue_workitem -- an entry found from ExInitializeWorkItem /
 * ExQueueWorkItem (the older executive work-item interface).  The system
 * worker thread runs the routine at PASSIVE_LEVEL, so the DISPATCH_LEVEL-only
 * lock call it contains is reported at PASSIVE_LEVEL.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _LEGACY_EXT {
    KSPIN_LOCK Lock;
    WORK_QUEUE_ITEM Item;
    ULONG Flushes;
} LEGACY_EXT;

LEGACY_EXT LegacyExt;

static VOID LegacyWorker(PVOID Parameter)
{
    LEGACY_EXT *Ext = (LEGACY_EXT *)Parameter;
    KLOCK_QUEUE_HANDLE Handle;

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&Ext->Lock, &Handle); // expect: [IrqlTooLow] KeAcquireInStackQueuedSpinLockAtDpcLevel called at PASSIVE_LEVEL; it requires >= DISPATCH_LEVEL
    Ext->Flushes++;
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&Handle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&LegacyExt.Lock);
    ExInitializeWorkItem(&LegacyExt.Item, LegacyWorker, &LegacyExt);
    ExQueueWorkItem(&LegacyExt.Item, DelayedWorkQueue);
    return STATUS_SUCCESS;
}
