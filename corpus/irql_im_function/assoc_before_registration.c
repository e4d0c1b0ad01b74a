/*
 * assoc_before_registration -- seeded defect: DriverEntry associates right
 * after the miniport edge is registered, and registers the protocol edge only
 * afterwards, so ProtocolHandle is read before NdisRegisterProtocolDriver
 * writes it.  Both statuses are checked, with goto-based cleanup.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE BrInitialize;
MINIPORT_HALT BrHalt;
MINIPORT_UNLOAD BrUnload;
PROTOCOL_BIND_ADAPTER_EX BrBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX BrUnbindAdapter;

NDIS_HANDLE BrMiniportDriverHandle;
NDIS_HANDLE BrProtocolHandle;

NDIS_STATUS BrInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID BrHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS BrBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS BrUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID BrUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(BrProtocolHandle);
    NdisMDeregisterMiniportDriver(BrMiniportDriverHandle);
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
    MChars.InitializeHandlerEx = BrInitialize;
    MChars.HaltHandlerEx = BrHalt;
    MChars.UnloadHandler = BrUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &BrMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto out;

    NdisIMAssociateMiniport(BrMiniportDriverHandle, BrProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: ProtocolHandle can be used before NdisRegisterProtocolDriver writes it

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"BrMux");
    PChars.BindAdapterHandlerEx = BrBindAdapter;
    PChars.UnbindAdapterHandlerEx = BrUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &BrProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto undo_miniport;

    return STATUS_SUCCESS;

undo_miniport:
    NdisMDeregisterMiniportDriver(BrMiniportDriverHandle);
out:
    return Status;
}
