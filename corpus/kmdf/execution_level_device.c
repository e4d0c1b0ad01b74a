/*
 * execution_level_device -- the device is created with
 * WDF_OBJECT_ATTRIBUTES.ExecutionLevel = WdfExecutionLevelPassive, which its
 * queues inherit: the ioctl handler of its default queue runs at
 * PASSIVE_LEVEL and may purge a queue synchronously and wait on an event.
 * Expected: no finding.
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _DEV_CTX {
    WDFQUEUE Pending;
    KEVENT Ready;
} DEV_CTX, *PDEV_CTX;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEV_CTX, DevGetCtx)

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_DEVICE_ADD EdEvtDeviceAdd;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL EdEvtIoDeviceControl;

VOID EdEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                          size_t InputBufferLength, ULONG IoControlCode)
{
    PDEV_CTX Ctx = DevGetCtx(WdfIoQueueGetDevice(Queue));

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    UNREFERENCED_PARAMETER(IoControlCode);
    KeWaitForSingleObject(&Ctx->Ready, Executive, KernelMode, FALSE, NULL);
    WdfIoQueuePurgeSynchronously(Ctx->Pending);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

NTSTATUS EdEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEV_CTX);
    attributes.ExecutionLevel = WdfExecutionLevelPassive;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    KeInitializeEvent(&DevGetCtx(device)->Ready, NotificationEvent, TRUE);
    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchManual);
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &DevGetCtx(device)->Pending);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDeviceControl = EdEvtIoDeviceControl;
    return WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, EdEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
