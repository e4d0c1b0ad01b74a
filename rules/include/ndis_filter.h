/*
 * ndis_filter.h -- ddicheck model header, part of ndis.h: the NDIS 6 filter role types (FILTER_*),
 * structures and functions (NdisF*).
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
#ifndef DDICHECK_MODEL_NDIS_FILTER_H
#define DDICHECK_MODEL_NDIS_FILTER_H

/* FILTER_ATTACH -- nc-ndis-filter_attach; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_ATTACH)
NDIS_STATUS (FILTER_ATTACH)(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ NDIS_HANDLE FilterDriverContext,
    _In_ PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters);
typedef FILTER_ATTACH (*FILTER_ATTACH_HANDLER);

/* FILTER_CANCEL_DIRECT_OID_REQUEST -- nc-ndis-filter_cancel_direct_oid_request; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_CANCEL_DIRECT_OID_REQUEST)
VOID (FILTER_CANCEL_DIRECT_OID_REQUEST)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PVOID RequestId);
typedef FILTER_CANCEL_DIRECT_OID_REQUEST (*FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER);

/* FILTER_CANCEL_OID_REQUEST -- nc-ndis-filter_cancel_oid_request; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_CANCEL_OID_REQUEST)
VOID (FILTER_CANCEL_OID_REQUEST)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PVOID RequestId);
typedef FILTER_CANCEL_OID_REQUEST (*FILTER_CANCEL_OID_REQUEST_HANDLER);

/* FILTER_CANCEL_SEND_NET_BUFFER_LISTS -- nc-ndis-filter_cancel_send_net_buffer_lists; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_CANCEL_SEND_NET_BUFFER_LISTS)
VOID (FILTER_CANCEL_SEND_NET_BUFFER_LISTS)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PVOID CancelId);
typedef FILTER_CANCEL_SEND_NET_BUFFER_LISTS (*FILTER_CANCEL_SEND_HANDLER);

/* FILTER_DETACH -- nc-ndis-filter_detach; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_DETACH)
VOID (FILTER_DETACH)(
    _In_ NDIS_HANDLE FilterModuleContext);
typedef FILTER_DETACH (*FILTER_DETACH_HANDLER);

/* FILTER_DEVICE_PNP_EVENT_NOTIFY -- nc-ndis-filter_device_pnp_event_notify; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_DEVICE_PNP_EVENT_NOTIFY)
VOID (FILTER_DEVICE_PNP_EVENT_NOTIFY)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef FILTER_DEVICE_PNP_EVENT_NOTIFY (*FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER);

/* FILTER_DIRECT_OID_REQUEST -- nc-ndis-filter_direct_oid_request; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_DIRECT_OID_REQUEST)
NDIS_STATUS (FILTER_DIRECT_OID_REQUEST)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNDIS_OID_REQUEST OidRequest);
typedef FILTER_DIRECT_OID_REQUEST (*FILTER_DIRECT_OID_REQUEST_HANDLER);

/* FILTER_DIRECT_OID_REQUEST_COMPLETE -- nc-ndis-filter_direct_oid_request_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_DIRECT_OID_REQUEST_COMPLETE)
VOID (FILTER_DIRECT_OID_REQUEST_COMPLETE)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);
typedef FILTER_DIRECT_OID_REQUEST_COMPLETE (*FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER);

/* FILTER_NET_PNP_EVENT -- nc-ndis-filter_net_pnp_event; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_NET_PNP_EVENT)
NDIS_STATUS (FILTER_NET_PNP_EVENT)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEvent);
typedef FILTER_NET_PNP_EVENT (*FILTER_NET_PNP_EVENT_HANDLER);

/* FILTER_OID_REQUEST -- nc-ndis-filter_oid_request; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_OID_REQUEST)
NDIS_STATUS (FILTER_OID_REQUEST)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNDIS_OID_REQUEST OidRequest);
typedef FILTER_OID_REQUEST (*FILTER_OID_REQUEST_HANDLER);

/* FILTER_OID_REQUEST_COMPLETE -- nc-ndis-filter_oid_request_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_OID_REQUEST_COMPLETE)
VOID (FILTER_OID_REQUEST_COMPLETE)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);
typedef FILTER_OID_REQUEST_COMPLETE (*FILTER_OID_REQUEST_COMPLETE_HANDLER);

/* FILTER_PAUSE -- nc-ndis-filter_pause; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_PAUSE)
NDIS_STATUS (FILTER_PAUSE)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNDIS_FILTER_PAUSE_PARAMETERS FilterPauseParameters);
typedef FILTER_PAUSE (*FILTER_PAUSE_HANDLER);

/* FILTER_RECEIVE_NET_BUFFER_LISTS -- nc-ndis-filter_receive_net_buffer_lists; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_RECEIVE_NET_BUFFER_LISTS)
VOID (FILTER_RECEIVE_NET_BUFFER_LISTS)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG NumberOfNetBufferLists,
    _In_ ULONG ReceiveFlags);
typedef FILTER_RECEIVE_NET_BUFFER_LISTS (*FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER);

/* FILTER_RESTART -- nc-ndis-filter_restart; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_RESTART)
NDIS_STATUS (FILTER_RESTART)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNDIS_FILTER_RESTART_PARAMETERS FilterRestartParameters);
typedef FILTER_RESTART (*FILTER_RESTART_HANDLER);

/* FILTER_RETURN_NET_BUFFER_LISTS -- nc-ndis-filter_return_net_buffer_lists; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_RETURN_NET_BUFFER_LISTS)
VOID (FILTER_RETURN_NET_BUFFER_LISTS)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG ReturnFlags);
typedef FILTER_RETURN_NET_BUFFER_LISTS (*FILTER_RETURN_NET_BUFFER_LISTS_HANDLER);

/* FILTER_SEND_NET_BUFFER_LISTS -- nc-ndis-filter_send_net_buffer_lists; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_SEND_NET_BUFFER_LISTS)
VOID (FILTER_SEND_NET_BUFFER_LISTS)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG SendFlags);
typedef FILTER_SEND_NET_BUFFER_LISTS (*FILTER_SEND_NET_BUFFER_LISTS_HANDLER);

/* FILTER_SEND_NET_BUFFER_LISTS_COMPLETE -- nc-ndis-filter_send_net_buffer_lists_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_SEND_NET_BUFFER_LISTS_COMPLETE)
VOID (FILTER_SEND_NET_BUFFER_LISTS_COMPLETE)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG SendCompleteFlags);
typedef FILTER_SEND_NET_BUFFER_LISTS_COMPLETE (*FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER);

/* FILTER_SET_MODULE_OPTIONS -- nc-ndis-filter_set_module_options; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_SET_MODULE_OPTIONS)
NDIS_STATUS (FILTER_SET_MODULE_OPTIONS)(
    _In_ NDIS_HANDLE FilterModuleContext);
typedef FILTER_SET_MODULE_OPTIONS (*FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER);

/* FILTER_SET_OPTIONS -- nc-ndis-set_options; req.irql: PASSIVE_LEVEL (same type as SET_OPTIONS) */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_SET_OPTIONS)
NDIS_STATUS (FILTER_SET_OPTIONS)(
    _In_ NDIS_HANDLE NdisDriverHandle,
    _In_ NDIS_HANDLE DriverContext);
typedef FILTER_SET_OPTIONS (*FILTER_SET_OPTIONS_HANDLER);

/* FILTER_STATUS -- nc-ndis-filter_status; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_STATUS)
VOID (FILTER_STATUS)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNDIS_STATUS_INDICATION StatusIndication);
typedef FILTER_STATUS (*FILTER_STATUS_HANDLER);

/* FILTER_SYNCHRONOUS_OID_REQUEST -- nf-ndis-filter_synchronous_oid_request; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_SYNCHRONOUS_OID_REQUEST)
NDIS_STATUS (FILTER_SYNCHRONOUS_OID_REQUEST)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _Inout_ NDIS_OID_REQUEST *OidRequest,
    _Out_ PVOID *CallContext);
typedef FILTER_SYNCHRONOUS_OID_REQUEST (*FILTER_SYNCHRONOUS_OID_REQUEST_HANDLER);

/* FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE -- nf-ndis-filter_synchronous_oid_request_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE)
VOID (FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _Inout_ NDIS_OID_REQUEST *OidRequest,
    _Inout_ NDIS_STATUS *Status,
    _In_ PVOID CallContext);
typedef FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE (*FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE_HANDLER);

/* NDIS_FILTER_INTERFACE (ns-ndis-_ndis_filter_interface) */
typedef struct _NDIS_FILTER_INTERFACE {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              FilterType;
    ULONG              FilterRunType;
    NET_IFINDEX        IfIndex;
    NET_LUID           NetLuid;
    NDIS_STRING        FilterClass;
    NDIS_STRING        FilterInstanceName;
} NDIS_FILTER_INTERFACE, *PNDIS_FILTER_INTERFACE;

/* NDIS_ENUM_FILTERS (ns-ndis-_ndis_enum_filters) */
typedef struct _NDIS_ENUM_FILTERS {
    NDIS_OBJECT_HEADER    Header;
    ULONG                 Flags;
    ULONG                 NumberOfFilters;
    ULONG                 OffsetFirstFilter;
    NDIS_FILTER_INTERFACE Filter[1];
} NDIS_ENUM_FILTERS, *PNDIS_ENUM_FILTERS;

/* NDIS_FILTER_ATTACH_PARAMETERS (ns-ndis-_ndis_filter_attach_parameters) */
typedef struct _NDIS_FILTER_ATTACH_PARAMETERS {
    NDIS_OBJECT_HEADER                Header;
    NET_IFINDEX                       IfIndex;
    NET_LUID                          NetLuid;
    PNDIS_STRING                      FilterModuleGuidName;
    NET_IFINDEX                       BaseMiniportIfIndex;
    PNDIS_STRING                      BaseMiniportInstanceName;
    PNDIS_STRING                      BaseMiniportName;
    NDIS_MEDIA_CONNECT_STATE          MediaConnectState;
    NET_IF_MEDIA_DUPLEX_STATE         MediaDuplexState;
    ULONG64                           XmitLinkSpeed;
    ULONG64                           RcvLinkSpeed;
    NDIS_MEDIUM                       MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM              MiniportPhysicalMediaType;
    NDIS_HANDLE                       MiniportMediaSpecificAttributes;
    PNDIS_OFFLOAD                     DefaultOffloadConfiguration;
    USHORT                            MacAddressLength;
    UCHAR                             CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NET_LUID                          BaseMiniportNetLuid;
    NET_IFINDEX                       LowerIfIndex;
    NET_LUID                          LowerIfNetLuid;
    ULONG                             Flags;
#if (NDIS_SUPPORT_NDIS61)
    PNDIS_HD_SPLIT_CURRENT_CONFIG     HDSplitCurrentConfig;
#endif
#if (NDIS_SUPPORT_NDIS620)
    PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
    PDEVICE_OBJECT                    MiniportPhysicalDeviceObject;
    PNDIS_NIC_SWITCH_CAPABILITIES     NicSwitchCapabilities;
#endif
#if (NDIS_SUPPORT_NDIS630)
    BOOLEAN                           BaseMiniportIfConnectorPresent;
    PNDIS_SRIOV_CAPABILITIES          SriovCapabilities;
    PNDIS_NIC_SWITCH_INFO_ARRAY       NicSwitchArray;
#endif
} NDIS_FILTER_ATTACH_PARAMETERS, *PNDIS_FILTER_ATTACH_PARAMETERS;

/* NDIS_FILTER_ATTRIBUTES (ns-ndis-_ndis_filter_attributes) */
typedef struct _NDIS_FILTER_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
} NDIS_FILTER_ATTRIBUTES, *PNDIS_FILTER_ATTRIBUTES;

/* NDIS_FILTER_DRIVER_CHARACTERISTICS (ns-ndis-_ndis_filter_driver_characteristics) */
typedef struct _NDIS_FILTER_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER                              Header;
    UCHAR                                           MajorNdisVersion;
    UCHAR                                           MinorNdisVersion;
    UCHAR                                           MajorDriverVersion;
    UCHAR                                           MinorDriverVersion;
    ULONG                                           Flags;
    NDIS_STRING                                     FriendlyName;
    NDIS_STRING                                     UniqueName;
    NDIS_STRING                                     ServiceName;
    SET_OPTIONS_HANDLER                             SetOptionsHandler;
    FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER        SetFilterModuleOptionsHandler;
    FILTER_ATTACH_HANDLER                           AttachHandler;
    FILTER_DETACH_HANDLER                           DetachHandler;
    FILTER_RESTART_HANDLER                          RestartHandler;
    FILTER_PAUSE_HANDLER                            PauseHandler;
    FILTER_SEND_NET_BUFFER_LISTS_HANDLER            SendNetBufferListsHandler;
    FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER   SendNetBufferListsCompleteHandler;
    FILTER_CANCEL_SEND_HANDLER                      CancelSendNetBufferListsHandler;
    FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER         ReceiveNetBufferListsHandler;
    FILTER_RETURN_NET_BUFFER_LISTS_HANDLER          ReturnNetBufferListsHandler;
    FILTER_OID_REQUEST_HANDLER                      OidRequestHandler;
    FILTER_OID_REQUEST_COMPLETE_HANDLER             OidRequestCompleteHandler;
    FILTER_CANCEL_OID_REQUEST_HANDLER               CancelOidRequestHandler;
    FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER          DevicePnPEventNotifyHandler;
    FILTER_NET_PNP_EVENT_HANDLER                    NetPnPEventHandler;
    FILTER_STATUS_HANDLER                           StatusHandler;
#if (NDIS_SUPPORT_NDIS61)
    FILTER_DIRECT_OID_REQUEST_HANDLER               DirectOidRequestHandler;
    FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER      DirectOidRequestCompleteHandler;
    FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER        CancelDirectOidRequestHandler;
#endif
#if (NDIS_SUPPORT_NDIS680)
    FILTER_SYNCHRONOUS_OID_REQUEST_HANDLER          SynchronousOidRequestHandler;
    FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE_HANDLER SynchronousOidRequestHandlerComplete;
#endif
} NDIS_FILTER_DRIVER_CHARACTERISTICS, *PNDIS_FILTER_DRIVER_CHARACTERISTICS;

/* NDIS_FILTER_PARTIAL_CHARACTERISTICS (ns-ndis-_ndis_filter_partial_characteristics) */
typedef struct _NDIS_FILTER_PARTIAL_CHARACTERISTICS {
    NDIS_OBJECT_HEADER                            Header;
    ULONG                                         Flags;
    FILTER_SEND_NET_BUFFER_LISTS_HANDLER          SendNetBufferListsHandler;
    FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    FILTER_CANCEL_SEND_HANDLER                    CancelSendNetBufferListsHandler;
    FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER       ReceiveNetBufferListsHandler;
    FILTER_RETURN_NET_BUFFER_LISTS_HANDLER        ReturnNetBufferListsHandler;
} NDIS_FILTER_PARTIAL_CHARACTERISTICS, *PNDIS_FILTER_PARTIAL_CHARACTERISTICS;

/* NDIS_FILTER_PAUSE_PARAMETERS (ns-ndis-_ndis_filter_pause_parameters) */
typedef struct _NDIS_FILTER_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              PauseReason;
} NDIS_FILTER_PAUSE_PARAMETERS, *PNDIS_FILTER_PAUSE_PARAMETERS;

/* NDIS_FILTER_RESTART_PARAMETERS (ns-ndis-_ndis_filter_restart_parameters) */
typedef struct _NDIS_FILTER_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER       Header;
    NDIS_MEDIUM              MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM     MiniportPhysicalMediaType;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX              LowerIfIndex;
    NET_LUID                 LowerIfNetLuid;
    ULONG                    Flags;
} NDIS_FILTER_RESTART_PARAMETERS, *PNDIS_FILTER_RESTART_PARAMETERS;

/* nf-ndis-ndisfcanceldirectoidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFCancelDirectOidRequest(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PVOID RequestId);

/* nf-ndis-ndisfcanceloidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFCancelOidRequest(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PVOID RequestId);

/* nf-ndis-ndisfcancelsendnetbufferlists; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFCancelSendNetBufferLists(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PVOID CancelId);

/* nf-ndis-ndisfderegisterfilterdriver; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisFDeregisterFilterDriver(
    _In_ NDIS_HANDLE NdisFilterDriverHandle);

/* nf-ndis-ndisfdevicepnpeventnotify; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisFDevicePnPEventNotify(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);

/* nf-ndis-ndisfdirectoidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisFDirectOidRequest(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNDIS_OID_REQUEST OidRequest);

/* nf-ndis-ndisfdirectoidrequestcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFDirectOidRequestComplete(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);

/* nf-ndis-ndisfgetoptionalswitchhandlers; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisFGetOptionalSwitchHandlers(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _Out_ PNDIS_SWITCH_CONTEXT NdisSwitchContext,
    _Inout_ PNDIS_SWITCH_OPTIONAL_HANDLERS NdisSwitchHandlers);

/* nf-ndis-ndisfindicatereceivenetbufferlists; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFIndicateReceiveNetBufferLists(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG NumberOfNetBufferLists,
    _In_ ULONG ReceiveFlags);

/* nf-ndis-ndisfindicatestatus; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFIndicateStatus(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNDIS_STATUS_INDICATION StatusIndication);

/* nf-ndis-ndisfnetpnpevent; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisFNetPnPEvent(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEvent);

/* nf-ndis-ndisfoidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisFOidRequest(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNDIS_OID_REQUEST OidRequest);

/* nf-ndis-ndisfoidrequestcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFOidRequestComplete(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);

/* nf-ndis-ndisfpausecomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFPauseComplete(
    _In_ NDIS_HANDLE NdisFilterHandle);

/* nf-ndis-ndisfregisterfilterdriver; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisFRegisterFilterDriver(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ NDIS_HANDLE FilterDriverContext,
    _In_ PNDIS_FILTER_DRIVER_CHARACTERISTICS FilterCharacteristics,
    _Out_ PNDIS_HANDLE NdisFilterDriverHandle);

/* nf-ndis-ndisfrestartcomplete; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisFRestartComplete(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ NDIS_STATUS Status);

/* nf-ndis-ndisfrestartfilter; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisFRestartFilter(
    _In_ NDIS_HANDLE NdisFilterHandle);

/* nf-ndis-ndisfreturnnetbufferlists; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFReturnNetBufferLists(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG ReturnFlags);

/* nf-ndis-ndisfsendnetbufferlists; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFSendNetBufferLists(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG SendFlags);

/* nf-ndis-ndisfsendnetbufferlistscomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFSendNetBufferListsComplete(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG SendCompleteFlags);

/* nf-ndis-ndisfsetattributes; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisFSetAttributes(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNDIS_FILTER_ATTRIBUTES FilterAttributes);

/* nf-ndis-ndisfsynchronousoidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisFSynchronousOidRequest(
    _In_ NDIS_HANDLE NdisFilterModuleHandle,
    _In_ PNDIS_OID_REQUEST OidRequest);

/* nf-ndis-ndisfillmemory; req.irql: See Remarks section */
VOID NdisFillMemory(
    _In_ PVOID Destination,
    _In_ ULONG Length,
    _In_ UCHAR Fill);

/* nf-ndis-ndisfreecloneoidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFreeCloneOidRequest(
    _In_ NDIS_HANDLE SourceHandle,
    _In_ PNDIS_OID_REQUEST Request);

/* nf-ndis-ndisfreegenericobject; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFreeGenericObject(
    _In_ PNDIS_GENERIC_OBJECT NdisGenericObject);

/* nf-ndis-ndisfreeioworkitem; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFreeIoWorkItem(
    _In_ NDIS_HANDLE NdisIoWorkItemHandle);

/* nf-ndis-ndisfreememory; req.irql: See Remarks section */
VOID NdisFreeMemory(
    _In_ PVOID VirtualAddress,
    _In_ UINT Length,
    _In_ UINT MemoryFlags);

/* nf-ndis-ndisfreememorywithtag; req.irql: See Remarks section. */
VOID NdisFreeMemoryWithTag(
    _In_ PVOID VirtualAddress,
    _In_ ULONG Tag);

/* nf-ndis-ndisfreememorywithtagpriority; req.irql: See Remarks section. */
VOID NdisFreeMemoryWithTagPriority(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PVOID VirtualAddress,
    _In_ ULONG Tag);

/* nf-ndis-ndisfreerwlock; req.irql: <=DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFreeRWLock(
    _In_ PNDIS_RW_LOCK_EX Lock);

/* nf-ndis-ndisfreescattergatherlist; req.irql: = DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
VOID NdisFreeScatterGatherList(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PSCATTER_GATHER_LIST ScatterGatherListBuffer,
    _In_ BOOLEAN WriteToDevice);

/* nf-ndis-ndisfreesharedmemory; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisFreeSharedMemory(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ NDIS_HANDLE AllocationHandle);

/* nf-ndis-ndisfreespinlock; req.irql: Any level (see Remarks section) */
VOID NdisFreeSpinLock(
    _In_ PNDIS_SPIN_LOCK SpinLock);

/* nf-ndis-ndisfreestring; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisFreeString(
    _In_ NDIS_STRING String);

/* nf-ndis-ndisfreetimerobject; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFreeTimerObject(
    _In_ NDIS_HANDLE TimerObject);

/* nf-ndis-ndisfreetonpagedlookasidelist; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFreeToNPagedLookasideList(
    _In_ PNPAGED_LOOKASIDE_LIST Lookaside,
    _In_ PVOID Entry);

#endif /* DDICHECK_MODEL_NDIS_FILTER_H */
