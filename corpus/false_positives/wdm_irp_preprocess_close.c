/*
 * wdm_irp_preprocess_close -- a KMDF driver preprocesses IRP_MJ_CLOSE with
 * an EvtDeviceWdmIrpPreprocess routine.  The callback page bounds its level
 * at DISPATCH_LEVEL, but the level is the IRP's: close requests arrive at
 * PASSIVE_LEVEL (concepts: dispatch routines and IRQLs), so waiting there
 * with KeDelayExecutionThread is allowed.  Expected: no finding.
 */
#include <ntddk.h>
#include <wdf.h>

DRIVER_INITIALIZE DriverEntry;

static NTSTATUS PpEvtClose(WDFDEVICE Device, PIRP Irp)
{
    LARGE_INTEGER delay;

    delay.QuadPart = -10000;
    KeDelayExecutionThread(KernelMode, FALSE, &delay);
    IoSkipCurrentIrpStackLocation(Irp);
    return WdfDeviceWdmDispatchPreprocessedIrp(Device, Irp);
}

static NTSTATUS PpEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    status = WdfDeviceInitAssignWdmIrpPreprocessCallback(DeviceInit, PpEvtClose, IRP_MJ_CLOSE, NULL, 0);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, PpEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
