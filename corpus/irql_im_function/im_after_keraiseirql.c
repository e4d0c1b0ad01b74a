/*
 * im_after_keraiseirql -- seeded defect: DriverEntry raises the IRQL to
 * DISPATCH_LEVEL to update per-processor counters and makes the association
 * before it lowers the IRQL again.  The handles are registered into locals,
 * checked, and copied into globals first.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE RqInitialize;
MINIPORT_HALT RqHalt;
MINIPORT_UNLOAD RqUnload;
PROTOCOL_BIND_ADAPTER_EX RqBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX RqUnbindAdapter;

NDIS_HANDLE RqMiniportDriverHandle;
NDIS_HANDLE RqProtocolHandle;
volatile LONG RqLoadCount;

NDIS_STATUS RqInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID RqHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS RqBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS RqUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID RqUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(RqProtocolHandle);
    NdisMDeregisterMiniportDriver(RqMiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_HANDLE MpHandle = NULL;
    NDIS_HANDLE PtHandle = NULL;
    NDIS_STATUS Status;
    KIRQL OldIrql;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = RqInitialize;
    MChars.HaltHandlerEx = RqHalt;
    MChars.UnloadHandler = RqUnload;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"RqMux");
    PChars.BindAdapterHandlerEx = RqBindAdapter;
    PChars.UnbindAdapterHandlerEx = RqUnbindAdapter;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &MpHandle);
    if (!NT_SUCCESS(Status))
        return Status;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &PtHandle);
    if (!NT_SUCCESS(Status)) {
        NdisMDeregisterMiniportDriver(MpHandle);
        return Status;
    }

    RqMiniportDriverHandle = MpHandle;
    RqProtocolHandle = PtHandle;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql); // expect-note: IRQL set to DISPATCH_LEVEL by KeRaiseIrql here
    RqLoadCount++;
    NdisIMAssociateMiniport(RqMiniportDriverHandle, RqProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    KeLowerIrql(OldIrql);

    return STATUS_SUCCESS;
}
