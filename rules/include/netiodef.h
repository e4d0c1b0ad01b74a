/*
 * netiodef.h -- ddicheck model header: network-layer definitions shared by
 * NDIS drivers and the TCP/IP stack -- the Ethernet header, the 802.1Q tag,
 * the IPv4 and IPv6 headers and their protocol numbers.
 *
 * Written for ddicheck from the wire formats (IEEE 802.3, 802.1Q, RFC 791,
 * RFC 8200); it is not a copy of Microsoft's netiodef.h.  Only the basics
 * are modelled.
 */
#ifndef DDICHECK_MODEL_NETIODEF_H
#define DDICHECK_MODEL_NETIODEF_H

#include <ntdef.h>

#define DL_ADDRESS_LENGTH_MAXIMUM 32
#define ETHERNET_TYPE_IPV4      0x0800
#define ETHERNET_TYPE_ARP       0x0806
#define ETHERNET_TYPE_IPV6      0x86dd
#define ETHERNET_TYPE_802_1Q    0x8100

#pragma pack(push, 1)
typedef struct _DL_EUI48 {
    UCHAR Byte[6];
} DL_EUI48, *PDL_EUI48;

typedef struct _ETHERNET_HEADER {
    DL_EUI48 Destination;
    DL_EUI48 Source;
    USHORT Type;
} ETHERNET_HEADER, *PETHERNET_HEADER;

typedef struct _VLAN_TAG {
    USHORT Tag;
    USHORT Type;
} VLAN_TAG, *PVLAN_TAG;

typedef struct _IPV4_HEADER {
    UCHAR VersionAndHeaderLength;
    UCHAR TypeOfServiceAndEcnField;
    USHORT TotalLength;
    USHORT Identification;
    USHORT FlagsAndOffset;
    UCHAR TimeToLive;
    UCHAR Protocol;
    USHORT HeaderChecksum;
    UCHAR SourceAddress[4];
    UCHAR DestinationAddress[4];
} IPV4_HEADER, *PIPV4_HEADER;

typedef struct _IPV6_HEADER {
    ULONG VersionClassFlow;
    USHORT PayloadLength;
    UCHAR NextHeader;
    UCHAR HopLimit;
    UCHAR SourceAddress[16];
    UCHAR DestinationAddress[16];
} IPV6_HEADER, *PIPV6_HEADER;
#pragma pack(pop)

#define IPPROTO_ICMP   1
#define IPPROTO_TCP    6
#define IPPROTO_UDP    17
#define IPPROTO_ICMPV6 58

#endif /* DDICHECK_MODEL_NETIODEF_H */
