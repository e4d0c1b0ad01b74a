/*
 * Irql_StatusIndication_Function_ok -- clean: the link-watch timer samples
 * the PHY at HIGH_LEVEL but lowers the IRQL before it indicates the new
 * state (NdisMIndicateStatusEx at DISPATCH_LEVEL); a filter forwards status
 * indications upward with NdisFIndicateStatus from FilterStatus
 * (<= DISPATCH_LEVEL), under its lock.
 */
#include <ndis.h>

NDIS_TIMER_FUNCTION MpLinkTimer;
FILTER_STATUS FltStatus;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    volatile ULONG *PhyStatus;
    NDIS_LINK_STATE LinkState;
} MP_ADAPTER, *PMP_ADAPTER;

typedef struct _FLT_MODULE {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE FilterHandle;
    ULONG StatusCount;
} FLT_MODULE, *PFLT_MODULE;

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
    NdisMIndicateStatusEx(Adapter->AdapterHandle, &Ind);
}

VOID MpLinkTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)FunctionContext;
    NDIS_MEDIA_CONNECT_STATE Now;
    BOOLEAN Changed;
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    KeRaiseIrql(HIGH_LEVEL, &OldIrql);
    Now = (*Adapter->PhyStatus & 1) ? MediaConnectStateConnected : MediaConnectStateDisconnected;
    Changed = Now != Adapter->LinkState.MediaConnectState;
    Adapter->LinkState.MediaConnectState = Now;
    KeLowerIrql(OldIrql);

    if (Changed)
        MpIndicateLink(Adapter);
}

VOID FltStatus(NDIS_HANDLE FilterModuleContext, PNDIS_STATUS_INDICATION StatusIndication)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;

    NdisAcquireSpinLock(&Module->Lock);
    Module->StatusCount++;
    NdisFIndicateStatus(Module->FilterHandle, StatusIndication);
    NdisReleaseSpinLock(&Module->Lock);
}
