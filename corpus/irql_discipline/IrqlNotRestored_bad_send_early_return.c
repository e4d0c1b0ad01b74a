/*
 * IrqlNotRestored_bad_send_early_return -- seeded defect (the rule page's
 * own example, fleshed out): the send handler raises to DISPATCH_LEVEL to
 * use the Dpr lock routines, and returns early when the adapter is not
 * ready -- before KeLowerIrql.  NDIS may call MiniportSendNetBufferLists at
 * PASSIVE_LEVEL; on that path it gets control back at DISPATCH_LEVEL.
 */
#include <ndis.h>

MINIPORT_SEND_NET_BUFFER_LISTS MpSend;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE AdapterHandle;
    BOOLEAN Ready;
    ULONG Queued;
} MP_ADAPTER, *PMP_ADAPTER;

VOID MpSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList, // expect: [IrqlNotRestored] MpSend can return at DISPATCH_LEVEL; the system called it at
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    if (!Adapter->Ready) {
        NET_BUFFER_LIST_STATUS(NetBufferList) = NDIS_STATUS_ADAPTER_NOT_READY;
        NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferList, NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
        return;
    }
    NdisDprAcquireSpinLock(&Adapter->Lock);
    Adapter->Queued++;
    NdisDprReleaseSpinLock(&Adapter->Lock);
    KeLowerIrql(OldIrql);
}
