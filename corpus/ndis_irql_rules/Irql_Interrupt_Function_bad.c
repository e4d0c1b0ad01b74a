/*
 * Irql_Interrupt_Function_bad -- seeded defect: after a reset the device
 * comes back with a different interrupt mode, so MiniportResetEx tears the
 * interrupt down and registers it again.  NDIS calls MiniportResetEx at
 * IRQL <= DISPATCH_LEVEL; NdisMDeregisterInterruptEx and
 * NdisMRegisterInterruptEx require PASSIVE_LEVEL.
 */
#include <ndis.h>

MINIPORT_RESET MpReset;
MINIPORT_ISR MpIsr;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE InterruptHandle;
    BOOLEAN UseMsi;
} MP_ADAPTER, *PMP_ADAPTER;

BOOLEAN MpIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(TargetProcessors);
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
}

static NDIS_STATUS MpConnectInterrupt(PMP_ADAPTER Adapter)
{
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Intr;

    NdisZeroMemory(&Intr, sizeof(Intr));
    Intr.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    Intr.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    Intr.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    Intr.InterruptHandler = MpIsr;
    Intr.InterruptDpcHandler = MpInterruptDpc;
    Intr.MsiSupported = Adapter->UseMsi;
    return NdisMRegisterInterruptEx(Adapter->AdapterHandle, Adapter, &Intr, &Adapter->InterruptHandle); // expect: [Irql_Interrupt_Function] NdisMRegisterInterruptEx called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
}

NDIS_STATUS MpReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    *AddressingReset = FALSE;
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle); // expect: [Irql_Interrupt_Function] NdisMDeregisterInterruptEx called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    Adapter->UseMsi = !Adapter->UseMsi;
    return MpConnectInterrupt(Adapter);
}
