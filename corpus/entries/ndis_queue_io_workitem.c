/*
 * ndis_queue_io_workitem -- an entry found only from the Routine argument
 * of NdisQueueIoWorkItem (queued from an NDIS timer).  NDIS runs the work
 * item at PASSIVE_LEVEL (nf-ndis-ndisqueueioworkitem, Remarks), so the Dpr
 * lock routines it kept from the timer's code are reported at PASSIVE_LEVEL.
 */
#include <ndis.h>

MINIPORT_INITIALIZE MpInitialize;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE WorkItem;
    NDIS_HANDLE Timer;
    ULONG Rebuilds;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;

static VOID MpRebuildWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisDprAcquireSpinLock(&Adapter->Lock); // expect: [Irql_Synch_Function] NdisDprAcquireSpinLock called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
    Adapter->Rebuilds++;
    NdisDprReleaseSpinLock(&Adapter->Lock); // expect: [Irql_Synch_Function] NdisDprReleaseSpinLock called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
}

static VOID MpRebuildTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);
    NdisQueueIoWorkItem(Adapter->WorkItem, MpRebuildWorker, Adapter); // expect-note: MpRebuildWorker
}

NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_TIMER_CHARACTERISTICS Timer;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    MpAdapter.AdapterHandle = MiniportAdapterHandle;
    NdisAllocateSpinLock(&MpAdapter.Lock);
    MpAdapter.WorkItem = NdisAllocateIoWorkItem(MiniportAdapterHandle);
    if (MpAdapter.WorkItem == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(&Timer, sizeof(Timer));
    Timer.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    Timer.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.AllocationTag = 'brPM';
    Timer.TimerFunction = MpRebuildTimer;
    Timer.FunctionContext = &MpAdapter;
    return NdisAllocateTimerObject(MiniportAdapterHandle, &Timer, &MpAdapter.Timer);
}
