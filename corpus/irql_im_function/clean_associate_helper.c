/*
 * clean_associate_helper -- no defect.  DriverEntry registers both edges
 * into locals, checks both, and passes the two handles to a helper that
 * makes the association (in the right order) and records them globally.
 * The helper is only called from DriverEntry, at PASSIVE_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE AhInitialize;
MINIPORT_HALT AhHalt;
MINIPORT_UNLOAD AhUnload;
PROTOCOL_BIND_ADAPTER_EX AhBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX AhUnbindAdapter;

typedef struct _AH_EDGES {
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;
} AH_EDGES;

AH_EDGES AhEdges;

static VOID AhJoinEdges(NDIS_HANDLE MiniportDriverHandle, NDIS_HANDLE ProtocolHandle)
{
    AhEdges.MiniportDriverHandle = MiniportDriverHandle;
    AhEdges.ProtocolHandle = ProtocolHandle;
    NdisIMAssociateMiniport(MiniportDriverHandle, ProtocolHandle);
}

NDIS_STATUS AhInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID AhHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS AhBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS AhUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID AhUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(AhEdges.ProtocolHandle);
    NdisMDeregisterMiniportDriver(AhEdges.MiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_HANDLE Miniport = NULL;
    NDIS_HANDLE Protocol = NULL;
    NDIS_STATUS Status;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = AhInitialize;
    MChars.HaltHandlerEx = AhHalt;
    MChars.UnloadHandler = AhUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &Miniport);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"AhMux");
    PChars.BindAdapterHandlerEx = AhBindAdapter;
    PChars.UnbindAdapterHandlerEx = AhUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &Protocol);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(Miniport);
        return Status;
    }

    AhJoinEdges(Miniport, Protocol);
    return STATUS_SUCCESS;
}
