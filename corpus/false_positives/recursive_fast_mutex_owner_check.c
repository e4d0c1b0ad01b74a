// expect-fail: the lock takes the mutex only when the FCB's owner is not the current thread, and the unlock releases it only when the nesting count drops to zero; the analysis knows neither that an owner equal to the current thread means the mutex is held (so the IRQL is already APC_LEVEL) nor that the count is zero right after the mutex is taken, so it pairs a skipped acquisition with a release (found on the cdfs sample's CdLockFcb/CdUnlockFcb)
/*
 * recursive_fast_mutex_owner_check -- clean: a file-system-style driver
 * protects each file control block with a fast mutex wrapped into a
 * recursive lock.  The lock acquires the mutex only when the current thread
 * does not own it yet and counts the nesting; the unlock releases the mutex
 * only when the count drops to zero.  A thread that finds itself the owner
 * already holds the mutex (so is at APC_LEVEL), and the release always runs
 * at APC_LEVEL; after the outermost unlock the IRQL is PASSIVE_LEVEL again,
 * where the handle the file block keeps is closed.
 */
#include <wdm.h>

typedef struct _RF_FCB {
    FAST_MUTEX Mutex;
    PKTHREAD Owner;
    ULONG LockCount;
    ULONG State;
    HANDLE Section;
} RF_FCB, *PRF_FCB;

DRIVER_INITIALIZE DriverEntry;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH RfCleanup;

static RF_FCB RfFcb;

static VOID RfLockFcb(PRF_FCB Fcb)
{
    PKTHREAD Self = KeGetCurrentThread();

    if (Self != Fcb->Owner) {
        ExAcquireFastMutex(&Fcb->Mutex);
        Fcb->Owner = Self;
    }
    Fcb->LockCount += 1;
}

static VOID RfUnlockFcb(PRF_FCB Fcb)
{
    Fcb->LockCount -= 1;
    if (Fcb->LockCount == 0) {
        Fcb->Owner = NULL;
        ExReleaseFastMutex(&Fcb->Mutex);
    }
}

static VOID RfUpdateState(PRF_FCB Fcb)
{
    RfLockFcb(Fcb);             /* nested: the caller may hold it already */
    Fcb->State += 1;
    RfUnlockFcb(Fcb);
}

NTSTATUS RfCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    RfLockFcb(&RfFcb);
    RfUpdateState(&RfFcb);
    RfUnlockFcb(&RfFcb);

    if (RfFcb.Section != NULL) {
        ZwClose(RfFcb.Section);         /* PASSIVE_LEVEL only */
        RfFcb.Section = NULL;
    }

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    ExInitializeFastMutex(&RfFcb.Mutex);
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = RfCleanup;
    return STATUS_SUCCESS;
}
