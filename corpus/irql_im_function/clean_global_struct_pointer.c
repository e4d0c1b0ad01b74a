/*
 * clean_global_struct_pointer -- no defect.  All driver-wide state lives in
 * one global structure that every function reaches through a pointer
 * (PGP_GLOBALS g = &GpGlobals); the registrations write through that pointer,
 * the statuses are checked through a status variable, and the association
 * reads the handles back through it.
 */
#include <ndis.h>

typedef struct _GP_GLOBALS {
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;
    NDIS_SPIN_LOCK Lock;
    LIST_ENTRY Bindings;
    ULONG BindingCount;
} GP_GLOBALS, *PGP_GLOBALS;

GP_GLOBALS GpGlobals;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE GpInitialize;
MINIPORT_HALT GpHalt;
MINIPORT_UNLOAD GpUnload;
PROTOCOL_BIND_ADAPTER_EX GpBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX GpUnbindAdapter;

NDIS_STATUS GpInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID GpHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS GpBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    PGP_GLOBALS g = &GpGlobals;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);

    NdisAcquireSpinLock(&g->Lock);
    g->BindingCount++;
    NdisReleaseSpinLock(&g->Lock);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS GpUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PGP_GLOBALS g = &GpGlobals;

    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);

    NdisAcquireSpinLock(&g->Lock);
    g->BindingCount--;
    NdisReleaseSpinLock(&g->Lock);
    return NDIS_STATUS_SUCCESS;
}

VOID GpUnload(PDRIVER_OBJECT DriverObject)
{
    PGP_GLOBALS g = &GpGlobals;

    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(g->ProtocolHandle);
    NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
    NdisFreeSpinLock(&g->Lock);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PGP_GLOBALS g = &GpGlobals;
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    NdisAllocateSpinLock(&g->Lock);
    InitializeListHead(&g->Bindings);

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = GpInitialize;
    MChars.HaltHandlerEx = GpHalt;
    MChars.UnloadHandler = GpUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, g, &MChars, &g->MiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeSpinLock(&g->Lock);
        return Status;
    }

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"GpMux");
    PChars.BindAdapterHandlerEx = GpBindAdapter;
    PChars.UnbindAdapterHandlerEx = GpUnbindAdapter;

    Status = NdisRegisterProtocolDriver(g, &PChars, &g->ProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
        NdisFreeSpinLock(&g->Lock);
        return Status;
    }

    NdisIMAssociateMiniport(g->MiniportDriverHandle, g->ProtocolHandle);
    return STATUS_SUCCESS;
}
