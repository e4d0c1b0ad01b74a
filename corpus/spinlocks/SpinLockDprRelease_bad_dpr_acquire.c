/*
 * SpinLockDprRelease_bad_dpr_acquire -- seeded defect: the interrupt DPC
 * takes the transmit lock with NdisDprAcquireSpinLock (right: it runs at
 * DISPATCH_LEVEL) but gives it back with NdisReleaseSpinLock, which restores
 * the IRQL saved in the lock by an NdisAcquireSpinLock that never happened on
 * this path.
 */
#include <ndis.h>

MINIPORT_INTERRUPT_DPC MpInterruptDpc;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK TxLock;
    NDIS_HANDLE AdapterHandle;
    PNET_BUFFER_LIST TxDone;
} MP_ADAPTER, *PMP_ADAPTER;

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    PNET_BUFFER_LIST Done;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    NdisDprAcquireSpinLock(&Adapter->TxLock); // expect-note: NdisDprAcquireSpinLock
    Done = Adapter->TxDone;
    Adapter->TxDone = NULL;
    NdisReleaseSpinLock(&Adapter->TxLock); // expect: [SpinLockDprRelease] NdisReleaseSpinLock releases Adapter->TxLock, which NdisDprAcquireSpinLock took; it pairs with NdisAcquireSpinLock

    if (Done != NULL)
        NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, Done, NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
}
