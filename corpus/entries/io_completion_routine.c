/*
 * io_completion_routine -- an entry found only from the CompletionRoutine
 * argument of IoSetCompletionRoutine.  Completion routines run at
 * IRQL <= DISPATCH_LEVEL, so closing a handle there with ZwClose
 * (PASSIVE_LEVEL only) is reported at DISPATCH_LEVEL.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _FLT_EXT {
    PDEVICE_OBJECT Lower;
    HANDLE Section;
} FLT_EXT, *PFLT_EXT;

static NTSTATUS FltCloseDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PFLT_EXT Ext = (PFLT_EXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    if (Ext->Section != NULL) {
        ZwClose(Ext->Section); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        Ext->Section = NULL;
    }
    return STATUS_SUCCESS;
}

static NTSTATUS FltClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT Ext = (PFLT_EXT)DeviceObject->DeviceExtension;

    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, FltCloseDone, Ext, TRUE, TRUE, TRUE); // expect-note: entry point FltCloseDone (IO_COMPLETION_ROUTINE) registered here
    return IoCallDriver(Ext->Lower, Irp);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = FltClose;
    return STATUS_SUCCESS;
}
