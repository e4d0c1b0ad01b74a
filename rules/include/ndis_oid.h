/*
 * ndis_oid.h -- ddicheck model header, part of ndis.h: NDIS_OID_REQUEST,
 * the OID_* codes and the flag constants (statistics, MAC options, packet
 * filters, miniport attributes, link state) that drivers use beyond the
 * common subset in ntddndis.h.
 *
 * Written for ddicheck from the names the ddi/ndis and ddi/ntddndis pages
 * use; it is not a copy of Microsoft's ntddndis.h or ndis.h.  The OID pages
 * are not part of the shared set: the values below follow the documented
 * OID numbering where known (0x0001xxxx general, 0x0002xxxx statistics,
 * 0x0101xxxx/0x0102xxxx 802.3, 0x0D01xxxx 802.11, 0xFC01xxxx TCP/IP
 * offload, 0xFD01xxxx power management); the analysis only needs them to be
 * distinct.  Every definition is guarded so that ntddndis.h (or a real
 * header) wins.  Include <ndis.h>, not this file.
 */
#ifndef DDICHECK_MODEL_NDIS_OID_H
#define DDICHECK_MODEL_NDIS_OID_H

/* ------------------------------------------------------- NDIS_OID_REQUEST */
typedef struct _NDIS_OID_REQUEST {
    NDIS_OBJECT_HEADER Header;
    NDIS_REQUEST_TYPE RequestType;
    NDIS_PORT_NUMBER PortNumber;
    UINT Timeout;
    PVOID RequestId;
    NDIS_HANDLE RequestHandle;
    union _REQUEST_DATA {
        struct _QUERY {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesWritten;
            UINT BytesNeeded;
        } QUERY_INFORMATION;
        struct _SET {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesRead;
            UINT BytesNeeded;
        } SET_INFORMATION;
        struct _METHOD {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            ULONG InputBufferLength;
            ULONG OutputBufferLength;
            ULONG MethodId;
            UINT BytesWritten;
            UINT BytesRead;
            UINT BytesNeeded;
        } METHOD_INFORMATION;
    } DATA;
    UCHAR NdisReserved[16 * sizeof(PVOID)];
    UCHAR MiniportReserved[2 * sizeof(PVOID)];
    UCHAR SourceReserved[2 * sizeof(PVOID)];
    UCHAR SupportedRevision;
    UCHAR Reserved1;
    USHORT Reserved2;
    NDIS_NIC_SWITCH_ID SwitchId;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
    ULONG Flags;
} NDIS_OID_REQUEST, *PNDIS_OID_REQUEST;

#define NDIS_OID_REQUEST_REVISION_1 1
#define NDIS_OID_REQUEST_REVISION_2 2
#define NDIS_SIZEOF_OID_REQUEST_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Reserved2)
#define NDIS_SIZEOF_OID_REQUEST_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Flags)
#define NDIS_OID_REQUEST_FLAGS_VPORT_ID_VALID 0x0001
#define NDIS_OID_REQUEST_NDIS_RESERVED_SIZE 16
#define OID_REQUEST_TIMEOUT_INFINITE 0

/* --------------------------------------------- power-management (NDIS 5) */
/* NDIS_PNP_CAPABILITIES and the wake-up flags are in ntddndis.h. */
#define NDIS_DEVICE_DISABLE_PM                    0x00000001
#define NDIS_DEVICE_DISABLE_WAKE_UP               0x00000002
#define NDIS_DEVICE_DISABLE_WAKE_ON_MAGIC_PACKET  0x00000004
#define NDIS_DEVICE_DISABLE_WAKE_ON_PATTERN_MATCH 0x00000008

/* ------------------------------------------------- NDIS_STATISTICS_INFO */
typedef struct _NDIS_STATISTICS_INFO {
    NDIS_OBJECT_HEADER Header;
    ULONG SupportedStatistics;
    ULONG64 ifInDiscards;
    ULONG64 ifInErrors;
    ULONG64 ifHCInOctets;
    ULONG64 ifHCInUcastPkts;
    ULONG64 ifHCInMulticastPkts;
    ULONG64 ifHCInBroadcastPkts;
    ULONG64 ifHCOutOctets;
    ULONG64 ifHCOutUcastPkts;
    ULONG64 ifHCOutMulticastPkts;
    ULONG64 ifHCOutBroadcastPkts;
    ULONG64 ifOutErrors;
    ULONG64 ifOutDiscards;
    ULONG64 ifHCInUcastOctets;
    ULONG64 ifHCInMulticastOctets;
    ULONG64 ifHCInBroadcastOctets;
    ULONG64 ifHCOutUcastOctets;
    ULONG64 ifHCOutMulticastOctets;
    ULONG64 ifHCOutBroadcastOctets;
} NDIS_STATISTICS_INFO, *PNDIS_STATISTICS_INFO;

/* ------------------------------------------------------------- OID codes */
/* OID codes used by drivers and not in ntddndis.h. */
#ifndef OID_GEN_RECEIVE_SCALE_CAPABILITIES
#define OID_GEN_RECEIVE_SCALE_CAPABILITIES                   0x00010203
#endif
#ifndef OID_GEN_RECEIVE_SCALE_PARAMETERS
#define OID_GEN_RECEIVE_SCALE_PARAMETERS                     0x00010204
#endif
#ifndef OID_GEN_PHYSICAL_MEDIUM_EX
#define OID_GEN_PHYSICAL_MEDIUM_EX                           0x00010205
#endif
#ifndef OID_GEN_MAX_LINK_SPEED
#define OID_GEN_MAX_LINK_SPEED                               0x00010206
#endif
#ifndef OID_GEN_MINIPORT_RESTART_ATTRIBUTES
#define OID_GEN_MINIPORT_RESTART_ATTRIBUTES                  0x0001020C
#endif
#ifndef OID_GEN_ENUMERATE_PORTS
#define OID_GEN_ENUMERATE_PORTS                              0x0001020D
#endif
#ifndef OID_GEN_PORT_STATE
#define OID_GEN_PORT_STATE                                   0x0001020E
#endif
#ifndef OID_GEN_PORT_AUTHENTICATION_PARAMETERS
#define OID_GEN_PORT_AUTHENTICATION_PARAMETERS               0x0001020F
#endif
#ifndef OID_GEN_MACHINE_NAME
#define OID_GEN_MACHINE_NAME                                 0x0001021A
#endif
#ifndef OID_GEN_RNDIS_CONFIG_PARAMETER
#define OID_GEN_RNDIS_CONFIG_PARAMETER                       0x0001021B
#endif
#ifndef OID_GEN_VLAN_ID
#define OID_GEN_VLAN_ID                                      0x0001021C
#endif
#ifndef OID_GEN_RECEIVE_HASH
#define OID_GEN_RECEIVE_HASH                                 0x0001021F
#endif
#ifndef OID_RECEIVE_FILTER_HARDWARE_CAPABILITIES
#define OID_RECEIVE_FILTER_HARDWARE_CAPABILITIES             0x00010221
#endif
#ifndef OID_RECEIVE_FILTER_GLOBAL_PARAMETERS
#define OID_RECEIVE_FILTER_GLOBAL_PARAMETERS                 0x00010222
#endif
#ifndef OID_RECEIVE_FILTER_ALLOCATE_QUEUE
#define OID_RECEIVE_FILTER_ALLOCATE_QUEUE                    0x00010223
#endif
#ifndef OID_RECEIVE_FILTER_FREE_QUEUE
#define OID_RECEIVE_FILTER_FREE_QUEUE                        0x00010224
#endif
#ifndef OID_RECEIVE_FILTER_ENUM_QUEUES
#define OID_RECEIVE_FILTER_ENUM_QUEUES                       0x00010225
#endif
#ifndef OID_RECEIVE_FILTER_QUEUE_PARAMETERS
#define OID_RECEIVE_FILTER_QUEUE_PARAMETERS                  0x00010226
#endif
#ifndef OID_RECEIVE_FILTER_SET_FILTER
#define OID_RECEIVE_FILTER_SET_FILTER                        0x00010227
#endif
#ifndef OID_RECEIVE_FILTER_CLEAR_FILTER
#define OID_RECEIVE_FILTER_CLEAR_FILTER                      0x00010228
#endif
#ifndef OID_RECEIVE_FILTER_ENUM_FILTERS
#define OID_RECEIVE_FILTER_ENUM_FILTERS                      0x00010229
#endif
#ifndef OID_RECEIVE_FILTER_PARAMETERS
#define OID_RECEIVE_FILTER_PARAMETERS                        0x0001022A
#endif
#ifndef OID_RECEIVE_FILTER_QUEUE_ALLOCATION_COMPLETE
#define OID_RECEIVE_FILTER_QUEUE_ALLOCATION_COMPLETE         0x0001022B
#endif
#ifndef OID_RECEIVE_FILTER_CURRENT_CAPABILITIES
#define OID_RECEIVE_FILTER_CURRENT_CAPABILITIES              0x0001022D
#endif
#ifndef OID_NIC_SWITCH_HARDWARE_CAPABILITIES
#define OID_NIC_SWITCH_HARDWARE_CAPABILITIES                 0x0001022E
#endif
#ifndef OID_NIC_SWITCH_CURRENT_CAPABILITIES
#define OID_NIC_SWITCH_CURRENT_CAPABILITIES                  0x0001022F
#endif
#ifndef OID_GEN_RECEIVE_SCALE_PARAMETERS_V2
#define OID_GEN_RECEIVE_SCALE_PARAMETERS_V2                  0x00010230
#endif
#ifndef OID_GEN_RSS_SET_INDIRECTION_TABLE_ENTRIES
#define OID_GEN_RSS_SET_INDIRECTION_TABLE_ENTRIES            0x00010231
#endif
#ifndef OID_NIC_SWITCH_CREATE_SWITCH
#define OID_NIC_SWITCH_CREATE_SWITCH                         0x00010237
#endif
#ifndef OID_NIC_SWITCH_PARAMETERS
#define OID_NIC_SWITCH_PARAMETERS                            0x00010238
#endif
#ifndef OID_NIC_SWITCH_DELETE_SWITCH
#define OID_NIC_SWITCH_DELETE_SWITCH                         0x00010239
#endif
#ifndef OID_NIC_SWITCH_ENUM_SWITCHES
#define OID_NIC_SWITCH_ENUM_SWITCHES                         0x00010240
#endif
#ifndef OID_NIC_SWITCH_CREATE_VPORT
#define OID_NIC_SWITCH_CREATE_VPORT                          0x00010241
#endif
#ifndef OID_NIC_SWITCH_VPORT_PARAMETERS
#define OID_NIC_SWITCH_VPORT_PARAMETERS                      0x00010242
#endif
#ifndef OID_NIC_SWITCH_ENUM_VPORTS
#define OID_NIC_SWITCH_ENUM_VPORTS                           0x00010243
#endif
#ifndef OID_NIC_SWITCH_DELETE_VPORT
#define OID_NIC_SWITCH_DELETE_VPORT                          0x00010244
#endif
#ifndef OID_NIC_SWITCH_ALLOCATE_VF
#define OID_NIC_SWITCH_ALLOCATE_VF                           0x00010245
#endif
#ifndef OID_NIC_SWITCH_FREE_VF
#define OID_NIC_SWITCH_FREE_VF                               0x00010246
#endif
#ifndef OID_NIC_SWITCH_VF_PARAMETERS
#define OID_NIC_SWITCH_VF_PARAMETERS                         0x00010247
#endif
#ifndef OID_NIC_SWITCH_ENUM_VFS
#define OID_NIC_SWITCH_ENUM_VFS                              0x00010248
#endif
#ifndef OID_SWITCH_PROPERTY_ADD
#define OID_SWITCH_PROPERTY_ADD                              0x00010250
#endif
#ifndef OID_SWITCH_PROPERTY_UPDATE
#define OID_SWITCH_PROPERTY_UPDATE                           0x00010251
#endif
#ifndef OID_SWITCH_PROPERTY_DELETE
#define OID_SWITCH_PROPERTY_DELETE                           0x00010252
#endif
#ifndef OID_SWITCH_PROPERTY_ENUM
#define OID_SWITCH_PROPERTY_ENUM                             0x00010253
#endif
#ifndef OID_SWITCH_FEATURE_STATUS_QUERY
#define OID_SWITCH_FEATURE_STATUS_QUERY                      0x00010254
#endif
#ifndef OID_SWITCH_NIC_REQUEST
#define OID_SWITCH_NIC_REQUEST                               0x00010255
#endif
#ifndef OID_SWITCH_PORT_PROPERTY_ADD
#define OID_SWITCH_PORT_PROPERTY_ADD                         0x00010256
#endif
#ifndef OID_SWITCH_PORT_PROPERTY_UPDATE
#define OID_SWITCH_PORT_PROPERTY_UPDATE                      0x00010257
#endif
#ifndef OID_SWITCH_PORT_PROPERTY_DELETE
#define OID_SWITCH_PORT_PROPERTY_DELETE                      0x00010258
#endif
#ifndef OID_SWITCH_PORT_PROPERTY_ENUM
#define OID_SWITCH_PORT_PROPERTY_ENUM                        0x00010259
#endif
#ifndef OID_SWITCH_PARAMETERS
#define OID_SWITCH_PARAMETERS                                0x0001025A
#endif
#ifndef OID_SWITCH_PORT_ARRAY
#define OID_SWITCH_PORT_ARRAY                                0x0001025B
#endif
#ifndef OID_SWITCH_NIC_ARRAY
#define OID_SWITCH_NIC_ARRAY                                 0x0001025C
#endif
#ifndef OID_SWITCH_PORT_CREATE
#define OID_SWITCH_PORT_CREATE                               0x0001025D
#endif
#ifndef OID_SWITCH_PORT_DELETE
#define OID_SWITCH_PORT_DELETE                               0x0001025E
#endif
#ifndef OID_SWITCH_NIC_CREATE
#define OID_SWITCH_NIC_CREATE                                0x0001025F
#endif
#ifndef OID_SWITCH_NIC_CONNECT
#define OID_SWITCH_NIC_CONNECT                               0x00010260
#endif
#ifndef OID_SWITCH_NIC_DISCONNECT
#define OID_SWITCH_NIC_DISCONNECT                            0x00010261
#endif
#ifndef OID_SWITCH_NIC_DELETE
#define OID_SWITCH_NIC_DELETE                                0x00010262
#endif
#ifndef OID_SWITCH_PORT_FEATURE_STATUS_QUERY
#define OID_SWITCH_PORT_FEATURE_STATUS_QUERY                 0x00010263
#endif
#ifndef OID_SWITCH_PORT_TEARDOWN
#define OID_SWITCH_PORT_TEARDOWN                             0x00010264
#endif
#ifndef OID_SWITCH_NIC_SAVE
#define OID_SWITCH_NIC_SAVE                                  0x00010265
#endif
#ifndef OID_SWITCH_NIC_SAVE_COMPLETE
#define OID_SWITCH_NIC_SAVE_COMPLETE                         0x00010266
#endif
#ifndef OID_SWITCH_NIC_RESTORE
#define OID_SWITCH_NIC_RESTORE                               0x00010267
#endif
#ifndef OID_SWITCH_NIC_RESTORE_COMPLETE
#define OID_SWITCH_NIC_RESTORE_COMPLETE                      0x00010268
#endif
#ifndef OID_SWITCH_NIC_UPDATED
#define OID_SWITCH_NIC_UPDATED                               0x00010269
#endif
#ifndef OID_SWITCH_PORT_UPDATED
#define OID_SWITCH_PORT_UPDATED                              0x0001026A
#endif
#ifndef OID_QOS_HARDWARE_CAPABILITIES
#define OID_QOS_HARDWARE_CAPABILITIES                        0xFE010101
#endif
#ifndef OID_QOS_CURRENT_CAPABILITIES
#define OID_QOS_CURRENT_CAPABILITIES                         0xFE010102
#endif
#ifndef OID_QOS_PARAMETERS
#define OID_QOS_PARAMETERS                                   0xFE010103
#endif
#ifndef OID_QOS_OPERATIONAL_PARAMETERS
#define OID_QOS_OPERATIONAL_PARAMETERS                       0xFE010104
#endif
#ifndef OID_QOS_REMOTE_PARAMETERS
#define OID_QOS_REMOTE_PARAMETERS                            0xFE010105
#endif
#ifndef OID_OFFLOAD_ENCAPSULATION
#define OID_OFFLOAD_ENCAPSULATION                            0x0101010A
#endif
#ifndef OID_802_11_BSSID
#define OID_802_11_BSSID                                     0x0D010101
#endif
#ifndef OID_802_11_SSID
#define OID_802_11_SSID                                      0x0D010102
#endif
#ifndef OID_802_11_NETWORK_TYPES_SUPPORTED
#define OID_802_11_NETWORK_TYPES_SUPPORTED                   0x0D010203
#endif
#ifndef OID_802_11_NETWORK_TYPE_IN_USE
#define OID_802_11_NETWORK_TYPE_IN_USE                       0x0D010204
#endif
#ifndef OID_802_11_RSSI
#define OID_802_11_RSSI                                      0x0D010206
#endif
#ifndef OID_802_11_INFRASTRUCTURE_MODE
#define OID_802_11_INFRASTRUCTURE_MODE                       0x0D010108
#endif
#ifndef OID_802_11_SUPPORTED_RATES
#define OID_802_11_SUPPORTED_RATES                           0x0D01020E
#endif
#ifndef OID_802_11_CONFIGURATION
#define OID_802_11_CONFIGURATION                             0x0D010211
#endif
#ifndef OID_802_11_ADD_WEP
#define OID_802_11_ADD_WEP                                   0x0D010113
#endif
#ifndef OID_802_11_REMOVE_WEP
#define OID_802_11_REMOVE_WEP                                0x0D010114
#endif
#ifndef OID_802_11_DISASSOCIATE
#define OID_802_11_DISASSOCIATE                              0x0D010115
#endif
#ifndef OID_802_11_POWER_MODE
#define OID_802_11_POWER_MODE                                0x0D010216
#endif
#ifndef OID_802_11_BSSID_LIST
#define OID_802_11_BSSID_LIST                                0x0D010217
#endif
#ifndef OID_802_11_AUTHENTICATION_MODE
#define OID_802_11_AUTHENTICATION_MODE                       0x0D010118
#endif
#ifndef OID_802_11_BSSID_LIST_SCAN
#define OID_802_11_BSSID_LIST_SCAN                           0x0D01011A
#endif
#ifndef OID_802_11_WEP_STATUS
#define OID_802_11_WEP_STATUS                                0x0D01011B
#endif
#ifndef OID_802_11_RELOAD_DEFAULTS
#define OID_802_11_RELOAD_DEFAULTS                           0x0D01011C
#endif
#ifndef OID_802_11_STATISTICS
#define OID_802_11_STATISTICS                                0x0D020212
#endif
#ifndef OID_TCP_TASK_OFFLOAD
#define OID_TCP_TASK_OFFLOAD                                 0xFC010201
#endif
#ifndef OID_TCP_TASK_IPSEC_ADD_SA
#define OID_TCP_TASK_IPSEC_ADD_SA                            0xFC010202
#endif
#ifndef OID_TCP_TASK_IPSEC_DELETE_SA
#define OID_TCP_TASK_IPSEC_DELETE_SA                         0xFC010203
#endif
#ifndef OID_TCP_SAN_SUPPORT
#define OID_TCP_SAN_SUPPORT                                  0xFC010204
#endif
#ifndef OID_TCP_TASK_IPSEC_ADD_UDPESP_SA
#define OID_TCP_TASK_IPSEC_ADD_UDPESP_SA                     0xFC010205
#endif
#ifndef OID_TCP_TASK_IPSEC_DELETE_UDPESP_SA
#define OID_TCP_TASK_IPSEC_DELETE_UDPESP_SA                  0xFC010206
#endif
#ifndef OID_TCP4_OFFLOAD_STATS
#define OID_TCP4_OFFLOAD_STATS                               0xFC010207
#endif
#ifndef OID_TCP6_OFFLOAD_STATS
#define OID_TCP6_OFFLOAD_STATS                               0xFC010208
#endif
#ifndef OID_IP4_OFFLOAD_STATS
#define OID_IP4_OFFLOAD_STATS                                0xFC010209
#endif
#ifndef OID_IP6_OFFLOAD_STATS
#define OID_IP6_OFFLOAD_STATS                                0xFC01020A
#endif
#ifndef OID_TCP_OFFLOAD_CURRENT_CONFIG
#define OID_TCP_OFFLOAD_CURRENT_CONFIG                       0xFC01020B
#endif
#ifndef OID_TCP_OFFLOAD_HARDWARE_CAPABILITIES
#define OID_TCP_OFFLOAD_HARDWARE_CAPABILITIES                0xFC01020D
#endif
#ifndef OID_TCP_CONNECTION_OFFLOAD_CURRENT_CONFIG
#define OID_TCP_CONNECTION_OFFLOAD_CURRENT_CONFIG            0xFC01020E
#endif
#ifndef OID_TCP_CONNECTION_OFFLOAD_HARDWARE_CAPABILITIES
#define OID_TCP_CONNECTION_OFFLOAD_HARDWARE_CAPABILITIES     0xFC01020F
#endif
#ifndef OID_PM_CURRENT_CAPABILITIES
#define OID_PM_CURRENT_CAPABILITIES                          0xFD01010D
#endif
#ifndef OID_PM_HARDWARE_CAPABILITIES
#define OID_PM_HARDWARE_CAPABILITIES                         0xFD01010E
#endif
#ifndef OID_PM_PARAMETERS
#define OID_PM_PARAMETERS                                    0xFD01010F
#endif
#ifndef OID_PM_ADD_WOL_PATTERN
#define OID_PM_ADD_WOL_PATTERN                               0xFD010110
#endif
#ifndef OID_PM_REMOVE_WOL_PATTERN
#define OID_PM_REMOVE_WOL_PATTERN                            0xFD010111
#endif
#ifndef OID_PM_WOL_PATTERN_LIST
#define OID_PM_WOL_PATTERN_LIST                              0xFD010112
#endif
#ifndef OID_PM_ADD_PROTOCOL_OFFLOAD
#define OID_PM_ADD_PROTOCOL_OFFLOAD                          0xFD010113
#endif
#ifndef OID_PM_GET_PROTOCOL_OFFLOAD
#define OID_PM_GET_PROTOCOL_OFFLOAD                          0xFD010114
#endif
#ifndef OID_PM_REMOVE_PROTOCOL_OFFLOAD
#define OID_PM_REMOVE_PROTOCOL_OFFLOAD                       0xFD010115
#endif
#ifndef OID_PM_PROTOCOL_OFFLOAD_LIST
#define OID_PM_PROTOCOL_OFFLOAD_LIST                         0xFD010116
#endif


#endif /* DDICHECK_MODEL_NDIS_OID_H */
