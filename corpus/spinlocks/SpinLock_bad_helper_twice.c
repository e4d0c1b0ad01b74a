/*
 * SpinLock_bad_helper_twice -- seeded defect: the send handler takes the
 * adapter lock and, while holding it, calls the statistics helper, which
 * takes the same lock again to update the counters.  NDIS spin locks are not
 * recursive: the second NdisAcquireSpinLock spins forever.  The finding is
 * on the helper's acquisition; its notes show the caller's acquisition.
 */
#include <ndis.h>

MINIPORT_SEND_NET_BUFFER_LISTS MpSend;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE AdapterHandle;
    ULONG64 TxFrames;
    ULONG64 TxDropped;
    BOOLEAN Paused;
} MP_ADAPTER, *PMP_ADAPTER;

static VOID MpCountTx(PMP_ADAPTER Adapter, BOOLEAN Dropped)
{
    NdisAcquireSpinLock(&Adapter->Lock); // expect: [SpinLock] NdisAcquireSpinLock acquires Adapter->Lock, which can already be held here
    if (Dropped)
        Adapter->TxDropped++;
    else
        Adapter->TxFrames++;
    NdisReleaseSpinLock(&Adapter->Lock);
}

VOID MpSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    BOOLEAN Drop;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    NdisAcquireSpinLock(&Adapter->Lock); // expect-note: NdisAcquireSpinLock
    Drop = Adapter->Paused;
    MpCountTx(Adapter, Drop);
    NdisReleaseSpinLock(&Adapter->Lock);

    if (Drop)
        NET_BUFFER_LIST_STATUS(NetBufferList) = NDIS_STATUS_PAUSED;
    NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferList, 0);
}
