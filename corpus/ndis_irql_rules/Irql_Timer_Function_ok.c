/*
 * Irql_Timer_Function_ok -- clean: the moderation timer is allocated in
 * MiniportInitializeEx, armed from the message-interrupt DPC
 * (DISPATCH_LEVEL), re-armed from its own timer function (DISPATCH_LEVEL)
 * and cancelled and freed in MiniportHaltEx (PASSIVE_LEVEL).  Every NDIS
 * timer routine here allows the level it runs at.
 */
#include <ndis.h>

MINIPORT_INITIALIZE MpInitialize;
MINIPORT_HALT MpHalt;
MINIPORT_MESSAGE_INTERRUPT_DPC MpMsiDpc;
NDIS_TIMER_FUNCTION MpModerationTimer;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE ModerationTimer;
    ULONG Burst;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;

static VOID MpArm(PMP_ADAPTER Adapter)
{
    LARGE_INTEGER Due;

    Due.QuadPart = -10 * 100;   /* 100 us */
    NdisSetTimerObject(Adapter->ModerationTimer, Due, 0, Adapter);
}

NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_TIMER_CHARACTERISTICS Timer;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    MpAdapter.AdapterHandle = MiniportAdapterHandle;
    NdisZeroMemory(&Timer, sizeof(Timer));
    Timer.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    Timer.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.AllocationTag = 'doMP';
    Timer.TimerFunction = MpModerationTimer;
    Timer.FunctionContext = &MpAdapter;
    return NdisAllocateTimerObject(MiniportAdapterHandle, &Timer, &MpAdapter.ModerationTimer);
}

VOID MpMsiDpc(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId, PVOID MiniportDpcContext,
              PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MessageId);
    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    Adapter->Burst = 0;
    MpArm(Adapter);
}

VOID MpModerationTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    if (++Adapter->Burst < 4)
        MpArm(Adapter);
}

VOID MpHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    NdisCancelTimerObject(Adapter->ModerationTimer);
    NdisFreeTimerObject(Adapter->ModerationTimer);
}
