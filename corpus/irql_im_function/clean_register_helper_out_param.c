/*
 * clean_register_helper_out_param -- no defect.  Each edge is registered by
 * a helper that fills in its characteristics and hands the new handle back
 * through a PNDIS_HANDLE out parameter; the helpers return the registration
 * status and DriverEntry checks it before it associates.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE RhInitialize;
MINIPORT_HALT RhHalt;
MINIPORT_UNLOAD RhUnload;
PROTOCOL_BIND_ADAPTER_EX RhBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX RhUnbindAdapter;

NDIS_HANDLE RhMiniportDriverHandle;
NDIS_HANDLE RhProtocolHandle;

NDIS_STATUS RhInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID RhHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS RhBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS RhUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID RhUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(RhProtocolHandle);
    NdisMDeregisterMiniportDriver(RhMiniportDriverHandle);
}

static NDIS_STATUS RhRegisterMiniportEdge(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
                                          PNDIS_HANDLE MiniportDriverHandle)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = RhInitialize;
    MChars.HaltHandlerEx = RhHalt;
    MChars.UnloadHandler = RhUnload;

    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, MiniportDriverHandle);
}

static NDIS_STATUS RhRegisterProtocolEdge(PNDIS_HANDLE ProtocolHandle)
{
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"RhMux");
    PChars.BindAdapterHandlerEx = RhBindAdapter;
    PChars.UnbindAdapterHandlerEx = RhUnbindAdapter;

    return NdisRegisterProtocolDriver(NULL, &PChars, ProtocolHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_STATUS Status;

    Status = RhRegisterMiniportEdge(DriverObject, RegistryPath, &RhMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    Status = RhRegisterProtocolEdge(&RhProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(RhMiniportDriverHandle);
        return Status;
    }

    NdisIMAssociateMiniport(RhMiniportDriverHandle, RhProtocolHandle);
    return STATUS_SUCCESS;
}
