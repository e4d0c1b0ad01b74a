/*
 * ndis_switch.h -- ddicheck model header, part of ndis.h: Hyper-V extensible switch and
 * PacketDirect role types and structures.
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
#ifndef DDICHECK_MODEL_NDIS_SWITCH_H
#define DDICHECK_MODEL_NDIS_SWITCH_H

/* NDIS_PD_ALLOCATE_COUNTER -- nc-ndis-ndis_pd_allocate_counter; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(NDIS_PD_ALLOCATE_COUNTER)
NTSTATUS (NDIS_PD_ALLOCATE_COUNTER)(
    _In_ NDIS_PD_PROVIDER_HANDLE ProviderHandle,
    _In_ const NDIS_PD_COUNTER_PARAMETERS *CounterParameters,
    _Out_ NDIS_PD_COUNTER_HANDLE *CounterHandle);
typedef NDIS_PD_ALLOCATE_COUNTER (*NDIS_PD_ALLOCATE_COUNTER_HANDLER);

/* NDIS_PD_ALLOCATE_QUEUE -- nc-ndis-ndis_pd_allocate_queue; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(NDIS_PD_ALLOCATE_QUEUE)
NTSTATUS (NDIS_PD_ALLOCATE_QUEUE)(
    _In_ NDIS_PD_PROVIDER_HANDLE ProviderHandle,
    _In_ const NDIS_PD_QUEUE_PARAMETERS *QueueParameters,
    _In_ NDIS_PD_QUEUE **NdisPDQueue);
typedef NDIS_PD_ALLOCATE_QUEUE (*NDIS_PD_ALLOCATE_QUEUE_HANDLER);

/* NDIS_PD_CLEAR_RECEIVE_FILTER -- nc-ndis-ndis_pd_clear_receive_filter; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(NDIS_PD_CLEAR_RECEIVE_FILTER)
VOID (NDIS_PD_CLEAR_RECEIVE_FILTER)(
    _In_ NDIS_PD_FILTER_HANDLE FilterHandle);
typedef NDIS_PD_CLEAR_RECEIVE_FILTER (*NDIS_PD_CLEAR_RECEIVE_FILTER_HANDLER);

/* NDIS_PD_FLUSH_QUEUE -- nc-ndis-ndis_pd_flush_queue; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_PD_FLUSH_QUEUE)
VOID (NDIS_PD_FLUSH_QUEUE)(
    _Inout_ NDIS_PD_QUEUE *NdisPDQueue);
typedef NDIS_PD_FLUSH_QUEUE (*NDIS_PD_FLUSH_QUEUE_HANDLER);

/* NDIS_PD_FREE_COUNTER -- nc-ndis-ndis_pd_free_counter; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(NDIS_PD_FREE_COUNTER)
VOID (NDIS_PD_FREE_COUNTER)(
    _In_ NDIS_PD_COUNTER_HANDLE CounterHandle);
typedef NDIS_PD_FREE_COUNTER (*NDIS_PD_FREE_COUNTER_HANDLER);

/* NDIS_PD_FREE_QUEUE -- nc-ndis-ndis_pd_free_queue; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(NDIS_PD_FREE_QUEUE)
VOID (NDIS_PD_FREE_QUEUE)(
    _In_ NDIS_PD_QUEUE *NdisPDQueue);
typedef NDIS_PD_FREE_QUEUE (*NDIS_PD_FREE_QUEUE_HANDLER);

/* NDIS_PD_OFF_RSS_RECEIVE_QUEUES -- nc-ndis-ndis_pd_flush_queue; req.irql: <= DISPATCH_LEVEL (same type as NDIS_PD_FLUSH_QUEUE) */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_PD_OFF_RSS_RECEIVE_QUEUES)
VOID (NDIS_PD_OFF_RSS_RECEIVE_QUEUES)(
    _Inout_ NDIS_PD_QUEUE *NdisPDQueue);
typedef NDIS_PD_OFF_RSS_RECEIVE_QUEUES (*NDIS_PD_OFF_RSS_RECEIVE_QUEUES_HANDLER);

/* NDIS_PD_ON_RSS_RECEIVE_QUEUES -- nc-ndis-ndis_pd_flush_queue; req.irql: <= DISPATCH_LEVEL (same type as NDIS_PD_FLUSH_QUEUE) */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_PD_ON_RSS_RECEIVE_QUEUES)
VOID (NDIS_PD_ON_RSS_RECEIVE_QUEUES)(
    _Inout_ NDIS_PD_QUEUE *NdisPDQueue);
typedef NDIS_PD_ON_RSS_RECEIVE_QUEUES (*NDIS_PD_ON_RSS_RECEIVE_QUEUES_HANDLER);

/* NDIS_PD_POST_AND_DRAIN_BUFFER_LIST -- nc-ndis-ndis_pd_post_and_drain_buffer_list; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_PD_POST_AND_DRAIN_BUFFER_LIST)
VOID (NDIS_PD_POST_AND_DRAIN_BUFFER_LIST)(
    _Inout_ NDIS_PD_QUEUE *Queue,
    _Inout_ PD_BUFFER **PostBufferListHead,
    _Inout_ PD_BUFFER ***DrainBufferListTail,
    _In_ ULONG MaxDrainCount);
typedef NDIS_PD_POST_AND_DRAIN_BUFFER_LIST (*NDIS_PD_POST_AND_DRAIN_BUFFER_LIST_HANDLER);

/* NDIS_PD_QUERY_COUNTER -- nc-ndis-ndis_pd_query_counter; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(NDIS_PD_QUERY_COUNTER)
VOID (NDIS_PD_QUERY_COUNTER)(
    _In_ NDIS_PD_COUNTER_HANDLE CounterHandle,
    _Out_ PNDIS_PD_COUNTER_VALUE CounterValue);
typedef NDIS_PD_QUERY_COUNTER (*NDIS_PD_QUERY_COUNTER_HANDLER);

/* NDIS_PD_QUERY_QUEUE_DEPTH -- nc-ndis-ndis_pd_query_queue_depth; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_PD_QUERY_QUEUE_DEPTH)
VOID (NDIS_PD_QUERY_QUEUE_DEPTH)(
    _In_ const NDIS_PD_QUEUE *Queue,
    _Out_ ULONG64 *Depth);
typedef NDIS_PD_QUERY_QUEUE_DEPTH (*NDIS_PD_QUERY_QUEUE_DEPTH_HANDLER);

/* NDIS_PD_SET_RECEIVE_FILTER -- nc-ndis-ndis_pd_set_receive_filter; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(NDIS_PD_SET_RECEIVE_FILTER)
VOID (NDIS_PD_SET_RECEIVE_FILTER)(
    _In_ NDIS_PD_PROVIDER_HANDLE ProviderHandle,
    _In_ const NDIS_PD_FILTER_PARAMETERS *FilterParameters,
    _Out_ NDIS_PD_FILTER_HANDLE *FilterHandle);
typedef NDIS_PD_SET_RECEIVE_FILTER (*NDIS_PD_SET_RECEIVE_FILTER_HANDLER);

/* NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION -- nc-ndis-ndis_switch_add_net_buffer_list_destination; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION)
NDIS_STATUS (NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ PNDIS_SWITCH_PORT_DESTINATION Destination);
typedef NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION (*NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION_HANDLER);

/* NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT -- nc-ndis-ndis_switch_allocate_net_buffer_list_forwarding_context; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT)
NDIS_STATUS (NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _Inout_ PNET_BUFFER_LIST NetBufferList);
typedef NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT (*NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER);

/* NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO -- nc-ndis-ndis_switch_copy_net_buffer_list_info; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO)
NDIS_STATUS (NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _Inout_ PNET_BUFFER_LIST DestNetBufferList,
    _In_ PNET_BUFFER_LIST SrcNetBufferList,
    _In_ UINT32 Flags);
typedef NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO (*NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO_HANDLER);

/* NDIS_SWITCH_DEREFERENCE_SWITCH_NIC -- nc-ndis-ndis_switch_dereference_switch_nic; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_DEREFERENCE_SWITCH_NIC)
NDIS_STATUS (NDIS_SWITCH_DEREFERENCE_SWITCH_NIC)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _In_ NDIS_SWITCH_PORT_ID SwitchPortId,
    _In_ NDIS_SWITCH_NIC_INDEX SwitchNicIndex);
typedef NDIS_SWITCH_DEREFERENCE_SWITCH_NIC (*NDIS_SWITCH_DEREFERENCE_SWITCH_NIC_HANDLER);

/* NDIS_SWITCH_DEREFERENCE_SWITCH_PORT -- nc-ndis-ndis_switch_dereference_switch_port; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_DEREFERENCE_SWITCH_PORT)
NDIS_STATUS (NDIS_SWITCH_DEREFERENCE_SWITCH_PORT)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _In_ NDIS_SWITCH_PORT_ID SwitchPortId);
typedef NDIS_SWITCH_DEREFERENCE_SWITCH_PORT (*NDIS_SWITCH_DEREFERENCE_SWITCH_PORT_HANDLER);

/* NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT -- nc-ndis-ndis_switch_free_net_buffer_list_forwarding_context; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT)
VOID (NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _Inout_ PNET_BUFFER_LIST NetBufferList);
typedef NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT (*NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER);

/* NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS -- nc-ndis-ndis_switch_get_net_buffer_list_destinations; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS)
NDIS_STATUS (NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _Inout_ PNET_BUFFER_LIST NetBufferList,
    _Out_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY *Destinations);
typedef NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS (*NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS_HANDLER);

/* NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT -- nc-ndis-ndis_switch_get_net_buffer_list_switch_context; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT)
PVOID (NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ PNDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE ContextType);
typedef NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT (*NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT_HANDLER);

/* NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS -- nc-ndis-ndis_switch_grow_net_buffer_list_destinations; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS)
NDIS_STATUS (NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ UINT32 NumberOfNewDestinations,
    _Out_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY *Destinations);
typedef NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS (*NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS_HANDLER);

/* NDIS_SWITCH_REFERENCE_SWITCH_NIC -- nc-ndis-ndis_switch_reference_switch_nic; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_REFERENCE_SWITCH_NIC)
NDIS_STATUS (NDIS_SWITCH_REFERENCE_SWITCH_NIC)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _In_ NDIS_SWITCH_PORT_ID SwitchPortId,
    _In_ NDIS_SWITCH_NIC_INDEX SwitchNicIndex);
typedef NDIS_SWITCH_REFERENCE_SWITCH_NIC (*NDIS_SWITCH_REFERENCE_SWITCH_NIC_HANDLER);

/* NDIS_SWITCH_REFERENCE_SWITCH_PORT -- nc-ndis-ndis_switch_reference_switch_port; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_REFERENCE_SWITCH_PORT)
NDIS_STATUS (NDIS_SWITCH_REFERENCE_SWITCH_PORT)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _In_ NDIS_SWITCH_PORT_ID SwitchPortId);
typedef NDIS_SWITCH_REFERENCE_SWITCH_PORT (*NDIS_SWITCH_REFERENCE_SWITCH_PORT_HANDLER);

/* NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS -- nc-ndis-ndis_switch_report_filtered_net_buffer_lists; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS)
VOID (NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _In_ PGUID ExtensionGuid,
    _In_ PNDIS_STRING ExtensionFriendlyName,
    _In_ NDIS_SWITCH_PORT_ID PortId,
    _In_ ULONG Flags,
    _In_ ULONG NumberOfNetBufferLists,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_opt_ PNDIS_STRING FilterReason);
typedef NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS (*NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS_HANDLER);

/* NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE -- nc-ndis-ndis_switch_set_net_buffer_list_source; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE)
VOID (NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ NDIS_SWITCH_PORT_ID PortId,
    _In_ NDIS_SWITCH_NIC_INDEX NicIndex);
typedef NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE (*NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE_HANDLER);

/* NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT -- nc-ndis-ndis_switch_set_net_buffer_list_switch_context; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT)
NDIS_STATUS (NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ PNDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE ContextType,
    _In_ PVOID Context);
typedef NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT (*NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT_HANDLER);

/* NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS -- nc-ndis-ndis_switch_update_net_buffer_list_destinations; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS)
NDIS_STATUS (NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
    _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ UINT32 NumberOfNewDestinations,
    _In_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY Destinations);
typedef NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS (*NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS_HANDLER);

/* NDIS_PD_CLOSE_PROVIDER_PARAMETERS (ns-ndis-_ndis_pd_close_provider_parameters) */
typedef struct _NDIS_PD_CLOSE_PROVIDER_PARAMETERS {
    NDIS_OBJECT_HEADER      Header;
    ULONG                   Flags;
    NDIS_PD_PROVIDER_HANDLE ProviderHandle;
} NDIS_PD_CLOSE_PROVIDER_PARAMETERS;

/* NDIS_PD_COUNTER_PARAMETERS (ns-ndis-_ndis_pd_counter_parameters) */
typedef struct _NDIS_PD_COUNTER_PARAMETERS {
    NDIS_OBJECT_HEADER   Header;
    ULONG                Flags;
    PCWSTR               CounterName;
    NDIS_PD_COUNTER_TYPE Type;
} NDIS_PD_COUNTER_PARAMETERS, *PNDIS_PD_COUNTER_PARAMETERS;

/* NDIS_PD_FILTER_COUNTER (ns-ndis-_ndis_pd_filter_counter) */
typedef struct _NDIS_PD_FILTER_COUNTER {
    ULONG64 PacketsMatched;
    ULONG64 BytesMatched;
} NDIS_PD_FILTER_COUNTER, *PNDIS_PD_FILTER_COUNTER;

/* NDIS_PD_RECEIVE_QUEUE_COUNTER (ns-ndis-_ndis_pd_receive_queue_counter) */
typedef struct _NDIS_PD_RECEIVE_QUEUE_COUNTER {
    ULONG64 PacketsReceived;
    ULONG64 BytesReceived;
    ULONG64 PacketsDropped;
} NDIS_PD_RECEIVE_QUEUE_COUNTER, *PNDIS_PD_RECEIVE_QUEUE_COUNTER;

/* NDIS_PD_TRANSMIT_QUEUE_COUNTER (ns-ndis-_ndis_pd_transmit_queue_counter) */
typedef struct _NDIS_PD_TRANSMIT_QUEUE_COUNTER {
    ULONG64 PacketsTransmitted;
    ULONG64 BytesTransmitted;
} NDIS_PD_TRANSMIT_QUEUE_COUNTER, *PNDIS_PD_TRANSMIT_QUEUE_COUNTER;

/* NDIS_PD_COUNTER_VALUE (ns-ndis-_ndis_pd_counter_value) */
typedef union _NDIS_PD_COUNTER_VALUE {
    NDIS_PD_RECEIVE_QUEUE_COUNTER  ReceiveQueue;
    NDIS_PD_TRANSMIT_QUEUE_COUNTER TransmitQueue;
    NDIS_PD_FILTER_COUNTER         Filter;
} NDIS_PD_COUNTER_VALUE, *PNDIS_PD_COUNTER_VALUE;

/* NDIS_PD_FILTER_PARAMETERS (ns-ndis-_ndis_pd_filter_parameters) */
typedef struct _NDIS_PD_FILTER_PARAMETERS {
    NDIS_OBJECT_HEADER                                                                                 Header;
    ULONG                                                                                              Flags;
    NDIS_GFP_PROFILE_ID                                                                                MatchProfileId;
    ULONG                                                                                              Priority;
    NDIS_PD_COUNTER_HANDLE                                                                             CounterHandle;
    NDIS_PD_QUEUE                                                                                      *TargetReceiveQueue;
    ULONG64                                                                                            RxFilterContext;
    _Field_size_bytes_(HeaderGroupMatchArrayTotalSize) PUCHAR                                          HeaderGroupMatchArray;
    _Field_range_(0, MAXULONG/HeaderGroupMatchArrayElementSize) ULONG                                  HeaderGroupMatchArrayNumElements;
    ULONG                                                                                              HeaderGroupMatchArrayElementSize;
    _Field_range_((HeaderGroupMatchArrayNumElements*HeaderGroupMatchArrayElementSize), MAXULONG) ULONG HeaderGroupMatchArrayTotalSize;
} NDIS_PD_FILTER_PARAMETERS;

/* NDIS_PD_OPEN_PROVIDER_PARAMETERS (ns-ndis-_ndis_pd_open_provider_parameters) */
typedef struct _NDIS_PD_OPEN_PROVIDER_PARAMETERS {
    NDIS_OBJECT_HEADER              Header;
    ULONG                           Flags;
    NDIS_PD_PROVIDER_HANDLE         ProviderHandle;
    const NDIS_PD_PROVIDER_DISPATCH *ProviderDispatch;
} NDIS_PD_OPEN_PROVIDER_PARAMETERS;

/* NDIS_PD_PROVIDER_DISPATCH (ns-ndis-_ndis_pd_provider_dispatch) */
typedef struct _NDIS_PD_PROVIDER_DISPATCH {
    NDIS_OBJECT_HEADER                     Header;
    ULONG                                  Flags;
    NDIS_PD_ALLOCATE_QUEUE_HANDLER         NdisPDAllocateQueue;
    NDIS_PD_FREE_QUEUE_HANDLER             NdisPDFreeQueue;
    NDIS_PD_ON_RSS_RECEIVE_QUEUES_HANDLER  NdisPDOnRssReceiveQueues;
    NDIS_PD_OFF_RSS_RECEIVE_QUEUES_HANDLER NdisPDOffRssReceiveQueues;
    NDIS_PD_ALLOCATE_COUNTER_HANDLER       NdisPDAllocateCounter;
    NDIS_PD_FREE_COUNTER_HANDLER           NdisPDFreeCounter;
    NDIS_PD_QUERY_COUNTER_HANDLER          NdisPDQueryCounter;
    NDIS_PD_SET_RECEIVE_FILTER_HANDLER     NdisPDSetReceiveFilter;
    NDIS_PD_CLEAR_RECEIVE_FILTER_HANDLER   NdisPDClearReceiveFilter;
} NDIS_PD_PROVIDER_DISPATCH, *PNDIS_PD_PROVIDER_DISPATCH;

/* NDIS_PD_QUEUE (ns-ndis-_ndis_pd_queue) */
typedef struct _NDIS_PD_QUEUE {
    NDIS_OBJECT_HEADER           Header;
    ULONG                        Flags;
    const NDIS_PD_QUEUE_DISPATCH *Dispatch;
    PVOID                        PDPlatformReserved[2];
    PVOID                        PDClientReserved[2];
} NDIS_PD_QUEUE, *PNDIS_PD_QUEUE;

/* NDIS_PD_QUEUE_DISPATCH (ns-ndis-_ndis_pd_queue_dispatch) */
typedef struct _NDIS_PD_QUEUE_DISPATCH {
    NDIS_OBJECT_HEADER                         Header;
    ULONG                                      Flags;
    NDIS_PD_POST_AND_DRAIN_BUFFER_LIST_HANDLER PDPostAndDrainBufferList;
    NDIS_PD_QUERY_QUEUE_DEPTH_HANDLER          PDQueryQueueDepth;
    NDIS_PD_FLUSH_QUEUE_HANDLER                PDFlushQueue;
} NDIS_PD_QUEUE_DISPATCH, *PNDIS_PD_QUEUE_DISPATCH;

/* NDIS_PD_QUEUE_PARAMETERS (ns-ndis-_ndis_pd_queue_parameters) */
typedef struct _NDIS_PD_QUEUE_PARAMETERS {
    NDIS_OBJECT_HEADER     Header;
    ULONG                  Flags;
    NDIS_PD_QUEUE_TYPE     QueueType;
    ULONG                  QueueSize;
    ULONG                  ReceiveDataLength;
    GROUP_AFFINITY         Affinity;
    ULONG                  UserPriority;
    ULONG                  MaximumPartialBufferCount;
    NDIS_PD_COUNTER_HANDLE CounterHandle;
} NDIS_PD_QUEUE_PARAMETERS;

/* NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY (ns-ndis-_ndis_switch_forwarding_destination_array) */
/* The 2018 syntax block (ElementSize, NumElements, NumDestinations,
 * FirstElement) predates the layout NDIS_SWITCH_PORT_DESTINATION_AT_ARRAY_INDEX
 * indexes: Flags and FirstElementOffset follow the header. */
typedef struct _NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY {
    NDIS_OBJECT_HEADER Header;
    UINT32             Flags;
    UINT32             FirstElementOffset;
    UINT32             NumElements;
    UINT32             ElementSize;
    UINT32             NumDestinations;
} NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY, *PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY;

/* NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO (ns-ndis-_ndis_switch_forwarding_detail_net_buffer_list_info) */
typedef union _NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO {
    UINT64 AsUINT64;
    struct {
      UINT32 NumAvailableDestinations  :16;
      UINT32 SourcePortId  :16;
      UINT32 SourceNicIndex  :8;
#if (NDIS_SUPPORT_NDIS640)
      UINT32 NativeForwardingRequired  :1;
      UINT32 Reserved1  :1;
#else
      UINT32 Reserved1  :2;
#endif
      UINT32 IsPacketDataSafe  :1;
      UINT32 SafePacketDataSize  :12;
      UINT32 Reserved2  :9;
    };
} NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO, *PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO;

/* NDIS_SWITCH_NIC_STATUS_INDICATION (ns-ndis-_ndis_switch_nic_status_indication) */
typedef struct _NDIS_SWITCH_NIC_STATUS_INDICATION {
    NDIS_OBJECT_HEADER      Header;
    ULONG                   Flags;
    NDIS_SWITCH_PORT_ID     SourcePortId;
    NDIS_SWITCH_NIC_INDEX   SourceNicIndex;
    NDIS_SWITCH_PORT_ID     DestinationPortId;
    NDIS_SWITCH_NIC_INDEX   DestinationNicIndex;
    PNDIS_STATUS_INDICATION *StatusIndication;
} NDIS_SWITCH_NIC_STATUS_INDICATION, *PNDIS_SWITCH_NIC_STATUS_INDICATION;

/* NDIS_SWITCH_OPTIONAL_HANDLERS (ns-ndis-_ndis_switch_optional_handlers) */
typedef struct _NDIS_SWITCH_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER                                              Header;
    NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER AllocateNetBufferListForwardingContext;
    NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER     FreeNetBufferListForwardingContext;
    NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE_HANDLER                  SetNetBufferListSource;
    NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION_HANDLER             AddNetBufferListDestination;
    NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS_HANDLER           GrowNetBufferListDestinations;
    NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS_HANDLER            GetNetBufferListDestinations;
    NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS_HANDLER         UpdateNetBufferListDestinations;
    NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO_HANDLER                   CopyNetBufferListInfo;
    NDIS_SWITCH_REFERENCE_SWITCH_NIC_HANDLER                        ReferenceSwitchNic;
    NDIS_SWITCH_DEREFERENCE_SWITCH_NIC_HANDLER                      DereferenceSwitchNic;
    NDIS_SWITCH_REFERENCE_SWITCH_PORT_HANDLER                       ReferenceSwitchPort;
    NDIS_SWITCH_DEREFERENCE_SWITCH_PORT_HANDLER                     DereferenceSwitchPort;
    NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS_HANDLER            ReportFilteredNetBufferLists;
} NDIS_SWITCH_OPTIONAL_HANDLERS, *PNDIS_SWITCH_OPTIONAL_HANDLERS;

/* NDIS_SWITCH_PORT_DESTINATION (ns-ndis-_ndis_switch_port_destination) */
typedef struct _NDIS_SWITCH_PORT_DESTINATION {
    NDIS_SWITCH_PORT_ID   PortId;
    NDIS_SWITCH_NIC_INDEX NicIndex;
    USHORT                IsExcluded  :1;
    UINT32                PreserveVLAN  :1;
    UINT32                PreservePriority  :1;
    USHORT                Reserved  :13;
} NDIS_SWITCH_PORT_DESTINATION, *PNDIS_SWITCH_PORT_DESTINATION;

/* PD_BUFFER_8021Q_INFO (ns-ndis-_pd_buffer_8021q_info) */
typedef struct _PD_BUFFER_8021Q_INFO {
    UINT16 UserPriority  :3;
    UINT16 CanonicalFormatId  :1;
    UINT16 VlanId  :12;
} PD_BUFFER_8021Q_INFO, *PPD_BUFFER_8021Q_INFO;

/* PD_BUFFER_VIRTUAL_SUBNET_INFO (ns-ndis-_pd_buffer_virtual_subnet_info) */
typedef struct _PD_BUFFER_VIRTUAL_SUBNET_INFO {
    UINT32 VirtualSubnetId  :24;
    UINT32 Reserved  :8;
} PD_BUFFER_VIRTUAL_SUBNET_INFO, *PPD_BUFFER_VIRTUAL_SUBNET_INFO;

/* PD_BUFFER (ns-ndis-_pd_buffer) */
typedef struct _PD_BUFFER {
    PD_BUFFER                                                       *NextPDBuffer;
    PD_BUFFER                                                       *NextPartialPDBuffer;
    PVOID                                                           PDClientReserved;
    _Field_size_bytes_(PDClientContextSize)  PVOID                  PDClientContext;
    _Field_size_bytes_(DataBufferSize)
 PUCHAR                    DataBufferVirtualAddress;
     _Field_size_bytes_(DataBufferSize)
        DMA_LOGICAL_ADDRESS DataBufferDmaLogicalAddress;
    ULONG                                                           DataBufferSize;
    USHORT                                                          PDClientContextSize;
    USHORT                                                          Attributes;
    USHORT                                                          Flags;
    USHORT                                                          DataStart;
    ULONG                                                           DataLength;
    union {
      struct {
        union {
          ULONG64 RxFilterContext;
          ULONG64 GftFlowEntryId;
        };
        ULONG                         RxHashValue;
        union {
          struct {
            ULONG RxIPHeaderChecksumSucceeded  :1;
            ULONG RxTCPChecksumSucceeded  :1;
            ULONG RxUDPChecksumSucceeded  :1;
            ULONG RxIPHeaderChecksumFailed  :1;
            ULONG RxTCPChecksumFailed  :1;
            ULONG RxUDPChecksumFailed  :1;
            ULONG RxHashComputed  :1;
            ULONG RxHashWithL4PortNumbers  :1;
            ULONG RxGftExceptionPacket  :1;
            ULONG RxGftCopyPacket  :1;
            ULONG RxGftSamplePacket  :1;
            ULONG RxReserved1  :5;
            ULONG RxCoalescedSegCount  :16;
            ULONG RxRscTcpTimestampDelta  :1;
          };
          ULONG  RxOffloads[2];
        };
        union {
          struct {
            ULONG TxIsIPv4  :1;
            ULONG TxIsIPv6  :1;
            ULONG TxTransportHeaderOffset  :10;
            ULONG TxMSS  :20;
            ULONG TxComputeIPHeaderChecksum  :1;
            ULONG TxComputeTCPChecksum  :1;
            ULONG TxComputeUDPChecksum  :1;
            ULONG TxIsEncapsulatedPacket  :1;
            ULONG TxInnerPacketOffsetsValid  :1;
            ULONG TxReserved1  :11;
            ULONG TxInnerFrameOffset  :8;
            ULONG TxInnerIpHeaderRelativeOffset  :6;
            ULONG TxInnerIsIPv6  :1;
            ULONG TxInnerTcpOptionsPresent  :1;
          };
          ULONG  TxOffloads[2];
        };
        PD_BUFFER_VIRTUAL_SUBNET_INFO VirtualSubnetInfo;
        PD_BUFFER_8021Q_INFO          Ieee8021qInfo;
        USHORT                        GftSourceVPortId;
        ULONG                         Reserved;
        UINT64                        ProviderScratch;
      } MetaDataV0;
    };
} PD_BUFFER, *PPD_BUFFER;

/* ---- extensible switch constants and the array / property accessors
 * (nf-ntddndis-ndis_switch_xxx macro pages: offset arithmetic into the
 * structure the pointer designates) ---- */
#define NDIS_SWITCH_DEFAULT_PORT_ID 0
#define NDIS_SWITCH_DEFAULT_NIC_INDEX 0
#define NDIS_SWITCH_REPORT_FILTERED_NBL_FLAGS_IS_INCOMING 0x00000001
#define NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION_1 1
#define NDIS_SIZEOF_SWITCH_NIC_STATUS_REVISION_1 sizeof(NDIS_SWITCH_NIC_STATUS_INDICATION)
#define NDIS_SIZEOF_SWITCH_OPTIONAL_HANDLERS_REVISION_1 sizeof(NDIS_SWITCH_OPTIONAL_HANDLERS)
#define NDIS_SWITCH_NIC_AT_ARRAY_INDEX(_NicArray_, _Index_) \
    ((PNDIS_SWITCH_NIC_PARAMETERS)((PUCHAR)(_NicArray_) + (_NicArray_)->FirstElementOffset + ((_NicArray_)->ElementSize * (_Index_))))
#define NDIS_SWITCH_PORT_AT_ARRAY_INDEX(_PortArray_, _Index_) \
    ((PNDIS_SWITCH_PORT_PARAMETERS)((PUCHAR)(_PortArray_) + (_PortArray_)->FirstElementOffset + ((_PortArray_)->ElementSize * (_Index_))))
#define NDIS_SWITCH_PROPERTY_PARAMETERS_GET_PROPERTY(_P_) \
    ((PVOID)((PUCHAR)(_P_) + (_P_)->PropertyBufferOffset))
#define NDIS_SWITCH_PORT_PROPERTY_PARAMETERS_GET_PROPERTY(_P_) \
    ((PVOID)((PUCHAR)(_P_) + (_P_)->PropertyBufferOffset))
#define NDIS_SWITCH_PROPERTY_ENUM_PARAMETERS_GET_FIRST_INFO(_P_) \
    ((PNDIS_SWITCH_PROPERTY_ENUM_INFO)((PUCHAR)(_P_) + (_P_)->FirstPropertyOffset))
#define NDIS_SWITCH_PORT_PROPERTY_ENUM_PARAMETERS_GET_FIRST_INFO(_P_) \
    ((PNDIS_SWITCH_PORT_PROPERTY_ENUM_INFO)((PUCHAR)(_P_) + (_P_)->FirstPropertyOffset))
#define NDIS_SWITCH_PROPERTY_ENUM_INFO_GET_NEXT(_I_) \
    ((PNDIS_SWITCH_PROPERTY_ENUM_INFO)((PUCHAR)(_I_) + (_I_)->QwordAlignedPropertyBufferLength + sizeof(NDIS_SWITCH_PROPERTY_ENUM_INFO)))
#define NDIS_SWITCH_PORT_PROPERTY_ENUM_INFO_GET_NEXT(_I_) \
    ((PNDIS_SWITCH_PORT_PROPERTY_ENUM_INFO)((PUCHAR)(_I_) + (_I_)->QwordAlignedPropertyBufferLength + sizeof(NDIS_SWITCH_PORT_PROPERTY_ENUM_INFO)))
#define NDIS_SWITCH_PROPERTY_ENUM_INFO_GET_PROPERTY(_I_) \
    ((PVOID)((PUCHAR)(_I_) + (_I_)->PropertyBufferOffset))
#define NDIS_SWITCH_PORT_PROPERTY_ENUM_INFO_GET_PROPERTY(_I_) \
    ((PVOID)((PUCHAR)(_I_) + (_I_)->PropertyBufferOffset))
#define NDIS_SWITCH_PROPERTY_CUSTOM_GET_BUFFER(_C_) \
    ((PVOID)((PUCHAR)(_C_) + (_C_)->PropertyBufferOffset))
#define NDIS_SWITCH_PORT_PROPERTY_CUSTOM_GET_BUFFER(_C_) \
    ((PVOID)((PUCHAR)(_C_) + (_C_)->PropertyBufferOffset))

#endif /* DDICHECK_MODEL_NDIS_SWITCH_H */
