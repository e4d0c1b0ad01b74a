/*
 * after_miniport_deregister -- seeded defect: after both registrations
 * succeed, DriverEntry reads a configuration value; if the virtual miniports
 * are disabled it deregisters the miniport edge ("protocol-only mode") but
 * forgets that the association below still uses that handle.  On that path
 * DriverHandle has been released by NdisMDeregisterMiniportDriver.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE MdInitialize;
MINIPORT_HALT MdHalt;
MINIPORT_UNLOAD MdUnload;
PROTOCOL_BIND_ADAPTER_EX MdBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX MdUnbindAdapter;

typedef struct _MD_GLOBALS {
    NDIS_HANDLE MiniportDriverHandle;
    NDIS_HANDLE ProtocolHandle;
    BOOLEAN ProtocolOnly;
} MD_GLOBALS;

MD_GLOBALS MdGlobals;

static BOOLEAN MdVirtualMiniportsEnabled(PUNICODE_STRING RegistryPath)
{
    /* A real driver would read a value under RegistryPath here. */
    return RegistryPath->Length != 0;
}

NDIS_STATUS MdInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(NdisMiniportHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

VOID MdHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
}

NDIS_STATUS MdBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);
    return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS MdUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    return NDIS_STATUS_SUCCESS;
}

VOID MdUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisDeregisterProtocolDriver(MdGlobals.ProtocolHandle);
    if (!MdGlobals.ProtocolOnly)
        NdisMDeregisterMiniportDriver(MdGlobals.MiniportDriverHandle);
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
    MChars.InitializeHandlerEx = MdInitialize;
    MChars.HaltHandlerEx = MdHalt;
    MChars.UnloadHandler = MdUnload;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars, &MdGlobals.MiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = 6;
    PChars.MinorNdisVersion = 20;
    NdisInitUnicodeString(&PChars.Name, L"MdMux");
    PChars.BindAdapterHandlerEx = MdBindAdapter;
    PChars.UnbindAdapterHandlerEx = MdUnbindAdapter;

    Status = NdisRegisterProtocolDriver(NULL, &PChars, &MdGlobals.ProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisMDeregisterMiniportDriver(MdGlobals.MiniportDriverHandle);
        return Status;
    }

    if (!MdVirtualMiniportsEnabled(RegistryPath)) {
        NdisMDeregisterMiniportDriver(MdGlobals.MiniportDriverHandle); // expect-note: NdisMDeregisterMiniportDriver releases the handle passed as DriverHandle here
        MdGlobals.ProtocolOnly = TRUE;
    }

    NdisIMAssociateMiniport(MdGlobals.MiniportDriverHandle, MdGlobals.ProtocolHandle); // expect: [Irql_IM_Function] NdisIMAssociateMiniport: DriverHandle can be released by NdisMDeregisterMiniportDriver
    return STATUS_SUCCESS;
}
