/*
 * assoc_helper_chain_from_callback -- seeded defect: on a global reconfigure
 * event, ProtocolNetPnPEvent calls a helper that calls another helper that
 * re-associates the two edges.  Every call runs at PASSIVE_LEVEL and the
 * handles are good, but NdisIMAssociateMiniport is reached from the
 * PROTOCOL_NET_PNP_EVENT entry point through two helpers.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE HcInitialize;
MINIPORT_HALT HcHalt;
MINIPORT_UNLOAD HcUnload;
PROTOCOL_BIND_ADAPTER_EX HcBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX HcUnbindAdapter;
PROTOCOL_NET_PNP_EVENT HcNetPnPEvent;

NDIS_HANDLE HcMiniportDriverHandle;
NDIS_HANDLE HcProtocolHandle;
ULONG HcReconfigureCount;

static VOID HcRebuildEdges(NDIS_HANDLE MiniportDriverHandle, NDIS_HANDLE ProtocolHandle)
{
    NdisIMAssociateMiniport(MiniportDriverHandle, ProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport is reachable from entry point HcNetPnPEvent (PROTOCOL_NET_PNP_EVENT); it may only be called from DriverEntry
}

static NDIS_STATUS HcHandleReconfigure(VOID)
{
    HcReconfigureCount++;
    HcRebuildEdges(HcMiniportDriverHandle, HcProtocolHandle); // expect-note: HcHandleReconfigure calls HcRebuildEdges here
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS HcNetPnPEvent(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification)
{
    if (ProtocolBindingContext == NULL && NetPnPEventNotification->NetPnPEvent.NetEvent == NetEventReconfigure)
        return HcHandleReconfigure(); // expect-note: HcNetPnPEvent calls HcHandleReconfigure here
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS HcInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID HcHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS HcBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS HcUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID HcUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(HcProtocolHandle);
    NdisMDeregisterMiniportDriver(HcMiniportDriverHandle);
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
    MChars.InitializeHandlerEx = HcInitialize;
    MChars.HaltHandlerEx = HcHalt;
    MChars.UnloadHandler = HcUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &HcMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"HcMux");
    PChars.BindAdapterHandlerEx = HcBindAdapter;
    PChars.UnbindAdapterHandlerEx = HcUnbindAdapter;
    PChars.NetPnPEventHandler = HcNetPnPEvent;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &HcProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(HcMiniportDriverHandle);
        return Status;
    }

    NdisIMAssociateMiniport(HcMiniportDriverHandle, HcProtocolHandle);
    return STATUS_SUCCESS;
}
