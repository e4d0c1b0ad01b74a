/*
 * assoc_from_miniport_init -- seeded defect: the driver postpones the
 * association until its first virtual miniport initialises, and makes it in
 * MiniportInitializeEx.  The IRQL is right (PASSIVE_LEVEL) and the handles
 * come from checked registrations, but the association belongs under
 * DriverEntry: by the time NDIS calls MiniportInitializeEx it already had to
 * know which protocol edge goes with the miniport edge.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE LzInitialize;
MINIPORT_HALT LzHalt;
MINIPORT_UNLOAD LzUnload;
PROTOCOL_BIND_ADAPTER_EX LzBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX LzUnbindAdapter;

NDIS_HANDLE LzMiniportDriverHandle;
NDIS_HANDLE LzProtocolHandle;
volatile LONG LzAssociated;

NDIS_STATUS LzInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    if (InterlockedCompareExchange(&LzAssociated, 1, 0) == 0)
        NdisIMAssociateMiniport(LzMiniportDriverHandle, LzProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport is reachable from entry point LzInitialize (MINIPORT_INITIALIZE); it may only be called from DriverEntry

    return NDIS_STATUS_SUCCESS;
}

VOID LzHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS LzBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS LzUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID LzUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(LzProtocolHandle);
    NdisMDeregisterMiniportDriver(LzMiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
    NDIS_STATUS Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"LzMux");
    PChars.BindAdapterHandlerEx = LzBindAdapter;
    PChars.UnbindAdapterHandlerEx = LzUnbindAdapter;

    /* The protocol edge first, so both handles exist before NDIS can call
     * any miniport handler. */
    Status = NdisRegisterProtocolDriver(NULL, &PChars, &LzProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = 6;
    MChars.MinorNdisVersion = 20;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;
    MChars.InitializeHandlerEx = LzInitialize;
    MChars.HaltHandlerEx = LzHalt;
    MChars.UnloadHandler = LzUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &LzMiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisDeregisterProtocolDriver(LzProtocolHandle);
        return Status;
    }

    return STATUS_SUCCESS;
}
