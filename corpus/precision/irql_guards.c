/*
 * irql_guards -- explicit IRQL tests narrow the IRQL on each branch.  A
 * completion routine (IRQL <= DISPATCH_LEVEL) closes its handle directly
 * only under `if (KeGetCurrentIrql() == PASSIVE_LEVEL)` and defers it
 * otherwise (clean); an NDIS send handler sleeps only when
 * NDIS_CURRENT_IRQL() < DISPATCH_LEVEL (clean); a helper asserts
 * KeGetCurrentIrql() <= APC_LEVEL before it delays (clean after the assert).
 * One guard is too weak: `<= DISPATCH_LEVEL` excludes nothing, and the
 * ZwClose under it is reported.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_SEND_NET_BUFFER_LISTS MpSend;

typedef struct _GD_EXT {
    PDEVICE_OBJECT Lower;
    HANDLE Trace;
    HANDLE Spill;
    PIO_WORKITEM Item;
    volatile ULONG *TxFree;
    NDIS_HANDLE AdapterHandle;
} GD_EXT, *PGD_EXT;

GD_EXT GdExt;

static VOID GdCloseWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PGD_EXT Ext = (PGD_EXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    ZwClose(Ext->Trace);
}

static VOID GdWaitForHardware(PGD_EXT Ext)
{
    LARGE_INTEGER Wait;

    ASSERT(KeGetCurrentIrql() <= APC_LEVEL);
    Wait.QuadPart = -10 * 100;
    while (*Ext->TxFree == 0)
        KeDelayExecutionThread(KernelMode, FALSE, &Wait);
}

static NTSTATUS GdReadDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PGD_EXT Ext = (PGD_EXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    if (KeGetCurrentIrql() == PASSIVE_LEVEL)
        ZwClose(Ext->Trace);
    else
        IoQueueWorkItem(Ext->Item, GdCloseWorker, DelayedWorkQueue, Ext);

    if (KeGetCurrentIrql() <= DISPATCH_LEVEL)
        ZwClose(Ext->Spill); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    return STATUS_SUCCESS;
}

VOID MpSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PGD_EXT Ext = (PGD_EXT)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PortNumber);
    UNREFERENCED_PARAMETER(SendFlags);

    if (NDIS_CURRENT_IRQL() < DISPATCH_LEVEL) {
        while (*Ext->TxFree == 0)
            NdisMSleep(20);
        GdWaitForHardware(Ext);
    }
    NdisMSendNetBufferListsComplete(Ext->AdapterHandle, NetBufferList, 0);
}

static NTSTATUS GdRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, GdReadDone, &GdExt, TRUE, TRUE, TRUE);
    return IoCallDriver(GdExt.Lower, Irp);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    GdExt.Item = IoAllocateWorkItem(DriverObject->DeviceObject);
    if (GdExt.Item == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    DriverObject->MajorFunction[IRP_MJ_READ] = GdRead;
    return STATUS_SUCCESS;
}
