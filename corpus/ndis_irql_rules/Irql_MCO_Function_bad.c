/*
 * Irql_MCO_Function_bad -- seeded defect: a connection-oriented miniport
 * indicates a received frame straight from its MSI handler, to save the DPC
 * latency.  MiniportMessageInterrupt runs at the DIRQL of the message
 * (nc-ndis-miniport_message_interrupt, Remarks);
 * NdisMCoIndicateReceiveNetBufferLists allows at most DISPATCH_LEVEL.
 */
#include <ndis.h>

MINIPORT_MESSAGE_INTERRUPT McoMsiIsr;

typedef struct _MCO_ADAPTER {
    volatile ULONG *RxReady;
    NDIS_HANDLE RxVcHandle;
    PNET_BUFFER_LIST RxNbl;
} MCO_ADAPTER, *PMCO_ADAPTER;

BOOLEAN McoMsiIsr(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId,
                  PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PMCO_ADAPTER Adapter = (PMCO_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MessageId);
    UNREFERENCED_PARAMETER(TargetProcessors);

    *QueueDefaultInterruptDpc = FALSE;
    if (*Adapter->RxReady == 0)
        return FALSE;
    NdisMCoIndicateReceiveNetBufferLists(Adapter->RxVcHandle, Adapter->RxNbl, 1, 0); // expect: [Irql_MCO_Function] NdisMCoIndicateReceiveNetBufferLists called at DIRQL; it requires <= DISPATCH_LEVEL
    return TRUE;
}
