/*
 * execution_level_queue -- two queues with the same kind of read handler:
 * the control queue is created with WDF_OBJECT_ATTRIBUTES.ExecutionLevel =
 * WdfExecutionLevelPassive, so the framework calls its handler at
 * PASSIVE_LEVEL and a synchronous purge there is allowed; the data queue
 * keeps the default (IRQL <= DISPATCH_LEVEL), where the same purge is
 * reported.  A timer created with passive attributes may close a handle.
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _DEV_CTX {
    WDFQUEUE Pending;
    WDFTIMER Timer;
    HANDLE Section;
} DEV_CTX, *PDEV_CTX;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEV_CTX, DevGetCtx)

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_IO_QUEUE_IO_READ ElControlRead;
EVT_WDF_IO_QUEUE_IO_READ ElDataRead;
EVT_WDF_TIMER ElTimer;

VOID ElControlRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    UNREFERENCED_PARAMETER(Length);
    WdfIoQueuePurgeSynchronously(DevGetCtx(WdfIoQueueGetDevice(Queue))->Pending);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

VOID ElDataRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) // expect-note: entry point ElDataRead (EVT_WDF_IO_QUEUE_IO_READ) runs at <= DISPATCH_LEVEL
{
    UNREFERENCED_PARAMETER(Length);
    WdfIoQueuePurgeSynchronously(DevGetCtx(WdfIoQueueGetDevice(Queue))->Pending); // expect: [KmdfIrql] WdfIoQueuePurgeSynchronously called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

VOID ElTimer(WDFTIMER Timer)
{
    PDEV_CTX Ctx = DevGetCtx(WdfTimerGetParentObject(Timer));

    if (Ctx->Section != NULL) {
        ZwClose(Ctx->Section);
        Ctx->Section = NULL;
    }
}

static NTSTATUS ElCreateQueues(WDFDEVICE Device)
{
    WDF_IO_QUEUE_CONFIG controlConfig;
    WDF_IO_QUEUE_CONFIG dataConfig;
    WDF_OBJECT_ATTRIBUTES passive;
    WDF_TIMER_CONFIG timerConfig;
    WDF_OBJECT_ATTRIBUTES timerAttributes;
    NTSTATUS status;

    WDF_IO_QUEUE_CONFIG_INIT(&controlConfig, WdfIoQueueDispatchSequential);
    controlConfig.EvtIoRead = ElControlRead;
    WDF_OBJECT_ATTRIBUTES_INIT(&passive);
    passive.ExecutionLevel = WdfExecutionLevelPassive;
    status = WdfIoQueueCreate(Device, &controlConfig, &passive, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&dataConfig, WdfIoQueueDispatchParallel);
    dataConfig.EvtIoRead = ElDataRead;
    status = WdfIoQueueCreate(Device, &dataConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_TIMER_CONFIG_INIT(&timerConfig, ElTimer);
    WDF_OBJECT_ATTRIBUTES_INIT(&timerAttributes);
    timerAttributes.ParentObject = Device;
    timerAttributes.ExecutionLevel = WdfExecutionLevelPassive;
    return WdfTimerCreate(&timerConfig, &timerAttributes, &DevGetCtx(Device)->Timer);
}

static NTSTATUS ElEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG pendingConfig;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEV_CTX);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_IO_QUEUE_CONFIG_INIT(&pendingConfig, WdfIoQueueDispatchManual);
    status = WdfIoQueueCreate(device, &pendingConfig, WDF_NO_OBJECT_ATTRIBUTES, &DevGetCtx(device)->Pending);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return ElCreateQueues(device);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, ElEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
