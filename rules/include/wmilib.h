/*
 * wmilib.h -- ddicheck model header: the WMI library a WDM (or KMDF, for
 * its WDM-style WMI) driver uses to answer IRP_MJ_SYSTEM_CONTROL --
 * WMILIB_CONTEXT with its WMIGUIDREGINFO list, the DpWmiXxx callback role
 * types, WmiSystemControl, WmiCompleteRequest and WmiFireEvent.
 *
 * Written for ddicheck from the public reference pages of the wmilib.h
 * header (learn.microsoft.com, windows-hardware/drivers/ddi/wmilib: the
 * syntax blocks of nf-wmilib-wmisystemcontrol, nf-wmilib-wmicompleterequest,
 * nf-wmilib-wmifireevent, the WMI_xxx_CALLBACK pages, ns-wmilib-wmiguidreginfo
 * and ns-wmilib-_wmilib_context), which are not in the shared ddi-docs set;
 * it is not a copy of Microsoft's wmilib.h.  The order of the enumerators
 * is the order in which the pages list them.
 *
 * IRQLs (from the same pages): WmiSystemControl PASSIVE_LEVEL,
 * WmiCompleteRequest and WmiFireEvent <= DISPATCH_LEVEL; WMI calls every
 * DpWmiXxx callback at PASSIVE_LEVEL.
 */
#ifndef DDICHECK_MODEL_WMILIB_H
#define DDICHECK_MODEL_WMILIB_H

#include <wdm.h>

/* How WmiSystemControl handled the IRP (nf-wmilib-wmisystemcontrol). */
typedef enum _SYSCTL_IRP_DISPOSITION {
    IrpProcessed,
    IrpNotCompleted,
    IrpNotWmi,
    IrpForward
} SYSCTL_IRP_DISPOSITION, *PSYSCTL_IRP_DISPOSITION;

/* What DpWmiFunctionControl enables or disables. */
typedef enum _WMIENABLEDISABLECONTROL {
    WmiEventControl,
    WmiDataBlockControl
} WMIENABLEDISABLECONTROL, *PWMIENABLEDISABLECONTROL;

/* One data or event block the driver registers (ns-wmilib-wmiguidreginfo);
 * Flags takes WMIREG_FLAG_xxx from <wmistr.h>. */
typedef struct _WMIGUIDREGINFO {
    LPCGUID Guid;
    ULONG InstanceCount;
    ULONG Flags;
} WMIGUIDREGINFO, *PWMIGUIDREGINFO;

/* ------------------------------------------------ callback role types */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(WMI_QUERY_REGINFO_CALLBACK)
NTSTATUS WMI_QUERY_REGINFO_CALLBACK(
    _Inout_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PULONG RegFlags,
    _Inout_ PUNICODE_STRING InstanceName,
    _Outptr_result_maybenull_ PUNICODE_STRING *RegistryPath,
    _Inout_ PUNICODE_STRING MofResourceName,
    _Outptr_result_maybenull_ PDEVICE_OBJECT *Pdo);
typedef WMI_QUERY_REGINFO_CALLBACK *PWMI_QUERY_REGINFO;

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(WMI_QUERY_DATABLOCK_CALLBACK)
NTSTATUS WMI_QUERY_DATABLOCK_CALLBACK(
    _Inout_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _In_ ULONG GuidIndex,
    _In_ ULONG InstanceIndex,
    _In_ ULONG InstanceCount,
    _Out_writes_opt_(InstanceCount) PULONG InstanceLengthArray,
    _In_ ULONG BufferAvail,
    _Out_writes_bytes_opt_(BufferAvail) PUCHAR Buffer);
typedef WMI_QUERY_DATABLOCK_CALLBACK *PWMI_QUERY_DATABLOCK;

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(WMI_SET_DATABLOCK_CALLBACK)
NTSTATUS WMI_SET_DATABLOCK_CALLBACK(
    _Inout_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _In_ ULONG GuidIndex,
    _In_ ULONG InstanceIndex,
    _In_ ULONG BufferSize,
    _In_reads_bytes_(BufferSize) PUCHAR Buffer);
typedef WMI_SET_DATABLOCK_CALLBACK *PWMI_SET_DATABLOCK;

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(WMI_SET_DATAITEM_CALLBACK)
NTSTATUS WMI_SET_DATAITEM_CALLBACK(
    _Inout_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _In_ ULONG GuidIndex,
    _In_ ULONG InstanceIndex,
    _In_ ULONG DataItemId,
    _In_ ULONG BufferSize,
    _In_reads_bytes_(BufferSize) PUCHAR Buffer);
typedef WMI_SET_DATAITEM_CALLBACK *PWMI_SET_DATAITEM;

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(WMI_EXECUTE_METHOD_CALLBACK)
NTSTATUS WMI_EXECUTE_METHOD_CALLBACK(
    _Inout_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _In_ ULONG GuidIndex,
    _In_ ULONG InstanceIndex,
    _In_ ULONG MethodId,
    _In_ ULONG InBufferSize,
    _In_ ULONG OutBufferSize,
    _Inout_updates_bytes_to_(InBufferSize, OutBufferSize) PUCHAR Buffer);
typedef WMI_EXECUTE_METHOD_CALLBACK *PWMI_EXECUTE_METHOD;

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(WMI_FUNCTION_CONTROL_CALLBACK)
NTSTATUS WMI_FUNCTION_CONTROL_CALLBACK(
    _Inout_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _In_ ULONG GuidIndex,
    _In_ WMIENABLEDISABLECONTROL Function,
    _In_ BOOLEAN Enable);
typedef WMI_FUNCTION_CONTROL_CALLBACK *PWMI_FUNCTION_CONTROL;

/* The registration a driver passes to WmiSystemControl
 * (ns-wmilib-_wmilib_context): each callback field registers its role. */
typedef struct _WMILIB_CONTEXT {
    ULONG GuidCount;
    PWMIGUIDREGINFO GuidList;
    PWMI_QUERY_REGINFO QueryWmiRegInfo;
    PWMI_QUERY_DATABLOCK QueryWmiDataBlock;
    PWMI_SET_DATABLOCK SetWmiDataBlock;
    PWMI_SET_DATAITEM SetWmiDataItem;
    PWMI_EXECUTE_METHOD ExecuteWmiMethod;
    PWMI_FUNCTION_CONTROL WmiFunctionControl;
} WMILIB_CONTEXT, *PWMILIB_CONTEXT;

/* ---------------------------------------------------------- routines */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WmiCompleteRequest(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _In_ NTSTATUS Status,
    _In_ ULONG BufferUsed,
    _In_ CCHAR PriorityBoost);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WmiSystemControl(
    _In_ PWMILIB_CONTEXT WmiLibInfo,
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _Out_ PSYSCTL_IRP_DISPOSITION IrpDisposition);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WmiFireEvent(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ LPCGUID Guid,
    _In_ ULONG InstanceIndex,
    _In_ ULONG EventDataSize,
    _In_reads_bytes_opt_(EventDataSize) PVOID EventData);

#endif /* DDICHECK_MODEL_WMILIB_H */
