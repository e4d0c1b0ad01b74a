/*
 * ke_set_timer -- a kernel timer: KeInitializeTimer + KeInitializeDpc +
 * KeSetTimer(&Timer, Due, &Dpc).  The DPC the timer fires runs at
 * DISPATCH_LEVEL, so the watchdog's IoCreateSymbolicLink (PASSIVE_LEVEL
 * only) is reported there.  The timer is armed from a dispatch routine.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _WD_EXT {
    KTIMER Timer;
    KDPC Dpc;
    UNICODE_STRING LinkName;
    UNICODE_STRING DeviceName;
    BOOLEAN Published;
} WD_EXT;

WD_EXT WdExt;

static VOID WdTimerDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    WD_EXT *Ext = (WD_EXT *)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    if (!Ext->Published)
        Ext->Published = NT_SUCCESS(IoCreateSymbolicLink(&Ext->LinkName, &Ext->DeviceName)); // expect: [IrqlTooHigh] IoCreateSymbolicLink called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
}

static NTSTATUS WdCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    LARGE_INTEGER Due;

    UNREFERENCED_PARAMETER(DeviceObject);
    Due.QuadPart = -10 * 1000 * 1000;
    KeSetTimer(&WdExt.Timer, Due, &WdExt.Dpc);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    RtlInitUnicodeString(&WdExt.LinkName, L"\\DosDevices\\Wd");
    RtlInitUnicodeString(&WdExt.DeviceName, L"\\Device\\Wd");
    KeInitializeTimer(&WdExt.Timer);
    KeInitializeDpc(&WdExt.Dpc, WdTimerDpc, &WdExt); // expect-note: entry point WdTimerDpc (KDEFERRED_ROUTINE) registered here
    DriverObject->MajorFunction[IRP_MJ_CREATE] = WdCreate;
    return STATUS_SUCCESS;
}
