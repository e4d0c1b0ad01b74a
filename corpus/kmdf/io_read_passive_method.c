/*
 * io_read_passive_method -- a read handler (EVT_WDF_IO_QUEUE_IO_READ, called
 * at IRQL <= DISPATCH_LEVEL) purges a queue synchronously, which its page
 * allows at PASSIVE_LEVEL only (rule KmdfIrql).  The handler is registered
 * through a field of the queue configuration.
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _DEV_CTX {
    WDFQUEUE Pending;
} DEV_CTX, *PDEV_CTX;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEV_CTX, DevGetCtx)

DRIVER_INITIALIZE DriverEntry;

static VOID RdEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    PDEV_CTX Ctx = DevGetCtx(WdfIoQueueGetDevice(Queue));

    UNREFERENCED_PARAMETER(Length);
    WdfIoQueuePurgeSynchronously(Ctx->Pending); // expect: [KmdfIrql] WdfIoQueuePurgeSynchronously called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    WdfRequestComplete(Request, STATUS_CANCELLED);
}

static NTSTATUS RdEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEV_CTX);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchManual);
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &DevGetCtx(device)->Pending);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoRead = RdEvtIoRead; // expect-note: entry point RdEvtIoRead (EVT_WDF_IO_QUEUE_IO_READ) registered here
    return WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, RdEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
