/*
 * lock_path_infeasible_by_loop_data -- a timer resets the receive ring
 * with both locks held, then restarts reception.  StartRecv handles
 * completed buffers only when the first one has a status, and HandleRecv
 * takes the device lock only when some buffer has one; ResetRecv has just
 * cleared every status and the hardware is stopped, so under the timer
 * HandleRecv never reaches the acquire of the lock the timer holds.
 * Expected: no finding (the pcidrv sample's NICReset -> NICStartRecv ->
 * NICHandleRecvInterrupt relies on the same invariant).  The analysis sees
 * it because the loop's first test (0 < NRFD) cannot fail, so ResetRecv
 * only returns after writing the statuses, and the elements of an array
 * share one slot.  The list-shaped original is
 * lock_path_infeasible_by_list_reset.c.
 */
#include <ntddk.h>
#include <wdf.h>

#define NRFD 4

typedef struct _RFD {
    ULONG Status;
} RFD;

typedef struct _DEV_CTX {
    WDFSPINLOCK Lock;
    WDFSPINLOCK RcvLock;
    RFD Rfd[NRFD];
    ULONG Received;
} DEV_CTX, *PDEV_CTX;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEV_CTX, DevGetCtx)

DRIVER_INITIALIZE DriverEntry;

static VOID ResetRecv(PDEV_CTX Ctx)
{
    ULONG i;

    for (i = 0; i < NRFD; i++) {
        Ctx->Rfd[i].Status = 0;
    }
}

/* Called with RcvLock held; returns with it held. */
static VOID HandleRecv(PDEV_CTX Ctx)
{
    ULONG i, count = 0;

    for (i = 0; i < NRFD; i++) {
        if (Ctx->Rfd[i].Status != 0) {
            count++;
        }
    }
    if (count == 0) {
        return;
    }
    WdfSpinLockRelease(Ctx->RcvLock);
    WdfSpinLockAcquire(Ctx->Lock);
    Ctx->Received += count;
    WdfSpinLockRelease(Ctx->Lock);
    WdfSpinLockAcquire(Ctx->RcvLock);
}

static VOID StartRecv(PDEV_CTX Ctx)
{
    if (Ctx->Rfd[0].Status != 0) {
        HandleRecv(Ctx);
    }
}

static VOID EvtTimer(WDFTIMER Timer)
{
    PDEV_CTX Ctx = DevGetCtx(WdfTimerGetParentObject(Timer));

    WdfSpinLockAcquire(Ctx->Lock);
    WdfSpinLockAcquire(Ctx->RcvLock);
    ResetRecv(Ctx);
    StartRecv(Ctx);
    WdfSpinLockRelease(Ctx->RcvLock);
    WdfSpinLockRelease(Ctx->Lock);
}

static VOID EvtDpc(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject)
{
    PDEV_CTX Ctx = DevGetCtx(AssociatedObject);

    UNREFERENCED_PARAMETER(Interrupt);
    WdfSpinLockAcquire(Ctx->RcvLock);
    HandleRecv(Ctx);
    WdfSpinLockRelease(Ctx->RcvLock);
}

static BOOLEAN EvtIsr(WDFINTERRUPT Interrupt, ULONG MessageID)
{
    UNREFERENCED_PARAMETER(MessageID);
    WdfInterruptQueueDpcForIsr(Interrupt);
    return TRUE;
}

static NTSTATUS EvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_INTERRUPT_CONFIG interruptConfig;
    WDF_TIMER_CONFIG timerConfig;
    WDFDEVICE device;
    WDFINTERRUPT interrupt;
    WDFTIMER timer;
    PDEV_CTX Ctx;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEV_CTX);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Ctx = DevGetCtx(device);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfSpinLockCreate(&attributes, &Ctx->Lock);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WdfSpinLockCreate(&attributes, &Ctx->RcvLock);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_INTERRUPT_CONFIG_INIT(&interruptConfig, EvtIsr, EvtDpc);
    status = WdfInterruptCreate(device, &interruptConfig, WDF_NO_OBJECT_ATTRIBUTES, &interrupt);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_TIMER_CONFIG_INIT(&timerConfig, EvtTimer);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    return WdfTimerCreate(&timerConfig, &attributes, &timer);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, EvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
