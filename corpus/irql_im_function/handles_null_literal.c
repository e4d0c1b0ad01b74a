/*
 * handles_null_literal -- seeded defect: the author believed NDIS finds the
 * protocol edge by the miniport's name and passes NULL as ProtocolHandle.
 * The protocol edge is registered (and checked) a few lines earlier; its
 * handle just never reaches the call.  Everything else is right: global
 * structure, do { } while (FALSE) error handling, PASSIVE_LEVEL.
 */
#include <ndis.h>

typedef struct _NL_GLOBALS {
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;
} NL_GLOBALS;

NL_GLOBALS NlGlobals;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE NlInitialize;
MINIPORT_HALT NlHalt;
MINIPORT_UNLOAD NlUnload;
PROTOCOL_BIND_ADAPTER_EX NlBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX NlUnbindAdapter;

NDIS_STATUS NlInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID NlHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS NlBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS NlUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID NlUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(NlGlobals.ProtocolHandle);
    NdisMDeregisterMiniportDriver(NlGlobals.MiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
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
        MChars.InitializeHandlerEx = NlInitialize;
        MChars.HaltHandlerEx = NlHalt;
        MChars.UnloadHandler = NlUnload;

        Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &NlGlobals.MiniportDriverHandle);
        if (Status != NDIS_STATUS_SUCCESS)
            break;
        MiniportRegistered = TRUE;

        NdisZeroMemory(&PChars, sizeof(PChars));
        PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
        PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
        PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
        PChars.MajorNdisVersion = 6;
        PChars.MinorNdisVersion = 20;
        NdisInitUnicodeString(&PChars.Name, L"NlMux");
        PChars.BindAdapterHandlerEx = NlBindAdapter;
        PChars.UnbindAdapterHandlerEx = NlUnbindAdapter;

        Status = NdisRegisterProtocolDriver(NULL, &PChars, &NlGlobals.ProtocolHandle);
        if (Status != NDIS_STATUS_SUCCESS)
            break;

        /* NDIS pairs the edges by name (it does not). */
        NdisIMAssociateMiniport(NlGlobals.MiniportDriverHandle, NULL); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: ProtocolHandle can be NULL
    } while (FALSE);

    if (Status != NDIS_STATUS_SUCCESS && MiniportRegistered)
        NdisMDeregisterMiniportDriver(NlGlobals.MiniportDriverHandle);
    return Status;
}
