/*
 * interrupt_isr -- callbacks of a framework interrupt object, registered
 * through WDF_INTERRUPT_CONFIG_INIT's arguments: the ISR runs at the
 * device's DIRQL (the page's remarks, without passive-level handling), where
 * completing a request (IRQL <= DISPATCH_LEVEL) is not allowed; it queues its
 * DPC instead, and the DPC (DISPATCH_LEVEL) completes the request, which is
 * allowed.  The device's cleanup callback (PASSIVE_LEVEL for a device
 * object), registered through the attributes, may complete a request too.
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _DEV_CTX {
    WDFINTERRUPT Interrupt;
    WDFREQUEST Current;
} DEV_CTX, *PDEV_CTX;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEV_CTX, DevGetCtx)

DRIVER_INITIALIZE DriverEntry;

static BOOLEAN IsrEvtIsr(WDFINTERRUPT Interrupt, ULONG MessageID)
{
    PDEV_CTX Ctx = DevGetCtx(WdfInterruptGetDevice(Interrupt));

    UNREFERENCED_PARAMETER(MessageID);
    if (Ctx->Current == NULL) {
        return FALSE;
    }
    if (MessageID == 7) {
        WdfRequestComplete(Ctx->Current, STATUS_DEVICE_NOT_READY); // expect: [KmdfIrql] WdfRequestComplete called at DIRQL; it requires <= DISPATCH_LEVEL
        Ctx->Current = NULL;
        return TRUE;
    }
    WdfInterruptQueueDpcForIsr(Interrupt);
    return TRUE;
}

static VOID IsrEvtDpc(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject)
{
    PDEV_CTX Ctx = DevGetCtx(AssociatedObject);
    WDFREQUEST Request;

    WdfInterruptAcquireLock(Interrupt);
    Request = Ctx->Current;
    Ctx->Current = NULL;
    WdfInterruptReleaseLock(Interrupt);
    if (Request != NULL) {
        WdfRequestComplete(Request, STATUS_SUCCESS);
    }
}

static VOID IsrEvtCleanup(WDFOBJECT Object)
{
    PDEV_CTX Ctx = DevGetCtx(Object);

    if (Ctx->Current != NULL) {
        WdfRequestComplete(Ctx->Current, STATUS_CANCELLED);
        Ctx->Current = NULL;
    }
}

static NTSTATUS IsrEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_INTERRUPT_CONFIG interruptConfig;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEV_CTX);
    attributes.EvtCleanupCallback = IsrEvtCleanup;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DevGetCtx(device)->Current = NULL;
    WDF_INTERRUPT_CONFIG_INIT(&interruptConfig, IsrEvtIsr, IsrEvtDpc); // expect-note: entry point IsrEvtIsr (EVT_WDF_INTERRUPT_ISR) registered here
    return WdfInterruptCreate(device, &interruptConfig, WDF_NO_OBJECT_ATTRIBUTES, &DevGetCtx(device)->Interrupt);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, IsrEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
