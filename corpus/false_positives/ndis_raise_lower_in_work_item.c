/*
 * ndis_raise_lower_in_work_item -- clean: an NDIS I/O work item completes
 * sends at DISPATCH_LEVEL by raising and lowering the IRQL with the NDIS
 * macros.  (netvmini datapath.c TXSendCompleteWorkItem: reported before
 * the analysis decided NDIS_LOWER_IRQL's OldIrql test; kept as a regression case.)
 */
#include <ndis.h>

NDIS_IO_WORKITEM_FUNCTION RlWorkItem;
MINIPORT_SEND_NET_BUFFER_LISTS RlSend;

typedef struct _RL_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE WorkItem;
    NDIS_SPIN_LOCK SendLock;
    ULONG Completed;
} RL_ADAPTER, *PRL_ADAPTER;

static VOID RlCompleteSends(PRL_ADAPTER Adapter)
{
    NdisDprAcquireSpinLock(&Adapter->SendLock);
    Adapter->Completed++;
    NdisDprReleaseSpinLock(&Adapter->SendLock);
}

VOID RlWorkItem(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PRL_ADAPTER Adapter = (PRL_ADAPTER)WorkItemContext;
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
    RlCompleteSends(Adapter);
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
}

VOID RlSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PRL_ADAPTER Adapter = (PRL_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PortNumber);
    NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferLists,
        NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags) ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL : 0);
    NdisQueueIoWorkItem(Adapter->WorkItem, RlWorkItem, Adapter);
}
