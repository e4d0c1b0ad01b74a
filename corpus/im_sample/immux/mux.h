/*
 * mux.h -- ImMux, the sample NDIS 6 intermediate driver of the ddicheck
 * corpus.  Written for this project; it has no seeded defect and must check
 * clean.
 *
 * ImMux binds its protocol edge to Ethernet adapters ("bindings") and
 * exposes, for each binding, the virtual miniports ("VELANs") listed in the
 * binding's UpperBindings configuration value.  Sends from a VELAN are
 * cloned and passed down its binding; receives from a binding are cloned
 * and indicated up its first running VELAN.  OID requests are cloned and
 * forwarded down; status indications are passed up.
 *
 * Locking:
 *   MuxGlobals.Lock   protects MuxGlobals.BindingList and BindingCount.
 *   Binding->Lock     protects the binding's VelanList, VelanCount and the
 *                     state fields of the binding and of its VELANs.
 *   No lock is held across a call out of the driver, and none across an
 *   NdisIM* call; the NdisIM* calls are made at PASSIVE_LEVEL only.
 *
 * Files: driver.c (DriverEntry, registration, unload, statistics timer),
 * adapter.c (binding and VELAN objects, lists, start/stop of VELANs),
 * miniport.c (upper edge), protocol.c (lower edge).
 */
#ifndef IMMUX_MUX_H
#define IMMUX_MUX_H

#include <ndis.h>

#define MUX_TAG                 'xuMI'
#define MUX_NDIS_MAJOR_VERSION  6
#define MUX_NDIS_MINOR_VERSION  20
#define MUX_DRIVER_MAJOR        1
#define MUX_DRIVER_MINOR        4
#define MUX_MAX_INSTANCE_CHARS  96
#define MUX_MAX_VELANS          8
#define MUX_STATS_PERIOD_MS     2000
#define MUX_DEFAULT_MTU         1500
#define MUX_DRAIN_POLL_US       1000

typedef enum _MUX_BINDING_STATE {
    MuxBindingOpening = 0,
    MuxBindingRunning,
    MuxBindingPaused,
    MuxBindingClosing
} MUX_BINDING_STATE;

typedef enum _MUX_VELAN_STATE {
    MuxVelanStarting = 0,     /* NdisIMInitializeDeviceInstanceEx issued */
    MuxVelanPaused,
    MuxVelanPausing,
    MuxVelanRunning,
    MuxVelanStopping,         /* deinitialise or cancel issued */
    MuxVelanHalted
} MUX_VELAN_STATE;

typedef struct _MUX_STATISTICS {
    ULONG64 FramesSent;
    ULONG64 FramesReceived;
    ULONG64 SendErrors;
    ULONG64 ReceiveDrops;
} MUX_STATISTICS;

struct _MUX_BINDING;

/* One virtual miniport (upper edge). */
typedef struct _MUX_VELAN {
    LIST_ENTRY Link;                     /* Binding->VelanList, under Binding->Lock */
    struct _MUX_BINDING *Binding;
    NDIS_HANDLE MiniportAdapterHandle;   /* from MiniportInitializeEx */
    NDIS_STRING DeviceInstance;
    WCHAR DeviceInstanceBuffer[MUX_MAX_INSTANCE_CHARS];
    MUX_VELAN_STATE State;
    volatile LONG RefCount;              /* references taken outside Binding->Lock */
    volatile LONG OutstandingSends;
    volatile LONG OutstandingReceives;
    PNDIS_OID_REQUEST PendingOidRequest; /* NDIS serialises OID requests */
    PNDIS_OID_REQUEST ClonedOidRequest;
    ULONG PacketFilter;
    NDIS_LINK_STATE LastLinkState;
    MUX_STATISTICS Stats;
} MUX_VELAN, *PMUX_VELAN;

/* One binding to a lower adapter (lower edge). */
typedef struct _MUX_BINDING {
    LIST_ENTRY Link;                     /* MuxGlobals.BindingList */
    NDIS_SPIN_LOCK Lock;
    LIST_ENTRY VelanList;
    ULONG VelanCount;
    MUX_BINDING_STATE State;
    NDIS_HANDLE BindingHandle;           /* from NdisOpenAdapterEx */
    NDIS_HANDLE LowerDeviceContext;      /* NdisIMGetBindingContext, if stacked */
    NDIS_HANDLE SendNblPool;
    NDIS_HANDLE ReceiveNblPool;
    NDIS_EVENT OpenEvent;
    NDIS_EVENT CloseEvent;
    NDIS_STATUS OpenStatus;
    UINT SelectedMediumIndex;
    NDIS_MEDIUM Medium;
    ULONG MtuSize;
    ULONG64 LinkSpeed;
    NDIS_MEDIA_CONNECT_STATE ConnectState;
    USHORT MacAddressLength;
    UCHAR MacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    volatile LONG OutstandingSends;
} MUX_BINDING, *PMUX_BINDING;

/* Driver-wide state. */
typedef struct _MUX_GLOBALS {
    NDIS_HANDLE MiniportDriverHandle;    /* NdisMRegisterMiniportDriver */
    NDIS_HANDLE ProtocolHandle;          /* NdisRegisterProtocolDriver */
    NDIS_SPIN_LOCK Lock;
    LIST_ENTRY BindingList;
    ULONG BindingCount;
    NDIS_HANDLE StatsTimer;
    MUX_STATISTICS Totals;
} MUX_GLOBALS, *PMUX_GLOBALS;

extern MUX_GLOBALS MuxGlobals;

/* Entry points, declared with their role types. */
DRIVER_INITIALIZE DriverEntry;

MINIPORT_INITIALIZE MuxMpInitialize;
MINIPORT_HALT MuxMpHalt;
MINIPORT_UNLOAD MuxMpUnload;
MINIPORT_PAUSE MuxMpPause;
MINIPORT_RESTART MuxMpRestart;
MINIPORT_OID_REQUEST MuxMpOidRequest;
MINIPORT_CANCEL_OID_REQUEST MuxMpCancelOidRequest;
MINIPORT_SEND_NET_BUFFER_LISTS MuxMpSendNetBufferLists;
MINIPORT_RETURN_NET_BUFFER_LISTS MuxMpReturnNetBufferLists;
MINIPORT_CANCEL_SEND MuxMpCancelSend;
MINIPORT_DEVICE_PNP_EVENT_NOTIFY MuxMpDevicePnPEvent;
MINIPORT_SHUTDOWN MuxMpShutdown;

PROTOCOL_BIND_ADAPTER_EX MuxPtBindAdapter;
PROTOCOL_UNBIND_ADAPTER_EX MuxPtUnbindAdapter;
PROTOCOL_OPEN_ADAPTER_COMPLETE_EX MuxPtOpenAdapterComplete;
PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX MuxPtCloseAdapterComplete;
PROTOCOL_RECEIVE_NET_BUFFER_LISTS MuxPtReceiveNetBufferLists;
PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE MuxPtSendNetBufferListsComplete;
PROTOCOL_STATUS_EX MuxPtStatus;
PROTOCOL_NET_PNP_EVENT MuxPtNetPnPEvent;
PROTOCOL_OID_REQUEST_COMPLETE MuxPtOidRequestComplete;
PROTOCOL_UNINSTALL MuxPtUninstall;

NDIS_TIMER_FUNCTION MuxStatsTimer;

/* adapter.c */
PMUX_BINDING MuxAllocateBinding(VOID);
VOID MuxFreeBinding(_In_ PMUX_BINDING Binding);
VOID MuxLinkBinding(_In_ PMUX_BINDING Binding);
VOID MuxUnlinkBinding(_In_ PMUX_BINDING Binding);
PMUX_VELAN MuxAllocateVelan(_In_ PMUX_BINDING Binding, _In_ PCWSTR InstanceName, _In_ USHORT InstanceChars);
VOID MuxReferenceVelan(_In_ PMUX_VELAN Velan);
VOID MuxDereferenceVelan(_In_ PMUX_VELAN Velan);
PMUX_VELAN MuxReferencePrimaryVelan(_In_ PMUX_BINDING Binding);
PMUX_VELAN MuxFindVelanByClonedOid(_In_ PMUX_BINDING Binding, _In_ PNDIS_OID_REQUEST Clone);
NDIS_STATUS MuxStartVelan(_In_ PMUX_VELAN Velan);
VOID MuxStopAllVelans(_In_ PMUX_BINDING Binding);
ULONG MuxVelanCount(_In_ PMUX_BINDING Binding);
VOID MuxRemoveVelan(_In_ PMUX_VELAN Velan);

/* miniport.c */
VOID MuxCompleteForwardedOid(_In_ PMUX_VELAN Velan, _In_ NDIS_STATUS Status);
VOID MuxVelanSendDone(_In_ PMUX_VELAN Velan, _In_ BOOLEAN Succeeded);

/* driver.c */
VOID MuxAddStatistics(_In_ const MUX_STATISTICS *Delta);

#endif /* IMMUX_MUX_H */
