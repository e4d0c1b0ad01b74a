/*
 * interrupt_passive_handling -- an interrupt object created with
 * WDF_INTERRUPT_CONFIG.PassiveHandling = TRUE has its ISR called at
 * PASSIVE_LEVEL (the ISR page's remarks, KMDF 1.11 and later), where the
 * driver may wait (a passive-level interrupt of a device behind a serial
 * bus).  A second interrupt object without it has its ISR at DIRQL, where
 * the same wait is a defect.
 */
#include <ntddk.h>
#include <wdf.h>

DRIVER_INITIALIZE DriverEntry;

static BOOLEAN PassiveIsr(WDFINTERRUPT Interrupt, ULONG MessageID)
{
    LARGE_INTEGER delay;

    UNREFERENCED_PARAMETER(Interrupt);
    UNREFERENCED_PARAMETER(MessageID);
    delay.QuadPart = -10000;
    KeDelayExecutionThread(KernelMode, FALSE, &delay);
    return TRUE;
}

static BOOLEAN DirqlIsr(WDFINTERRUPT Interrupt, ULONG MessageID)
{
    LARGE_INTEGER delay;

    UNREFERENCED_PARAMETER(Interrupt);
    UNREFERENCED_PARAMETER(MessageID);
    delay.QuadPart = -10000;
    KeDelayExecutionThread(KernelMode, FALSE, &delay); // expect: [IrqlTooHigh] KeDelayExecutionThread called at DIRQL; it requires <= APC_LEVEL
    return TRUE;
}

static NTSTATUS EvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_INTERRUPT_CONFIG passiveConfig, dirqlConfig;
    WDFDEVICE device;
    WDFINTERRUPT passiveInterrupt, dirqlInterrupt;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_INTERRUPT_CONFIG_INIT(&passiveConfig, PassiveIsr, NULL);
    passiveConfig.PassiveHandling = TRUE;
    status = WdfInterruptCreate(device, &passiveConfig, WDF_NO_OBJECT_ATTRIBUTES, &passiveInterrupt);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_INTERRUPT_CONFIG_INIT(&dirqlConfig, DirqlIsr, NULL); // expect-note: entry point DirqlIsr (EVT_WDF_INTERRUPT_ISR) registered here; the system calls it at DIRQL
    return WdfInterruptCreate(device, &dirqlConfig, WDF_NO_OBJECT_ATTRIBUTES, &dirqlInterrupt);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, EvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
