/*
 * ndis_nicswitch.h -- ddicheck model header, part of ndis.h: RSS, receive-filter, NIC-switch,
 * SR-IOV, QoS and NDK structures (ntddndis), first half.
 *
 * Generated for ddicheck from the `## -syntax` blocks, the callback examples
 * and the front matter (req.irql) of the public reference pages under
 * ddi/ndis and ddi/ntddndis (each declaration names its page); it is not a
 * copy of Microsoft's ndis.h.  ddicheck searches its model headers AFTER the
 * driver's own include paths (-idirafter), so a real WDK on the include path
 * takes precedence.  Include <ndis.h>, not this file.
 */
#ifndef DDICHECK_MODEL_NDIS_NICSWITCH_H
#define DDICHECK_MODEL_NDIS_NICSWITCH_H

/* NDIS_ISOLATION_PARAMETERS (ns-ntddndis-_ndis_isolation_parameters) */
typedef struct _NDIS_ISOLATION_PARAMETERS {
    NDIS_OBJECT_HEADER  Header;
    ULONG               Flags;
    NDIS_ISOLATION_MODE IsolationMode;
    BOOLEAN             AllowUntaggedTraffic;
    ULONG               NumRoutingDomainEntries;
    ULONG               FirstRoutingDomainEntryOffset;
} NDIS_ISOLATION_PARAMETERS, *PNDIS_ISOLATION_PARAMETERS;

/* NDIS_NDK_CAPABILITIES (ns-ntddndis-_ndis_ndk_capabilities) */
typedef struct _NDIS_NDK_CAPABILITIES {
    NDIS_OBJECT_HEADER Header;
    ULONG              MaxQpCount;
    ULONG              MaxCqCount;
    ULONG              MaxMrCount;
    ULONG              MaxPdCount;
    ULONG              MaxInboundReadLimit;
    ULONG              MaxOutboundReadLimit;
    ULONG              MaxMwCount;
    ULONG              MaxSrqCount;
    ULONG64            MissingCounterMask;
    NDK_ADAPTER_INFO   *NdkInfo;
} NDIS_NDK_CAPABILITIES, *PNDIS_NDK_CAPABILITIES;

/* NDIS_NDK_CONNECTION_ENTRY (ns-ntddndis-_ndis_ndk_connection_entry) */
typedef struct _NDIS_NDK_CONNECTION_ENTRY {
    SOCKADDR_INET Local;
    SOCKADDR_INET Remote;
    BOOLEAN       UserModeOwner;
    ULONG         OwnerPid;
} NDIS_NDK_CONNECTION_ENTRY, *PNDIS_NDK_CONNECTION_ENTRY;

/* NDIS_NDK_CONNECTIONS (ns-ntddndis-_ndis_ndk_connections) */
typedef struct _NDIS_NDK_CONNECTIONS {
    NDIS_OBJECT_HEADER                            Header;
    ULONG                                         Count;
    BOOLEAN                                       NDConnectionsMappedtoTCPConnections;
    _Field_size_(Count) NDIS_NDK_CONNECTION_ENTRY Connections[1];
} NDIS_NDK_CONNECTIONS, *PNDIS_NDK_CONNECTIONS;

/* NDIS_NDK_LOCAL_ENDPOINT_ENTRY (ns-ntddndis-_ndis_ndk_local_endpoint_entry) */
typedef struct _NDIS_NDK_LOCAL_ENDPOINT_ENTRY {
    SOCKADDR_INET Local;
    BOOLEAN       UserModeOwner;
    BOOLEAN       Listener;
    ULONG         OwnerPid;
} NDIS_NDK_LOCAL_ENDPOINT_ENTRY;

/* NDIS_NDK_LOCAL_ENDPOINTS (ns-ntddndis-_ndis_ndk_local_endpoints) */
typedef struct _NDIS_NDK_LOCAL_ENDPOINTS {
    NDIS_OBJECT_HEADER                                 Header;
    ULONG                                              Count;
    BOOLEAN                                            NDLocalEndpointsMappedtoTCPLocalEndpoints;
     _Field_size_(Count) NDIS_NDK_LOCAL_ENDPOINT_ENTRY LocalEndpoints[1];
} NDIS_NDK_LOCAL_ENDPOINTS, *PNDIS_NDK_LOCAL_ENDPOINTS;

/* NDIS_NDK_PERFORMANCE_COUNTERS (ns-ntddndis-_ndis_ndk_performance_counters) */
typedef struct _NDIS_NDK_PERFORMANCE_COUNTERS {
    ULONG64 Connect;
    ULONG64 Accept;
    ULONG64 ConnectFailure;
    ULONG64 ConnectionError;
    ULONG64 ActiveConnection;
    ULONG64 Reserved01;
    ULONG64 Reserved02;
    ULONG64 Reserved03;
    ULONG64 Reserved04;
    ULONG64 Reserved05;
    ULONG64 Reserved06;
    ULONG64 Reserved07;
    ULONG64 Reserved08;
    ULONG64 Reserved09;
    ULONG64 Reserved10;
    ULONG64 Reserved11;
    ULONG64 Reserved12;
    ULONG64 Reserved13;
    ULONG64 Reserved14;
    ULONG64 Reserved15;
    ULONG64 Reserved16;
    ULONG64 Reserved17;
    ULONG64 Reserved18;
    ULONG64 Reserved19;
    ULONG64 Reserved20;
    ULONG64 CQError;
    ULONG64 RDMAInOctets;
    ULONG64 RDMAOutOctets;
    ULONG64 RDMAInFrames;
    ULONG64 RDMAOutFrames;
} NDIS_NDK_PERFORMANCE_COUNTERS, *PNDIS_NDK_PERFORMANCE_COUNTERS;

/* NDIS_NDK_STATISTICS_INFO (ns-ntddndis-_ndis_ndk_statistics_info) */
typedef struct _NDIS_NDK_STATISTICS_INFO {
    NDIS_OBJECT_HEADER            Header;
    NDIS_NDK_PERFORMANCE_COUNTERS CounterSet;
} NDIS_NDK_STATISTICS_INFO, *PNDIS_NDK_STATISTICS_INFO;

/* NDIS_NIC_SWITCH_CAPABILITIES (ns-ntddndis-_ndis_nic_switch_capabilities) */
typedef struct _NDIS_NIC_SWITCH_CAPABILITIES {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              NdisReserved1;
    ULONG              NumTotalMacAddresses;
    ULONG              NumMacAddressesPerPort;
    ULONG              NumVlansPerPort;
    ULONG              NdisReserved2;
    ULONG              NdisReserved3;
#if (NDIS_SUPPORT_NDIS630)
    ULONG              NicSwitchCapabilities;
    ULONG              MaxNumSwitches;
    ULONG              MaxNumVPorts;
    ULONG              NdisReserved4;
    ULONG              MaxNumVFs;
    ULONG              MaxNumQueuePairs;
    ULONG              NdisReserved5;
    ULONG              NdisReserved6;
    ULONG              NdisReserved7;
    ULONG              MaxNumQueuePairsPerNonDefaultVPort;
    ULONG              NdisReserved8;
    ULONG              NdisReserved9;
    ULONG              NdisReserved10;
    ULONG              NdisReserved11;
    ULONG              NdisReserved12;
    ULONG              MaxNumMacAddresses;
    ULONG              NdisReserved13;
    ULONG              NdisReserved14;
    ULONG              NdisReserved15;
    ULONG              NdisReserved16;
    ULONG              NdisReserved17;
#endif
#if (NDIS_SUPPORT_NDIS660)
    ULONG              MaxNumRssCapableNonDefaultPFVPorts;
    ULONG              NumberOfIndirectionTableEntriesForDefaultVPort;
    ULONG              NumberOfIndirectionTableEntriesPerNonDefaultPFVPort;
    ULONG              MaxNumQueuePairsForDefaultVPort;
#endif
} NDIS_NIC_SWITCH_CAPABILITIES, *PNDIS_NIC_SWITCH_CAPABILITIES;

/* NDIS_NIC_SWITCH_DELETE_SWITCH_PARAMETERS (ns-ntddndis-_ndis_nic_switch_delete_switch_parameters) */
typedef struct _NDIS_NIC_SWITCH_DELETE_SWITCH_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    NDIS_NIC_SWITCH_ID SwitchId;
} NDIS_NIC_SWITCH_DELETE_SWITCH_PARAMETERS, *PNDIS_NIC_SWITCH_DELETE_SWITCH_PARAMETERS;

/* NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS (ns-ntddndis-_ndis_nic_switch_delete_vport_parameters) */
typedef struct _NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS {
    NDIS_OBJECT_HEADER       Header;
    ULONG                    Flags;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
} NDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS, *PNDIS_NIC_SWITCH_DELETE_VPORT_PARAMETERS;

/* NDIS_NIC_SWITCH_FREE_VF_PARAMETERS (ns-ntddndis-_ndis_nic_switch_free_vf_parameters) */
typedef struct _NDIS_NIC_SWITCH_FREE_VF_PARAMETERS {
    NDIS_OBJECT_HEADER     Header;
    ULONG                  Flags;
    NDIS_SRIOV_FUNCTION_ID VFId;
} NDIS_NIC_SWITCH_FREE_VF_PARAMETERS, *PNDIS_NIC_SWITCH_FREE_VF_PARAMETERS;

/* NDIS_NIC_SWITCH_INFO (ns-ntddndis-_ndis_nic_switch_info) */
typedef struct _NDIS_NIC_SWITCH_INFO {
    NDIS_OBJECT_HEADER            Header;
    ULONG                         Flags;
    NDIS_NIC_SWITCH_TYPE          SwitchType;
    NDIS_NIC_SWITCH_ID            SwitchId;
    NDIS_NIC_SWITCH_FRIENDLY_NAME SwitchFriendlyName;
    ULONG                         NumVFs;
    ULONG                         NumAllocatedVFs;
    ULONG                         NumVPorts;
    ULONG                         NumActiveVPorts;
    ULONG                         NumQueuePairsForDefaultVPort;
    ULONG                         NumQueuePairsForNonDefaultVPorts;
    ULONG                         NumActiveDefaultVPortMacAddresses;
    ULONG                         NumActiveNonDefaultVPortMacAddresses;
    ULONG                         NumActiveDefaultVPortVlanIds;
    ULONG                         NumActiveNonDefaultVPortVlanIds;
} NDIS_NIC_SWITCH_INFO, *PNDIS_NIC_SWITCH_INFO;

/* NDIS_NIC_SWITCH_INFO_ARRAY (ns-ntddndis-_ndis_nic_switch_info_array) */
typedef struct _NDIS_NIC_SWITCH_INFO_ARRAY {
    NDIS_OBJECT_HEADER Header;
    ULONG              FirstElementOffset;
    ULONG              NumElements;
    ULONG              ElementSize;
} NDIS_NIC_SWITCH_INFO_ARRAY, *PNDIS_NIC_SWITCH_INFO_ARRAY;

/* NDIS_NIC_SWITCH_PARAMETERS (ns-ntddndis-_ndis_nic_switch_parameters) */
typedef struct _NDIS_NIC_SWITCH_PARAMETERS {
    NDIS_OBJECT_HEADER            Header;
    ULONG                         Flags;
    NDIS_NIC_SWITCH_TYPE          SwitchType;
    NDIS_NIC_SWITCH_ID            SwitchId;
    NDIS_NIC_SWITCH_FRIENDLY_NAME SwitchFriendlyName;
    ULONG                         NumVFs;
    ULONG                         NdisReserved1;
    ULONG                         NdisReserved2;
    ULONG                         NdisReserved3;
} NDIS_NIC_SWITCH_PARAMETERS, *PNDIS_NIC_SWITCH_PARAMETERS;

/* NDIS_NIC_SWITCH_VF_INFO (ns-ntddndis-_ndis_nic_switch_vf_info) */
typedef struct _NDIS_NIC_SWITCH_VF_INFO {
    NDIS_OBJECT_HEADER     Header;
    ULONG                  Flags;
    NDIS_NIC_SWITCH_ID     SwitchId;
    NDIS_VM_NAME           VMName;
    NDIS_VM_FRIENDLYNAME   VMFriendlyName;
    NDIS_SWITCH_NIC_NAME   NicName;
    USHORT                 MacAddressLength;
    UCHAR                  PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    UCHAR                  CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NDIS_SRIOV_FUNCTION_ID VFId;
    NDIS_VF_RID            RequestorId;
} NDIS_NIC_SWITCH_VF_INFO, *PNDIS_NIC_SWITCH_VF_INFO;

/* NDIS_NIC_SWITCH_VF_INFO_ARRAY (ns-ntddndis-_ndis_nic_switch_vf_info_array) */
typedef struct _NDIS_NIC_SWITCH_VF_INFO_ARRAY {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    NDIS_NIC_SWITCH_ID SwitchId;
    ULONG              FirstElementOffset;
    ULONG              NumElements;
    ULONG              ElementSize;
} NDIS_NIC_SWITCH_VF_INFO_ARRAY, *PNDIS_NIC_SWITCH_VF_INFO_ARRAY;

/* NDIS_NIC_SWITCH_VF_PARAMETERS (ns-ntddndis-_ndis_nic_switch_vf_parameters) */
typedef struct _NDIS_NIC_SWITCH_VF_PARAMETERS {
    NDIS_OBJECT_HEADER     Header;
    ULONG                  Flags;
    NDIS_NIC_SWITCH_ID     SwitchId;
    NDIS_VM_NAME           VMName;
    NDIS_VM_FRIENDLYNAME   VMFriendlyName;
    NDIS_SWITCH_NIC_NAME   NicName;
    USHORT                 MacAddressLength;
    UCHAR                  PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    UCHAR                  CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NDIS_SRIOV_FUNCTION_ID VFId;
    NDIS_VF_RID            RequestorId;
} NDIS_NIC_SWITCH_VF_PARAMETERS, *PNDIS_NIC_SWITCH_VF_PARAMETERS;

/* NDIS_NIC_SWITCH_VPORT_INFO (ns-ntddndis-_ndis_nic_switch_vport_info) */
typedef struct _NDIS_NIC_SWITCH_VPORT_INFO {
    NDIS_OBJECT_HEADER                         Header;
    NDIS_NIC_SWITCH_VPORT_ID                   VPortId;
    ULONG                                      Flags;
    NDIS_NIC_SWITCH_ID                         SwitchId;
    NDIS_VPORT_NAME                            VPortName;
    NDIS_SRIOV_FUNCTION_ID                     AttachedFunctionId;
    ULONG                                      NumQueuePairs;
    NDIS_NIC_SWITCH_VPORT_INTERRUPT_MODERATION InterruptModeration;
    NDIS_NIC_SWITCH_VPORT_STATE                VPortState;
    GROUP_AFFINITY                             ProcessorAffinity;
    ULONG                                      LookaheadSize;
    ULONG                                      NumFilters;
} NDIS_NIC_SWITCH_VPORT_INFO, *PNDIS_NIC_SWITCH_VPORT_INFO;

/* NDIS_NIC_SWITCH_VPORT_INFO_ARRAY (ns-ntddndis-_ndis_nic_switch_vport_info_array) */
typedef struct _NDIS_NIC_SWITCH_VPORT_INFO_ARRAY {
    NDIS_OBJECT_HEADER     Header;
    ULONG                  Flags;
    NDIS_NIC_SWITCH_ID     SwitchId;
    NDIS_SRIOV_FUNCTION_ID AttachedFunctionId;
    ULONG                  FirstElementOffset;
    ULONG                  NumElements;
    ULONG                  ElementSize;
} NDIS_NIC_SWITCH_VPORT_INFO_ARRAY, *PNDIS_NIC_SWITCH_VPORT_INFO_ARRAY;

/* NDIS_NIC_SWITCH_VPORT_PARAMETERS (ns-ntddndis-_ndis_nic_switch_vport_parameters) */
typedef struct _NDIS_NIC_SWITCH_VPORT_PARAMETERS {
    NDIS_OBJECT_HEADER                         Header;
    ULONG                                      Flags;
    NDIS_NIC_SWITCH_ID                         SwitchId;
    NDIS_NIC_SWITCH_VPORT_ID                   VPortId;
    NDIS_VPORT_NAME                            VPortName;
    NDIS_SRIOV_FUNCTION_ID                     AttachedFunctionId;
    ULONG                                      NumQueuePairs;
    NDIS_NIC_SWITCH_VPORT_INTERRUPT_MODERATION InterruptModeration;
    NDIS_NIC_SWITCH_VPORT_STATE                VPortState;
    GROUP_AFFINITY                             ProcessorAffinity;
    ULONG                                      LookaheadSize;
} NDIS_NIC_SWITCH_VPORT_PARAMETERS, *PNDIS_NIC_SWITCH_VPORT_PARAMETERS;

/* NDIS_QOS_CAPABILITIES (ns-ntddndis-_ndis_qos_capabilities) */
typedef struct _NDIS_QOS_CAPABILITIES {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              MaxNumTrafficClasses;
    ULONG              MaxNumEtsCapableTrafficClasses;
    ULONG              MaxNumPfcEnabledTrafficClasses;
} NDIS_QOS_CAPABILITIES, *PNDIS_QOS_CAPABILITIES;

/* NDIS_QOS_CLASSIFICATION_ELEMENT (ns-ntddndis-_ndis_qos_classification_element) */
typedef struct _NDIS_QOS_CLASSIFICATION_ELEMENT {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    USHORT             ConditionSelector;
    USHORT             ConditionField;
    USHORT             ActionSelector;
    USHORT             ActionField;
} NDIS_QOS_CLASSIFICATION_ELEMENT, *PNDIS_QOS_CLASSIFICATION_ELEMENT;

/* NDIS_QOS_PARAMETERS (ns-ntddndis-_ndis_qos_parameters) */
typedef struct _NDIS_QOS_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              NumTrafficClasses;
    UCHAR              PriorityAssignmentTable[NDIS_QOS_MAXIMUM_PRIORITIES];
    UCHAR              TcBandwidthAssignmentTable[NDIS_QOS_MAXIMUM_TRAFFIC_CLASSES];
    UCHAR              TsaAssignmentTable[NDIS_QOS_MAXIMUM_TRAFFIC_CLASSES];
    ULONG              PfcEnable;
    ULONG              NumClassificationElements;
    ULONG              ClassificationElementSize;
    ULONG              FirstClassificationElementOffset;
} NDIS_QOS_PARAMETERS, *PNDIS_QOS_PARAMETERS;

/* NDIS_RECEIVE_FILTER_CAPABILITIES (ns-ntddndis-_ndis_receive_filter_capabilities) */
typedef struct _NDIS_RECEIVE_FILTER_CAPABILITIES {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              EnabledFilterTypes;
    ULONG              EnabledQueueTypes;
    ULONG              NumQueues;
    ULONG              SupportedQueueProperties;
    ULONG              SupportedFilterTests;
    ULONG              SupportedHeaders;
    ULONG              SupportedMacHeaderFields;
    ULONG              MaxMacHeaderFilters;
    ULONG              MaxQueueGroups;
    ULONG              MaxQueuesPerQueueGroup;
    ULONG              MinLookaheadSplitSize;
    ULONG              MaxLookaheadSplitSize;
#if NDIS_SUPPORT_NDIS630
    ULONG              SupportedARPHeaderFields;
    ULONG              SupportedIPv4HeaderFields;
    ULONG              SupportedIPv6HeaderFields;
    ULONG              SupportedUdpHeaderFields;
    ULONG              MaxFieldTestsPerPacketCoalescingFilter;
    ULONG              MaxPacketCoalescingFilters;
    ULONG              NdisReserved;
#endif
} NDIS_RECEIVE_FILTER_CAPABILITIES, *PNDIS_RECEIVE_FILTER_CAPABILITIES;

/* NDIS_RECEIVE_FILTER_CLEAR_PARAMETERS (ns-ntddndis-_ndis_receive_filter_clear_parameters) */
typedef struct _NDIS_RECEIVE_FILTER_CLEAR_PARAMETERS {
    NDIS_OBJECT_HEADER     Header;
    ULONG                  Flags;
    NDIS_RECEIVE_QUEUE_ID  QueueId;
    NDIS_RECEIVE_FILTER_ID FilterId;
} NDIS_RECEIVE_FILTER_CLEAR_PARAMETERS, *PNDIS_RECEIVE_FILTER_CLEAR_PARAMETERS;

/* NDIS_RECEIVE_FILTER_FIELD_PARAMETERS (ns-ntddndis-_ndis_receive_filter_field_parameters) */
typedef struct _NDIS_RECEIVE_FILTER_FIELD_PARAMETERS {
    NDIS_OBJECT_HEADER       Header;
    ULONG                    Flags;
    NDIS_FRAME_HEADER        FrameHeader;
    NDIS_RECEIVE_FILTER_TEST ReceiveFilterTest;
    union _HEADER_FIELD {
      NDIS_MAC_HEADER_FIELD        MacHeaderField;
      NDIS_ARP_HEADER_FIELD        ArpHeaderField;
      NDIS_IPV4_HEADER_FIELD       IPv4HeaderField;
      NDIS_IPV6_HEADER_FIELD       IPv6HeaderField;
      NDIS_UDP_HEADER_FIELD        UdpHeaderField;
    } HeaderField;
    union _FIELD_VALUE {
      UCHAR   FieldByteValue;
      USHORT  FieldShortValue;
      ULONG   FieldLongValue;
      ULONG64 FieldLong64Value;
      UCHAR   FieldByteArrayValue[16];
    } FieldValue;
    union _RESULT_VALUE {
      UCHAR   ResultByteValue;
      USHORT  ResultShortValue;
      ULONG   ResultLongValue;
      ULONG64 ResultLong64Value;
      UCHAR   ResultByteArrayValue[16];
    } ResultValue;
} NDIS_RECEIVE_FILTER_FIELD_PARAMETERS, *PNDIS_RECEIVE_FILTER_FIELD_PARAMETERS;

/* NDIS_RECEIVE_FILTER_GLOBAL_PARAMETERS (ns-ntddndis-_ndis_receive_filter_global_parameters) */
typedef struct _NDIS_RECEIVE_FILTER_GLOBAL_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              EnabledFilterTypes;
    ULONG              EnabledQueueTypes;
} NDIS_RECEIVE_FILTER_GLOBAL_PARAMETERS, *PNDIS_RECEIVE_FILTER_GLOBAL_PARAMETERS;

/* NDIS_RECEIVE_FILTER_INFO (ns-ntddndis-_ndis_receive_filter_info) */
typedef struct _NDIS_RECEIVE_FILTER_INFO {
    NDIS_OBJECT_HEADER       Header;
    ULONG                    Flags;
    NDIS_RECEIVE_FILTER_TYPE FilterType;
    NDIS_RECEIVE_FILTER_ID   FilterId;
} NDIS_RECEIVE_FILTER_INFO, *PNDIS_RECEIVE_FILTER_INFO;

/* NDIS_RECEIVE_FILTER_INFO_ARRAY (ns-ntddndis-_ndis_receive_filter_info_array) */
typedef struct _NDIS_RECEIVE_FILTER_INFO_ARRAY {
    NDIS_OBJECT_HEADER       Header;
    NDIS_RECEIVE_QUEUE_ID    QueueId;
    ULONG                    FirstElementOffset;
    ULONG                    NumElements;
    ULONG                    ElementSize;
#if (NDIS_SUPPORT_NDIS630)
    ULONG                    Flags;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
#endif
} NDIS_RECEIVE_FILTER_INFO_ARRAY, *PNDIS_RECEIVE_FILTER_INFO_ARRAY;

/* NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS (ns-ntddndis-_ndis_receive_filter_move_filter_parameters) */
typedef struct _NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS {
    NDIS_OBJECT_HEADER       Header;
    NDIS_RECEIVE_FILTER_ID   FilterId;
    NDIS_RECEIVE_QUEUE_ID    SourceQueueId;
    NDIS_NIC_SWITCH_VPORT_ID SourceVPortId;
    NDIS_RECEIVE_QUEUE_ID    DestQueueId;
    NDIS_NIC_SWITCH_VPORT_ID DestVPortId;
} NDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS, *PNDIS_RECEIVE_FILTER_MOVE_FILTER_PARAMETERS;

/* NDIS_RECEIVE_FILTER_PARAMETERS (ns-ntddndis-_ndis_receive_filter_parameters) */
typedef struct _NDIS_RECEIVE_FILTER_PARAMETERS {
    NDIS_OBJECT_HEADER       Header;
    ULONG                    Flags;
    NDIS_RECEIVE_FILTER_TYPE FilterType;
    NDIS_RECEIVE_QUEUE_ID    QueueId;
    NDIS_RECEIVE_FILTER_ID   FilterId;
    ULONG                    FieldParametersArrayOffset;
    ULONG                    FieldParametersArrayNumElements;
    ULONG                    FieldParametersArrayElementSize;
    ULONG                    RequestedFilterIdBitCount;
#if (NDIS_SUPPORT_NDIS630)
    ULONG                    MaxCoalescingDelay;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
#endif
} NDIS_RECEIVE_FILTER_PARAMETERS, *PNDIS_RECEIVE_FILTER_PARAMETERS;

/* NDIS_RECEIVE_HASH_PARAMETERS (ns-ntddndis-_ndis_receive_hash_parameters) */
typedef struct _NDIS_RECEIVE_HASH_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              HashInformation;
    USHORT             HashSecretKeySize;
    ULONG              HashSecretKeyOffset;
} NDIS_RECEIVE_HASH_PARAMETERS, *PNDIS_RECEIVE_HASH_PARAMETERS;

/* NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_ARRAY (ns-ntddndis-_ndis_receive_queue_allocation_complete_array) */
typedef struct _NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_ARRAY {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              FirstElementOffset;
    ULONG              NumElements;
    ULONG              ElementSize;
} NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_ARRAY, *PNDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_ARRAY;

/* NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_PARAMETERS (ns-ntddndis-_ndis_receive_queue_allocation_complete_parameters) */
typedef struct _NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_PARAMETERS {
    NDIS_OBJECT_HEADER    Header;
    ULONG                 Flags;
    NDIS_RECEIVE_QUEUE_ID QueueId;
    NDIS_STATUS           CompletionStatus;
} NDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_PARAMETERS, *PNDIS_RECEIVE_QUEUE_ALLOCATION_COMPLETE_PARAMETERS;

/* NDIS_RECEIVE_QUEUE_FREE_PARAMETERS (ns-ntddndis-_ndis_receive_queue_free_parameters) */
typedef struct _NDIS_RECEIVE_QUEUE_FREE_PARAMETERS {
    NDIS_OBJECT_HEADER    Header;
    ULONG                 Flags;
    NDIS_RECEIVE_QUEUE_ID QueueId;
} NDIS_RECEIVE_QUEUE_FREE_PARAMETERS, *PNDIS_RECEIVE_QUEUE_FREE_PARAMETERS;

/* NDIS_RECEIVE_QUEUE_INFO (ns-ntddndis-_ndis_receive_queue_info) */
typedef struct _NDIS_RECEIVE_QUEUE_INFO {
    NDIS_OBJECT_HEADER                   Header;
    ULONG                                Flags;
    NDIS_RECEIVE_QUEUE_TYPE              QueueType;
    NDIS_RECEIVE_QUEUE_ID                QueueId;
    NDIS_RECEIVE_QUEUE_GROUP_ID          QueueGroupId;
    NDIS_RECEIVE_QUEUE_OPERATIONAL_STATE QueueState;
    GROUP_AFFINITY                       ProcessorAffinity;
    ULONG                                NumSuggestedReceiveBuffers;
    ULONG                                MSIXTableEntry;
    ULONG                                LookaheadSize;
    NDIS_VM_NAME                         VmName;
    NDIS_QUEUE_NAME                      QueueName;
#if (NDIS_SUPPORT_NDIS630)
    ULONG                                NumFilters;
    ULONG                                InterruptCoalescingDomainId;
#endif
} NDIS_RECEIVE_QUEUE_INFO, *PNDIS_RECEIVE_QUEUE_INFO;

/* NDIS_RECEIVE_QUEUE_INFO_ARRAY (ns-ntddndis-_ndis_receive_queue_info_array) */
typedef struct _NDIS_RECEIVE_QUEUE_INFO_ARRAY {
    NDIS_OBJECT_HEADER Header;
    ULONG              FirstElementOffset;
    ULONG              NumElements;
    ULONG              ElementSize;
} NDIS_RECEIVE_QUEUE_INFO_ARRAY, *PNDIS_RECEIVE_QUEUE_INFO_ARRAY;

/* NDIS_RECEIVE_QUEUE_PARAMETERS (ns-ntddndis-_ndis_receive_queue_parameters) */
typedef struct _NDIS_RECEIVE_QUEUE_PARAMETERS {
    NDIS_OBJECT_HEADER          Header;
    ULONG                       Flags;
    NDIS_RECEIVE_QUEUE_TYPE     QueueType;
    NDIS_RECEIVE_QUEUE_ID       QueueId;
    NDIS_RECEIVE_QUEUE_GROUP_ID QueueGroupId;
    GROUP_AFFINITY              ProcessorAffinity;
    ULONG                       NumSuggestedReceiveBuffers;
    ULONG                       MSIXTableEntry;
    ULONG                       LookaheadSize;
    NDIS_VM_NAME                VmName;
    NDIS_QUEUE_NAME             QueueName;
#if (NDIS_SUPPORT_NDIS630)
    ULONG                       PortId;
    ULONG                       InterruptCoalescingDomainId;
#endif
} NDIS_RECEIVE_QUEUE_PARAMETERS, *PNDIS_RECEIVE_QUEUE_PARAMETERS;

/* NDIS_RECEIVE_SCALE_CAPABILITIES (ns-ntddndis-_ndis_receive_scale_capabilities) */
typedef struct _NDIS_RECEIVE_SCALE_CAPABILITIES {
    NDIS_OBJECT_HEADER  Header;
    NDIS_RSS_CAPS_FLAGS CapabilitiesFlags;
    ULONG               NumberOfInterruptMessages;
    ULONG               NumberOfReceiveQueues;
#if (NDIS_SUPPORT_NDIS630)
    USHORT              NumberOfIndirectionTableEntries;
#endif
} NDIS_RECEIVE_SCALE_CAPABILITIES, *PNDIS_RECEIVE_SCALE_CAPABILITIES;

/* NDIS_RECEIVE_SCALE_PARAMETERS (ns-ntddndis-_ndis_receive_scale_parameters) */
typedef struct _NDIS_RECEIVE_SCALE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    USHORT             Flags;
    USHORT             BaseCpuNumber;
    ULONG              HashInformation;
    USHORT             IndirectionTableSize;
    ULONG              IndirectionTableOffset;
    USHORT             HashSecretKeySize;
    ULONG              HashSecretKeyOffset;
#if NDIS_SUPPORT_NDIS620
    ULONG              ProcessorMasksOffset;
    ULONG              NumberOfProcessorMasks;
    ULONG              ProcessorMasksEntrySize;
#endif
#if NDIS_SUPPORT_NDIS660
    PROCESSOR_NUMBER   DefaultProcessorNumber;
#endif
} NDIS_RECEIVE_SCALE_PARAMETERS, *PNDIS_RECEIVE_SCALE_PARAMETERS;

/* NDIS_RECEIVE_SCALE_PARAMETERS_V2 (ns-ntddndis-_ndis_receive_scale_parameters_v2) */
typedef struct _NDIS_RECEIVE_SCALE_PARAMETERS_V2 {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              HashInformation;
    ULONG              HashSecretKeySize;
    ULONG              HashSecretKeyOffset;
    ULONG              NumberOfQueues;
    ULONG              NumberOfIndirectionTableEntries;
} NDIS_RECEIVE_SCALE_PARAMETERS_V2, *PNDIS_RECEIVE_SCALE_PARAMETERS_V2;

/* NDIS_ROUTING_DOMAIN_ENTRY (ns-ntddndis-_ndis_routing_domain_entry) */
typedef struct _NDIS_ROUTING_DOMAIN_ENTRY {
    NDIS_OBJECT_HEADER       Header;
    ULONG                    Flags;
    NDIS_ROUTING_DOMAIN_ID   RoutingDomainId;
    NDIS_ROUTING_DOMAIN_NAME RoutingDomainName;
    ULONG                    NumIsolationEntries;
    ULONG                    FirstIsolationEntryOffset;
} NDIS_ROUTING_DOMAIN_ENTRY, *PNDIS_ROUTING_DOMAIN_ENTRY;

/* NDIS_ROUTING_DOMAIN_ISOLATION_ENTRY (ns-ntddndis-_ndis_routing_domain_isolation_entry) */
typedef struct _NDIS_ROUTING_DOMAIN_ISOLATION_ENTRY {
    NDIS_OBJECT_HEADER     Header;
    ULONG                  Flags;
    NDIS_ISOLATION_ID_NAME IsolationIdName;
    union {
      struct {
        UINT32 VirtualSubnetId  :24;
      };
      struct {
        UINT32 VlanId  :24;
      };
      UINT32 IsolationId;
    };
} NDIS_ROUTING_DOMAIN_ISOLATION_ENTRY, *PNDIS_ROUTING_DOMAIN_ISOLATION_ENTRY;

#endif /* DDICHECK_MODEL_NDIS_NICSWITCH_H */
