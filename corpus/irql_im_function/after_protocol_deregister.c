/*
 * after_protocol_deregister -- seeded defect: DriverEntry checks whether any
 * lower adapter can be bound at all; when none can, it gives up the protocol
 * edge through a small helper (which calls NdisDeregisterProtocolDriver) and
 * goes on to associate anyway.  On that path ProtocolHandle has been
 * released.  Handles are kept in locals and passed to the helper.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE PdInitialize;
MINIPORT_HALT PdHalt;
MINIPORT_UNLOAD PdUnload;
PROTOCOL_BIND_ADAPTER_EX PdBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX PdUnbindAdapter;

NDIS_HANDLE PdMiniportDriverHandle;
NDIS_HANDLE PdProtocolHandle;
BOOLEAN PdLowerEdgeReleased;
ULONG PdBindableAdapters;

static VOID PdReleaseLowerEdge(NDIS_HANDLE ProtocolHandle)
{
    NdisDeregisterProtocolDriver(ProtocolHandle); // expect-note: NdisDeregisterProtocolDriver releases the handle passed as ProtocolHandle here
    PdLowerEdgeReleased = TRUE;
}

NDIS_STATUS PdInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID PdHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS PdBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS PdUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID PdUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (!PdLowerEdgeReleased)
        NdisDeregisterProtocolDriver(PdProtocolHandle);
    NdisMDeregisterMiniportDriver(PdMiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_HANDLE Miniport;
    NDIS_HANDLE Protocol;
    NDIS_STATUS Status;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = PdInitialize;
    MChars.HaltHandlerEx = PdHalt;
    MChars.UnloadHandler = PdUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &Miniport);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;
    PdMiniportDriverHandle = Miniport;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"PdMux");
    PChars.BindAdapterHandlerEx = PdBindAdapter;
    PChars.UnbindAdapterHandlerEx = PdUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &Protocol);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(Miniport);
        return Status;
    }
    PdProtocolHandle = Protocol;

    if (PdBindableAdapters == 0)
        PdReleaseLowerEdge(Protocol);

    NdisIMAssociateMiniport(Miniport, Protocol); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: ProtocolHandle can be released by NdisDeregisterProtocolDriver
    return STATUS_SUCCESS;
}
