/*
 * protocol.c -- ImMux: the lower edge.  Binding to an adapter opens it and
 * starts the VELANs its configuration lists; unbinding stops them and
 * closes the adapter.
 */
#include "mux.h"

#define MUX_ETHERTYPE_IPV4  0x0800
#define MUX_ETHERTYPE_ARP   0x0806
#define MUX_ETHERTYPE_IPV6  0x86DD

/* Reads the binding's UpperBindings value (a multi-string of device
 * instance names) and starts one VELAN per name.  PASSIVE_LEVEL. */
static ULONG MuxCreateVelans(PMUX_BINDING Binding, PNDIS_BIND_PARAMETERS BindParameters)
{
    PNDIS_CONFIGURATION_PARAMETER Parameter = NULL;
    NDIS_HANDLE ConfigurationHandle = NULL;
    NDIS_STRING Keyword;
    NDIS_STATUS Status;
    ULONG Started = 0;
    PWSTR Name;
    USHORT Remaining;

    NdisOpenProtocolConfiguration(&Status, &ConfigurationHandle, BindParameters->ProtocolSection);
    if (Status != NDIS_STATUS_SUCCESS)
        return 0;

    NdisInitUnicodeString(&Keyword, L"UpperBindings");
    NdisReadConfiguration(&Status, &Parameter, ConfigurationHandle, &Keyword, NdisParameterMultiString);
    if (Status == NDIS_STATUS_SUCCESS && Parameter->ParameterType == NdisParameterMultiString) {
        Name = Parameter->ParameterData.StringData.Buffer;
        Remaining = Parameter->ParameterData.StringData.Length / sizeof(WCHAR);

        while (Remaining > 0 && *Name != L'\0' && Started < MUX_MAX_VELANS) {
            PMUX_VELAN Velan;
            USHORT Chars = 0;

            while (Chars < Remaining && Name[Chars] != L'\0')
                Chars++;

            Velan = MuxAllocateVelan(Binding, Name, Chars);
            if (Velan != NULL && MuxStartVelan(Velan) == NDIS_STATUS_SUCCESS)
                Started++;

            if (Chars + 1 >= Remaining)
                break;
            Name += Chars + 1;
            Remaining = (USHORT)(Remaining - (Chars + 1));
        }
    }

    NdisCloseConfiguration(ConfigurationHandle);
    return Started;
}

_Use_decl_annotations_
NDIS_STATUS MuxPtBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                             PNDIS_BIND_PARAMETERS BindParameters)
{
    NDIS_MEDIUM MediumArray[1] = { NdisMedium802_3 };
    NET_FRAME_TYPE FrameTypes[3] = { MUX_ETHERTYPE_IPV4, MUX_ETHERTYPE_ARP, MUX_ETHERTYPE_IPV6 };
    NDIS_OPEN_PARAMETERS OpenParameters;
    PMUX_BINDING Binding;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);

    if (BindParameters->MediaType != NdisMedium802_3)
        return NDIS_STATUS_UNSUPPORTED_MEDIA;

    Binding = MuxAllocateBinding();
    if (Binding == NULL)
        return NDIS_STATUS_RESOURCES;

    Binding->Medium = BindParameters->MediaType;
    Binding->MtuSize = BindParameters->MtuSize;
    Binding->LinkSpeed = BindParameters->XmitLinkSpeed;
    Binding->ConnectState = BindParameters->MediaConnectState;
    Binding->MacAddressLength = BindParameters->MacAddressLength;
    NdisMoveMemory(Binding->MacAddress, BindParameters->CurrentMacAddress, NDIS_MAX_PHYS_ADDRESS_LENGTH);

    NdisZeroMemory(&OpenParameters, sizeof(OpenParameters));
    OpenParameters.Header.Type = NDIS_OBJECT_TYPE_OPEN_PARAMETERS;
    OpenParameters.Header.Revision = NDIS_OPEN_PARAMETERS_REVISION_1;
    OpenParameters.Header.Size = NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1;
    OpenParameters.AdapterName = BindParameters->AdapterName;
    OpenParameters.MediumArray = MediumArray;
    OpenParameters.MediumArraySize = 1;
    OpenParameters.SelectedMediumIndex = &Binding->SelectedMediumIndex;
    OpenParameters.FrameTypeArray = FrameTypes;
    OpenParameters.FrameTypeArraySize = 3;

    Status = NdisOpenAdapterEx(MuxGlobals.ProtocolHandle, Binding, &OpenParameters, BindContext,
                               &Binding->BindingHandle);
    if (Status == NDIS_STATUS_PENDING) {
        NdisWaitEvent(&Binding->OpenEvent, 0);
        Status = Binding->OpenStatus;
    }
    if (Status != NDIS_STATUS_SUCCESS) {
        MuxFreeBinding(Binding);
        return Status;
    }

    /* When ImMux is stacked on another intermediate driver, that driver's
     * device context for the virtual miniport we opened. */
    Binding->LowerDeviceContext = NdisIMGetBindingContext(Binding->BindingHandle);

    NdisAcquireSpinLock(&Binding->Lock);
    Binding->State = MuxBindingPaused;
    NdisReleaseSpinLock(&Binding->Lock);

    MuxLinkBinding(Binding);

    /* The VELANs are started with no lock held. */
    MuxCreateVelans(Binding, BindParameters);
    return NDIS_STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID MuxPtOpenAdapterComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status)
{
    PMUX_BINDING Binding = (PMUX_BINDING)ProtocolBindingContext;

    Binding->OpenStatus = Status;
    NdisSetEvent(&Binding->OpenEvent);
}

_Use_decl_annotations_
NDIS_STATUS MuxPtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    PMUX_BINDING Binding = (PMUX_BINDING)ProtocolBindingContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(UnbindContext);

    NdisAcquireSpinLock(&Binding->Lock);
    Binding->State = MuxBindingClosing;
    NdisReleaseSpinLock(&Binding->Lock);

    /* Halts (or cancels) every VELAN above this binding. */
    MuxStopAllVelans(Binding);

    while (Binding->OutstandingSends != 0)
        NdisMSleep(MUX_DRAIN_POLL_US);

    Status = NdisCloseAdapterEx(Binding->BindingHandle);
    if (Status == NDIS_STATUS_PENDING)
        NdisWaitEvent(&Binding->CloseEvent, 0);

    MuxUnlinkBinding(Binding);
    MuxFreeBinding(Binding);
    return NDIS_STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID MuxPtCloseAdapterComplete(NDIS_HANDLE ProtocolBindingContext)
{
    PMUX_BINDING Binding = (PMUX_BINDING)ProtocolBindingContext;

    NdisSetEvent(&Binding->CloseEvent);
}

_Use_decl_annotations_
VOID MuxPtReceiveNetBufferLists(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
                                NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    PMUX_BINDING Binding = (PMUX_BINDING)ProtocolBindingContext;
    BOOLEAN CanPend = NDIS_TEST_RECEIVE_CAN_PEND(ReceiveFlags);
    ULONG ReturnFlags = NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(ReceiveFlags) ? NDIS_RETURN_FLAGS_DISPATCH_LEVEL : 0;
    ULONG Indicated = 0;
    ULONG Dropped = 0;
    PNET_BUFFER_LIST Nbl;
    PNET_BUFFER_LIST Next;
    PMUX_VELAN Velan;

    UNREFERENCED_PARAMETER(NumberOfNetBufferLists);

    Velan = MuxReferencePrimaryVelan(Binding);
    if (Velan == NULL) {
        /* Nobody above is running: give the frames straight back. */
        if (CanPend)
            NdisReturnNetBufferLists(Binding->BindingHandle, NetBufferLists, ReturnFlags);
        return;
    }

    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {
        PNET_BUFFER_LIST Clone;

        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;

        Clone = NdisAllocateCloneNetBufferList(Nbl, Binding->ReceiveNblPool, NULL, 0);
        if (Clone == NULL) {
            Dropped++;
            if (CanPend)
                NdisReturnNetBufferLists(Binding->BindingHandle, Nbl, ReturnFlags);
            continue;
        }
        Clone->ParentNetBufferList = Nbl;

        if (CanPend) {
            /* MuxMpReturnNetBufferLists returns the original later. */
            InterlockedIncrement(&Velan->OutstandingReceives);
            NdisMIndicateReceiveNetBufferLists(Velan->MiniportAdapterHandle, Clone, PortNumber, 1, ReceiveFlags);
        } else {
            /* The lower miniport wants its frames back on return. */
            NdisMIndicateReceiveNetBufferLists(Velan->MiniportAdapterHandle, Clone, PortNumber, 1, ReceiveFlags);
            NdisFreeCloneNetBufferList(Clone, 0);
        }
        Indicated++;
    }

    NdisAcquireSpinLock(&Binding->Lock);
    Velan->Stats.FramesReceived += Indicated;
    Velan->Stats.ReceiveDrops += Dropped;
    NdisReleaseSpinLock(&Binding->Lock);

    MuxDereferenceVelan(Velan);
}

_Use_decl_annotations_
VOID MuxPtSendNetBufferListsComplete(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
                                     ULONG SendCompleteFlags)
{
    PMUX_BINDING Binding = (PMUX_BINDING)ProtocolBindingContext;
    ULONG CompleteFlags = NDIS_TEST_SEND_COMPLETE_AT_DISPATCH_LEVEL(SendCompleteFlags)
                              ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL
                              : 0;
    PNET_BUFFER_LIST Clone;
    PNET_BUFFER_LIST Next;

    for (Clone = NetBufferLists; Clone != NULL; Clone = Next) {
        PMUX_VELAN Velan = (PMUX_VELAN)Clone->ProtocolReserved[0];
        PNET_BUFFER_LIST Original = Clone->ParentNetBufferList;
        NDIS_STATUS Status = NET_BUFFER_LIST_STATUS(Clone);

        Next = NET_BUFFER_LIST_NEXT_NBL(Clone);
        NET_BUFFER_LIST_NEXT_NBL(Clone) = NULL;

        NET_BUFFER_LIST_STATUS(Original) = Status;
        NdisFreeCloneNetBufferList(Clone, 0);
        NdisMSendNetBufferListsComplete(Velan->MiniportAdapterHandle, Original, CompleteFlags);

        InterlockedDecrement(&Binding->OutstandingSends);
        MuxVelanSendDone(Velan, Status == NDIS_STATUS_SUCCESS);
    }
}

_Use_decl_annotations_
VOID MuxPtStatus(NDIS_HANDLE ProtocolBindingContext, PNDIS_STATUS_INDICATION StatusIndication)
{
    PMUX_BINDING Binding = (PMUX_BINDING)ProtocolBindingContext;
    NDIS_STATUS_INDICATION Indication;
    PMUX_VELAN Velan;

    if (StatusIndication->StatusCode == NDIS_STATUS_LINK_STATE &&
        StatusIndication->StatusBufferSize >= sizeof(NDIS_LINK_STATE)) {
        PNDIS_LINK_STATE LinkState = (PNDIS_LINK_STATE)StatusIndication->StatusBuffer;

        NdisAcquireSpinLock(&Binding->Lock);
        Binding->ConnectState = LinkState->MediaConnectState;
        Binding->LinkSpeed = LinkState->XmitLinkSpeed;
        NdisReleaseSpinLock(&Binding->Lock);
    }

    Velan = MuxReferencePrimaryVelan(Binding);
    if (Velan == NULL)
        return;

    if (StatusIndication->StatusCode == NDIS_STATUS_LINK_STATE &&
        StatusIndication->StatusBufferSize >= sizeof(NDIS_LINK_STATE))
        NdisMoveMemory(&Velan->LastLinkState, StatusIndication->StatusBuffer, sizeof(NDIS_LINK_STATE));

    /* Pass the indication up as the VELAN's own. */
    NdisZeroMemory(&Indication, sizeof(Indication));
    Indication.Header.Type = NDIS_OBJECT_TYPE_STATUS_INDICATION;
    Indication.Header.Revision = NDIS_STATUS_INDICATION_REVISION_1;
    Indication.Header.Size = NDIS_SIZEOF_STATUS_INDICATION_REVISION_1;
    Indication.SourceHandle = Velan->MiniportAdapterHandle;
    Indication.PortNumber = StatusIndication->PortNumber;
    Indication.StatusCode = StatusIndication->StatusCode;
    Indication.StatusBuffer = StatusIndication->StatusBuffer;
    Indication.StatusBufferSize = StatusIndication->StatusBufferSize;
    NdisMIndicateStatusEx(Velan->MiniportAdapterHandle, &Indication);

    MuxDereferenceVelan(Velan);
}

_Use_decl_annotations_
NDIS_STATUS MuxPtNetPnPEvent(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification)
{
    PMUX_BINDING Binding = (PMUX_BINDING)ProtocolBindingContext;

    switch (NetPnPEventNotification->NetPnPEvent.NetEvent) {
    case NetEventPause:
        if (Binding != NULL) {
            NdisAcquireSpinLock(&Binding->Lock);
            Binding->State = MuxBindingPaused;
            NdisReleaseSpinLock(&Binding->Lock);
            /* A paused binding must have no send outstanding. */
            while (Binding->OutstandingSends != 0)
                NdisMSleep(MUX_DRAIN_POLL_US);
        }
        break;
    case NetEventRestart:
        if (Binding != NULL) {
            NdisAcquireSpinLock(&Binding->Lock);
            Binding->State = MuxBindingRunning;
            NdisReleaseSpinLock(&Binding->Lock);
        }
        break;
    case NetEventReconfigure:
        /* A global reconfiguration (new UpperBindings, say): have NDIS
         * offer the adapters again. */
        if (Binding == NULL)
            NdisReEnumerateProtocolBindings(MuxGlobals.ProtocolHandle);
        break;
    default:
        break;
    }
    return NDIS_STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID MuxPtOidRequestComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status)
{
    PMUX_BINDING Binding = (PMUX_BINDING)ProtocolBindingContext;
    PMUX_VELAN Velan;

    Velan = MuxFindVelanByClonedOid(Binding, OidRequest);
    if (Velan == NULL) {
        /* Not one of ours any more (the VELAN went away): just free it. */
        NdisFreeCloneOidRequest(Binding->BindingHandle, OidRequest);
        return;
    }
    MuxCompleteForwardedOid(Velan, Status);
    MuxDereferenceVelan(Velan);
}

/* NDIS has unbound every adapter and is about to uninstall the driver.
 * ImMux keeps no device objects or other resources that would hold the
 * driver loaded, so there is nothing to release early. */
_Use_decl_annotations_
VOID MuxPtUninstall(VOID)
{
}
