/*
 * interrupt_characteristics_dpc -- entries found only from stores into
 * NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS passed to NdisMRegisterInterruptEx:
 * the interrupt DPC handler runs at DISPATCH_LEVEL, so NdisMSleep
 * (<= APC_LEVEL) is reported there; the message-interrupt disable handler
 * runs at DIRQL (its page's req.irql), so NdisMIndicateStatusEx
 * (<= DISPATCH_LEVEL) is reported there.
 */
#include <ndis.h>

MINIPORT_INITIALIZE MpInitialize;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE InterruptHandle;
    volatile ULONG *PhyBusy;
    volatile ULONG *MsiMask;
    NDIS_STATUS_INDICATION Ind;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;

static BOOLEAN MpIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(TargetProcessors);
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

static VOID MpDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                  PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    while (*Adapter->PhyBusy)
        NdisMSleep(10); // expect: [Irql_Miniport_Driver_Function] NdisMSleep called at DISPATCH_LEVEL; it requires <= APC_LEVEL
}

static VOID MpDisableMsi(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;

    *Adapter->MsiMask |= 1u << MessageId;
    NdisMIndicateStatusEx(Adapter->AdapterHandle, &Adapter->Ind); // expect: [Irql_StatusIndication_Function] NdisMIndicateStatusEx called at DIRQL; it requires <= DISPATCH_LEVEL
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
    Intr.InterruptDpcHandler = MpDpc; // expect-note: MINIPORT_INTERRUPT_DPC
    Intr.DisableMessageInterruptHandler = MpDisableMsi; // expect-note: MINIPORT_DISABLE_MESSAGE_INTERRUPT
    return NdisMRegisterInterruptEx(MiniportAdapterHandle, &MpAdapter, &Intr, &MpAdapter.InterruptHandle);
}
