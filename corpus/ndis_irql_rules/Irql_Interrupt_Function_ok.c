/*
 * Irql_Interrupt_Function_ok -- clean: the interrupt is registered from
 * MiniportInitializeEx through a helper and deregistered from MiniportHaltEx,
 * both at PASSIVE_LEVEL, and on the initialisation failure path after the
 * registration.  MiniportResetEx only resets the chip.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE MpInitialize;
MINIPORT_HALT MpHalt;
MINIPORT_RESET MpReset;
MINIPORT_ISR MpIsr;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE InterruptHandle;
    volatile ULONG *Csr;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;
NDIS_HANDLE MpDriverHandle;

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
    return NdisMRegisterInterruptEx(Adapter->AdapterHandle, Adapter, &Intr, &Adapter->InterruptHandle);
}

static BOOLEAN MpChipSelfTest(PMP_ADAPTER Adapter)
{
    return Adapter->Csr != NULL;
}

NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    MpAdapter.AdapterHandle = MiniportAdapterHandle;
    Status = MpConnectInterrupt(&MpAdapter);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;
    if (!MpChipSelfTest(&MpAdapter)) {
        NdisMDeregisterInterruptEx(MpAdapter.InterruptHandle);
        return NDIS_STATUS_HARD_ERRORS;
    }
    return NDIS_STATUS_SUCCESS;
}

VOID MpHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
}

NDIS_STATUS MpReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    *AddressingReset = FALSE;
    if (Adapter->Csr != NULL)
        *Adapter->Csr = 1;   /* soft reset */
    return NDIS_STATUS_SUCCESS;
}
