/*
 * im_helper_under_lock -- seeded defect: DriverEntry takes the global spin
 * lock and then calls a helper that receives both handles and associates
 * them.  The helper itself looks harmless; it is its caller that holds the
 * lock, so the call inside it runs at DISPATCH_LEVEL.  Handles live in a
 * global structure reached through a pointer.
 */
#include <ndis.h>

typedef struct _HL_GLOBALS {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;
    ULONG Flags;
} HL_GLOBALS, *PHL_GLOBALS;

#define HL_FLAG_READY 0x1

HL_GLOBALS HlGlobals;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE HlInitialize;
MINIPORT_HALT HlHalt;
MINIPORT_UNLOAD HlUnload;
PROTOCOL_BIND_ADAPTER_EX HlBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX HlUnbindAdapter;

NDIS_STATUS HlInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID HlHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS HlBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS HlUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID HlUnload(PDRIVER_OBJECT DriverObject)
{
    PHL_GLOBALS g = &HlGlobals;

    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(g->ProtocolHandle);
    NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
    NdisFreeSpinLock(&g->Lock);
}

static VOID HlAssociateHalves(NDIS_HANDLE MiniportDriverHandle, NDIS_HANDLE ProtocolHandle)
{
    NdisIMAssociateMiniport(MiniportDriverHandle, ProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PHL_GLOBALS g = &HlGlobals;
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    NdisAllocateSpinLock(&g->Lock);

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = HlInitialize;
    MChars.HaltHandlerEx = HlHalt;
    MChars.UnloadHandler = HlUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &g->MiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail_lock;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"HlMux");
    PChars.BindAdapterHandlerEx = HlBindAdapter;
    PChars.UnbindAdapterHandlerEx = HlUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &g->ProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail_miniport;

    NdisAcquireSpinLock(&g->Lock); // expect-note: IRQL set to DISPATCH_LEVEL by NdisAcquireSpinLock here
    g->Flags |= HL_FLAG_READY;
    HlAssociateHalves(g->MiniportDriverHandle, g->ProtocolHandle); // expect-note: DriverEntry calls HlAssociateHalves here
    NdisReleaseSpinLock(&g->Lock);
    return STATUS_SUCCESS;

fail_miniport:
    NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
fail_lock:
    NdisFreeSpinLock(&g->Lock);
    return Status;
}
