/*
 * ndis51_after_deregisterprotocol -- seeded defect in an NDIS 5.1
 * intermediate driver: both registrations are checked, but when the
 * protocol edge finds no adapter to bind to, DriverEntry releases it with
 * NdisDeregisterProtocol (status first, handle second) and still associates
 * the released handle.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;

NDIS_HANDLE OdWrapperHandle;
NDIS_HANDLE OdDriverHandle;
NDIS_HANDLE OdProtocolHandle;
ULONG OdAdaptersSeen;

static NDIS_STATUS OdInitialize(PNDIS_STATUS OpenErrorStatus, PUINT SelectedMediumIndex, PNDIS_MEDIUM MediumArray,
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

static VOID OdHalt(NDIS_HANDLE MiniportAdapterContext)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
}

static VOID OdBindAdapter(PNDIS_STATUS Status, NDIS_HANDLE BindContext, PNDIS_STRING DeviceName,
                          PVOID SystemSpecific1, PVOID SystemSpecific2)
{
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(DeviceName);
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    OdAdaptersSeen++;
    *Status = NDIS_STATUS_NOT_SUPPORTED;
}

static VOID OdUnbindAdapter(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE UnbindContext)
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
    NDIS_STATUS DeregisterStatus;

    NdisMInitializeWrapper(&OdWrapperHandle, DriverObject, RegistryPath, NULL);
    if (OdWrapperHandle == NULL)
        return NDIS_STATUS_FAILURE;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.MajorNdisVersion = 5;
    MChars.MinorNdisVersion = 1;
    MChars.InitializeHandler = OdInitialize;
    MChars.HaltHandler = OdHalt;

    Status = NdisIMRegisterLayeredMiniport(OdWrapperHandle, &MChars, sizeof(MChars), &OdDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisTerminateWrapper(OdWrapperHandle, NULL);
        return Status;
    }

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.MajorNdisVersion = 5;
    PChars.MinorNdisVersion = 0;
    NdisInitUnicodeString(&PChars.Name, L"OdMux");
    PChars.BindAdapterHandler = OdBindAdapter;
    PChars.UnbindAdapterHandler = OdUnbindAdapter;

    NdisRegisterProtocol(&Status, &OdProtocolHandle, &PChars, sizeof(PChars));
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisIMDeregisterLayeredMiniport(OdDriverHandle);
        NdisTerminateWrapper(OdWrapperHandle, NULL);
        return Status;
    }

    /* NDIS offered no adapter while the protocol registered. */
    if (OdAdaptersSeen == 0)
        NdisDeregisterProtocol(&DeregisterStatus, OdProtocolHandle); // expect-note: NdisDeregisterProtocol releases the handle passed as ProtocolHandle here

    NdisIMAssociateMiniport(OdDriverHandle, OdProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: ProtocolHandle can be released by NdisDeregisterProtocol
    return STATUS_SUCCESS;
}
