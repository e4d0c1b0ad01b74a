/*
 * miniport_characteristics -- entries found only from stores into the
 * miniport driver characteristics (no role-type declarations): the send
 * handler runs at IRQL <= DISPATCH_LEVEL, so NdisMSleep (<= APC_LEVEL) is
 * reported at DISPATCH_LEVEL; the initialise handler runs at PASSIVE_LEVEL,
 * so NdisMResetComplete (DISPATCH_LEVEL only) is reported at PASSIVE_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    volatile ULONG *TxFree;
    BOOLEAN ResetPending;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;
NDIS_HANDLE MpDriverHandle;

static NDIS_STATUS MpInit(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                          PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    MpAdapter.AdapterHandle = MiniportAdapterHandle;
    if (MpAdapter.ResetPending) {
        MpAdapter.ResetPending = FALSE;
        NdisMResetComplete(MiniportAdapterHandle, NDIS_STATUS_SUCCESS, FALSE); // expect: [Irql_Miniport_Driver_Function] NdisMResetComplete called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
    }
    return NDIS_STATUS_SUCCESS;
}

static VOID MpSendNbls(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
                       NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    if (*Adapter->TxFree == 0)
        NdisMSleep(50); // expect: [Irql_Miniport_Driver_Function] NdisMSleep called at DISPATCH_LEVEL; it requires <= APC_LEVEL
    NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferList, 0);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 30;
    Chars.InitializeHandlerEx = MpInit; // expect-note: registered here
    Chars.SendNetBufferListsHandler = MpSendNbls; // expect-note: registered here
    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars, &MpDriverHandle);
}
