/*
 * SpinLockBalanced_bad_early_return -- seeded defect: the OID handler
 * validates the packet filter under the adapter lock and returns
 * NDIS_STATUS_NOT_SUPPORTED from inside the locked region when a bit is not
 * supported.  On that path the lock is still held when MpOidRequest returns
 * to NDIS (reported on the acquisition), and the handler returns at
 * DISPATCH_LEVEL although NDIS called it at PASSIVE_LEVEL (reported on its
 * name).
 */
#include <ndis.h>

MINIPORT_OID_REQUEST MpOidRequest;

#define MP_SUPPORTED_FILTERS 0x0000000Fu

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG PacketFilter;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest) // expect: [IrqlNotRestored] MpOidRequest can return at DISPATCH_LEVEL; the system called it at PASSIVE_LEVEL
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    ULONG Filter;

    if (OidRequest->RequestType != NdisRequestSetInformation ||
        OidRequest->DATA.SET_INFORMATION.Oid != OID_GEN_CURRENT_PACKET_FILTER)
        return NDIS_STATUS_NOT_SUPPORTED;
    if (OidRequest->DATA.SET_INFORMATION.InformationBufferLength < sizeof(ULONG))
        return NDIS_STATUS_INVALID_LENGTH;

    NdisAcquireSpinLock(&Adapter->Lock); // expect: [SpinLockBalanced] the lock NdisAcquireSpinLock takes here can still be held when MpOidRequest returns
    Filter = *(PULONG)OidRequest->DATA.SET_INFORMATION.InformationBuffer;
    if ((Filter & ~MP_SUPPORTED_FILTERS) != 0)
        return NDIS_STATUS_NOT_SUPPORTED; // expect-note: returns
    Adapter->PacketFilter = Filter;
    NdisReleaseSpinLock(&Adapter->Lock);

    OidRequest->DATA.SET_INFORMATION.BytesRead = sizeof(ULONG);
    return NDIS_STATUS_SUCCESS;
}
