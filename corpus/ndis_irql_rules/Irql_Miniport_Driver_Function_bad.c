/*
 * Irql_Miniport_Driver_Function_bad -- seeded defect: when the transmit ring
 * is full the send handler waits a little for the hardware to free a
 * descriptor, with NdisMSleep, while it holds the send lock.  NdisMSleep
 * requires IRQL <= APC_LEVEL; under the NDIS spin lock the IRQL is
 * DISPATCH_LEVEL (and MiniportSendNetBufferLists may be called there anyway).
 */
#include <ndis.h>

MINIPORT_SEND_NET_BUFFER_LISTS MpSend;

#define MP_TX_RING 64

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK SendLock;
    NDIS_HANDLE AdapterHandle;
    volatile ULONG *TxFreeCount;
    ULONG TxTail;
} MP_ADAPTER, *PMP_ADAPTER;

static BOOLEAN MpTxRingFull(PMP_ADAPTER Adapter)
{
    return *Adapter->TxFreeCount == 0;
}

VOID MpSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    ULONG Tries = 0;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    NdisAcquireSpinLock(&Adapter->SendLock);
    while (MpTxRingFull(Adapter) && Tries++ < 5)
        NdisMSleep(20); // expect: [Irql_Miniport_Driver_Function] NdisMSleep called at DISPATCH_LEVEL; it requires <= APC_LEVEL
    Adapter->TxTail = (Adapter->TxTail + 1) % MP_TX_RING;
    NdisReleaseSpinLock(&Adapter->SendLock);

    NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferList, 0);
}
