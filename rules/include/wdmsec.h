/*
 * wdmsec.h -- ddicheck model header: IoCreateDeviceSecure and the SDDL
 * strings for device objects (SDDL_DEVOBJ_xxx).
 *
 * Written for ddicheck from Microsoft's public documentation of
 * IoCreateDeviceSecure (PASSIVE_LEVEL; its page is not among the ddi-docs
 * pages, which cover wdm.h and ntddk.h) and "SDDL for Device Objects"; it
 * is not a copy of Microsoft's wdmsec.h.  The routine is
 * implemented in the wdmsec library; the string constants are the
 * documented SDDL strings.
 */
#ifndef DDICHECK_MODEL_WDMSEC_H
#define DDICHECK_MODEL_WDMSEC_H

#include <wdm.h>

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoCreateDeviceSecure(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ ULONG DeviceExtensionSize,
    _In_opt_ PUNICODE_STRING DeviceName,
    _In_ DEVICE_TYPE DeviceType,
    _In_ ULONG DeviceCharacteristics,
    _In_ BOOLEAN Exclusive,
    _In_ PCUNICODE_STRING DefaultSDDLString,
    _In_opt_ LPCGUID DeviceClassGuid,
    _Out_ PDEVICE_OBJECT *DeviceObject);

#define SDDL_DEVOBJ_KERNEL_ONLY          L"D:P"
#define SDDL_DEVOBJ_INF_SUPPLIED         L"D:P(A;;GA;;;SY)"
#define SDDL_DEVOBJ_SYS_ALL              L"D:P(A;;GA;;;SY)"
#define SDDL_DEVOBJ_SYS_ALL_ADM_ALL      L"D:P(A;;GA;;;SY)(A;;GA;;;BA)"
#define SDDL_DEVOBJ_SYS_ALL_ADM_RX       L"D:P(A;;GA;;;SY)(A;;GRGX;;;BA)"
#define SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R     L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GR;;;WD)"
#define SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGW;;;WD)(A;;GR;;;RC)"
#define SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGWGX;;;WD)(A;;GRGWGX;;;RC)"
#define SDDL_DEVOBJ_SYS_ALL_ADM_ALL_WORLD_R L"D:P(A;;GA;;;SY)(A;;GA;;;BA)(A;;GR;;;WD)"

#endif /* DDICHECK_MODEL_WDMSEC_H */
