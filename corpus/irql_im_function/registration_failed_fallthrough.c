/*
 * registration_failed_fallthrough -- seeded defect: the driver tests the
 * protocol registration's status, but the failure branch only records the
 * error and falls through to the association, so on that path
 * ProtocolHandle is the handle of a failed NdisRegisterProtocolDriver.
 * The miniport registration is checked with an early return.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE FfInitialize;
MINIPORT_HALT FfHalt;
MINIPORT_UNLOAD FfUnload;
PROTOCOL_BIND_ADAPTER_EX FfBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX FfUnbindAdapter;

NDIS_HANDLE FfMiniportDriverHandle;
NDIS_HANDLE FfProtocolHandle;
NDIS_STATUS FfLastError;
BOOLEAN FfLowerEdgeMissing;

NDIS_STATUS FfInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return FfLowerEdgeMissing ? NDIS_STATUS_FAILURE : NDIS_STATUS_SUCCESS;
}

VOID FfHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS FfBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS FfUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID FfUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (!FfLowerEdgeMissing)
        NdisDeregisterProtocolDriver(FfProtocolHandle);
    NdisMDeregisterMiniportDriver(FfMiniportDriverHandle);
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
    MChars.InitializeHandlerEx = FfInitialize;
    MChars.HaltHandlerEx = FfHalt;
    MChars.UnloadHandler = FfUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &FfMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"FfMux");
    PChars.BindAdapterHandlerEx = FfBindAdapter;
    PChars.UnbindAdapterHandlerEx = FfUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &FfProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        /* Keep the miniport edge so the adapter can report the failure. */
        FfLastError = Status;
        FfLowerEdgeMissing = TRUE;
    }

    NdisIMAssociateMiniport(FfMiniportDriverHandle, FfProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: ProtocolHandle can be the handle of a failed NdisRegisterProtocolDriver
    return STATUS_SUCCESS;
}
