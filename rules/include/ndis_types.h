/*
 * ndis_types.h -- ddicheck model header, part of ndis.h: NDIS version
 * selection, the basic NDIS scalar and handle types, the NDIS lock and event
 * objects, and the small kernel/network types the NDIS structures refer to.
 *
 * Written for ddicheck from the `## -syntax` blocks and the structure pages
 * under ddi/ndis and ddi/ntddndis; it is not a copy of Microsoft's ndis.h.
 * ddicheck searches its model headers AFTER the driver's own include paths
 * (-idirafter), so a real WDK ndis.h on the include path takes precedence.
 * Include <ndis.h>, not this file.
 */
#ifndef DDICHECK_MODEL_NDIS_TYPES_H
#define DDICHECK_MODEL_NDIS_TYPES_H

#include <ntddk.h>
#include <objectheader.h>
#include <ntddndis.h>

/* Windows versions (NTDDI_xxx, _WIN32_WINNT_xxx): <sdkddkver.h>, which
 * <ntdef.h> includes. */
#include <sdkddkver.h>

/* ---------------------------------------------------------- NDIS version
 * A driver selects the NDIS version it is written for with NDISxy=1
 * (protocol, filter and intermediate drivers) or NDISxy_MINIPORT=1
 * (miniport drivers).  The model derives NDIS_SUPPORT_NDISxy from the
 * highest version requested; with none, it assumes NDIS 6.80 (a driver built
 * without a version does not compile against the WDK, so any choice is a
 * guess; the newest fields then exist).  NDIS 5.x requests select the
 * legacy NDIS 5.1 interface only. */
#if defined(NDIS686) || defined(NDIS686_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0656
#elif defined(NDIS685) || defined(NDIS685_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0655
#elif defined(NDIS684) || defined(NDIS684_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0654
#elif defined(NDIS683) || defined(NDIS683_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0653
#elif defined(NDIS682) || defined(NDIS682_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0652
#elif defined(NDIS681) || defined(NDIS681_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0651
#elif defined(NDIS680) || defined(NDIS680_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0650
#elif defined(NDIS670) || defined(NDIS670_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0646
#elif defined(NDIS660) || defined(NDIS660_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x063C
#elif defined(NDIS651) || defined(NDIS651_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0633
#elif defined(NDIS650) || defined(NDIS650_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0632
#elif defined(NDIS640) || defined(NDIS640_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0628
#elif defined(NDIS630) || defined(NDIS630_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x061E
#elif defined(NDIS620) || defined(NDIS620_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0614
#elif defined(NDIS61) || defined(NDIS61_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x060A
#elif defined(NDIS60) || defined(NDIS60_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0600
#elif defined(NDIS51) || defined(NDIS51_MINIPORT) || defined(NDIS50) || defined(NDIS50_MINIPORT) || defined(NDIS40_MINIPORT)
#define DDICHECK_NDIS_VERSION 0x0501
#else
#define DDICHECK_NDIS_VERSION 0x0650
#endif

#ifndef NDIS_SUPPORT_NDIS6
#define NDIS_SUPPORT_NDIS6   (DDICHECK_NDIS_VERSION >= 0x0600)
#endif
#ifndef NDIS_SUPPORT_NDIS61
#define NDIS_SUPPORT_NDIS61  (DDICHECK_NDIS_VERSION >= 0x060A)
#endif
#ifndef NDIS_SUPPORT_NDIS620
#define NDIS_SUPPORT_NDIS620 (DDICHECK_NDIS_VERSION >= 0x0614)
#endif
#ifndef NDIS_SUPPORT_NDIS630
#define NDIS_SUPPORT_NDIS630 (DDICHECK_NDIS_VERSION >= 0x061E)
#endif
#ifndef NDIS_SUPPORT_NDIS640
#define NDIS_SUPPORT_NDIS640 (DDICHECK_NDIS_VERSION >= 0x0628)
#endif
#ifndef NDIS_SUPPORT_NDIS650
#define NDIS_SUPPORT_NDIS650 (DDICHECK_NDIS_VERSION >= 0x0632)
#endif
#ifndef NDIS_SUPPORT_NDIS651
#define NDIS_SUPPORT_NDIS651 (DDICHECK_NDIS_VERSION >= 0x0633)
#endif
#ifndef NDIS_SUPPORT_NDIS660
#define NDIS_SUPPORT_NDIS660 (DDICHECK_NDIS_VERSION >= 0x063C)
#endif
#ifndef NDIS_SUPPORT_NDIS670
#define NDIS_SUPPORT_NDIS670 (DDICHECK_NDIS_VERSION >= 0x0646)
#endif
#ifndef NDIS_SUPPORT_NDIS680
#define NDIS_SUPPORT_NDIS680 (DDICHECK_NDIS_VERSION >= 0x0650)
#endif
#ifndef NDIS_SUPPORT_NDIS681
#define NDIS_SUPPORT_NDIS681 (DDICHECK_NDIS_VERSION >= 0x0651)
#endif
#ifndef NDIS_SUPPORT_NDIS682
#define NDIS_SUPPORT_NDIS682 (DDICHECK_NDIS_VERSION >= 0x0652)
#endif
#ifndef NDIS_SUPPORT_NDIS683
#define NDIS_SUPPORT_NDIS683 (DDICHECK_NDIS_VERSION >= 0x0653)
#endif
#ifndef NDIS_SUPPORT_NDIS684
#define NDIS_SUPPORT_NDIS684 (DDICHECK_NDIS_VERSION >= 0x0654)
#endif
#ifndef NDIS_SUPPORT_NDIS685
#define NDIS_SUPPORT_NDIS685 (DDICHECK_NDIS_VERSION >= 0x0655)
#endif
#ifndef NDIS_SUPPORT_NDIS686
#define NDIS_SUPPORT_NDIS686 (DDICHECK_NDIS_VERSION >= 0x0656)
#endif
#ifndef NDIS_SUPPORT_60_COMPATIBLE_API
#define NDIS_SUPPORT_60_COMPATIBLE_API 1
#endif
#ifndef NDIS_LEGACY_DRIVER
#define NDIS_LEGACY_DRIVER (DDICHECK_NDIS_VERSION < 0x0600)
#endif
#ifndef NDIS_LEGACY_MINIPORT
#define NDIS_LEGACY_MINIPORT NDIS_LEGACY_DRIVER
#endif
#ifndef NDIS_LEGACY_PROTOCOL
#define NDIS_LEGACY_PROTOCOL NDIS_LEGACY_DRIVER
#endif

#define NDIS_MINIPORT_MAJOR_VERSION (DDICHECK_NDIS_VERSION >> 8)
#define NDIS_MINIPORT_MINOR_VERSION (DDICHECK_NDIS_VERSION & 0xFF)
#define NDIS_PROTOCOL_MAJOR_VERSION NDIS_MINIPORT_MAJOR_VERSION
#define NDIS_PROTOCOL_MINOR_VERSION NDIS_MINIPORT_MINOR_VERSION
#define NDIS_FILTER_MAJOR_VERSION   NDIS_MINIPORT_MAJOR_VERSION
#define NDIS_FILTER_MINOR_VERSION   NDIS_MINIPORT_MINOR_VERSION

#define NDIS_RUNTIME_VERSION_60  ((6 << 16) | 0)
#define NDIS_RUNTIME_VERSION_61  ((6 << 16) | 10)
#define NDIS_RUNTIME_VERSION_620 ((6 << 16) | 20)
#define NDIS_RUNTIME_VERSION_630 ((6 << 16) | 30)
#define NDIS_RUNTIME_VERSION_640 ((6 << 16) | 40)
#define NDIS_RUNTIME_VERSION_650 ((6 << 16) | 50)
#define NDIS_RUNTIME_VERSION_660 ((6 << 16) | 60)
#define NDIS_RUNTIME_VERSION_670 ((6 << 16) | 70)
#define NDIS_RUNTIME_VERSION_680 ((6 << 16) | 80)

/* ---------------------------------------------------- calling conventions */
#ifndef NDIS_API
#define NDIS_API
#endif
#ifndef NDISAPI
#define NDISAPI DECLSPEC_IMPORT
#endif
#ifndef EXPORT
#define EXPORT
#endif

/* ------------------------------------------------------------ basic types */
/* NDIS_STATUS: from <ntddndis.h>, included above. */
typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;
typedef ANSI_STRING NDIS_ANSI_STRING, *PNDIS_ANSI_STRING;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;
typedef ULONG NDIS_ERROR_CODE, *PNDIS_ERROR_CODE;
typedef MDL NDIS_BUFFER, *PNDIS_BUFFER;
typedef CM_PARTIAL_RESOURCE_LIST NDIS_RESOURCE_LIST, *PNDIS_RESOURCE_LIST;
typedef USHORT NET_FRAME_TYPE, *PNET_FRAME_TYPE;
typedef GUID NET_IF_NETWORK_GUID, *PNET_IF_NETWORK_GUID;
typedef ULONG IPAddr, IPMask;
typedef ULONG SPI_TYPE;
typedef ULONG IPSEC_OFFLOAD_V2_SPI_TYPE;
typedef PVOID NDIS_PD_PROVIDER_HANDLE, NDIS_PD_COUNTER_HANDLE, NDIS_PD_FILTER_HANDLE;
typedef ULONG NDIS_GFP_PROFILE_ID;
typedef ULONG64 DMA_LOGICAL_ADDRESS;
typedef ULONG NDIS_RECEIVE_QUEUE_ID, *PNDIS_RECEIVE_QUEUE_ID;
typedef ULONG NDIS_RECEIVE_QUEUE_GROUP_ID, *PNDIS_RECEIVE_QUEUE_GROUP_ID;
typedef ULONG NDIS_RECEIVE_FILTER_ID, *PNDIS_RECEIVE_FILTER_ID;
typedef ULONG NDIS_NIC_SWITCH_ID, *PNDIS_NIC_SWITCH_ID;
typedef ULONG NDIS_NIC_SWITCH_VPORT_ID, *PNDIS_NIC_SWITCH_VPORT_ID;
typedef USHORT NDIS_SRIOV_FUNCTION_ID, *PNDIS_SRIOV_FUNCTION_ID;
typedef ULONG NDIS_VF_RID, *PNDIS_VF_RID;
typedef ULONG NDIS_RSS_CAPS_FLAGS;
typedef ULONG NDIS_QOS_SQ_ID;
typedef ULONG NODE_REQUIREMENT;
typedef UINT32 NDIS_SWITCH_PORT_ID, *PNDIS_SWITCH_PORT_ID;
typedef USHORT NDIS_SWITCH_NIC_INDEX, *PNDIS_SWITCH_NIC_INDEX;
typedef GUID NDIS_SWITCH_OBJECT_INSTANCE_ID, *PNDIS_SWITCH_OBJECT_INSTANCE_ID;
typedef GUID NDIS_SWITCH_OBJECT_ID, *PNDIS_SWITCH_OBJECT_ID;
typedef USHORT NDIS_SWITCH_OBJECT_VERSION, *PNDIS_SWITCH_OBJECT_VERSION;
typedef USHORT NDIS_SWITCH_OBJECT_SERIALIZATION_VERSION, *PNDIS_SWITCH_OBJECT_SERIALIZATION_VERSION;
typedef GUID NDIS_ROUTING_DOMAIN_ID, *PNDIS_ROUTING_DOMAIN_ID;
typedef PVOID NDIS_SWITCH_CONTEXT, *PNDIS_SWITCH_CONTEXT;
typedef struct _VAR_STRING *PVAR_STRING;
typedef struct _NDK_ADAPTER_INFO { ULONG Version; ULONG Reserved[31]; } NDK_ADAPTER_INFO;
typedef struct _NET_PHYSICAL_LOCATION_LH {
    ULONG BusNumber;
    ULONG SlotNumber;
    ULONG FunctionNumber;
} NET_PHYSICAL_LOCATION_LH, NET_PHYSICAL_LOCATION, *PNET_PHYSICAL_LOCATION;
typedef struct _SOCKADDR_INET { USHORT si_family; UCHAR Data[26]; } SOCKADDR_INET, *PSOCKADDR_INET;

/* Counted names (IF_COUNTED_STRING style: Length in bytes, then WCHARs). */
#define DDICHECK_NDIS_COUNTED_NAME(_name, _n) \
    typedef struct _##_name { USHORT Length; WCHAR String[_n]; } _name, *P##_name
DDICHECK_NDIS_COUNTED_NAME(NDIS_IF_COUNTED_STRING, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_QUEUE_NAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_VM_NAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_VM_FRIENDLYNAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_SWITCH_PORT_PROPERTY_PROFILE_NAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_SWITCH_EXTENSION_FRIENDLYNAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_SWITCH_NAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_SWITCH_FRIENDLYNAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_SWITCH_PORT_NAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_SWITCH_PORT_FRIENDLYNAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_SWITCH_NIC_NAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_SWITCH_NIC_FRIENDLYNAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_VENDOR_NAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_VPORT_NAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_NIC_SWITCH_FRIENDLY_NAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_ROUTING_DOMAIN_NAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_ISOLATION_ID_NAME, 257);
DDICHECK_NDIS_COUNTED_NAME(NDIS_SWITCH_PORT_PROPERTY_PROFILE_CDN_LABEL, 33);
#undef DDICHECK_NDIS_COUNTED_NAME

/* --------------------------------------------------- locks and events
 * NDIS_SPIN_LOCK: the members are the ones drivers see in the WDK --
 * SpinLock, and OldIrql where NdisAcquireSpinLock saves the caller's IRQL. */
typedef struct _NDIS_SPIN_LOCK {
    KSPIN_LOCK SpinLock;
    KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;

typedef struct _NDIS_EVENT {
    KEVENT Event;
} NDIS_EVENT, *PNDIS_EVENT;

/* NDIS 5 read/write lock (ns-ndis-_ndis_rw_lock: contents reserved). */
typedef union _NDIS_RW_LOCK_REFCOUNT {
    ULONG RefCount;
    UCHAR cacheLine[16];
} NDIS_RW_LOCK_REFCOUNT;

typedef struct _NDIS_RW_LOCK {
    union {
        struct {
            KSPIN_LOCK SpinLock;
            PVOID Context;
        };
        UCHAR Reserved[16];
    };
    union {
        NDIS_RW_LOCK_REFCOUNT RefCount[MAXIMUM_PROCESSORS];
        ULONG RefCountEx[sizeof(NDIS_RW_LOCK_REFCOUNT) / sizeof(ULONG) * MAXIMUM_PROCESSORS];
        struct {
            KSPIN_LOCK RefCountLock;
            volatile ULONG SharedRefCount;
            volatile BOOLEAN WriterWaiting;
        };
    };
} NDIS_RW_LOCK, *PNDIS_RW_LOCK;

/* LOCK_STATE / LOCK_STATE_EX (ns-ndis-_lock_state*: reserved for NDIS):
 * OldIrql is where the acquire functions save the caller's IRQL. */
typedef struct _LOCK_STATE {
    USHORT LockState;
    KIRQL OldIrql;
} LOCK_STATE, *PLOCK_STATE;

typedef struct _LOCK_STATE_EX {
    KIRQL OldIrql;
    UCHAR LockState;
    UCHAR Flags;
} LOCK_STATE_EX, *PLOCK_STATE_EX;

/* NDIS 6.20 read/write lock: opaque, allocated by NdisAllocateRWLock. */
typedef struct _NDIS_RW_LOCK_EX NDIS_RW_LOCK_EX, *PNDIS_RW_LOCK_EX;

#define NDIS_RWL_AT_DISPATCH_LEVEL 1

/* NDIS mutex (NDIS_INIT_MUTEX / NDIS_WAIT_FOR_MUTEX / NDIS_RELEASE_MUTEX). */
typedef KMUTEX NDIS_MUTEX, *PNDIS_MUTEX;

/* ------------------------------------------------- small enumerations */
typedef enum _NDIS_INTERFACE_TYPE {
    NdisInterfaceInternal = Internal,
    NdisInterfaceIsa = Isa,
    NdisInterfaceEisa = Eisa,
    NdisInterfaceMca = MicroChannel,
    NdisInterfaceTurboChannel = TurboChannel,
    NdisInterfacePci = PCIBus,
    NdisInterfacePcMcia = PCMCIABus,
    NdisInterfaceCBus = CBus,
    NdisInterfaceMPIBus = MPIBus,
    NdisInterfaceMPSABus = MPSABus,
    NdisInterfaceProcessorInternal = ProcessorInternal,
    NdisInterfaceInternalPowerBus = InternalPowerBus,
    NdisInterfacePNPISABus = PNPISABus,
    NdisInterfacePNPBus = PNPBus,
    NdisInterfaceUSB,
    NdisInterfaceIrda,
    NdisInterface1394,
    NdisMaximumInterfaceType
} NDIS_INTERFACE_TYPE, *PNDIS_INTERFACE_TYPE;

typedef enum _NDIS_INTERRUPT_TYPE {
    NDIS_CONNECT_LINE_BASED = 1,
    NDIS_CONNECT_MESSAGE_BASED
} NDIS_INTERRUPT_TYPE, *PNDIS_INTERRUPT_TYPE;

typedef enum _NDIS_HALT_ACTION {
    NdisHaltDeviceDisabled,
    NdisHaltDeviceInstanceDeInitialized,
    NdisHaltDevicePoweredDown,
    NdisHaltDeviceSurpriseRemoved,
    NdisHaltDeviceFailed,
    NdisHaltDeviceInitializationFailed,
    NdisHaltDeviceStopped
} NDIS_HALT_ACTION, *PNDIS_HALT_ACTION;

typedef enum _NDIS_SHUTDOWN_ACTION {
    NdisShutdownPowerOff,
    NdisShutdownBugCheck
} NDIS_SHUTDOWN_ACTION, *PNDIS_SHUTDOWN_ACTION;

typedef enum _NET_PNP_EVENT_CODE {
    NetEventSetPower,
    NetEventQueryPower,
    NetEventQueryRemoveDevice,
    NetEventCancelRemoveDevice,
    NetEventReconfigure,
    NetEventBindList,
    NetEventBindsComplete,
    NetEventPnPCapabilities,
    NetEventPause,
    NetEventRestart,
    NetEventPortActivation,
    NetEventPortDeactivation,
    NetEventIMReEnableDevice,
    NetEventNDKEnable,
    NetEventNDKDisable,
    NetEventFilterPreDetach,
    NetEventBindFailed,
    NetEventSwitchActivate,
    NetEventAllowBindsAbove,
    NetEventInhibitBindsAbove,
    NetEventAllowStart,
    NetEventRequirePause,
    NetEventUploadGftFlowEntries,
    NetEventMaximum
} NET_PNP_EVENT_CODE, *PNET_PNP_EVENT_CODE;

typedef struct _NET_PNP_EVENT {
    NET_PNP_EVENT_CODE NetEvent;
    PVOID Buffer;
    ULONG BufferLength;
    ULONG_PTR NdisReserved[4];
    ULONG_PTR TransportReserved[4];
    ULONG_PTR TdiReserved[4];
    ULONG_PTR TdiClientReserved[4];
} NET_PNP_EVENT, *PNET_PNP_EVENT;

typedef enum _NDIS_DEVICE_PNP_EVENT {
    NdisDevicePnPEventQueryRemoved,
    NdisDevicePnPEventRemoved,
    NdisDevicePnPEventSurpriseRemoved,
    NdisDevicePnPEventQueryStopped,
    NdisDevicePnPEventStopped,
    NdisDevicePnPEventPowerProfileChanged,
    NdisDevicePnPEventFilterListChanged,
    NdisDevicePnPEventMaximum
} NDIS_DEVICE_PNP_EVENT, *PNDIS_DEVICE_PNP_EVENT;

typedef enum _NDIS_PORT_TYPE {
    NdisPortTypeUndefined,
    NdisPortTypeBridge,
    NdisPortTypeRasConnection,
    NdisPortType8021xSupplicant,
    NdisPortTypeMax
} NDIS_PORT_TYPE, *PNDIS_PORT_TYPE;

typedef enum _NDIS_PORT_AUTHORIZATION_STATE {
    NdisPortAuthorizationUnknown,
    NdisPortAuthorized,
    NdisPortUnauthorized,
    NdisPortReauthorizing
} NDIS_PORT_AUTHORIZATION_STATE, *PNDIS_PORT_AUTHORIZATION_STATE;

typedef enum _NDIS_PORT_CONTROL_STATE {
    NdisPortControlStateUnknown,
    NdisPortControlStateControlled,
    NdisPortControlStateUncontrolled
} NDIS_PORT_CONTROL_STATE, *PNDIS_PORT_CONTROL_STATE;
/* The structure pages spell the member type NDIS_PORT_CONTROLL_STATE. */
typedef NDIS_PORT_CONTROL_STATE NDIS_PORT_CONTROLL_STATE, *PNDIS_PORT_CONTROLL_STATE;

typedef enum _NET_IF_OPER_STATUS {
    NET_IF_OPER_STATUS_UP = 1,
    NET_IF_OPER_STATUS_DOWN,
    NET_IF_OPER_STATUS_TESTING,
    NET_IF_OPER_STATUS_UNKNOWN,
    NET_IF_OPER_STATUS_DORMANT,
    NET_IF_OPER_STATUS_NOT_PRESENT,
    NET_IF_OPER_STATUS_LOWER_LAYER_DOWN
} NET_IF_OPER_STATUS, *PNET_IF_OPER_STATUS;

typedef enum _NET_IF_ADMIN_STATUS {
    NET_IF_ADMIN_STATUS_UP = 1,
    NET_IF_ADMIN_STATUS_DOWN,
    NET_IF_ADMIN_STATUS_TESTING
} NET_IF_ADMIN_STATUS, *PNET_IF_ADMIN_STATUS;

typedef enum _NDIS_INTERRUPT_MODERATION {
    NdisInterruptModerationUnknown,
    NdisInterruptModerationNotSupported,
    NdisInterruptModerationEnabled,
    NdisInterruptModerationDisabled
} NDIS_INTERRUPT_MODERATION, *PNDIS_INTERRUPT_MODERATION;

typedef enum _NDIS_QOS_SQ_TYPE {
    NdisQosSqTypeStandard,
    NdisQosSqTypeMaximum
} NDIS_QOS_SQ_TYPE;

typedef enum _UDP_ENCAP_TYPE {
    OFFLOAD_IPSEC_UDPESP_ENCAPTYPE_IKE,
    OFFLOAD_IPSEC_UDPESP_ENCAPTYPE_OTHER
} UDP_ENCAP_TYPE, *PUDP_ENCAP_TYPE;

typedef enum _OFFLOAD_OPERATION_E {
    AUTHENTICATE = 1,
    ENCRYPT
} OFFLOAD_OPERATION_E;

typedef enum _NDIS_NET_BUFFER_LIST_INFO {
    TcpIpChecksumNetBufferListInfo,
    TcpOffloadBytesTransferred = TcpIpChecksumNetBufferListInfo,
    IPsecOffloadV1NetBufferListInfo,
    IPsecOffloadV2NetBufferListInfo = IPsecOffloadV1NetBufferListInfo,
    TcpLargeSendNetBufferListInfo,
    TcpReceiveNoPush = TcpLargeSendNetBufferListInfo,
    ClassificationHandleNetBufferListInfo,
    Ieee8021QNetBufferListInfo,
    NetBufferListCancelId,
    MediaSpecificInformation,
    NetBufferListFrameType,
    NetBufferListProtocolId = NetBufferListFrameType,
    NetBufferListHashValue,
    NetBufferListHashInfo,
    WfpNetBufferListInfo,
    IPsecOffloadV2TunnelNetBufferListInfo,
    IPsecOffloadV2HeaderNetBufferListInfo,
    NetBufferListCorrelationId,
    NetBufferListFilteringInfo,
    MediaSpecificInformationEx,
    NblOriginalInterfaceIfIndex,
    NblReAuthWfpFlowContext = NblOriginalInterfaceIfIndex,
    TcpReceiveBytesTransferred,
    NrtNameResolutionId = TcpReceiveBytesTransferred,
    UdpSegmentationOffloadInfo = TcpReceiveBytesTransferred,
    SwitchForwardingReserved,
    SwitchForwardingDetail,
    VirtualSubnetInfo,
    IMReserved,
    TcpRecvSegCoalesceInfo,
    UdpRecvSegCoalesceInfo = TcpRecvSegCoalesceInfo,
    RscTcpTimestampDelta,
    TcpSendOffloadsSupplementalNetBufferListInfo = RscTcpTimestampDelta,
    GftOffloadInformation,
    GftFlowEntryId,
    NetBufferListInfoReserved3,
    MaxNetBufferListInfo
} NDIS_NET_BUFFER_LIST_INFO, *PNDIS_NET_BUFFER_LIST_INFO;

/* Interface-provider object identifiers (IF_QUERY_OBJECT / IF_SET_OBJECT). */
typedef ULONG NET_IF_OBJECT_ID, *PNET_IF_OBJECT_ID;

/* Optional-handler registration (NdisSetOptionalHandlers): every optional
 * handler structure starts with this header. */
typedef struct _NDIS_DRIVER_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER Header;
} NDIS_DRIVER_OPTIONAL_HANDLERS, *PNDIS_DRIVER_OPTIONAL_HANDLERS;

/* Connection-oriented NDIS call parameters (referenced by the CoNDIS pages;
 * only the outer members are modelled). */
typedef struct _CO_ADDRESS_FAMILY {
    ULONG AddressFamily;
    ULONG MajorVersion;
    ULONG MinorVersion;
} CO_ADDRESS_FAMILY, *PCO_ADDRESS_FAMILY;

typedef struct _CO_SAP {
    ULONG SapType;
    ULONG SapLength;
    UCHAR Sap[1];
} CO_SAP, *PCO_SAP;

typedef struct _CO_CALL_PARAMETERS {
    ULONG Flags;
    struct _CO_CALL_MANAGER_PARAMETERS *CallMgrParameters;
    struct _CO_MEDIA_PARAMETERS *MediaParameters;
} CO_CALL_PARAMETERS, *PCO_CALL_PARAMETERS;

typedef enum _NDIS_POWER_PROFILE {
    NdisPowerProfileBattery,
    NdisPowerProfileAcOnLine
} NDIS_POWER_PROFILE, *PNDIS_POWER_PROFILE;

/* ------------------------------------------------------ size constants */
#define NDIS_PM_MAX_STRING_SIZE                 64
#define NDIS_QOS_MAXIMUM_PRIORITIES             8
#define NDIS_QOS_MAXIMUM_TRAFFIC_CLASSES        8
#define IPSEC_OFFLOAD_V2_MAX_EXTENSION_HEADERS  2
#define OFFLOAD_MAX_SAS                         3
#define DOT11_RSN_KCK_LENGTH                    16
#define DOT11_RSN_KEK_LENGTH                    16
#define NDIS_MAX_PROCESSOR_COUNT                MAXIMUM_PROC_PER_GROUP

/* Native 802.11 attribute blocks: referenced by pointer only. */
typedef struct _DOT11_EXTSTA_ATTRIBUTES *PDOT11_EXTSTA_ATTRIBUTES;
typedef struct _DOT11_EXTAP_ATTRIBUTES *PDOT11_EXTAP_ATTRIBUTES;
typedef struct _DOT11_PHY_ATTRIBUTES *PDOT11_PHY_ATTRIBUTES;
typedef struct _DOT11_VWIFI_ATTRIBUTES *PDOT11_VWIFI_ATTRIBUTES;
typedef struct _DOT11_WFD_ATTRIBUTES *PDOT11_WFD_ATTRIBUTES;

#endif /* DDICHECK_MODEL_NDIS_TYPES_H */
