/*
 * Irql_Miscellaneous_Function_ok -- clean: the refresh timer (DISPATCH_LEVEL)
 * only queues an NDIS I/O work item -- NdisQueueIoWorkItem allows
 * DISPATCH_LEVEL -- and the work item, which NDIS runs at PASSIVE_LEVEL,
 * re-reads the configuration.  The timer also grows a buffer with
 * NdisAllocateMemoryWithTagPriority under the adapter lock, which its page
 * allows.
 */
#include <ndis.h>

MINIPORT_INITIALIZE MpInitialize;
NDIS_TIMER_FUNCTION MpRefreshTimer;
NDIS_IO_WORKITEM_FUNCTION MpRefreshWorker;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE RefreshItem;
    ULONG Moderation;
    PVOID Scratch;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;

static NDIS_STRING MpModerationKey = RTL_CONSTANT_STRING(L"*InterruptModeration");

static VOID MpReadModeration(PMP_ADAPTER Adapter)
{
    NDIS_CONFIGURATION_OBJECT Config;
    NDIS_HANDLE ConfigHandle;
    PNDIS_CONFIGURATION_PARAMETER Param;
    NDIS_STATUS Status;

    NdisZeroMemory(&Config, sizeof(Config));
    Config.Header.Type = NDIS_OBJECT_TYPE_CONFIGURATION_OBJECT;
    Config.Header.Revision = NDIS_CONFIGURATION_OBJECT_REVISION_1;
    Config.Header.Size = NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1;
    Config.NdisHandle = Adapter->AdapterHandle;
    if (NdisOpenConfigurationEx(&Config, &ConfigHandle) != NDIS_STATUS_SUCCESS)
        return;
    NdisReadConfiguration(&Status, &Param, ConfigHandle, &MpModerationKey, NdisParameterInteger);
    if (Status == NDIS_STATUS_SUCCESS)
        Adapter->Moderation = Param->ParameterData.IntegerData;
    NdisCloseConfiguration(ConfigHandle);
}

VOID MpRefreshWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    MpReadModeration((PMP_ADAPTER)WorkItemContext);
}

NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    MpAdapter.AdapterHandle = MiniportAdapterHandle;
    MpReadModeration(&MpAdapter);
    MpAdapter.RefreshItem = NdisAllocateIoWorkItem(MiniportAdapterHandle);
    return MpAdapter.RefreshItem != NULL ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;
}

VOID MpRefreshTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->Scratch == NULL)
        Adapter->Scratch = NdisAllocateMemoryWithTagPriority(Adapter->AdapterHandle, 256, 'rcPM', NormalPoolPriority);
    NdisReleaseSpinLock(&Adapter->Lock);

    NdisQueueIoWorkItem(Adapter->RefreshItem, MpRefreshWorker, Adapter);
}
