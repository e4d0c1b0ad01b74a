/*
 * context_accessor_lock_wrappers_ok -- clean: a KMDF driver takes a
 * per-queue framework spin lock through a pair of wrapper functions
 * annotated the way Code Analysis expects (_IRQL_raises_ +
 * _IRQL_saves_global_ on the lock wrapper, _IRQL_requires_ +
 * _IRQL_restores_global_ on the unlock wrapper).  The unlock wrapper's
 * WdfSpinLockRelease restores the IRQL the lock wrapper's
 * WdfSpinLockAcquire saved, so a helper that brackets its work with the
 * pair returns at the IRQL it was called at.
 */
#include <ntddk.h>
#include <wdf.h>

typedef struct _WL_QUEUE_CONTEXT {
    WDFSPINLOCK StateLock;
    ULONG Pending;
} WL_QUEUE_CONTEXT, *PWL_QUEUE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(WL_QUEUE_CONTEXT, WlQueueGetContext);

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_IO_QUEUE_IO_READ WlEvtIoRead;

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_global_(WlStateLock, Queue)
static VOID WlLock(_In_ WDFQUEUE Queue)
{
    WdfSpinLockAcquire(WlQueueGetContext(Queue)->StateLock);
}

_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_restores_global_(WlStateLock, Queue)
static VOID WlUnlock(_In_ WDFQUEUE Queue)
{
    WdfSpinLockRelease(WlQueueGetContext(Queue)->StateLock);
}

_IRQL_requires_max_(DISPATCH_LEVEL)
static VOID WlCountRequest(_In_ WDFQUEUE Queue)
{
    WlLock(Queue);
    WlQueueGetContext(Queue)->Pending += 1;
    WlUnlock(Queue);
}

VOID WlEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    UNREFERENCED_PARAMETER(Length);
    WlCountRequest(Queue);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG Config;

    WDF_DRIVER_CONFIG_INIT(&Config, WDF_NO_EVENT_CALLBACK);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES,
                           &Config, WDF_NO_HANDLE);
}
