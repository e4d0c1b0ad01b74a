/*
 * Irql_Timer_Function_bad -- seeded defect: a miniport with MSI-X arms its
 * interrupt-moderation timer when NDIS re-enables a message interrupt.
 * MiniportEnableMessageInterrupt runs at DIRQL (its page's req.irql), and
 * NdisSetTimerObject allows at most DISPATCH_LEVEL.  The handler is
 * registered through the interrupt characteristics in MiniportInitializeEx.
 */
#include <ndis.h>

MINIPORT_INITIALIZE MpInitialize;
MINIPORT_MESSAGE_INTERRUPT MpMsiIsr;
MINIPORT_MESSAGE_INTERRUPT_DPC MpMsiDpc;
MINIPORT_ENABLE_MESSAGE_INTERRUPT MpEnableMsi;
MINIPORT_DISABLE_MESSAGE_INTERRUPT MpDisableMsi;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE InterruptHandle;
    NDIS_HANDLE ModerationTimer;
    volatile ULONG *MsiMask;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;

BOOLEAN MpMsiIsr(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId,
                 PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(MessageId);
    UNREFERENCED_PARAMETER(TargetProcessors);
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

VOID MpMsiDpc(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId, PVOID MiniportDpcContext,
              PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    UNREFERENCED_PARAMETER(MiniportInterruptContext);
    UNREFERENCED_PARAMETER(MessageId);
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);
}

VOID MpEnableMsi(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    LARGE_INTEGER Due;

    *Adapter->MsiMask &= ~(1u << MessageId);
    Due.QuadPart = -10 * 100;   /* 100 us */
    NdisSetTimerObject(Adapter->ModerationTimer, Due, 0, Adapter); // expect: [Irql_Timer_Function] NdisSetTimerObject called at DIRQL; it requires <= DISPATCH_LEVEL
}

VOID MpDisableMsi(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;

    *Adapter->MsiMask |= 1u << MessageId;
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
    Intr.MsiSupported = TRUE;
    Intr.MessageInterruptHandler = MpMsiIsr;
    Intr.MessageInterruptDpcHandler = MpMsiDpc;
    Intr.EnableMessageInterruptHandler = MpEnableMsi;
    Intr.DisableMessageInterruptHandler = MpDisableMsi;
    return NdisMRegisterInterruptEx(MiniportAdapterHandle, &MpAdapter, &Intr, &MpAdapter.InterruptHandle);
}
