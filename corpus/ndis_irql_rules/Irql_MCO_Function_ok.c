/*
 * Irql_MCO_Function_ok -- clean: the MSI handler only acknowledges the
 * interrupt and asks for the DPC; the message DPC (DISPATCH_LEVEL) indicates
 * the receive and completes the finished sends, both of which allow
 * DISPATCH_LEVEL.  The CoSend handler (<= DISPATCH_LEVEL) completes a send
 * it cannot queue while holding the VC lock.
 */
#include <ndis.h>

MINIPORT_MESSAGE_INTERRUPT McoMsiIsr;
MINIPORT_MESSAGE_INTERRUPT_DPC McoMsiDpc;
MINIPORT_CO_SEND_NET_BUFFER_LISTS McoCoSend;

typedef struct _MCO_VC {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE NdisVcHandle;
    BOOLEAN Closing;
} MCO_VC, *PMCO_VC;

typedef struct _MCO_ADAPTER {
    volatile ULONG *RxReady;
    PMCO_VC RxVc;
    PNET_BUFFER_LIST RxNbl;
    PNET_BUFFER_LIST TxDone;
} MCO_ADAPTER, *PMCO_ADAPTER;

BOOLEAN McoMsiIsr(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId,
                  PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PMCO_ADAPTER Adapter = (PMCO_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MessageId);
    UNREFERENCED_PARAMETER(TargetProcessors);

    *QueueDefaultInterruptDpc = *Adapter->RxReady != 0;
    return *QueueDefaultInterruptDpc;
}

VOID McoMsiDpc(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId, PVOID MiniportDpcContext,
               PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMCO_ADAPTER Adapter = (PMCO_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MessageId);
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    if (Adapter->RxNbl != NULL)
        NdisMCoIndicateReceiveNetBufferLists(Adapter->RxVc->NdisVcHandle, Adapter->RxNbl, 1, 0);
    if (Adapter->TxDone != NULL)
        NdisMCoSendNetBufferListsComplete(Adapter->RxVc->NdisVcHandle, Adapter->TxDone, 0);
}

VOID McoCoSend(NDIS_HANDLE MiniportVcContext, PNET_BUFFER_LIST NetBufferLists, ULONG SendFlags)
{
    PMCO_VC Vc = (PMCO_VC)MiniportVcContext;

    UNREFERENCED_PARAMETER(SendFlags);

    NdisAcquireSpinLock(&Vc->Lock);
    if (Vc->Closing) {
        NET_BUFFER_LIST_STATUS(NetBufferLists) = NDIS_STATUS_CLOSING;
        NdisMCoSendNetBufferListsComplete(Vc->NdisVcHandle, NetBufferLists, NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
    }
    NdisReleaseSpinLock(&Vc->Lock);
}
