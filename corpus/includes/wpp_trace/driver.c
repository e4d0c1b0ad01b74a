/*
 * wpp_trace -- a driver with WPP software tracing: it includes
 * "driver.tmh", which only a WDK build generates, and calls the trace
 * functions its trace.h declares in a begin_wpp config block.  ddicheck
 * supplies the .tmh in memory; the seeded defect (a PASSIVE_LEVEL DDI in
 * a helper that traces, called from a DPC) is reported only if the file
 * was parsed and analysed.
 */
#include <wdm.h>
#include "trace.h"
#include "driver.tmh"

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD WtUnload;
KDEFERRED_ROUTINE WtDpc;

typedef struct _WT_DEVICE {
    KDPC Dpc;
    HANDLE LogFile;
} WT_DEVICE, *PWT_DEVICE;

static WT_DEVICE WtDevice;

static VOID WtCloseLog(PWT_DEVICE Device)
{
    WtTrace(TRACE_LEVEL_INFORMATION, WT_IO, "closing log %p", Device->LogFile);
    ZwClose(Device->LogFile); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL
}

VOID WtDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    WtCloseLog((PWT_DEVICE)DeferredContext); // expect-note: WtDpc calls WtCloseLog here
}

VOID WtUnload(PDRIVER_OBJECT DriverObject)
{
    WtTrace(TRACE_LEVEL_INFORMATION, WT_INIT, "unload");
    WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS Status = STATUS_SUCCESS;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    DriverObject->DriverUnload = WtUnload;
    KeInitializeDpc(&WtDevice.Dpc, WtDpc, &WtDevice);
    WT_RETURN(Status);
    return Status;
}
