/*
 * handle_never_assigned -- seeded defect: the global structure grew a second
 * protocol-handle field during a refactoring (ProtocolHandle, kept for the
 * old NDIS 5 code path, and LowerEdgeHandle, the new one).  DriverEntry
 * registers the protocol edge into LowerEdgeHandle but associates
 * ProtocolHandle, which no registration ever writes.
 */
#include <ndis.h>

typedef struct _NA_GLOBALS {
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;      /* NDIS 5 path, no longer registered */
    NDIS_HANDLE LowerEdgeHandle;     /* NdisRegisterProtocolDriver writes this */
    ULONG Flags;
} NA_GLOBALS, *PNA_GLOBALS;

NA_GLOBALS NaGlobals;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE NaInitialize;
MINIPORT_HALT NaHalt;
MINIPORT_UNLOAD NaUnload;
PROTOCOL_BIND_ADAPTER_EX NaBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX NaUnbindAdapter;

NDIS_STATUS NaInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID NaHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS NaBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS NaUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID NaUnload(PDRIVER_OBJECT DriverObject)
{
    PNA_GLOBALS g = &NaGlobals;

    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(g->LowerEdgeHandle);
    NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PNA_GLOBALS g = &NaGlobals;
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
    MChars.InitializeHandlerEx = NaInitialize;
    MChars.HaltHandlerEx = NaHalt;
    MChars.UnloadHandler = NaUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &g->MiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"NaMux");
    PChars.BindAdapterHandlerEx = NaBindAdapter;
    PChars.UnbindAdapterHandlerEx = NaUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &g->LowerEdgeHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
        return Status;
    }

    NdisIMAssociateMiniport(g->MiniportDriverHandle, g->ProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: ProtocolHandle is never assigned a handle
    return STATUS_SUCCESS;
}
