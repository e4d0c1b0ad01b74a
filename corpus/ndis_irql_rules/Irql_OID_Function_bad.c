/*
 * Irql_OID_Function_bad -- seeded defect: to change the interrupt mask the
 * OID handler pends the request and hands it to a routine synchronised with
 * the interrupt (NdisMSynchronizeWithInterruptEx); that routine writes the
 * mask register and then completes the OID itself.  MiniportSynchronize-
 * Interrupt runs at the interrupt's DIRQL (nc-ndis-miniport_synchronize_
 * interrupt, Remarks); NdisMOidRequestComplete allows at most DISPATCH_LEVEL.
 */
#include <ndis.h>

MINIPORT_OID_REQUEST MpOidRequest;
MINIPORT_SYNCHRONIZE_INTERRUPT MpSyncSetMask;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE InterruptHandle;
    volatile ULONG *IntMask;
    ULONG NewMask;
    PNDIS_OID_REQUEST PendingOid;
} MP_ADAPTER, *PMP_ADAPTER;

BOOLEAN MpSyncSetMask(NDIS_HANDLE SynchronizeContext)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)SynchronizeContext;

    *Adapter->IntMask = Adapter->NewMask;
    NdisMOidRequestComplete(Adapter->AdapterHandle, Adapter->PendingOid, NDIS_STATUS_SUCCESS); // expect: [Irql_OID_Function] NdisMOidRequestComplete called at DIRQL; it requires <= DISPATCH_LEVEL
    Adapter->PendingOid = NULL;
    return TRUE;
}

NDIS_STATUS MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    if (OidRequest->RequestType != NdisRequestSetInformation)
        return NDIS_STATUS_NOT_SUPPORTED;
    Adapter->NewMask = 0x3;
    Adapter->PendingOid = OidRequest;
    NdisMSynchronizeWithInterruptEx(Adapter->InterruptHandle, 0, MpSyncSetMask, Adapter);
    return NDIS_STATUS_PENDING;
}
