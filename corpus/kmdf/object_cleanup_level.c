/*
 * object_cleanup_level -- an object's EvtCleanupCallback runs at
 * <= DISPATCH_LEVEL, except for the object kinds whose cleanup the
 * framework runs at PASSIVE_LEVEL (device, driver, DPC, interrupt, I/O
 * target, queue, string, timer, work item: the remarks of
 * EVT_WDF_OBJECT_CONTEXT_CLEANUP).  ZwClose requires PASSIVE_LEVEL:
 *  - DevCleanup, on the device's attributes: fine (the attributes variable
 *    is then re-initialised and reused for a spin lock, as drivers do);
 *  - DevTypedCleanup, declared with the device's own role type: fine;
 *  - MemCleanup, on a memory object's attributes: a defect;
 *  - SharedCleanup, on attributes given to a timer and to a memory object:
 *    it may run for the memory object, a defect;
 *  - FileCleanup, on the file object's attributes: a defect (file objects
 *    are not in the list).
 */
#include <ntddk.h>
#include <wdf.h>

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DEVICE_CONTEXT_CLEANUP DevTypedCleanup;

typedef struct _CTX {
    HANDLE Section;
} CTX, *PCTX;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CTX, GetCtx)

static HANDLE g_handle;

static VOID DevCleanup(WDFOBJECT Object)
{
    ZwClose(GetCtx(Object)->Section);
}

VOID DevTypedCleanup(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
    ZwClose(g_handle);
}

static VOID MemCleanup(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
    ZwClose(g_handle); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
}

static VOID SharedCleanup(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
    ZwClose(g_handle); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
}

static VOID FileCleanup(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
    ZwClose(g_handle); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
}

static VOID TimerFunc(WDFTIMER Timer)
{
    UNREFERENCED_PARAMETER(Timer);
}

static NTSTATUS EvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES devAttributes, fileAttributes, memAttributes, sharedAttributes;
    WDF_FILEOBJECT_CONFIG fileConfig;
    WDF_TIMER_CONFIG timerConfig;
    WDFDEVICE device;
    WDFMEMORY memory, memory2;
    WDFTIMER timer;
    WDFSPINLOCK lock;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_FILEOBJECT_CONFIG_INIT(&fileConfig, WDF_NO_EVENT_CALLBACK, WDF_NO_EVENT_CALLBACK, WDF_NO_EVENT_CALLBACK);
    WDF_OBJECT_ATTRIBUTES_INIT(&fileAttributes);
    fileAttributes.EvtCleanupCallback = FileCleanup;
    WdfDeviceInitSetFileObjectConfig(DeviceInit, &fileConfig, &fileAttributes);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&devAttributes, CTX);
    devAttributes.EvtCleanupCallback = DevCleanup;
    status = WdfDeviceCreate(&DeviceInit, &devAttributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_OBJECT_ATTRIBUTES_INIT(&devAttributes);
    devAttributes.ParentObject = device;
    status = WdfSpinLockCreate(&devAttributes, &lock);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_OBJECT_ATTRIBUTES_INIT(&memAttributes);
    memAttributes.EvtCleanupCallback = MemCleanup;
    status = WdfMemoryCreate(&memAttributes, NonPagedPoolNx, 'tseT', 64, &memory, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_TIMER_CONFIG_INIT(&timerConfig, TimerFunc);
    WDF_OBJECT_ATTRIBUTES_INIT(&sharedAttributes);
    sharedAttributes.ParentObject = device;
    sharedAttributes.EvtCleanupCallback = SharedCleanup;
    status = WdfTimerCreate(&timerConfig, &sharedAttributes, &timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return WdfMemoryCreate(&sharedAttributes, NonPagedPoolNx, 'tseT', 64, &memory2, NULL);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, EvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
