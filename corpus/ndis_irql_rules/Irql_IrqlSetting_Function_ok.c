/*
 * Irql_IrqlSetting_Function_ok -- clean: MiniportReturnNetBufferLists (which
 * NDIS calls at IRQL <= DISPATCH_LEVEL) raises to DISPATCH_LEVEL with
 * NDIS_RAISE_IRQL_TO_DISPATCH so that it can use the cheaper Dpr lock
 * routines, and lowers back with NDIS_LOWER_IRQL.  Both macros are used
 * within the range their pages give, and the lock calls run at the
 * DISPATCH_LEVEL theirs require.
 */
#include <ndis.h>

MINIPORT_RETURN_NET_BUFFER_LISTS MpReturnNbls;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK RxLock;
    PNET_BUFFER_LIST FreeList;
    ULONG FreeCount;
} MP_ADAPTER, *PMP_ADAPTER;

VOID MpReturnNbls(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl, Next;
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(ReturnFlags);

    NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
    NdisDprAcquireSpinLock(&Adapter->RxLock);
    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {
        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = Adapter->FreeList;
        Adapter->FreeList = Nbl;
        Adapter->FreeCount++;
    }
    NdisDprReleaseSpinLock(&Adapter->RxLock);
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
}
