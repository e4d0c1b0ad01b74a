/*
 * ndis_nicswitch2.h -- ddicheck model header, part of ndis.h: RSS, receive-filter, NIC-switch,
 * SR-IOV, QoS and NDK structures (ntddndis), second half.
 *
 * Generated for ddicheck from the `## -syntax` blocks, the callback examples
 * and the front matter (req.irql) of the public reference pages under
 * ddi/ndis and ddi/ntddndis (each declaration names its page); it is not a
 * copy of Microsoft's ndis.h.  ddicheck searches its model headers AFTER the
 * driver's own include paths (-idirafter), so a real WDK on the include path
 * takes precedence.  Include <ndis.h>, not this file.
 */
#ifndef DDICHECK_MODEL_NDIS_NICSWITCH2_H
#define DDICHECK_MODEL_NDIS_NICSWITCH2_H

/* NDIS_RSS_PROCESSOR (ns-ntddndis-_ndis_rss_processor) */
typedef struct _NDIS_RSS_PROCESSOR {
    PROCESSOR_NUMBER ProcNum;
    USHORT           PreferenceIndex;
    USHORT           Reserved;
} NDIS_RSS_PROCESSOR, *PNDIS_RSS_PROCESSOR;

/* NDIS_RSS_PROCESSOR_INFO (ns-ntddndis-_ndis_rss_processor_info) */
typedef struct _NDIS_RSS_PROCESSOR_INFO {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    PROCESSOR_NUMBER   RssBaseProcessor;
    ULONG              MaxNumRssProcessors;
    USHORT             PreferredNumaNode;
    ULONG              RssProcessorArrayOffset;
    ULONG              RssProcessorCount;
    ULONG              RssProcessorEntrySize;
#if (NDIS_SUPPORT_NDIS630)
    PROCESSOR_NUMBER   RssMaxProcessor;
    NDIS_RSS_PROFILE   RssProfile;
#endif
} NDIS_RSS_PROCESSOR_INFO, *PNDIS_RSS_PROCESSOR_INFO;

/* NDIS_RSS_SET_INDIRECTION_ENTRIES (ns-ntddndis-_ndis_rss_set_indirection_entries) */
typedef struct _NDIS_RSS_SET_INDIRECTION_ENTRIES {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              RssEntrySize;
    ULONG              RssEntryTableOffset;
    ULONG              NumberOfRssEntries;
} NDIS_RSS_SET_INDIRECTION_ENTRIES, *PNDIS_RSS_SET_INDIRECTION_ENTRIES;

/* NDIS_RSS_SET_INDIRECTION_ENTRY (ns-ntddndis-_ndis_rss_set_indirection_entry) */
typedef struct _NDIS_RSS_SET_INDIRECTION_ENTRY {
    NDIS_NIC_SWITCH_ID       SwitchId;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
    ULONG                    Flags;
    USHORT                   IndirectionTableIndex;
    PROCESSOR_NUMBER         TargetProcessorNumber;
    NDIS_STATUS              EntryStatus;
} NDIS_RSS_SET_INDIRECTION_ENTRY, *PNDIS_RSS_SET_INDIRECTION_ENTRY;

/* NDIS_SRIOV_BAR_RESOURCES_INFO (ns-ntddndis-_ndis_sriov_bar_resources_info) */
typedef struct _NDIS_SRIOV_BAR_RESOURCES_INFO {
    NDIS_OBJECT_HEADER     Header;
    NDIS_SRIOV_FUNCTION_ID VFId;
    USHORT                 BarIndex;
    ULONG                  BarResourcesOffset;
} NDIS_SRIOV_BAR_RESOURCES_INFO, *PNDIS_SRIOV_BAR_RESOURCES_INFO;

/* NDIS_SRIOV_CAPABILITIES (ns-ntddndis-_ndis_sriov_capabilities) */
typedef struct _NDIS_SRIOV_CAPABILITIES {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              SriovCapabilities;
} NDIS_SRIOV_CAPABILITIES, *PNDIS_SRIOV_CAPABILITIES;

/* NDIS_SRIOV_PF_LUID_INFO (ns-ntddndis-_ndis_sriov_pf_luid_info) */
typedef struct _NDIS_SRIOV_PF_LUID_INFO {
    NDIS_OBJECT_HEADER Header;
    LUID               Luid;
} NDIS_SRIOV_PF_LUID_INFO, *PNDIS_SRIOV_PF_LUID_INFO;

/* NDIS_SRIOV_PROBED_BARS_INFO (ns-ntddndis-_ndis_sriov_probed_bars_info) */
typedef struct _NDIS_SRIOV_PROBED_BARS_INFO {
    NDIS_OBJECT_HEADER Header;
    ULONG              BaseRegisterValuesOffset;
} NDIS_SRIOV_PROBED_BARS_INFO, *PNDIS_SRIOV_PROBED_BARS_INFO;

/* NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS (ns-ntddndis-_ndis_sriov_read_vf_config_block_parameters) */
typedef struct _NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS {
    NDIS_OBJECT_HEADER     Header;
    NDIS_SRIOV_FUNCTION_ID VFId;
    ULONG                  BlockId;
    ULONG                  Length;
    ULONG                  BufferOffset;
} NDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS, *PNDIS_SRIOV_READ_VF_CONFIG_BLOCK_PARAMETERS;

/* NDIS_SRIOV_READ_VF_CONFIG_SPACE_PARAMETERS (ns-ntddndis-_ndis_sriov_read_vf_config_space_parameters) */
typedef struct _NDIS_SRIOV_READ_VF_CONFIG_SPACE_PARAMETERS {
    NDIS_OBJECT_HEADER     Header;
    NDIS_SRIOV_FUNCTION_ID VFId;
    ULONG                  Offset;
    ULONG                  Length;
    ULONG                  BufferOffset;
} NDIS_SRIOV_READ_VF_CONFIG_SPACE_PARAMETERS, *PNDIS_SRIOV_READ_VF_CONFIG_SPACE_PARAMETERS;

/* NDIS_SRIOV_RESET_VF_PARAMETERS (ns-ntddndis-_ndis_sriov_reset_vf_parameters) */
typedef struct _NDIS_SRIOV_RESET_VF_PARAMETERS {
    NDIS_OBJECT_HEADER     Header;
    NDIS_SRIOV_FUNCTION_ID VFId;
} NDIS_SRIOV_RESET_VF_PARAMETERS, *PNDIS_SRIOV_RESET_VF_PARAMETERS;

/* NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO (ns-ntddndis-_ndis_sriov_vf_invalidate_config_block_info) */
typedef struct _NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO {
    NDIS_OBJECT_HEADER Header;
    ULONG64            BlockMask;
} NDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO, *PNDIS_SRIOV_VF_INVALIDATE_CONFIG_BLOCK_INFO;

/* NDIS_SRIOV_VF_SERIAL_NUMBER_INFO (ns-ntddndis-_ndis_sriov_vf_serial_number_info) */
typedef struct _NDIS_SRIOV_VF_SERIAL_NUMBER_INFO {
    NDIS_OBJECT_HEADER Header;
    ULONG              SerialNumber;
} NDIS_SRIOV_VF_SERIAL_NUMBER_INFO, *PNDIS_SRIOV_VF_SERIAL_NUMBER_INFO;

/* NDIS_SRIOV_VF_VENDOR_DEVICE_ID_INFO (ns-ntddndis-_ndis_sriov_vf_vendor_device_id_info) */
typedef struct _NDIS_SRIOV_VF_VENDOR_DEVICE_ID_INFO {
    NDIS_OBJECT_HEADER     Header;
    NDIS_SRIOV_FUNCTION_ID VFId;
    USHORT                 VendorId;
    USHORT                 DeviceId;
} NDIS_SRIOV_VF_VENDOR_DEVICE_ID_INFO, *PNDIS_SRIOV_VF_VENDOR_DEVICE_ID_INFO;

/* NDIS_SRIOV_WRITE_VF_CONFIG_BLOCK_PARAMETERS (ns-ntddndis-_ndis_sriov_write_vf_config_block_parameters) */
typedef struct _NDIS_SRIOV_WRITE_VF_CONFIG_BLOCK_PARAMETERS {
    NDIS_OBJECT_HEADER     Header;
    NDIS_SRIOV_FUNCTION_ID VFId;
    ULONG                  BlockId;
    ULONG                  Length;
    ULONG                  BufferOffset;
} NDIS_SRIOV_WRITE_VF_CONFIG_BLOCK_PARAMETERS, *PNDIS_SRIOV_WRITE_VF_CONFIG_BLOCK_PARAMETERS;

/* NDIS_SRIOV_WRITE_VF_CONFIG_SPACE_PARAMETERS (ns-ntddndis-_ndis_sriov_write_vf_config_space_parameters) */
typedef struct _NDIS_SRIOV_WRITE_VF_CONFIG_SPACE_PARAMETERS {
    NDIS_OBJECT_HEADER     Header;
    NDIS_SRIOV_FUNCTION_ID VFId;
    ULONG                  Offset;
    ULONG                  Length;
    ULONG                  BufferOffset;
} NDIS_SRIOV_WRITE_VF_CONFIG_SPACE_PARAMETERS, *PNDIS_SRIOV_WRITE_VF_CONFIG_SPACE_PARAMETERS;

/* NDIS_SWITCH_FEATURE_STATUS_CUSTOM (ns-ntddndis-_ndis_switch_feature_status_custom) */
typedef struct _NDIS_SWITCH_FEATURE_STATUS_CUSTOM {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              FeatureStatusCustomBufferLength;
    ULONG              FeatureStatusCustomBufferOffset;
} NDIS_SWITCH_FEATURE_STATUS_CUSTOM, *PNDIS_SWITCH_FEATURE_STATUS_CUSTOM;

/* NDIS_SWITCH_FEATURE_STATUS_PARAMETERS (ns-ntddndis-_ndis_switch_feature_status_parameters) */
typedef struct _NDIS_SWITCH_FEATURE_STATUS_PARAMETERS {
    NDIS_OBJECT_HEADER                       Header;
    ULONG                                    Flags;
    NDIS_SWITCH_FEATURE_STATUS_TYPE          FeatureStatusType;
    NDIS_SWITCH_OBJECT_ID                    FeatureStatusId;
    NDIS_SWITCH_OBJECT_INSTANCE_ID           FeatureStatusInstanceId;
    NDIS_SWITCH_OBJECT_VERSION               FeatureStatusVersion;
    NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION SerializationVersion;
    ULONG                                    FeatureStatusBufferOffset;
    ULONG                                    FeatureStatusBufferLength;
} NDIS_SWITCH_FEATURE_STATUS_PARAMETERS, *PNDIS_SWITCH_FEATURE_STATUS_PARAMETERS;

/* NDIS_SWITCH_NIC_ARRAY (ns-ntddndis-_ndis_switch_nic_array) */
typedef struct _NDIS_SWITCH_NIC_ARRAY {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    USHORT             FirstElementOffset;
    ULONG              NumElements;
    ULONG              ElementSize;
} NDIS_SWITCH_NIC_ARRAY, *PNDIS_SWITCH_NIC_ARRAY;

/* NDIS_SWITCH_NIC_OID_REQUEST (ns-ntddndis-_ndis_switch_nic_oid_request) */
typedef struct _NDIS_SWITCH_NIC_OID_REQUEST {
    NDIS_OBJECT_HEADER    Header;
    ULONG                 Flags;
    NDIS_SWITCH_PORT_ID   SourcePortId;
    NDIS_SWITCH_NIC_INDEX SourceNicIndex;
    NDIS_SWITCH_PORT_ID   DestinationPortId;
    NDIS_SWITCH_NIC_INDEX DestinationNicIndex;
    PNDIS_OID_REQUEST     OidRequest;
} NDIS_SWITCH_NIC_OID_REQUEST, *PNDIS_SWITCH_NIC_OID_REQUEST;

/* NDIS_SWITCH_NIC_PARAMETERS (ns-ntddndis-_ndis_switch_nic_parameters) */
typedef struct _NDIS_SWITCH_NIC_PARAMETERS {
    NDIS_OBJECT_HEADER           Header;
    ULONG                        Flags;
    NDIS_SWITCH_NIC_NAME         NicName;
    NDIS_SWITCH_NIC_FRIENDLYNAME NicFriendlyName;
    NDIS_SWITCH_PORT_ID          PortId;
    NDIS_SWITCH_NIC_INDEX        NicIndex;
    NDIS_SWITCH_NIC_TYPE         NicType;
    NDIS_SWITCH_NIC_STATE        NicState;
    NDIS_VM_NAME                 VmName;
    NDIS_VM_FRIENDLYNAME         VMFriendlyName;
    GUID                         NetCfgInstanceId;
    ULONG                        MTU;
    USHORT                       NumaNodeId;
    UCHAR                        PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    UCHAR                        VMMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    UCHAR                        CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    BOOLEAN                      VFAssigned;
} NDIS_SWITCH_NIC_PARAMETERS, *PNDIS_SWITCH_NIC_PARAMETERS;

/* NDIS_SWITCH_NIC_SAVE_STATE (ns-ntddndis-_ndis_switch_nic_save_state) */
typedef struct _NDIS_SWITCH_NIC_SAVE_STATE {
    NDIS_OBJECT_HEADER                 Header;
    ULONG                              Flags;
    NDIS_SWITCH_NIC_INDEX              NicIndex;
    NDIS_SWITCH_PORT_ID                PortId;
    GUID                               ExtensionId;
    NDIS_SWITCH_EXTENSION_FRIENDLYNAME ExtensionFriendlyName;
    GUID                               FeatureClassId;
    USHORT                             SaveDataSize;
    USHORT                             SaveDataOffset;
} NDIS_SWITCH_NIC_SAVE_STATE, *PNDIS_SWITCH_NIC_SAVE_STATE;

/* NDIS_SWITCH_PARAMETERS (ns-ntddndis-_ndis_switch_parameters) */
typedef struct _NDIS_SWITCH_PARAMETERS {
    NDIS_OBJECT_HEADER       Header;
    ULONG                    Flags;
    NDIS_SWITCH_NAME         SwitchName;
    NDIS_SWITCH_FRIENDLYNAME SwitchFriendlyName;
    UINT32                   NumSwitchPorts;
    BOOLEAN                  IsActive;
} NDIS_SWITCH_PARAMETERS, *PNDIS_SWITCH_PARAMETERS;

/* NDIS_SWITCH_PORT_ARRAY (ns-ntddndis-_ndis_switch_port_array) */
typedef struct _NDIS_SWITCH_PORT_ARRAY {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    USHORT             FirstElementOffset;
    ULONG              NumElements;
    ULONG              ElementSize;
} NDIS_SWITCH_PORT_ARRAY, *PNDIS_SWITCH_PORT_ARRAY;

/* NDIS_SWITCH_PORT_FEATURE_STATUS_CUSTOM (ns-ntddndis-_ndis_switch_port_feature_status_custom) */
typedef struct _NDIS_SWITCH_PORT_FEATURE_STATUS_CUSTOM {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              FeatureStatusBufferLength;
    ULONG              FeatureStatusBufferOffset;
} NDIS_SWITCH_PORT_FEATURE_STATUS_CUSTOM, *PNDIS_SWITCH_PORT_FEATURE_STATUS_CUSTOM;

/* NDIS_SWITCH_PORT_FEATURE_STATUS_PARAMETERS (ns-ntddndis-_ndis_switch_port_feature_status_parameters) */
typedef struct _NDIS_SWITCH_PORT_FEATURE_STATUS_PARAMETERS {
    NDIS_OBJECT_HEADER                       Header;
    ULONG                                    Flags;
    NDIS_SWITCH_PORT_ID                      PortId;
    NDIS_SWITCH_PORT_FEATURE_STATUS_TYPE     FeatureStatusType;
    NDIS_SWITCH_OBJECT_ID                    FeatureStatusId;
    NDIS_SWITCH_OBJECT_VERSION               FeatureStatusVersion;
    NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION SerializationVersion;
    NDIS_SWITCH_OBJECT_INSTANCE_ID           FeatureStatusInstanceId;
    ULONG                                    FeatureStatusBufferLength;
    ULONG                                    FeatureStatusBufferOffset;
    ULONG                                    Reserved;
} NDIS_SWITCH_PORT_FEATURE_STATUS_PARAMETERS, *PNDIS_SWITCH_PORT_FEATURE_STATUS_PARAMETERS;

/* NDIS_SWITCH_PORT_PARAMETERS (ns-ntddndis-_ndis_switch_port_parameters) */
typedef struct _NDIS_SWITCH_PORT_PARAMETERS {
    NDIS_OBJECT_HEADER            Header;
    ULONG                         Flags;
    NDIS_SWITCH_PORT_ID           PortId;
    NDIS_SWITCH_PORT_NAME         PortName;
    NDIS_SWITCH_PORT_FRIENDLYNAME PortFriendlyName;
    NDIS_SWITCH_PORT_TYPE         PortType;
    BOOLEAN                       IsValidationPort;
    NDIS_SWITCH_PORT_STATE        PortState;
} NDIS_SWITCH_PORT_PARAMETERS, *PNDIS_SWITCH_PORT_PARAMETERS;

/* NDIS_SWITCH_PORT_PROPERTY_CUSTOM (ns-ntddndis-_ndis_switch_port_property_custom) */
typedef struct _NDIS_SWITCH_PORT_PROPERTY_CUSTOM {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              PropertyBufferLength;
    ULONG              PropertyBufferOffset;
} NDIS_SWITCH_PORT_PROPERTY_CUSTOM, *PNDIS_SWITCH_PORT_PROPERTY_CUSTOM;

/* NDIS_SWITCH_PORT_PROPERTY_DELETE_PARAMETERS (ns-ntddndis-_ndis_switch_port_property_delete_parameters) */
typedef struct _NDIS_SWITCH_PORT_PROPERTY_DELETE_PARAMETERS {
    NDIS_OBJECT_HEADER             Header;
    ULONG                          Flags;
    NDIS_SWITCH_PORT_ID            PortId;
    NDIS_SWITCH_PORT_PROPERTY_TYPE PropertyType;
    NDIS_SWITCH_OBJECT_ID          PropertyId;
    NDIS_SWITCH_OBJECT_INSTANCE_ID PropertyInstanceId;
} NDIS_SWITCH_PORT_PROPERTY_DELETE_PARAMETERS, *PNDIS_SWITCH_PORT_PROPERTY_DELETE_PARAMETERS;

/* NDIS_SWITCH_PORT_PROPERTY_ENUM_INFO (ns-ntddndis-_ndis_switch_port_property_enum_info) */
typedef struct _NDIS_SWITCH_PORT_PROPERTY_ENUM_INFO {
    NDIS_OBJECT_HEADER             Header;
    ULONG                          Flags;
    NDIS_SWITCH_OBJECT_VERSION     PropertyVersion;
    NDIS_SWITCH_OBJECT_INSTANCE_ID PropertyInstanceId;
    ULONG                          QwordAlignedPropertyBufferLength;
    ULONG                          PropertyBufferLength;
    ULONG                          PropertyBufferOffset;
} NDIS_SWITCH_PORT_PROPERTY_ENUM_INFO, *PNDIS_SWITCH_PORT_PROPERTY_ENUM_INFO;

/* NDIS_SWITCH_PORT_PROPERTY_ENUM_PARAMETERS (ns-ntddndis-_ndis_switch_port_property_enum_parameters) */
typedef struct _NDIS_SWITCH_PORT_PROPERTY_ENUM_PARAMETERS {
    NDIS_OBJECT_HEADER                        Header;
    ULONG                                     Flags;
    NDIS_SWITCH_PORT_ID                       PortId;
    NDIS_SWITCH_PORT_PROPERTY_TYPE            PropertyType;
    NDIS_SWITCH_OBJECT_ID                     PropertyId;
    NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION  SerializationVersion;
    ULONG                                     FirstPropertyOffset;
    ULONG                                     NumProperties;
    USHORT                                    Reserved;
} NDIS_SWITCH_PORT_PROPERTY_ENUM_PARAMETERS, *PNDIS_SWITCH_PORT_PROPERTY_ENUM_PARAMETERS;

/* NDIS_SWITCH_PORT_PROPERTY_ISOLATION (ns-ntddndis-_ndis_switch_port_property_isolation) */
typedef struct _NDIS_SWITCH_PORT_PROPERTY_ISOLATION {
    NDIS_OBJECT_HEADER  Header;
    ULONG               Flags;
    NDIS_ISOLATION_MODE IsolationMode;
    BOOLEAN             AllowUntaggedTraffic;
    UINT32              DefaultIsolationId;
} NDIS_SWITCH_PORT_PROPERTY_ISOLATION, *PNDIS_SWITCH_PORT_PROPERTY_ISOLATION;

/* NDIS_SWITCH_PORT_PROPERTY_PARAMETERS (ns-ntddndis-_ndis_switch_port_property_parameters) */
typedef struct _NDIS_SWITCH_PORT_PROPERTY_PARAMETERS {
    NDIS_OBJECT_HEADER                       Header;
    ULONG                                    Flags;
    NDIS_SWITCH_PORT_ID                      PortId;
    NDIS_SWITCH_PORT_PROPERTY_TYPE           PropertyType;
    NDIS_SWITCH_OBJECT_ID                    PropertyId;
    NDIS_SWITCH_OBJECT_VERSION               PropertyVersion;
    NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION SerializationVersion;
    NDIS_SWITCH_OBJECT_INSTANCE_ID           PropertyInstanceId;
    ULONG                                    PropertyBufferLength;
    ULONG                                    PropertyBufferOffset;
    ULONG                                    Reserved;
} NDIS_SWITCH_PORT_PROPERTY_PARAMETERS, *PNDIS_SWITCH_PORT_PROPERTY_PARAMETERS;

/* NDIS_SWITCH_PORT_PROPERTY_PROFILE (ns-ntddndis-_ndis_switch_port_property_profile) */
typedef struct _NDIS_SWITCH_PORT_PROPERTY_PROFILE {
    NDIS_OBJECT_HEADER                          Header;
    ULONG                                       Flags;
    NDIS_SWITCH_PORT_PROPERTY_PROFILE_NAME      ProfileName;
    GUID                                        ProfileId;
    NDIS_VENDOR_NAME                            VendorName;
    GUID                                        VendorId;
    UINT32                                      BindingType;
    GUID                                        NetCfgInstanceId;
    struct {
      UINT32 PciSegmentNumber  :16;
      UINT32 PciBusNumber  :8;
      UINT32 PciDeviceNumber  :5;
      UINT32 PciFunctionNumber  :3;
    } PciLocation;
    UINT32                                      CdnLabelId;
    NDIS_SWITCH_PORT_PROPERTY_PROFILE_CDN_LABEL CdnLabel;
} NDIS_SWITCH_PORT_PROPERTY_PROFILE, *PNDIS_SWITCH_PORT_PROPERTY_PROFILE;

/* NDIS_SWITCH_PORT_PROPERTY_ROUTING_DOMAIN (ns-ntddndis-_ndis_switch_port_property_routing_domain) */
typedef struct _NDIS_SWITCH_PORT_PROPERTY_ROUTING_DOMAIN {
    NDIS_OBJECT_HEADER       Header;
    ULONG                    Flags;
    NDIS_ROUTING_DOMAIN_ID   RoutingDomainId;
    NDIS_ROUTING_DOMAIN_NAME RoutingDomainName;
    ULONG NumIsolationEntries;
    USHORT FirstIsolationEntryOffset;
} NDIS_SWITCH_PORT_PROPERTY_ROUTING_DOMAIN, *PNDIS_SWITCH_PORT_PROPERTY_ROUTING_DOMAIN;

/* NDIS_SWITCH_PORT_PROPERTY_SECURITY (ns-ntddndis-_ndis_switch_port_property_security) */
typedef struct _NDIS_SWITCH_PORT_PROPERTY_SECURITY {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    BOOLEAN            AllowMacSpoofing;
    BOOLEAN            AllowIeeePriorityTag;
    UINT32             VirtualSubnetId;
    BOOLEAN            AllowTeaming;
#if (NDIS_SUPPORT_NDIS640)
    UINT32             DynamicIPAddressLimit;
#endif
} NDIS_SWITCH_PORT_PROPERTY_SECURITY, *PNDIS_SWITCH_PORT_PROPERTY_SECURITY;

/* NDIS_SWITCH_PORT_PROPERTY_VLAN (ns-ntddndis-_ndis_switch_port_property_vlan) */
typedef struct _NDIS_SWITCH_PORT_PROPERTY_VLAN {
    NDIS_OBJECT_HEADER         Header;
    ULONG                      Flags;
    NDIS_SWITCH_PORT_VLAN_MODE OperationMode;
    union {
      struct {
        UINT16 AccessVlanId;
        UINT16 NativeVlanId;
        UINT64 PruneVlanIdArray[64];
        UINT64 TrunkVlanIdArray[64];
      } VlanProperties;
      struct {
        NDIS_SWITCH_PORT_PVLAN_MODE PvlanMode;
        UINT16                      PrimaryVlanId;
        union {
          UINT16 SecondaryVlanId;
          UINT64 SecondaryVlanIdArray[64];
        };
      } PvlanProperties;
    };
    UINT64                     SupportedModes;
} NDIS_SWITCH_PORT_PROPERTY_VLAN, *PNDIS_SWITCH_PORT_PROPERTY_VLAN;

/* NDIS_SWITCH_PROPERTY_CUSTOM (ns-ntddndis-_ndis_switch_property_custom) */
typedef struct _NDIS_SWITCH_PROPERTY_CUSTOM {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              PropertyBufferLength;
    ULONG              PropertyBufferOffset;
} NDIS_SWITCH_PROPERTY_CUSTOM, *PNDIS_SWITCH_PROPERTY_CUSTOM;

/* NDIS_SWITCH_PROPERTY_DELETE_PARAMETERS (ns-ntddndis-_ndis_switch_property_delete_parameters) */
typedef struct _NDIS_SWITCH_PROPERTY_DELETE_PARAMETERS {
    NDIS_OBJECT_HEADER             Header;
    ULONG                          Flags;
    NDIS_SWITCH_PROPERTY_TYPE      PropertyType;
    NDIS_SWITCH_OBJECT_ID          PropertyId;
    NDIS_SWITCH_OBJECT_INSTANCE_ID PropertyInstanceId;
} NDIS_SWITCH_PROPERTY_DELETE_PARAMETERS, *PNDIS_SWITCH_PROPERTY_DELETE_PARAMETERS;

/* NDIS_SWITCH_PROPERTY_ENUM_INFO (ns-ntddndis-_ndis_switch_property_enum_info) */
typedef struct _NDIS_SWITCH_PROPERTY_ENUM_INFO {
    NDIS_OBJECT_HEADER             Header;
    ULONG                          Flags;
    NDIS_SWITCH_OBJECT_INSTANCE_ID PropertyInstanceId;
    NDIS_SWITCH_OBJECT_VERSION     PropertyVersion;
    ULONG                          QwordAlignedPropertyBufferLength;
    ULONG                          PropertyBufferLength;
    ULONG                          PropertyBufferOffset;
} NDIS_SWITCH_PROPERTY_ENUM_INFO, *PNDIS_SWITCH_PROPERTY_ENUM_INFO;

/* NDIS_SWITCH_PROPERTY_ENUM_PARAMETERS (ns-ntddndis-_ndis_switch_property_enum_parameters) */
typedef struct _NDIS_SWITCH_PROPERTY_ENUM_PARAMETERS {
    NDIS_OBJECT_HEADER                       Header;
    ULONG                                    Flags;
    NDIS_SWITCH_PROPERTY_TYPE                PropertyType;
    NDIS_SWITCH_OBJECT_ID                    PropertyId;
    NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION SerializationVersion;
    ULONG                                    FirstPropertyOffset;
    ULONG                                    NumProperties;
} NDIS_SWITCH_PROPERTY_ENUM_PARAMETERS, *PNDIS_SWITCH_PROPERTY_ENUM_PARAMETERS;

/* NDIS_SWITCH_PROPERTY_PARAMETERS (ns-ntddndis-_ndis_switch_property_parameters) */
typedef struct _NDIS_SWITCH_PROPERTY_PARAMETERS {
    NDIS_OBJECT_HEADER                       Header;
    ULONG                                    Flags;
    NDIS_SWITCH_PROPERTY_TYPE                PropertyType;
    NDIS_SWITCH_OBJECT_ID                    PropertyId;
    NDIS_SWITCH_OBJECT_VERSION               PropertyVersion;
    NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION SerializationVersion;
    NDIS_SWITCH_OBJECT_INSTANCE_ID           PropertyInstanceId;
    ULONG                                    PropertyBufferLength;
    ULONG                                    PropertyBufferOffset;
} NDIS_SWITCH_PROPERTY_PARAMETERS, *PNDIS_SWITCH_PROPERTY_PARAMETERS;

/* NDIS_QOS_SQ_PARAMETERS_ENUM_ARRAY (ns-ntddndis-ndis_qos_sq_parameters_enum_array) */
typedef struct _NDIS_QOS_SQ_PARAMETERS_ENUM_ARRAY {
      NDIS_OBJECT_HEADER                 Header;
      ULONG                              Flags;
      NDIS_QOS_SQ_TYPE                   SqType;
      NDIS_QOS_SQ_ID                     FirstSqId;
      ULONG                              MaxSqsToReturn;
#if (NDIS_SUPPORT_NDIS684)
      union {
          ULONG                          SqArrayOffset;
          ULONG                          SqParamsArrayOffset;
      };
      union {
          ULONG                          SqArrayNumElements;
          ULONG                          SqParamsArrayNumElements;
      };
      union {
          ULONG                          SqArrayElementSize;
          ULONG                          SqParamsArrayElementSize;
      };
#else
      ULONG                              SqParamsArrayOffset;
      ULONG                              SqParamsArrayNumElements;
      ULONG                              SqParamsArrayElementSize;
#endif
} NDIS_QOS_SQ_PARAMETERS_ENUM_ARRAY, *PNDIS_QOS_SQ_PARAMETERS_ENUM_ARRAY;

#endif /* DDICHECK_MODEL_NDIS_NICSWITCH2_H */
