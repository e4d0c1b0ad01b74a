/*
 * Irql_Protocol_Driver_Function_ok -- clean: the receive handler asks NDIS
 * to unbind with NdisUnbindAdapter, which allows DISPATCH_LEVEL; NDIS then
 * calls ProtocolUnbindAdapterEx at PASSIVE_LEVEL, which closes the binding
 * with NdisCloseAdapterEx.  The bind handler opens the adapter at
 * PASSIVE_LEVEL.
 */
#include <ndis.h>

PROTOCOL_BIND_ADAPTER_EX DiagBind;
PROTOCOL_UNBIND_ADAPTER_EX DiagUnbind;
PROTOCOL_RECEIVE_NET_BUFFER_LISTS DiagReceive;

typedef struct _DIAG_BINDING {
    NDIS_HANDLE BindingHandle;
    BOOLEAN Leaving;
    NDIS_MEDIUM Medium;
    UINT MediumIndex;
} DIAG_BINDING, *PDIAG_BINDING;

DIAG_BINDING DiagBinding;
NDIS_HANDLE DiagProtocolHandle;

NDIS_STATUS DiagBind(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext, PNDIS_BIND_PARAMETERS BindParameters)
{
    NDIS_OPEN_PARAMETERS Open;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);

    DiagBinding.Medium = NdisMedium802_3;
    NdisZeroMemory(&Open, sizeof(Open));
    Open.Header.Type = NDIS_OBJECT_TYPE_OPEN_PARAMETERS;
    Open.Header.Revision = NDIS_OPEN_PARAMETERS_REVISION_1;
    Open.Header.Size = NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1;
    Open.AdapterName = BindParameters->AdapterName;
    Open.MediumArray = &DiagBinding.Medium;
    Open.MediumArraySize = 1;
    Open.SelectedMediumIndex = &DiagBinding.MediumIndex;
    return NdisOpenAdapterEx(DiagProtocolHandle, &DiagBinding, &Open, BindContext, &DiagBinding.BindingHandle);
}

NDIS_STATUS DiagUnbind(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PDIAG_BINDING Binding = (PDIAG_BINDING)ProtocolBindingContext;

    UNREFERENCED_PARAMETER(UnbindContext);
    return NdisCloseAdapterEx(Binding->BindingHandle);
}

VOID DiagReceive(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
                 NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    PDIAG_BINDING Binding = (PDIAG_BINDING)ProtocolBindingContext;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(NumberOfNetBufferLists);

    if (!NDIS_TEST_RECEIVE_CANNOT_PEND(ReceiveFlags))
        NdisReturnNetBufferLists(Binding->BindingHandle, NetBufferLists, 0);
    if (Binding->Leaving)
        NdisUnbindAdapter(Binding->BindingHandle);
}
