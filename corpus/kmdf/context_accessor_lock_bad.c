/*
 * context_accessor_lock_bad -- a context accessor names the same object
 * only for the same handle: a lock taken through one queue's context and
 * released through another's is two locks (the first still held at the
 * return, the second released without being taken), and so is a lock
 * released through the accessor after the handle variable was given
 * another queue: the lock taken through the first queue stays held.
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _CB_QUEUE_CONTEXT {
    WDFSPINLOCK Lock;
    WDFQUEUE Peer;
    ULONG Moved;
} CB_QUEUE_CONTEXT, *PCB_QUEUE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CB_QUEUE_CONTEXT, CbQueueGetContext);

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_IO_QUEUE_IO_READ CbEvtIoRead;
EVT_WDF_IO_QUEUE_IO_WRITE CbEvtIoWrite;

VOID CbEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    WDFQUEUE peer = CbQueueGetContext(Queue)->Peer;

    UNREFERENCED_PARAMETER(Length);
    WdfSpinLockAcquire(CbQueueGetContext(Queue)->Lock); // expect: [WdfSpinLock] can still be held when CbEvtIoRead returns
    CbQueueGetContext(Queue)->Moved += 1;
    WdfSpinLockRelease(CbQueueGetContext(peer)->Lock); // expect: [WdfSpinLockRelease] which can be not held here
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

VOID CbEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    WDFQUEUE target = Queue;

    UNREFERENCED_PARAMETER(Length);
    WdfSpinLockAcquire(CbQueueGetContext(target)->Lock); // expect: [WdfSpinLock] can still be held when CbEvtIoWrite returns
    target = CbQueueGetContext(target)->Peer;
    WdfSpinLockRelease(CbQueueGetContext(target)->Lock); // expect: [WdfSpinLockRelease] which can be not held here
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG Config;

    WDF_DRIVER_CONFIG_INIT(&Config, WDF_NO_EVENT_CALLBACK);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES,
                           &Config, WDF_NO_HANDLE);
}
