/*
 * Irql_Filter_Driver_Function_bad -- seeded defect: a filter whose restart
 * must wait for its hardware-offload partner returns NDIS_STATUS_PENDING from
 * FilterRestart and polls from an NDIS timer; when the partner is ready the
 * timer completes the restart.  The timer function runs at DISPATCH_LEVEL and
 * NdisFRestartComplete requires PASSIVE_LEVEL.  (Completing the pause from
 * the same timer is fine: NdisFPauseComplete allows DISPATCH_LEVEL.)
 */
#include <ndis.h>

FILTER_ATTACH FltAttach;
FILTER_RESTART FltRestart;
FILTER_PAUSE FltPause;
NDIS_TIMER_FUNCTION FltPollTimer;

typedef struct _FLT_MODULE {
    NDIS_HANDLE FilterHandle;
    NDIS_HANDLE PollTimer;
    BOOLEAN RestartPending;
    BOOLEAN PausePending;
    volatile LONG PartnerReady;
} FLT_MODULE, *PFLT_MODULE;

FLT_MODULE FltModule;
NDIS_HANDLE FltDriverHandle;

NDIS_STATUS FltAttach(NDIS_HANDLE NdisFilterHandle, NDIS_HANDLE FilterDriverContext,
                      PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters)
{
    NDIS_TIMER_CHARACTERISTICS Timer;

    UNREFERENCED_PARAMETER(FilterDriverContext);
    UNREFERENCED_PARAMETER(AttachParameters);

    FltModule.FilterHandle = NdisFilterHandle;
    NdisZeroMemory(&Timer, sizeof(Timer));
    Timer.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    Timer.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.AllocationTag = 'tlFP';
    Timer.TimerFunction = FltPollTimer;
    Timer.FunctionContext = &FltModule;
    return NdisAllocateTimerObject(FltDriverHandle, &Timer, &FltModule.PollTimer);
}

NDIS_STATUS FltRestart(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_RESTART_PARAMETERS RestartParameters)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;
    LARGE_INTEGER Due;

    UNREFERENCED_PARAMETER(RestartParameters);
    if (Module->PartnerReady)
        return NDIS_STATUS_SUCCESS;
    Module->RestartPending = TRUE;
    Due.QuadPart = -10 * 1000 * 10;   /* 10 ms */
    NdisSetTimerObject(Module->PollTimer, Due, 10, Module);
    return NDIS_STATUS_PENDING;
}

NDIS_STATUS FltPause(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;

    UNREFERENCED_PARAMETER(PauseParameters);
    if (!Module->RestartPending)
        return NDIS_STATUS_SUCCESS;
    Module->PausePending = TRUE;
    return NDIS_STATUS_PENDING;
}

VOID FltPollTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PFLT_MODULE Module = (PFLT_MODULE)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    if (Module->PausePending) {
        Module->PausePending = FALSE;
        Module->RestartPending = FALSE;
        NdisCancelTimerObject(Module->PollTimer);
        NdisFPauseComplete(Module->FilterHandle);
        return;
    }
    if (Module->RestartPending && Module->PartnerReady) {
        Module->RestartPending = FALSE;
        NdisCancelTimerObject(Module->PollTimer);
        NdisFRestartComplete(Module->FilterHandle, NDIS_STATUS_SUCCESS); // expect: [Irql_Filter_Driver_Function] NdisFRestartComplete called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    }
}
