/*
 * getbindingctx_from_dpc -- seeded defect: the driver sits above another
 * intermediate driver and looks up the lower driver's device context lazily,
 * in the DPC that drains its receive queue.  NdisIMGetBindingContext
 * requires an IRQL below DISPATCH_LEVEL (its page: "< DISPATCH_LEVEL"); a
 * DPC runs at DISPATCH_LEVEL.  The lookup belongs in ProtocolBindAdapterEx.
 */
#include <ndis.h>

#define GB_TAG 'xMbG'

typedef struct _GB_BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_HANDLE LowerDeviceContext;
    KDPC ReceiveDpc;
    UINT SelectedMediumIndex;
} GB_BINDING, *PGB_BINDING;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE GbInitialize;
MINIPORT_HALT GbHalt;
MINIPORT_UNLOAD GbUnload;
PROTOCOL_BIND_ADAPTER_EX GbBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX GbUnbindAdapter;
PROTOCOL_RECEIVE_NET_BUFFER_LISTS GbReceive;
KDEFERRED_ROUTINE GbReceiveDpc;

NDIS_HANDLE GbMiniportDriverHandle;
NDIS_HANDLE GbProtocolHandle;

VOID GbReceiveDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PGB_BINDING Binding = (PGB_BINDING)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    if (Binding->LowerDeviceContext == NULL)
        Binding->LowerDeviceContext = NdisIMGetBindingContext(Binding->BindingHandle); // expect: [Irql_IM_Function] NdisIMGetBindingContext called at DISPATCH_LEVEL
}

VOID GbReceive(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
               ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    PGB_BINDING Binding = (PGB_BINDING)ProtocolBindingContext;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(NumberOfNetBufferLists);

    KeInsertQueueDpc(&Binding->ReceiveDpc, NULL, NULL);
    if ((ReceiveFlags & NDIS_RECEIVE_FLAGS_RESOURCES) == 0)
        NdisReturnNetBufferLists(Binding->BindingHandle, NetBufferLists, 0);
}

NDIS_STATUS GbBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    NDIS_OPEN_PARAMETERS OpenParameters;
    NDIS_MEDIUM Medium = NdisMedium802_3;
    PGB_BINDING Binding;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);

    Binding = NdisAllocateMemoryWithTagPriority(GbProtocolHandle, sizeof(GB_BINDING), GB_TAG, NormalPoolPriority);
    if (Binding == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(Binding, sizeof(GB_BINDING));
    KeInitializeDpc(&Binding->ReceiveDpc, GbReceiveDpc, Binding);

    NdisZeroMemory(&OpenParameters, sizeof(OpenParameters));
    OpenParameters.Header.Type = NDIS_OBJECT_TYPE_OPEN_PARAMETERS;
    OpenParameters.Header.Revision = NDIS_OPEN_PARAMETERS_REVISION_1;
    OpenParameters.Header.Size = NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1;
    OpenParameters.AdapterName = BindParameters->AdapterName;
    OpenParameters.MediumArray = &Medium;
    OpenParameters.MediumArraySize = 1;
    OpenParameters.SelectedMediumIndex = &Binding->SelectedMediumIndex;

    Status = NdisOpenAdapterEx(GbProtocolHandle, Binding, &OpenParameters, BindContext, &Binding->BindingHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        NdisFreeMemoryWithTagPriority(GbProtocolHandle, Binding, GB_TAG);
    return Status;
}

NDIS_STATUS GbUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PGB_BINDING Binding = (PGB_BINDING)ProtocolBindingContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(UnbindContext);
    KeRemoveQueueDpc(&Binding->ReceiveDpc);
    Status = NdisCloseAdapterEx(Binding->BindingHandle);
    NdisFreeMemoryWithTagPriority(GbProtocolHandle, Binding, GB_TAG);
    return Status;
}

NDIS_STATUS GbInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID GbHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

VOID GbUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(GbProtocolHandle);
    NdisMDeregisterMiniportDriver(GbMiniportDriverHandle);
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
    MChars.InitializeHandlerEx = GbInitialize;
    MChars.HaltHandlerEx = GbHalt;
    MChars.UnloadHandler = GbUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &GbMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"GbMux");
    PChars.BindAdapterHandlerEx = GbBindAdapter;
    PChars.UnbindAdapterHandlerEx = GbUnbindAdapter;
    PChars.ReceiveNetBufferListsHandler = GbReceive;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &GbProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(GbMiniportDriverHandle);
        return Status;
    }

    NdisIMAssociateMiniport(GbMiniportDriverHandle, GbProtocolHandle);
    return STATUS_SUCCESS;
}
