/*
 * Irql_Protocol_Driver_Function_bad -- seeded defect: a diagnostics protocol
 * closes its binding when it receives a "leave" control frame, directly
 * from its receive handler.  NDIS calls ProtocolReceiveNetBufferLists at
 * IRQL <= DISPATCH_LEVEL; NdisCloseAdapterEx requires PASSIVE_LEVEL (the
 * receive path should ask NDIS to unbind with NdisUnbindAdapter instead).
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
PROTOCOL_RECEIVE_NET_BUFFER_LISTS DiagReceive;

#define DIAG_LEAVE_FRAME 0xD1A6

typedef struct _DIAG_BINDING {
    NDIS_HANDLE BindingHandle;
    BOOLEAN Closing;
} DIAG_BINDING, *PDIAG_BINDING;

NDIS_HANDLE DiagProtocolHandle;

static BOOLEAN DiagIsLeaveFrame(PNET_BUFFER_LIST Nbl)
{
    return NET_BUFFER_LIST_INFO(Nbl, NetBufferListFrameType) == (PVOID)(ULONG_PTR)DIAG_LEAVE_FRAME;
}

VOID DiagReceive(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
                 NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    PDIAG_BINDING Binding = (PDIAG_BINDING)ProtocolBindingContext;
    BOOLEAN Leave = DiagIsLeaveFrame(NetBufferLists);

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(NumberOfNetBufferLists);

    if (!NDIS_TEST_RECEIVE_CANNOT_PEND(ReceiveFlags))
        NdisReturnNetBufferLists(Binding->BindingHandle, NetBufferLists, 0);

    if (Leave && !Binding->Closing) {
        Binding->Closing = TRUE;
        NdisCloseAdapterEx(Binding->BindingHandle); // expect: [Irql_Protocol_Driver_Function] NdisCloseAdapterEx called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars;

    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 30;
    NdisInitUnicodeString(&Chars.Name, L"DIAGPROTO");
    Chars.ReceiveNetBufferListsHandler = DiagReceive;
    return NdisRegisterProtocolDriver(NULL, &Chars, &DiagProtocolHandle);
}
