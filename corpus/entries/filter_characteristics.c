/*
 * filter_characteristics -- entries found only from stores into the filter
 * driver characteristics: FilterDetach (PASSIVE_LEVEL) drains a list with
 * KeAcquireInStackQueuedSpinLockAtDpcLevel (IRQL >= DISPATCH_LEVEL), reported
 * at PASSIVE_LEVEL; FilterReceiveNetBufferLists (<= DISPATCH_LEVEL) reports a
 * PnP event with NdisFNetPnPEvent (PASSIVE_LEVEL only), reported at
 * DISPATCH_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _FL_MODULE {
    KSPIN_LOCK ListLock;
    NDIS_HANDLE FilterHandle;
    ULONG Queued;
    BOOLEAN Renegotiate;
    NET_PNP_EVENT_NOTIFICATION Event;
} FL_MODULE, *PFL_MODULE;

NDIS_HANDLE FlDriverHandle;

static VOID FlDetach(NDIS_HANDLE FilterModuleContext)
{
    PFL_MODULE Module = (PFL_MODULE)FilterModuleContext;
    KLOCK_QUEUE_HANDLE Handle;

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&Module->ListLock, &Handle); // expect: [IrqlTooLow] KeAcquireInStackQueuedSpinLockAtDpcLevel called at PASSIVE_LEVEL; it requires >= DISPATCH_LEVEL
    Module->Queued = 0;
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&Handle);
}

static VOID FlReceive(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists,
                      NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    PFL_MODULE Module = (PFL_MODULE)FilterModuleContext;

    if (Module->Renegotiate) {
        Module->Renegotiate = FALSE;
        (VOID)NdisFNetPnPEvent(Module->FilterHandle, &Module->Event); // expect: [Irql_Filter_Driver_Function] NdisFNetPnPEvent called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    }
    NdisFIndicateReceiveNetBufferLists(Module->FilterHandle, NetBufferLists, PortNumber,
                                       NumberOfNetBufferLists, ReceiveFlags);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_FILTER_DRIVER_CHARACTERISTICS Chars;

    UNREFERENCED_PARAMETER(RegistryPath);
    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_FILTER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 30;
    Chars.DetachHandler = FlDetach; // expect-note: FILTER_DETACH
    Chars.ReceiveNetBufferListsHandler = FlReceive; // expect-note: FILTER_RECEIVE_NET_BUFFER_LISTS
    return NdisFRegisterFilterDriver(DriverObject, (NDIS_HANDLE)DriverObject, &Chars, &FlDriverHandle);
}
