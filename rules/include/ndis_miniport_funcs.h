/*
 * ndis_miniport_funcs.h -- ddicheck model header, part of ndis.h: the NDIS 6 miniport functions (NdisM*).
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
#ifndef DDICHECK_MODEL_NDIS_MINIPORT_FUNCS_H
#define DDICHECK_MODEL_NDIS_MINIPORT_FUNCS_H

/* nf-ndis-ndismallocatenetbuffersglist; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_STATUS NdisMAllocateNetBufferSGList(
    _In_ NDIS_HANDLE NdisMiniportDmaHandle,
    _In_ PNET_BUFFER NetBuffer,
    _In_ PVOID Context,
    _In_ ULONG Flags,
    _In_opt_ PVOID ScatterGatherListBuffer,
    _In_ ULONG ScatterGatherListBufferSize);

/* nf-ndis-ndismallocateport; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisMAllocatePort(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _Inout_ PNDIS_PORT_CHARACTERISTICS PortCharacteristics);

/* nf-ndis-ndismallocatesharedmemory; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMAllocateSharedMemory(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ ULONG Length,
    _In_ BOOLEAN Cached,
    _Out_ PVOID *VirtualAddress,
    _Out_ PNDIS_PHYSICAL_ADDRESS PhysicalAddress);

/* nf-ndis-ndismallocatesharedmemoryasyncex; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisMAllocateSharedMemoryAsyncEx(
    _In_ NDIS_HANDLE MiniportDmaHandle,
    _In_ ULONG Length,
    _In_ BOOLEAN Cached,
    _In_ PVOID Context);

/* nf-ndis-ndismcloselog; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMCloseLog(
    _In_ NDIS_HANDLE LogHandle);

/* nf-ndis-ndismcreatelog; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMCreateLog(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ UINT Size,
    _Out_ PNDIS_HANDLE LogHandle);

/* nf-ndis-ndismderegisterdmachannel; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMDeregisterDmaChannel(
    _In_ NDIS_HANDLE MiniportDmaHandle);

/* nf-ndis-ndismderegisterinterruptex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMDeregisterInterruptEx(
    _In_ NDIS_HANDLE NdisInterruptHandle);

/* nf-ndis-ndismderegisterioportrange; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMDeregisterIoPortRange(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ UINT InitialPort,
    _In_ UINT NumberOfPorts,
    _In_ PVOID PortOffset);

/* nf-ndis-ndismderegisterminiportdriver; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMDeregisterMiniportDriver(
    _In_ NDIS_HANDLE NdisMiniportDriverHandle);

/* nf-ndis-ndismderegisterscattergatherdma; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMDeregisterScatterGatherDma(
    _In_ NDIS_HANDLE NdisMiniportDmaHandle);

/* nf-ndis-ndismdirectoidrequestcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMDirectOidRequestComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);

/* nf-ndis-ndismenablevirtualization; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMEnableVirtualization(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ USHORT NumVFs,
    _In_ BOOLEAN EnableVFMigration,
    _In_ BOOLEAN EnableMigrationInterrupt,
    _In_ BOOLEAN EnableVirtualization);

/* nf-ndis-ndismflushlog; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMFlushLog(
    _In_ NDIS_HANDLE LogHandle);

/* nf-ndis-ndismfreenetbuffersglist; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
VOID NdisMFreeNetBufferSGList(
    _In_ NDIS_HANDLE NdisMiniportDmaHandle,
    _In_ PSCATTER_GATHER_LIST pSGL,
    _In_ PNET_BUFFER NetBuffer);

/* nf-ndis-ndismfreeport; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisMFreePort(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_PORT_NUMBER PortNumber);

/* nf-ndis-ndismfreesharedmemory; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMFreeSharedMemory(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ ULONG Length,
    _In_ BOOLEAN Cached,
    _In_ PVOID VirtualAddress,
    _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress);

/* nf-ndis-ndismgetbusdata; req.irql: Any level */
ULONG NdisMGetBusData(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ ULONG WhichSpace,
    _In_ ULONG Offset,
    _Out_ PVOID Buffer,
    _In_ ULONG Length);

/* nf-ndis-ndismgetdeviceproperty; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMGetDeviceProperty(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _Out_opt_ PDEVICE_OBJECT *PhysicalDeviceObject,
    _Out_opt_ PDEVICE_OBJECT *FunctionalDeviceObject,
    _Out_opt_ PDEVICE_OBJECT *NextDeviceObject,
    _Out_opt_ PCM_RESOURCE_LIST *AllocatedResources,
    _Out_opt_ PCM_RESOURCE_LIST *AllocatedResourcesTranslated);

/* nf-ndis-ndismgetdmaalignment; req.irql: = PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
ULONG NdisMGetDmaAlignment(
    _In_ NDIS_HANDLE MiniportAdapterHandle);

/* nf-ndis-ndismgetvirtualfunctionbusdata; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG NdisMGetVirtualFunctionBusData(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ NDIS_SRIOV_FUNCTION_ID VFId,
    _Out_ PVOID Buffer,
    _In_ ULONG Offset,
    _In_ ULONG Length);

/* nf-ndis-ndismgetvirtualfunctionlocation; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMGetVirtualFunctionLocation(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ NDIS_SRIOV_FUNCTION_ID VFId,
    _Out_ PUSHORT SegmentNumber,
    _Out_ PUCHAR BusNumber,
    _Out_ PUCHAR FunctionNumber);

/* nf-ndis-ndismidlenotificationcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMIdleNotificationComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle);

/* nf-ndis-ndismidlenotificationconfirm; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMIdleNotificationConfirm(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_DEVICE_POWER_STATE IdlePowerState);

/* nf-ndis-ndismindicatereceivenetbufferlists; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMIndicateReceiveNetBufferLists(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber,
    _In_ ULONG NumberOfNetBufferLists,
    _In_ ULONG ReceiveFlags);

/* nf-ndis-ndismindicatestatusex; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMIndicateStatusEx(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNDIS_STATUS_INDICATION StatusIndication);

/* nf-ndis-ndisminvalidateconfigblock; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMInvalidateConfigBlock(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ NDIS_SRIOV_FUNCTION_ID VFId,
    _In_ ULONGLONG BlockMask);

/* nf-ndis-ndismmapiospace; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMMapIoSpace(
    _Out_ PVOID *VirtualAddress,
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress,
    _In_ UINT Length);

/* nf-ndis-ndismnetpnpevent; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMNetPnPEvent(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEvent);

/* nf-ndis-ndismoidrequestcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMOidRequestComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);

/* nf-ndis-ndismpausecomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMPauseComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle);

/* nf-ndis-ndismqueryadapterinstancename; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMQueryAdapterInstanceName(
    _Out_ PNDIS_STRING AdapterInstanceName,
    _In_ NDIS_HANDLE MiniportAdapterHandle);

/* nf-ndis-ndismqueryprobedbars; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMQueryProbedBars(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _Out_ PULONG BaseRegisterValues);

/* nf-ndis-ndismqueuedpc; req.irql: Any level */
ULONG NdisMQueueDpc(
    _In_ NDIS_HANDLE NdisInterruptHandle,
    _In_ ULONG MessageId,
    _In_ ULONG TargetProcessors,
    _In_opt_ PVOID MiniportDpcContext);

/* nf-ndis-ndismqueuedpcex; req.irql: Any level */
KAFFINITY NdisMQueueDpcEx(
    _In_ NDIS_HANDLE NdisInterruptHandle,
    _In_ ULONG MessageId,
    _In_ PGROUP_AFFINITY TargetProcessors,
    _In_ PVOID MiniportDpcContext);

/* nf-ndis-ndismreadconfigblock; req.irql: <= APC_LEVEL */
_IRQL_requires_max_(APC_LEVEL)
NDIS_STATUS NdisMReadConfigBlock(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ ULONG BlockId,
    _Out_ PVOID Buffer,
    _In_ ULONG Length);

/* nf-ndis-ndismreaddmacounter; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG NdisMReadDmaCounter(
    _In_ NDIS_HANDLE MiniportDmaHandle);

/* nf-ndis-ndismregisterdmachannel; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMRegisterDmaChannel(
    _Out_ PNDIS_HANDLE MiniportDmaHandle,
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ UINT DmaChannel,
    _In_ BOOLEAN Dma32BitAddresses,
    _In_ PNDIS_DMA_DESCRIPTION DmaDescription,
    _In_ ULONG MaximumLength);

/* nf-ndis-ndismregisterinterruptex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMRegisterInterruptEx(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_HANDLE MiniportInterruptContext,
    _In_ PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS MiniportInterruptCharacteristics,
    _Out_ PNDIS_HANDLE NdisInterruptHandle);

/* nf-ndis-ndismregisterioportrange; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMRegisterIoPortRange(
    _Out_ PVOID *PortOffset,
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ UINT InitialPort,
    _In_ UINT NumberOfPorts);

/* nf-ndis-ndismregisterminiportdriver; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMRegisterMiniportDriver(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath,
    _In_opt_ NDIS_HANDLE MiniportDriverContext,
    _In_ PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
    _Out_ PNDIS_HANDLE NdisMiniportDriverHandle);

/* nf-ndis-ndismregisterscattergatherdma; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMRegisterScatterGatherDma(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _Inout_ PNDIS_SG_DMA_DESCRIPTION DmaDescription,
    _Out_ PNDIS_HANDLE NdisMiniportDmaHandle);

/* nf-ndis-ndismremoveminiport; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisMRemoveMiniport(
    _In_ NDIS_HANDLE MiniportAdapterHandle);

/* nf-ndis-ndismresetcomplete; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
VOID NdisMResetComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_STATUS Status,
    _In_ BOOLEAN AddressingReset);

/* nf-ndis-ndismresetminiport; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMResetMiniport(
    _In_ NDIS_HANDLE MiniportAdapterHandle);

/* nf-ndis-ndismrestartcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMRestartComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_STATUS Status);

/* nf-ndis-ndismsendnetbufferlistscomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMSendNetBufferListsComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG SendCompleteFlags);

/* nf-ndis-ndismsetbusdata; req.irql: Any level */
ULONG NdisMSetBusData(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ ULONG WhichSpace,
    _In_ ULONG Offset,
    _In_ PVOID Buffer,
    _In_ ULONG Length);

/* nf-ndis-ndismsetminiportattributes; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMSetMiniportAttributes(
    _In_ NDIS_HANDLE NdisMiniportAdapterHandle,
    _In_ PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes);

/* nf-ndis-ndismsetvirtualfunctionbusdata; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG NdisMSetVirtualFunctionBusData(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ NDIS_SRIOV_FUNCTION_ID VFId,
    _In_ PVOID Buffer,
    _In_ ULONG Offset,
    _In_ ULONG Length);

/* nf-ndis-ndismsetupdmatransfer; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMSetupDmaTransfer(
    _Out_ PNDIS_STATUS Status,
    _In_ NDIS_HANDLE MiniportDmaHandle,
    _In_ PNDIS_BUFFER Buffer,
    _In_ ULONG Offset,
    _In_ ULONG Length,
    _In_ BOOLEAN WriteToDevice);

/* nf-ndis-ndismsleep; req.irql: < DISPATCH_LEVEL */
_IRQL_requires_max_(APC_LEVEL)
VOID NdisMSleep(
    _In_ ULONG MicrosecondsToSleep);

/* nf-ndis-ndismsynchronizewithinterruptex; req.irql: <= DIRQL */
BOOLEAN NdisMSynchronizeWithInterruptEx(
    _In_ NDIS_HANDLE NdisInterruptHandle,
    _In_ ULONG MessageId,
    _In_ PVOID SynchronizeFunction,
    _In_ PVOID SynchronizeContext);

/* nf-ndis-ndismunmapiospace; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMUnmapIoSpace(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PVOID VirtualAddress,
    _In_ UINT Length);

/* nf-ndis-ndismwriteconfigblock; req.irql: <= APC_LEVEL */
_IRQL_requires_max_(APC_LEVEL)
NDIS_STATUS NdisMWriteConfigBlock(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ ULONG BlockId,
    _In_ PVOID Buffer,
    _In_ ULONG Length);

/* nf-ndis-ndismwritelogdata; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisMWriteLogData(
    _In_ NDIS_HANDLE LogHandle,
    _In_ PVOID LogBuffer,
    _In_ UINT LogBufferSize);

/* nf-ndis-ndismapfile; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMapFile(
    _Out_ PNDIS_STATUS Status,
    _Out_ PVOID *MappedBuffer,
    _In_ NDIS_HANDLE FileHandle);

/* nf-ndis-ndismaxgroupcount; req.irql: Any level */
USHORT NdisMaxGroupCount(VOID);

/* nf-ndis-ndismovememory; req.irql: See Remarks section */
VOID NdisMoveMemory(
    _Out_ PVOID Destination,
    _In_ PVOID Source,
    _In_ ULONG Length);

#endif /* DDICHECK_MODEL_NDIS_MINIPORT_FUNCS_H */
