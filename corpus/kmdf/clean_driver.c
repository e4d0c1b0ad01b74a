/*
 * clean_driver -- a small KMDF driver that keeps every contract: a default
 * queue whose read and ioctl handlers (IRQL <= DISPATCH_LEVEL) only call
 * methods allowed at DISPATCH_LEVEL, a framework spin lock taken and given
 * back on every path, a timer (DISPATCH_LEVEL) that completes a parked
 * request, and the PASSIVE_LEVEL-only work (purging a queue) done in a work
 * item and in the file-cleanup callback, which run at PASSIVE_LEVEL.
 * Expected: no finding.
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _DEV_CTX {
    WDFSPINLOCK Lock;
    WDFQUEUE PendingQueue;
    WDFREQUEST Parked;
    WDFTIMER Timer;
    WDFWORKITEM Purge;
    ULONG Reads;
} DEV_CTX, *PDEV_CTX;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEV_CTX, DevGetCtx)

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_DEVICE_ADD CdEvtDeviceAdd;
EVT_WDF_IO_QUEUE_IO_READ CdEvtIoRead;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL CdEvtIoDeviceControl;
EVT_WDF_TIMER CdEvtTimer;
EVT_WDF_WORKITEM CdEvtPurge;
EVT_WDF_FILE_CLEANUP CdEvtFileCleanup;

static VOID CdCountRead(PDEV_CTX Ctx)
{
    WdfSpinLockAcquire(Ctx->Lock);
    Ctx->Reads++;
    WdfSpinLockRelease(Ctx->Lock);
}

VOID CdEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    PDEV_CTX Ctx = DevGetCtx(WdfIoQueueGetDevice(Queue));

    CdCountRead(Ctx);
    if (Length == 0) {
        WdfRequestComplete(Request, STATUS_INVALID_PARAMETER);
        return;
    }
    WdfSpinLockAcquire(Ctx->Lock);
    if (Ctx->Parked == NULL) {
        Ctx->Parked = Request;
        WdfSpinLockRelease(Ctx->Lock);
        WdfTimerStart(Ctx->Timer, WDF_REL_TIMEOUT_IN_MS(10));
        return;
    }
    WdfSpinLockRelease(Ctx->Lock);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, 0);
}

VOID CdEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                          size_t InputBufferLength, ULONG IoControlCode)
{
    PDEV_CTX Ctx = DevGetCtx(WdfIoQueueGetDevice(Queue));

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    if (IoControlCode == 1) {
        WdfWorkItemEnqueue(Ctx->Purge);
    }
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

VOID CdEvtTimer(WDFTIMER Timer)
{
    PDEV_CTX Ctx = DevGetCtx(WdfTimerGetParentObject(Timer));
    WDFREQUEST Request;

    WdfSpinLockAcquire(Ctx->Lock);
    Request = Ctx->Parked;
    Ctx->Parked = NULL;
    WdfSpinLockRelease(Ctx->Lock);
    if (Request != NULL) {
        WdfRequestComplete(Request, STATUS_SUCCESS);
    }
}

VOID CdEvtPurge(WDFWORKITEM WorkItem)
{
    PDEV_CTX Ctx = DevGetCtx(WdfWorkItemGetParentObject(WorkItem));

    WdfIoQueuePurgeSynchronously(Ctx->PendingQueue);
    WdfIoQueueStart(Ctx->PendingQueue);
}

VOID CdEvtFileCleanup(WDFFILEOBJECT FileObject)
{
    PDEV_CTX Ctx = DevGetCtx(WdfFileObjectGetDevice(FileObject));

    WdfIoQueuePurgeSynchronously(Ctx->PendingQueue);
    WdfIoQueueStart(Ctx->PendingQueue);
}

NTSTATUS CdEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_FILEOBJECT_CONFIG fileConfig;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDF_TIMER_CONFIG timerConfig;
    WDF_WORKITEM_CONFIG workConfig;
    WDFDEVICE device;
    PDEV_CTX Ctx;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);

    WDF_FILEOBJECT_CONFIG_INIT(&fileConfig, WDF_NO_EVENT_CALLBACK, WDF_NO_EVENT_CALLBACK, CdEvtFileCleanup);
    WdfDeviceInitSetFileObjectConfig(DeviceInit, &fileConfig, WDF_NO_OBJECT_ATTRIBUTES);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEV_CTX);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Ctx = DevGetCtx(device);
    Ctx->Parked = NULL;
    Ctx->Reads = 0;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfSpinLockCreate(&attributes, &Ctx->Lock);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoRead = CdEvtIoRead;
    queueConfig.EvtIoDeviceControl = CdEvtIoDeviceControl;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchManual);
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &Ctx->PendingQueue);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_TIMER_CONFIG_INIT(&timerConfig, CdEvtTimer);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfTimerCreate(&timerConfig, &attributes, &Ctx->Timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_WORKITEM_CONFIG_INIT(&workConfig, CdEvtPurge);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    return WdfWorkItemCreate(&workConfig, &attributes, &Ctx->Purge);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, CdEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
