/*
 * cancelinit_from_timer -- seeded defect: the bind handler starts the virtual
 * miniport and arms an NDIS timer as a watchdog; if MiniportInitializeEx has
 * not run when the timer fires, the timer function gives up with
 * NdisIMCancelInitializeDeviceInstance.  NDIS timer functions run at
 * DISPATCH_LEVEL; the function requires PASSIVE_LEVEL.
 */
#include <ndis.h>

#define TM_TAG 'xMmT'
#define TM_WATCHDOG_MS 5000

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE TmInitialize;
MINIPORT_HALT TmHalt;
MINIPORT_UNLOAD TmUnload;
PROTOCOL_BIND_ADAPTER_EX TmBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX TmUnbindAdapter;
NDIS_TIMER_FUNCTION TmInitWatchdog;

NDIS_HANDLE TmMiniportDriverHandle;
NDIS_HANDLE TmProtocolHandle;
NDIS_HANDLE TmWatchdogTimer;
NDIS_STRING TmDeviceInstance;
volatile LONG TmInitPending;

VOID TmInitWatchdog(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(FunctionContext);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    if (InterlockedExchange(&TmInitPending, 0) != 0)
        NdisIMCancelInitializeDeviceInstance(TmMiniportDriverHandle, &TmDeviceInstance); // expect: [Irql_IM_Function] NdisIMCancelInitializeDeviceInstance called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
}

NDIS_STATUS TmBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    LARGE_INTEGER DueTime;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);

    InterlockedExchange(&TmInitPending, 1);
    Status = NdisIMInitializeDeviceInstanceEx(TmMiniportDriverHandle, &TmDeviceInstance, NULL);
    if (Status != NDIS_STATUS_SUCCESS) {
        InterlockedExchange(&TmInitPending, 0);
        return Status;
    }

    DueTime.QuadPart = -10000LL * TM_WATCHDOG_MS;
    NdisSetTimerObject(TmWatchdogTimer, DueTime, 0, NULL);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS TmUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    NdisCancelTimerObject(TmWatchdogTimer);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS TmInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    InterlockedExchange(&TmInitPending, 0);
    NdisCancelTimerObject(TmWatchdogTimer);
    return NDIS_STATUS_SUCCESS;
}

VOID TmHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

VOID TmUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisCancelTimerObject(TmWatchdogTimer);
    NdisFreeTimerObject(TmWatchdogTimer);
    NdisDeregisterProtocolDriver(TmProtocolHandle);
    NdisMDeregisterMiniportDriver(TmMiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_TIMER_CHARACTERISTICS TimerChars;
    NDIS_STATUS Status;

    NdisInitUnicodeString(&TmDeviceInstance, L"{c3a94e07-6b1f-4f28-a0d2-71e5b8c4f913}");

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = TmInitialize;
    MChars.HaltHandlerEx = TmHalt;
    MChars.UnloadHandler = TmUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &TmMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"TmMux");
    PChars.BindAdapterHandlerEx = TmBindAdapter;
    PChars.UnbindAdapterHandlerEx = TmUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &TmProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto undo_miniport;

    NdisZeroMemory(&TimerChars, sizeof(TimerChars));
    TimerChars.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    TimerChars.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    TimerChars.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    TimerChars.AllocationTag = TM_TAG;
    TimerChars.TimerFunction = TmInitWatchdog;
    TimerChars.FunctionContext = NULL;

    Status = NdisAllocateTimerObject(TmProtocolHandle, &TimerChars, &TmWatchdogTimer);
    if (Status != NDIS_STATUS_SUCCESS)
        goto undo_protocol;

    NdisIMAssociateMiniport(TmMiniportDriverHandle, TmProtocolHandle);
    return STATUS_SUCCESS;

undo_protocol:
    NdisDeregisterProtocolDriver(TmProtocolHandle);
undo_miniport:
    NdisMDeregisterMiniportDriver(TmMiniportDriverHandle);
    return Status;
}
