/*
 * deinit_under_instack_queued_lock -- seeded defect: MiniportDevicePnPEventNotify
 * (PASSIVE_LEVEL) reacts to a surprise removal of the lower device by
 * stopping the virtual miniport; it takes the driver's in-stack queued spin
 * lock to look the VELAN up and calls NdisIMDeInitializeDeviceInstance
 * before releasing it, at DISPATCH_LEVEL.
 */
#include <ndis.h>

typedef struct _QL_VELAN {
    NDIS_HANDLE MiniportAdapterHandle;
    BOOLEAN Stopping;
} QL_VELAN, *PQL_VELAN;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE QlInitialize;
MINIPORT_HALT QlHalt;
MINIPORT_UNLOAD QlUnload;
MINIPORT_DEVICE_PNP_EVENT_NOTIFY QlDevicePnPEvent;
PROTOCOL_BIND_ADAPTER_EX QlBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX QlUnbindAdapter;

NDIS_HANDLE QlMiniportDriverHandle;
NDIS_HANDLE QlProtocolHandle;
KSPIN_LOCK QlVelanLock;
QL_VELAN QlVelan;

VOID QlDevicePnPEvent(NDIS_HANDLE MiniportAdapterContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    PQL_VELAN Velan = (PQL_VELAN)MiniportAdapterContext;
    KLOCK_QUEUE_HANDLE LockHandle;

    if (NetDevicePnPEvent->DevicePnPEvent != NdisDevicePnPEventSurpriseRemoved)
        return;

    KeAcquireInStackQueuedSpinLock(&QlVelanLock, &LockHandle); // expect-note: IRQL set to DISPATCH_LEVEL by KeAcquireInStackQueuedSpinLock here
    if (!Velan->Stopping && Velan->MiniportAdapterHandle != NULL) {
        Velan->Stopping = TRUE;
        NdisIMDeInitializeDeviceInstance(Velan->MiniportAdapterHandle); // expect: [Irql_IM_Function] NdisIMDeInitializeDeviceInstance called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    }
    KeReleaseInStackQueuedSpinLock(&LockHandle);
}

NDIS_STATUS QlInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Attributes;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    QlVelan.MiniportAdapterHandle = NdisMiniportHandle;
    QlVelan.Stopping = FALSE;

    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    Attributes.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Attributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Attributes.MiniportAdapterContext = &QlVelan;
    Attributes.InterfaceType = NdisInterfaceInternal;
    return NdisMSetMiniportAttributes(NdisMiniportHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Attributes);
}

VOID QlHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PQL_VELAN Velan = (PQL_VELAN)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    Velan->MiniportAdapterHandle = NULL;
}

NDIS_STATUS QlBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS QlUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID QlUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(QlProtocolHandle);
    NdisMDeregisterMiniportDriver(QlMiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    KeInitializeSpinLock(&QlVelanLock);

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = QlInitialize;
    MChars.HaltHandlerEx = QlHalt;
    MChars.UnloadHandler = QlUnload;
    MChars.DevicePnPEventNotifyHandler = QlDevicePnPEvent;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &QlMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"QlMux");
    PChars.BindAdapterHandlerEx = QlBindAdapter;
    PChars.UnbindAdapterHandlerEx = QlUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &QlProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(QlMiniportDriverHandle);
        return Status;
    }

    NdisIMAssociateMiniport(QlMiniportDriverHandle, QlProtocolHandle);
    return STATUS_SUCCESS;
}
