/*
 * SpinLockBalanced_ok -- clean: the OID handler has three exits from the
 * locked region and releases the lock on each before returning; the send
 * handler takes and releases the lock once per NET_BUFFER_LIST in a loop
 * with a `continue`; a switch with early returns releases in every case.
 */
#include <ndis.h>

MINIPORT_OID_REQUEST MpOidRequest;
MINIPORT_SEND_NET_BUFFER_LISTS MpSend;

#define MP_SUPPORTED_FILTERS 0x0000000Fu

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE AdapterHandle;
    ULONG PacketFilter;
    ULONG LookAhead;
    ULONG Queued;
    BOOLEAN Paused;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    ULONG Value;

    if (OidRequest->RequestType != NdisRequestSetInformation)
        return NDIS_STATUS_NOT_SUPPORTED;
    if (OidRequest->DATA.SET_INFORMATION.InformationBufferLength < sizeof(ULONG))
        return NDIS_STATUS_INVALID_LENGTH;
    Value = *(PULONG)OidRequest->DATA.SET_INFORMATION.InformationBuffer;

    NdisAcquireSpinLock(&Adapter->Lock);
    switch (OidRequest->DATA.SET_INFORMATION.Oid) {
    case OID_GEN_CURRENT_PACKET_FILTER:
        if ((Value & ~MP_SUPPORTED_FILTERS) != 0) {
            NdisReleaseSpinLock(&Adapter->Lock);
            return NDIS_STATUS_NOT_SUPPORTED;
        }
        Adapter->PacketFilter = Value;
        break;
    case OID_GEN_CURRENT_LOOKAHEAD:
        if (Value > 1500) {
            NdisReleaseSpinLock(&Adapter->Lock);
            return NDIS_STATUS_INVALID_DATA;
        }
        Adapter->LookAhead = Value;
        break;
    default:
        NdisReleaseSpinLock(&Adapter->Lock);
        return NDIS_STATUS_NOT_SUPPORTED;
    }
    NdisReleaseSpinLock(&Adapter->Lock);
    OidRequest->DATA.SET_INFORMATION.BytesRead = sizeof(ULONG);
    return NDIS_STATUS_SUCCESS;
}

VOID MpSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl, Next;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    for (Nbl = NetBufferList; Nbl != NULL; Nbl = Next) {
        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NdisAcquireSpinLock(&Adapter->Lock);
        if (Adapter->Paused) {
            NdisReleaseSpinLock(&Adapter->Lock);
            NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_PAUSED;
            continue;
        }
        Adapter->Queued++;
        NdisReleaseSpinLock(&Adapter->Lock);
    }
}
