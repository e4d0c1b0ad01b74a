/*
 * dispatch_flag_compared_to_true -- clean: a protocol driver's receive
 * handler takes its lock with the Dpr variant exactly when NDIS says it
 * calls at DISPATCH_LEVEL (NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL), comparing
 * the flag with TRUE.
 */
#include <ndis.h>

PROTOCOL_RECEIVE_NET_BUFFER_LISTS PtReceive;

typedef struct _PT_OPEN {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE BindingHandle;
    ULONG Received;
} PT_OPEN, *PPT_OPEN;

VOID PtReceive(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
               NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    PPT_OPEN Open = (PPT_OPEN)ProtocolBindingContext;
    BOOLEAN AtDispatch = NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(ReceiveFlags);

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(NumberOfNetBufferLists);
    if (AtDispatch == TRUE)
        NdisDprAcquireSpinLock(&Open->Lock);
    else
        NdisAcquireSpinLock(&Open->Lock);
    Open->Received++;
    if (AtDispatch == TRUE)
        NdisDprReleaseSpinLock(&Open->Lock);
    else
        NdisReleaseSpinLock(&Open->Lock);
    NdisReturnNetBufferLists(Open->BindingHandle, NetBufferLists,
                             AtDispatch ? NDIS_RETURN_FLAGS_DISPATCH_LEVEL : 0);
}
