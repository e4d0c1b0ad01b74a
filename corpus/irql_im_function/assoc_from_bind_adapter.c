/*
 * assoc_from_bind_adapter -- seeded defect: the driver associates its two
 * edges in ProtocolBindAdapterEx, on the first binding, instead of in
 * DriverEntry.  The bind handler runs at PASSIVE_LEVEL and the handles are
 * right; the caller is not.  Handles live in a global structure that the
 * code reaches through a pointer.
 */
#include <ndis.h>

typedef struct _BA_GLOBALS {
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;
    BOOLEAN Associated;
    ULONG BindingCount;
} BA_GLOBALS, *PBA_GLOBALS;

BA_GLOBALS BaGlobals;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE BaInitialize;
MINIPORT_HALT BaHalt;
MINIPORT_UNLOAD BaUnload;
PROTOCOL_BIND_ADAPTER_EX BaBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX BaUnbindAdapter;

NDIS_STATUS BaBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    PBA_GLOBALS g = &BaGlobals;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);

    if (!g->Associated) {
        NdisIMAssociateMiniport(g->MiniportDriverHandle, g->ProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport is reachable from entry point BaBindAdapter (PROTOCOL_BIND_ADAPTER_EX); it may only be called from DriverEntry
        g->Associated = TRUE;
    }
    g->BindingCount++;
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS BaUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS BaInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID BaHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

VOID BaUnload(PDRIVER_OBJECT DriverObject)
{
    PBA_GLOBALS g = &BaGlobals;

    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(g->ProtocolHandle);
    NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PBA_GLOBALS g = &BaGlobals;
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
    MChars.InitializeHandlerEx = BaInitialize;
    MChars.HaltHandlerEx = BaHalt;
    MChars.UnloadHandler = BaUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, g, &MChars, &g->MiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"BaMux");
    PChars.BindAdapterHandlerEx = BaBindAdapter;
    PChars.UnbindAdapterHandlerEx = BaUnbindAdapter;

    Status = NdisRegisterProtocolDriver(g, &PChars, &g->ProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
        return Status;
    }

    return STATUS_SUCCESS;
}
