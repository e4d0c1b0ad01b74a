/*
 * clean_nt_success -- no defect.  Both registration statuses are tested with
 * NT_SUCCESS and an early return; the bind handler starts the virtual
 * miniport with NdisIMInitializeDeviceInstanceEx at PASSIVE_LEVEL, and the
 * unbind handler stops it with NdisIMDeInitializeDeviceInstance (or cancels
 * a start that has not completed) at PASSIVE_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE NsInitialize;
MINIPORT_HALT NsHalt;
MINIPORT_UNLOAD NsUnload;
PROTOCOL_BIND_ADAPTER_EX NsBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX NsUnbindAdapter;

NDIS_HANDLE NsMiniportDriverHandle;
NDIS_HANDLE NsProtocolHandle;
NDIS_HANDLE NsVirtualMiniportHandle;
NDIS_STRING NsDeviceInstance;
BOOLEAN NsStartPending;

NDIS_STATUS NsBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);

    NsStartPending = TRUE;
    Status = NdisIMInitializeDeviceInstanceEx(NsMiniportDriverHandle, &NsDeviceInstance, NULL);
    if (!NT_SUCCESS(Status))
        NsStartPending = FALSE;
    return Status;
}

NDIS_STATUS NsUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);

    if (NsStartPending) {
        NdisIMCancelInitializeDeviceInstance(NsMiniportDriverHandle, &NsDeviceInstance);
        NsStartPending = FALSE;
    } else if (NsVirtualMiniportHandle != NULL) {
        NdisIMDeInitializeDeviceInstance(NsVirtualMiniportHandle);
    }
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS NsInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    NsStartPending = FALSE;
    NsVirtualMiniportHandle = NdisMiniportHandle;
    return NDIS_STATUS_SUCCESS;
}

VOID NsHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
    NsVirtualMiniportHandle = NULL;
}

VOID NsUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(NsProtocolHandle);
    NdisMDeregisterMiniportDriver(NsMiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    NdisInitUnicodeString(&NsDeviceInstance, L"{0b7e5a3c-9d14-4e6f-8a21-c4d7f3e9b065}");

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = NsInitialize;
    MChars.HaltHandlerEx = NsHalt;
    MChars.UnloadHandler = NsUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &NsMiniportDriverHandle);
    if (!NT_SUCCESS(Status))
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"NsMux");
    PChars.BindAdapterHandlerEx = NsBindAdapter;
    PChars.UnbindAdapterHandlerEx = NsUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &NsProtocolHandle);
    if (!NT_SUCCESS(Status)) {
        NdisMDeregisterMiniportDriver(NsMiniportDriverHandle);
        return Status;
    }

    NdisIMAssociateMiniport(NsMiniportDriverHandle, NsProtocolHandle);
    return STATUS_SUCCESS;
}
