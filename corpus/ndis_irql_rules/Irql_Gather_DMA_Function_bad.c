/*
 * Irql_Gather_DMA_Function_bad -- seeded defect: when the interrupt DPC sees
 * a fatal DMA error it tears the scatter/gather DMA down on the spot, so
 * that no further transfer is mapped.  The DPC runs at DISPATCH_LEVEL and
 * NdisMDeregisterScatterGatherDma requires PASSIVE_LEVEL (that belongs in
 * MiniportHaltEx).
 */
#include <ndis.h>

MINIPORT_INITIALIZE MpInitialize;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;
MINIPORT_PROCESS_SG_LIST MpProcessSgList;

#define MP_INT_DMA_FATAL 0x80000000u

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE DmaHandle;
    volatile ULONG *IntStatus;
    BOOLEAN DmaDead;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;

VOID MpProcessSgList(PDEVICE_OBJECT pDO, PVOID Reserved, PSCATTER_GATHER_LIST pSGL, PVOID Context)
{
    UNREFERENCED_PARAMETER(pDO);
    UNREFERENCED_PARAMETER(Reserved);
    UNREFERENCED_PARAMETER(pSGL);
    UNREFERENCED_PARAMETER(Context);
}

NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_SG_DMA_DESCRIPTION Dma;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    MpAdapter.AdapterHandle = MiniportAdapterHandle;
    NdisZeroMemory(&Dma, sizeof(Dma));
    Dma.Header.Type = NDIS_OBJECT_TYPE_SG_DMA_DESCRIPTION;
    Dma.Header.Revision = NDIS_SG_DMA_DESCRIPTION_REVISION_1;
    Dma.Header.Size = NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1;
    Dma.Flags = NDIS_SG_DMA_64_BIT_ADDRESS;
    Dma.MaximumPhysicalMapping = 0x10000;
    Dma.ProcessSGListHandler = MpProcessSgList;
    return NdisMRegisterScatterGatherDma(MiniportAdapterHandle, &Dma, &MpAdapter.DmaHandle);
}

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    if ((*Adapter->IntStatus & MP_INT_DMA_FATAL) != 0 && !Adapter->DmaDead) {
        Adapter->DmaDead = TRUE;
        NdisMDeregisterScatterGatherDma(Adapter->DmaHandle); // expect: [Irql_Gather_DMA_Function] NdisMDeregisterScatterGatherDma called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        Adapter->DmaHandle = NULL;
    }
}
