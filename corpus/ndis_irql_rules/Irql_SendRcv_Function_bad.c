/*
 * Irql_SendRcv_Function_bad -- seeded defect: a miniport registered through
 * NdisMRegisterInterruptEx completes finished sends right in its interrupt
 * handler when the ring is nearly full.  MiniportInterrupt runs at the
 * device's DIRQL; NdisMSendNetBufferListsComplete allows at most
 * DISPATCH_LEVEL.
 */
#include <ndis.h>

MINIPORT_INITIALIZE MpInitialize;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE InterruptHandle;
    volatile ULONG *TxDoneCount;
    PNET_BUFFER_LIST TxDoneList;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;

static BOOLEAN MpIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(TargetProcessors);

    *QueueDefaultInterruptDpc = TRUE;
    if (*Adapter->TxDoneCount > 48 && Adapter->TxDoneList != NULL) {
        NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, Adapter->TxDoneList, 0); // expect: [Irql_SendRcv_Function] NdisMSendNetBufferListsComplete called at DIRQL; it requires <= DISPATCH_LEVEL
        Adapter->TxDoneList = NULL;
    }
    return TRUE;
}

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    if (Adapter->TxDoneList != NULL) {
        NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, Adapter->TxDoneList,
                                        NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
        Adapter->TxDoneList = NULL;
    }
}

NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS Intr;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    MpAdapter.AdapterHandle = MiniportAdapterHandle;
    NdisZeroMemory(&Intr, sizeof(Intr));
    Intr.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    Intr.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    Intr.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    Intr.InterruptHandler = MpIsr;
    Intr.InterruptDpcHandler = MpInterruptDpc;
    return NdisMRegisterInterruptEx(MiniportAdapterHandle, &MpAdapter, &Intr, &MpAdapter.InterruptHandle);
}
