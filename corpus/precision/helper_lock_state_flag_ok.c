/*
 * helper_lock_state_flag_ok -- clean: a helper takes the adapter's lock
 * only when the adapter is running, and records in the adapter whether it
 * did; the caller releases the lock only when that record says so.  The
 * helper has two ways out (lock held and flag set, or neither); the
 * analysis keeps them apart in the caller, so the caller's test of the
 * flag pairs the release with the acquire.  Joined, the two ways out would
 * give "released while not held" and "held at return".
 */
#include <ndis.h>

MINIPORT_SEND_NET_BUFFER_LISTS HsSend;

typedef struct _HS_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE AdapterHandle;
    BOOLEAN Running;
    BOOLEAN Locked;
    ULONG Sent;
} HS_ADAPTER, *PHS_ADAPTER;

static VOID HsLockIfRunning(PHS_ADAPTER Adapter)
{
    if (Adapter->Running) {
        NdisAcquireSpinLock(&Adapter->Lock);
        Adapter->Locked = TRUE;
    } else {
        Adapter->Locked = FALSE;
    }
}

VOID HsSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PHS_ADAPTER Adapter = (PHS_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PortNumber);
    HsLockIfRunning(Adapter);
    if (Adapter->Locked) {
        Adapter->Sent++;
        NdisReleaseSpinLock(&Adapter->Lock);
    }
    NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferLists,
                                    (SendFlags & NDIS_SEND_FLAGS_DISPATCH_LEVEL) ?
                                    NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL : 0);
}
