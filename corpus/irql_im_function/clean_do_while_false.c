/*
 * clean_do_while_false -- no defect.  DriverEntry uses the do { } while (FALSE)
 * idiom: each failed step breaks out, the association is the last statement
 * inside the block (reached only after both checks), and the cleanup after
 * the block undoes what was registered.  The protocol status is tested with
 * a plain `if (Status)`.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE DwInitialize;
MINIPORT_HALT DwHalt;
MINIPORT_UNLOAD DwUnload;
PROTOCOL_BIND_ADAPTER_EX DwBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX DwUnbindAdapter;

typedef struct _DW_GLOBALS {
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;
} DW_GLOBALS, *PDW_GLOBALS;

DW_GLOBALS DwGlobals;

NDIS_STATUS DwInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID DwHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS DwBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS DwUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID DwUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(DwGlobals.ProtocolHandle);
    NdisMDeregisterMiniportDriver(DwGlobals.MiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDW_GLOBALS g = &DwGlobals;
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;
    BOOLEAN MiniportRegistered = FALSE;

    do {
        NdisZeroMemory(&MChars, sizeof(MChars));
        MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
        MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
        MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
        MChars.MajorNdisVersion = 6;
        MChars.MinorNdisVersion = 20;
        MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
        MChars.InitializeHandlerEx = DwInitialize;
        MChars.HaltHandlerEx = DwHalt;
        MChars.UnloadHandler = DwUnload;

        Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &g->MiniportDriverHandle);
        if (Status != NDIS_STATUS_SUCCESS)
            break;
        MiniportRegistered = TRUE;

        NdisZeroMemory(&PChars, sizeof(PChars));
        PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
        PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
        PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
        PChars.MajorNdisVersion = 6;
        PChars.MinorNdisVersion = 20;
        NdisInitUnicodeString(&PChars.Name, L"DwMux");
        PChars.BindAdapterHandlerEx = DwBindAdapter;
        PChars.UnbindAdapterHandlerEx = DwUnbindAdapter;

        Status = NdisRegisterProtocolDriver(NULL, &PChars, &g->ProtocolHandle);
        if (Status)
            break;

        NdisIMAssociateMiniport(g->MiniportDriverHandle, g->ProtocolHandle);
    } while (FALSE);

    if (Status != NDIS_STATUS_SUCCESS && MiniportRegistered)
        NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
    return Status;
}
