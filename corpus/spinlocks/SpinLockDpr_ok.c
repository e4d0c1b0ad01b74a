/*
 * SpinLockDpr_ok -- clean: the receive DPC pops the ring under the receive
 * lock, releasing it on both branches, indicates outside the lock, and takes
 * the lock again for the statistics.  A Dpr helper takes the separate
 * statistics lock while the receive lock is held (two different objects).
 * The return handler (<= DISPATCH_LEVEL) uses the raising variants.
 */
#include <ndis.h>

MINIPORT_INTERRUPT_DPC MpInterruptDpc;
MINIPORT_RETURN_NET_BUFFER_LISTS MpReturnNbls;

typedef struct _MP_RCB {
    struct _MP_RCB *Next;
    PNET_BUFFER_LIST Nbl;
} MP_RCB, *PMP_RCB;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK RxLock;
    NDIS_SPIN_LOCK StatsLock;
    NDIS_HANDLE AdapterHandle;
    PMP_RCB RxHead;
    ULONG RxIndicated;
    ULONG EmptyPolls;
    ULONG Returned;
} MP_ADAPTER, *PMP_ADAPTER;

static VOID MpDprCount(PMP_ADAPTER Adapter, BOOLEAN Empty)
{
    NdisDprAcquireSpinLock(&Adapter->StatsLock);
    if (Empty)
        Adapter->EmptyPolls++;
    else
        Adapter->RxIndicated++;
    NdisDprReleaseSpinLock(&Adapter->StatsLock);
}

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    PMP_RCB Rcb;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    NdisDprAcquireSpinLock(&Adapter->RxLock);
    Rcb = Adapter->RxHead;
    if (Rcb != NULL) {
        Adapter->RxHead = Rcb->Next;
        NdisDprReleaseSpinLock(&Adapter->RxLock);
    } else {
        NdisDprReleaseSpinLock(&Adapter->RxLock);
    }

    if (Rcb != NULL)
        NdisMIndicateReceiveNetBufferLists(Adapter->AdapterHandle, Rcb->Nbl, NDIS_DEFAULT_PORT_NUMBER, 1,
                                           NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);

    NdisDprAcquireSpinLock(&Adapter->RxLock);
    MpDprCount(Adapter, Rcb == NULL);
    NdisDprReleaseSpinLock(&Adapter->RxLock);
}

VOID MpReturnNbls(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(ReturnFlags);

    NdisAcquireSpinLock(&Adapter->StatsLock);
    Adapter->Returned++;
    NdisReleaseSpinLock(&Adapter->StatsLock);
}
