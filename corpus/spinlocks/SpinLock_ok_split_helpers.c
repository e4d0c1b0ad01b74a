/*
 * SpinLock_ok_split_helpers -- clean: the adapter lock is taken by one
 * helper (MpLock) and given back by another (MpUnlock), both reaching the
 * lock through their parameter; callers use them from a PASSIVE_LEVEL
 * callback and from the send handler.  While holding the adapter lock the
 * send path also takes the separate ring lock (a different object: nesting
 * is fine).  The IRQL saved by the acquire in MpLock is the one restored by
 * the release in MpUnlock.
 */
#include <ndis.h>

MINIPORT_SEND_NET_BUFFER_LISTS MpSend;
MINIPORT_PAUSE MpPause;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_SPIN_LOCK RingLock;
    NDIS_HANDLE AdapterHandle;
    BOOLEAN Paused;
    ULONG RingUsed;
} MP_ADAPTER, *PMP_ADAPTER;

static VOID MpLock(PMP_ADAPTER Adapter)
{
    NdisAcquireSpinLock(&Adapter->Lock);
}

static VOID MpUnlock(PMP_ADAPTER Adapter)
{
    NdisReleaseSpinLock(&Adapter->Lock);
}

static BOOLEAN MpRingReserve(PMP_ADAPTER Adapter)
{
    BOOLEAN Ok;

    NdisAcquireSpinLock(&Adapter->RingLock);
    Ok = Adapter->RingUsed < 256;
    if (Ok)
        Adapter->RingUsed++;
    NdisReleaseSpinLock(&Adapter->RingLock);
    return Ok;
}

VOID MpSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    BOOLEAN Accepted = FALSE;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    MpLock(Adapter);
    if (!Adapter->Paused)
        Accepted = MpRingReserve(Adapter);
    MpUnlock(Adapter);

    if (!Accepted) {
        NET_BUFFER_LIST_STATUS(NetBufferList) = NDIS_STATUS_RESOURCES;
        NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferList, 0);
    }
}

NDIS_STATUS MpPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PauseParameters);
    MpLock(Adapter);
    Adapter->Paused = TRUE;
    MpUnlock(Adapter);
    return NDIS_STATUS_SUCCESS;
}
