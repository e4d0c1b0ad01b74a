/*
 * SpinLockDprRelease_bad_dpr_release -- seeded defect: MiniportPauseEx takes
 * the adapter lock with NdisAcquireSpinLock (which raises to DISPATCH_LEVEL)
 * and releases it with NdisDprReleaseSpinLock, which does not restore the
 * IRQL.  Two findings for one defect: the mismatched release, and the pause
 * handler returning to NDIS at DISPATCH_LEVEL although NDIS called it at
 * PASSIVE_LEVEL (reported on the handler's name).
 */
#include <ndis.h>

MINIPORT_PAUSE MpPause;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    BOOLEAN Paused;
    ULONG SendsOutstanding;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MpPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) // expect: [IrqlNotRestored] MpPause can return at DISPATCH_LEVEL; the system called it at PASSIVE_LEVEL
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    BOOLEAN Idle;

    UNREFERENCED_PARAMETER(PauseParameters);

    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->Paused = TRUE;
    Idle = Adapter->SendsOutstanding == 0;
    NdisDprReleaseSpinLock(&Adapter->Lock); // expect: [SpinLockDprRelease] NdisDprReleaseSpinLock releases Adapter->Lock, which NdisAcquireSpinLock took; it pairs with NdisDprAcquireSpinLock

    return Idle ? NDIS_STATUS_SUCCESS : NDIS_STATUS_PENDING;
}
