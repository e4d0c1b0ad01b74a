/*
 * status_unchecked -- seeded defect: DriverEntry registers the miniport edge
 * and never looks at the status NdisMRegisterMiniportDriver returns; if the
 * registration failed, the handle it associates is garbage.  The protocol
 * registration is checked with NT_SUCCESS and is fine.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE UcInitialize;
MINIPORT_HALT UcHalt;
MINIPORT_UNLOAD UcUnload;
PROTOCOL_BIND_ADAPTER_EX UcBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX UcUnbindAdapter;

NDIS_HANDLE UcMiniportDriverHandle;
NDIS_HANDLE UcProtocolHandle;

NDIS_STATUS UcInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID UcHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS UcBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS UcUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID UcUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(UcProtocolHandle);
    NdisMDeregisterMiniportDriver(UcMiniportDriverHandle);
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
    MChars.InitializeHandlerEx = UcInitialize;
    MChars.HaltHandlerEx = UcHalt;
    MChars.UnloadHandler = UcUnload;

    NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &UcMiniportDriverHandle); // expect-note: the handle passed as DriverHandle is written here

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"UcMux");
    PChars.BindAdapterHandlerEx = UcBindAdapter;
    PChars.UnbindAdapterHandlerEx = UcUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &UcProtocolHandle);
    if (!NT_SUCCESS(Status)) {
        NdisMDeregisterMiniportDriver(UcMiniportDriverHandle);
        return Status;
    }

    NdisIMAssociateMiniport(UcMiniportDriverHandle, UcProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: DriverHandle can come from NdisMRegisterMiniportDriver with its status unchecked
    return STATUS_SUCCESS;
}
