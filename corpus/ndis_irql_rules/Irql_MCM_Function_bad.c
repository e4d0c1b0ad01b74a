/*
 * Irql_MCM_Function_bad -- seeded defect: an integrated miniport call
 * manager (MCM) whose address-family registration can fail while the
 * signalling firmware boots retries it from an NDIS timer.  The timer
 * function runs at DISPATCH_LEVEL; NdisMCmRegisterAddressFamilyEx requires
 * PASSIVE_LEVEL.
 */
#include <ndis.h>

MINIPORT_INITIALIZE McmInitialize;
NDIS_TIMER_FUNCTION McmRetryTimer;

typedef struct _MCM_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE RetryTimer;
    CO_ADDRESS_FAMILY Af;
    ULONG Retries;
} MCM_ADAPTER, *PMCM_ADAPTER;

MCM_ADAPTER McmAdapter;

static VOID McmArmRetry(PMCM_ADAPTER Adapter)
{
    LARGE_INTEGER Due;

    Due.QuadPart = -10 * 1000 * 500;   /* 500 ms */
    NdisSetTimerObject(Adapter->RetryTimer, Due, 0, Adapter);
}

NDIS_STATUS McmInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                          PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_TIMER_CHARACTERISTICS Timer;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    McmAdapter.AdapterHandle = MiniportAdapterHandle;
    McmAdapter.Af.AddressFamily = 0x801;
    McmAdapter.Af.MajorVersion = 1;

    NdisZeroMemory(&Timer, sizeof(Timer));
    Timer.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    Timer.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.AllocationTag = 'mcMP';
    Timer.TimerFunction = McmRetryTimer;
    Timer.FunctionContext = &McmAdapter;
    Status = NdisAllocateTimerObject(MiniportAdapterHandle, &Timer, &McmAdapter.RetryTimer);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    if (NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, &McmAdapter.Af) != NDIS_STATUS_SUCCESS)
        McmArmRetry(&McmAdapter);
    return NDIS_STATUS_SUCCESS;
}

VOID McmRetryTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    if (NdisMCmRegisterAddressFamilyEx(Adapter->AdapterHandle, &Adapter->Af) != NDIS_STATUS_SUCCESS // expect: [Irql_MCM_Function] NdisMCmRegisterAddressFamilyEx called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        && ++Adapter->Retries < 10)
        McmArmRetry(Adapter);
}
