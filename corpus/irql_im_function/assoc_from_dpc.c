/*
 * assoc_from_dpc -- seeded defect: DriverEntry registers both edges and then
 * defers the association to a DPC "so that it happens after DriverEntry has
 * returned".  That is wrong twice over, and both are reported on the one
 * call: the DPC runs at DISPATCH_LEVEL, and it is an entry point other than
 * DriverEntry.
 */
#include <ndis.h>

typedef struct _DC_GLOBALS {
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;
    KDPC AssociateDpc;
} DC_GLOBALS;

DC_GLOBALS DcGlobals;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE DcInitialize;
MINIPORT_HALT DcHalt;
MINIPORT_UNLOAD DcUnload;
PROTOCOL_BIND_ADAPTER_EX DcBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX DcUnbindAdapter;
KDEFERRED_ROUTINE DcAssociateDpc;

VOID DcAssociateDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    NdisIMAssociateMiniport(DcGlobals.MiniportDriverHandle, DcGlobals.ProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL expect: [Irql_IM_Function] NdisIMAssociateMiniport is reachable from entry point DcAssociateDpc (KDEFERRED_ROUTINE); it may only be called from DriverEntry
}

NDIS_STATUS DcInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID DcHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS DcBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS DcUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID DcUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeFlushQueuedDpcs();
    NdisDeregisterProtocolDriver(DcGlobals.ProtocolHandle);
    NdisMDeregisterMiniportDriver(DcGlobals.MiniportDriverHandle);
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
    MChars.InitializeHandlerEx = DcInitialize;
    MChars.HaltHandlerEx = DcHalt;
    MChars.UnloadHandler = DcUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &DcGlobals.MiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"DcMux");
    PChars.BindAdapterHandlerEx = DcBindAdapter;
    PChars.UnbindAdapterHandlerEx = DcUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &DcGlobals.ProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(DcGlobals.MiniportDriverHandle);
        return Status;
    }

    KeInitializeDpc(&DcGlobals.AssociateDpc, DcAssociateDpc, NULL);
    KeInsertQueueDpc(&DcGlobals.AssociateDpc, NULL, NULL);
    return STATUS_SUCCESS;
}
