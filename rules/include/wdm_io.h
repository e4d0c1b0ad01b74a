/*
 * wdm_io.h -- ddicheck model header, part of wdm.h: I/O manager routines: devices, IRPs, stack locations, MDLs,
 * work items, remove locks, object references.
 *
 * Written for ddicheck from the `## -syntax` blocks and req.irql of the
 * public reference pages under ddi/wdm; it is not a copy of Microsoft's
 * wdm.h.  Include <wdm.h>, not this file.
 */
#ifndef DDICHECK_MODEL_WDM_IO_H
#define DDICHECK_MODEL_WDM_IO_H

/* ---------------------------------------------------------- I/O manager */
_IRQL_requires_max_(APC_LEVEL)
NTSTATUS IoCreateDevice(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ ULONG DeviceExtensionSize,
    _In_opt_ PUNICODE_STRING DeviceName,
    _In_ DEVICE_TYPE DeviceType,
    _In_ ULONG DeviceCharacteristics,
    _In_ BOOLEAN Exclusive,
    _Outptr_result_nullonfailure_ PDEVICE_OBJECT *DeviceObject);

_IRQL_requires_max_(APC_LEVEL)
VOID IoDeleteDevice(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoCreateSymbolicLink(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ PUNICODE_STRING DeviceName);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoDeleteSymbolicLink(
    _In_ PUNICODE_STRING SymbolicLinkName);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoCompleteRequest(
    _In_ PIRP Irp,
    _In_ CCHAR PriorityBoost);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS IoCallDriver(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp);

_IRQL_requires_max_(HIGH_LEVEL)
PIO_STACK_LOCATION IoGetCurrentIrpStackLocation(
    _In_ PIRP Irp);

_IRQL_requires_max_(HIGH_LEVEL)
PIO_STACK_LOCATION IoGetNextIrpStackLocation(
    _In_ PIRP Irp);

_IRQL_requires_max_(HIGH_LEVEL)
VOID IoSkipCurrentIrpStackLocation(
    _Inout_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoCopyCurrentIrpStackLocationToNext(
    _Inout_ PIRP Irp);

_IRQL_requires_max_(HIGH_LEVEL)
VOID IoMarkIrpPending(
    _Inout_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoSetCompletionRoutine(
    _In_ PIRP Irp,
    _In_opt_ PIO_COMPLETION_ROUTINE CompletionRoutine,
    _In_opt_ __drv_aliasesMem PVOID Context,
    _In_ BOOLEAN InvokeOnSuccess,
    _In_ BOOLEAN InvokeOnError,
    _In_ BOOLEAN InvokeOnCancel);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDRIVER_CANCEL IoSetCancelRoutine(
    _Inout_ PIRP Irp,
    _In_opt_ PDRIVER_CANCEL CancelRoutine);

_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP IoAllocateIrp(
    _In_ CCHAR StackSize,
    _In_ BOOLEAN ChargeQuota);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoFreeIrp(
    _In_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
PMDL IoAllocateMdl(
    _In_opt_ PVOID VirtualAddress,
    _In_ ULONG Length,
    _In_ BOOLEAN SecondaryBuffer,
    _In_ BOOLEAN ChargeQuota,
    _Inout_opt_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoFreeMdl(
    _In_ PMDL Mdl);

_IRQL_requires_max_(DISPATCH_LEVEL)
PIO_WORKITEM IoAllocateWorkItem(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoQueueWorkItem(
    _Inout_ PIO_WORKITEM IoWorkItem,
    _In_ PIO_WORKITEM_ROUTINE WorkerRoutine,
    _In_ WORK_QUEUE_TYPE QueueType,
    _In_opt_ PVOID Context);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoFreeWorkItem(
    _In_ PIO_WORKITEM IoWorkItem);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT IoAttachDeviceToDeviceStack(
    _In_ PDEVICE_OBJECT SourceDevice,
    _In_ PDEVICE_OBJECT TargetDevice);

_IRQL_requires_(PASSIVE_LEVEL)
VOID IoDetachDevice(
    _Inout_ PDEVICE_OBJECT TargetDevice);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoGetDeviceObjectPointer(
    _In_ PUNICODE_STRING ObjectName,
    _In_ ACCESS_MASK DesiredAccess,
    _Out_ PFILE_OBJECT *FileObject,
    _Out_ PDEVICE_OBJECT *DeviceObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoInitializeRemoveLockEx(
    _Out_ PIO_REMOVE_LOCK Lock,
    _In_ ULONG AllocateTag,
    _In_ ULONG MaxLockedMinutes,
    _In_ ULONG HighWatermark,
    _In_ ULONG RemlockSize);
#define IoInitializeRemoveLock(Lock, Tag, Maxmin, HighWater) \
    IoInitializeRemoveLockEx((Lock), (Tag), (Maxmin), (HighWater), sizeof(IO_REMOVE_LOCK))

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ObfReferenceObject(
    _In_ PVOID Object);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ObfDereferenceObject(
    _In_ PVOID Object);

#define ObReferenceObject(Object)   ObfReferenceObject(Object)
#define ObDereferenceObject(Object) ObfDereferenceObject(Object)

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ObReferenceObjectByHandle(
    _In_ HANDLE Handle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ PVOID ObjectType,
    _In_ KPROCESSOR_MODE AccessMode,
    _Out_ PVOID *Object,
    _Out_opt_ PVOID HandleInformation);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID MmGetSystemAddressForMdlSafe(
    _Inout_ PMDL Mdl,
    _In_ ULONG Priority);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID MmBuildMdlForNonPagedPool(
    _Inout_ PMDL MemoryDescriptorList);

#define MmGetMdlByteCount(Mdl)      ((Mdl)->ByteCount)
#define MmGetMdlVirtualAddress(Mdl) ((PVOID)((PCHAR)((Mdl)->StartVa) + (Mdl)->ByteOffset))

#endif /* DDICHECK_MODEL_WDM_IO_H */
