/*
 * handles_swapped -- seeded defect: a helper that "links the lower edge to
 * the upper edge" takes the protocol handle first and passes its arguments
 * to NdisIMAssociateMiniport in that order, so DriverHandle receives the
 * protocol handle and ProtocolHandle the miniport driver handle.  Both
 * registrations are checked; DriverEntry calls the helper at PASSIVE_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE SwInitialize;
MINIPORT_HALT SwHalt;
MINIPORT_UNLOAD SwUnload;
PROTOCOL_BIND_ADAPTER_EX SwBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX SwUnbindAdapter;

NDIS_HANDLE SwMiniportDriverHandle;
NDIS_HANDLE SwProtocolHandle;

/* Lower edge first, upper edge second: the order the comment in the design
 * document used, not the order of NdisIMAssociateMiniport's parameters. */
static VOID SwLinkEdges(NDIS_HANDLE LowerEdge, NDIS_HANDLE UpperEdge)
{
    NdisIMAssociateMiniport(LowerEdge, UpperEdge); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: DriverHandle and ProtocolHandle are swapped
}

NDIS_STATUS SwInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID SwHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS SwBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS SwUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID SwUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(SwProtocolHandle);
    NdisMDeregisterMiniportDriver(SwMiniportDriverHandle);
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
    MChars.InitializeHandlerEx = SwInitialize;
    MChars.HaltHandlerEx = SwHalt;
    MChars.UnloadHandler = SwUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &SwMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"SwMux");
    PChars.BindAdapterHandlerEx = SwBindAdapter;
    PChars.UnbindAdapterHandlerEx = SwUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &SwProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(SwMiniportDriverHandle);
        return Status;
    }

    SwLinkEdges(SwProtocolHandle, SwMiniportDriverHandle);
    return STATUS_SUCCESS;
}
