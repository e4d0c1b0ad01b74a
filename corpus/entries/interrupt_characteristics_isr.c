/*
 * interrupt_characteristics_isr -- the interrupt handler registered through
 * NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS.InterruptHandler runs at the
 * device's DIRQL (nc-ndis-miniport_isr, Remarks).  It acquires the adapter's
 * NDIS spin lock to share the event mask with the DPC; NdisAcquireSpinLock
 * allows at most DISPATCH_LEVEL (the ISR must use
 * NdisMSynchronizeWithInterruptEx from the DPC side instead).  Its raise to
 * DISPATCH_LEVEL is an attempt to lower the IRQL below the DIRQL the ISR
 * was entered at, which IrqlLoweredBelowEntry reports as well.
 */
#include <ndis.h>

MINIPORT_INITIALIZE MpInitialize;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE InterruptHandle;
    volatile ULONG *IntStatus;
    ULONG Events;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;

static BOOLEAN MpIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    ULONG Status = *Adapter->IntStatus;

    UNREFERENCED_PARAMETER(TargetProcessors);

    *QueueDefaultInterruptDpc = Status != 0;
    if (Status == 0)
        return FALSE;
    NdisAcquireSpinLock(&Adapter->Lock); // expect: [Irql_Synch_Function] NdisAcquireSpinLock called at DIRQL; it requires <= DISPATCH_LEVEL expect: [IrqlLoweredBelowEntry] NdisAcquireSpinLock sets the IRQL to DISPATCH_LEVEL, below DIRQL at which MpIsr was entered
    Adapter->Events |= Status;
    NdisReleaseSpinLock(&Adapter->Lock);
    return TRUE;
}

NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Intr;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    MpAdapter.AdapterHandle = MiniportAdapterHandle;
    NdisZeroMemory(&Intr, sizeof(Intr));
    Intr.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    Intr.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    Intr.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    Intr.InterruptHandler = MpIsr;
    return NdisMRegisterInterruptEx(MiniportAdapterHandle, &MpAdapter, &Intr, &MpAdapter.InterruptHandle);
}
