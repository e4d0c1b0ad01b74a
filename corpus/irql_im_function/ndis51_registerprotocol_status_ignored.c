/*
 * ndis51_registerprotocol_status_ignored -- seeded defect in an NDIS 5.1
 * intermediate driver: NdisRegisterProtocol reports its status through its
 * first parameter, not through a return value, and this DriverEntry never
 * reads it.  The handle NdisRegisterProtocol wrote through its second
 * parameter can therefore come from a failed registration.  The layered
 * miniport registration is checked.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;

NDIS_HANDLE OlWrapperHandle;
NDIS_HANDLE OlDriverHandle;
NDIS_HANDLE OlProtocolHandle;
NDIS_MEDIUM OlMediumArray[] = { NdisMedium802_3 };

static NDIS_STATUS OlInitialize(PNDIS_STATUS OpenErrorStatus, PUINT SelectedMediumIndex, PNDIS_MEDIUM MediumArray,
                                UINT MediumArraySize, NDIS_HANDLE MiniportAdapterHandle,
                                NDIS_HANDLE WrapperConfigurationContext)
{
    UINT i;

    UNREFERENCED_PARAMETER(MiniportAdapterHandle);
    UNREFERENCED_PARAMETER(WrapperConfigurationContext);

    *OpenErrorStatus = NDIS_STATUS_SUCCESS;
    for (i = 0; i < MediumArraySize; i++) {
        if (MediumArray[i] == NdisMedium802_3) {
            *SelectedMediumIndex = i;
            return NDIS_STATUS_SUCCESS;
        }
    }
    return NDIS_STATUS_UNSUPPORTED_MEDIA;
}

static VOID OlHalt(NDIS_HANDLE MiniportAdapterContext)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
}

static VOID OlBindAdapter(PNDIS_STATUS Status, NDIS_HANDLE BindContext, PNDIS_STRING DeviceName,
                          PVOID SystemSpecific1, PVOID SystemSpecific2)
{
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(DeviceName);
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    *Status = NDIS_STATUS_NOT_SUPPORTED;
}

static VOID OlUnbindAdapter(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE UnbindContext)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(UnbindContext);
    *Status = NDIS_STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    NdisMInitializeWrapper(&OlWrapperHandle, DriverObject, RegistryPath, NULL);
    if (OlWrapperHandle == NULL)
        return NDIS_STATUS_FAILURE;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.MajorNdisVersion = 5;
    MChars.MinorNdisVersion = 1;
    MChars.InitializeHandler = OlInitialize;
    MChars.HaltHandler = OlHalt;

    Status = NdisIMRegisterLayeredMiniport(OlWrapperHandle, &MChars, sizeof(MChars), &OlDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisTerminateWrapper(OlWrapperHandle, NULL);
        return Status;
    }

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.MajorNdisVersion = 5;
    PChars.MinorNdisVersion = 0;
    NdisInitUnicodeString(&PChars.Name, L"OlMux");
    PChars.BindAdapterHandler = OlBindAdapter;
    PChars.UnbindAdapterHandler = OlUnbindAdapter;

    NdisRegisterProtocol(&Status, &OlProtocolHandle, &PChars, sizeof(PChars)); // expect-note: the handle passed as ProtocolHandle is written here

    NdisIMAssociateMiniport(OlDriverHandle, OlProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: ProtocolHandle can come from NdisRegisterProtocol with its status unchecked
    return STATUS_SUCCESS;
}
