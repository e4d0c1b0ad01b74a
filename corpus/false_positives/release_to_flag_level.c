/*
 * release_to_flag_level -- clean: a send helper is told by NDIS's
 * dispatch-level flag whether it runs at DISPATCH_LEVEL; when it does not,
 * it raises to DISPATCH_LEVEL first.  Either way it then takes a lock with
 * the at-DPC-level try call and releases it with KeReleaseSpinLock to
 * DISPATCH_LEVEL, and lowers again only if it raised.  On the flag's
 * "at DISPATCH_LEVEL" path the release sets the level the helper is
 * already at, which changes nothing, so the send handler returns at the
 * level it was called at.  (Found on the netvmini sample's
 * TXTransmitQueuedSends once the helper's two ways out were kept apart.)
 */
#include <ndis.h>

MINIPORT_SEND_NET_BUFFER_LISTS RlSend;

typedef struct _RL_ADAPTER {
    KSPIN_LOCK SendPathLock;
    NDIS_HANDLE AdapterHandle;
    ULONG Sent;
} RL_ADAPTER, *PRL_ADAPTER;

static VOID RlTransmit(PRL_ADAPTER Adapter, BOOLEAN AtDispatch)
{
    KIRQL OldIrql = PASSIVE_LEVEL;

    if (!AtDispatch)
        KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    if (KeTryToAcquireSpinLockAtDpcLevel(&Adapter->SendPathLock)) {
        Adapter->Sent++;
        KeReleaseSpinLock(&Adapter->SendPathLock, DISPATCH_LEVEL);
    }
    if (!AtDispatch)
        KeLowerIrql(OldIrql);
}

VOID RlSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PRL_ADAPTER Adapter = (PRL_ADAPTER)MiniportAdapterContext;
    BOOLEAN AtDispatch = (SendFlags & NDIS_SEND_FLAGS_DISPATCH_LEVEL) ? TRUE : FALSE;

    UNREFERENCED_PARAMETER(PortNumber);
    RlTransmit(Adapter, AtDispatch);
    NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferLists,
                                    AtDispatch ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL : 0);
}
