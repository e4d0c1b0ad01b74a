/*
 * Irql_Synch_Function_ok -- clean: the interrupt DPC (DISPATCH_LEVEL) uses
 * the Dpr lock routines and signals the halt event with NdisSetEvent;
 * MiniportHaltEx (PASSIVE_LEVEL) waits for the event and drains the list
 * with NdisAcquireSpinLock / NdisReleaseSpinLock, which raise and restore
 * the IRQL themselves.
 */
#include <ndis.h>

MINIPORT_HALT MpHalt;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK RxLock;
    NDIS_EVENT RxIdle;
    PNET_BUFFER_LIST FreeList;
    ULONG Outstanding;
} MP_ADAPTER, *PMP_ADAPTER;

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    BOOLEAN Idle;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    NdisDprAcquireSpinLock(&Adapter->RxLock);
    Idle = --Adapter->Outstanding == 0;
    NdisDprReleaseSpinLock(&Adapter->RxLock);
    if (Idle)
        NdisSetEvent(&Adapter->RxIdle);
}

VOID MpHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl;

    UNREFERENCED_PARAMETER(HaltAction);

    (VOID)NdisWaitEvent(&Adapter->RxIdle, 2000);
    NdisAcquireSpinLock(&Adapter->RxLock);
    while ((Nbl = Adapter->FreeList) != NULL) {
        Adapter->FreeList = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NdisFreeNetBufferList(Nbl);
    }
    NdisReleaseSpinLock(&Adapter->RxLock);
    NdisResetEvent(&Adapter->RxIdle);
}
