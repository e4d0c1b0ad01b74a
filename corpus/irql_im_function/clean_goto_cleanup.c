/*
 * clean_goto_cleanup -- no defect.  DriverEntry allocates a lock and a timer
 * besides the two registrations and unwinds with a goto ladder; each failure
 * jumps past the association.  The timer function runs at DISPATCH_LEVEL but
 * only touches counters.
 */
#include <ndis.h>

#define GC_TAG 'xMcG'

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE GcInitialize;
MINIPORT_HALT GcHalt;
MINIPORT_UNLOAD GcUnload;
PROTOCOL_BIND_ADAPTER_EX GcBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX GcUnbindAdapter;
NDIS_TIMER_FUNCTION GcStatsTimer;

NDIS_HANDLE GcMiniportDriverHandle;
NDIS_HANDLE GcProtocolHandle;
NDIS_HANDLE GcTimer;
NDIS_SPIN_LOCK GcLock;
ULONG GcTicks;

VOID GcStatsTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(FunctionContext);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    NdisAcquireSpinLock(&GcLock);
    GcTicks++;
    NdisReleaseSpinLock(&GcLock);
}

NDIS_STATUS GcInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID GcHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS GcBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS GcUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID GcUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisCancelTimerObject(GcTimer);
    NdisFreeTimerObject(GcTimer);
    NdisDeregisterProtocolDriver(GcProtocolHandle);
    NdisMDeregisterMiniportDriver(GcMiniportDriverHandle);
    NdisFreeSpinLock(&GcLock);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_TIMER_CHARACTERISTICS TimerChars;
    LARGE_INTEGER DueTime;
    NDIS_STATUS Status;

    NdisAllocateSpinLock(&GcLock);

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = GcInitialize;
    MChars.HaltHandlerEx = GcHalt;
    MChars.UnloadHandler = GcUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &GcMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail_lock;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"GcMux");
    PChars.BindAdapterHandlerEx = GcBindAdapter;
    PChars.UnbindAdapterHandlerEx = GcUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &GcProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail_miniport;

    NdisZeroMemory(&TimerChars, sizeof(TimerChars));
    TimerChars.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    TimerChars.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    TimerChars.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    TimerChars.AllocationTag = GC_TAG;
    TimerChars.TimerFunction = GcStatsTimer;

    Status = NdisAllocateTimerObject(GcProtocolHandle, &TimerChars, &GcTimer);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail_protocol;

    NdisIMAssociateMiniport(GcMiniportDriverHandle, GcProtocolHandle);

    DueTime.QuadPart = -10000LL * 1000;
    NdisSetTimerObject(GcTimer, DueTime, 1000, NULL);
    return STATUS_SUCCESS;

fail_protocol:
    NdisDeregisterProtocolDriver(GcProtocolHandle);
fail_miniport:
    NdisMDeregisterMiniportDriver(GcMiniportDriverHandle);
fail_lock:
    NdisFreeSpinLock(&GcLock);
    return Status;
}
