/*
 * helper_out_param_status_ignored -- seeded defect: the miniport edge is
 * registered by a helper that returns the registration status and writes the
 * handle through a PNDIS_HANDLE out parameter (a field of a global structure
 * reached through a pointer).  DriverEntry ignores the helper's return value,
 * so DriverHandle can come from a registration whose status nobody tested.
 * The protocol edge is registered and checked directly.
 */
#include <ndis.h>

typedef struct _HO_GLOBALS {
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;
} HO_GLOBALS, *PHO_GLOBALS;

HO_GLOBALS HoGlobals;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE HoInitialize;
MINIPORT_HALT HoHalt;
MINIPORT_UNLOAD HoUnload;
PROTOCOL_BIND_ADAPTER_EX HoBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX HoUnbindAdapter;

NDIS_STATUS HoInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID HoHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS HoBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS HoUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID HoUnload(PDRIVER_OBJECT DriverObject)
{
    PHO_GLOBALS g = &HoGlobals;

    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(g->ProtocolHandle);
    NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
}

static NDIS_STATUS HoRegisterMiniportEdge(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
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
    MChars.InitializeHandlerEx = HoInitialize;
    MChars.HaltHandlerEx = HoHalt;
    MChars.UnloadHandler = HoUnload;

    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, MiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PHO_GLOBALS g = &HoGlobals;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    HoRegisterMiniportEdge(DriverObject, RegistryPath, &g->MiniportDriverHandle);

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"HoMux");
    PChars.BindAdapterHandlerEx = HoBindAdapter;
    PChars.UnbindAdapterHandlerEx = HoUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &g->ProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
        return Status;
    }

    NdisIMAssociateMiniport(g->MiniportDriverHandle, g->ProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: DriverHandle can come from NdisMRegisterMiniportDriver with its status unchecked
    return STATUS_SUCCESS;
}
