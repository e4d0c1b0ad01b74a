/*
 * ndis_misc.h -- ddicheck model header, part of ndis.h: general NDIS role types (SET_OPTIONS,
 * NDIS_TIMER_FUNCTION, NDIS_IO_WORKITEM_FUNCTION, ...), general structures
 * (configuration, device objects, timers, status indications, PnP events)
 * and the general NDIS functions (configuration, processors, I/O ports,
 * registers, files, interfaces).
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
#ifndef DDICHECK_MODEL_NDIS_MISC_H
#define DDICHECK_MODEL_NDIS_MISC_H

/* ALLOCATE_SHARED_MEMORY_HANDLER -- nc-ndis-allocate_shared_memory_handler; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(ALLOCATE_SHARED_MEMORY_HANDLER)
NDIS_STATUS (ALLOCATE_SHARED_MEMORY_HANDLER)(
    _In_ NDIS_HANDLE ProviderContext,
    _In_ PNDIS_SHARED_MEMORY_PARAMETERS SharedMemoryParameters,
    _Inout_ PNDIS_HANDLE pSharedMemoryProviderContext);
typedef ALLOCATE_SHARED_MEMORY_HANDLER (*PALLOCATE_SHARED_MEMORY_HANDLER);

/* FREE_SHARED_MEMORY_HANDLER -- nc-ndis-free_shared_memory_handler; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FREE_SHARED_MEMORY_HANDLER)
VOID (FREE_SHARED_MEMORY_HANDLER)(
    _In_ NDIS_HANDLE ProviderContext,
    _In_ NDIS_HANDLE SharedMemoryProviderContext);
typedef FREE_SHARED_MEMORY_HANDLER (*PFREE_SHARED_MEMORY_HANDLER);

/* IF_QUERY_OBJECT -- nc-ndis-if_query_object; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(IF_QUERY_OBJECT)
NDIS_STATUS (IF_QUERY_OBJECT)(
    _In_ NDIS_HANDLE ProviderIfContext,
    _In_ NET_IF_OBJECT_ID ObjectId,
    _Inout_ PULONG pOutputBufferLength,
    _Out_ PVOID pOutputBuffer);
typedef IF_QUERY_OBJECT (*IFP_QUERY_OBJECT);

/* IF_SET_OBJECT -- nc-ndis-if_set_object; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(IF_SET_OBJECT)
NDIS_STATUS (IF_SET_OBJECT)(
    _In_ NDIS_HANDLE ProviderIfContext,
    _In_ NET_IF_OBJECT_ID ObjectId,
    _In_ ULONG InputBufferLength,
    _In_ PVOID pInputBuffer);
typedef IF_SET_OBJECT (*IFP_SET_OBJECT);

/* NDIS_IO_WORKITEM_FUNCTION -- nf-ndis-ndisqueueioworkitem (remarks); req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(NDIS_IO_WORKITEM_FUNCTION)
VOID (NDIS_IO_WORKITEM_FUNCTION)(
    _In_ PVOID WorkItemContext,
    _In_ NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION (*NDIS_IO_WORKITEM_ROUTINE);

/* NDIS_PROCESS_SG_LIST -- nc-ndis-ndis_process_sg_list; req.irql: = DISPATCH_LEVEL */
typedef _IRQL_requires_(DISPATCH_LEVEL) _Function_class_(NDIS_PROCESS_SG_LIST)
VOID (NDIS_PROCESS_SG_LIST)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PVOID Reserved,
    _In_ PSCATTER_GATHER_LIST ScatterGatherListBuffer,
    _In_ PVOID Context);
typedef NDIS_PROCESS_SG_LIST (*NDIS_PROCESS_SG_LIST_HANDLER);

/* NDIS_TIMER_FUNCTION -- nc-ndis-ndis_timer_function; req.irql: DISPATCH_LEVEL */
typedef _IRQL_requires_(DISPATCH_LEVEL) _Function_class_(NDIS_TIMER_FUNCTION)
VOID (NDIS_TIMER_FUNCTION)(
    _In_ PVOID SystemSpecific1,
    _In_ PVOID FunctionContext,
    _In_ PVOID SystemSpecific2,
    _In_ PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION (*PNDIS_TIMER_FUNCTION);

/* SET_OPTIONS -- nc-ndis-set_options; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(SET_OPTIONS)
NDIS_STATUS (SET_OPTIONS)(
    _In_ NDIS_HANDLE NdisDriverHandle,
    _In_ NDIS_HANDLE DriverContext);
typedef SET_OPTIONS (*SET_OPTIONS_HANDLER);

/* NDIS_CONFIGURATION_OBJECT (ns-ndis-_ndis_configuration_object) */
typedef struct _NDIS_CONFIGURATION_OBJECT {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE        NdisHandle;
    ULONG              Flags;
} NDIS_CONFIGURATION_OBJECT, *PNDIS_CONFIGURATION_OBJECT;

/* BINARY_DATA (ns-ndis-binary_data) */
typedef struct _BINARY_DATA {
    USHORT Length;
    PVOID  Buffer;
} BINARY_DATA;

/* NDIS_CONFIGURATION_PARAMETER (ns-ndis-_ndis_configuration_parameter) */
typedef struct _NDIS_CONFIGURATION_PARAMETER {
    NDIS_PARAMETER_TYPE ParameterType;
    union {
      ULONG       IntegerData;
      NDIS_STRING StringData;
      BINARY_DATA BinaryData;
    } ParameterData;
} NDIS_CONFIGURATION_PARAMETER, *PNDIS_CONFIGURATION_PARAMETER;

/* NDIS_DEVICE_OBJECT_ATTRIBUTES (ns-ndis-_ndis_device_object_attributes) */
typedef struct _NDIS_DEVICE_OBJECT_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING       DeviceName;
    PNDIS_STRING       SymbolicName;
    PDRIVER_DISPATCH   *MajorFunctions;
    ULONG              ExtensionSize;
    PCUNICODE_STRING   DefaultSDDLString;
    LPCGUID            DeviceClassGuid;
} NDIS_DEVICE_OBJECT_ATTRIBUTES, *PNDIS_DEVICE_OBJECT_ATTRIBUTES;

/* NDIS_GENERIC_OBJECT (ns-ndis-_ndis_generic_object) */
typedef struct _NDIS_GENERIC_OBJECT {
    NDIS_OBJECT_HEADER Header;
    PVOID              Caller;
    PVOID              CallersCaller;
    PDRIVER_OBJECT     DriverObject;
} NDIS_GENERIC_OBJECT, *PNDIS_GENERIC_OBJECT;

/* NDIS_IF_PROVIDER_CHARACTERISTICS (ns-ndis-_ndis_if_provider_characteristics) */
typedef struct _NDIS_IF_PROVIDER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    IFP_QUERY_OBJECT   QueryObjectHandler;
    IFP_SET_OBJECT     SetObjectHandler;
    PVOID              Reserved1;
    PVOID              Reserved2;
} NDIS_IF_PROVIDER_CHARACTERISTICS, *PNDIS_IF_PROVIDER_CHARACTERISTICS;

/* NDIS_PROCESSOR_INFO (ns-ndis-_ndis_processor_info) */
typedef struct _NDIS_PROCESSOR_INFO {
    ULONG CpuNumber;
    ULONG PhysicalPackageId;
    ULONG CoreId;
    ULONG HyperThreadID;
} NDIS_PROCESSOR_INFO, *PNDIS_PROCESSOR_INFO;

/* NDIS_STATUS_INDICATION (ns-ndis-_ndis_status_indication) */
typedef struct _NDIS_STATUS_INDICATION {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE        SourceHandle;
    NDIS_PORT_NUMBER   PortNumber;
    NDIS_STATUS        StatusCode;
    ULONG              Flags;
    NDIS_HANDLE        DestinationHandle;
    PVOID              RequestId;
    PVOID              StatusBuffer;
    ULONG              StatusBufferSize;
    GUID               Guid;
    PVOID              NdisReserved[4];
} NDIS_STATUS_INDICATION, *PNDIS_STATUS_INDICATION;

/* NDIS_SYSTEM_PROCESSOR_INFO (ns-ndis-_ndis_system_processor_info) */
typedef struct _NDIS_SYSTEM_PROCESSOR_INFO {
    NDIS_OBJECT_HEADER    Header;
    ULONG                 Flags;
    NDIS_PROCESSOR_VENDOR ProcessorVendor;
    ULONG                 NumPhysicalPackages;
    ULONG                 NumCores;
    ULONG                 NumCoresPerPhysicalPackage;
    ULONG                 MaxHyperThreadingCpusPerCore;
    ULONG                 RssBaseCpu;
    ULONG                 RssCpuCount;
    PUCHAR                RssProcessors;
    NDIS_PROCESSOR_INFO   CpuInfo[MAXIMUM_PROC_PER_GROUP];
} NDIS_SYSTEM_PROCESSOR_INFO, *PNDIS_SYSTEM_PROCESSOR_INFO;

/* NDIS_TIMER_CHARACTERISTICS (ns-ndis-_ndis_timer_characteristics) */
typedef struct _NDIS_TIMER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER   Header;
    ULONG                AllocationTag;
    PNDIS_TIMER_FUNCTION TimerFunction;
    PVOID                FunctionContext;
} NDIS_TIMER_CHARACTERISTICS, *PNDIS_TIMER_CHARACTERISTICS;

/* NET_DEVICE_PNP_EVENT (ns-ndis-_net_device_pnp_event) */
typedef struct _NET_DEVICE_PNP_EVENT {
    NDIS_OBJECT_HEADER    Header;
    NDIS_PORT_NUMBER      PortNumber;
    NDIS_DEVICE_PNP_EVENT DevicePnPEvent;
    PVOID                 InformationBuffer;
    ULONG                 InformationBufferLength;
    UCHAR                 NdisReserved[2 * sizeof(PVOID)];
} NET_DEVICE_PNP_EVENT, *PNET_DEVICE_PNP_EVENT;

/* NET_IF_INFORMATION (ns-ndis-_net_if_information) */
typedef struct _NET_IF_INFORMATION {
    NDIS_OBJECT_HEADER     Header;
    ULONG                  Flags;
    NET_PHYSICAL_LOCATION  PhysicalLocation;
    ULONG                  WanTunnelType;
    ULONG                  PortNumber;
    NET_IF_ACCESS_TYPE     AccessType;
    NET_IF_DIRECTION_TYPE  DirectionType;
    NET_IF_CONNECTION_TYPE ConnectionType;
    BOOLEAN                ifConnectorPresent;
    USHORT                 PhysAddressLength;
    USHORT                 PhysAddressOffset;
    USHORT                 PermanentPhysAddressOffset;
    USHORT                 FriendlyNameLength;
    USHORT                 FriendlyNameOffset;
    GUID                   InterfaceGuid;
    NET_IF_NETWORK_GUID    NetworkGuid;
    ULONG                  SupportedStatistics;
    NDIS_MEDIUM            MediaType;
    NDIS_PHYSICAL_MEDIUM   PhysicalMediumType;
} NET_IF_INFORMATION, *PNET_IF_INFORMATION;

/* NET_PNP_EVENT_NOTIFICATION (ns-ndis-_net_pnp_event_notification) */
typedef struct _NET_PNP_EVENT_NOTIFICATION {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER   PortNumber;
    NET_PNP_EVENT      NetPnPEvent;
} NET_PNP_EVENT_NOTIFICATION, *PNET_PNP_EVENT_NOTIFICATION;

/* NDIS_NBL_MEDIA_SPECIFIC_INFORMATION (ns-ndis-_ndis_nbl_media_media_specific_information) */
typedef struct _NDIS_NBL_MEDIA_MEDIA_SPECIFIC_INFORMATION {
    PNDIS_NBL_MEDIA_SPECIFIC_INFORMATION NextEntry;
    ULONG                                Tag;
    UCHAR                                Data[1];
} NDIS_NBL_MEDIA_SPECIFIC_INFORMATION, *PNDIS_NBL_MEDIA_SPECIFIC_INFORMATION;

/* NDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX (ns-ndis-_ndis_nbl_media_specific_information_ex) */
typedef struct _NDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX {
    NDIS_OBJECT_HEADER                             Header;
    struct _NDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX  *NextEntry;
    ULONG                                          Tag;
    PVOID                                          Data;
} NDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX, *PNDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX;

/* NDIS_NET_BUFFER_LIST_FILTERING_INFO (ns-ndis-_ndis_net_buffer_list_filtering_info) */
typedef struct _NDIS_NET_BUFFER_LIST_FILTERING_INFO {
    union {
      struct {
        USHORT FilterId;
#if (NDIS_SUPPORT_NDIS630)
        union {
#endif
          USHORT QueueId;
#if (NDIS_SUPPORT_NDIS630)
          USHORT VPortId;
        } QueueVPortInfo;
#endif
      } FilteringInfo;
      PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_FILTERING_INFO, *PNDIS_NET_BUFFER_LIST_FILTERING_INFO;

/* NDIS_NET_BUFFER_LIST_MEDIA_SPECIFIC_INFO (ns-ndis-_ndis_net_buffer_list_media_specific_info) */
typedef struct _NDIS_NET_BUFFER_LIST_MEDIA_SPECIFIC_INFO {
    union {
      PVOID MediaSpecificInfo;
      PVOID NativeWifiSpecificInfo;
      PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_MEDIA_SPECIFIC_INFO, *PNDIS_NET_BUFFER_LIST_MEDIA_SPECIFIC_INFO;

/* NDIS_NET_BUFFER_LIST_VIRTUAL_SUBNET_INFO (ns-ndis-_ndis_net_buffer_list_virtual_subnet_info) */
typedef struct _NDIS_NET_BUFFER_LIST_VIRTUAL_SUBNET_INFO {
    union {
      struct {
        UINT32 VirtualSubnetId  :32;
        UINT32 ReservedVsidBits  :8;
        UINT32 Reserved;
      };
      PVOID  Value;
    };
} NDIS_NET_BUFFER_LIST_VIRTUAL_SUBNET_INFO, *PNDIS_NET_BUFFER_LIST_VIRTUAL_SUBNET_INFO;

/* NDIS_TCP_SEND_OFFLOADS_SUPPLEMENTAL_NET_BUFFER_LIST_INFO (ns-ndis-_ndis_tcp_send_offloads_supplemental_net_buffer_list_info) */
typedef struct _NDIS_TCP_SEND_OFFLOADS_SUPPLEMENTAL_NET_BUFFER_LIST_INFO {
    union {
      struct {
        ULONG IsEncapsulatedPacket  :1;
        ULONG EncapsulatedPacketOffsetsValid  :1;
        ULONG InnerFrameOffset  :8;
        ULONG TransportIpHeaderRelativeOffset  :6;
        ULONG TcpHeaderRelativeOffset  :10;
        ULONG IsInnerIPv6  :1;
        ULONG TcpOptionsPresent  :1;
        ULONG Reserved  :4;
      } EncapsulatedPacketOffsets;
      PVOID Value;
    };
} NDIS_TCP_SEND_OFFLOADS_SUPPLEMENTAL_NET_BUFFER_LIST_INFO, *PNDIS_TCP_SEND_OFFLOADS_SUPPLEMENTAL_NET_BUFFER_LIST_INFO;

/* nf-ndis-ndisactivegroupcount; req.irql: Any level */
USHORT NdisActiveGroupCount(VOID);

/* nf-ndis-ndisadjustmdllength; req.irql: Any level (see Remarks section) */
VOID NdisAdjustMdlLength(
    _In_ PMDL Mdl,
    _In_ UINT Length);

/* nf-ndis-ndisallocatecloneoidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisAllocateCloneOidRequest(
    _In_ NDIS_HANDLE SourceHandle,
    _In_ PNDIS_OID_REQUEST Request,
    _In_ UINT PoolTag,
    _Out_ PNDIS_OID_REQUEST *CloneRequest);

/* nf-ndis-ndisallocategenericobject; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
PNDIS_GENERIC_OBJECT NdisAllocateGenericObject(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ ULONG Tag,
    _In_ USHORT Size);

/* nf-ndis-ndiscurrentgroupandprocessor; req.irql: Greater than or equal to DISPATCH_LEVEL */
_IRQL_requires_min_(DISPATCH_LEVEL)
PROCESSOR_NUMBER NdisCurrentGroupAndProcessor(VOID);

/* nf-ndis-ndiscurrentprocessorindex; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
ULONG NdisCurrentProcessorIndex(VOID);

/* nf-ndis-ndisderegisterdeviceex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisDeregisterDeviceEx(
    _In_ NDIS_HANDLE NdisDeviceHandle);

/* nf-ndis-ndisenumeratefiltermodules; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisEnumerateFilterModules(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PVOID InterfaceBuffer,
    _In_ ULONG InterfaceBufferLength,
    _Inout_ PULONG BytesNeeded,
    _Inout_ PULONG BytesWritten);

/* nf-ndis-ndisgeneratepartialcancelid; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR NdisGeneratePartialCancelId(VOID);

/* nf-ndis-ndisgetcurrentprocessorcounts; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisGetCurrentProcessorCounts(
    _Out_ PULONG pIdleCount,
    _Out_ PULONG pKernelAndUser,
    _Out_ PULONG pIndex);

/* nf-ndis-ndisgetcurrentprocessorcpuusage; req.irql: Any level */
VOID NdisGetCurrentProcessorCpuUsage(
    _Out_ PULONG pCpuUsage);

/* nf-ndis-ndisgetcurrentsystemtime; req.irql: Any level */
VOID NdisGetCurrentSystemTime(
    _In_ PLARGE_INTEGER pSystemTime);

/* nf-ndis-ndisgetdevicereservedextension; req.irql: Any level */
PVOID NdisGetDeviceReservedExtension(
    _In_ PDEVICE_OBJECT DeviceObject);

/* nf-ndis-ndisgethypervisorinfo; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisGetHypervisorInfo(
    _Inout_ PNDIS_HYPERVISOR_INFO HypervisorInfo);

/* nf-ndis-ndisgetphysicaladdresshigh; req.irql: Any level */
ULONG NdisGetPhysicalAddressHigh(
    _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress);

/* nf-ndis-ndisgetphysicaladdresslow; req.irql: Any level */
ULONG NdisGetPhysicalAddressLow(
    _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress);

/* nf-ndis-ndisgetprocessorinformation; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisGetProcessorInformation(
    _Inout_ PNDIS_SYSTEM_PROCESSOR_INFO SystemProcessorInfo);

/* nf-ndis-ndisgetprocessorinformationex; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisGetProcessorInformationEx(
    _In_opt_ NDIS_HANDLE NdisHandle,
    _Out_opt_ PNDIS_SYSTEM_PROCESSOR_INFO_EX SystemProcessorInfo,
    _Inout_ PSIZE_T Size);

/* nf-ndis-ndisgetroutineaddress; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
PVOID NdisGetRoutineAddress(
    _In_ PNDIS_STRING NdisRoutineName);

/* nf-ndis-ndisgetrssprocessorinformation; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisGetRssProcessorInformation(
    _In_ NDIS_HANDLE NdisHandle,
    _Out_opt_ PNDIS_RSS_PROCESSOR_INFO RssProcessorInfo,
    _Inout_ PSIZE_T Size);

/* nf-ndis-ndisgetshareddataalignment; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG NdisGetSharedDataAlignment(VOID);

/* nf-ndis-ndisgetsystemuptimeex; req.irql: Any level */
VOID NdisGetSystemUpTimeEx(
    _Out_ PLARGE_INTEGER pSystemUpTime);

/* nf-ndis-ndisgetversion; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
UINT NdisGetVersion(VOID);

/* nf-ndis-ndisgroupactiveprocessorcount; req.irql: Any level */
ULONG NdisGroupActiveProcessorCount(
    _In_ USHORT Group);

/* nf-ndis-ndisgroupactiveprocessormask; req.irql: Any level */
KAFFINITY NdisGroupActiveProcessorMask(
    _In_ USHORT Group);

/* nf-ndis-ndisgroupmaxprocessorcount; req.irql: Any level */
ULONG NdisGroupMaxProcessorCount(
    _In_ USHORT Group);

/* nf-ndis-ndisifaddifstackentry; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIfAddIfStackEntry(
    _In_ NET_IFINDEX HigherLayerIfIndex,
    _In_ NET_IFINDEX LowerLayerIfIndex);

/* nf-ndis-ndisifallocatenetluidindex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIfAllocateNetLuidIndex(
    _In_ NET_IFTYPE IfType,
    _Out_ PUINT32 pNetLuidIndex);

/* nf-ndis-ndisifdeleteifstackentry; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisIfDeleteIfStackEntry(
    _In_ NET_IFINDEX HigherLayerIfIndex,
    _In_ NET_IFINDEX LowerLayerIfIndex);

/* nf-ndis-ndisifderegisterinterface; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisIfDeregisterInterface(
    _In_ NET_IFINDEX IfIndex);

/* nf-ndis-ndisifderegisterprovider; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisIfDeregisterProvider(
    _In_ NDIS_HANDLE NdisProviderHandle);

/* nf-ndis-ndisiffreenetluidindex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIfFreeNetLuidIndex(
    _In_ NET_IFTYPE IfType,
    _In_ UINT32 NetLuidIndex);

/* nf-ndis-ndisifgetinterfaceindexfromnetluid; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIfGetInterfaceIndexFromNetLuid(
    _In_ NET_LUID NetLuid,
    _Out_ PNET_IFINDEX pIfIndex);

/* nf-ndis-ndisifgetnetluidfrominterfaceindex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIfGetNetLuidFromInterfaceIndex(
    _In_ NET_IFINDEX IfIndex,
    _Out_ PNET_LUID pNetLuid);

/* nf-ndis-ndisifquerybindingifindex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIfQueryBindingIfIndex(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _Out_ PNET_IFINDEX pBoundIfIndex,
    _Out_ PNET_LUID pBoundIfNetLuid,
    _Out_ PNET_IFINDEX pLowestIfIndex,
    _Out_ PNET_LUID pLowestIfNetLuid);

/* nf-ndis-ndisifregisterinterface; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIfRegisterInterface(
    _In_ NDIS_HANDLE NdisProviderHandle,
    _In_ NET_LUID NetLuid,
    _In_ NDIS_HANDLE ProviderIfContext,
    _In_ PNET_IF_INFORMATION pIfInfo,
    _Out_ PNET_IFINDEX pIfIndex);

/* nf-ndis-ndisifregisterprovider; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIfRegisterProvider(
    _In_ PNDIS_IF_PROVIDER_CHARACTERISTICS ProviderCharacteristics,
    _In_ NDIS_HANDLE IfProviderContext,
    _Out_ PNDIS_HANDLE pNdisProviderHandle);

/* nf-ndis-ndisopenconfigurationex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisOpenConfigurationEx(
    _In_ PNDIS_CONFIGURATION_OBJECT ConfigObject,
    _Out_ PNDIS_HANDLE ConfigurationHandle);

/* nf-ndis-ndisopenconfigurationkeybyindex; req.irql: < DISPATCH_LEVEL */
_IRQL_requires_max_(APC_LEVEL)
VOID NdisOpenConfigurationKeyByIndex(
    _Out_ PNDIS_STATUS Status,
    _In_ NDIS_HANDLE ConfigurationHandle,
    _In_ ULONG Index,
    _Out_ PNDIS_STRING KeyName,
    _Out_ PNDIS_HANDLE KeyHandle);

/* nf-ndis-ndisopenconfigurationkeybyname; req.irql: < DISPATCH_LEVEL */
_IRQL_requires_max_(APC_LEVEL)
VOID NdisOpenConfigurationKeyByName(
    _Out_ PNDIS_STATUS Status,
    _In_ NDIS_HANDLE ConfigurationHandle,
    _In_ PNDIS_STRING SubKeyName,
    _Out_ PNDIS_HANDLE SubKeyHandle);

/* nf-ndis-ndisopenfile; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisOpenFile(
    _Out_ PNDIS_STATUS Status,
    _Out_ PNDIS_HANDLE FileHandle,
    _Out_ PUINT FileLength,
    _In_ PNDIS_STRING FileName,
    _In_ NDIS_PHYSICAL_ADDRESS HighestAcceptableAddress);

/* nf-ndis-ndisrawreadportbufferuchar; req.irql: Any level */
VOID NdisRawReadPortBufferUchar(
    _In_ ULONG_PTR Port,
    _Out_ PUCHAR Buffer,
    _In_ ULONG Length);

/* nf-ndis-ndisrawreadportbufferulong; req.irql: Any level */
VOID NdisRawReadPortBufferUlong(
    _In_ ULONG_PTR Port,
    _Out_ PULONG Buffer,
    _In_ ULONG Length);

/* nf-ndis-ndisrawreadportbufferushort; req.irql: Any level */
VOID NdisRawReadPortBufferUshort(
    _In_ ULONG_PTR Port,
    _Out_ PUSHORT Buffer,
    _In_ ULONG Length);

/* nf-ndis-ndisrawreadportuchar; req.irql: Any level */
VOID NdisRawReadPortUchar(
    _In_ ULONG_PTR Port,
    _Out_ PUCHAR Data);

/* nf-ndis-ndisrawreadportulong; req.irql: Any level */
VOID NdisRawReadPortUlong(
    _In_ ULONG_PTR Port,
    _Out_ PULONG Data);

/* nf-ndis-ndisrawreadportushort; req.irql: Any level */
VOID NdisRawReadPortUshort(
    _In_ ULONG_PTR Port,
    _Out_ PUSHORT Data);

/* nf-ndis-ndisrawwriteportbufferuchar; req.irql: Any level */
VOID NdisRawWritePortBufferUchar(
    _In_ ULONG_PTR Port,
    _In_ PUCHAR Buffer,
    _In_ ULONG Length);

/* nf-ndis-ndisrawwriteportbufferulong; req.irql: Any level */
VOID NdisRawWritePortBufferUlong(
    _In_ ULONG_PTR Port,
    _In_ PULONG Buffer,
    _In_ ULONG Length);

/* nf-ndis-ndisrawwriteportbufferushort; req.irql: Any level */
VOID NdisRawWritePortBufferUshort(
    _In_ ULONG_PTR Port,
    _In_ PUSHORT Buffer,
    _In_ ULONG Length);

/* nf-ndis-ndisrawwriteportuchar; req.irql: Any level */
VOID NdisRawWritePortUchar(
    _In_ ULONG_PTR Port,
    _In_ UCHAR Data);

/* nf-ndis-ndisrawwriteportulong; req.irql: Any level */
VOID NdisRawWritePortUlong(
    _In_ ULONG_PTR Port,
    _In_ ULONG Data);

/* nf-ndis-ndisrawwriteportushort; req.irql: Any level */
VOID NdisRawWritePortUshort(
    _In_ ULONG_PTR Port,
    _In_ USHORT Data);

/* nf-ndis-ndisreadconfiguration; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisReadConfiguration(
    _Out_ PNDIS_STATUS Status,
    _Out_ PNDIS_CONFIGURATION_PARAMETER *ParameterValue,
    _In_ NDIS_HANDLE ConfigurationHandle,
    _In_ PNDIS_STRING Keyword,
    _In_ NDIS_PARAMETER_TYPE ParameterType);

/* nf-ndis-ndisreadnetworkaddress; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisReadNetworkAddress(
    _Out_ PNDIS_STATUS Status,
    _Out_ PVOID *NetworkAddress,
    _Out_ PUINT NetworkAddressLength,
    _In_ NDIS_HANDLE ConfigurationHandle);

/* nf-ndis-ndisreadregisteruchar; req.irql: Any level */
VOID NdisReadRegisterUchar(
    _In_ PUCHAR Register,
    _Out_ PUCHAR Data);

/* nf-ndis-ndisreadregisterulong; req.irql: Any level */
VOID NdisReadRegisterUlong(
    _In_ PULONG Register,
    _Out_ PULONG Data);

/* nf-ndis-ndisreadregisterushort; req.irql: Any level */
VOID NdisReadRegisterUshort(
    _In_ PUSHORT Register,
    _Out_ PUSHORT Data);

/* nf-ndis-ndisregisterdeviceex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisRegisterDeviceEx(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PNDIS_DEVICE_OBJECT_ATTRIBUTES DeviceObjectAttributes,
    _Out_ PDEVICE_OBJECT *pDeviceObject,
    _Out_ PNDIS_HANDLE NdisDeviceHandle);

/* nf-ndis-ndisretrieveulong; req.irql: See Remarks section */
VOID NdisRetrieveUlong(
    _In_ PULONG DestinationAddress,
    _In_ PULONG SourceAddress);

/* nf-ndis-ndissetoptionalhandlers; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisSetOptionalHandlers(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PNDIS_DRIVER_OPTIONAL_HANDLERS OptionalHandlers);

/* nf-ndis-ndissetphysicaladdresshigh; req.irql: Any level */
VOID NdisSetPhysicalAddressHigh(
    _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress,
    _In_ ULONG Value);

/* nf-ndis-ndissetphysicaladdresslow; req.irql: Any level */
VOID NdisSetPhysicalAddressLow(
    _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress,
    _In_ ULONG Value);

/* nf-ndis-ndisstallexecution; req.irql: Any level */
VOID NdisStallExecution(
    _In_ UINT MicrosecondsToStall);

/* nf-ndis-ndisstoreulong; req.irql: See Remarks section */
VOID NdisStoreUlong(
    _In_ PULONG DestinationAddress,
    _In_ ULONG Value);

/* nf-ndis-ndissystemactiveprocessorcount; req.irql: Any level */
ULONG NdisSystemActiveProcessorCount(
    _In_ PKAFFINITY ActiveProcessors);

/* nf-ndis-ndissystemprocessorcount; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
CCHAR NdisSystemProcessorCount(VOID);

/* nf-ndis-ndisunmapfile; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisUnmapFile(
    _In_ NDIS_HANDLE FileHandle);

/* nf-ndis-ndiswriteconfiguration; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisWriteConfiguration(
    _Out_ PNDIS_STATUS Status,
    _In_ NDIS_HANDLE ConfigurationHandle,
    _In_ PNDIS_STRING Keyword,
    _In_ PNDIS_CONFIGURATION_PARAMETER ParameterValue);

/* nf-ndis-ndiswriteerrorlogentry; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID __cdecl NdisWriteErrorLogEntry(
    _In_ NDIS_HANDLE NdisAdapterHandle,
    _In_ NDIS_ERROR_CODE ErrorCode,
    _In_ ULONG NumberOfErrorValues,
    ...);

/* nf-ndis-ndiswriteregisteruchar; req.irql: Any level */
VOID NdisWriteRegisterUchar(
    _In_ PUCHAR Register,
    _In_ UCHAR Data);

/* nf-ndis-ndiswriteregisterulong; req.irql: Any level */
VOID NdisWriteRegisterUlong(
    _In_ PULONG Register,
    _In_ ULONG Data);

/* nf-ndis-ndiswriteregisterushort; req.irql: Any level */
VOID NdisWriteRegisterUshort(
    _In_ PUSHORT Register,
    _In_ USHORT Data);

#endif /* DDICHECK_MODEL_NDIS_MISC_H */
