/*
 * protocol_characteristics -- entries found only from stores into the
 * protocol driver characteristics: the receive handler (<= DISPATCH_LEVEL)
 * closes the binding with NdisCloseAdapterEx (PASSIVE_LEVEL only), reported
 * at DISPATCH_LEVEL; the bind handler (PASSIVE_LEVEL) uses the Dpr lock
 * routines (DISPATCH_LEVEL only), reported at PASSIVE_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _PR_BINDING {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE BindingHandle;
    ULONG Binds;
    BOOLEAN Leave;
} PR_BINDING, *PPR_BINDING;

PR_BINDING PrBinding;
NDIS_HANDLE PrProtocolHandle;

static NDIS_STATUS PrBind(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext, PNDIS_BIND_PARAMETERS BindParameters)
{
    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);

    NdisDprAcquireSpinLock(&PrBinding.Lock); // expect: [Irql_Synch_Function] NdisDprAcquireSpinLock called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
    PrBinding.Binds++;
    NdisDprReleaseSpinLock(&PrBinding.Lock); // expect: [Irql_Synch_Function] NdisDprReleaseSpinLock called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
    return NDIS_STATUS_SUCCESS;
}

static VOID PrReceive(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
                      NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    PPR_BINDING Binding = (PPR_BINDING)ProtocolBindingContext;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(NumberOfNetBufferLists);

    if (!NDIS_TEST_RECEIVE_CANNOT_PEND(ReceiveFlags))
        NdisReturnNetBufferLists(Binding->BindingHandle, NetBufferLists, 0);
    if (Binding->Leave)
        NdisCloseAdapterEx(Binding->BindingHandle); // expect: [Irql_Protocol_Driver_Function] NdisCloseAdapterEx called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
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
    NdisInitUnicodeString(&Chars.Name, L"PRPROTO");
    Chars.BindAdapterHandlerEx = PrBind; // expect-note: PROTOCOL_BIND_ADAPTER_EX
    Chars.ReceiveNetBufferListsHandler = PrReceive; // expect-note: PROTOCOL_RECEIVE_NET_BUFFER_LISTS
    return NdisRegisterProtocolDriver(NULL, &Chars, &PrProtocolHandle);
}
