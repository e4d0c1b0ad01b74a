/*
 * Irql_SendRcv_Function_ok -- clean: a protocol driver sends from its
 * receive handler (an echo responder) and returns the received lists, and a
 * miniport completes sends it cannot accept from its send handler while
 * holding its send lock.  NdisSendNetBufferLists, NdisReturnNetBufferLists
 * and NdisMSendNetBufferListsComplete all allow DISPATCH_LEVEL.
 */
#include <ndis.h>

PROTOCOL_RECEIVE_NET_BUFFER_LISTS EchoReceive;
MINIPORT_SEND_NET_BUFFER_LISTS MpSend;

typedef struct _ECHO_BINDING {
    NDIS_HANDLE BindingHandle;
    PNET_BUFFER_LIST ReplyNbl;
} ECHO_BINDING, *PECHO_BINDING;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK SendLock;
    NDIS_HANDLE AdapterHandle;
    BOOLEAN Paused;
} MP_ADAPTER, *PMP_ADAPTER;

VOID EchoReceive(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
                 NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    PECHO_BINDING Binding = (PECHO_BINDING)ProtocolBindingContext;
    ULONG SendFlags = 0;

    UNREFERENCED_PARAMETER(NumberOfNetBufferLists);

    if (NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(ReceiveFlags))
        SendFlags |= NDIS_SEND_FLAGS_DISPATCH_LEVEL;
    if (Binding->ReplyNbl != NULL) {
        NdisSendNetBufferLists(Binding->BindingHandle, Binding->ReplyNbl, PortNumber, SendFlags);
        Binding->ReplyNbl = NULL;
    }
    if (!NDIS_TEST_RECEIVE_CANNOT_PEND(ReceiveFlags))
        NdisReturnNetBufferLists(Binding->BindingHandle, NetBufferLists, 0);
}

VOID MpSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    NdisAcquireSpinLock(&Adapter->SendLock);
    if (Adapter->Paused) {
        NET_BUFFER_LIST_STATUS(NetBufferList) = NDIS_STATUS_PAUSED;
        NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferList,
                                        NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
    }
    NdisReleaseSpinLock(&Adapter->SendLock);
}
