/*
 * ndis_oid_types.h -- ddicheck model header, part of ndis.h: the NDIS structures shared with
 * user mode (ntddndis): general, statistics, port and power-management
 * structures.
 *
 * Generated for ddicheck from the `## -syntax` blocks, the callback examples
 * and the front matter (req.irql) of the public reference pages under
 * ddi/ndis and ddi/ntddndis (each declaration names its page); it is not a
 * copy of Microsoft's ndis.h.  ddicheck searches its model headers AFTER the
 * driver's own include paths (-idirafter), so a real WDK on the include path
 * takes precedence.  Include <ndis.h>, not this file.
 */
#ifndef DDICHECK_MODEL_NDIS_OID_TYPES_H
#define DDICHECK_MODEL_NDIS_OID_TYPES_H

/* NDIS_HD_SPLIT_CURRENT_CONFIG (ns-ntddndis-_ndis_hd_split_current_config) */
typedef struct _NDIS_HD_SPLIT_CURRENT_CONFIG {
    NDIS_OBJECT_HEADER Header;
    ULONG              HardwareCapabilities;
    ULONG              CurrentCapabilities;
    ULONG              HDSplitFlags;
    ULONG              HDSplitCombineFlags;
    ULONG              BackfillSize;
    ULONG              MaxHeaderSize;
} NDIS_HD_SPLIT_CURRENT_CONFIG, *PNDIS_HD_SPLIT_CURRENT_CONFIG;

/* NDIS_HD_SPLIT_PARAMETERS (ns-ntddndis-_ndis_hd_split_parameters) */
typedef struct _NDIS_HD_SPLIT_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG              HDSplitCombineFlags;
} NDIS_HD_SPLIT_PARAMETERS, *PNDIS_HD_SPLIT_PARAMETERS;

/* NDIS_HYPERVISOR_INFO (ns-ntddndis-_ndis_hypervisor_info) */
typedef struct _NDIS_HYPERVISOR_INFO {
    NDIS_OBJECT_HEADER             Header;
    ULONG                          Flags;
    NDIS_HYPERVISOR_PARTITION_TYPE PartitionType;
} NDIS_HYPERVISOR_INFO, *PNDIS_HYPERVISOR_INFO;

/* NDIS_INTERRUPT_MODERATION_PARAMETERS (ns-ntddndis-_ndis_interrupt_moderation_parameters) */
typedef struct _NDIS_INTERRUPT_MODERATION_PARAMETERS {
    NDIS_OBJECT_HEADER        Header;
    ULONG                     Flags;
    NDIS_INTERRUPT_MODERATION InterruptModeration;
} NDIS_INTERRUPT_MODERATION_PARAMETERS, *PNDIS_INTERRUPT_MODERATION_PARAMETERS;

/* NDIS_LINK_SPEED (ns-ntddndis-_ndis_link_speed) */
typedef struct _NDIS_LINK_SPEED {
    ULONG64 XmitLinkSpeed;
    ULONG64 RcvLinkSpeed;
} NDIS_LINK_SPEED, *PNDIS_LINK_SPEED;

/* NDIS_OPER_STATE (ns-ntddndis-_ndis_oper_state) */
typedef struct _NDIS_OPER_STATE {
    NDIS_OBJECT_HEADER Header;
    NET_IF_OPER_STATUS OperationalStatus;
    ULONG              OperationalStatusFlags;
} NDIS_OPER_STATE, *PNDIS_OPER_STATE;

/* NDIS_PCI_DEVICE_CUSTOM_PROPERTIES (ns-ntddndis-_ndis_pci_device_custom_properties) */
typedef struct _NDIS_PCI_DEVICE_CUSTOM_PROPERTIES {
    NDIS_OBJECT_HEADER Header;
    UINT32             DeviceType;
    UINT32             CurrentSpeedAndMode;
    UINT32             CurrentPayloadSize;
    UINT32             MaxPayloadSize;
    UINT32             MaxReadRequestSize;
    UINT32             CurrentLinkSpeed;
    UINT32             CurrentLinkWidth;
    UINT32             MaxLinkSpeed;
    UINT32             MaxLinkWidth;
#if ((NTDDI_VERSION >= NTDDI_WIN7) || NDIS_SUPPORT_NDIS620)
    UINT32             PciExpressVersion;
    UINT32             InterruptType;
    UINT32             MaxInterruptMessages;
#endif
} NDIS_PCI_DEVICE_CUSTOM_PROPERTIES, *PNDIS_PCI_DEVICE_CUSTOM_PROPERTIES;

/* NDIS_PD_CAPABILITIES (ns-ntddndis-_ndis_pd_capabilities) */
typedef struct _NDIS_PD_CAPABILITIES {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              MaximumTxPartialBufferCount;
    ULONG              MaximumRxPartialBufferCount;
    UCHAR              RxFilterContextWidth;
    UCHAR              DmaAddressWidth;
    UCHAR              CapabilityFlags;
    ULONG              MaxNumberOfRxQueues;
    ULONG              MaxNumberOfTxQueues;
    ULONG              MaxNumberOfRxQueuesForDefaultVport;
    ULONG              MaxNumberOfTxQueuesForDefaultVport;
    ULONG              MaxNumberOfRxQueuesPerNonDefaultVport;
    ULONG              MaxNumberOfTxQueuesPerNonDefaultVport;
    ULONG              ExactMatchProfileArrayOffset;
    ULONG              ExactMatchProfileArrayNumElements;
    ULONG              ExactMatchProfileArrayElementSize;
    ULONG              WildcardMatchProfileArrayOffset;
    ULONG              WildcardMatchProfileArrayNumElements;
    ULONG              WildcardMatchProfileArrayElementSize;
} NDIS_PD_CAPABILITIES;

/* NDIS_PD_CONFIG (ns-ntddndis-_ndis_pd_config) */
typedef struct _NDIS_PD_CONFIG {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    BOOLEAN            Enabled;
    ULONG              CapabilitiesOffset;
                       ULONG CapabilitiesSize;
} NDIS_PD_CONFIG;

/* NDIS_PORT_CHARACTERISTICS (ns-ntddndis-_ndis_port_characteristics) */
typedef struct _NDIS_PORT_CHARACTERISTICS {
    NDIS_OBJECT_HEADER            Header;
    NDIS_PORT_NUMBER              PortNumber;
    ULONG                         Flags;
    NDIS_PORT_TYPE                Type;
    NDIS_MEDIA_CONNECT_STATE      MediaConnectState;
    ULONG64                       XmitLinkSpeed;
    ULONG64                       RcvLinkSpeed;
    NET_IF_DIRECTION_TYPE         Direction;
    NDIS_PORT_CONTROLL_STATE      SendControlState;
    NDIS_PORT_CONTROLL_STATE      RcvControlState;
    NDIS_PORT_AUTHORIZATION_STATE SendAuthorizationState;
    NDIS_PORT_AUTHORIZATION_STATE RcvAuthorizationState;
} NDIS_PORT_CHARACTERISTICS, *PNDIS_PORT_CHARACTERISTICS;

/* NDIS_PORT (ns-ntddndis-_ndis_port) */
typedef struct _NDIS_PORT {
    PNDIS_PORT                Next;
    PVOID                     NdisReserved;
    PVOID                     MiniportReserved;
    PVOID                     ProtocolReserved;
    NDIS_PORT_CHARACTERISTICS PortCharacteristics;
} NDIS_PORT, *PNDIS_PORT;

/* NDIS_PORT_ARRAY (ns-ntddndis-_ndis_port_array) */
typedef struct _NDIS_PORT_ARRAY {
    NDIS_OBJECT_HEADER        Header;
    ULONG                     NumberOfPorts;
    ULONG                     OffsetFirstPort;
    ULONG                     ElementSize;
    NDIS_PORT_CHARACTERISTICS Ports[1];
} NDIS_PORT_ARRAY, *PNDIS_PORT_ARRAY;

/* NDIS_PORT_AUTHENTICATION_PARAMETERS (ns-ntddndis-_ndis_port_authentication_parameters) */
typedef struct _NDIS_PORT_AUTHENTICATION_PARAMETERS {
    NDIS_OBJECT_HEADER            Header;
    NDIS_PORT_CONTROLL_STATE      SendControlState;
    NDIS_PORT_CONTROLL_STATE      RcvControlState;
    NDIS_PORT_AUTHORIZATION_STATE SendAuthorizationState;
    NDIS_PORT_AUTHORIZATION_STATE RcvAuthorizationState;
} NDIS_PORT_AUTHENTICATION_PARAMETERS, *PNDIS_PORT_AUTHENTICATION_PARAMETERS;

/* NDIS_PORT_STATE (ns-ntddndis-_ndis_port_state) */
typedef struct _NDIS_PORT_STATE {
    NDIS_OBJECT_HEADER            Header;
    NDIS_MEDIA_CONNECT_STATE      MediaConnectState;
    ULONG64                       XmitLinkSpeed;
    ULONG64                       RcvLinkSpeed;
    NET_IF_DIRECTION_TYPE         Direction;
    NDIS_PORT_CONTROLL_STATE      SendControlState;
    NDIS_PORT_CONTROLL_STATE      RcvControlState;
    NDIS_PORT_AUTHORIZATION_STATE SendAuthorizationState;
    NDIS_PORT_AUTHORIZATION_STATE RcvAuthorizationState;
    ULONG                         Flags;
} NDIS_PORT_STATE, *PNDIS_PORT_STATE;

/* NDIS_PROCESSOR_INFO_EX (ns-ntddndis-_ndis_processor_info_ex) */
typedef struct _NDIS_PROCESSOR_INFO_EX {
    PROCESSOR_NUMBER ProcNum;
    ULONG            SocketId;
    ULONG            CoreId;
    ULONG            HyperThreadId;
    USHORT           NodeId;
    USHORT           NodeDistance;
} NDIS_PROCESSOR_INFO_EX, *PNDIS_PROCESSOR_INFO_EX;

/* NDIS_RSC_STATISTICS_INFO (ns-ntddndis-_ndis_rsc_statistics_info) */
typedef struct _NDIS_RSC_STATISTICS_INFO {
    NDIS_OBJECT_HEADER Header;
    ULONG64            CoalescedPkts;
    ULONG64            CoalescedOctets;
    ULONG64            CoalesceEvents;
    ULONG64            Aborts;
} NDIS_RSC_STATISTICS_INFO, *PNDIS_RSC_STATISTICS_INFO;

/* NDIS_SYSTEM_PROCESSOR_INFO_EX (ns-ntddndis-_ndis_system_processor_info_ex) */
typedef struct _NDIS_SYSTEM_PROCESSOR_INFO_EX {
    NDIS_OBJECT_HEADER    Header;
    ULONG                 Flags;
    NDIS_PROCESSOR_VENDOR ProcessorVendor;
    ULONG                 NumSockets;
    ULONG                 NumCores;
    ULONG                 NumCoresPerSocket;
    ULONG                 MaxHyperThreadingProcsPerCore;
    ULONG                 ProcessorInfoOffset;
    ULONG                 NumberOfProcessors;
    ULONG                 ProcessorInfoEntrySize;
} NDIS_SYSTEM_PROCESSOR_INFO_EX, *PNDIS_SYSTEM_PROCESSOR_INFO_EX;

/* NDIS_WMI_ENUM_ADAPTER (ns-ntddndis-_ndis_wmi_enum_adapter) */
typedef struct _NDIS_WMI_ENUM_ADAPTER {
    NDIS_OBJECT_HEADER Header;
    NET_IFINDEX        IfIndex;
    NET_LUID           NetLuid;
    USHORT             DeviceNameLength;
    CHAR               DeviceName[1];
} NDIS_WMI_ENUM_ADAPTER, *PNDIS_WMI_ENUM_ADAPTER;

/* NDIS_WMI_EVENT_HEADER (ns-ntddndis-_ndis_wmi_event_header) */
typedef struct _NDIS_WMI_EVENT_HEADER {
    NDIS_OBJECT_HEADER Header;
    NET_IFINDEX        IfIndex;
    NET_LUID           NetLuid;
    ULONG64            RequestId;
    NDIS_PORT_NUMBER   PortNumber;
    ULONG              DeviceNameLength;
    ULONG              DeviceNameOffset;
    UCHAR              Padding[4];
} NDIS_WMI_EVENT_HEADER, *PNDIS_WMI_EVENT_HEADER;

/* NDIS_WMI_METHOD_HEADER (ns-ntddndis-_ndis_wmi_method_header) */
typedef struct _NDIS_WMI_METHOD_HEADER {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER   PortNumber;
    NET_LUID           NetLuid;
    ULONG64            RequestId;
    ULONG              Timeout;
    UCHAR              Padding[4];
} NDIS_WMI_METHOD_HEADER, *PNDIS_WMI_METHOD_HEADER;

/* NDIS_WMI_SET_HEADER (ns-ntddndis-_ndis_wmi_set_header) */
typedef struct _NDIS_WMI_SET_HEADER {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER   PortNumber;
    NET_LUID           NetLuid;
    ULONG64            RequestId;
    ULONG              Timeout;
    UCHAR              Padding[4];
} NDIS_WMI_SET_HEADER, *PNDIS_WMI_SET_HEADER;

/* NDIS_PM_CAPABILITIES (ns-ntddndis-_ndis_pm_capabilities) */
typedef struct _NDIS_PM_CAPABILITIES {
    NDIS_OBJECT_HEADER      Header;
    ULONG                   Flags;
    ULONG                   SupportedWoLPacketPatterns;
    ULONG                   NumTotalWoLPatterns;
    ULONG                   MaxWoLPatternSize;
    ULONG                   MaxWoLPatternOffset;
    ULONG                   MaxWoLPacketSaveBuffer;
    ULONG                   SupportedProtocolOffloads;
    ULONG                   NumArpOffloadIPv4Addresses;
    ULONG                   NumNSOffloadIPv6Addresses;
    NDIS_DEVICE_POWER_STATE MinMagicPacketWakeUp;
    NDIS_DEVICE_POWER_STATE MinPatternWakeUp;
    NDIS_DEVICE_POWER_STATE MinLinkChangeWakeUp;
#if (NDIS_SUPPORT_NDIS630)
    ULONG                   SupportedWakeUpEvents;
    ULONG                   MediaSpecificWakeUpEvents;
#endif
} NDIS_PM_CAPABILITIES, *PNDIS_PM_CAPABILITIES;

/* NDIS_PM_COUNTED_STRING (ns-ntddndis-_ndis_pm_counted_string) */
typedef struct _NDIS_PM_COUNTED_STRING {
    USHORT Length;
    WCHAR  String[NDIS_PM_MAX_STRING_SIZE + 1];
} NDIS_PM_COUNTED_STRING, *PNDIS_PM_COUNTED_STRING;

/* NDIS_PM_PACKET_PATTERN is in ntddndis.h. */

/* NDIS_PM_PARAMETERS (ns-ntddndis-_ndis_pm_parameters) */
typedef struct _NDIS_PM_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG              EnabledWoLPacketPatterns;
    ULONG              EnabledProtocolOffloads;
    ULONG              WakeUpFlags;
#if (NDIS_SUPPORT_NDIS630)
    ULONG              MediaSpecificWakeUpEvents;
#endif
} NDIS_PM_PARAMETERS, *PNDIS_PM_PARAMETERS;

/* NDIS_PM_WAKE_PACKET (ns-ntddndis-_ndis_pm_wake_packet) */
typedef struct _NDIS_PM_WAKE_PACKET {
    NDIS_OBJECT_HEADER     Header;
    ULONG                  Flags;
    ULONG                  PatternId;
    NDIS_PM_COUNTED_STRING PatternFriendlyName;
    ULONG                  OriginalPacketSize;
    ULONG                  SavedPacketSize;
    ULONG                  SavedPacketOffset;
} NDIS_PM_WAKE_PACKET, *PNDIS_PM_WAKE_PACKET;

/* NDIS_PM_WAKE_REASON (ns-ntddndis-_ndis_pm_wake_reason) */
typedef struct _NDIS_PM_WAKE_REASON {
    NDIS_OBJECT_HEADER       Header;
    ULONG                    Flags;
    NDIS_PM_WAKE_REASON_TYPE WakeReason;
    ULONG                    InfoBufferOffset;
    ULONG                    InfoBufferSize;
} NDIS_PM_WAKE_REASON, *PNDIS_PM_WAKE_REASON;

/* NDIS_PM_WOL_PATTERN (ns-ntddndis-_ndis_pm_wol_pattern) */
typedef struct _NDIS_PM_WOL_PATTERN {
    NDIS_OBJECT_HEADER     Header;
    ULONG                  Flags;
    ULONG                  Priority;
    NDIS_PM_WOL_PACKET     WoLPacketType;
    NDIS_PM_COUNTED_STRING FriendlyName;
    ULONG                  PatternId;
    ULONG                  NextWoLPatternOffset;
    union _WOL_PATTERN {
      struct _IPV4_TCP_SYN_WOL_PACKET_PARAMETERS {
        ULONG  Flags;
        UCHAR  IPv4SourceAddress[4];
        UCHAR  IPv4DestAddress[4];
        USHORT TCPSourcePortNumber;
        USHORT TCPDestPortNumber;
      } IPv4TcpSynParameters;
      struct _IPV6_TCP_SYN_WOL_PACKET_PARAMETERS {
        ULONG  Flags;
        UCHAR  IPv6SourceAddress[16];
        UCHAR  IPv6DestAddress[16];
        USHORT TCPSourcePortNumber;
        USHORT TCPDestPortNumber;
      } IPv6TcpSynParameters;
      struct _EAPOL_REQUEST_ID_MESSAGE_WOL_PACKET_PARAMETERS {
        ULONG Flags;
      } EapolRequestIdMessageParameters;
      struct _WOL_BITMAP_PATTERN {
        ULONG Flags;
        ULONG MaskOffset;
        ULONG MaskSize;
        ULONG PatternOffset;
        ULONG PatternSize;
      } WoLBitMapPattern;
    } WoLPattern;
} NDIS_PM_WOL_PATTERN, *PNDIS_PM_WOL_PATTERN;

/* NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS (ns-ntddndis-_ndis_sriov_set_vf_power_state_parameters) */
typedef struct _NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS {
    NDIS_OBJECT_HEADER      Header;
    NDIS_SRIOV_FUNCTION_ID  VFId;
    NDIS_DEVICE_POWER_STATE PowerState;
    BOOLEAN                 WakeEnable;
} NDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS, *PNDIS_SRIOV_SET_VF_POWER_STATE_PARAMETERS;

#endif /* DDICHECK_MODEL_NDIS_OID_TYPES_H */
