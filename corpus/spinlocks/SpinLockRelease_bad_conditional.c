/*
 * SpinLockRelease_bad_conditional -- seeded defect: MiniportRestart takes
 * the adapter lock only when the adapter was initialised with a receive
 * ring ("no ring, nobody else touches the state"), but releases it
 * unconditionally.  On the path without a ring NdisReleaseSpinLock releases
 * a lock that is not held -- and, since nothing raised the IRQL there, it
 * also runs at PASSIVE_LEVEL, below the DISPATCH_LEVEL its page requires:
 * one defect, two findings.
 */
#include <ndis.h>

MINIPORT_RESTART MpRestart;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    PVOID RxRing;
    BOOLEAN Running;
    ULONG Restarts;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MpRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(RestartParameters);

    if (Adapter->RxRing != NULL)
        NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->Running = TRUE;
    Adapter->Restarts++;
    NdisReleaseSpinLock(&Adapter->Lock); // expect: [SpinLockRelease] NdisReleaseSpinLock releases Adapter->Lock, which can be not held here expect: [Irql_Synch_Function] NdisReleaseSpinLock called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
    return NDIS_STATUS_SUCCESS;
}
