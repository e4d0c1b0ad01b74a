/*
 * wdm_pnp.h -- ddicheck model header, part of wdm.h: Plug and Play and
 * power routines -- PnP notification registration, device properties,
 * device interfaces, device relations, power IRPs, WMI registration and
 * the error log.
 *
 * Written for ddicheck from the `## -syntax` blocks and req.irql of the
 * public reference pages under ddi/wdm; it is not a copy of Microsoft's
 * wdm.h.  Include <wdm.h>, not this file.
 */
#ifndef DDICHECK_MODEL_WDM_PNP_H
#define DDICHECK_MODEL_WDM_PNP_H

/* ------------------------------------------------- PnP notification */
typedef enum _IO_NOTIFICATION_EVENT_CATEGORY {
    EventCategoryReserved,
    EventCategoryHardwareProfileChange,
    EventCategoryDeviceInterfaceChange,
    EventCategoryTargetDeviceChange,
    EventCategoryKernelSoftRestart
} IO_NOTIFICATION_EVENT_CATEGORY;

#define PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES 0x00000001

/* DRIVER_NOTIFICATION_CALLBACK_ROUTINE: called at PASSIVE_LEVEL. */
typedef _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_ _Function_class_(DRIVER_NOTIFICATION_CALLBACK_ROUTINE)
NTSTATUS (DRIVER_NOTIFICATION_CALLBACK_ROUTINE)(
    _In_ PVOID NotificationStructure,
    _Inout_opt_ PVOID Context);
typedef DRIVER_NOTIFICATION_CALLBACK_ROUTINE *PDRIVER_NOTIFICATION_CALLBACK_ROUTINE;

typedef struct _PLUGPLAY_NOTIFICATION_HEADER {
    USHORT Version;
    USHORT Size;
    GUID Event;
} PLUGPLAY_NOTIFICATION_HEADER, *PPLUGPLAY_NOTIFICATION_HEADER;

typedef struct _DEVICE_INTERFACE_CHANGE_NOTIFICATION {
    USHORT Version;
    USHORT Size;
    GUID Event;
    GUID InterfaceClassGuid;
    PUNICODE_STRING SymbolicLinkName;
} DEVICE_INTERFACE_CHANGE_NOTIFICATION, *PDEVICE_INTERFACE_CHANGE_NOTIFICATION;

typedef struct _TARGET_DEVICE_REMOVAL_NOTIFICATION {
    USHORT Version;
    USHORT Size;
    GUID Event;
    PFILE_OBJECT FileObject;
} TARGET_DEVICE_REMOVAL_NOTIFICATION, *PTARGET_DEVICE_REMOVAL_NOTIFICATION;

typedef struct _TARGET_DEVICE_CUSTOM_NOTIFICATION {
    USHORT Version;
    USHORT Size;
    GUID Event;
    PFILE_OBJECT FileObject;
    LONG NameBufferOffset;
    UCHAR CustomDataBuffer[1];
} TARGET_DEVICE_CUSTOM_NOTIFICATION, *PTARGET_DEVICE_CUSTOM_NOTIFICATION;

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoRegisterPlugPlayNotification(
    _In_ IO_NOTIFICATION_EVENT_CATEGORY EventCategory,
    _In_ ULONG EventCategoryFlags,
    _In_opt_ PVOID EventCategoryData,
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PDRIVER_NOTIFICATION_CALLBACK_ROUTINE CallbackRoutine,
    _Inout_opt_ __drv_aliasesMem PVOID Context,
    _Outptr_result_nullonfailure_ PVOID *NotificationEntry);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoUnregisterPlugPlayNotification(
    _In_ PVOID NotificationEntry);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoUnregisterPlugPlayNotificationEx(
    _In_ PVOID NotificationEntry);

/* ------------------------------------------ properties and interfaces */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoGetDeviceProperty(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ ULONG BufferLength,
    _Out_writes_bytes_opt_(BufferLength) PVOID PropertyBuffer,
    _Out_ PULONG ResultLength);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoRegisterDeviceInterface(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject,
    _In_ CONST GUID *InterfaceClassGuid,
    _In_opt_ PUNICODE_STRING ReferenceString,
    _Out_ PUNICODE_STRING SymbolicLinkName);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoSetDeviceInterfaceState(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ BOOLEAN Enable);

#define PLUGPLAY_REGKEY_DEVICE  1
#define PLUGPLAY_REGKEY_DRIVER  2
#define PLUGPLAY_REGKEY_CURRENT_HWPROFILE 4

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoOpenDeviceRegistryKey(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ ULONG DevInstKeyType,
    _In_ ACCESS_MASK DesiredAccess,
    _Out_ PHANDLE DeviceRegKey);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoInvalidateDeviceRelations(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ DEVICE_RELATION_TYPE Type);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoInvalidateDeviceState(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject);

/* ---------------------------------------------------------------- power */
/* PoCallDriver: <= DISPATCH_LEVEL (remarks); a macro over IoCallDriver
 * in current WDKs, a function here. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS PoCallDriver(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID PoStartNextPowerIrp(
    _Inout_ PIRP Irp);

/* PoSetPowerState: <= DISPATCH_LEVEL for a device power state (remarks). */
_IRQL_requires_max_(DISPATCH_LEVEL)
POWER_STATE PoSetPowerState(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ POWER_STATE_TYPE Type,
    _In_ POWER_STATE State);

typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(REQUEST_POWER_COMPLETE)
VOID (REQUEST_POWER_COMPLETE)(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ UCHAR MinorFunction,
    _In_ POWER_STATE PowerState,
    _In_opt_ PVOID Context,
    _In_ PIO_STATUS_BLOCK IoStatus);
typedef REQUEST_POWER_COMPLETE *PREQUEST_POWER_COMPLETE;

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS PoRequestPowerIrp(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ UCHAR MinorFunction,
    _In_ POWER_STATE PowerState,
    _In_opt_ PREQUEST_POWER_COMPLETE CompletionFunction,
    _In_opt_ __drv_aliasesMem PVOID Context,
    _Outptr_opt_ PIRP *Irp);

/* ------------------------------------------------------------------ WMI */
#define WMIREG_ACTION_REGISTER      1
#define WMIREG_ACTION_DEREGISTER    2
#define WMIREG_ACTION_REREGISTER    3
#define WMIREG_ACTION_UPDATE_GUIDS  4

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoWMIRegistrationControl(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ ULONG Action);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS IoWMIWriteEvent(
    _Inout_ PVOID WnodeEventItem);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG IoWMIDeviceObjectToProviderId(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS IoWMIOpenBlock(
    _In_ LPCGUID Guid,
    _In_ ULONG DesiredAccess,
    _Out_ PVOID *DataBlockObject);

/* The WMI notification callback: a function type and its pointer type. */
typedef _Function_class_(FWMI_NOTIFICATION_CALLBACK)
VOID (FWMI_NOTIFICATION_CALLBACK)(
    PVOID Wnode,
    PVOID Context);
typedef FWMI_NOTIFICATION_CALLBACK *WMI_NOTIFICATION_CALLBACK;

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS IoWMISetNotificationCallback(
    _Inout_ PVOID Object,
    _In_ WMI_NOTIFICATION_CALLBACK Callback,
    _In_opt_ PVOID Context);

#define WMIGUID_QUERY                 0x0001
#define WMIGUID_SET                   0x0002
#define WMIGUID_NOTIFICATION          0x0004
#define WMIGUID_READ_DESCRIPTION      0x0008
#define WMIGUID_EXECUTE               0x0010
#define TRACELOG_CREATE_REALTIME      0x0020
#define TRACELOG_CREATE_ONDISK        0x0040
#define TRACELOG_GUID_ENABLE          0x0080
#define WMIGUID_ALL_ACCESS            (STANDARD_RIGHTS_READ | SYNCHRONIZE | 0x0FFF)

/* ------------------------------------------------------------ error log */
typedef struct _IO_ERROR_LOG_PACKET {
    UCHAR MajorFunctionCode;
    UCHAR RetryCount;
    USHORT DumpDataSize;
    USHORT NumberOfStrings;
    USHORT StringOffset;
    USHORT EventCategory;
    NTSTATUS ErrorCode;
    ULONG UniqueErrorValue;
    NTSTATUS FinalStatus;
    ULONG SequenceNumber;
    ULONG IoControlCode;
    LARGE_INTEGER DeviceOffset;
    ULONG DumpData[1];
} IO_ERROR_LOG_PACKET, *PIO_ERROR_LOG_PACKET;

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID IoAllocateErrorLogEntry(
    _In_ PVOID IoObject,
    _In_ UCHAR EntrySize);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoWriteErrorLogEntry(
    _In_ PVOID ElEntry);

#endif /* DDICHECK_MODEL_WDM_PNP_H */
