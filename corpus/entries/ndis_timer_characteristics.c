/*
 * ndis_timer_characteristics -- an entry found only from the TimerFunction
 * field of NDIS_TIMER_CHARACTERISTICS passed to NdisAllocateTimerObject (no
 * role-type declaration).  The timer function runs at DISPATCH_LEVEL: its
 * NdisWaitEvent (PASSIVE_LEVEL only) is reported there.
 */
#include <ndis.h>

MINIPORT_INITIALIZE MpInitialize;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE Timer;
    NDIS_EVENT FwReady;
    BOOLEAN FwUp;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;

static VOID MpFwPoll(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    Adapter->FwUp = NdisWaitEvent(&Adapter->FwReady, 10); // expect: [Irql_Miscellaneous_Function] NdisWaitEvent called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
}

NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_TIMER_CHARACTERISTICS Timer;
    LARGE_INTEGER Due;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    MpAdapter.AdapterHandle = MiniportAdapterHandle;
    NdisInitializeEvent(&MpAdapter.FwReady);
    NdisZeroMemory(&Timer, sizeof(Timer));
    Timer.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    Timer.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.AllocationTag = 'wfPM';
    Timer.TimerFunction = MpFwPoll; // expect-note: entry point MpFwPoll (NDIS_TIMER_FUNCTION) registered here
    Timer.FunctionContext = &MpAdapter;
    if (NdisAllocateTimerObject(MiniportAdapterHandle, &Timer, &MpAdapter.Timer) != NDIS_STATUS_SUCCESS)
        return NDIS_STATUS_RESOURCES;
    Due.QuadPart = -10 * 1000 * 100;
    NdisSetTimerObject(MpAdapter.Timer, Due, 100, &MpAdapter);
    return NDIS_STATUS_SUCCESS;
}
