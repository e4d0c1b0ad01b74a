/*
 * ndis_legacy.h -- ddicheck model header, part of ndis.h: the NDIS 5.1
 * interface that older miniport, protocol and intermediate drivers use --
 * NDIS_PACKET, NDIS_REQUEST, the W_* miniport handlers and the NDIS 5
 * protocol handlers, NDIS_MINIPORT_CHARACTERISTICS /
 * NDIS_PROTOCOL_CHARACTERISTICS, and the NDIS 5.1 routines
 * (NdisMInitializeWrapper, NdisIMRegisterLayeredMiniport, NdisRegisterProtocol,
 * NdisOpenAdapter, NdisRequest, packet and buffer pools, NDIS timers and
 * work items, ...).
 *
 * Written for ddicheck.  Where a routine has an nf- page in ddi/ndis its
 * parameters follow the page's parameter list and its IRQL annotation the
 * page's req.irql (those pages have no syntax block); the structures and the
 * remaining routines follow the public NDIS 5.1 documentation.  Routines and
 * handler types without a page carry no IRQL annotation.  It is not a copy
 * of Microsoft's ndis.h.  Include <ndis.h>, not this file.
 */
#ifndef DDICHECK_MODEL_NDIS_LEGACY_H
#define DDICHECK_MODEL_NDIS_LEGACY_H

/* ---------------------------------------------------------- NDIS_PACKET */
typedef struct _NDIS_PACKET_PRIVATE {
    UINT PhysicalCount;
    UINT TotalLength;
    PNDIS_BUFFER Head;
    PNDIS_BUFFER Tail;
    NDIS_HANDLE Pool;
    UINT Count;
    ULONG Flags;
    BOOLEAN ValidCounts;
    UCHAR NdisPacketFlags;
    USHORT NdisPacketOobOffset;
} NDIS_PACKET_PRIVATE, *PNDIS_PACKET_PRIVATE;

typedef struct _NDIS_PACKET {
    NDIS_PACKET_PRIVATE Private;
    union {
        struct {
            UCHAR MiniportReserved[2 * sizeof(PVOID)];
            UCHAR WrapperReserved[2 * sizeof(PVOID)];
        };
        struct {
            UCHAR MiniportReservedEx[3 * sizeof(PVOID)];
            UCHAR WrapperReservedEx[sizeof(PVOID)];
        };
        struct {
            UCHAR MacReserved[4 * sizeof(PVOID)];
        };
    };
    ULONG_PTR Reserved[2];
    UCHAR ProtocolReserved[1];
} NDIS_PACKET, *PNDIS_PACKET, **PPNDIS_PACKET;

typedef enum _NDIS_PER_PACKET_INFO {
    TcpIpChecksumPacketInfo,
    IpSecPacketInfo,
    TcpLargeSendPacketInfo,
    ClassificationHandlePacketInfo,
    NdisReserved,
    ScatterGatherListPacketInfo,
    Ieee8021pPriority,
    OriginalPacketInfo,
    PacketCancelId,
    OriginalNetBufferList,
    CachedNetBufferList,
    ShortPacketPaddingInfo,
    MaxPerPacketInfo
} NDIS_PER_PACKET_INFO, *PNDIS_PER_PACKET_INFO;

#define NDIS_FLAGS_DONT_LOOPBACK     0x00000080
#define NDIS_FLAGS_IS_LOOPBACK_PACKET 0x00000100
#define NDIS_FLAGS_SENT_AT_DPC       0x00000400
#define NdisGetPacketFlags(_Packet)           ((_Packet)->Private.Flags)
#define NdisSetPacketFlags(_Packet, _Flags)   ((_Packet)->Private.Flags |= (_Flags))
#define NdisClearPacketFlags(_Packet, _Flags) ((_Packet)->Private.Flags &= ~(_Flags))
#define NDIS_GET_PACKET_STATUS(_Packet)       ((NDIS_STATUS)(_Packet)->Reserved[0])
#define NDIS_SET_PACKET_STATUS(_Packet, _S)   ((_Packet)->Reserved[0] = (ULONG_PTR)(_S))
#define NDIS_GET_PACKET_CANCEL_ID(_Packet)    ((PVOID)(_Packet)->Reserved[1])
#define NDIS_SET_PACKET_CANCEL_ID(_Packet, _Id) ((_Packet)->Reserved[1] = (ULONG_PTR)(_Id))
#define NdisQueryPacket(_Packet, _PhysicalBufferCount, _BufferCount, _FirstBuffer, _TotalPacketLength) \
    do {                                                                                                \
        if ((_FirstBuffer) != NULL) { *(PNDIS_BUFFER *)(_FirstBuffer) = (_Packet)->Private.Head; }      \
        if ((_TotalPacketLength) != NULL) { *(PUINT)(_TotalPacketLength) = (_Packet)->Private.TotalLength; } \
        if ((_BufferCount) != NULL) { *(PUINT)(_BufferCount) = (_Packet)->Private.Count; }              \
        if ((_PhysicalBufferCount) != NULL) { *(PUINT)(_PhysicalBufferCount) = (_Packet)->Private.PhysicalCount; } \
    } while (0)
#define NdisRecalculatePacketCounts(_Packet) ((void)(_Packet))
#define NdisChainBufferAtFront(_Packet, _Buffer) \
    do { (_Buffer)->Next = (_Packet)->Private.Head; (_Packet)->Private.Head = (_Buffer); } while (0)

/* ---------------------------------------------------------- NDIS_REQUEST */
typedef struct _NDIS_REQUEST {
    UCHAR MacReserved[4 * sizeof(PVOID)];
    NDIS_REQUEST_TYPE RequestType;
    union _NDIS_REQUEST_DATA {
        struct _QUERY_INFORMATION {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesWritten;
            UINT BytesNeeded;
        } QUERY_INFORMATION;
        struct _SET_INFORMATION {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesRead;
            UINT BytesNeeded;
        } SET_INFORMATION;
    } DATA;
    UCHAR NdisReserved[9 * sizeof(PVOID)];
    union {
        UCHAR CallMgrReserved[2 * sizeof(PVOID)];
        UCHAR ProtocolReserved[2 * sizeof(PVOID)];
    };
    UCHAR MiniportReserved[2 * sizeof(PVOID)];
} NDIS_REQUEST, *PNDIS_REQUEST;

/* ------------------------------------------------- NDIS 5 timers and work */
typedef VOID (*PNDIS_PROC)(_In_ struct _NDIS_WORK_ITEM *WorkItem, _In_opt_ PVOID Context);

typedef struct _NDIS_WORK_ITEM {
    PVOID Context;
    PNDIS_PROC Routine;
    UCHAR WrapperReserved[8 * sizeof(PVOID)];
} NDIS_WORK_ITEM, *PNDIS_WORK_ITEM;

#define NdisInitializeWorkItem(_WI_, _R_, _C_) \
    do { (_WI_)->Context = (_C_); (_WI_)->Routine = (_R_); } while (0)

typedef struct _NDIS_TIMER {
    KTIMER Timer;
    KDPC Dpc;
} NDIS_TIMER, *PNDIS_TIMER;

typedef struct _NDIS_MINIPORT_TIMER {
    KTIMER Timer;
    KDPC Dpc;
    PNDIS_TIMER_FUNCTION MiniportTimerFunction;
    PVOID MiniportTimerContext;
    NDIS_HANDLE Miniport;
    struct _NDIS_MINIPORT_TIMER *NextTimer;
} NDIS_MINIPORT_TIMER, *PNDIS_MINIPORT_TIMER;

/* ------------------------------------------- NDIS 5.1 miniport handlers */
typedef BOOLEAN (*W_CHECK_FOR_HANG_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_DISABLE_INTERRUPT_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_ENABLE_INTERRUPT_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_HALT_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_HANDLE_INTERRUPT_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS (*W_INITIALIZE_HANDLER)(
    _Out_ PNDIS_STATUS OpenErrorStatus,
    _Out_ PUINT SelectedMediumIndex,
    _In_ PNDIS_MEDIUM MediumArray,
    _In_ UINT MediumArraySize,
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_HANDLE WrapperConfigurationContext);
typedef VOID (*W_ISR_HANDLER)(
    _Out_ PBOOLEAN InterruptRecognized,
    _Out_ PBOOLEAN QueueMiniportHandleInterrupt,
    _In_ NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS (*W_QUERY_INFORMATION_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_OID Oid,
    _In_ PVOID InformationBuffer,
    _In_ ULONG InformationBufferLength,
    _Out_ PULONG BytesWritten,
    _Out_ PULONG BytesNeeded);
typedef NDIS_STATUS (*W_RECONFIGURE_HANDLER)(
    _Out_ PNDIS_STATUS OpenErrorStatus,
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_HANDLE WrapperConfigurationContext);
typedef NDIS_STATUS (*W_RESET_HANDLER)(
    _Out_ PBOOLEAN AddressingReset,
    _In_ NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS (*W_SEND_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNDIS_PACKET Packet,
    _In_ UINT Flags);
typedef NDIS_STATUS (*W_SET_INFORMATION_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_OID Oid,
    _In_ PVOID InformationBuffer,
    _In_ ULONG InformationBufferLength,
    _Out_ PULONG BytesRead,
    _Out_ PULONG BytesNeeded);
typedef NDIS_STATUS (*W_TRANSFER_DATA_HANDLER)(
    _Out_ PNDIS_PACKET Packet,
    _Out_ PUINT BytesTransferred,
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_HANDLE MiniportReceiveContext,
    _In_ UINT ByteOffset,
    _In_ UINT BytesToTransfer);
typedef VOID (*W_RETURN_PACKET_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNDIS_PACKET Packet);
typedef VOID (*W_SEND_PACKETS_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PPNDIS_PACKET PacketArray,
    _In_ UINT NumberOfPackets);
typedef VOID (*W_ALLOCATE_COMPLETE_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PVOID VirtualAddress,
    _In_ PNDIS_PHYSICAL_ADDRESS PhysicalAddress,
    _In_ ULONG Length,
    _In_ PVOID Context);
typedef VOID (*W_CANCEL_SEND_PACKETS_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PVOID CancelId);
typedef VOID (*W_PNP_EVENT_NOTIFY_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_DEVICE_PNP_EVENT DevicePnPEvent,
    _In_ PVOID InformationBuffer,
    _In_ ULONG InformationBufferLength);
typedef VOID (*W_MINIPORT_SHUTDOWN_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext);

typedef struct _NDIS50_MINIPORT_CHARACTERISTICS {
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UINT Reserved;
    W_CHECK_FOR_HANG_HANDLER CheckForHangHandler;
    W_DISABLE_INTERRUPT_HANDLER DisableInterruptHandler;
    W_ENABLE_INTERRUPT_HANDLER EnableInterruptHandler;
    W_HALT_HANDLER HaltHandler;
    W_HANDLE_INTERRUPT_HANDLER HandleInterruptHandler;
    W_INITIALIZE_HANDLER InitializeHandler;
    W_ISR_HANDLER ISRHandler;
    W_QUERY_INFORMATION_HANDLER QueryInformationHandler;
    W_RECONFIGURE_HANDLER ReconfigureHandler;
    W_RESET_HANDLER ResetHandler;
    W_SEND_HANDLER SendHandler;
    W_SET_INFORMATION_HANDLER SetInformationHandler;
    W_TRANSFER_DATA_HANDLER TransferDataHandler;
    W_RETURN_PACKET_HANDLER ReturnPacketHandler;
    W_SEND_PACKETS_HANDLER SendPacketsHandler;
    W_ALLOCATE_COMPLETE_HANDLER AllocateCompleteHandler;
} NDIS50_MINIPORT_CHARACTERISTICS;

typedef struct _NDIS51_MINIPORT_CHARACTERISTICS {
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UINT Reserved;
    W_CHECK_FOR_HANG_HANDLER CheckForHangHandler;
    W_DISABLE_INTERRUPT_HANDLER DisableInterruptHandler;
    W_ENABLE_INTERRUPT_HANDLER EnableInterruptHandler;
    W_HALT_HANDLER HaltHandler;
    W_HANDLE_INTERRUPT_HANDLER HandleInterruptHandler;
    W_INITIALIZE_HANDLER InitializeHandler;
    W_ISR_HANDLER ISRHandler;
    W_QUERY_INFORMATION_HANDLER QueryInformationHandler;
    W_RECONFIGURE_HANDLER ReconfigureHandler;
    W_RESET_HANDLER ResetHandler;
    W_SEND_HANDLER SendHandler;
    W_SET_INFORMATION_HANDLER SetInformationHandler;
    W_TRANSFER_DATA_HANDLER TransferDataHandler;
    W_RETURN_PACKET_HANDLER ReturnPacketHandler;
    W_SEND_PACKETS_HANDLER SendPacketsHandler;
    W_ALLOCATE_COMPLETE_HANDLER AllocateCompleteHandler;
    W_CANCEL_SEND_PACKETS_HANDLER CancelSendPacketsHandler;
    W_PNP_EVENT_NOTIFY_HANDLER PnPEventNotifyHandler;
    W_MINIPORT_SHUTDOWN_HANDLER AdapterShutdownHandler;
    PVOID Reserved1;
    PVOID Reserved2;
    PVOID Reserved3;
    PVOID Reserved4;
} NDIS51_MINIPORT_CHARACTERISTICS;

typedef NDIS51_MINIPORT_CHARACTERISTICS NDIS_MINIPORT_CHARACTERISTICS, *PNDIS_MINIPORT_CHARACTERISTICS;

/* -------------------------------------------- NDIS 5 protocol handlers */
typedef VOID (*OPEN_ADAPTER_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ NDIS_STATUS Status, _In_ NDIS_STATUS OpenErrorStatus);
typedef VOID (*CLOSE_ADAPTER_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ NDIS_STATUS Status);
typedef VOID (*RESET_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ NDIS_STATUS Status);
typedef VOID (*REQUEST_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNDIS_REQUEST NdisRequest, _In_ NDIS_STATUS Status);
typedef VOID (*STATUS_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ NDIS_STATUS GeneralStatus, _In_ PVOID StatusBuffer, _In_ UINT StatusBufferSize);
typedef VOID (*STATUS_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext);
typedef VOID (*SEND_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNDIS_PACKET Packet, _In_ NDIS_STATUS Status);
typedef VOID (*WAN_SEND_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PVOID Packet, _In_ NDIS_STATUS Status);
typedef VOID (*TRANSFER_DATA_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNDIS_PACKET Packet, _In_ NDIS_STATUS Status, _In_ UINT BytesTransferred);
typedef VOID (*WAN_TRANSFER_DATA_COMPLETE_HANDLER)(VOID);
typedef NDIS_STATUS (*RECEIVE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ NDIS_HANDLE MacReceiveContext, _In_ PVOID HeaderBuffer, _In_ UINT HeaderBufferSize, _In_ PVOID LookAheadBuffer, _In_ UINT LookaheadBufferSize, _In_ UINT PacketSize);
typedef NDIS_STATUS (*WAN_RECEIVE_HANDLER)(_In_ NDIS_HANDLE NdisLinkHandle, _In_ PUCHAR Packet, _In_ ULONG PacketSize);
typedef VOID (*RECEIVE_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext);
typedef INT (*RECEIVE_PACKET_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNDIS_PACKET Packet);
typedef VOID (*BIND_HANDLER)(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE BindContext, _In_ PNDIS_STRING DeviceName, _In_ PVOID SystemSpecific1, _In_ PVOID SystemSpecific2);
typedef VOID (*UNBIND_HANDLER)(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE ProtocolBindingContext, _In_ NDIS_HANDLE UnbindContext);
typedef NDIS_STATUS (*PNP_EVENT_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNET_PNP_EVENT NetPnPEvent);
typedef VOID (*UNLOAD_PROTOCOL_HANDLER)(VOID);
typedef VOID (*CO_SEND_COMPLETE_HANDLER)(_In_ NDIS_STATUS Status, _In_ NDIS_HANDLE ProtocolVcContext, _In_ PNDIS_PACKET Packet);
typedef VOID (*CO_STATUS_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_opt_ NDIS_HANDLE ProtocolVcContext, _In_ NDIS_STATUS GeneralStatus, _In_ PVOID StatusBuffer, _In_ UINT StatusBufferSize);
typedef UINT (*CO_RECEIVE_PACKET_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ NDIS_HANDLE ProtocolVcContext, _In_ PNDIS_PACKET Packet);

typedef struct _NDIS50_PROTOCOL_CHARACTERISTICS {
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    USHORT Filler;
    union {
        UINT Reserved;
        UINT Flags;
    };
    OPEN_ADAPTER_COMPLETE_HANDLER OpenAdapterCompleteHandler;
    CLOSE_ADAPTER_COMPLETE_HANDLER CloseAdapterCompleteHandler;
    union {
        SEND_COMPLETE_HANDLER SendCompleteHandler;
        WAN_SEND_COMPLETE_HANDLER WanSendCompleteHandler;
    };
    union {
        TRANSFER_DATA_COMPLETE_HANDLER TransferDataCompleteHandler;
        WAN_TRANSFER_DATA_COMPLETE_HANDLER WanTransferDataCompleteHandler;
    };
    RESET_COMPLETE_HANDLER ResetCompleteHandler;
    REQUEST_COMPLETE_HANDLER RequestCompleteHandler;
    union {
        RECEIVE_HANDLER ReceiveHandler;
        WAN_RECEIVE_HANDLER WanReceiveHandler;
    };
    RECEIVE_COMPLETE_HANDLER ReceiveCompleteHandler;
    STATUS_HANDLER StatusHandler;
    STATUS_COMPLETE_HANDLER StatusCompleteHandler;
    NDIS_STRING Name;
    RECEIVE_PACKET_HANDLER ReceivePacketHandler;
    BIND_HANDLER BindAdapterHandler;
    UNBIND_HANDLER UnbindAdapterHandler;
    PNP_EVENT_HANDLER PnPEventHandler;
    UNLOAD_PROTOCOL_HANDLER UnloadHandler;
    PVOID ReservedHandlers[4];
    CO_SEND_COMPLETE_HANDLER CoSendCompleteHandler;
    CO_STATUS_HANDLER CoStatusHandler;
    CO_RECEIVE_PACKET_HANDLER CoReceivePacketHandler;
    CO_AF_REGISTER_NOTIFY_HANDLER CoAfRegisterNotifyHandler;
} NDIS50_PROTOCOL_CHARACTERISTICS;
typedef NDIS50_PROTOCOL_CHARACTERISTICS NDIS_PROTOCOL_CHARACTERISTICS, *PNDIS_PROTOCOL_CHARACTERISTICS;

#define NDIS_ATTRIBUTE_IGNORE_PACKET_TIMEOUT      0x00000001
#define NDIS_ATTRIBUTE_IGNORE_REQUEST_TIMEOUT     0x00000002
#define NDIS_ATTRIBUTE_IGNORE_TOKEN_RING_ERRORS   0x00000004
#define NDIS_ATTRIBUTE_BUS_MASTER                 0x00000008
#define NDIS_ATTRIBUTE_INTERMEDIATE_DRIVER        0x00000010
#define NDIS_ATTRIBUTE_DESERIALIZE                0x00000020
#define NDIS_ATTRIBUTE_NO_HALT_ON_SUSPEND         0x00000040
#define NDIS_ATTRIBUTE_SURPRISE_REMOVE_OK         0x00000080
#define NDIS_ATTRIBUTE_NOT_CO_NDIS                0x00000100
#define NDIS_ATTRIBUTE_USES_SAFE_BUFFER_APIS      0x00000200

/* ------------------------------------------ routines with an nf- page */
/* nf-ndis-ndisminitializewrapper (api_name NdisMInitializeWrapper and
 * NdisInitializeWrapper); req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMInitializeWrapper(
    _Out_ PNDIS_HANDLE NdisWrapperHandle,
    _In_ PVOID SystemSpecific1,
    _In_ PVOID SystemSpecific2,
    _In_ PVOID SystemSpecific3);

_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisInitializeWrapper(
    _Out_ PNDIS_HANDLE NdisWrapperHandle,
    _In_ PVOID SystemSpecific1,
    _In_ PVOID SystemSpecific2,
    _In_ PVOID SystemSpecific3);

/* nf-ndis-ndisterminatewrapper; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisTerminateWrapper(
    _In_ NDIS_HANDLE NdisWrapperHandle,
    _In_ PVOID SystemSpecific);

/* nf-ndis-ndisimregisterlayeredminiport; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIMRegisterLayeredMiniport(
    _In_ NDIS_HANDLE NdisWrapperHandle,
    _In_ PNDIS_MINIPORT_CHARACTERISTICS MiniportCharacteristics,
    _In_ UINT CharacteristicsLength,
    _Out_ PNDIS_HANDLE DriverHandle);

/* nf-ndis-ndisimderegisterlayeredminiport; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisIMDeregisterLayeredMiniport(
    _In_ NDIS_HANDLE DriverHandle);

/* nf-ndis-ndisimgetdevicecontext; req.irql: IRQL <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_HANDLE NdisIMGetDeviceContext(
    _In_ NDIS_HANDLE MiniportAdapterHandle);

/* nf-ndis-ndisimnotifypnpevent; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIMNotifyPnPEvent(
    _In_ NDIS_HANDLE MiniportHandle,
    _In_ PNET_PNP_EVENT NetPnPEvent);

/* nf-ndis-ndisimcopysendperpacketinfo; req.irql: Any level */
VOID NdisIMCopySendPerPacketInfo(
    _Out_ PNDIS_PACKET DstPacket,
    _In_ PNDIS_PACKET SrcPacket);

/* nf-ndis-ndisimcopysendcompleteperpacketinfo; req.irql: Any level */
VOID NdisIMCopySendCompletePerPacketInfo(
    _Out_ PNDIS_PACKET DstPacket,
    _In_ PNDIS_PACKET SrcPacket);

/* nf-ndis-ndisregisterprotocol; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisRegisterProtocol(
    _Out_ PNDIS_STATUS Status,
    _Out_ PNDIS_HANDLE NdisProtocolHandle,
    _In_ PNDIS_PROTOCOL_CHARACTERISTICS ProtocolCharacteristics,
    _In_ UINT CharacteristicsLength);

/* nf-ndis-ndisderegisterprotocol; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisDeregisterProtocol(
    _Out_ PNDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisProtocolHandle);

/* nf-ndis-ndisopenadapter; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisOpenAdapter(
    _Out_ PNDIS_STATUS Status,
    _Out_ PNDIS_STATUS OpenErrorStatus,
    _Out_ PNDIS_HANDLE NdisBindingHandle,
    _Out_ PUINT SelectedMediumIndex,
    _In_ PNDIS_MEDIUM MediumArray,
    _In_ UINT MediumArraySize,
    _In_ NDIS_HANDLE NdisProtocolHandle,
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNDIS_STRING AdapterName,
    _In_ UINT OpenOptions,
    _In_opt_ PSTRING AddressingInformation);

/* nf-ndis-ndiscloseadapter; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisCloseAdapter(
    _Out_ PNDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisBindingHandle);

/* nf-ndis-ndisopenprotocolconfiguration; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisOpenProtocolConfiguration(
    _Out_ PNDIS_STATUS Status,
    _Out_ PNDIS_HANDLE ConfigurationHandle,
    _In_ PNDIS_STRING ProtocolSection);

/* nf-ndis-ndisrequest; req.irql: IRQL <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisRequest(
    _Out_ PNDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PNDIS_REQUEST NdisRequest);

/* nf-ndis-ndiscancelsendpackets; req.irql: IRQL <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCancelSendPackets(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PVOID CancelId);

/* nf-ndis-ndisgetreceivedpacket; req.irql: IRQL <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
PNDIS_PACKET NdisGetReceivedPacket(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ NDIS_HANDLE MacContext);

/* nf-ndis-ndisallocatepacketpoolex; req.irql: IRQL <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisAllocatePacketPoolEx(
    _Out_ PNDIS_STATUS Status,
    _Out_ PNDIS_HANDLE PoolHandle,
    _In_ UINT NumberOfDescriptors,
    _In_ UINT NumberOfOverflowDescriptors,
    _In_ UINT ProtocolReservedLength);

/* nf-ndis-ndisfreepacketpool; req.irql: IRQL <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFreePacketPool(
    _In_ NDIS_HANDLE PoolHandle);

/* nf-ndis-ndispacketpoolusage; req.irql: IRQL <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
UINT NdisPacketPoolUsage(
    _In_ NDIS_HANDLE PoolHandle);

/* nf-ndis-ndisallocatebufferpool; req.irql: IRQL <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisAllocateBufferPool(
    _Out_ PNDIS_STATUS Status,
    _Out_ PNDIS_HANDLE PoolHandle,
    _In_ UINT NumberOfDescriptors);

/* nf-ndis-ndisallocatebuffer; req.irql: IRQL <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisAllocateBuffer(
    _Out_ PNDIS_STATUS Status,
    _Out_ PNDIS_BUFFER *Buffer,
    _In_opt_ NDIS_HANDLE PoolHandle,
    _In_ PVOID VirtualAddress,
    _In_ UINT Length);

/* nf-ndis-ndiscopyfrompackettopacketsafe; req.irql: IRQL <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCopyFromPacketToPacketSafe(
    _In_ PNDIS_PACKET Destination,
    _In_ UINT DestinationOffset,
    _In_ UINT BytesToCopy,
    _In_ PNDIS_PACKET Source,
    _In_ UINT SourceOffset,
    _Out_ PUINT BytesCopied,
    _In_ MM_PAGE_PRIORITY Priority);

/* nf-ndis-ndisunchainbufferatback; req.irql: Any level */
VOID NdisUnchainBufferAtBack(
    _Inout_ PNDIS_PACKET Packet,
    _Out_ PNDIS_BUFFER *Buffer);

/* nf-ndis-ndisscheduleworkitem; req.irql: IRQL <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisScheduleWorkItem(
    _In_ PNDIS_WORK_ITEM WorkItem);

/* nf-ndis-ndismsetattributesex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMSetAttributesEx(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_opt_ UINT CheckForHangTimeInSeconds,
    _In_ ULONG AttributeFlags,
    _In_opt_ NDIS_INTERFACE_TYPE AdapterType);

/* nf-ndis-ndismregisterdevice; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMRegisterDevice(
    _In_ NDIS_HANDLE NdisWrapperHandle,
    _In_ PNDIS_STRING DeviceName,
    _In_ PNDIS_STRING SymbolicName,
    _In_ PDRIVER_DISPATCH MajorFunctions[],
    _Out_ PDEVICE_OBJECT *pDeviceObject,
    _Out_ NDIS_HANDLE *NdisDeviceHandle);

/* nf-ndis-ndismderegisterdevice; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMDeregisterDevice(
    _In_ NDIS_HANDLE NdisDeviceHandle);

/* nf-ndis-ndismregisterunloadhandler; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMRegisterUnloadHandler(
    _In_ NDIS_HANDLE NdisWrapperHandle,
    _In_ PDRIVER_UNLOAD UnloadHandler);

/* nf-ndis-ndismindicatestatus; req.irql: (none) */
VOID NdisMIndicateStatus(
    _In_ NDIS_HANDLE MiniportHandle,
    _In_ NDIS_STATUS GeneralStatus,
    _In_ PVOID StatusBuffer,
    _In_ UINT StatusBufferSize);

/* nf-ndis-ndisinterlockedremoveheadlist (the page's syntax block has no
 * parameter types); req.irql: Any level */
PLIST_ENTRY NdisInterlockedRemoveHeadList(
    _In_ PLIST_ENTRY ListHead,
    _In_ PNDIS_SPIN_LOCK SpinLock);

/* ---------------------------------------- NDIS 5.1 routines without a page */
NDIS_STATUS NdisMRegisterMiniport(
    _In_ NDIS_HANDLE NdisWrapperHandle,
    _In_ PNDIS_MINIPORT_CHARACTERISTICS MiniportCharacteristics,
    _In_ UINT CharacteristicsLength);
VOID NdisMIndicateStatusComplete(_In_ NDIS_HANDLE MiniportAdapterHandle);
VOID NdisMSendComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNDIS_PACKET Packet, _In_ NDIS_STATUS Status);
VOID NdisMIndicateReceivePacket(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PPNDIS_PACKET ReceivePackets, _In_ UINT NumberOfPackets);
VOID NdisMQueryInformationComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_STATUS Status);
VOID NdisMSetInformationComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_STATUS Status);
VOID NdisSend(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE NdisBindingHandle, _In_ PNDIS_PACKET Packet);
VOID NdisSendPackets(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PPNDIS_PACKET PacketArray, _In_ UINT NumberOfPackets);
VOID NdisReturnPackets(_In_ PNDIS_PACKET *PacketsToReturn, _In_ UINT NumberOfPackets);
VOID NdisAllocatePacketPool(_Out_ PNDIS_STATUS Status, _Out_ PNDIS_HANDLE PoolHandle, _In_ UINT NumberOfDescriptors, _In_ UINT ProtocolReservedLength);
VOID NdisAllocatePacket(_Out_ PNDIS_STATUS Status, _Out_ PNDIS_PACKET *Packet, _In_ NDIS_HANDLE PoolHandle);
VOID NdisFreePacket(_In_ PNDIS_PACKET Packet);
VOID NdisFreeBufferPool(_In_ NDIS_HANDLE PoolHandle);
VOID NdisFreeBuffer(_In_ PNDIS_BUFFER Buffer);
VOID NdisOpenConfiguration(_Out_ PNDIS_STATUS Status, _Out_ PNDIS_HANDLE ConfigurationHandle, _In_ NDIS_HANDLE WrapperConfigurationContext);
NDIS_STATUS NdisAllocateMemoryWithTag(_Outptr_result_bytebuffer_(Length) PVOID *VirtualAddress, _In_ UINT Length, _In_ ULONG Tag);
NDIS_STATUS NdisAllocateMemory(_Outptr_result_bytebuffer_(Length) PVOID *VirtualAddress, _In_ UINT Length, _In_ UINT MemoryFlags, _In_ NDIS_PHYSICAL_ADDRESS HighestAcceptableAddress);
VOID NdisInitializeTimer(_Inout_ PNDIS_TIMER Timer, _In_ PNDIS_TIMER_FUNCTION TimerFunction, _In_opt_ PVOID FunctionContext);
VOID NdisSetTimer(_In_ PNDIS_TIMER Timer, _In_ UINT MillisecondsToDelay);
VOID NdisCancelTimer(_In_ PNDIS_TIMER Timer, _Out_ PBOOLEAN TimerCancelled);
VOID NdisMInitializeTimer(_Inout_ PNDIS_MINIPORT_TIMER Timer, _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNDIS_TIMER_FUNCTION TimerFunction, _In_opt_ PVOID FunctionContext);
VOID NdisMSetTimer(_In_ PNDIS_MINIPORT_TIMER Timer, _In_ UINT MillisecondsToDelay);
VOID NdisMSetPeriodicTimer(_In_ PNDIS_MINIPORT_TIMER Timer, _In_ UINT MillisecondPeriod);
VOID NdisMCancelTimer(_In_ PNDIS_MINIPORT_TIMER Timer, _Out_ PBOOLEAN TimerCancelled);

#endif /* DDICHECK_MODEL_NDIS_LEGACY_H */
