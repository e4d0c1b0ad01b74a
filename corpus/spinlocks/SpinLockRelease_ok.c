/*
 * SpinLockRelease_ok -- clean: the fixed versions of the SpinLockRelease
 * cases.  MiniportRestart takes the lock on both paths of its test (each
 * branch acquires and releases); the stall timer releases exactly once on
 * each path, logging after the single release.
 */
#include <ndis.h>

MINIPORT_RESTART MpRestart;
NDIS_TIMER_FUNCTION MpStallTimer;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_SPIN_LOCK QueueLock;
    PVOID RxRing;
    BOOLEAN Running;
    ULONG Restarts;
    ULONG StallTicks;
    BOOLEAN Hung;
    ULONG HangCount;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MpRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(RestartParameters);

    if (Adapter->RxRing != NULL) {
        NdisAcquireSpinLock(&Adapter->Lock);
        Adapter->Running = TRUE;
        Adapter->Restarts++;
        NdisReleaseSpinLock(&Adapter->Lock);
    } else {
        Adapter->Running = TRUE;
        Adapter->Restarts++;
    }
    return NDIS_STATUS_SUCCESS;
}

VOID MpStallTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)FunctionContext;
    BOOLEAN Hung = FALSE;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    NdisDprAcquireSpinLock(&Adapter->QueueLock);
    if (++Adapter->StallTicks > 3) {
        Adapter->Hung = TRUE;
        Hung = TRUE;
    }
    NdisDprReleaseSpinLock(&Adapter->QueueLock);
    if (Hung)
        Adapter->HangCount++;
}
