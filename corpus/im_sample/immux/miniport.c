/*
 * miniport.c -- ImMux: the upper edge.  Each VELAN is a virtual miniport
 * that NDIS creates after MuxStartVelan asked for it.
 */
#include "mux.h"

static NDIS_OID MuxSupportedOids[] = {
    OID_GEN_SUPPORTED_LIST,
    OID_GEN_HARDWARE_STATUS,
    OID_GEN_MEDIA_SUPPORTED,
    OID_GEN_MEDIA_IN_USE,
    OID_GEN_MAXIMUM_LOOKAHEAD,
    OID_GEN_MAXIMUM_FRAME_SIZE,
    OID_GEN_LINK_SPEED,
    OID_GEN_TRANSMIT_BUFFER_SPACE,
    OID_GEN_RECEIVE_BUFFER_SPACE,
    OID_GEN_VENDOR_ID,
    OID_GEN_VENDOR_DESCRIPTION,
    OID_GEN_CURRENT_PACKET_FILTER,
    OID_GEN_CURRENT_LOOKAHEAD,
    OID_GEN_DRIVER_VERSION,
    OID_GEN_MAXIMUM_TOTAL_SIZE,
    OID_GEN_MEDIA_CONNECT_STATUS,
    OID_GEN_XMIT_OK,
    OID_GEN_RCV_OK,
    OID_GEN_STATISTICS,
    OID_802_3_PERMANENT_ADDRESS,
    OID_802_3_CURRENT_ADDRESS,
    OID_PNP_QUERY_POWER,
    OID_PNP_SET_POWER,
};

static NDIS_STATUS MuxSetRegistrationAttributes(PMUX_VELAN Velan)
{
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Attributes;

    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    Attributes.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Attributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Attributes.MiniportAdapterContext = Velan;
    Attributes.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND;
    Attributes.CheckForHangTimeInSeconds = 0;
    Attributes.InterfaceType = NdisInterfaceInternal;

    return NdisMSetMiniportAttributes(Velan->MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Attributes);
}

static NDIS_STATUS MuxSetGeneralAttributes(PMUX_VELAN Velan)
{
    PMUX_BINDING Binding = Velan->Binding;
    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES Attributes;
    UCHAR MacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    USHORT MacAddressLength;
    NDIS_MEDIA_CONNECT_STATE ConnectState;
    ULONG64 LinkSpeed;
    ULONG MtuSize;

    /* A consistent snapshot of the lower adapter. */
    NdisAcquireSpinLock(&Binding->Lock);
    NdisMoveMemory(MacAddress, Binding->MacAddress, sizeof(MacAddress));
    MacAddressLength = Binding->MacAddressLength;
    ConnectState = Binding->ConnectState;
    LinkSpeed = Binding->LinkSpeed;
    MtuSize = Binding->MtuSize;
    NdisReleaseSpinLock(&Binding->Lock);

    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
    Attributes.Header.Revision = NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2;
    Attributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2;
    Attributes.MediaType = NdisMedium802_3;
    Attributes.PhysicalMediumType = NdisPhysicalMediumUnspecified;
    Attributes.MtuSize = MtuSize;
    Attributes.MaxXmitLinkSpeed = LinkSpeed;
    Attributes.XmitLinkSpeed = LinkSpeed;
    Attributes.MaxRcvLinkSpeed = LinkSpeed;
    Attributes.RcvLinkSpeed = LinkSpeed;
    Attributes.MediaConnectState = ConnectState;
    Attributes.MediaDuplexState = MediaDuplexStateUnknown;
    Attributes.LookaheadSize = MtuSize;
    Attributes.MacOptions = NDIS_MAC_OPTION_NO_LOOPBACK;
    Attributes.SupportedPacketFilters = NDIS_PACKET_TYPE_DIRECTED | NDIS_PACKET_TYPE_MULTICAST |
                                        NDIS_PACKET_TYPE_ALL_MULTICAST | NDIS_PACKET_TYPE_BROADCAST;
    Attributes.MaxMulticastListSize = 32;
    Attributes.MacAddressLength = MacAddressLength;
    NdisMoveMemory(Attributes.PermanentMacAddress, MacAddress, sizeof(MacAddress));
    NdisMoveMemory(Attributes.CurrentMacAddress, MacAddress, sizeof(MacAddress));
    Attributes.AccessType = NET_IF_ACCESS_BROADCAST;
    Attributes.DirectionType = NET_IF_DIRECTION_SENDRECEIVE;
    Attributes.ConnectionType = NET_IF_CONNECTION_DEDICATED;
    Attributes.IfType = IF_TYPE_ETHERNET_CSMACD;
    Attributes.IfConnectorPresent = FALSE;
    Attributes.SupportedStatistics = NDIS_STATISTICS_XMIT_OK_SUPPORTED | NDIS_STATISTICS_RCV_OK_SUPPORTED |
                                     NDIS_STATISTICS_XMIT_ERROR_SUPPORTED | NDIS_STATISTICS_RCV_NO_BUFFER_SUPPORTED;
    Attributes.SupportedPauseFunctions = NdisPauseFunctionsUnsupported;
    Attributes.SupportedOidList = MuxSupportedOids;
    Attributes.SupportedOidListLength = sizeof(MuxSupportedOids);

    return NdisMSetMiniportAttributes(Velan->MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Attributes);
}

_Use_decl_annotations_
NDIS_STATUS MuxMpInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
                            PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    PMUX_VELAN Velan = (PMUX_VELAN)MiniportInitParameters->IMDeviceInstanceContext;
    PMUX_BINDING Binding;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(MiniportDriverContext);

    if (Velan == NULL)
        return NDIS_STATUS_FAILURE;
    Binding = Velan->Binding;
    Velan->MiniportAdapterHandle = NdisMiniportHandle;

    Status = MuxSetRegistrationAttributes(Velan);
    if (Status == NDIS_STATUS_SUCCESS)
        Status = MuxSetGeneralAttributes(Velan);

    if (Status != NDIS_STATUS_SUCCESS) {
        /* NDIS will not halt a miniport whose initialisation failed. */
        Velan->MiniportAdapterHandle = NULL;
        MuxRemoveVelan(Velan);
        return Status;
    }

    NdisAcquireSpinLock(&Binding->Lock);
    if (Velan->State == MuxVelanStarting)
        Velan->State = MuxVelanPaused;
    NdisReleaseSpinLock(&Binding->Lock);
    return NDIS_STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID MuxMpHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMUX_VELAN Velan = (PMUX_VELAN)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);

    /* NDIS paused the VELAN first, but receive indications may still be
     * returning. */
    while (Velan->OutstandingSends != 0 || Velan->OutstandingReceives != 0)
        NdisMSleep(MUX_DRAIN_POLL_US);

    MuxAddStatistics(&Velan->Stats);
    Velan->MiniportAdapterHandle = NULL;
    MuxRemoveVelan(Velan);
}

_Use_decl_annotations_
NDIS_STATUS MuxMpPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PMUX_VELAN Velan = (PMUX_VELAN)MiniportAdapterContext;
    PMUX_BINDING Binding = Velan->Binding;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(PauseParameters);

    NdisAcquireSpinLock(&Binding->Lock);
    if (Velan->OutstandingSends == 0) {
        Velan->State = MuxVelanPaused;
        Status = NDIS_STATUS_SUCCESS;
    } else {
        /* MuxVelanSendDone completes the pause when the last send returns. */
        Velan->State = MuxVelanPausing;
        Status = NDIS_STATUS_PENDING;
    }
    NdisReleaseSpinLock(&Binding->Lock);
    return Status;
}

_Use_decl_annotations_
NDIS_STATUS MuxMpRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PMUX_VELAN Velan = (PMUX_VELAN)MiniportAdapterContext;
    PMUX_BINDING Binding = Velan->Binding;

    UNREFERENCED_PARAMETER(RestartParameters);

    NdisAcquireSpinLock(&Binding->Lock);
    Velan->State = MuxVelanRunning;
    NdisReleaseSpinLock(&Binding->Lock);
    return NDIS_STATUS_SUCCESS;
}

/* One send (or failed send) of this VELAN is over. */
_Use_decl_annotations_
VOID MuxVelanSendDone(PMUX_VELAN Velan, BOOLEAN Succeeded)
{
    PMUX_BINDING Binding = Velan->Binding;
    BOOLEAN CompletePause = FALSE;

    NdisAcquireSpinLock(&Binding->Lock);
    Velan->OutstandingSends--;
    if (Succeeded)
        Velan->Stats.FramesSent++;
    else
        Velan->Stats.SendErrors++;
    if (Velan->OutstandingSends == 0 && Velan->State == MuxVelanPausing) {
        Velan->State = MuxVelanPaused;
        CompletePause = TRUE;
    }
    NdisReleaseSpinLock(&Binding->Lock);

    if (CompletePause)
        NdisMPauseComplete(Velan->MiniportAdapterHandle);
}

_Use_decl_annotations_
VOID MuxMpSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,
                             NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMUX_VELAN Velan = (PMUX_VELAN)MiniportAdapterContext;
    PMUX_BINDING Binding = Velan->Binding;
    ULONG CompleteFlags = NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags) ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL : 0;
    ULONG LowerFlags = SendFlags & NDIS_SEND_FLAGS_DISPATCH_LEVEL;
    PNET_BUFFER_LIST Nbl;
    PNET_BUFFER_LIST Next;

    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {
        PNET_BUFFER_LIST Clone;
        BOOLEAN CanSend;

        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;

        NdisAcquireSpinLock(&Binding->Lock);
        CanSend = Velan->State == MuxVelanRunning && Binding->State == MuxBindingRunning;
        if (CanSend)
            Velan->OutstandingSends++;
        NdisReleaseSpinLock(&Binding->Lock);

        if (!CanSend) {
            NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_PAUSED;
            NdisMSendNetBufferListsComplete(Velan->MiniportAdapterHandle, Nbl, CompleteFlags);
            continue;
        }

        Clone = NdisAllocateCloneNetBufferList(Nbl, Binding->SendNblPool, NULL, 0);
        if (Clone == NULL) {
            NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_RESOURCES;
            NdisMSendNetBufferListsComplete(Velan->MiniportAdapterHandle, Nbl, CompleteFlags);
            MuxVelanSendDone(Velan, FALSE);
            continue;
        }

        /* The clone is ours as a protocol: its ProtocolReserved area
         * remembers the VELAN for the send completion. */
        Clone->ParentNetBufferList = Nbl;
        Clone->ProtocolReserved[0] = Velan;
        InterlockedIncrement(&Binding->OutstandingSends);
        NdisSendNetBufferLists(Binding->BindingHandle, Clone, PortNumber, LowerFlags);
    }
}

_Use_decl_annotations_
VOID MuxMpReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,
                               ULONG ReturnFlags)
{
    PMUX_VELAN Velan = (PMUX_VELAN)MiniportAdapterContext;
    PMUX_BINDING Binding = Velan->Binding;
    ULONG LowerFlags = ReturnFlags & NDIS_RETURN_FLAGS_DISPATCH_LEVEL;
    PNET_BUFFER_LIST Clone;
    PNET_BUFFER_LIST Next;

    for (Clone = NetBufferLists; Clone != NULL; Clone = Next) {
        PNET_BUFFER_LIST Original = Clone->ParentNetBufferList;

        Next = NET_BUFFER_LIST_NEXT_NBL(Clone);
        NET_BUFFER_LIST_NEXT_NBL(Clone) = NULL;
        NdisFreeCloneNetBufferList(Clone, 0);
        NdisReturnNetBufferLists(Binding->BindingHandle, Original, LowerFlags);
        InterlockedDecrement(&Velan->OutstandingReceives);
    }
}

_Use_decl_annotations_
VOID MuxMpCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId)
{
    PMUX_VELAN Velan = (PMUX_VELAN)MiniportAdapterContext;

    /* The clones carry the cancel identifier of their originals. */
    NdisCancelSendNetBufferLists(Velan->Binding->BindingHandle, CancelId);
}

/* Requests that concern only this VELAN are answered here. */
static BOOLEAN MuxHandleOidLocally(PMUX_VELAN Velan, PNDIS_OID_REQUEST OidRequest, NDIS_STATUS *Status)
{
    if (OidRequest->RequestType != NdisRequestSetInformation)
        return FALSE;

    switch (OidRequest->DATA.SET_INFORMATION.Oid) {
    case OID_GEN_CURRENT_PACKET_FILTER:
        if (OidRequest->DATA.SET_INFORMATION.InformationBufferLength < sizeof(ULONG)) {
            OidRequest->DATA.SET_INFORMATION.BytesNeeded = sizeof(ULONG);
            *Status = NDIS_STATUS_INVALID_LENGTH;
            return TRUE;
        }
        NdisMoveMemory(&Velan->PacketFilter, OidRequest->DATA.SET_INFORMATION.InformationBuffer, sizeof(ULONG));
        OidRequest->DATA.SET_INFORMATION.BytesRead = sizeof(ULONG);
        *Status = NDIS_STATUS_SUCCESS;
        return TRUE;
    case OID_GEN_CURRENT_LOOKAHEAD:
        OidRequest->DATA.SET_INFORMATION.BytesRead = OidRequest->DATA.SET_INFORMATION.InformationBufferLength;
        *Status = NDIS_STATUS_SUCCESS;
        return TRUE;
    default:
        return FALSE;
    }
}

_Use_decl_annotations_
NDIS_STATUS MuxMpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMUX_VELAN Velan = (PMUX_VELAN)MiniportAdapterContext;
    PMUX_BINDING Binding = Velan->Binding;
    PNDIS_OID_REQUEST Clone = NULL;
    NDIS_STATUS Status;

    if (MuxHandleOidLocally(Velan, OidRequest, &Status))
        return Status;

    /* Everything else goes to the lower adapter, as a clone. */
    Status = NdisAllocateCloneOidRequest(Binding->BindingHandle, OidRequest, MUX_TAG, &Clone);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    NdisAcquireSpinLock(&Binding->Lock);
    Velan->PendingOidRequest = OidRequest;
    Velan->ClonedOidRequest = Clone;
    NdisReleaseSpinLock(&Binding->Lock);

    Status = NdisOidRequest(Binding->BindingHandle, Clone);
    if (Status != NDIS_STATUS_PENDING) {
        MuxCompleteForwardedOid(Velan, Status);
        Status = NDIS_STATUS_PENDING;
    }
    return Status;
}

/* Copies the results of the forwarded clone back, frees the clone and
 * completes the original request. */
_Use_decl_annotations_
VOID MuxCompleteForwardedOid(PMUX_VELAN Velan, NDIS_STATUS Status)
{
    PMUX_BINDING Binding = Velan->Binding;
    PNDIS_OID_REQUEST Original;
    PNDIS_OID_REQUEST Clone;

    NdisAcquireSpinLock(&Binding->Lock);
    Original = Velan->PendingOidRequest;
    Clone = Velan->ClonedOidRequest;
    Velan->PendingOidRequest = NULL;
    Velan->ClonedOidRequest = NULL;
    NdisReleaseSpinLock(&Binding->Lock);

    if (Original == NULL || Clone == NULL)
        return;

    switch (Original->RequestType) {
    case NdisRequestQueryInformation:
    case NdisRequestQueryStatistics:
        Original->DATA.QUERY_INFORMATION.BytesWritten = Clone->DATA.QUERY_INFORMATION.BytesWritten;
        Original->DATA.QUERY_INFORMATION.BytesNeeded = Clone->DATA.QUERY_INFORMATION.BytesNeeded;
        break;
    case NdisRequestSetInformation:
        Original->DATA.SET_INFORMATION.BytesRead = Clone->DATA.SET_INFORMATION.BytesRead;
        Original->DATA.SET_INFORMATION.BytesNeeded = Clone->DATA.SET_INFORMATION.BytesNeeded;
        break;
    case NdisRequestMethod:
        Original->DATA.METHOD_INFORMATION.BytesWritten = Clone->DATA.METHOD_INFORMATION.BytesWritten;
        Original->DATA.METHOD_INFORMATION.BytesRead = Clone->DATA.METHOD_INFORMATION.BytesRead;
        Original->DATA.METHOD_INFORMATION.BytesNeeded = Clone->DATA.METHOD_INFORMATION.BytesNeeded;
        break;
    default:
        break;
    }

    NdisFreeCloneOidRequest(Binding->BindingHandle, Clone);
    NdisMOidRequestComplete(Velan->MiniportAdapterHandle, Original, Status);
}

_Use_decl_annotations_
VOID MuxMpCancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
    PMUX_VELAN Velan = (PMUX_VELAN)MiniportAdapterContext;
    PMUX_BINDING Binding = Velan->Binding;
    BOOLEAN Forwarded;

    NdisAcquireSpinLock(&Binding->Lock);
    Forwarded = Velan->PendingOidRequest != NULL && Velan->PendingOidRequest->RequestId == RequestId;
    NdisReleaseSpinLock(&Binding->Lock);

    /* The clone carries the identifier of the original. */
    if (Forwarded)
        NdisCancelOidRequest(Binding->BindingHandle, RequestId);
}

_Use_decl_annotations_
VOID MuxMpDevicePnPEvent(NDIS_HANDLE MiniportAdapterContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    PMUX_VELAN Velan = (PMUX_VELAN)MiniportAdapterContext;

    switch (NetDevicePnPEvent->DevicePnPEvent) {
    case NdisDevicePnPEventSurpriseRemoved:
        /* A virtual miniport has no hardware to lose; the lower binding's
         * unbind tears the VELAN down. */
        break;
    case NdisDevicePnPEventPowerProfileChanged:
        break;
    default:
        break;
    }
    UNREFERENCED_PARAMETER(Velan);
}

/* The system is shutting down.  There is no hardware to quiesce, and this
 * handler may run at a high IRQL: it calls nothing. */
_Use_decl_annotations_
VOID MuxMpShutdown(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(ShutdownAction);
}
