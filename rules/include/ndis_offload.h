/*
 * ndis_offload.h -- ddicheck model header, part of ndis.h: task-offload and IPsec-offload
 * structures (ntddndis and ndis).
 *
 * Generated for ddicheck from the `## -syntax` blocks, the callback examples
 * and the front matter (req.irql) of the public reference pages under
 * ddi/ndis and ddi/ntddndis (each declaration names its page); it is not a
 * copy of Microsoft's ndis.h.  ddicheck searches its model headers AFTER the
 * driver's own include paths (-idirafter), so a real WDK on the include path
 * takes precedence.  Include <ndis.h>, not this file.
 */
#ifndef DDICHECK_MODEL_NDIS_OFFLOAD_H
#define DDICHECK_MODEL_NDIS_OFFLOAD_H

/* IPSEC_OFFLOAD_V2_ALGORITHM_INFO (ns-ndis-_ipsec_offload_v2_algorithm_info) */
typedef struct _IPSEC_OFFLOAD_V2_ALGORITHM_INFO {
    ULONG Identifier;
    ULONG KeyLength;
    ULONG KeyOffsetBytes;
    ULONG AdditionalInfo;
} IPSEC_OFFLOAD_V2_ALGORITHM_INFO, *PIPSEC_OFFLOAD_V2_ALGORITHM_INFO;

/* IPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION (ns-ndis-_ipsec_offload_v2_security_association) */
typedef struct _IPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION {
    ULONG                           Flags;
    IPSEC_OFFLOAD_V2_OPERATION      Operation;
    IPSEC_OFFLOAD_V2_SPI_TYPE       Spi;
    IPSEC_OFFLOAD_V2_ALGORITHM_INFO AuthenticationAlgorithm;
    IPSEC_OFFLOAD_V2_ALGORITHM_INFO EncryptionAlgorithm;
    ULONG                           SequenceNumberHighOrder;
} IPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION, *PIPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION;

/* IPSEC_OFFLOAD_V2_ADD_SA (ns-ndis-_ipsec_offload_v2_add_sa) */
typedef struct _IPSEC_OFFLOAD_V2_ADD_SA {
    NDIS_OBJECT_HEADER                    Header;
    PIPSEC_OFFLOAD_V2_ADD_SA              Next;
    ULONG                                 NumExtHdrs;
    ULONG                                 Flags;
    union {
      struct {
        IPAddr SrcAddr;
        IPAddr DestAddr;
      } IPv4Endpoints;
      struct {
        UCHAR SrcAddr[16];
        UCHAR DestAddr[16];
      } IPv6Endpoints;
    };
    NDIS_HANDLE                           OffloadHandle;
    ULONG                                 UdpEspEncapsulation;
    IPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION SecAssoc[IPSEC_OFFLOAD_V2_MAX_EXTENSION_HEADERS];
    ULONG                                 KeyLength;
    UCHAR                                 KeyData[1];
} IPSEC_OFFLOAD_V2_ADD_SA, *PIPSEC_OFFLOAD_V2_ADD_SA;

/* IPSEC_OFFLOAD_V2_ADD_SA_EX (ns-ndis-_ipsec_offload_v2_add_sa_ex) */
typedef struct _IPSEC_OFFLOAD_V2_ADD_SA_EX {
    NDIS_OBJECT_HEADER                    Header;
    ULONG                                 NumExtHdrs;
    ULONG                                 Flags;
    union {
      struct {
        IPAddr SrcAddr;
        IPAddr DestAddr;
      } IPv4Endpoints;
      struct {
        UCHAR SrcAddr[16];
        UCHAR DestAddr[16];
      } IPv6Endpoints;
    };
    NDIS_HANDLE                           OffloadHandle;
    ULONG                                 UdpEspEncapsulation;
    IPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION SecAssoc[IPSEC_OFFLOAD_V2_MAX_EXTENSION_HEADERS];
    ULONG                                 KeyLength;
    ULONG                                 KeyOffset;
    NDIS_SWITCH_PORT_ID                   SourceSwitchPortId;
    USHORT                                VlanId;
} IPSEC_OFFLOAD_V2_ADD_SA_EX, *PIPSEC_OFFLOAD_V2_ADD_SA_EX;

/* IPSEC_OFFLOAD_V2_DELETE_SA (ns-ndis-_ipsec_offload_v2_delete_sa) */
typedef struct _IPSEC_OFFLOAD_V2_DELETE_SA {
    NDIS_OBJECT_HEADER          Header;
    PIPSEC_OFFLOAD_V2_DELETE_SA Next;
    NDIS_HANDLE                 OffloadHandle;
} IPSEC_OFFLOAD_V2_DELETE_SA, *PIPSEC_OFFLOAD_V2_DELETE_SA;

/* IPSEC_OFFLOAD_V2_UPDATE_SA (ns-ndis-_ipsec_offload_v2_update_sa) */
typedef struct _IPSEC_OFFLOAD_V2_UPDATE_SA {
    NDIS_OBJECT_HEADER         Header;
    NDIS_HANDLE                OffloadHandle;
    IPSEC_OFFLOAD_V2_OPERATION Operation;
    IPSEC_OFFLOAD_V2_SPI_TYPE  Spi;
    ULONG                      SequenceNumberHighOrder;
} IPSEC_OFFLOAD_V2_UPDATE_SA, *PIPSEC_OFFLOAD_V2_UPDATE_SA;

/* NDIS_IPSEC_OFFLOAD_V1_NET_BUFFER_LIST_INFO (ns-ndis-_ndis_ipsec_offload_v1_net_buffer_list_info) */
typedef struct _NDIS_IPSEC_OFFLOAD_V1_NET_BUFFER_LIST_INFO {
    union {
      struct {
        NDIS_HANDLE OffloadHandle;
      } Transmit;
      struct {
        USHORT SaDeleteReq  :1;
        USHORT CryptoDone  :1;
        USHORT NextCryptoDone  :1;
        USHORT Pad  :13;
        USHORT CryptoStatus;
      } Receive;
    };
} NDIS_IPSEC_OFFLOAD_V1_NET_BUFFER_LIST_INFO, *PNDIS_IPSEC_OFFLOAD_V1_NET_BUFFER_LIST_INFO;

/* NDIS_IPSEC_OFFLOAD_V2_HEADER_NET_BUFFER_LIST_INFO (ns-ndis-_ndis_ipsec_offload_v2_header_net_buffer_list_info) */
typedef struct _NDIS_IPSEC_OFFLOAD_V2_HEADER_NET_BUFFER_LIST_INFO {
    union {
      struct {
        ULONG NextHeader  :8;
        ULONG PadLength  :8;
        ULONG AhHeaderOffset  :8;
        ULONG EspHeaderOffset  :8;
      } Transmit;
      struct {
        ULONG NextHeader  :8;
        ULONG PadLength  :8;
        ULONG HeaderInfoSet  :1;
      } Receive;
    };
} NDIS_IPSEC_OFFLOAD_V2_HEADER_NET_BUFFER_LIST_INFO, *PNDIS_IPSEC_OFFLOAD_V2_HEADER_NET_BUFFER_LIST_INFO;

/* NDIS_IPSEC_OFFLOAD_V2_NET_BUFFER_LIST_INFO (ns-ndis-_ndis_ipsec_offload_v2_net_buffer_list_info) */
typedef struct _NDIS_IPSEC_OFFLOAD_V2_NET_BUFFER_LIST_INFO {
    union {
      struct {
        PVOID OffloadHandle;
      } Transmit;
      struct {
        ULONG SaDeleteReq  :1;
        ULONG CryptoDone  :1;
        ULONG NextCryptoDone  :1;
        ULONG Reserved  :13;
        ULONG CryptoStatus  :16;
      } Receive;
    };
} NDIS_IPSEC_OFFLOAD_V2_NET_BUFFER_LIST_INFO, *PNDIS_IPSEC_OFFLOAD_V2_NET_BUFFER_LIST_INFO;

/* NDIS_IPSEC_OFFLOAD_V2_TUNNEL_NET_BUFFER_LIST_INFO (ns-ndis-_ndis_ipsec_offload_v2_tunnel_net_buffer_list_info) */
typedef struct _NDIS_IPSEC_OFFLOAD_V2_TUNNEL_NET_BUFFER_LIST_INFO {
    struct {
      NDIS_HANDLE TunnelHandle;
    } Transmit;
} NDIS_IPSEC_OFFLOAD_V2_TUNNEL_NET_BUFFER_LIST_INFO, *PNDIS_IPSEC_OFFLOAD_V2_TUNNEL_NET_BUFFER_LIST_INFO;

/* NDIS_ENCAPSULATED_PACKET_TASK_OFFLOAD (ns-ntddndis-_ndis_encapsulated_packet_task_offload) */
typedef struct _NDIS_ENCAPSULATED_PACKET_TASK_OFFLOAD {
    ULONG TransmitChecksumOffloadSupported  :4;
    ULONG ReceiveChecksumOffloadSupported  :4;
    ULONG LsoV2Supported  :4;
    ULONG RssSupported  :4;
    ULONG VmqSupported  :4;
    ULONG MaxHeaderSizeSupported;
} NDIS_ENCAPSULATED_PACKET_TASK_OFFLOAD, *PNDIS_ENCAPSULATED_PACKET_TASK_OFFLOAD;

/* NDIS_IPSEC_OFFLOAD_V1 (ns-ntddndis-_ndis_ipsec_offload_v1) */
typedef struct _NDIS_IPSEC_OFFLOAD_V1 {
    struct {
      ULONG Encapsulation;
      ULONG AhEspCombined;
      ULONG TransportTunnelCombined;
      ULONG IPv4Options;
      ULONG Flags;
    } Supported;
    struct {
      ULONG Md5  :2;
      ULONG Sha_1  :2;
      ULONG Transport  :2;
      ULONG Tunnel  :2;
      ULONG Send  :2;
      ULONG Receive  :2;
    } IPv4AH;
    struct {
      ULONG Des  :2;
      ULONG Reserved  :2;
      ULONG TripleDes  :2;
      ULONG NullEsp  :2;
      ULONG Transport  :2;
      ULONG Tunnel  :2;
      ULONG Send  :2;
      ULONG Receive  :2;
    } IPv4ESP;
} NDIS_IPSEC_OFFLOAD_V1, *PNDIS_IPSEC_OFFLOAD_V1;

/* NDIS_IPSEC_OFFLOAD_V2 (ns-ntddndis-_ndis_ipsec_offload_v2) */
typedef struct _NDIS_IPSEC_OFFLOAD_V2 {
    ULONG   Encapsulation;
    BOOLEAN IPv6Supported;
    BOOLEAN IPv4Options;
    BOOLEAN IPv6NonIPsecExtensionHeaders;
    BOOLEAN Ah;
    BOOLEAN Esp;
    BOOLEAN AhEspCombined;
    BOOLEAN Transport;
    BOOLEAN Tunnel;
    BOOLEAN TransportTunnelCombined;
    BOOLEAN LsoSupported;
    BOOLEAN ExtendedSequenceNumbers;
    ULONG   UdpEsp;
    ULONG   AuthenticationAlgorithms;
    ULONG   EncryptionAlgorithms;
    ULONG   SaOffloadCapacity;
} NDIS_IPSEC_OFFLOAD_V2, *PNDIS_IPSEC_OFFLOAD_V2;

/* NDIS_TCP_IP_CHECKSUM_OFFLOAD (ns-ntddndis-_ndis_tcp_ip_checksum_offload) */
typedef struct _NDIS_TCP_IP_CHECKSUM_OFFLOAD {
    struct {
      ULONG Encapsulation;
      ULONG IpOptionsSupported  :2;
      ULONG TcpOptionsSupported  :2;
      ULONG TcpChecksum  :2;
      ULONG UdpChecksum  :2;
      ULONG IpChecksum  :2;
    } IPv4Transmit;
    struct {
      ULONG Encapsulation;
      ULONG IpOptionsSupported  :2;
      ULONG TcpOptionsSupported  :2;
      ULONG TcpChecksum  :2;
      ULONG UdpChecksum  :2;
      ULONG IpChecksum  :2;
    } IPv4Receive;
    struct {
      ULONG Encapsulation;
      ULONG IpExtensionHeadersSupported  :2;
      ULONG TcpOptionsSupported  :2;
      ULONG TcpChecksum  :2;
      ULONG UdpChecksum  :2;
    } IPv6Transmit;
    struct {
      ULONG Encapsulation;
      ULONG IpExtensionHeadersSupported  :2;
      ULONG TcpOptionsSupported  :2;
      ULONG TcpChecksum  :2;
      ULONG UdpChecksum  :2;
    } IPv6Receive;
} NDIS_TCP_IP_CHECKSUM_OFFLOAD, *PNDIS_TCP_IP_CHECKSUM_OFFLOAD;

/* NDIS_TCP_LARGE_SEND_OFFLOAD_V1 (ns-ntddndis-_ndis_tcp_large_send_offload_v1) */
typedef struct _NDIS_TCP_LARGE_SEND_OFFLOAD_V1 {
    struct {
      ULONG Encapsulation;
      ULONG MaxOffLoadSize;
      ULONG MinSegmentCount;
      ULONG TcpOptions  :2;
      ULONG IpOptions  :2;
    } IPv4;
} NDIS_TCP_LARGE_SEND_OFFLOAD_V1, *PNDIS_TCP_LARGE_SEND_OFFLOAD_V1;

/* NDIS_TCP_LARGE_SEND_OFFLOAD_V2 (ns-ntddndis-_ndis_tcp_large_send_offload_v2) */
typedef struct _NDIS_TCP_LARGE_SEND_OFFLOAD_V2 {
    struct {
      ULONG Encapsulation;
      ULONG MaxOffLoadSize;
      ULONG MinSegmentCount;
    } IPv4;
    struct {
      ULONG Encapsulation;
      ULONG MaxOffLoadSize;
      ULONG MinSegmentCount;
      ULONG IpExtensionHeadersSupported  :2;
      ULONG TcpOptionsSupported  :2;
    } IPv6;
} NDIS_TCP_LARGE_SEND_OFFLOAD_V2, *PNDIS_TCP_LARGE_SEND_OFFLOAD_V2;

/* NDIS_TCP_RECV_SEG_COALESCE_OFFLOAD (ns-ntddndis-_ndis_tcp_recv_seg_coalesce_offload) */
typedef struct _NDIS_TCP_RECV_SEG_COALESCE_OFFLOAD {
    struct {
      BOOLEAN Enabled;
    } IPv4;
    struct {
      BOOLEAN Enabled;
    } IPv6;
} NDIS_TCP_RECV_SEG_COALESCE_OFFLOAD, *PNDIS_TCP_RECV_SEG_COALESCE_OFFLOAD;

/* NDIS_OFFLOAD (ns-ntddndis-_ndis_offload) */
typedef struct _NDIS_OFFLOAD {
    NDIS_OBJECT_HEADER                    Header;
    NDIS_TCP_IP_CHECKSUM_OFFLOAD          Checksum;
    NDIS_TCP_LARGE_SEND_OFFLOAD_V1        LsoV1;
    NDIS_IPSEC_OFFLOAD_V1                 IPsecV1;
    NDIS_TCP_LARGE_SEND_OFFLOAD_V2        LsoV2;
    ULONG                                 Flags;
#if (NDIS_SUPPORT_NDIS61)
    NDIS_IPSEC_OFFLOAD_V2                 IPsecV2;
#endif
#if (NDIS_SUPPORT_NDIS630)
    NDIS_TCP_RECV_SEG_COALESCE_OFFLOAD    Rsc;
    NDIS_ENCAPSULATED_PACKET_TASK_OFFLOAD EncapsulatedPacketTaskOffloadGre;
#endif
} NDIS_OFFLOAD, *PNDIS_OFFLOAD;

/* NDIS_OFFLOAD_PARAMETERS (ns-ntddndis-_ndis_offload_parameters) */
typedef struct _NDIS_OFFLOAD_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    UCHAR              IPv4Checksum;
    UCHAR              TCPIPv4Checksum;
    UCHAR              UDPIPv4Checksum;
    UCHAR              TCPIPv6Checksum;
    UCHAR              UDPIPv6Checksum;
    UCHAR              LsoV1;
    UCHAR              IPsecV1;
    UCHAR              LsoV2IPv4;
    UCHAR              LsoV2IPv6;
    UCHAR              TcpConnectionIPv4;
    UCHAR              TcpConnectionIPv6;
    ULONG              Flags;
#if (NDIS_SUPPORT_NDIS61)
    UCHAR              IPsecV2;
    UCHAR              IPsecV2IPv4;
#endif
#if (NDIS_SUPPORT_NDIS630)
    struct {
      UCHAR RscIPv4;
      UCHAR RscIPv6;
    };
#endif
#if (NDIS_SUPPORT_NDIS630)
    struct {
      UCHAR EncapsulatedPacketTaskOffload;
      UCHAR EncapsulationTypes;
    };
#endif
} NDIS_OFFLOAD_PARAMETERS, *PNDIS_OFFLOAD_PARAMETERS;

/* NDIS_PM_PROTOCOL_OFFLOAD (ns-ntddndis-_ndis_pm_protocol_offload) */
typedef struct _NDIS_PM_PROTOCOL_OFFLOAD {
    NDIS_OBJECT_HEADER                 Header;
    ULONG                              Flags;
    ULONG                              Priority;
    NDIS_PM_PROTOCOL_OFFLOAD_TYPE      ProtocolOffloadType;
    NDIS_PM_COUNTED_STRING             FriendlyName;
    ULONG                              ProtocolOffloadId;
    ULONG                              NextProtocolOffloadOffset;
    union _PROTOCOL_OFFLOAD_PARAMETERS {
      struct _IPV4_ARP_PARAMETERS {
        ULONG Flags;
        UCHAR RemoteIPv4Address[4];
        UCHAR HostIPv4Address[4];
        UCHAR MacAddress[6];
      } IPv4ARPParameters;
      struct _IPV6_NS_PARAMETERS {
        ULONG Flags;
        UCHAR RemoteIPv6Address[16];
        UCHAR SolicitedNodeIPv6Address[16];
        UCHAR MacAddress[6];
        UCHAR TargetIPv6Addresses[2][16];
      } IPv6NSParameters;
      struct _DOT11_RSN_REKEY_PARAMETERS {
        ULONG     Flags;
        UCHAR     KCK[DOT11_RSN_KCK_LENGTH];
        UCHAR     KEK[DOT11_RSN_KEK_LENGTH];
        ULONGLONG KeyReplayCounter;
      } Dot11RSNRekeyParameters;
    } ProtocolOffloadParameters;
} NDIS_PM_PROTOCOL_OFFLOAD, *PNDIS_PM_PROTOCOL_OFFLOAD;

/* NDIS_TCP_CONNECTION_OFFLOAD (ns-ntddndis-_ndis_tcp_connection_offload) */
typedef struct _NDIS_TCP_CONNECTION_OFFLOAD {
    NDIS_OBJECT_HEADER Header;
    ULONG              Encapsulation;
    ULONG              SupportIPv4  :2;
    ULONG              SupportIPv6  :2;
    ULONG              SupportIPv6ExtensionHeaders  :2;
    ULONG              SupportSack  :2;
#if (NDIS_SUPPORT_NDIS61)
    ULONG              CongestionAlgorithm  :4;
#endif
    ULONG              TcpConnectionOffloadCapacity;
    ULONG              Flags;
} NDIS_TCP_CONNECTION_OFFLOAD, *PNDIS_TCP_CONNECTION_OFFLOAD;

/* OFFLOAD_ALGO_INFO (ns-ntddndis-_offload_algo_info) */
typedef struct _OFFLOAD_ALGO_INFO {
    ULONG algoIdentifier;
    ULONG algoKeylen;
    ULONG algoRounds;
} OFFLOAD_ALGO_INFO, *POFFLOAD_ALGO_INFO;

/* OFFLOAD_SECURITY_ASSOCIATION (ns-ntddndis-_offload_security_association) */
typedef struct _OFFLOAD_SECURITY_ASSOCIATION {
    OFFLOAD_OPERATION_E Operation;
    SPI_TYPE            SPI;
    OFFLOAD_ALGO_INFO   IntegrityAlgo;
    OFFLOAD_ALGO_INFO   ConfAlgo;
    OFFLOAD_ALGO_INFO   Reserved;
} OFFLOAD_SECURITY_ASSOCIATION, *POFFLOAD_SECURITY_ASSOCIATION;

/* OFFLOAD_IPSEC_ADD_SA (ns-ntddndis-_offload_ipsec_add_sa) */
typedef struct _OFFLOAD_IPSEC_ADD_SA {
    IPAddr                       SrcAddr;
    IPMask                       SrcMask;
    IPAddr                       DestAddr;
    IPMask                       DestMask;
    ULONG                        Protocol;
    USHORT                       SrcPort;
    USHORT                       DestPort;
    IPAddr                       SrcTunnelAddr;
    IPAddr                       DestTunnelAddr;
    USHORT                       Flags;
    SHORT                        NumSAs;
    OFFLOAD_SECURITY_ASSOCIATION SecAssoc[OFFLOAD_MAX_SAS];
    HANDLE                       OffloadHandle;
    ULONG                        KeyLen;
    UCHAR                        KeyMat[1];
} OFFLOAD_IPSEC_ADD_SA, *POFFLOAD_IPSEC_ADD_SA;

/* OFFLOAD_IPSEC_UDPESP_ENCAPTYPE_ENTRY (ns-ntddndis-_offload_ipsec_udpesp_encaptype_entry) */
typedef struct _OFFLOAD_IPSEC_UDPESP_ENCAPTYPE_ENTRY {
    UDP_ENCAP_TYPE UdpEncapType;
    USHORT         DstEncapPort;
} OFFLOAD_IPSEC_UDPESP_ENCAPTYPE_ENTRY, *POFFLOAD_IPSEC_UDPESP_ENCAPTYPE_ENTRY;

/* OFFLOAD_IPSEC_ADD_UDPESP_SA (ns-ntddndis-_offload_ipsec_add_udpesp_sa) */
typedef struct _OFFLOAD_IPSEC_ADD_UDPESP_SA {
    IPAddr                               SrcAddr;
    IPMask                               SrcMask;
    IPAddr                               DstAddr;
    IPMask                               DstMask;
    ULONG                                Protocol;
    USHORT                               SrcPort;
    USHORT                               DstPort;
    IPAddr                               SrcTunnelAddr;
    IPAddr                               DstTunnelAddr;
    USHORT                               Flags;
    SHORT                                NumSAs;
    OFFLOAD_SECURITY_ASSOCIATION         SecAssoc[OFFLOAD_MAX_SAS];
    HANDLE                               OffloadHandle;
    OFFLOAD_IPSEC_UDPESP_ENCAPTYPE_ENTRY EncapTypeEntry;
    HANDLE                               EncapTypeEntryOffldHandle;
    ULONG                                KeyLen;
    UCHAR                                KeyMat[1];
} OFFLOAD_IPSEC_ADD_UDPESP_SA, *POFFLOAD_IPSEC_ADD_UDPESP_SA;

/* OFFLOAD_IPSEC_DELETE_SA (ns-ntddndis-_offload_ipsec_delete_sa) */
typedef struct _OFFLOAD_IPSEC_DELETE_SA {
    HANDLE OffloadHandle;
} OFFLOAD_IPSEC_DELETE_SA, *POFFLOAD_IPSEC_DELETE_SA;

/* OFFLOAD_IPSEC_DELETE_UDPESP_SA (ns-ntddndis-_offload_ipsec_delete_udpesp_sa) */
typedef struct _OFFLOAD_IPSEC_DELETE_UDPESP_SA {
    HANDLE OffloadHandle;
    HANDLE EncapTypeEntryOffldHandle;
} OFFLOAD_IPSEC_DELETE_UDPESP_SA, *POFFLOAD_IPSEC_DELETE_UDPESP_SA;

#endif /* DDICHECK_MODEL_NDIS_OFFLOAD_H */
