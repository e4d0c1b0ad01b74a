/*
 * Irql_Gather_DMA_Function_ok -- clean: the miniport maps each send with
 * NdisMAllocateNetBufferSGList while it holds its send lock (the page asks
 * for DISPATCH_LEVEL exactly, which the lock guarantees even when NDIS calls
 * the send handler at PASSIVE_LEVEL), frees the list from its interrupt DPC
 * (DISPATCH_LEVEL), and deregisters the DMA in MiniportHaltEx at
 * PASSIVE_LEVEL.
 */
#include <ndis.h>

MINIPORT_SEND_NET_BUFFER_LISTS MpSend;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;
MINIPORT_HALT MpHalt;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK SendLock;
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE DmaHandle;
    PNET_BUFFER DoneNb;
    PSCATTER_GATHER_LIST DoneSgl;
} MP_ADAPTER, *PMP_ADAPTER;

VOID MpSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER Nb;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    NdisAcquireSpinLock(&Adapter->SendLock);
    for (Nb = NET_BUFFER_LIST_FIRST_NB(NetBufferList); Nb != NULL; Nb = NET_BUFFER_NEXT_NB(Nb)) {
        if (NdisMAllocateNetBufferSGList(Adapter->DmaHandle, Nb, Nb, 0, NULL, 0) != NDIS_STATUS_SUCCESS)
            break;
    }
    NdisReleaseSpinLock(&Adapter->SendLock);
}

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    if (Adapter->DoneSgl != NULL) {
        NdisMFreeNetBufferSGList(Adapter->DmaHandle, Adapter->DoneSgl, Adapter->DoneNb);
        Adapter->DoneSgl = NULL;
    }
}

VOID MpHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    if (Adapter->DmaHandle != NULL)
        NdisMDeregisterScatterGatherDma(Adapter->DmaHandle);
}
