/*
 * Irql_Connection_Function_ok -- clean: the CoNDIS client creates its
 * management VC at PASSIVE_LEVEL and names it while holding its binding lock,
 * which puts the naming call at the DISPATCH_LEVEL its reference page gives.
 * A receive handler (<= DISPATCH_LEVEL) sends a reply on the VC with
 * NdisCoSendNetBufferLists, which allows any level up to DISPATCH_LEVEL.
 */
#include <ndis.h>

PROTOCOL_CO_AF_REGISTER_NOTIFY ClAfRegisterNotify;
PROTOCOL_CO_RECEIVE_NET_BUFFER_LISTS ClCoReceive;

typedef struct _CL_BINDING {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE BindingHandle;
    NDIS_HANDLE MgmtVcHandle;
    NDIS_STRING VcName;
    PNET_BUFFER_LIST ReplyNbl;
} CL_BINDING, *PCL_BINDING;

static NDIS_STRING ClBaseName = RTL_CONSTANT_STRING(L"ClMgmtVc");

VOID ClAfRegisterNotify(NDIS_HANDLE ProtocolBindingContext, PCO_ADDRESS_FAMILY AddressFamily)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolBindingContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(AddressFamily);

    Binding->MgmtVcHandle = NULL;
    Status = NdisCoCreateVc(Binding->BindingHandle, NULL, Binding, &Binding->MgmtVcHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return;

    NdisAcquireSpinLock(&Binding->Lock);
    NdisCoAssignInstanceName(Binding->MgmtVcHandle, &ClBaseName, &Binding->VcName);
    NdisReleaseSpinLock(&Binding->Lock);
}

VOID ClCoReceive(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE ProtocolVcContext,
                 PNET_BUFFER_LIST NetBufferLists, ULONG NumberOfNetBufferLists, ULONG CoReceiveFlags)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolBindingContext;
    PNET_BUFFER_LIST Reply;

    UNREFERENCED_PARAMETER(ProtocolVcContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(NumberOfNetBufferLists);
    UNREFERENCED_PARAMETER(CoReceiveFlags);

    NdisAcquireSpinLock(&Binding->Lock);
    Reply = Binding->ReplyNbl;
    Binding->ReplyNbl = NULL;
    NdisReleaseSpinLock(&Binding->Lock);

    if (Reply != NULL)
        NdisCoSendNetBufferLists(Binding->MgmtVcHandle, Reply, 0);
}
