/*
 * IrqlTooLow_atdpclevel_bad -- seeded defect: a polling system thread
 * (PsCreateSystemThread, PASSIVE_LEVEL) reuses the DPC's lock pair
 * KeAcquireSpinLockAtDpcLevel / KeReleaseSpinLockFromDpcLevel.  Neither
 * raises the IRQL: the acquire requires IRQL >= DISPATCH_LEVEL (its page's
 * Remarks) and the release requires DISPATCH_LEVEL (its req.irql).
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
KSTART_ROUTINE PollThread;

typedef struct _POLL_GLOBALS {
    KSPIN_LOCK Lock;
    volatile LONG Stop;
    ULONG Samples;
    HANDLE Thread;
} POLL_GLOBALS;

POLL_GLOBALS PollGlobals;

VOID PollThread(PVOID StartContext)
{
    LARGE_INTEGER Interval;

    UNREFERENCED_PARAMETER(StartContext);
    Interval.QuadPart = -10 * 1000 * 100;   /* 100 ms */

    while (!PollGlobals.Stop) {
        KeAcquireSpinLockAtDpcLevel(&PollGlobals.Lock); // expect: [IrqlTooLow] KeAcquireSpinLockAtDpcLevel called at PASSIVE_LEVEL; it requires >= DISPATCH_LEVEL
        PollGlobals.Samples++;
        KeReleaseSpinLockFromDpcLevel(&PollGlobals.Lock); // expect: [IrqlTooLow] KeReleaseSpinLockFromDpcLevel called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
        KeDelayExecutionThread(KernelMode, FALSE, &Interval);
    }
    PsTerminateSystemThread(STATUS_SUCCESS);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);

    KeInitializeSpinLock(&PollGlobals.Lock);
    return PsCreateSystemThread(&PollGlobals.Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, PollThread, NULL);
}
