/*
 * Irql_NetBuffer_Function_ok -- clean: NET_BUFFER_LIST pools are created in
 * MiniportInitializeEx and freed in MiniportHaltEx (PASSIVE_LEVEL); the
 * interrupt DPC allocates a NET_BUFFER_LIST per received frame and the
 * return handler frees it (both at most DISPATCH_LEVEL, which the NET_BUFFER
 * routines allow).
 */
#include <ndis.h>

MINIPORT_INITIALIZE MpInitialize;
MINIPORT_HALT MpHalt;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;
MINIPORT_RETURN_NET_BUFFER_LISTS MpReturnNbls;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE NblPool;
    volatile ULONG *RxCount;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;

NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NET_BUFFER_LIST_POOL_PARAMETERS Pool;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    MpAdapter.AdapterHandle = MiniportAdapterHandle;
    NdisZeroMemory(&Pool, sizeof(Pool));
    Pool.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    Pool.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    Pool.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    Pool.fAllocateNetBuffer = TRUE;
    Pool.PoolTag = 'lbPM';
    MpAdapter.NblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &Pool);
    return MpAdapter.NblPool != NULL ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;
}

VOID MpHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    NdisFreeNetBufferListPool(Adapter->NblPool);
}

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    PNET_BUFFER_LIST Nbl;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    if (*Adapter->RxCount == 0)
        return;
    Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
    if (Nbl == NULL)
        return;
    NdisMIndicateReceiveNetBufferLists(Adapter->AdapterHandle, Nbl, NDIS_DEFAULT_PORT_NUMBER, 1,
                                       NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);
}

VOID MpReturnNbls(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PNET_BUFFER_LIST Nbl, Next;

    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(ReturnFlags);

    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {
        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;
        NdisFreeNetBufferList(Nbl);
    }
}
