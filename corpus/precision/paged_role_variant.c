/*
 * paged_role_variant -- the _PAGED / _RAISED role variants: DevIoctl is
 * declared only as DRIVER_DISPATCH_PAGED (a typedef of DRIVER_DISPATCH in
 * wdm.h; the knowledge base has no row of its own for it) and is never
 * stored anywhere, so the typedef chain is what makes it an entry point at
 * PASSIVE_LEVEL.  Its DPC-level lock call is reported at PASSIVE_LEVEL;
 * the ZwClose after the lock is fine there.
 */
#include <wdm.h>

DRIVER_DISPATCH_PAGED DevIoctl;

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    HANDLE File;
    ULONG Ioctls;
} DEV_EXT, *PDEV_EXT;

NTSTATUS DevIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp) // expect-note: entry point DevIoctl
{
    PDEV_EXT Ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KLOCK_QUEUE_HANDLE Handle;

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&Ext->Lock, &Handle); // expect: [IrqlTooLow] KeAcquireInStackQueuedSpinLockAtDpcLevel called at PASSIVE_LEVEL; it requires >= DISPATCH_LEVEL
    Ext->Ioctls++;
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&Handle);
    if (Ext->File != NULL)
        ZwClose(Ext->File);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
