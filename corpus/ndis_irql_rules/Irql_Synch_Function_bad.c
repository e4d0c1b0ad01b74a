/*
 * Irql_Synch_Function_bad -- seeded defect: MiniportHaltEx drains the
 * receive free list with the same lock calls the interrupt DPC uses,
 * NdisDprAcquireSpinLock / NdisDprReleaseSpinLock.  Halt runs at
 * PASSIVE_LEVEL, and both Dpr routines require DISPATCH_LEVEL: the acquire
 * does not raise the IRQL, so the DPC can preempt the holder on this
 * processor and spin forever.
 */
#include <ndis.h>

MINIPORT_HALT MpHalt;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK RxLock;
    PNET_BUFFER_LIST FreeList;
    ULONG FreeCount;
} MP_ADAPTER, *PMP_ADAPTER;

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    NdisDprAcquireSpinLock(&Adapter->RxLock);
    Adapter->FreeCount++;
    NdisDprReleaseSpinLock(&Adapter->RxLock);
}

VOID MpHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl;

    UNREFERENCED_PARAMETER(HaltAction);

    NdisDprAcquireSpinLock(&Adapter->RxLock); // expect: [Irql_Synch_Function] NdisDprAcquireSpinLock called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
    while ((Nbl = Adapter->FreeList) != NULL) {
        Adapter->FreeList = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        Adapter->FreeCount--;
        NdisFreeNetBufferList(Nbl);
    }
    NdisDprReleaseSpinLock(&Adapter->RxLock); // expect: [Irql_Synch_Function] NdisDprReleaseSpinLock called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
}
