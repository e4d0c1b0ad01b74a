/*
 * ndis_nbl.h -- ddicheck model header, part of ndis.h: NET_BUFFER_LIST,
 * NET_BUFFER and their pools, the NBL/NB/MDL accessor macros, the send,
 * receive and return flags, and the NET_BUFFER / MDL functions.
 *
 * Written for ddicheck.  The shared DDI pages (ddi/ndis) do not contain the
 * NET_BUFFER_LIST and NET_BUFFER pages (today they live under nbl.h /
 * nblaccessors.h / nblapi.h), so the member names and prototypes here follow
 * the public documentation of those headers as driver code uses them; it is
 * not a copy of Microsoft's headers.  ddicheck searches its model headers
 * AFTER the driver's own include paths (-idirafter), so a real WDK on the
 * include path takes precedence.  Include <ndis.h>, not this file.
 *
 * The functions in this file have no page in the shared set, so (following
 * the rule "unknown level -> no annotation") they carry no IRQL annotation.
 * The accessor macros (NET_BUFFER_LIST_FIRST_NB, NET_BUFFER_DATA_LENGTH,
 * NDIS_SET_NET_BUFFER_LIST_CANCEL_ID, NDIS_TEST_SEND_AT_DISPATCH_LEVEL, ...)
 * are macros here as in the WDK: they expand to member accesses and bit
 * tests, not to calls.
 */
#ifndef DDICHECK_MODEL_NDIS_NBL_H
#define DDICHECK_MODEL_NDIS_NBL_H

/* --------------------------------------------------------------- NET_BUFFER */
typedef struct _NET_BUFFER_SHARED_MEMORY {
    struct _NET_BUFFER_SHARED_MEMORY *NextSharedMemorySegment;
    ULONG SharedMemoryFlags;
    NDIS_HANDLE SharedMemoryHandle;
    ULONG SharedMemoryOffset;
    ULONG SharedMemoryLength;
} NET_BUFFER_SHARED_MEMORY, *PNET_BUFFER_SHARED_MEMORY;

typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;
typedef struct _NET_BUFFER_LIST_CONTEXT NET_BUFFER_LIST_CONTEXT, *PNET_BUFFER_LIST_CONTEXT;

typedef union _NET_BUFFER_DATA_LENGTH {
    ULONG DataLength;
    SIZE_T stDataLength;
} NET_BUFFER_DATA_LENGTH, *PNET_BUFFER_DATA_LENGTH;

typedef struct _NET_BUFFER_DATA {
    PNET_BUFFER Next;
    PMDL CurrentMdl;
    ULONG CurrentMdlOffset;
    union {
        ULONG DataLength;
        SIZE_T stDataLength;
    };
    PMDL MdlChain;
    ULONG DataOffset;
} NET_BUFFER_DATA, *PNET_BUFFER_DATA;

typedef union _NET_BUFFER_HEADER {
    NET_BUFFER_DATA NetBufferData;
    SLIST_HEADER Link;
} NET_BUFFER_HEADER, *PNET_BUFFER_HEADER;

struct _NET_BUFFER {
    union {
        struct {
            PNET_BUFFER Next;
            PMDL CurrentMdl;
            ULONG CurrentMdlOffset;
            union {
                ULONG DataLength;
                SIZE_T stDataLength;
            };
            PMDL MdlChain;
            ULONG DataOffset;
        };
        SLIST_HEADER Link;
        NET_BUFFER_HEADER NetBufferHeader;
    };
    USHORT ChecksumBias;
    USHORT Reserved;
    NDIS_HANDLE NdisPoolHandle;
    DECLSPEC_ALIGN(16) PVOID NdisReserved[2];
    DECLSPEC_ALIGN(16) PVOID ProtocolReserved[6];
    DECLSPEC_ALIGN(16) PVOID MiniportReserved[4];
    NDIS_PHYSICAL_ADDRESS DataPhysicalAddress;
    union {
        PNET_BUFFER_SHARED_MEMORY SharedMemoryInfo;
        PSCATTER_GATHER_LIST ScatterGatherList;
    };
};

/* ---------------------------------------------------------- NET_BUFFER_LIST */
struct _NET_BUFFER_LIST_CONTEXT {
    PNET_BUFFER_LIST_CONTEXT Next;
    USHORT Size;
    USHORT Offset;
    DECLSPEC_ALIGN(16) UCHAR ContextData[1];
};

typedef struct _NET_BUFFER_LIST_DATA {
    PNET_BUFFER_LIST Next;
    PNET_BUFFER FirstNetBuffer;
} NET_BUFFER_LIST_DATA, *PNET_BUFFER_LIST_DATA;

typedef union _NET_BUFFER_LIST_HEADER {
    NET_BUFFER_LIST_DATA NetBufferListData;
    SLIST_HEADER Link;
} NET_BUFFER_LIST_HEADER, *PNET_BUFFER_LIST_HEADER;

struct _NET_BUFFER_LIST {
    union {
        struct {
            PNET_BUFFER_LIST Next;
            PNET_BUFFER FirstNetBuffer;
        };
        SLIST_HEADER Link;
        NET_BUFFER_LIST_HEADER NetBufferListHeader;
    };
    PNET_BUFFER_LIST_CONTEXT Context;
    PNET_BUFFER_LIST ParentNetBufferList;
    NDIS_HANDLE NdisPoolHandle;
    DECLSPEC_ALIGN(16) PVOID NdisReserved[2];
    DECLSPEC_ALIGN(16) PVOID ProtocolReserved[4];
    DECLSPEC_ALIGN(16) PVOID MiniportReserved[2];
    PVOID Scratch;
    NDIS_HANDLE SourceHandle;
    ULONG NblFlags;
    LONG ChildRefCount;
    ULONG Flags;
    union {
        NDIS_STATUS Status;
        ULONG NdisReserved2;
    };
    PVOID NetBufferListInfo[MaxNetBufferListInfo];
};

/* ------------------------------------------------------------------ pools */
typedef struct _NET_BUFFER_LIST_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    UCHAR ProtocolId;
    BOOLEAN fAllocateNetBuffer;
    USHORT ContextSize;
    ULONG PoolTag;
    ULONG DataSize;
    ULONG Flags;
} NET_BUFFER_LIST_POOL_PARAMETERS, *PNET_BUFFER_LIST_POOL_PARAMETERS;
#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 1
#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_2 2
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_LIST_POOL_PARAMETERS, DataSize)
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_LIST_POOL_PARAMETERS, Flags)

typedef struct _NET_BUFFER_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG PoolTag;
    ULONG DataSize;
    ULONG Flags;
} NET_BUFFER_POOL_PARAMETERS, *PNET_BUFFER_POOL_PARAMETERS;
#define NET_BUFFER_POOL_PARAMETERS_REVISION_1 1
#define NET_BUFFER_POOL_PARAMETERS_REVISION_2 2
#define NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_POOL_PARAMETERS, DataSize)
#define NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_POOL_PARAMETERS, Flags)

#define NDIS_PROTOCOL_ID_DEFAULT    0x00
#define NDIS_PROTOCOL_ID_TCP_IP     0x02
#define NDIS_PROTOCOL_ID_IP6        0x03
#define NDIS_PROTOCOL_ID_IPX        0x06
#define NDIS_PROTOCOL_ID_NBF        0x07
#define NDIS_PROTOCOL_ID_MAX        0x0F
#define NDIS_PROTOCOL_ID_MASK       0x0F

/* ------------------------------------------------------- NBL / NB flags */
#define NBL_FLAGS_PROTOCOL_RESERVED  0xFFF00000
#define NBL_FLAGS_MINIPORT_RESERVED  0x0000F000
#define NBL_FLAGS_SCRATCH            0x000F0000
#define NBL_FLAGS_NDIS_RESERVED      0x00000FFF

#define NDIS_NBL_FLAGS_SEND_READ_ONLY                        0x00000001
#define NDIS_NBL_FLAGS_RECV_READ_ONLY                        0x00000002
#define NDIS_NBL_FLAGS_HD_SPLIT                              0x00000100
#define NDIS_NBL_FLAGS_IS_IPV4                               0x00000200
#define NDIS_NBL_FLAGS_IS_IPV6                               0x00000400
#define NDIS_NBL_FLAGS_IS_TCP                                0x00000800
#define NDIS_NBL_FLAGS_IS_UDP                                0x00001000
#define NDIS_NBL_FLAGS_SPLIT_AT_UPPER_LAYER_PROTOCOL_HEADER  0x00002000
#define NDIS_NBL_FLAGS_SPLIT_AT_UPPER_LAYER_PROTOCOL_PAYLOAD 0x00004000
#define NDIS_NBL_FLAGS_IS_LOOPBACK_PACKET                    0x00008000

/* NBL flag bits reserved for the protocol driver that owns the NBL. */
#define NBL_FLAGS_PROTOCOL_RESERVED 0xFFF00000
#define NBL_FLAGS_MINIPORT_RESERVED 0x0000F000
#define NBL_FLAGS_SCRATCH           0x000F0000
#define NBL_PROT_RSVD_FLAGS         NBL_FLAGS_PROTOCOL_RESERVED
#define NBL_SET_PROT_RSVD_FLAG(_NBL, _F)   ((_NBL)->Flags |= ((_F) & NBL_PROT_RSVD_FLAGS))
#define NBL_CLEAR_PROT_RSVD_FLAG(_NBL, _F) ((_NBL)->Flags &= ~((_F) & NBL_PROT_RSVD_FLAGS))
#define NBL_TEST_PROT_RSVD_FLAG(_NBL, _F)  ((_NBL)->Flags & ((_F) & NBL_PROT_RSVD_FLAGS))

#define NdisSetNblFlag(_NBL, _F)   ((_NBL)->NblFlags |= (_F))
#define NdisClearNblFlag(_NBL, _F) ((_NBL)->NblFlags &= ~(_F))
#define NdisTestNblFlag(_NBL, _F)  (((_NBL)->NblFlags & (_F)) != 0)
#define NdisTestNblFlags(_NBL, _F) (((_NBL)->NblFlags & (_F)) == (_F))

/* Send / send-complete / receive / return flags. */
#define NDIS_SEND_FLAGS_DISPATCH_LEVEL            0x00000001
#define NDIS_SEND_FLAGS_CHECK_FOR_LOOPBACK        0x00000002
#define NDIS_SEND_FLAGS_SINGLE_QUEUE              0x00000004
#define NDIS_SEND_FLAGS_SWITCH_SINGLE_SOURCE      0x00000010
#define NDIS_SEND_FLAGS_SWITCH_DESTINATION_GROUP  0x00000020

#define NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL       0x00000001
#define NDIS_SEND_COMPLETE_FLAGS_SINGLE_QUEUE         0x00000002
#define NDIS_SEND_COMPLETE_FLAGS_SWITCH_SINGLE_SOURCE 0x00000004

#define NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL           0x00000001
#define NDIS_RECEIVE_FLAGS_RESOURCES                0x00000002
#define NDIS_RECEIVE_FLAGS_SINGLE_ETHER_TYPE        0x00000100
#define NDIS_RECEIVE_FLAGS_SINGLE_VLAN              0x00000200
#define NDIS_RECEIVE_FLAGS_PERFECT_FILTERED         0x00000400
#define NDIS_RECEIVE_FLAGS_SINGLE_QUEUE             0x00000800
#define NDIS_RECEIVE_FLAGS_SHARED_MEMORY_INFO_VALID 0x00001000
#define NDIS_RECEIVE_FLAGS_MORE_NBLS                0x00002000
#define NDIS_RECEIVE_FLAGS_SWITCH_SINGLE_SOURCE     0x00004000
#define NDIS_RECEIVE_FLAGS_SWITCH_DESTINATION_GROUP 0x00008000

#define NDIS_RETURN_FLAGS_DISPATCH_LEVEL        0x00000001
#define NDIS_RETURN_FLAGS_SINGLE_QUEUE          0x00000002
#define NDIS_RETURN_FLAGS_SWITCH_SINGLE_SOURCE  0x00000004

#define NDIS_CO_RECEIVE_FLAGS_DISPATCH_LEVEL    NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL

#define NDIS_TEST_SEND_FLAG(_Flags, _Fl)            (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_SEND_FLAG(_Flags, _Fl)             ((_Flags) |= (_Fl))
#define NDIS_TEST_SEND_AT_DISPATCH_LEVEL(_Flags)    NDIS_TEST_SEND_FLAG((_Flags), NDIS_SEND_FLAGS_DISPATCH_LEVEL)
#define NDIS_TEST_SEND_COMPLETE_FLAG(_Flags, _Fl)   (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_SEND_COMPLETE_FLAG(_Flags, _Fl)    ((_Flags) |= (_Fl))
#define NDIS_TEST_SEND_COMPLETE_AT_DISPATCH_LEVEL(_Flags) \
    NDIS_TEST_SEND_COMPLETE_FLAG((_Flags), NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL)
#define NDIS_TEST_RECEIVE_FLAG(_Flags, _Fl)         (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_RECEIVE_FLAG(_Flags, _Fl)          ((_Flags) |= (_Fl))
#define NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(_Flags) NDIS_TEST_RECEIVE_FLAG((_Flags), NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL)
#define NDIS_TEST_RECEIVE_CANNOT_PEND(_Flags)       NDIS_TEST_RECEIVE_FLAG((_Flags), NDIS_RECEIVE_FLAGS_RESOURCES)
#define NDIS_TEST_RECEIVE_CAN_PEND(_Flags)          (((_Flags) & NDIS_RECEIVE_FLAGS_RESOURCES) == 0)
#define NDIS_TEST_RETURN_FLAG(_Flags, _Fl)          (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_RETURN_FLAG(_Flags, _Fl)           ((_Flags) |= (_Fl))
#define NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(_Flags)  NDIS_TEST_RETURN_FLAG((_Flags), NDIS_RETURN_FLAGS_DISPATCH_LEVEL)

/* ---------------------------------------------------------- NBL accessors */
#define NET_BUFFER_LIST_NEXT_NBL(_NBL)          ((_NBL)->Next)
#define NET_BUFFER_LIST_FIRST_NB(_NBL)          ((_NBL)->FirstNetBuffer)
#define NET_BUFFER_LIST_FLAGS(_NBL)             ((_NBL)->Flags)
#define NET_BUFFER_LIST_NBL_FLAGS(_NBL)         ((_NBL)->NblFlags)
#define NET_BUFFER_LIST_PROTOCOL_RESERVED(_NBL) ((_NBL)->ProtocolReserved)
#define NET_BUFFER_LIST_MINIPORT_RESERVED(_NBL) ((_NBL)->MiniportReserved)
#define NET_BUFFER_LIST_CONTEXT_DATA_START(_NBL) \
    ((PUCHAR)(((_NBL)->Context) + 1) + (_NBL)->Context->Offset)
#define NET_BUFFER_LIST_CONTEXT_DATA_SIZE(_NBL) (((_NBL)->Context)->Size)
#define NET_BUFFER_LIST_INFO(_NBL, _Id)         ((_NBL)->NetBufferListInfo[(_Id)])
#define NET_BUFFER_LIST_STATUS(_NBL)            ((_NBL)->Status)
#define NET_BUFFER_LIST_GET_HASH_VALUE(_NBL) \
    ((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO((_NBL), NetBufferListHashValue))
#define NET_BUFFER_LIST_SET_HASH_VALUE(_NBL, _HashValue) \
    (NET_BUFFER_LIST_INFO((_NBL), NetBufferListHashValue) = (PVOID)(ULONG_PTR)(_HashValue))
#define NET_BUFFER_LIST_GET_HASH_TYPE(_NBL) \
    (((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO((_NBL), NetBufferListHashInfo)) & 0xFFFFFF00)
#define NET_BUFFER_LIST_GET_HASH_FUNCTION(_NBL) \
    (((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO((_NBL), NetBufferListHashInfo)) & 0x000000FF)
/* nf-ndis-net_buffer_list_receive_filter_id / _queue_id / _filter_vport_id:
 * members of the NDIS_NET_BUFFER_LIST_FILTERING_INFO kept in the NBL's
 * NetBufferListFilteringInfo slot. */
#define DDICHECK_NBL_FILTERING_INFO(_NBL) \
    ((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO((_NBL), NetBufferListFilteringInfo))
#define NET_BUFFER_LIST_RECEIVE_FILTER_ID(_NBL) (DDICHECK_NBL_FILTERING_INFO(_NBL)->FilteringInfo.FilterId)
#if NDIS_SUPPORT_NDIS630
#define NET_BUFFER_LIST_RECEIVE_QUEUE_ID(_NBL) (DDICHECK_NBL_FILTERING_INFO(_NBL)->FilteringInfo.QueueVPortInfo.QueueId)
#define NET_BUFFER_LIST_RECEIVE_FILTER_VPORT_ID(_NBL) (DDICHECK_NBL_FILTERING_INFO(_NBL)->FilteringInfo.QueueVPortInfo.VPortId)
#else
#define NET_BUFFER_LIST_RECEIVE_QUEUE_ID(_NBL) (DDICHECK_NBL_FILTERING_INFO(_NBL)->FilteringInfo.QueueId)
#endif
#define NET_BUFFER_LIST_SWITCH_FORWARDING_DETAIL(_NBL) \
    ((PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO)&(_NBL)->NetBufferListInfo[SwitchForwardingDetail])

/* Cancel identifiers (nf-ndis-ndis_set/get_net_buffer_list_cancel_id). */
#define NDIS_SET_NET_BUFFER_LIST_CANCEL_ID(_NBL, _CancelId) \
    (NET_BUFFER_LIST_INFO((_NBL), NetBufferListCancelId) = (PVOID)(_CancelId))
#define NDIS_GET_NET_BUFFER_LIST_CANCEL_ID(_NBL) (NET_BUFFER_LIST_INFO((_NBL), NetBufferListCancelId))

/* Media-specific information (nf-ndis-ndis_nbl_*_media_specific_info*). */
#define NDIS_NBL_ADD_MEDIA_SPECIFIC_INFO(_NBL, _MediaSpecificInfo) \
    do { (_MediaSpecificInfo)->NextEntry = (PNDIS_NBL_MEDIA_MEDIA_SPECIFIC_INFORMATION)NET_BUFFER_LIST_INFO((_NBL), MediaSpecificInformation); \
         NET_BUFFER_LIST_INFO((_NBL), MediaSpecificInformation) = (PVOID)(_MediaSpecificInfo); } while (0)
#define NDIS_NBL_GET_MEDIA_SPECIFIC_INFO(_NBL, _Tag, _MediaSpecificInfo) \
    do { (_MediaSpecificInfo) = (PNDIS_NBL_MEDIA_MEDIA_SPECIFIC_INFORMATION)NET_BUFFER_LIST_INFO((_NBL), MediaSpecificInformation); \
         while ((_MediaSpecificInfo) != NULL && (_MediaSpecificInfo)->Tag != (_Tag)) \
             (_MediaSpecificInfo) = (_MediaSpecificInfo)->NextEntry; } while (0)
#define NDIS_NBL_REMOVE_MEDIA_SPECIFIC_INFO(_NBL, _MediaSpecificInfo) ((void)(_NBL), (void)(_MediaSpecificInfo))
#define NDIS_NBL_ADD_MEDIA_SPECIFIC_INFO_EX(_NBL, _MediaSpecificInfo) \
    do { (_MediaSpecificInfo)->NextEntry = (PNDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX)NET_BUFFER_LIST_INFO((_NBL), MediaSpecificInformationEx); \
         NET_BUFFER_LIST_INFO((_NBL), MediaSpecificInformationEx) = (PVOID)(_MediaSpecificInfo); } while (0)
#define NDIS_NBL_GET_MEDIA_SPECIFIC_INFO_EX(_NBL, _Tag, _MediaSpecificInfo) \
    do { (_MediaSpecificInfo) = (PNDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX)NET_BUFFER_LIST_INFO((_NBL), MediaSpecificInformationEx); \
         while ((_MediaSpecificInfo) != NULL && (_MediaSpecificInfo)->Tag != (_Tag)) \
             (_MediaSpecificInfo) = (_MediaSpecificInfo)->NextEntry; } while (0)
#define NDIS_NBL_REMOVE_MEDIA_SPECIFIC_INFO_EX(_NBL, _MediaSpecificInfo) ((void)(_NBL), (void)(_MediaSpecificInfo))

/* ----------------------------------------------------------- NB accessors */
#define NET_BUFFER_NEXT_NB(_NB)                 ((_NB)->Next)
#define NET_BUFFER_FIRST_MDL(_NB)               ((_NB)->MdlChain)
#define NET_BUFFER_DATA_LENGTH(_NB)             ((_NB)->DataLength)
#define NET_BUFFER_DATA_OFFSET(_NB)             ((_NB)->DataOffset)
#define NET_BUFFER_CURRENT_MDL(_NB)             ((_NB)->CurrentMdl)
#define NET_BUFFER_CURRENT_MDL_OFFSET(_NB)      ((_NB)->CurrentMdlOffset)
#define NET_BUFFER_PROTOCOL_RESERVED(_NB)       ((_NB)->ProtocolReserved)
#define NET_BUFFER_MINIPORT_RESERVED(_NB)       ((_NB)->MiniportReserved)
#define NET_BUFFER_CHECKSUM_BIAS(_NB)           ((_NB)->ChecksumBias)
#define NET_BUFFER_DATA_PHYSICAL_ADDRESS(_NB)   ((_NB)->DataPhysicalAddress)
#define NET_BUFFER_FIRST_SHARED_MEM_INFO(_NB)   ((_NB)->SharedMemoryInfo)
#define NET_BUFFER_SHARED_MEM_NEXT_SEGMENT(_SHI) ((_SHI)->NextSharedMemorySegment)
#define NET_BUFFER_SHARED_MEM_FLAGS(_SHI)       ((_SHI)->SharedMemoryFlags)
#define NET_BUFFER_SHARED_MEM_HANDLE(_SHI)      ((_SHI)->SharedMemoryHandle)
#define NET_BUFFER_SHARED_MEM_OFFSET(_SHI)      ((_SHI)->SharedMemoryOffset)
#define NET_BUFFER_SHARED_MEM_LENGTH(_SHI)      ((_SHI)->SharedMemoryLength)
#define NET_BUFFER_SCATTER_GATHER_LIST(_NB)     ((_NB)->ScatterGatherList)

/* ---------------------------------------------------------- MDL helpers */
#ifndef MmGetMdlByteOffset
#define MmGetMdlByteOffset(Mdl) ((Mdl)->ByteOffset)
#endif
#define NDIS_MDL_LINKAGE(_Mdl)      ((_Mdl)->Next)
#define NDIS_BUFFER_LINKAGE(_Buf)   ((_Buf)->Next)
#define NdisGetNextMdl(_CurrentMdl, _NextMdl) do { *(_NextMdl) = (_CurrentMdl)->Next; } while (0)
#define NdisQueryMdl(_Mdl, _VirtualAddress, _Length, _Priority)                                   \
    do {                                                                                           \
        if (ARGUMENT_PRESENT(_VirtualAddress)) {                                                   \
            *(PVOID *)(_VirtualAddress) = MmGetSystemAddressForMdlSafe((_Mdl), (_Priority));       \
        }                                                                                          \
        *(_Length) = MmGetMdlByteCount(_Mdl);                                                      \
    } while (0)
#define NdisQueryMdlOffset(_Mdl, _Offset, _Length)  \
    do {                                            \
        *(_Offset) = MmGetMdlByteOffset(_Mdl);      \
        *(_Length) = MmGetMdlByteCount(_Mdl);       \
    } while (0)
#define NDIS_MDL_TO_SPAN_PAGES(_Mdl) 1
#define NdisGetMdlPhysicalArraySize(_Mdl, _ArraySize) (*(_ArraySize) = NDIS_MDL_TO_SPAN_PAGES(_Mdl))
#define NdisBufferLength(_Buffer)          MmGetMdlByteCount(_Buffer)
#define NdisBufferVirtualAddress(_Buffer)  MmGetSystemAddressForMdlSafe((_Buffer), NormalPagePriority)
#define NdisBufferVirtualAddressSafe(_Buffer, _Priority) MmGetSystemAddressForMdlSafe((_Buffer), (_Priority))
#define NdisQueryBufferSafe(_Buffer, _VirtualAddress, _Length, _Priority) \
    NdisQueryMdl((_Buffer), (_VirtualAddress), (_Length), (_Priority))
#define NdisQueryBufferOffset(_Buffer, _Offset, _Length) NdisQueryMdlOffset((_Buffer), (_Offset), (_Length))
#define NdisGetNextBuffer(_CurrentBuffer, _NextBuffer) NdisGetNextMdl((_CurrentBuffer), (_NextBuffer))

/* Clone and fragment flags. */
#define NDIS_CLONE_FLAGS_RESERVED          0x00000001
#define NDIS_CLONE_FLAGS_USE_ORIGINAL_MDLS 0x00000002
#define NDIS_TEST_CLONE_FLAG(_Flags, _Fl)  (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_CLONE_FLAG(_Flags, _Fl)   ((_Flags) |= (_Fl))
#define NDIS_CLEAR_CLONE_FLAG(_Flags, _Fl) ((_Flags) &= ~(_Fl))

/* ----------------------------------------------- MDL allocation callbacks */
typedef _Function_class_(NET_BUFFER_ALLOCATE_MDL)
PMDL (NET_BUFFER_ALLOCATE_MDL)(
    _Inout_ PULONG BufferSize);
typedef NET_BUFFER_ALLOCATE_MDL (*NET_BUFFER_ALLOCATE_MDL_HANDLER);

typedef _Function_class_(NET_BUFFER_FREE_MDL)
VOID (NET_BUFFER_FREE_MDL)(
    _In_ PMDL Mdl);
typedef NET_BUFFER_FREE_MDL (*NET_BUFFER_FREE_MDL_HANDLER);

/* ------------------------------------------- per-NBL information blocks
 * (the NET_BUFFER_LIST_INFO slots drivers read and write by value). */
typedef struct _NDIS_NET_BUFFER_LIST_8021Q_INFO {
    union {
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 Reserved : 16;
        } TagHeader;
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 WMMInfo : 4;
            UINT32 Reserved : 12;
        } WLanTagHeader;
        PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_8021Q_INFO, *PNDIS_NET_BUFFER_LIST_8021Q_INFO;

typedef struct _NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO {
    union {
        struct {
            ULONG IsIPv4 : 1;
            ULONG IsIPv6 : 1;
            ULONG TcpChecksum : 1;
            ULONG UdpChecksum : 1;
            ULONG IpHeaderChecksum : 1;
            ULONG Reserved : 11;
            ULONG TcpHeaderOffset : 10;
        } Transmit;
        struct {
            ULONG TcpChecksumFailed : 1;
            ULONG UdpChecksumFailed : 1;
            ULONG IpChecksumFailed : 1;
            ULONG TcpChecksumSucceeded : 1;
            ULONG UdpChecksumSucceeded : 1;
            ULONG IpChecksumSucceeded : 1;
            ULONG Loopback : 1;
            ULONG TcpChecksumValueInvalid : 1;
            ULONG IpChecksumValueInvalid : 1;
        } Receive;
        PVOID Value;
    };
} NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO, *PNDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO;

typedef struct _NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO {
    union {
        struct {
            ULONG Unused : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } Transmit;
        struct {
            ULONG MSS : 20;
            ULONG TcpHeaderOffset : 10;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV1Transmit;
        struct {
            ULONG TcpPayload : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV1TransmitComplete;
        struct {
            ULONG MSS : 20;
            ULONG TcpHeaderOffset : 10;
            ULONG Type : 1;
            ULONG IPVersion : 1;
        } LsoV2Transmit;
        struct {
            ULONG Reserved : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV2TransmitComplete;
        PVOID Value;
    };
} NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO, *PNDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO;

#define NDIS_TCP_LARGE_SEND_OFFLOAD_V1_TYPE 0
#define NDIS_TCP_LARGE_SEND_OFFLOAD_V2_TYPE 1
#define NDIS_TCP_LARGE_SEND_OFFLOAD_IPv4    0
#define NDIS_TCP_LARGE_SEND_OFFLOAD_IPv6    1
#define NDIS_GET_NET_BUFFER_LIST_VLAN_ID(_NBL) \
    (((NDIS_NET_BUFFER_LIST_8021Q_INFO *)&NET_BUFFER_LIST_INFO((_NBL), Ieee8021QNetBufferListInfo))->TagHeader.VlanId)
#define NDIS_SET_NET_BUFFER_LIST_VLAN_ID(_NBL, _VlanId) \
    (((NDIS_NET_BUFFER_LIST_8021Q_INFO *)&NET_BUFFER_LIST_INFO((_NBL), Ieee8021QNetBufferListInfo))->TagHeader.VlanId = (_VlanId))

/* ---------------------------------------------- pool, NBL, NB, MDL calls */
NDIS_HANDLE NdisAllocateNetBufferListPool(
    _In_opt_ NDIS_HANDLE NdisHandle,
    _In_ PNET_BUFFER_LIST_POOL_PARAMETERS Parameters);

VOID NdisFreeNetBufferListPool(
    _In_ NDIS_HANDLE PoolHandle);

NDIS_HANDLE NdisAllocateNetBufferPool(
    _In_opt_ NDIS_HANDLE NdisHandle,
    _In_ PNET_BUFFER_POOL_PARAMETERS Parameters);

VOID NdisFreeNetBufferPool(
    _In_ NDIS_HANDLE PoolHandle);

PNET_BUFFER_LIST NdisAllocateNetBufferList(
    _In_ NDIS_HANDLE PoolHandle,
    _In_ USHORT ContextSize,
    _In_ USHORT ContextBackFill);

VOID NdisFreeNetBufferList(
    _In_ PNET_BUFFER_LIST NetBufferList);

PNET_BUFFER NdisAllocateNetBuffer(
    _In_ NDIS_HANDLE PoolHandle,
    _In_opt_ PMDL MdlChain,
    _In_ ULONG DataOffset,
    _In_ SIZE_T DataLength);

PNET_BUFFER NdisAllocateNetBufferMdlAndData(
    _In_ NDIS_HANDLE PoolHandle);

VOID NdisFreeNetBuffer(
    _In_ PNET_BUFFER NetBuffer);

PNET_BUFFER_LIST NdisAllocateNetBufferAndNetBufferList(
    _In_ NDIS_HANDLE PoolHandle,
    _In_ USHORT ContextSize,
    _In_ USHORT ContextBackFill,
    _In_opt_ PMDL MdlChain,
    _In_ ULONG DataOffset,
    _In_ SIZE_T DataLength);

NDIS_STATUS NdisAllocateNetBufferListContext(
    _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ USHORT ContextSize,
    _In_ USHORT ContextBackFill,
    _In_ ULONG PoolTag);

VOID NdisFreeNetBufferListContext(
    _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ USHORT ContextSize);

PNET_BUFFER_LIST NdisAllocateCloneNetBufferList(
    _In_ PNET_BUFFER_LIST OriginalNetBufferList,
    _In_opt_ NDIS_HANDLE NetBufferListPoolHandle,
    _In_opt_ NDIS_HANDLE NetBufferPoolHandle,
    _In_ ULONG AllocateCloneFlags);

VOID NdisFreeCloneNetBufferList(
    _In_ PNET_BUFFER_LIST CloneNetBufferList,
    _In_ ULONG FreeCloneFlags);

PNET_BUFFER_LIST NdisAllocateFragmentNetBufferList(
    _In_ PNET_BUFFER_LIST OriginalNetBufferList,
    _In_opt_ NDIS_HANDLE NetBufferListPool,
    _In_opt_ NDIS_HANDLE NetBufferPool,
    _In_ ULONG StartOffset,
    _In_ ULONG MaximumLength,
    _In_ ULONG DataOffsetDelta,
    _In_ ULONG DataBackFill,
    _In_ ULONG AllocateFragmentFlags);

VOID NdisFreeFragmentNetBufferList(
    _In_ PNET_BUFFER_LIST FragmentNetBufferList,
    _In_ ULONG DataOffsetDelta,
    _In_ ULONG FreeFragmentFlags);

PNET_BUFFER_LIST NdisAllocateReassembledNetBufferList(
    _In_ PNET_BUFFER_LIST FragmentNetBufferList,
    _In_opt_ NDIS_HANDLE NetBufferAndNetBufferListPoolHandle,
    _In_ ULONG StartOffset,
    _In_ ULONG DataOffsetDelta,
    _In_ ULONG DataBackFill,
    _In_ ULONG AllocateReassembleFlags);

VOID NdisFreeReassembledNetBufferList(
    _In_ PNET_BUFFER_LIST ReassembledNetBufferList,
    _In_ ULONG DataOffsetDelta,
    _In_ ULONG FreeReassembleFlags);

NDIS_STATUS NdisRetreatNetBufferDataStart(
    _In_ PNET_BUFFER NetBuffer,
    _In_ ULONG DataOffsetDelta,
    _In_ ULONG DataBackFill,
    _In_opt_ NET_BUFFER_ALLOCATE_MDL_HANDLER AllocateMdlHandler);

VOID NdisAdvanceNetBufferDataStart(
    _In_ PNET_BUFFER NetBuffer,
    _In_ ULONG DataOffsetDelta,
    _In_ BOOLEAN FreeMdl,
    _In_opt_ NET_BUFFER_FREE_MDL_HANDLER FreeMdlHandler);

NDIS_STATUS NdisRetreatNetBufferListDataStart(
    _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ ULONG DataOffsetDelta,
    _In_ ULONG DataBackFill,
    _In_opt_ NET_BUFFER_ALLOCATE_MDL_HANDLER AllocateMdlHandler,
    _In_opt_ NET_BUFFER_FREE_MDL_HANDLER FreeMdlHandler);

VOID NdisAdvanceNetBufferListDataStart(
    _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ ULONG DataOffsetDelta,
    _In_ BOOLEAN FreeMdl,
    _In_opt_ NET_BUFFER_FREE_MDL_HANDLER FreeMdlMdlHandler);

PVOID NdisGetDataBuffer(
    _In_ PNET_BUFFER NetBuffer,
    _In_ ULONG BytesNeeded,
    _Out_writes_bytes_all_opt_(BytesNeeded) PVOID Storage,
    _In_ UINT AlignMultiple,
    _In_ UINT AlignOffset);

NDIS_STATUS NdisCopyFromNetBufferToNetBuffer(
    _In_ PNET_BUFFER Destination,
    _In_ ULONG DestinationOffset,
    _In_ ULONG BytesToCopy,
    _In_ PNET_BUFFER Source,
    _In_ ULONG SourceOffset,
    _Out_ PULONG BytesCopied);

NDIS_STATUS NdisCopySendNetBufferListInfo(
    _In_ PNET_BUFFER_LIST DestNetBufferList,
    _In_ PNET_BUFFER_LIST SrcNetBufferList);

NDIS_STATUS NdisCopyReceiveNetBufferListInfo(
    _In_ PNET_BUFFER_LIST DestNetBufferList,
    _In_ PNET_BUFFER_LIST SrcNetBufferList);

NDIS_HANDLE NdisGetPoolFromNetBufferList(
    _In_ PNET_BUFFER_LIST NetBufferList);

NDIS_HANDLE NdisGetPoolFromNetBuffer(
    _In_ PNET_BUFFER NetBuffer);

ULONG NdisQueryNetBufferPhysicalCount(
    _In_ PNET_BUFFER NetBuffer);

PMDL NdisAllocateMdl(
    _In_ NDIS_HANDLE NdisHandle,
    _In_reads_bytes_(Length) PVOID VirtualAddress,
    _In_ UINT Length);

VOID NdisFreeMdl(
    _In_ PMDL Mdl);

UCHAR NdisGetNetBufferListProtocolId(
    _In_ PNET_BUFFER_LIST NetBufferList);

VOID NdisSetNetBufferListProtocolId(
    _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ UCHAR ProtocolId);

#endif /* DDICHECK_MODEL_NDIS_NBL_H */
