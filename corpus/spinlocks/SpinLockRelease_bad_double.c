/*
 * SpinLockRelease_bad_double -- seeded defect: the NDIS timer that retries
 * stalled transmissions releases the queue lock early when it finds the
 * hardware hung (so that it can log outside the lock), then falls through to
 * the common exit, which releases the lock again.  The second
 * NdisDprReleaseSpinLock gives back a lock that is no longer held.
 */
#include <ndis.h>

NDIS_TIMER_FUNCTION MpStallTimer;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK QueueLock;
    NDIS_HANDLE AdapterHandle;
    ULONG StallTicks;
    BOOLEAN Hung;
    ULONG HangCount;
} MP_ADAPTER, *PMP_ADAPTER;

static VOID MpLogHang(PMP_ADAPTER Adapter)
{
    Adapter->HangCount++;
}

VOID MpStallTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    NdisDprAcquireSpinLock(&Adapter->QueueLock);
    if (++Adapter->StallTicks > 3) {
        Adapter->Hung = TRUE;
        NdisDprReleaseSpinLock(&Adapter->QueueLock);
        MpLogHang(Adapter);
    }
    NdisDprReleaseSpinLock(&Adapter->QueueLock); // expect: [SpinLockRelease] NdisDprReleaseSpinLock releases Adapter->QueueLock, which can be not held here
}
