/*
 * ps_create_system_thread -- clean: the start routine passed to
 * PsCreateSystemThread runs at PASSIVE_LEVEL (KSTART_ROUTINE), where
 * everything it does is allowed: it waits with KeDelayExecutionThread,
 * publishes a symbolic link, closes a handle with ZwClose, takes a spin lock
 * briefly, and ends with PsTerminateSystemThread.  No finding: a checker
 * that took the thread for a DPC, or for an unknown level treated as
 * DISPATCH_LEVEL, would report the PASSIVE_LEVEL-only calls.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _TH_EXT {
    KSPIN_LOCK Lock;
    HANDLE Thread;
    HANDLE Log;
    volatile LONG Stop;
    ULONG Ticks;
    UNICODE_STRING LinkName;
    UNICODE_STRING DeviceName;
} TH_EXT;

TH_EXT ThExt;

static VOID ThMain(PVOID StartContext)
{
    TH_EXT *Ext = (TH_EXT *)StartContext;
    LARGE_INTEGER Interval;
    KIRQL OldIrql;

    (VOID)IoCreateSymbolicLink(&Ext->LinkName, &Ext->DeviceName);
    Interval.QuadPart = -10 * 1000 * 250;
    while (!Ext->Stop) {
        KeDelayExecutionThread(KernelMode, FALSE, &Interval);
        KeAcquireSpinLock(&Ext->Lock, &OldIrql);
        Ext->Ticks++;
        KeReleaseSpinLock(&Ext->Lock, OldIrql);
    }
    if (Ext->Log != NULL)
        ZwClose(Ext->Log);
    PsTerminateSystemThread(STATUS_SUCCESS);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&ThExt.Lock);
    RtlInitUnicodeString(&ThExt.LinkName, L"\\DosDevices\\Th");
    RtlInitUnicodeString(&ThExt.DeviceName, L"\\Device\\Th");
    return PsCreateSystemThread(&ThExt.Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, ThMain, &ThExt);
}
