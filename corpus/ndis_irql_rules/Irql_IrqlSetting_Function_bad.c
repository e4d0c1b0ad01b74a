/*
 * Irql_IrqlSetting_Function_bad -- seeded defect: the interrupt handler
 * shares a helper with the receive path; the helper "makes sure" it runs at
 * DISPATCH_LEVEL with NDIS_RAISE_IRQL_TO_DISPATCH.  MiniportInterrupt runs at
 * the device's DIRQL (nc-ndis-miniport_isr, Remarks), and the macro may only
 * be used at IRQL <= DISPATCH_LEVEL: raising "to" DISPATCH_LEVEL from DIRQL
 * would lower the IRQL (IrqlLoweredBelowEntry reports that too; it names
 * KeRaiseIrql, the call the macro expands to).
 */
#include <ndis.h>

MINIPORT_ISR MpIsr;

typedef struct _MP_ADAPTER {
    volatile ULONG *IntStatus;
    ULONG PendingEvents;
} MP_ADAPTER, *PMP_ADAPTER;

BOOLEAN MpIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    KIRQL OldIrql;
    ULONG Status;

    UNREFERENCED_PARAMETER(TargetProcessors);

    Status = *Adapter->IntStatus;
    if (Status == 0) {
        *QueueDefaultInterruptDpc = FALSE;
        return FALSE;
    }
    NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql); // expect: [Irql_IrqlSetting_Function] NDIS_RAISE_IRQL_TO_DISPATCH called at DIRQL; it requires <= DISPATCH_LEVEL expect: [IrqlLoweredBelowEntry] NDIS_RAISE_IRQL_TO_DISPATCH sets the IRQL to DISPATCH_LEVEL, below DIRQL at which MpIsr was entered
    Adapter->PendingEvents |= Status;
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}
