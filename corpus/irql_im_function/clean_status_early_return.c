/*
 * clean_status_early_return -- no defect.  The registrations are tested
 * directly on the call (`!= NDIS_STATUS_SUCCESS` and `== NDIS_STATUS_SUCCESS`)
 * with early returns; the association comes last, at PASSIVE_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE ErInitialize;
MINIPORT_HALT ErHalt;
MINIPORT_UNLOAD ErUnload;
PROTOCOL_BIND_ADAPTER_EX ErBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX ErUnbindAdapter;

NDIS_HANDLE ErMiniportDriverHandle;
NDIS_HANDLE ErProtocolHandle;

NDIS_STATUS ErInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID ErHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS ErBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS ErUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID ErUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(ErProtocolHandle);
    NdisMDeregisterMiniportDriver(ErMiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = ErInitialize;
    MChars.HaltHandlerEx = ErHalt;
    MChars.UnloadHandler = ErUnload;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"ErMux");
    PChars.BindAdapterHandlerEx = ErBindAdapter;
    PChars.UnbindAdapterHandlerEx = ErUnbindAdapter;

    if (NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &ErMiniportDriverHandle) != NDIS_STATUS_SUCCESS)
        return STATUS_UNSUCCESSFUL;

    if (NdisRegisterProtocolDriver(NULL, &PChars, &ErProtocolHandle) == NDIS_STATUS_SUCCESS) {
        NdisIMAssociateMiniport(ErMiniportDriverHandle, ErProtocolHandle);
        return STATUS_SUCCESS;
    }

    NdisMDeregisterMiniportDriver(ErMiniportDriverHandle);
    return STATUS_UNSUCCESSFUL;
}
