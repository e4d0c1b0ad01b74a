/*
 * im_under_kespinlock -- seeded defect: the driver keeps its handles in one
 * global structure guarded by an executive spin lock, and publishes the
 * association inside the KeAcquireSpinLock / KeReleaseSpinLock pair, i.e. at
 * DISPATCH_LEVEL.
 */
#include <ndis.h>

typedef struct _KS_GLOBALS {
    KSPIN_LOCK Lock;
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;
    BOOLEAN Associated;
    LIST_ENTRY AdapterList;
} KS_GLOBALS;

KS_GLOBALS KsGlobals;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE KsInitialize;
MINIPORT_HALT KsHalt;
MINIPORT_UNLOAD KsUnload;
PROTOCOL_BIND_ADAPTER_EX KsBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX KsUnbindAdapter;

NDIS_STATUS KsInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID KsHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS KsBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS KsUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID KsUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(KsGlobals.ProtocolHandle);
    NdisMDeregisterMiniportDriver(KsGlobals.MiniportDriverHandle);
}

static VOID KsFillCharacteristics(PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars,
                                  PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars)
{
    NdisZeroMemory(MChars, sizeof(*MChars));
    MChars->Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars->Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars->Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars->MajorNdisVersion = 6;
    MChars->MinorNdisVersion = 30;
    MChars->Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars->InitializeHandlerEx = KsInitialize;
    MChars->HaltHandlerEx = KsHalt;
    MChars->UnloadHandler = KsUnload;

    NdisZeroMemory(PChars, sizeof(*PChars));
    PChars->Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars->Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars->Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars->MajorNdisVersion = 6;
    PChars->MinorNdisVersion = 30;
    NdisInitUnicodeString(&PChars->Name, L"KsMux");
    PChars->BindAdapterHandlerEx = KsBindAdapter;
    PChars->UnbindAdapterHandlerEx = KsUnbindAdapter;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;
    KIRQL OldIrql;

    KeInitializeSpinLock(&KsGlobals.Lock);
    InitializeListHead(&KsGlobals.AdapterList);
    KsFillCharacteristics(&MChars, &PChars);

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &KsGlobals.MiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &KsGlobals.ProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(KsGlobals.MiniportDriverHandle);
        return Status;
    }

    KeAcquireSpinLock(&KsGlobals.Lock, &OldIrql); // expect-note: IRQL set to DISPATCH_LEVEL by KeAcquireSpinLock here
    if (!KsGlobals.Associated) {
        NdisIMAssociateMiniport(KsGlobals.MiniportDriverHandle, KsGlobals.ProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        KsGlobals.Associated = TRUE;
    }
    KeReleaseSpinLock(&KsGlobals.Lock, OldIrql);

    return STATUS_SUCCESS;
}
