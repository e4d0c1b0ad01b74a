/*
 * clean_ndis51 -- no defect, NDIS 5.1 style.  DriverEntry initialises the
 * wrapper, registers the layered miniport with NdisIMRegisterLayeredMiniport
 * (checked on its return value), registers the protocol with
 * NdisRegisterProtocol (checked through the status it writes via its first
 * parameter), and associates.  The unload handler releases both with the
 * NDIS 5.1 deregistration calls.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;

NDIS_HANDLE OkWrapperHandle;
NDIS_HANDLE OkDriverHandle;
NDIS_HANDLE OkProtocolHandle;

static NDIS_STATUS OkInitialize(PNDIS_STATUS OpenErrorStatus, PUINT SelectedMediumIndex, PNDIS_MEDIUM MediumArray,
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

static VOID OkHalt(NDIS_HANDLE MiniportAdapterContext)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
}

static VOID OkBindAdapter(PNDIS_STATUS Status, NDIS_HANDLE BindContext, PNDIS_STRING DeviceName,
                          PVOID SystemSpecific1, PVOID SystemSpecific2)
{
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(DeviceName);
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    *Status = NDIS_STATUS_NOT_SUPPORTED;
}

static VOID OkUnbindAdapter(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE UnbindContext)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    UNREFERENCED_PARAMETER(UnbindContext);
    *Status = NDIS_STATUS_SUCCESS;
}

static VOID OkUnload(PDRIVER_OBJECT DriverObject)
{
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocol(&Status, OkProtocolHandle);
    NdisIMDeregisterLayeredMiniport(OkDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    NdisMInitializeWrapper(&OkWrapperHandle, DriverObject, RegistryPath, NULL);
    if (OkWrapperHandle == NULL)
        return NDIS_STATUS_FAILURE;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.MajorNdisVersion = 5;
    MChars.MinorNdisVersion = 1;
    MChars.InitializeHandler = OkInitialize;
    MChars.HaltHandler = OkHalt;

    Status = NdisIMRegisterLayeredMiniport(OkWrapperHandle, &MChars, sizeof(MChars), &OkDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisTerminateWrapper(OkWrapperHandle, NULL);
        return Status;
    }

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.MajorNdisVersion = 5;
    PChars.MinorNdisVersion = 0;
    NdisInitUnicodeString(&PChars.Name, L"OkMux");
    PChars.BindAdapterHandler = OkBindAdapter;
    PChars.UnbindAdapterHandler = OkUnbindAdapter;

    NdisRegisterProtocol(&Status, &OkProtocolHandle, &PChars, sizeof(PChars));
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisIMDeregisterLayeredMiniport(OkDriverHandle);
        NdisTerminateWrapper(OkWrapperHandle, NULL);
        return Status;
    }

    NdisIMAssociateMiniport(OkDriverHandle, OkProtocolHandle);
    NdisMRegisterUnloadHandler(OkWrapperHandle, OkUnload);
    return STATUS_SUCCESS;
}
