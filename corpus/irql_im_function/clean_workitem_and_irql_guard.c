/*
 * clean_workitem_and_irql_guard -- no defect.  ProtocolStatusEx may run at
 * DISPATCH_LEVEL.  When the lower adapter reports a link-down, the driver
 * stops its virtual miniport: directly when KeGetCurrentIrql() says it is
 * at PASSIVE_LEVEL, otherwise through an NDIS I/O work item, whose routine
 * runs at PASSIVE_LEVEL.  NdisIMDeInitializeDeviceInstance therefore never
 * runs above PASSIVE_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE WgInitialize;
MINIPORT_HALT WgHalt;
MINIPORT_UNLOAD WgUnload;
PROTOCOL_BIND_ADAPTER_EX WgBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX WgUnbindAdapter;
PROTOCOL_STATUS_EX WgStatus;
NDIS_IO_WORKITEM_FUNCTION WgStopWorker;

NDIS_HANDLE WgMiniportDriverHandle;
NDIS_HANDLE WgProtocolHandle;
NDIS_HANDLE WgVirtualMiniportHandle;
NDIS_HANDLE WgStopWorkItem;
volatile LONG WgStopQueued;

static VOID WgStopVirtualMiniport(VOID)
{
    if (WgVirtualMiniportHandle != NULL)
        NdisIMDeInitializeDeviceInstance(WgVirtualMiniportHandle);
}

VOID WgStopWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(WorkItemContext);
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);

    WgStopVirtualMiniport();
    InterlockedExchange(&WgStopQueued, 0);
}

VOID WgStatus(NDIS_HANDLE ProtocolBindingContext, PNDIS_STATUS_INDICATION StatusIndication)
{
    PNDIS_LINK_STATE LinkState;

    UNREFERENCED_PARAMETER(ProtocolBindingContext);

    if (StatusIndication->StatusCode != NDIS_STATUS_LINK_STATE ||
        StatusIndication->StatusBufferSize < sizeof(NDIS_LINK_STATE))
        return;
    LinkState = (PNDIS_LINK_STATE)StatusIndication->StatusBuffer;
    if (LinkState->MediaConnectState != MediaConnectStateDisconnected)
        return;

    if (KeGetCurrentIrql() == PASSIVE_LEVEL) {
        WgStopVirtualMiniport();
    } else if (WgStopWorkItem != NULL && InterlockedCompareExchange(&WgStopQueued, 1, 0) == 0) {
        NdisQueueIoWorkItem(WgStopWorkItem, WgStopWorker, NULL);
    }
}

NDIS_STATUS WgInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    WgVirtualMiniportHandle = NdisMiniportHandle;
    return NDIS_STATUS_SUCCESS;
}

VOID WgHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
    WgVirtualMiniportHandle = NULL;
}

NDIS_STATUS WgBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS WgUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID WgUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (WgStopWorkItem != NULL)
        NdisFreeIoWorkItem(WgStopWorkItem);
    NdisDeregisterProtocolDriver(WgProtocolHandle);
    NdisMDeregisterMiniportDriver(WgMiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = WgInitialize;
    MChars.HaltHandlerEx = WgHalt;
    MChars.UnloadHandler = WgUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &WgMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"WgMux");
    PChars.BindAdapterHandlerEx = WgBindAdapter;
    PChars.UnbindAdapterHandlerEx = WgUnbindAdapter;
    PChars.StatusHandlerEx = WgStatus;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &WgProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(WgMiniportDriverHandle);
        return Status;
    }

    NdisIMAssociateMiniport(WgMiniportDriverHandle, WgProtocolHandle);

    /* Without a work item the driver only stops the VELAN at PASSIVE_LEVEL. */
    WgStopWorkItem = NdisAllocateIoWorkItem(WgProtocolHandle);
    return STATUS_SUCCESS;
}
