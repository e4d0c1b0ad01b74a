/*
 * SpinLockDprRelease_ok -- clean: each acquisition is paired with its own
 * release -- NdisAcquireSpinLock with NdisReleaseSpinLock in the pause
 * handler and in the send handler, NdisDprAcquireSpinLock with
 * NdisDprReleaseSpinLock in the DPC -- including when the pair is split
 * across a helper that takes the lock and a helper that releases it.
 */
#include <ndis.h>

MINIPORT_PAUSE MpPause;
MINIPORT_SEND_NET_BUFFER_LISTS MpSend;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE AdapterHandle;
    BOOLEAN Paused;
    ULONG SendsOutstanding;
} MP_ADAPTER, *PMP_ADAPTER;

static VOID MpDprLock(PMP_ADAPTER Adapter)
{
    NdisDprAcquireSpinLock(&Adapter->Lock);
}

static VOID MpDprUnlock(PMP_ADAPTER Adapter)
{
    NdisDprReleaseSpinLock(&Adapter->Lock);
}

NDIS_STATUS MpPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    BOOLEAN Idle;

    UNREFERENCED_PARAMETER(PauseParameters);

    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->Paused = TRUE;
    Idle = Adapter->SendsOutstanding == 0;
    NdisReleaseSpinLock(&Adapter->Lock);
    return Idle ? NDIS_STATUS_SUCCESS : NDIS_STATUS_PENDING;
}

VOID MpSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(NetBufferList);
    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->SendsOutstanding++;
    NdisReleaseSpinLock(&Adapter->Lock);
}

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    BOOLEAN CompletePause;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    MpDprLock(Adapter);
    if (Adapter->SendsOutstanding > 0)
        Adapter->SendsOutstanding--;
    CompletePause = Adapter->Paused && Adapter->SendsOutstanding == 0;
    MpDprUnlock(Adapter);

    if (CompletePause)
        NdisMPauseComplete(Adapter->AdapterHandle);
}
