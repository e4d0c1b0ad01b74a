/*
 * spinlock_discipline -- framework spin locks (rules WdfSpinLock and
 * WdfSpinLockRelease): a lock taken twice on one path, a handler that
 * returns to the framework with the lock still held (and at DISPATCH_LEVEL:
 * IrqlNotRestored), and a release of a
 * lock the path never took, which also calls WdfSpinLockRelease below the
 * DISPATCH_LEVEL its page requires (IrqlTooLow).
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _DEV_CTX {
    WDFSPINLOCK Lock;
    ULONG Count;
} DEV_CTX, *PDEV_CTX;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEV_CTX, DevGetCtx)

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_IO_QUEUE_IO_READ SdEvtIoRead;
EVT_WDF_IO_QUEUE_IO_WRITE SdEvtIoWrite;
EVT_WDF_DEVICE_FILE_CREATE SdEvtFileCreate;

static VOID SdBump(PDEV_CTX Ctx)
{
    WdfSpinLockAcquire(Ctx->Lock); // expect: [WdfSpinLock] WdfSpinLockAcquire acquires
    Ctx->Count++;
    WdfSpinLockRelease(Ctx->Lock);
}

VOID SdEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    PDEV_CTX Ctx = DevGetCtx(WdfIoQueueGetDevice(Queue));

    UNREFERENCED_PARAMETER(Length);
    WdfSpinLockAcquire(Ctx->Lock);
    SdBump(Ctx);
    WdfSpinLockRelease(Ctx->Lock);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

VOID SdEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length) // expect: [IrqlNotRestored] SdEvtIoWrite can return at DISPATCH_LEVEL
{
    PDEV_CTX Ctx = DevGetCtx(WdfIoQueueGetDevice(Queue));

    WdfSpinLockAcquire(Ctx->Lock); // expect: [WdfSpinLock] the lock WdfSpinLockAcquire takes here can still be held when SdEvtIoWrite returns
    if (Length == 0) {
        WdfRequestComplete(Request, STATUS_INVALID_PARAMETER);
        return; // expect-note: returns
    }
    Ctx->Count += (ULONG)Length;
    WdfSpinLockRelease(Ctx->Lock);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

VOID SdEvtFileCreate(WDFDEVICE Device, WDFREQUEST Request, WDFFILEOBJECT FileObject)
{
    PDEV_CTX Ctx = DevGetCtx(Device);

    UNREFERENCED_PARAMETER(FileObject);
    Ctx->Count = 0;
    WdfSpinLockRelease(Ctx->Lock); // expect: [WdfSpinLockRelease] WdfSpinLockRelease releases expect: [IrqlTooLow] WdfSpinLockRelease called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

static NTSTATUS SdEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_FILEOBJECT_CONFIG fileConfig;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_FILEOBJECT_CONFIG_INIT(&fileConfig, SdEvtFileCreate, WDF_NO_EVENT_CALLBACK, WDF_NO_EVENT_CALLBACK);
    WdfDeviceInitSetFileObjectConfig(DeviceInit, &fileConfig, WDF_NO_OBJECT_ATTRIBUTES);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEV_CTX);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfSpinLockCreate(&attributes, &DevGetCtx(device)->Lock);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoRead = SdEvtIoRead;
    queueConfig.EvtIoWrite = SdEvtIoWrite;
    return WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, SdEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
