/*
 * ndis_protocol.h -- ddicheck model header, part of ndis.h: the NDIS 6 protocol role types
 * (PROTOCOL_*), structures (characteristics, bind and open parameters) and
 * functions.
 *
 * Generated for ddicheck from the `## -syntax` blocks, the callback examples
 * and the front matter (req.irql) of the public reference pages under
 * ddi/ndis and ddi/ntddndis (each declaration names its page); it is not a
 * copy of Microsoft's ndis.h.  ddicheck searches its model headers AFTER the
 * driver's own include paths (-idirafter), so a real WDK on the include path
 * takes precedence.  Include <ndis.h>, not this file.
 *
 * IRQL annotations follow req.irql: "<= DISPATCH_LEVEL" is
 * _IRQL_requires_max_(DISPATCH_LEVEL), "PASSIVE_LEVEL" _IRQL_requires_,
 * "DISPATCH_LEVEL" _IRQL_requires_(DISPATCH_LEVEL), "< DISPATCH_LEVEL" and
 * "<= APC_LEVEL" _IRQL_requires_max_(APC_LEVEL); "Any level", "DIRQL", "See
 * Remarks" and an empty field give no annotation.  A role type carries the
 * level at which NDIS calls the callback; its pointer typedef(s) are the
 * names the characteristics structures use.
 */
#ifndef DDICHECK_MODEL_NDIS_PROTOCOL_H
#define DDICHECK_MODEL_NDIS_PROTOCOL_H

/* PROTOCOL_BIND_ADAPTER_EX -- nc-ndis-protocol_bind_adapter_ex; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_BIND_ADAPTER_EX)
NDIS_STATUS (PROTOCOL_BIND_ADAPTER_EX)(
    _In_ NDIS_HANDLE ProtocolDriverContext,
    _In_ NDIS_HANDLE BindContext,
    _In_ PNDIS_BIND_PARAMETERS BindParameters);
typedef PROTOCOL_BIND_ADAPTER_EX (*BIND_HANDLER_EX);

/* PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX -- nc-ndis-protocol_close_adapter_complete_ex; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX)
VOID (PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX)(
    _In_ NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX (*CLOSE_ADAPTER_COMPLETE_HANDLER_EX);

/* PROTOCOL_DIRECT_OID_REQUEST_COMPLETE -- nc-ndis-protocol_direct_oid_request_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_DIRECT_OID_REQUEST_COMPLETE)
VOID (PROTOCOL_DIRECT_OID_REQUEST_COMPLETE)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);
typedef PROTOCOL_DIRECT_OID_REQUEST_COMPLETE (*DIRECT_OID_REQUEST_COMPLETE_HANDLER);

/* PROTOCOL_NET_PNP_EVENT -- nc-ndis-protocol_net_pnp_event; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_NET_PNP_EVENT)
NDIS_STATUS (PROTOCOL_NET_PNP_EVENT)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEvent);
typedef PROTOCOL_NET_PNP_EVENT (*NET_PNP_EVENT_HANDLER);

/* PROTOCOL_OID_REQUEST_COMPLETE -- nc-ndis-protocol_oid_request_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_OID_REQUEST_COMPLETE)
VOID (PROTOCOL_OID_REQUEST_COMPLETE)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);
typedef PROTOCOL_OID_REQUEST_COMPLETE (*OID_REQUEST_COMPLETE_HANDLER);

/* PROTOCOL_OPEN_ADAPTER_COMPLETE_EX -- nc-ndis-protocol_open_adapter_complete_ex; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_OPEN_ADAPTER_COMPLETE_EX)
VOID (PROTOCOL_OPEN_ADAPTER_COMPLETE_EX)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ NDIS_STATUS Status);
typedef PROTOCOL_OPEN_ADAPTER_COMPLETE_EX (*OPEN_ADAPTER_COMPLETE_HANDLER_EX);

/* PROTOCOL_RECEIVE_NET_BUFFER_LISTS -- nc-ndis-protocol_receive_net_buffer_lists; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_RECEIVE_NET_BUFFER_LISTS)
VOID (PROTOCOL_RECEIVE_NET_BUFFER_LISTS)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG NumberOfNetBufferLists,
    _In_ ULONG ReceiveFlags);
typedef PROTOCOL_RECEIVE_NET_BUFFER_LISTS (*RECEIVE_NET_BUFFER_LISTS_HANDLER);

/* PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE -- nc-ndis-protocol_send_net_buffer_lists_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE)
VOID (PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG SendCompleteFlags);
typedef PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE (*SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER);

/* PROTOCOL_SET_OPTIONS -- nc-ndis-set_options; req.irql: PASSIVE_LEVEL (same type as SET_OPTIONS) */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_SET_OPTIONS)
NDIS_STATUS (PROTOCOL_SET_OPTIONS)(
    _In_ NDIS_HANDLE NdisDriverHandle,
    _In_ NDIS_HANDLE DriverContext);
typedef PROTOCOL_SET_OPTIONS (*PROTOCOL_SET_OPTIONS_HANDLER);

/* PROTOCOL_STATUS_EX -- nc-ndis-protocol_status_ex; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_STATUS_EX)
VOID (PROTOCOL_STATUS_EX)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNDIS_STATUS_INDICATION StatusIndication);
typedef PROTOCOL_STATUS_EX (*STATUS_HANDLER_EX);

/* PROTOCOL_UNBIND_ADAPTER_EX -- nc-ndis-protocol_unbind_adapter_ex; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_UNBIND_ADAPTER_EX)
NDIS_STATUS (PROTOCOL_UNBIND_ADAPTER_EX)(
    _In_ NDIS_HANDLE UnbindContext,
    _In_ NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_UNBIND_ADAPTER_EX (*UNBIND_HANDLER_EX);

/* PROTOCOL_UNINSTALL -- nc-ndis-protocol_uninstall; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_UNINSTALL)
VOID (PROTOCOL_UNINSTALL)(VOID);
typedef PROTOCOL_UNINSTALL (*UNINSTALL_PROTOCOL_HANDLER);

/* NDIS_BIND_FAILED_NOTIFICATION (ns-ndis-_ndis_bind_failed_notification) */
typedef struct _NDIS_BIND_FAILED_NOTIFICATION {
    NDIS_OBJECT_HEADER Header;
    NET_LUID           MiniportNetLuid;
} NDIS_BIND_FAILED_NOTIFICATION, *PNDIS_BIND_FAILED_NOTIFICATION;

/* NDIS_BIND_PARAMETERS (ns-ndis-_ndis_bind_parameters) */
typedef struct _NDIS_BIND_PARAMETERS {
    NDIS_OBJECT_HEADER                Header;
    PNDIS_STRING                      ProtocolSection;
    PNDIS_STRING                      AdapterName;
    PDEVICE_OBJECT                    PhysicalDeviceObject;
    NDIS_MEDIUM                       MediaType;
    ULONG                             MtuSize;
    ULONG64                           MaxXmitLinkSpeed;
    ULONG64                           XmitLinkSpeed;
    ULONG64                           MaxRcvLinkSpeed;
    ULONG64                           RcvLinkSpeed;
    NDIS_MEDIA_CONNECT_STATE          MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE           MediaDuplexState;
    ULONG                             LookaheadSize;
    PNDIS_PNP_CAPABILITIES            PowerManagementCapabilities;
    ULONG                             SupportedPacketFilters;
    ULONG                             MaxMulticastListSize;
    USHORT                            MacAddressLength;
    UCHAR                             CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NDIS_PHYSICAL_MEDIUM              PhysicalMediumType;
    PNDIS_RECEIVE_SCALE_CAPABILITIES  RcvScaleCapabilities;
    NET_LUID                          BoundIfNetluid;
    NET_IFINDEX                       BoundIfIndex;
    NET_LUID                          LowestIfNetluid;
    NET_IFINDEX                       LowestIfIndex;
    NET_IF_ACCESS_TYPE                AccessType;
    NET_IF_DIRECTION_TYPE             DirectionType;
    NET_IF_CONNECTION_TYPE            ConnectionType;
    NET_IFTYPE                        IfType;
    BOOLEAN                           IfConnectorPresent;
    PNDIS_PORT                        ActivePorts;
    ULONG                             DataBackFillSize;
    ULONG                             ContextBackFillSize;
    ULONG                             MacOptions;
    NET_IF_COMPARTMENT_ID             CompartmentId;
    PNDIS_OFFLOAD                     DefaultOffloadConfiguration;
    PNDIS_TCP_CONNECTION_OFFLOAD      TcpConnectionOffloadCapabilities;
    PNDIS_STRING                      BoundAdapterName;
#if (NDIS_SUPPORT_NDIS61)
    PNDIS_HD_SPLIT_CURRENT_CONFIG     HDSplitCurrentConfig;
#endif
#if (NDIS_SUPPORT_NDIS620)
    PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
    PNDIS_PM_CAPABILITIES             PowerManagementCapabilitiesEx;
    PNDIS_NIC_SWITCH_CAPABILITIES     NicSwitchCapabilities;
#endif
#if (NDIS_SUPPORT_NDIS630)
    BOOLEAN                           NDKEnabled;
    PNDIS_NDK_CAPABILITIES            NDKCapabilities;
    PNDIS_SRIOV_CAPABILITIES          SriovCapabilities;
    PNDIS_NIC_SWITCH_INFO_ARRAY       NicSwitchArray;
#endif
} NDIS_BIND_PARAMETERS, *PNDIS_BIND_PARAMETERS;

/* NDIS_OPEN_PARAMETERS (ns-ndis-_ndis_open_parameters) */
typedef struct _NDIS_OPEN_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING       AdapterName;
    PNDIS_MEDIUM       MediumArray;
    UINT               MediumArraySize;
    PUINT              SelectedMediumIndex;
    PNET_FRAME_TYPE    FrameTypeArray;
    UINT               FrameTypeArraySize;
} NDIS_OPEN_PARAMETERS, *PNDIS_OPEN_PARAMETERS;

/* NDIS_PROTOCOL_DRIVER_CHARACTERISTICS (ns-ndis-_ndis_protocol_driver_characteristics) */
typedef struct _NDIS_PROTOCOL_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER                     Header;
    UCHAR                                  MajorNdisVersion;
    UCHAR                                  MinorNdisVersion;
    UCHAR                                  MajorDriverVersion;
    UCHAR                                  MinorDriverVersion;
    ULONG                                  Flags;
    NDIS_STRING                            Name;
    SET_OPTIONS_HANDLER                    SetOptionsHandler;
    BIND_HANDLER_EX                        BindAdapterHandlerEx;
    UNBIND_HANDLER_EX                      UnbindAdapterHandlerEx;
    OPEN_ADAPTER_COMPLETE_HANDLER_EX       OpenAdapterCompleteHandlerEx;
    CLOSE_ADAPTER_COMPLETE_HANDLER_EX      CloseAdapterCompleteHandlerEx;
    NET_PNP_EVENT_HANDLER                  NetPnPEventHandler;
    UNINSTALL_PROTOCOL_HANDLER             UninstallHandler;
    OID_REQUEST_COMPLETE_HANDLER           OidRequestCompleteHandler;
    STATUS_HANDLER_EX                      StatusHandlerEx;
    RECEIVE_NET_BUFFER_LISTS_HANDLER       ReceiveNetBufferListsHandler;
    SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
#if (NDIS_SUPPORT_NDIS61)
    DIRECT_OID_REQUEST_COMPLETE_HANDLER    DirectOidRequestCompleteHandler;
#endif
} NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, *PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS;

/* NDIS_PROTOCOL_PAUSE_PARAMETERS (ns-ndis-_ndis_protocol_pause_parameters) */
typedef struct _NDIS_PROTOCOL_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              PauseReason;
} NDIS_PROTOCOL_PAUSE_PARAMETERS, *PNDIS_PROTOCOL_PAUSE_PARAMETERS;

/* NDIS_PROTOCOL_RESTART_PARAMETERS (ns-ndis-_ndis_protocol_restart_parameters) */
typedef struct _NDIS_PROTOCOL_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER       Header;
    PUCHAR                   FilterModuleNameBuffer;
    ULONG                    FilterModuleNameBufferLength;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX              BoundIfIndex;
    NET_LUID                 BoundIfNetluid;
    ULONG                    Flags;
} NDIS_PROTOCOL_RESTART_PARAMETERS, *PNDIS_PROTOCOL_RESTART_PARAMETERS;

/* nf-ndis-ndiscanceldirectoidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCancelDirectOidRequest(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PVOID RequestId);

/* nf-ndis-ndiscanceloidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCancelOidRequest(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PVOID RequestId);

/* nf-ndis-ndiscancelsendnetbufferlists; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCancelSendNetBufferLists(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PVOID CancelId);

/* nf-ndis-ndisderegisterprotocoldriver; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisDeregisterProtocolDriver(
    _In_ NDIS_HANDLE NdisProtocolHandle);

/* nf-ndis-ndisdirectoidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisDirectOidRequest(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PNDIS_OID_REQUEST OidRequest);

/* nf-ndis-ndisoidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisOidRequest(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PNDIS_OID_REQUEST OidRequest);

/* nf-ndis-ndisopenadapterex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisOpenAdapterEx(
    _In_ NDIS_HANDLE NdisProtocolHandle,
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNDIS_OPEN_PARAMETERS OpenParameters,
    _In_ NDIS_HANDLE BindContext,
    _Out_ PNDIS_HANDLE NdisBindingHandle);

/* nf-ndis-ndisqueryadapterinstancename; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisQueryAdapterInstanceName(
    _Out_ PNDIS_STRING AdapterInstanceName,
    _In_ NDIS_HANDLE NdisBindingHandle);

/* nf-ndis-ndisquerybindinstancename; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisQueryBindInstanceName(
    _Out_ PNDIS_STRING pAdapterInstanceName,
    _In_ NDIS_HANDLE BindingContext);

/* nf-ndis-ndisreenumerateprotocolbindings; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisReEnumerateProtocolBindings(
    _In_ NDIS_HANDLE NdisProtocolHandle);

/* nf-ndis-ndisregisterprotocoldriver; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisRegisterProtocolDriver(
    _In_opt_ NDIS_HANDLE ProtocolDriverContext,
    _In_ PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS ProtocolCharacteristics,
    _Out_ PNDIS_HANDLE NdisProtocolHandle);

/* nf-ndis-ndisreturnnetbufferlists; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisReturnNetBufferLists(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG ReturnFlags);

/* nf-ndis-ndissendnetbufferlists; req.irql: <=DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisSendNetBufferLists(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG SendFlags);

/* nf-ndis-ndissynchronousoidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisSynchronousOidRequest(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ NDIS_OID_REQUEST *OidRequest);

/* nf-ndis-ndisunbindadapter; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisUnbindAdapter(
    _In_ NDIS_HANDLE NdisBindingHandle);

#endif /* DDICHECK_MODEL_NDIS_PROTOCOL_H */
