// expect-fail: the knowledge base has no IRQL for the nblapi.h NET_BUFFER functions (their pages are not in the shared docs; the public pages give IRQL <= DISPATCH_LEVEL)
/*
 * Irql_NetBuffer_Function_bad -- seeded defect: the interrupt handler
 * pre-allocates the NET_BUFFER_LIST for the frame it has just seen, so that
 * the DPC has less to do.  MiniportInterrupt runs at DIRQL; the NET_BUFFER
 * allocation routines (NdisAllocateNetBufferList, nblapi.h) may be called at
 * IRQL <= DISPATCH_LEVEL only.
 */
#include <ndis.h>

MINIPORT_ISR MpIsr;

typedef struct _MP_ADAPTER {
    volatile ULONG *IntStatus;
    NDIS_HANDLE NblPool;
    PNET_BUFFER_LIST Prepared;
} MP_ADAPTER, *PMP_ADAPTER;

BOOLEAN MpIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);

    if (*Adapter->IntStatus == 0) {
        *QueueDefaultInterruptDpc = FALSE;
        return FALSE;
    }
    if (Adapter->Prepared == NULL)
        Adapter->Prepared = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0); // expect: [Irql_NetBuffer_Function] NdisAllocateNetBufferList called at DIRQL; it requires <= DISPATCH_LEVEL
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}
