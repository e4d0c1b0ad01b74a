/*
 * KeSpinLockRelease_bad_double -- seeded defect: the timer DPC releases the
 * queue lock inside the "queue empty" branch and again after the branch, so
 * on the empty-queue path KeReleaseSpinLockFromDpcLevel gives back a lock
 * that is already free.  The timer comes from KeInitializeTimer +
 * KeInitializeDpc + KeSetTimer.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE PollDpc;

typedef struct _POLL_EXT {
    KSPIN_LOCK QueueLock;
    KTIMER Timer;
    KDPC Dpc;
    LIST_ENTRY Queue;
    ULONG Idle;
} POLL_EXT, *PPOLL_EXT;

POLL_EXT PollExt;

VOID PollDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PPOLL_EXT Ext = (PPOLL_EXT)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    KeAcquireSpinLockAtDpcLevel(&Ext->QueueLock);
    if (IsListEmpty(&Ext->Queue)) {
        Ext->Idle++;
        KeReleaseSpinLockFromDpcLevel(&Ext->QueueLock);
    } else {
        (VOID)RemoveHeadList(&Ext->Queue);
    }
    KeReleaseSpinLockFromDpcLevel(&Ext->QueueLock); // expect: [KeSpinLockRelease] KeReleaseSpinLockFromDpcLevel releases Ext->QueueLock, which can be not held here
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    LARGE_INTEGER Due;

    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);

    KeInitializeSpinLock(&PollExt.QueueLock);
    InitializeListHead(&PollExt.Queue);
    KeInitializeTimer(&PollExt.Timer);
    KeInitializeDpc(&PollExt.Dpc, PollDpc, &PollExt);
    Due.QuadPart = -10 * 1000 * 50;
    KeSetTimer(&PollExt.Timer, Due, &PollExt.Dpc);
    return STATUS_SUCCESS;
}
