/*
 * driver.c -- ImMux: DriverEntry, the registration of both edges, their
 * association, the unload handler and the periodic statistics timer.
 */
#include "mux.h"

MUX_GLOBALS MuxGlobals;

/* Fills in every miniport handler and registers the upper edge.  The new
 * handle comes back through MiniportDriverHandle; the caller checks the
 * returned status. */
static NDIS_STATUS MuxRegisterMiniportEdge(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
                                           PNDIS_HANDLE MiniportDriverHandle)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = MUX_NDIS_MAJOR_VERSION;
    MChars.MinorNdisVersion = MUX_NDIS_MINOR_VERSION;
    MChars.MajorDriverVersion = MUX_DRIVER_MAJOR;
    MChars.MinorDriverVersion = MUX_DRIVER_MINOR;
    MChars.Flags = NDIS_INTERMEDIATE_DRIVER;

    MChars.InitializeHandlerEx = MuxMpInitialize;
    MChars.HaltHandlerEx = MuxMpHalt;
    MChars.UnloadHandler = MuxMpUnload;
    MChars.PauseHandler = MuxMpPause;
    MChars.RestartHandler = MuxMpRestart;
    MChars.OidRequestHandler = MuxMpOidRequest;
    MChars.CancelOidRequestHandler = MuxMpCancelOidRequest;
    MChars.SendNetBufferListsHandler = MuxMpSendNetBufferLists;
    MChars.ReturnNetBufferListsHandler = MuxMpReturnNetBufferLists;
    MChars.CancelSendHandler = MuxMpCancelSend;
    MChars.DevicePnPEventNotifyHandler = MuxMpDevicePnPEvent;
    MChars.ShutdownHandlerEx = MuxMpShutdown;
    /* An intermediate driver has no hardware to check or reset. */
    MChars.CheckForHangHandlerEx = NULL;
    MChars.ResetHandlerEx = NULL;

    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, &MuxGlobals, &MChars, MiniportDriverHandle);
}

/* Fills in every protocol handler and registers the lower edge. */
static NDIS_STATUS MuxRegisterProtocolEdge(PNDIS_HANDLE ProtocolHandle)
{
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;

    NdisZeroMemory(&PChars, sizeof(PChars));
    PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    PChars.MajorNdisVersion = MUX_NDIS_MAJOR_VERSION;
    PChars.MinorNdisVersion = MUX_NDIS_MINOR_VERSION;
    PChars.MajorDriverVersion = MUX_DRIVER_MAJOR;
    PChars.MinorDriverVersion = MUX_DRIVER_MINOR;
    NdisInitUnicodeString(&PChars.Name, L"ImMux");

    PChars.BindAdapterHandlerEx = MuxPtBindAdapter;
    PChars.UnbindAdapterHandlerEx = MuxPtUnbindAdapter;
    PChars.OpenAdapterCompleteHandlerEx = MuxPtOpenAdapterComplete;
    PChars.CloseAdapterCompleteHandlerEx = MuxPtCloseAdapterComplete;
    PChars.NetPnPEventHandler = MuxPtNetPnPEvent;
    PChars.UninstallHandler = MuxPtUninstall;
    PChars.OidRequestCompleteHandler = MuxPtOidRequestComplete;
    PChars.StatusHandlerEx = MuxPtStatus;
    PChars.ReceiveNetBufferListsHandler = MuxPtReceiveNetBufferLists;
    PChars.SendNetBufferListsCompleteHandler = MuxPtSendNetBufferListsComplete;

    return NdisRegisterProtocolDriver(&MuxGlobals, &PChars, ProtocolHandle);
}

/* The statistics timer is optional: without it the driver still works, it
 * just does not fold per-VELAN counters into MuxGlobals.Totals. */
static VOID MuxStartStatsTimer(VOID)
{
    NDIS_TIMER_CHARACTERISTICS TimerChars;
    LARGE_INTEGER DueTime;
    NDIS_STATUS Status;

    NdisZeroMemory(&TimerChars, sizeof(TimerChars));
    TimerChars.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    TimerChars.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    TimerChars.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    TimerChars.AllocationTag = MUX_TAG;
    TimerChars.TimerFunction = MuxStatsTimer;
    TimerChars.FunctionContext = &MuxGlobals;

    Status = NdisAllocateTimerObject(MuxGlobals.ProtocolHandle, &TimerChars, &MuxGlobals.StatsTimer);
    if (Status != NDIS_STATUS_SUCCESS) {
        MuxGlobals.StatsTimer = NULL;
        return;
    }

    DueTime.QuadPart = -10000LL * MUX_STATS_PERIOD_MS;
    NdisSetTimerObject(MuxGlobals.StatsTimer, DueTime, MUX_STATS_PERIOD_MS, &MuxGlobals);
}

static VOID MuxStopStatsTimer(VOID)
{
    if (MuxGlobals.StatsTimer == NULL)
        return;
    NdisCancelTimerObject(MuxGlobals.StatsTimer);
    NdisFreeTimerObject(MuxGlobals.StatsTimer);
    MuxGlobals.StatsTimer = NULL;
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PMUX_GLOBALS g = &MuxGlobals;
    NDIS_STATUS Status;

    NdisZeroMemory(g, sizeof(*g));
    NdisAllocateSpinLock(&g->Lock);
    NdisInitializeListHead(&g->BindingList);

    Status = MuxRegisterMiniportEdge(DriverObject, RegistryPath, &g->MiniportDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail_lock;

    Status = MuxRegisterProtocolEdge(&g->ProtocolHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        goto fail_miniport;

    /* Tell NDIS that the two edges are one driver. */
    NdisIMAssociateMiniport(g->MiniportDriverHandle, g->ProtocolHandle);

    MuxStartStatsTimer();
    return STATUS_SUCCESS;

fail_miniport:
    NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
    g->MiniportDriverHandle = NULL;
fail_lock:
    NdisFreeSpinLock(&g->Lock);
    return Status;
}

_Use_decl_annotations_
VOID MuxMpUnload(PDRIVER_OBJECT DriverObject)
{
    PMUX_GLOBALS g = &MuxGlobals;

    UNREFERENCED_PARAMETER(DriverObject);

    MuxStopStatsTimer();

    /* The protocol edge goes first: deregistering it unbinds every lower
     * adapter, which stops every VELAN. */
    if (g->ProtocolHandle != NULL) {
        NdisDeregisterProtocolDriver(g->ProtocolHandle);
        g->ProtocolHandle = NULL;
    }
    if (g->MiniportDriverHandle != NULL) {
        NdisMDeregisterMiniportDriver(g->MiniportDriverHandle);
        g->MiniportDriverHandle = NULL;
    }
    NdisFreeSpinLock(&g->Lock);
}

/* Adds a VELAN's counters to the driver totals (any IRQL <= DISPATCH_LEVEL). */
_Use_decl_annotations_
VOID MuxAddStatistics(const MUX_STATISTICS *Delta)
{
    PMUX_GLOBALS g = &MuxGlobals;

    NdisAcquireSpinLock(&g->Lock);
    g->Totals.FramesSent += Delta->FramesSent;
    g->Totals.FramesReceived += Delta->FramesReceived;
    g->Totals.SendErrors += Delta->SendErrors;
    g->Totals.ReceiveDrops += Delta->ReceiveDrops;
    NdisReleaseSpinLock(&g->Lock);
}

/* Periodic, at DISPATCH_LEVEL: folds each binding's per-VELAN counters into
 * the totals.  Only spin locks and plain memory here. */
_Use_decl_annotations_
VOID MuxStatsTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMUX_GLOBALS g = (PMUX_GLOBALS)FunctionContext;
    MUX_STATISTICS Delta;
    PLIST_ENTRY BLink;
    PLIST_ENTRY VLink;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    NdisZeroMemory(&Delta, sizeof(Delta));

    NdisDprAcquireSpinLock(&g->Lock);
    for (BLink = g->BindingList.Flink; BLink != &g->BindingList; BLink = BLink->Flink) {
        PMUX_BINDING Binding = CONTAINING_RECORD(BLink, MUX_BINDING, Link);

        NdisDprAcquireSpinLock(&Binding->Lock);
        for (VLink = Binding->VelanList.Flink; VLink != &Binding->VelanList; VLink = VLink->Flink) {
            PMUX_VELAN Velan = CONTAINING_RECORD(VLink, MUX_VELAN, Link);

            Delta.FramesSent += Velan->Stats.FramesSent;
            Delta.FramesReceived += Velan->Stats.FramesReceived;
            Delta.SendErrors += Velan->Stats.SendErrors;
            Delta.ReceiveDrops += Velan->Stats.ReceiveDrops;
            NdisZeroMemory(&Velan->Stats, sizeof(Velan->Stats));
        }
        NdisDprReleaseSpinLock(&Binding->Lock);
    }
    g->Totals.FramesSent += Delta.FramesSent;
    g->Totals.FramesReceived += Delta.FramesReceived;
    g->Totals.SendErrors += Delta.SendErrors;
    g->Totals.ReceiveDrops += Delta.ReceiveDrops;
    NdisDprReleaseSpinLock(&g->Lock);
}
