/*
 * deinitdevinst_under_lock -- seeded defect: ProtocolUnbindAdapterEx walks the
 * binding's virtual miniports under the binding's spin lock and tears each
 * one down with NdisIMDeInitializeDeviceInstance without dropping the lock
 * first, so the call runs at DISPATCH_LEVEL.
 */
#include <ndis.h>

#define DL_TAG 'xMlD'
#define DL_MAX_VELANS 4

typedef struct _DL_BINDING {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE BindingHandle;
    NDIS_HANDLE VelanMiniportHandle[DL_MAX_VELANS];
    ULONG VelanCount;
} DL_BINDING, *PDL_BINDING;

typedef struct _DL_GLOBALS {
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;
} DL_GLOBALS;

DL_GLOBALS DlGlobals;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE DlInitialize;
MINIPORT_HALT DlHalt;
MINIPORT_UNLOAD DlUnload;
PROTOCOL_BIND_ADAPTER_EX DlBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX DlUnbindAdapter;

NDIS_STATUS DlUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PDL_BINDING Binding = (PDL_BINDING)ProtocolBindingContext;
    NDIS_STATUS Status;
    ULONG i;

    UNREFERENCED_PARAMETER(UnbindContext);

    NdisAcquireSpinLock(&Binding->Lock); // expect-note: IRQL set to DISPATCH_LEVEL by NdisAcquireSpinLock here
    for (i = 0; i < Binding->VelanCount; i++) {
        if (Binding->VelanMiniportHandle[i] != NULL) {
            Status = NdisIMDeInitializeDeviceInstance(Binding->VelanMiniportHandle[i]); // expect: [Irql_IM_Function] NdisIMDeInitializeDeviceInstance called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
            if (Status == NDIS_STATUS_SUCCESS)
                Binding->VelanMiniportHandle[i] = NULL;
        }
    }
    Binding->VelanCount = 0;
    NdisReleaseSpinLock(&Binding->Lock);

    Status = NdisCloseAdapterEx(Binding->BindingHandle);
    NdisFreeSpinLock(&Binding->Lock);
    NdisFreeMemoryWithTagPriority(DlGlobals.ProtocolHandle, Binding, DL_TAG);
    return Status;
}

NDIS_STATUS DlBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS DlInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID DlHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

VOID DlUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(DlGlobals.ProtocolHandle);
    NdisMDeregisterMiniportDriver(DlGlobals.MiniportDriverHandle);
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
    MChars.InitializeHandlerEx = DlInitialize;
    MChars.HaltHandlerEx = DlHalt;
    MChars.UnloadHandler = DlUnload;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"DlMux");
    PChars.BindAdapterHandlerEx = DlBindAdapter;
    PChars.UnbindAdapterHandlerEx = DlUnbindAdapter;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &DlGlobals.MiniportDriverHandle);
    if (Status)
        return Status;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &DlGlobals.ProtocolHandle);
    if (Status) {
        NdisMDeregisterMiniportDriver(DlGlobals.MiniportDriverHandle);
        return Status;
    }

    NdisIMAssociateMiniport(DlGlobals.MiniportDriverHandle, DlGlobals.ProtocolHandle);
    return STATUS_SUCCESS;
}
