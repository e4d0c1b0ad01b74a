/*
 * im_under_spinlock -- seeded defect: DriverEntry makes the association while
 * it holds the NDIS spin lock that guards the driver's global state, so
 * NdisIMAssociateMiniport runs at DISPATCH_LEVEL.  Both registrations are
 * checked; the handles are right.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE LkInitialize;
MINIPORT_HALT LkHalt;
MINIPORT_UNLOAD LkUnload;
PROTOCOL_BIND_ADAPTER_EX LkBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX LkUnbindAdapter;

NDIS_HANDLE LkMiniportDriverHandle;
NDIS_HANDLE LkProtocolHandle;
NDIS_SPIN_LOCK LkGlobalLock;
ULONG LkDriverState;

#define LK_STATE_ASSOCIATED 0x1

NDIS_STATUS LkInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID LkHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS LkBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS LkUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID LkUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(LkProtocolHandle);
    NdisMDeregisterMiniportDriver(LkMiniportDriverHandle);
    NdisFreeSpinLock(&LkGlobalLock);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    NdisAllocateSpinLock(&LkGlobalLock);

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = LkInitialize;
    MChars.HaltHandlerEx = LkHalt;
    MChars.UnloadHandler = LkUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &LkMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeSpinLock(&LkGlobalLock);
        return Status;
    }

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"LkMux");
    PChars.BindAdapterHandlerEx = LkBindAdapter;
    PChars.UnbindAdapterHandlerEx = LkUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &LkProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(LkMiniportDriverHandle);
        NdisFreeSpinLock(&LkGlobalLock);
        return Status;
    }

    NdisAcquireSpinLock(&LkGlobalLock); // expect-note: IRQL set to DISPATCH_LEVEL by NdisAcquireSpinLock here
    LkDriverState |= LK_STATE_ASSOCIATED;
    NdisIMAssociateMiniport(LkMiniportDriverHandle, LkProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    NdisReleaseSpinLock(&LkGlobalLock);

    return STATUS_SUCCESS;
}
