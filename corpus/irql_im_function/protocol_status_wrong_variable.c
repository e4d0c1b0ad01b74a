/*
 * protocol_status_wrong_variable -- seeded defect: each registration has its
 * own status variable, and the test after the protocol registration checks
 * the miniport's variable again (a copy-and-paste slip).  The protocol
 * registration's own status is never tested, so ProtocolHandle can come from
 * a registration that failed.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE WvInitialize;
MINIPORT_HALT WvHalt;
MINIPORT_UNLOAD WvUnload;
PROTOCOL_BIND_ADAPTER_EX WvBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX WvUnbindAdapter;

NDIS_HANDLE WvMiniportDriverHandle;
NDIS_HANDLE WvProtocolHandle;

NDIS_STATUS WvInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID WvHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS WvBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS WvUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID WvUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(WvProtocolHandle);
    NdisMDeregisterMiniportDriver(WvMiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS MiniportStatus;
    NDIS_STATUS ProtocolStatus;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = WvInitialize;
    MChars.HaltHandlerEx = WvHalt;
    MChars.UnloadHandler = WvUnload;

    MiniportStatus = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &WvMiniportDriverHandle);
    if (MiniportStatus != NDIS_STATUS_SUCCESS)
        return MiniportStatus;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"WvMux");
    PChars.BindAdapterHandlerEx = WvBindAdapter;
    PChars.UnbindAdapterHandlerEx = WvUnbindAdapter;

    ProtocolStatus = NdisRegisterProtocolDriver(NULL, &PChars, &WvProtocolHandle);
    if (MiniportStatus != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(WvMiniportDriverHandle);
        return ProtocolStatus;
    }

    NdisIMAssociateMiniport(WvMiniportDriverHandle, WvProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: ProtocolHandle can come from NdisRegisterProtocolDriver with its status unchecked
    return STATUS_SUCCESS;
}
