/*
 * initdevinst_bind_under_lock -- seeded defect: ProtocolBindAdapterEx (a
 * PASSIVE_LEVEL callback) links the new binding into the adapter list and,
 * still holding the list's spin lock, starts the virtual miniport with
 * NdisIMInitializeDeviceInstanceEx -- at DISPATCH_LEVEL.
 */
#include <ndis.h>

#define UL_TAG 'xMlU'

typedef struct _UL_ADAPTER {
    LIST_ENTRY Link;
    NDIS_HANDLE BindingHandle;
    NDIS_STRING DeviceInstance;
    UINT SelectedMediumIndex;
} UL_ADAPTER, *PUL_ADAPTER;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE UlInitialize;
MINIPORT_HALT UlHalt;
MINIPORT_UNLOAD UlUnload;
PROTOCOL_BIND_ADAPTER_EX UlBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX UlUnbindAdapter;
PROTOCOL_OPEN_ADAPTER_COMPLETE_EX UlOpenAdapterComplete;
PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX UlCloseAdapterComplete;

NDIS_HANDLE UlMiniportDriverHandle;
NDIS_HANDLE UlProtocolHandle;
NDIS_SPIN_LOCK UlAdapterListLock;
LIST_ENTRY UlAdapterList;

NDIS_STATUS UlBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    NDIS_OPEN_PARAMETERS OpenParameters;
    NDIS_MEDIUM Medium = NdisMedium802_3;
    PUL_ADAPTER Adapter;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);

    Adapter = NdisAllocateMemoryWithTagPriority(UlProtocolHandle, sizeof(UL_ADAPTER), UL_TAG, NormalPoolPriority);
    if (Adapter == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(Adapter, sizeof(UL_ADAPTER));
    NdisInitUnicodeString(&Adapter->DeviceInstance, L"{8f2c61b0-4d3e-4c5a-b8a7-3e1f0d9c6b54}");

    NdisZeroMemory(&OpenParameters, sizeof(OpenParameters));
    OpenParameters.Header.Type = NDIS_OBJECT_TYPE_OPEN_PARAMETERS;
    OpenParameters.Header.Revision = NDIS_OPEN_PARAMETERS_REVISION_1;
    OpenParameters.Header.Size = NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1;
    OpenParameters.AdapterName = BindParameters->AdapterName;
    OpenParameters.MediumArray = &Medium;
    OpenParameters.MediumArraySize = 1;
    OpenParameters.SelectedMediumIndex = &Adapter->SelectedMediumIndex;

    Status = NdisOpenAdapterEx(UlProtocolHandle, Adapter, &OpenParameters, BindContext, &Adapter->BindingHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeMemoryWithTagPriority(UlProtocolHandle, Adapter, UL_TAG);
        return Status;
    }

    NdisAcquireSpinLock(&UlAdapterListLock); // expect-note: IRQL set to DISPATCH_LEVEL by NdisAcquireSpinLock here
    InsertTailList(&UlAdapterList, &Adapter->Link);
    Status = NdisIMInitializeDeviceInstanceEx(UlMiniportDriverHandle, &Adapter->DeviceInstance, Adapter); // expect: [Irql_IM_Function] NdisIMInitializeDeviceInstanceEx called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    NdisReleaseSpinLock(&UlAdapterListLock);

    return NDIS_STATUS_SUCCESS;
}

VOID UlOpenAdapterComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(Status);
}

VOID UlCloseAdapterComplete(NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
}

NDIS_STATUS UlUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PUL_ADAPTER Adapter = (PUL_ADAPTER)ProtocolBindingContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(UnbindContext);

    NdisAcquireSpinLock(&UlAdapterListLock);
    RemoveEntryList(&Adapter->Link);
    NdisReleaseSpinLock(&UlAdapterListLock);

    Status = NdisCloseAdapterEx(Adapter->BindingHandle);
    NdisFreeMemoryWithTagPriority(UlProtocolHandle, Adapter, UL_TAG);
    return Status;
}

NDIS_STATUS UlInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID UlHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

VOID UlUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(UlProtocolHandle);
    NdisMDeregisterMiniportDriver(UlMiniportDriverHandle);
    NdisFreeSpinLock(&UlAdapterListLock);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    NdisAllocateSpinLock(&UlAdapterListLock);
    InitializeListHead(&UlAdapterList);

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = UlInitialize;
    MChars.HaltHandlerEx = UlHalt;
    MChars.UnloadHandler = UlUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &UlMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"UlMux");
    PChars.BindAdapterHandlerEx = UlBindAdapter;
    PChars.UnbindAdapterHandlerEx = UlUnbindAdapter;
    PChars.OpenAdapterCompleteHandlerEx = UlOpenAdapterComplete;
    PChars.CloseAdapterCompleteHandlerEx = UlCloseAdapterComplete;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &UlProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(UlMiniportDriverHandle);
        return Status;
    }

    NdisIMAssociateMiniport(UlMiniportDriverHandle, UlProtocolHandle);
    return STATUS_SUCCESS;
}
