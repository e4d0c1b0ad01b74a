/*
 * Irql_Miscellaneous_Function_bad -- seeded defect: the miniport reads its
 * interrupt-moderation setting with a helper that MiniportInitializeEx calls
 * (PASSIVE_LEVEL: fine), and a periodic NDIS timer calls the same helper to
 * pick up registry changes (DISPATCH_LEVEL).  NdisOpenConfigurationEx,
 * NdisReadConfiguration and NdisCloseConfiguration require PASSIVE_LEVEL, so
 * each of them is reported once, for the timer's context only.
 */
#include <ndis.h>

MINIPORT_INITIALIZE MpInitialize;
NDIS_TIMER_FUNCTION MpRefreshTimer;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE RefreshTimer;
    ULONG Moderation;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;

static NDIS_STRING MpModerationKey = RTL_CONSTANT_STRING(L"*InterruptModeration");

static VOID MpReadModeration(PMP_ADAPTER Adapter)
{
    NDIS_CONFIGURATION_OBJECT Config;
    NDIS_HANDLE ConfigHandle;
    PNDIS_CONFIGURATION_PARAMETER Param;
    NDIS_STATUS Status;

    NdisZeroMemory(&Config, sizeof(Config));
    Config.Header.Type = NDIS_OBJECT_TYPE_CONFIGURATION_OBJECT;
    Config.Header.Revision = NDIS_CONFIGURATION_OBJECT_REVISION_1;
    Config.Header.Size = NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1;
    Config.NdisHandle = Adapter->AdapterHandle;
    if (NdisOpenConfigurationEx(&Config, &ConfigHandle) != NDIS_STATUS_SUCCESS) // expect: [Irql_Miscellaneous_Function] NdisOpenConfigurationEx called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        return;
    NdisReadConfiguration(&Status, &Param, ConfigHandle, &MpModerationKey, NdisParameterInteger); // expect: [Irql_Miscellaneous_Function] NdisReadConfiguration called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    if (Status == NDIS_STATUS_SUCCESS)
        Adapter->Moderation = Param->ParameterData.IntegerData;
    NdisCloseConfiguration(ConfigHandle); // expect: [Irql_Miscellaneous_Function] NdisCloseConfiguration called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
}

NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_TIMER_CHARACTERISTICS Timer;
    LARGE_INTEGER Due;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    MpAdapter.AdapterHandle = MiniportAdapterHandle;
    MpReadModeration(&MpAdapter);

    NdisZeroMemory(&Timer, sizeof(Timer));
    Timer.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    Timer.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.AllocationTag = 'frPM';
    Timer.TimerFunction = MpRefreshTimer;
    Timer.FunctionContext = &MpAdapter;
    if (NdisAllocateTimerObject(MiniportAdapterHandle, &Timer, &MpAdapter.RefreshTimer) != NDIS_STATUS_SUCCESS)
        return NDIS_STATUS_RESOURCES;
    Due.QuadPart = -10 * 1000 * 1000 * 5LL;   /* 5 s */
    NdisSetTimerObject(MpAdapter.RefreshTimer, Due, 5000, &MpAdapter);
    return NDIS_STATUS_SUCCESS;
}

VOID MpRefreshTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    MpReadModeration((PMP_ADAPTER)FunctionContext); // expect-note: MpRefreshTimer calls MpReadModeration
}
