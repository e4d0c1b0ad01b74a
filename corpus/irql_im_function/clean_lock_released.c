/*
 * clean_lock_released -- no defect.  DriverEntry publishes its state under
 * the global spin lock, releases it, and only then associates; the bind
 * handler links the binding under the lock and starts the virtual miniport
 * after releasing it.  Every IM call runs at PASSIVE_LEVEL.
 */
#include <ndis.h>

#define LR_TAG 'xMrL'

typedef struct _LR_BINDING {
    LIST_ENTRY Link;
    NDIS_STRING DeviceInstance;
} LR_BINDING, *PLR_BINDING;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE LrInitialize;
MINIPORT_HALT LrHalt;
MINIPORT_UNLOAD LrUnload;
PROTOCOL_BIND_ADAPTER_EX LrBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX LrUnbindAdapter;

NDIS_HANDLE LrMiniportDriverHandle;
NDIS_HANDLE LrProtocolHandle;
NDIS_SPIN_LOCK LrLock;
LIST_ENTRY LrBindings;
BOOLEAN LrReady;

NDIS_STATUS LrBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    PLR_BINDING Binding;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);

    Binding = NdisAllocateMemoryWithTagPriority(LrProtocolHandle, sizeof(LR_BINDING), LR_TAG, NormalPoolPriority);
    if (Binding == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(Binding, sizeof(LR_BINDING));
    NdisInitUnicodeString(&Binding->DeviceInstance, L"{71d2f0a8-3c5b-4e9d-b617-2a8c4e0f5d39}");

    NdisAcquireSpinLock(&LrLock);
    InsertTailList(&LrBindings, &Binding->Link);
    NdisReleaseSpinLock(&LrLock);

    Status = NdisIMInitializeDeviceInstanceEx(LrMiniportDriverHandle, &Binding->DeviceInstance, Binding);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisAcquireSpinLock(&LrLock);
        RemoveEntryList(&Binding->Link);
        NdisReleaseSpinLock(&LrLock);
        NdisFreeMemoryWithTagPriority(LrProtocolHandle, Binding, LR_TAG);
    }
    return Status;
}

NDIS_STATUS LrUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS LrInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID LrHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

VOID LrUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(LrProtocolHandle);
    NdisMDeregisterMiniportDriver(LrMiniportDriverHandle);
    NdisFreeSpinLock(&LrLock);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    NdisAllocateSpinLock(&LrLock);
    InitializeListHead(&LrBindings);

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = LrInitialize;
    MChars.HaltHandlerEx = LrHalt;
    MChars.UnloadHandler = LrUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &LrMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeSpinLock(&LrLock);
        return Status;
    }

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"LrMux");
    PChars.BindAdapterHandlerEx = LrBindAdapter;
    PChars.UnbindAdapterHandlerEx = LrUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &LrProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(LrMiniportDriverHandle);
        NdisFreeSpinLock(&LrLock);
        return Status;
    }

    NdisAcquireSpinLock(&LrLock);
    LrReady = TRUE;
    NdisReleaseSpinLock(&LrLock);

    NdisIMAssociateMiniport(LrMiniportDriverHandle, LrProtocolHandle);
    return STATUS_SUCCESS;
}
