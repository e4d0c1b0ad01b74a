/*
 * Irql_StatusIndication_Function_bad -- seeded defect: the link-watch timer
 * samples the PHY registers with all interrupts masked (KeRaiseIrql to
 * HIGH_LEVEL) so that the two halves of the status are consistent, and
 * indicates the new link state before lowering the IRQL again.
 * NdisMIndicateStatusEx allows at most DISPATCH_LEVEL.
 */
#include <ndis.h>

NDIS_TIMER_FUNCTION MpLinkTimer;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    volatile ULONG *PhyStatus;
    volatile ULONG *PhySpeed;
    NDIS_LINK_STATE LinkState;
} MP_ADAPTER, *PMP_ADAPTER;

static VOID MpIndicateLink(PMP_ADAPTER Adapter)
{
    NDIS_STATUS_INDICATION Ind;

    NdisZeroMemory(&Ind, sizeof(Ind));
    Ind.Header.Type = NDIS_OBJECT_TYPE_STATUS_INDICATION;
    Ind.Header.Revision = NDIS_STATUS_INDICATION_REVISION_1;
    Ind.Header.Size = NDIS_SIZEOF_STATUS_INDICATION_REVISION_1;
    Ind.SourceHandle = Adapter->AdapterHandle;
    Ind.StatusCode = NDIS_STATUS_LINK_STATE;
    Ind.StatusBuffer = &Adapter->LinkState;
    Ind.StatusBufferSize = sizeof(Adapter->LinkState);
    NdisMIndicateStatusEx(Adapter->AdapterHandle, &Ind); // expect: [Irql_StatusIndication_Function] NdisMIndicateStatusEx called at HIGH_LEVEL; it requires <= DISPATCH_LEVEL
}

VOID MpLinkTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)FunctionContext;
    NDIS_MEDIA_CONNECT_STATE Now;
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    KeRaiseIrql(HIGH_LEVEL, &OldIrql); // expect-note: KeRaiseIrql
    Now = (*Adapter->PhyStatus & 1) ? MediaConnectStateConnected : MediaConnectStateDisconnected;
    if (Now != Adapter->LinkState.MediaConnectState) {
        Adapter->LinkState.MediaConnectState = Now;
        Adapter->LinkState.XmitLinkSpeed = *Adapter->PhySpeed;
        Adapter->LinkState.RcvLinkSpeed = Adapter->LinkState.XmitLinkSpeed;
        MpIndicateLink(Adapter);
    }
    KeLowerIrql(OldIrql);
}
