/*
 * clean_kelowerirql -- no defect.  DriverEntry raises the IRQL to
 * DISPATCH_LEVEL around a short critical section (and, separately, holds an
 * executive spin lock around another), lowers it with KeLowerIrql /
 * KeReleaseSpinLock, and associates afterwards at PASSIVE_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE KlInitialize;
MINIPORT_HALT KlHalt;
MINIPORT_UNLOAD KlUnload;
PROTOCOL_BIND_ADAPTER_EX KlBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX KlUnbindAdapter;

NDIS_HANDLE KlMiniportDriverHandle;
NDIS_HANDLE KlProtocolHandle;
KSPIN_LOCK KlStatsLock;
ULONG KlGeneration;
ULONG KlLoads;

NDIS_STATUS KlInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID KlHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS KlBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS KlUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID KlUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(KlProtocolHandle);
    NdisMDeregisterMiniportDriver(KlMiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;
    KIRQL OldIrql;

    KeInitializeSpinLock(&KlStatsLock);

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = KlInitialize;
    MChars.HaltHandlerEx = KlHalt;
    MChars.UnloadHandler = KlUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &KlMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"KlMux");
    PChars.BindAdapterHandlerEx = KlBindAdapter;
    PChars.UnbindAdapterHandlerEx = KlUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &KlProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(KlMiniportDriverHandle);
        return Status;
    }

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    KlGeneration++;
    KeLowerIrql(OldIrql);

    KeAcquireSpinLock(&KlStatsLock, &OldIrql);
    KlLoads++;
    KeReleaseSpinLock(&KlStatsLock, OldIrql);

    NdisIMAssociateMiniport(KlMiniportDriverHandle, KlProtocolHandle);
    return STATUS_SUCCESS;
}
