/*
 * dispatch_flag_in_loop -- clean: a protocol driver's receive handler
 * queues each NBL of the chain with a helper that chooses the Dpr lock
 * calls from the dispatch-level flag NDIS passed.
 */
#include <ndis.h>

PROTOCOL_RECEIVE_NET_BUFFER_LISTS LfReceive;

typedef struct _LF_OPEN {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE BindingHandle;
    ULONG Queued;
} LF_OPEN, *PLF_OPEN;

static VOID LfQueue(PLF_OPEN Open, BOOLEAN AtDispatch)
{
    if (AtDispatch)
        NdisDprAcquireSpinLock(&Open->Lock);
    else
        NdisAcquireSpinLock(&Open->Lock);
    Open->Queued++;
    if (AtDispatch)
        NdisDprReleaseSpinLock(&Open->Lock);
    else
        NdisReleaseSpinLock(&Open->Lock);
}

VOID LfReceive(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
               NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    PLF_OPEN Open = (PLF_OPEN)ProtocolBindingContext;
    BOOLEAN AtDispatch = NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(ReceiveFlags);
    PNET_BUFFER_LIST Nbl;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(NumberOfNetBufferLists);
    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {
        LfQueue(Open, AtDispatch);
    }
    NdisReturnNetBufferLists(Open->BindingHandle, NetBufferLists,
                             AtDispatch ? NDIS_RETURN_FLAGS_DISPATCH_LEVEL : 0);
}
