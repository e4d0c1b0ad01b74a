/*
 * context_accessor_lock_ok -- clean: a KMDF read callback takes
 * and releases the queue's framework spin lock naming it both times through
 * the queue's context accessor.  The accessor returns the same context for
 * the same handle, so the release releases the lock the acquire took.
 * (Found on the ufxclientsample sample, whose lock wrappers name the lock
 * through the accessor each time: before, each call's result was an object
 * of its own, and the release found a lock that was never taken.)
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _CA_QUEUE_CONTEXT {
    WDFSPINLOCK CountLock;
    ULONG Reads;
} CA_QUEUE_CONTEXT, *PCA_QUEUE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CA_QUEUE_CONTEXT, CaQueueGetContext);

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_IO_QUEUE_IO_READ CaEvtIoRead;

VOID CaEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    UNREFERENCED_PARAMETER(Length);
    WdfSpinLockAcquire(CaQueueGetContext(Queue)->CountLock);
    CaQueueGetContext(Queue)->Reads += 1;
    WdfSpinLockRelease(CaQueueGetContext(Queue)->CountLock);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG Config;

    WDF_DRIVER_CONFIG_INIT(&Config, WDF_NO_EVENT_CALLBACK);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES,
                           &Config, WDF_NO_HANDLE);
}
