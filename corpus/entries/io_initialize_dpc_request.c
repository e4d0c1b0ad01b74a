/*
 * io_initialize_dpc_request -- a DpcForIsr found from IoInitializeDpcRequest
 * and queued from the ISR with IoRequestDpc.  The DpcForIsr runs at
 * DISPATCH_LEVEL (nc-wdm-io_dpc_routine), so the ZwClose it does when the
 * device reports removal is reported there.  IoRequestDpc itself is called
 * at DIRQL from the ISR, as its page requires.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
KSERVICE_ROUTINE DevIsr;

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Self;
    volatile ULONG *Status;
    HANDLE Trace;
} DEV_EXT, *PDEV_EXT;

DEV_EXT DevExt;

static VOID DevDpcForIsr(PKDPC Dpc, PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PDEV_EXT Ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    if (Ext->Trace != NULL) {
        ZwClose(Ext->Trace); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        Ext->Trace = NULL;
    }
}

BOOLEAN DevIsr(PKINTERRUPT Interrupt, PVOID ServiceContext)
{
    PDEV_EXT Ext = (PDEV_EXT)ServiceContext;

    UNREFERENCED_PARAMETER(Interrupt);
    if (*Ext->Status == 0)
        return FALSE;
    IoRequestDpc(Ext->Self, NULL, Ext);
    return TRUE;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DevExt.Self = DriverObject->DeviceObject;
    IoInitializeDpcRequest(DevExt.Self, DevDpcForIsr);
    return STATUS_SUCCESS;
}
