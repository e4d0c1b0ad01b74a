/*
 * initdevinst_from_dpc -- seeded defect: when the lower adapter reports that
 * its link came up, the driver queues a DPC, and the DPC starts the virtual
 * miniport with NdisIMInitializeDeviceInstanceEx.  A DPC runs at
 * DISPATCH_LEVEL; the function requires PASSIVE_LEVEL (a work item would be
 * right).  The association in DriverEntry is correct.  The DPC routine has
 * no role-type declaration: only its registration with KeInitializeDpc
 * tells that it runs at DISPATCH_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE DpInitialize;
MINIPORT_HALT DpHalt;
MINIPORT_UNLOAD DpUnload;
PROTOCOL_BIND_ADAPTER_EX DpBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX DpUnbindAdapter;
PROTOCOL_STATUS_EX DpStatus;

NDIS_HANDLE DpMiniportDriverHandle;
NDIS_HANDLE DpProtocolHandle;
NDIS_STRING DpDeviceInstance;
KDPC DpStartDpc;
LONG DpStarted;

VOID DpStartVirtualMiniportDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument2);

    Status = NdisIMInitializeDeviceInstanceEx(DpMiniportDriverHandle, &DpDeviceInstance, SystemArgument1); // expect: [Irql_IM_Function] NdisIMInitializeDeviceInstanceEx called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    if (Status != NDIS_STATUS_SUCCESS)
        InterlockedExchange(&DpStarted, 0);
}

VOID DpStatus(NDIS_HANDLE ProtocolBindingContext, PNDIS_STATUS_INDICATION StatusIndication)
{
    if (StatusIndication->StatusCode != NDIS_STATUS_LINK_STATE)
        return;
    if (InterlockedCompareExchange(&DpStarted, 1, 0) == 0)
        KeInsertQueueDpc(&DpStartDpc, ProtocolBindingContext, NULL);
}

NDIS_STATUS DpInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID DpHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS DpBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS DpUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID DpUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    KeRemoveQueueDpc(&DpStartDpc);
    NdisDeregisterProtocolDriver(DpProtocolHandle);
    NdisMDeregisterMiniportDriver(DpMiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    NdisInitUnicodeString(&DpDeviceInstance, L"{5d1d0c4e-2f7a-4a43-9c56-0f3b9e1a7d21}");

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = DpInitialize;
    MChars.HaltHandlerEx = DpHalt;
    MChars.UnloadHandler = DpUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &DpMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"DpMux");
    PChars.BindAdapterHandlerEx = DpBindAdapter;
    PChars.UnbindAdapterHandlerEx = DpUnbindAdapter;
    PChars.StatusHandlerEx = DpStatus;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &DpProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(DpMiniportDriverHandle);
        return Status;
    }

    NdisIMAssociateMiniport(DpMiniportDriverHandle, DpProtocolHandle);

    KeInitializeDpc(&DpStartDpc, DpStartVirtualMiniportDpc, NULL); // expect-note: entry point DpStartVirtualMiniportDpc (KDEFERRED_ROUTINE) registered here
    return STATUS_SUCCESS;
}
