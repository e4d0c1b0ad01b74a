/*
 * lock_path_infeasible_after_send_reset -- lock_path_infeasible_by_list_reset
 * with what comes first on the pcidrv sample's reset path: before the
 * receive list is reset, the timer resets the send side, whose helper
 * returns five different ways (no send memory; or the send list busy
 * or not, its error count reset or not).  Five paths reach the receive reset, which has two
 * ways out of its own; the states after it are more than the analysis
 * keeps apart, and joining a way the loop ran with one it did not would
 * forget both the cleared status and the zero count.  The ways out of the
 * receive reset are kept apart, and the send side's paths joined.
 *
 * The receive path: a watchdog timer holds both locks, clears the status of the
 * first Count receive buffers on the ready list, then restarts reception.
 * StartRecv handles completed buffers only when the list's first buffer
 * has a status, and HandleRecv (which asserts that Count is at least
 * MIN_READY) takes the device lock only when the first buffer has one.
 * Either the reset loop ran and cleared the first buffer's status, or
 * Count was 0 and HandleRecv's assertion stops that path: the lock the
 * timer holds is never taken again.  Expected: no finding.
 */
#include <ntddk.h>
#include <wdf.h>

#define MIN_READY 4

typedef struct _RFD {
    LIST_ENTRY Link;
    ULONG Status;
} RFD, *PRFD;

typedef struct _DEV_CTX {
    WDFSPINLOCK Lock;
    WDFSPINLOCK RcvLock;
    LIST_ENTRY RecvList;
    ULONG Count;
    ULONG Received;
    ULONG SendCount;
    ULONG SendBusy;
    PVOID SendHead;
    PVOID SendTail;
    PVOID SendMem;
    ULONG SendPending;
    ULONG SendErrors;
} DEV_CTX, *PDEV_CTX;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEV_CTX, DevGetCtx)

DRIVER_INITIALIZE DriverEntry;

static VOID ResetRecv(PDEV_CTX Ctx)
{
    PRFD Rfd = (PRFD)Ctx->RecvList.Flink;
    ULONG i;

    for (i = 0; i < Ctx->Count; i++) {
        Rfd->Status = 0;
        Rfd = (PRFD)Rfd->Link.Flink;
    }
}

static VOID ResetSend(PDEV_CTX Ctx)
{
    if (Ctx->SendMem == NULL) {
        Ctx->SendCount = 0;
        Ctx->SendBusy = 0;
        Ctx->SendHead = NULL;
        Ctx->SendTail = NULL;
        Ctx->SendPending = 0;
        Ctx->SendErrors = 0;
        return;
    }
    Ctx->SendCount = 16;
    Ctx->SendHead = Ctx->SendMem;
    if (Ctx->SendBusy != 0) {
        Ctx->SendTail = NULL;
        Ctx->SendBusy = 1;
        Ctx->SendPending = 1;
    } else {
        Ctx->SendTail = Ctx->SendHead;
    }
    if (Ctx->SendErrors > 8) {
        Ctx->SendErrors = 0;
        Ctx->SendPending = 0;
    }
}

/* Called with RcvLock held; returns with it held. */
static VOID HandleRecv(PDEV_CTX Ctx)
{
    PRFD Rfd;

    ASSERT(Ctx->Count >= MIN_READY);
    Rfd = (PRFD)Ctx->RecvList.Flink;
    if (Rfd->Status == 0) {
        return;
    }
    WdfSpinLockRelease(Ctx->RcvLock);
    WdfSpinLockAcquire(Ctx->Lock);
    Ctx->Received++;
    WdfSpinLockRelease(Ctx->Lock);
    WdfSpinLockAcquire(Ctx->RcvLock);
}

static VOID StartRecv(PDEV_CTX Ctx)
{
    PRFD Rfd = (PRFD)Ctx->RecvList.Flink;

    if (Rfd->Status != 0) {
        HandleRecv(Ctx);
    }
}

static VOID EvtTimer(WDFTIMER Timer)
{
    PDEV_CTX Ctx = DevGetCtx(WdfTimerGetParentObject(Timer));

    WdfSpinLockAcquire(Ctx->Lock);
    WdfSpinLockAcquire(Ctx->RcvLock);
    ResetSend(Ctx);
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
    InitializeListHead(&Ctx->RecvList);
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
