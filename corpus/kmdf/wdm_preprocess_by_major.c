/*
 * wdm_preprocess_by_major -- EvtDeviceWdmIrpPreprocess routines run at the
 * level of the IRP they are registered for.  PreCreate is registered for
 * IRP_MJ_CREATE only, so it may wait (PASSIVE_LEVEL).  PrePower is
 * registered for IRP_MJ_POWER, which a driver in the paging or hibernation
 * path receives at DISPATCH_LEVEL (concepts: dispatch routines and IRQLs),
 * so waiting there is a defect.  PreShared is registered for both
 * IRP_MJ_CLEANUP and IRP_MJ_POWER: it runs at either level, and the wait is
 * a defect too.  PreAny is registered with a major function held in a
 * variable: ddicheck cannot read it and keeps the page's bound.
 */
#include <ntddk.h>
#include <wdf.h>

DRIVER_INITIALIZE DriverEntry;

static NTSTATUS PreCreate(WDFDEVICE Device, PIRP Irp)
{
    LARGE_INTEGER delay;

    delay.QuadPart = -10000;
    KeDelayExecutionThread(KernelMode, FALSE, &delay);
    IoSkipCurrentIrpStackLocation(Irp);
    return WdfDeviceWdmDispatchPreprocessedIrp(Device, Irp);
}

static NTSTATUS PrePower(WDFDEVICE Device, PIRP Irp)
{
    LARGE_INTEGER delay;

    delay.QuadPart = -10000;
    KeDelayExecutionThread(KernelMode, FALSE, &delay); // expect: [IrqlTooHigh] KeDelayExecutionThread called at DISPATCH_LEVEL; it requires <= APC_LEVEL
    IoSkipCurrentIrpStackLocation(Irp);
    return WdfDeviceWdmDispatchPreprocessedIrp(Device, Irp);
}

static NTSTATUS PreShared(WDFDEVICE Device, PIRP Irp)
{
    LARGE_INTEGER delay;

    delay.QuadPart = -10000;
    KeDelayExecutionThread(KernelMode, FALSE, &delay); // expect: [IrqlTooHigh] KeDelayExecutionThread called at DISPATCH_LEVEL; it requires <= APC_LEVEL
    IoSkipCurrentIrpStackLocation(Irp);
    return WdfDeviceWdmDispatchPreprocessedIrp(Device, Irp);
}

static NTSTATUS PreAny(WDFDEVICE Device, PIRP Irp)
{
    LARGE_INTEGER delay;

    delay.QuadPart = -10000;
    KeDelayExecutionThread(KernelMode, FALSE, &delay); // expect: [IrqlTooHigh] KeDelayExecutionThread called at DISPATCH_LEVEL; it requires <= APC_LEVEL
    IoSkipCurrentIrpStackLocation(Irp);
    return WdfDeviceWdmDispatchPreprocessedIrp(Device, Irp);
}

static NTSTATUS EvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDFDEVICE device;
    NTSTATUS status;
    UCHAR major = IRP_MJ_READ;

    UNREFERENCED_PARAMETER(Driver);
    status = WdfDeviceInitAssignWdmIrpPreprocessCallback(DeviceInit, PreCreate, IRP_MJ_CREATE, NULL, 0);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WdfDeviceInitAssignWdmIrpPreprocessCallback(DeviceInit, PrePower, IRP_MJ_POWER, NULL, 0); // expect-note: entry point PrePower (EVT_WDFDEVICE_WDM_IRP_PREPROCESS) registered here
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WdfDeviceInitAssignWdmIrpPreprocessCallback(DeviceInit, PreShared, IRP_MJ_CLEANUP, NULL, 0);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WdfDeviceInitAssignWdmIrpPreprocessCallback(DeviceInit, PreShared, IRP_MJ_POWER, NULL, 0); // expect-note: PreShared is registered for IRP_MJ_CLEANUP, IRP_MJ_POWER; it runs at the level of the request
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WdfDeviceInitAssignWdmIrpPreprocessCallback(DeviceInit, PreAny, major, NULL, 0); // expect-note: entry point PreAny (EVT_WDFDEVICE_WDM_IRP_PREPROCESS) registered here; the system calls it at <= DISPATCH_LEVEL
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, EvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
