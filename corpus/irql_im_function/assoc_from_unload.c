/*
 * assoc_from_unload -- seeded defect: the unload routine "re-associates" the
 * two edges before tearing them down, believing NDIS needs the pairing to
 * route the final unbinds.  The call runs at PASSIVE_LEVEL with live handles,
 * but its caller is the MiniportDriverUnload entry point, not DriverEntry.
 * (DriverEntry makes the association correctly; the protocol edge is
 * registered first.)
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE UdInitialize;
MINIPORT_HALT UdHalt;
MINIPORT_UNLOAD UdUnload;
PROTOCOL_BIND_ADAPTER_EX UdBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX UdUnbindAdapter;

NDIS_HANDLE UdMiniportDriverHandle;
NDIS_HANDLE UdProtocolHandle;

VOID UdUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);

    NdisIMAssociateMiniport(UdMiniportDriverHandle, UdProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport is reachable from entry point UdUnload
    NdisDeregisterProtocolDriver(UdProtocolHandle);
    NdisMDeregisterMiniportDriver(UdMiniportDriverHandle);
}

NDIS_STATUS UdInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID UdHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS UdBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS UdUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"UdMux");
    PChars.BindAdapterHandlerEx = UdBindAdapter;
    PChars.UnbindAdapterHandlerEx = UdUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &UdProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = UdInitialize;
    MChars.HaltHandlerEx = UdHalt;
    MChars.UnloadHandler = UdUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &UdMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisDeregisterProtocolDriver(UdProtocolHandle);
        return Status;
    }

    NdisIMAssociateMiniport(UdMiniportDriverHandle, UdProtocolHandle);
    return STATUS_SUCCESS;
}
