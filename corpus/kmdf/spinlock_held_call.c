/*
 * spinlock_held_call -- the file-create callback runs at PASSIVE_LEVEL, but
 * WdfSpinLockAcquire raises to DISPATCH_LEVEL until the matching
 * WdfSpinLockRelease, so the queue purge inside the locked region (PASSIVE_LEVEL
 * only) is reported; the one after the release is not.
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _DEV_CTX {
    WDFSPINLOCK Lock;
    WDFQUEUE Pending;
    LONG Opens;
} DEV_CTX, *PDEV_CTX;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEV_CTX, DevGetCtx)

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DEVICE_FILE_CREATE SlEvtFileCreate;

VOID SlEvtFileCreate(WDFDEVICE Device, WDFREQUEST Request, WDFFILEOBJECT FileObject)
{
    PDEV_CTX Ctx = DevGetCtx(Device);

    UNREFERENCED_PARAMETER(FileObject);
    WdfSpinLockAcquire(Ctx->Lock); // expect-note: IRQL set to DISPATCH_LEVEL by WdfSpinLockAcquire here
    Ctx->Opens++;
    if (Ctx->Opens == 1) {
        WdfIoQueuePurgeSynchronously(Ctx->Pending); // expect: [KmdfIrql] WdfIoQueuePurgeSynchronously called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    }
    WdfSpinLockRelease(Ctx->Lock);
    WdfIoQueuePurgeSynchronously(Ctx->Pending);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

static NTSTATUS SlEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_FILEOBJECT_CONFIG fileConfig;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    PDEV_CTX Ctx;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_FILEOBJECT_CONFIG_INIT(&fileConfig, SlEvtFileCreate, WDF_NO_EVENT_CALLBACK, WDF_NO_EVENT_CALLBACK);
    WdfDeviceInitSetFileObjectConfig(DeviceInit, &fileConfig, WDF_NO_OBJECT_ATTRIBUTES);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEV_CTX);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Ctx = DevGetCtx(device);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfSpinLockCreate(&attributes, &Ctx->Lock);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchManual);
    return WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &Ctx->Pending);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, SlEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
