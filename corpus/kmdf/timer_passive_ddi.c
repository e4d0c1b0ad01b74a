/*
 * timer_passive_ddi -- an EvtTimerFunc registered through the callback
 * argument of WDF_TIMER_CONFIG_INIT runs at DISPATCH_LEVEL (the timer's
 * page: a DPC unless the timer's execution level is passive, which this
 * driver does not ask for), so closing a handle there with ZwClose
 * (PASSIVE_LEVEL only) is reported.
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _DEV_CTX {
    HANDLE Section;
    WDFTIMER Timer;
} DEV_CTX, *PDEV_CTX;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEV_CTX, DevGetCtx)

DRIVER_INITIALIZE DriverEntry;

static VOID TmEvtTimer(WDFTIMER Timer)
{
    PDEV_CTX Ctx = DevGetCtx(WdfTimerGetParentObject(Timer));

    if (Ctx->Section != NULL) {
        ZwClose(Ctx->Section); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        Ctx->Section = NULL;
    }
}

static NTSTATUS TmEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_TIMER_CONFIG timerConfig;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEV_CTX);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_TIMER_CONFIG_INIT_PERIODIC(&timerConfig, TmEvtTimer, 1000); // expect-note: entry point TmEvtTimer (EVT_WDF_TIMER) registered here
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    return WdfTimerCreate(&timerConfig, &attributes, &DevGetCtx(device)->Timer);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, TmEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
