/*
 * same_handle_twice -- seeded defect: a copy-and-paste slip passes the
 * miniport driver handle for both parameters, so ProtocolHandle receives a
 * handle of the wrong kind (from NdisMRegisterMiniportDriver rather than
 * from a protocol registration).  Handles are copied through locals into a
 * global structure reached through a pointer; statuses are checked.
 */
#include <ndis.h>

typedef struct _ST_GLOBALS {
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;
} ST_GLOBALS, *PST_GLOBALS;

ST_GLOBALS StGlobals;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE StInitialize;
MINIPORT_HALT StHalt;
MINIPORT_UNLOAD StUnload;
PROTOCOL_BIND_ADAPTER_EX StBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX StUnbindAdapter;

NDIS_STATUS StInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID StHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS StBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS StUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID StUnload(PDRIVER_OBJECT DriverObject)
{
    PST_GLOBALS g = &StGlobals;

    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(g->ProtocolHandle);
    NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PST_GLOBALS g = &StGlobals;
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_HANDLE Handle;
    NDIS_STATUS Status;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = StInitialize;
    MChars.HaltHandlerEx = StHalt;
    MChars.UnloadHandler = StUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &Handle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;
    g->MiniportDriverHandle = Handle;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"StMux");
    PChars.BindAdapterHandlerEx = StBindAdapter;
    PChars.UnbindAdapterHandlerEx = StUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &Handle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
        return Status;
    }
    g->ProtocolHandle = Handle;

    NdisIMAssociateMiniport(g->MiniportDriverHandle, g->MiniportDriverHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: ProtocolHandle can hold the handle from NdisMRegisterMiniportDriver
    return STATUS_SUCCESS;
}
