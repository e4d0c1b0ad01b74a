/*
 * SpinLockDpr_bad -- seeded defect: the receive DPC takes the receive lock
 * to pop the ring; when the ring is empty it skips the pop -- and the
 * release with it.  Further down it takes the same lock again to update the
 * statistics, so on the empty-ring path NdisDprAcquireSpinLock is called on
 * a lock this processor already holds.
 */
#include <ndis.h>

MINIPORT_INTERRUPT_DPC MpInterruptDpc;

typedef struct _MP_RCB {
    struct _MP_RCB *Next;
    PNET_BUFFER_LIST Nbl;
} MP_RCB, *PMP_RCB;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK RxLock;
    NDIS_HANDLE AdapterHandle;
    PMP_RCB RxHead;
    ULONG RxIndicated;
    ULONG EmptyPolls;
} MP_ADAPTER, *PMP_ADAPTER;

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    PMP_RCB Rcb = NULL;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    NdisDprAcquireSpinLock(&Adapter->RxLock);
    if (Adapter->RxHead != NULL) {
        Rcb = Adapter->RxHead;
        Adapter->RxHead = Rcb->Next;
        NdisDprReleaseSpinLock(&Adapter->RxLock);
    }

    if (Rcb != NULL)
        NdisMIndicateReceiveNetBufferLists(Adapter->AdapterHandle, Rcb->Nbl, NDIS_DEFAULT_PORT_NUMBER, 1,
                                           NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);

    NdisDprAcquireSpinLock(&Adapter->RxLock); // expect: [SpinLockDpr] NdisDprAcquireSpinLock acquires Adapter->RxLock, which can already be held here
    if (Rcb != NULL)
        Adapter->RxIndicated++;
    else
        Adapter->EmptyPolls++;
    NdisDprReleaseSpinLock(&Adapter->RxLock);
}
