/*
 * ndis_miniport.h -- ddicheck model header, part of ndis.h: the NDIS 6 miniport role types
 * (MINIPORT_*) and miniport structures (driver, interrupt, PnP and
 * selective-suspend characteristics, initialization parameters, adapter
 * attributes, pause/restart parameters, DMA).
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
#ifndef DDICHECK_MODEL_NDIS_MINIPORT_H
#define DDICHECK_MODEL_NDIS_MINIPORT_H

/* MINIPORT_ADD_DEVICE -- nc-ndis-miniport_add_device; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_ADD_DEVICE)
NDIS_STATUS (MINIPORT_ADD_DEVICE)(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ NDIS_HANDLE MiniportDriverContext);
typedef MINIPORT_ADD_DEVICE (*MINIPORT_ADD_DEVICE_HANDLER);

/* MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE -- nc-ndis-miniport_allocate_shared_mem_complete; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE)
VOID (MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PVOID VirtualAddress,
    _In_ PNDIS_PHYSICAL_ADDRESS PhysicalAddress,
    _In_ ULONG Length,
    _In_ PVOID Context);
typedef MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE (*MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER);

/* MINIPORT_CANCEL_DIRECT_OID_REQUEST -- nc-ndis-miniport_cancel_direct_oid_request; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_CANCEL_DIRECT_OID_REQUEST)
VOID (MINIPORT_CANCEL_DIRECT_OID_REQUEST)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PVOID RequestId);
typedef MINIPORT_CANCEL_DIRECT_OID_REQUEST (*MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER);

/* MINIPORT_CANCEL_IDLE_NOTIFICATION -- nc-ndis-miniport_cancel_idle_notification; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_CANCEL_IDLE_NOTIFICATION)
VOID (MINIPORT_CANCEL_IDLE_NOTIFICATION)(
    _In_ NDIS_HANDLE MiniportAdapterContext);
typedef MINIPORT_CANCEL_IDLE_NOTIFICATION (*MINIPORT_CANCEL_IDLE_NOTIFICATION_HANDLER);

/* MINIPORT_CANCEL_OID_REQUEST -- nc-ndis-miniport_cancel_oid_request; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_CANCEL_OID_REQUEST)
VOID (MINIPORT_CANCEL_OID_REQUEST)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PVOID RequestId);
typedef MINIPORT_CANCEL_OID_REQUEST (*MINIPORT_CANCEL_OID_REQUEST_HANDLER);

/* MINIPORT_CANCEL_SEND -- nc-ndis-miniport_cancel_send; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_CANCEL_SEND)
VOID (MINIPORT_CANCEL_SEND)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PVOID CancelId);
typedef MINIPORT_CANCEL_SEND (*MINIPORT_CANCEL_SEND_HANDLER);

/* MINIPORT_CHECK_FOR_HANG -- nc-ndis-miniport_check_for_hang; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_CHECK_FOR_HANG)
BOOLEAN (MINIPORT_CHECK_FOR_HANG)(
    _In_ NDIS_HANDLE MiniportAdapterContext);
typedef MINIPORT_CHECK_FOR_HANG (*MINIPORT_CHECK_FOR_HANG_HANDLER);

/* MINIPORT_DEVICE_PNP_EVENT_NOTIFY -- nc-ndis-miniport_device_pnp_event_notify; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_DEVICE_PNP_EVENT_NOTIFY)
VOID (MINIPORT_DEVICE_PNP_EVENT_NOTIFY)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef MINIPORT_DEVICE_PNP_EVENT_NOTIFY (*MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER);

/* MINIPORT_DIRECT_OID_REQUEST -- nc-ndis-miniport_direct_oid_request; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_DIRECT_OID_REQUEST)
NDIS_STATUS (MINIPORT_DIRECT_OID_REQUEST)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_DIRECT_OID_REQUEST (*MINIPORT_DIRECT_OID_REQUEST_HANDLER);

/* MINIPORT_DISABLE_INTERRUPT -- nc-ndis-miniport_disable_interrupt; req.irql: See Remarks section */
typedef _Function_class_(MINIPORT_DISABLE_INTERRUPT)
VOID (MINIPORT_DISABLE_INTERRUPT)(
    _In_ NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_DISABLE_INTERRUPT (*MINIPORT_DISABLE_INTERRUPT_HANDLER);

/* MINIPORT_DISABLE_MESSAGE_INTERRUPT -- nc-ndis-miniport_disable_message_interrupt; req.irql: DIRQL (see Remarks section) */
typedef _Function_class_(MINIPORT_DISABLE_MESSAGE_INTERRUPT)
VOID (MINIPORT_DISABLE_MESSAGE_INTERRUPT)(
    _In_ NDIS_HANDLE MiniportInterruptContext,
    _In_ ULONG MessageId);
typedef MINIPORT_DISABLE_MESSAGE_INTERRUPT (*MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER);

/* MINIPORT_ENABLE_INTERRUPT -- nc-ndis-miniport_enable_interrupt; req.irql: See Remarks section */
typedef _Function_class_(MINIPORT_ENABLE_INTERRUPT)
VOID (MINIPORT_ENABLE_INTERRUPT)(
    _In_ NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_ENABLE_INTERRUPT (*MINIPORT_ENABLE_INTERRUPT_HANDLER);

/* MINIPORT_ENABLE_MESSAGE_INTERRUPT -- nc-ndis-miniport_enable_message_interrupt; req.irql: DIRQL (see Remarks section) */
typedef _Function_class_(MINIPORT_ENABLE_MESSAGE_INTERRUPT)
VOID (MINIPORT_ENABLE_MESSAGE_INTERRUPT)(
    _In_ NDIS_HANDLE MiniportInterruptContext,
    _In_ ULONG MessageId);
typedef MINIPORT_ENABLE_MESSAGE_INTERRUPT (*MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER);

/* MINIPORT_FILTER_RESOURCE_REQUIREMENTS -- nc-ndis-miniport_pnp_irp; req.irql: PASSIVE_LEVEL (same type as MINIPORT_PNP_IRP) */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_FILTER_RESOURCE_REQUIREMENTS)
NDIS_STATUS (MINIPORT_FILTER_RESOURCE_REQUIREMENTS)(
    _In_ NDIS_HANDLE MiniportAddDeviceContext,
    _In_ PIRP Irp);
typedef MINIPORT_FILTER_RESOURCE_REQUIREMENTS (*MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER);

/* MINIPORT_HALT -- nc-ndis-miniport_halt; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_HALT)
VOID (MINIPORT_HALT)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_HALT_ACTION HaltAction);
typedef MINIPORT_HALT (*MINIPORT_HALT_HANDLER);

/* MINIPORT_IDLE_NOTIFICATION -- nc-ndis-miniport_idle_notification; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_IDLE_NOTIFICATION)
NDIS_STATUS (MINIPORT_IDLE_NOTIFICATION)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ BOOLEAN ForceIdle);
typedef MINIPORT_IDLE_NOTIFICATION (*MINIPORT_IDLE_NOTIFICATION_HANDLER);

/* MINIPORT_INITIALIZE -- nc-ndis-miniport_initialize; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_INITIALIZE)
NDIS_STATUS (MINIPORT_INITIALIZE)(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ NDIS_HANDLE MiniportDriverContext,
    _In_ PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef MINIPORT_INITIALIZE (*MINIPORT_INITIALIZE_HANDLER);

/* MINIPORT_INTERRUPT_DPC -- nc-ndis-miniport_interrupt_dpc; req.irql: DISPATCH_LEVEL */
typedef _IRQL_requires_(DISPATCH_LEVEL) _Function_class_(MINIPORT_INTERRUPT_DPC)
VOID (MINIPORT_INTERRUPT_DPC)(
    _In_ NDIS_HANDLE MiniportInterruptContext,
    _In_ PVOID MiniportDpcContext,
    _In_ PVOID ReceiveThrottleParameters,
    _In_ PVOID NdisReserved2);
typedef MINIPORT_INTERRUPT_DPC (*MINIPORT_INTERRUPT_DPC_HANDLER);

/* MINIPORT_ISR -- nc-ndis-miniport_isr; req.irql: See Remarks section */
typedef _Function_class_(MINIPORT_ISR)
BOOLEAN (MINIPORT_ISR)(
    _In_ NDIS_HANDLE MiniportInterruptContext,
    _Out_ PBOOLEAN QueueDefaultInterruptDpc,
    _Out_ PULONG TargetProcessors);
typedef MINIPORT_ISR (*MINIPORT_ISR_HANDLER);

/* MINIPORT_MESSAGE_INTERRUPT -- nc-ndis-miniport_message_interrupt; req.irql: See Remarks section */
typedef _Function_class_(MINIPORT_MESSAGE_INTERRUPT)
BOOLEAN (MINIPORT_MESSAGE_INTERRUPT)(
    _In_ NDIS_HANDLE MiniportInterruptContext,
    _In_ ULONG MessageId,
    _Out_ PBOOLEAN QueueDefaultInterruptDpc,
    _Out_ PULONG TargetProcessors);
typedef MINIPORT_MESSAGE_INTERRUPT (*MINIPORT_MSI_ISR_HANDLER);

/* MINIPORT_MESSAGE_INTERRUPT_DPC -- nc-ndis-miniport_message_interrupt_dpc; req.irql: DISPATCH_LEVEL */
typedef _IRQL_requires_(DISPATCH_LEVEL) _Function_class_(MINIPORT_MESSAGE_INTERRUPT_DPC)
VOID (MINIPORT_MESSAGE_INTERRUPT_DPC)(
    _In_ NDIS_HANDLE MiniportInterruptContext,
    _In_ ULONG MessageId,
    _In_ PVOID MiniportDpcContext,
    _In_ PVOID ReceiveThrottleParameters,
    _In_ PVOID NdisReserved2);
typedef MINIPORT_MESSAGE_INTERRUPT_DPC (*MINIPORT_MSI_INTERRUPT_DPC_HANDLER);

/* MINIPORT_OID_REQUEST -- nc-ndis-miniport_oid_request; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_OID_REQUEST)
NDIS_STATUS (MINIPORT_OID_REQUEST)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_OID_REQUEST (*MINIPORT_OID_REQUEST_HANDLER);

/* MINIPORT_PAUSE -- nc-ndis-miniport_pause; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_PAUSE)
NDIS_STATUS (MINIPORT_PAUSE)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNDIS_MINIPORT_PAUSE_PARAMETERS MiniportPauseParameters);
typedef MINIPORT_PAUSE (*MINIPORT_PAUSE_HANDLER);

/* MINIPORT_PNP_IRP -- nc-ndis-miniport_pnp_irp; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_PNP_IRP)
NDIS_STATUS (MINIPORT_PNP_IRP)(
    _In_ NDIS_HANDLE MiniportAddDeviceContext,
    _In_ PIRP Irp);
typedef MINIPORT_PNP_IRP (*MINIPORT_PNP_IRP_HANDLER);

/* MINIPORT_PROCESS_SG_LIST -- nc-ndis-miniport_process_sg_list; req.irql: DISPATCH_LEVEL */
typedef _IRQL_requires_(DISPATCH_LEVEL) _Function_class_(MINIPORT_PROCESS_SG_LIST)
VOID (MINIPORT_PROCESS_SG_LIST)(
    _In_ PDEVICE_OBJECT pDO,
    _In_ PVOID Reserved,
    _In_ PSCATTER_GATHER_LIST pSGL,
    _In_ PVOID Context);
typedef MINIPORT_PROCESS_SG_LIST (*MINIPORT_PROCESS_SG_LIST_HANDLER);

/* MINIPORT_REMOVE_DEVICE -- nc-ndis-miniport_remove_device; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_REMOVE_DEVICE)
VOID (MINIPORT_REMOVE_DEVICE)(
    _In_ NDIS_HANDLE MiniportAddDeviceContext);
typedef MINIPORT_REMOVE_DEVICE (*MINIPORT_REMOVE_DEVICE_HANDLER);

/* MINIPORT_RESET -- nc-ndis-miniport_reset; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_RESET)
NDIS_STATUS (MINIPORT_RESET)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _Out_ PBOOLEAN AddressingReset);
typedef MINIPORT_RESET (*MINIPORT_RESET_HANDLER);

/* MINIPORT_RESTART -- nc-ndis-miniport_restart; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_RESTART)
NDIS_STATUS (MINIPORT_RESTART)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters);
typedef MINIPORT_RESTART (*MINIPORT_RESTART_HANDLER);

/* MINIPORT_RETURN_NET_BUFFER_LISTS -- nc-ndis-miniport_return_net_buffer_lists; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_RETURN_NET_BUFFER_LISTS)
VOID (MINIPORT_RETURN_NET_BUFFER_LISTS)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG ReturnFlags);
typedef MINIPORT_RETURN_NET_BUFFER_LISTS (*MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER);

/* MINIPORT_SEND_NET_BUFFER_LISTS -- nc-ndis-miniport_send_net_buffer_lists; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_SEND_NET_BUFFER_LISTS)
VOID (MINIPORT_SEND_NET_BUFFER_LISTS)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG SendFlags);
typedef MINIPORT_SEND_NET_BUFFER_LISTS (*MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER);

/* MINIPORT_SET_OPTIONS -- nc-ndis-set_options; req.irql: PASSIVE_LEVEL (same type as SET_OPTIONS) */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_SET_OPTIONS)
NDIS_STATUS (MINIPORT_SET_OPTIONS)(
    _In_ NDIS_HANDLE NdisDriverHandle,
    _In_ NDIS_HANDLE DriverContext);
typedef MINIPORT_SET_OPTIONS (*MINIPORT_SET_OPTIONS_HANDLER);

/* MINIPORT_SHUTDOWN -- nc-ndis-miniport_shutdown; req.irql: See Remarks section */
typedef _Function_class_(MINIPORT_SHUTDOWN)
VOID (MINIPORT_SHUTDOWN)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_SHUTDOWN_ACTION ShutdownAction);
typedef MINIPORT_SHUTDOWN (*MINIPORT_SHUTDOWN_HANDLER);

/* MINIPORT_START_DEVICE -- nc-ndis-miniport_pnp_irp; req.irql: PASSIVE_LEVEL (same type as MINIPORT_PNP_IRP) */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_START_DEVICE)
NDIS_STATUS (MINIPORT_START_DEVICE)(
    _In_ NDIS_HANDLE MiniportAddDeviceContext,
    _In_ PIRP Irp);
typedef MINIPORT_START_DEVICE (*MINIPORT_START_DEVICE_HANDLER);

/* MINIPORT_SYNCHRONIZE_INTERRUPT -- nc-ndis-miniport_synchronize_interrupt; req.irql: See Remarks section */
typedef _Function_class_(MINIPORT_SYNCHRONIZE_INTERRUPT)
BOOLEAN (MINIPORT_SYNCHRONIZE_INTERRUPT)(
    _In_ NDIS_HANDLE SynchronizeContext);
typedef MINIPORT_SYNCHRONIZE_INTERRUPT (*MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER);
typedef MINIPORT_SYNCHRONIZE_INTERRUPT (*PMINIPORT_SYNCHRONIZE_INTERRUPT);

/* MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT -- nc-ndis-miniport_synchronize_interrupt; req.irql: See Remarks section (same type as MINIPORT_SYNCHRONIZE_INTERRUPT) */
typedef _Function_class_(MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT)
BOOLEAN (MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT)(
    _In_ NDIS_HANDLE SynchronizeContext);
typedef MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT (*MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT_HANDLER);

/* MINIPORT_SYNCHRONOUS_OID_REQUEST -- nf-ndis-miniport_synchronous_oid_request; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_SYNCHRONOUS_OID_REQUEST)
NDIS_STATUS (MINIPORT_SYNCHRONOUS_OID_REQUEST)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_OID_REQUEST *OidRequest);
typedef MINIPORT_SYNCHRONOUS_OID_REQUEST (*MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER);

/* MINIPORT_UNLOAD -- nc-ndis-miniport_unload; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_UNLOAD)
VOID (MINIPORT_UNLOAD)(
    _In_ PDRIVER_OBJECT DriverObject);
typedef MINIPORT_UNLOAD (*MINIPORT_DRIVER_UNLOAD);

/* NDIS_SG_DMA_DESCRIPTION (NdisMRegisterScatterGatherDma; its page is not in
 * the shared set -- members as documented for the structure). */
typedef struct _NDIS_SG_DMA_DESCRIPTION {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG MaximumPhysicalMapping;
    MINIPORT_PROCESS_SG_LIST_HANDLER ProcessSGListHandler;
    MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER SharedMemAllocateCompleteHandler;
    ULONG ScatterGatherListSize;
} NDIS_SG_DMA_DESCRIPTION, *PNDIS_SG_DMA_DESCRIPTION;
#define NDIS_SG_DMA_DESCRIPTION_REVISION_1 1
#define NDIS_SG_DMA_DESCRIPTION_REVISION_2 2
#define NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_SG_DMA_DESCRIPTION, SharedMemAllocateCompleteHandler)
#define NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_SG_DMA_DESCRIPTION, ScatterGatherListSize)
#define NDIS_SG_DMA_64_BIT_ADDRESS 0x00000001
#define NDIS_SG_DMA_V3_HAL_API     0x00000002
#define NDIS_SG_DMA_HYBRID_DMA     0x00000004
#define NDIS_SG_LIST_WRITE_TO_DEVICE 0x000000001

/* NDIS_DMA_DESCRIPTION (system DMA, NdisMRegisterDmaChannel). */
typedef struct _NDIS_DMA_DESCRIPTION {
    BOOLEAN DemandMode;
    BOOLEAN AutoInitialize;
    BOOLEAN DmaChannelSpecified;
    ULONG DmaWidth;
    ULONG DmaSpeed;
    ULONG DmaPort;
    ULONG DmaChannel;
} NDIS_DMA_DESCRIPTION, *PNDIS_DMA_DESCRIPTION;

/* NDIS_HD_SPLIT_ATTRIBUTES (ns-ndis-_ndis_hd_split_attributes) */
typedef struct _NDIS_HD_SPLIT_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG              HardwareCapabilities;
    ULONG              CurrentCapabilities;
    ULONG              HDSplitFlags;
    ULONG              BackfillSize;
    ULONG              MaxHeaderSize;
} NDIS_HD_SPLIT_ATTRIBUTES, *PNDIS_HD_SPLIT_ATTRIBUTES;

/* NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES (ns-ndis-_ndis_miniport_adapter_general_attributes) */
typedef struct _NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES {
    NDIS_OBJECT_HEADER               Header;
    ULONG                            Flags;
    NDIS_MEDIUM                      MediaType;
    NDIS_PHYSICAL_MEDIUM             PhysicalMediumType;
    ULONG                            MtuSize;
    ULONG64                          MaxXmitLinkSpeed;
    ULONG64                          XmitLinkSpeed;
    ULONG64                          MaxRcvLinkSpeed;
    ULONG64                          RcvLinkSpeed;
    NDIS_MEDIA_CONNECT_STATE         MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE          MediaDuplexState;
    ULONG                            LookaheadSize;
    PNDIS_PNP_CAPABILITIES           PowerManagementCapabilities;
    ULONG                            MacOptions;
    ULONG                            SupportedPacketFilters;
    ULONG                            MaxMulticastListSize;
    USHORT                           MacAddressLength;
    UCHAR                            PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    UCHAR                            CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
    NET_IF_ACCESS_TYPE               AccessType;
    NET_IF_DIRECTION_TYPE            DirectionType;
    NET_IF_CONNECTION_TYPE           ConnectionType;
    NET_IFTYPE                       IfType;
    BOOLEAN                          IfConnectorPresent;
    ULONG                            SupportedStatistics;
    ULONG                            SupportedPauseFunctions;
    ULONG                            DataBackFillSize;
    ULONG                            ContextBackFillSize;
    PNDIS_OID                        SupportedOidList;
    ULONG                            SupportedOidListLength;
    ULONG                            AutoNegotiationFlags;
#if (NDIS_SUPPORT_NDIS620)
    PNDIS_PM_CAPABILITIES            PowerManagementCapabilitiesEx;
#endif
} NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;

/* NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES (ns-ndis-_ndis_miniport_adapter_hardware_assist_attributes) */
typedef struct _NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES {
    NDIS_OBJECT_HEADER                Header;
    PNDIS_HD_SPLIT_ATTRIBUTES         HDSplitAttributes;
#if (NDIS_SUPPORT_NDIS620)
    PNDIS_RECEIVE_FILTER_CAPABILITIES HardwareReceiveFilterCapabilities;
    PNDIS_RECEIVE_FILTER_CAPABILITIES CurrentReceiveFilterCapabilities;
    PNDIS_NIC_SWITCH_CAPABILITIES     HardwareNicSwitchCapabilities;
    PNDIS_NIC_SWITCH_CAPABILITIES     CurrentNicSwitchCapabilities;
#endif
#if NDIS_SUPPORT_NDIS630
    PNDIS_SRIOV_CAPABILITIES          HardwareSriovCapabilities;
    PNDIS_SRIOV_CAPABILITIES          CurrentSriovCapabilities;
    PNDIS_QOS_CAPABILITIES            HardwareQosCapabilities;
    PNDIS_QOS_CAPABILITIES            CurrentQosCapabilities;
#endif
} NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES;

/* NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES (ns-ndis-_ndis_miniport_adapter_native_802_11_attributes) */
typedef struct _NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES {
    NDIS_OBJECT_HEADER       Header;
    ULONG                    OpModeCapability;
    ULONG                    NumOfTXBuffers;
    ULONG                    NumOfRXBuffers;
    BOOLEAN                  MultiDomainCapabilityImplemented;
    ULONG                    NumSupportedPhys;
    PDOT11_PHY_ATTRIBUTES    SupportedPhyAttributes;
    PDOT11_EXTSTA_ATTRIBUTES ExtSTAAttributes;
#if (NDIS_SUPPORT_NDIS620)
    PDOT11_VWIFI_ATTRIBUTES  VWiFiAttributes;
    PDOT11_EXTAP_ATTRIBUTES  ExtAPAttributes;
#endif
#if (NDIS_SUPPORT_NDIS630)
    PDOT11_WFD_ATTRIBUTES    WFDAttributes;
#endif
} NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES;

/* NDIS_MINIPORT_ADAPTER_NDK_ATTRIBUTES (ns-ndis-_ndis_miniport_adapter_ndk_attributes) */
typedef struct _NDIS_MINIPORT_ADAPTER_NDK_ATTRIBUTES {
    NDIS_OBJECT_HEADER     Header;
    BOOLEAN                Enabled;
    PNDIS_NDK_CAPABILITIES NdkCapabilities;
} NDIS_MINIPORT_ADAPTER_NDK_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_NDK_ATTRIBUTES;

/* NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES (ns-ndis-_ndis_miniport_adapter_offload_attributes) */
typedef struct _NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES {
    NDIS_OBJECT_HEADER           Header;
    PNDIS_OFFLOAD                DefaultOffloadConfiguration;
    PNDIS_OFFLOAD                HardwareOffloadCapabilities;
    PNDIS_TCP_CONNECTION_OFFLOAD DefaultTcpConnectionOffloadConfiguration;
    PNDIS_TCP_CONNECTION_OFFLOAD TcpConnectionOffloadHardwareCapabilities;
} NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES;

/* NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES (ns-ndis-_ndis_miniport_adapter_registration_attributes) */
typedef struct _NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER  Header;
    NDIS_HANDLE         MiniportAdapterContext;
    ULONG               AttributeFlags;
    UINT                CheckForHangTimeInSeconds;
    NDIS_INTERFACE_TYPE InterfaceType;
} NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;

/* NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES (ns-ndis-_ndis_miniport_add_device_registration_attributes) */
typedef struct _NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE        MiniportAddDeviceContext;
    ULONG              Flags;
} NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES, *PNDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES;

/* NDIS_MINIPORT_ADAPTER_ATTRIBUTES (ns-ndis-_ndis_miniport_adapter_attributes) */
typedef union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES {
    NDIS_OBJECT_HEADER                               Header;
    NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES AddDeviceRegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES    RegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES         GeneralAttributes;
    NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES         OffloadAttributes;
    NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES   Native_802_11_Attributes;
#if  (NDIS_SUPPORT_NDIS61)
    NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES HardwareAssistAttributes;
#endif
#if (NDIS_SUPPORT_NDIS630)
    NDIS_MINIPORT_ADAPTER_NDK_ATTRIBUTES             NDKAttributes;
#endif
} NDIS_MINIPORT_ADAPTER_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_ATTRIBUTES;

/* NDIS_MINIPORT_DRIVER_CHARACTERISTICS (ns-ndis-_ndis_miniport_driver_characteristics) */
typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER                         Header;
    UCHAR                                      MajorNdisVersion;
    UCHAR                                      MinorNdisVersion;
    UCHAR                                      MajorDriverVersion;
    UCHAR                                      MinorDriverVersion;
    ULONG                                      Flags;
    SET_OPTIONS_HANDLER                        SetOptionsHandler;
    MINIPORT_INITIALIZE_HANDLER                InitializeHandlerEx;
    MINIPORT_HALT_HANDLER                      HaltHandlerEx;
    MINIPORT_DRIVER_UNLOAD                     UnloadHandler;
    MINIPORT_PAUSE_HANDLER                     PauseHandler;
    MINIPORT_RESTART_HANDLER                   RestartHandler;
    MINIPORT_OID_REQUEST_HANDLER               OidRequestHandler;
    MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER     SendNetBufferListsHandler;
    MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER   ReturnNetBufferListsHandler;
    MINIPORT_CANCEL_SEND_HANDLER               CancelSendHandler;
    MINIPORT_CHECK_FOR_HANG_HANDLER            CheckForHangHandlerEx;
    MINIPORT_RESET_HANDLER                     ResetHandlerEx;
    MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER   DevicePnPEventNotifyHandler;
    MINIPORT_SHUTDOWN_HANDLER                  ShutdownHandlerEx;
    MINIPORT_CANCEL_OID_REQUEST_HANDLER        CancelOidRequestHandler;
#if (NDIS_SUPPORT_NDIS61)
    MINIPORT_DIRECT_OID_REQUEST_HANDLER        DirectOidRequestHandler;
    MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
#endif
#if (NDIS_SUPPORT_NDIS680)
    MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER   SynchronousOidRequestHandler;
#endif
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;

/* NDIS_MINIPORT_INIT_PARAMETERS (ns-ndis-_ndis_miniport_init_parameters) */
typedef struct _NDIS_MINIPORT_INIT_PARAMETERS {
    NDIS_OBJECT_HEADER                   Header;
    ULONG                                Flags;
    PNDIS_RESOURCE_LIST                  AllocatedResources;
    NDIS_HANDLE                          IMDeviceInstanceContext;
    NDIS_HANDLE                          MiniportAddDeviceContext;
    NET_IFINDEX                          IfIndex;
    NET_LUID                             NetLuid;
    PNDIS_PORT_AUTHENTICATION_PARAMETERS DefaultPortAuthStates;
    PNDIS_PCI_DEVICE_CUSTOM_PROPERTIES   PciDeviceCustomProperties;
} NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;

/* NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS (ns-ndis-_ndis_miniport_interrupt_characteristics) */
typedef struct _NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS {
    NDIS_OBJECT_HEADER                     Header;
    MINIPORT_ISR_HANDLER                   InterruptHandler;
    MINIPORT_INTERRUPT_DPC_HANDLER         InterruptDpcHandler;
    MINIPORT_DISABLE_INTERRUPT_HANDLER     DisableInterruptHandler;
    MINIPORT_ENABLE_INTERRUPT_HANDLER      EnableInterruptHandler;
    BOOLEAN                                MsiSupported;
    BOOLEAN                                MsiSyncWithAllMessages;
    MINIPORT_MSI_ISR_HANDLER               MessageInterruptHandler;
    MINIPORT_MSI_INTERRUPT_DPC_HANDLER     MessageInterruptDpcHandler;
    MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER DisableMessageInterruptHandler;
    MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER  EnableMessageInterruptHandler;
    NDIS_INTERRUPT_TYPE                    InterruptType;
    PIO_INTERRUPT_MESSAGE_INFO             MessageInfoTable;
} NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS, *PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS;

/* NDIS_MINIPORT_PAUSE_PARAMETERS (ns-ndis-_ndis_miniport_pause_parameters) */
typedef struct _NDIS_MINIPORT_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG              Flags;
    ULONG              PauseReason;
} NDIS_MINIPORT_PAUSE_PARAMETERS, *PNDIS_MINIPORT_PAUSE_PARAMETERS;

/* NDIS_MINIPORT_PNP_CHARACTERISTICS (ns-ndis-_ndis_miniport_pnp_characteristics) */
typedef struct _NDIS_MINIPORT_PNP_CHARACTERISTICS {
    NDIS_OBJECT_HEADER                            Header;
    MINIPORT_ADD_DEVICE_HANDLER                   MiniportAddDeviceHandler;
    MINIPORT_REMOVE_DEVICE_HANDLER                MiniportRemoveDeviceHandler;
    MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER MiniportFilterResourceRequirementsHandler;
    MINIPORT_START_DEVICE_HANDLER                 MiniportStartDeviceHandler;
    ULONG                                         Flags;
} NDIS_MINIPORT_PNP_CHARACTERISTICS, *PNDIS_MINIPORT_PNP_CHARACTERISTICS;

/* NDIS_MINIPORT_RESTART_PARAMETERS (ns-ndis-_ndis_miniport_restart_parameters) */
typedef struct _NDIS_MINIPORT_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER       Header;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    ULONG                    Flags;
} NDIS_MINIPORT_RESTART_PARAMETERS, *PNDIS_MINIPORT_RESTART_PARAMETERS;

/* NDIS_MINIPORT_SS_CHARACTERISTICS (ns-ndis-_ndis_miniport_ss_characteristics) */
typedef struct _NDIS_MINIPORT_SS_CHARACTERISTICS {
    NDIS_OBJECT_HEADER                        Header;
    ULONG                                     Flags;
    MINIPORT_IDLE_NOTIFICATION_HANDLER        IdleNotificationHandler;
    MINIPORT_CANCEL_IDLE_NOTIFICATION_HANDLER CancelIdleNotificationHandler;
} NDIS_MINIPORT_SS_CHARACTERISTICS, *PNDIS_MINIPORT_SS_CHARACTERISTICS;

/* NDIS_MSIX_CONFIG_PARAMETERS (ns-ndis-_ndis_msix_config_parameters) */
typedef struct _NDIS_MSIX_CONFIG_PARAMETERS {
    NDIS_OBJECT_HEADER        Header;
    NDIS_MSIX_TABLE_OPERATION ConfigOperation;
    ULONG                     TableEntry;
    ULONG                     MessageNumber;
} NDIS_MSIX_CONFIG_PARAMETERS, *PNDIS_MSIX_CONFIG_PARAMETERS;

/* NDIS_RECEIVE_QUEUE_STATE (ns-ndis-_ndis_receive_queue_state) */
typedef struct _NDIS_RECEIVE_QUEUE_STATE {
    NDIS_OBJECT_HEADER                   Header;
    ULONG                                Flags;
    NDIS_RECEIVE_QUEUE_ID                QueueId;
    NDIS_RECEIVE_QUEUE_OPERATIONAL_STATE QueueState;
} NDIS_RECEIVE_QUEUE_STATE, *PNDIS_RECEIVE_QUEUE_STATE;

/* NDIS_RECEIVE_THROTTLE_PARAMETERS (ns-ndis-_ndis_receive_throttle_parameters) */
typedef struct _NDIS_RECEIVE_THROTTLE_PARAMETERS {
    ULONG MaxNblsToIndicate;
    ULONG MoreNblsPending  :1;
} NDIS_RECEIVE_THROTTLE_PARAMETERS, *PNDIS_RECEIVE_THROTTLE_PARAMETERS;

/* NDIS_RESTART_ATTRIBUTES (ns-ndis-_ndis_restart_attributes) */
typedef struct _NDIS_RESTART_ATTRIBUTES {
    PNDIS_RESTART_ATTRIBUTES Next;
    NDIS_OID                 Oid;
    ULONG                    DataLength;
    UCHAR                    Data[1];
} NDIS_RESTART_ATTRIBUTES, *PNDIS_RESTART_ATTRIBUTES;

/* NDIS_RESTART_GENERAL_ATTRIBUTES (ns-ndis-_ndis_restart_general_attributes) */
typedef struct _NDIS_RESTART_GENERAL_ATTRIBUTES {
    NDIS_OBJECT_HEADER               Header;
    ULONG                            MtuSize;
    ULONG64                          MaxXmitLinkSpeed;
    ULONG64                          MaxRcvLinkSpeed;
    ULONG                            LookaheadSize;
    ULONG                            MacOptions;
    ULONG                            SupportedPacketFilters;
    ULONG                            MaxMulticastListSize;
    PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
    NET_IF_ACCESS_TYPE               AccessType;
    ULONG                            Flags;
    NET_IF_CONNECTION_TYPE           ConnectionType;
    ULONG                            SupportedStatistics;
    ULONG                            DataBackFillSize;
    ULONG                            ContextBackFillSize;
    PNDIS_OID                        SupportedOidList;
    ULONG                            SupportedOidListLength;
#if (NDIS_SUPPORT_NDIS620)
    ULONG                            MaxLookaheadSizeAccessed;
#endif
} NDIS_RESTART_GENERAL_ATTRIBUTES, *PNDIS_RESTART_GENERAL_ATTRIBUTES;

/* NDIS_SCATTER_GATHER_LIST_PARAMETERS (ns-ndis-_ndis_scatter_gather_list_parameters) */
typedef struct _NDIS_SCATTER_GATHER_LIST_PARAMETERS {
    NDIS_OBJECT_HEADER           Header;
    ULONG                        Flags;
    NDIS_RECEIVE_QUEUE_ID        QueueId;
    NDIS_SHARED_MEMORY_USAGE     SharedMemoryUsage;
    PMDL                         Mdl;
    PVOID                        CurrentVa;
    ULONG                        Length;
    NDIS_PROCESS_SG_LIST_HANDLER ProcessSGListHandler;
    PVOID                        Context;
    PSCATTER_GATHER_LIST         ScatterGatherListBuffer;
    ULONG                        ScatterGatherListBufferSize;
    ULONG                        ScatterGatherListBufferSizeNeeded;
} NDIS_SCATTER_GATHER_LIST_PARAMETERS, *PNDIS_SCATTER_GATHER_LIST_PARAMETERS;

/* NDIS_SHARED_MEMORY_PARAMETERS (ns-ndis-_ndis_shared_memory_parameters) */
typedef struct _NDIS_SHARED_MEMORY_PARAMETERS {
    NDIS_OBJECT_HEADER       Header;
    ULONG                    Flags;
    NDIS_RECEIVE_QUEUE_ID    QueueId;
    NDIS_HANDLE              SharedMemoryHandle;
    NODE_REQUIREMENT         PreferredNode;
    NDIS_SHARED_MEMORY_USAGE Usage;
    ULONG                    Length;
    PVOID                    VirtualAddress;
    ULONG                    SGListBufferLength;
    PSCATTER_GATHER_LIST     SGListBuffer;
#if (NDIS_SUPPORT_NDIS630)
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
#endif
} NDIS_SHARED_MEMORY_PARAMETERS, *PNDIS_SHARED_MEMORY_PARAMETERS;

/* NDIS_SHARED_MEMORY_PROVIDER_CHARACTERISTICS (ns-ndis-_ndis_shared_memory_provider_characteristics) */
typedef struct _NDIS_SHARED_MEMORY_PROVIDER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER             Header;
    ULONG                          Flags;
    NDIS_HANDLE                    ProviderContext;
    PALLOCATE_SHARED_MEMORY_HANDLER AllocateSharedMemoryHandler;
    PFREE_SHARED_MEMORY_HANDLER     FreeSharedMemoryHandler;
} NDIS_SHARED_MEMORY_PROVIDER_CHARACTERISTICS, *PNDIS_SHARED_MEMORY_PROVIDER_CHARACTERISTICS;

#endif /* DDICHECK_MODEL_NDIS_MINIPORT_H */
