/*
 * batclass.h -- ddicheck model header: the battery class driver's
 * interface to battery miniclass drivers -- the six BatteryMiniXxx
 * callback role types, BATTERY_NOTIFY, the registration structures
 * BATTERY_MINIPORT_INFO and BATTERY_MINIPORT_INFO_V1_1 with their version
 * numbers, and the BatteryClassXxx routines.  Includes <poclass.h> (the
 * battery IOCTLs and structures).  The BATTERY_WMI_xxx data blocks, which
 * the class driver fills in and miniclass drivers do not touch, and
 * BatteryClassUpdateData are not modelled.
 *
 * Written for ddicheck from the public reference pages of batclass.h
 * (MicrosoftDocs sdk-api, content/batclass: nc-batclass-bclass_xxx_callback,
 * nf-batclass-batteryclassxxx, ns-batclass-battery_miniport_info(_v1_1),
 * ns-batclass-battery_notify), which are not in the shared ddi-docs set;
 * it is not a copy of Microsoft's batclass.h.  Parameter types and the
 * version numbers: the public mingw-w64 header
 * (mingw-w64-headers/include/batclass.h); BATTERY_CLASS_MINOR_VERSION_1,
 * which mingw-w64 lacks, is 1, as an earlier revision of Microsoft's
 * simbatt sample defined it for itself (batclass_prepublish.h).
 *
 * IRQLs (from the same pages): the battery class driver calls every
 * BatteryMiniXxx callback at PASSIVE_LEVEL; the pages of the
 * BatteryClassXxx routines give no IRQL, so they carry none here.
 */
#ifndef DDICHECK_MODEL_BATCLASS_H
#define DDICHECK_MODEL_BATCLASS_H

#include <wdm.h>
#include <poclass.h>

#ifndef BATTERYCLASSAPI
#define BATTERYCLASSAPI DECLSPEC_IMPORT
#endif

/* ns-batclass-battery_notify: the conditions BatteryMiniSetStatusNotify
 * is asked to report (BATTERY_xxx power-state bits, capacity range). */
typedef struct {
    ULONG PowerState;
    ULONG LowCapacity;
    ULONG HighCapacity;
} BATTERY_NOTIFY, *PBATTERY_NOTIFY;

/* ------------------------------------------------ callback role types */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(BCLASS_QUERY_TAG_CALLBACK)
NTSTATUS BCLASS_QUERY_TAG_CALLBACK(
    _In_ PVOID Context,
    _Out_ PULONG BatteryTag);
typedef BCLASS_QUERY_TAG_CALLBACK *PBCLASS_QUERY_TAG_CALLBACK;

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(BCLASS_QUERY_INFORMATION_CALLBACK)
NTSTATUS BCLASS_QUERY_INFORMATION_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG BatteryTag,
    _In_ BATTERY_QUERY_INFORMATION_LEVEL Level,
    _In_ LONG AtRate,
    _Out_writes_bytes_to_(BufferLength, *ReturnedLength) PVOID Buffer,
    _In_ ULONG BufferLength,
    _Out_ PULONG ReturnedLength);
typedef BCLASS_QUERY_INFORMATION_CALLBACK *PBCLASS_QUERY_INFORMATION_CALLBACK;

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(BCLASS_QUERY_STATUS_CALLBACK)
NTSTATUS BCLASS_QUERY_STATUS_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG BatteryTag,
    _Out_ PBATTERY_STATUS BatteryStatus);
typedef BCLASS_QUERY_STATUS_CALLBACK *PBCLASS_QUERY_STATUS_CALLBACK;

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(BCLASS_SET_STATUS_NOTIFY_CALLBACK)
NTSTATUS BCLASS_SET_STATUS_NOTIFY_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG BatteryTag,
    _In_ PBATTERY_NOTIFY BatteryNotify);
typedef BCLASS_SET_STATUS_NOTIFY_CALLBACK *PBCLASS_SET_STATUS_NOTIFY_CALLBACK;

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(BCLASS_SET_INFORMATION_CALLBACK)
NTSTATUS BCLASS_SET_INFORMATION_CALLBACK(
    _In_ PVOID Context,
    _In_ ULONG BatteryTag,
    _In_ BATTERY_SET_INFORMATION_LEVEL Level,
    _In_opt_ PVOID Buffer);
typedef BCLASS_SET_INFORMATION_CALLBACK *PBCLASS_SET_INFORMATION_CALLBACK;

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(BCLASS_DISABLE_STATUS_NOTIFY_CALLBACK)
NTSTATUS BCLASS_DISABLE_STATUS_NOTIFY_CALLBACK(
    _In_ PVOID Context);
typedef BCLASS_DISABLE_STATUS_NOTIFY_CALLBACK *PBCLASS_DISABLE_STATUS_NOTIFY_CALLBACK;

/* The field types of the registration structures. */
typedef PBCLASS_QUERY_TAG_CALLBACK BCLASS_QUERY_TAG;
typedef PBCLASS_QUERY_INFORMATION_CALLBACK BCLASS_QUERY_INFORMATION;
typedef PBCLASS_SET_INFORMATION_CALLBACK BCLASS_SET_INFORMATION;
typedef PBCLASS_QUERY_STATUS_CALLBACK BCLASS_QUERY_STATUS;
typedef PBCLASS_SET_STATUS_NOTIFY_CALLBACK BCLASS_SET_STATUS_NOTIFY;
typedef PBCLASS_DISABLE_STATUS_NOTIFY_CALLBACK BCLASS_DISABLE_STATUS_NOTIFY;

/* ------------------------------------------------------- registration */
/* What a miniclass driver passes to BatteryClassInitializeDevice: each
 * callback field registers its role.  V1_1 adds the FDO; a driver that
 * fills it in sets MinorVersion to BATTERY_CLASS_MINOR_VERSION_1 and
 * passes it cast to PBATTERY_MINIPORT_INFO. */
typedef struct {
    USHORT MajorVersion;
    USHORT MinorVersion;
    PVOID Context;
    BCLASS_QUERY_TAG QueryTag;
    BCLASS_QUERY_INFORMATION QueryInformation;
    BCLASS_SET_INFORMATION SetInformation;
    BCLASS_QUERY_STATUS QueryStatus;
    BCLASS_SET_STATUS_NOTIFY SetStatusNotify;
    BCLASS_DISABLE_STATUS_NOTIFY DisableStatusNotify;
    PDEVICE_OBJECT Pdo;
    PUNICODE_STRING DeviceName;
} BATTERY_MINIPORT_INFO, *PBATTERY_MINIPORT_INFO;

typedef struct {
    USHORT MajorVersion;
    USHORT MinorVersion;
    PVOID Context;
    BCLASS_QUERY_TAG QueryTag;
    BCLASS_QUERY_INFORMATION QueryInformation;
    BCLASS_SET_INFORMATION SetInformation;
    BCLASS_QUERY_STATUS QueryStatus;
    BCLASS_SET_STATUS_NOTIFY SetStatusNotify;
    BCLASS_DISABLE_STATUS_NOTIFY DisableStatusNotify;
    PDEVICE_OBJECT Pdo;
    PUNICODE_STRING DeviceName;
    PDEVICE_OBJECT Fdo;
} BATTERY_MINIPORT_INFO_V1_1, *PBATTERY_MINIPORT_INFO_V1_1;

#define BATTERY_CLASS_MAJOR_VERSION    0x0001
#define BATTERY_CLASS_MINOR_VERSION    0x0000
#define BATTERY_CLASS_MINOR_VERSION_1  0x0001

/* ----------------------------------------------------------- routines */
BATTERYCLASSAPI NTSTATUS BatteryClassInitializeDevice(
    _In_ PBATTERY_MINIPORT_INFO MiniportInfo,
    _Out_ PVOID *ClassData);

BATTERYCLASSAPI NTSTATUS BatteryClassUnload(
    _In_ PVOID ClassData);

BATTERYCLASSAPI NTSTATUS BatteryClassIoctl(
    _In_ PVOID ClassData,
    _Inout_ PIRP Irp);

BATTERYCLASSAPI NTSTATUS BatteryClassStatusNotify(
    _In_ PVOID ClassData);

/* In place of WmiSystemControl; WmiLibContext is a PWMILIB_CONTEXT and
 * Disposition a PSYSCTL_IRP_DISPOSITION (<wmilib.h>). */
BATTERYCLASSAPI NTSTATUS BatteryClassSystemControl(
    _In_ PVOID ClassData,
    _In_ PVOID WmiLibContext,
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _Out_ PVOID Disposition);

/* From a DpWmiQueryDataBlock callback, before handling the query itself. */
BATTERYCLASSAPI NTSTATUS BatteryClassQueryWmiDataBlock(
    _In_ PVOID ClassData,
    _Inout_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _In_ ULONG GuidIndex,
    _Out_writes_(1) PULONG InstanceLengthArray,
    _In_ ULONG OutBufferSize,
    _Out_writes_bytes_opt_(OutBufferSize) PUCHAR Buffer);

#endif /* DDICHECK_MODEL_BATCLASS_H */
