/*
 * try_acquire_spin_lock -- clean: a DPC sends what is queued only if no
 * other processor is already doing it, using the try-acquire form.
 */
#include <wdm.h>

typedef struct _TA_DEVICE {
    KDPC SendDpc;
    KSPIN_LOCK SendLock;
    LIST_ENTRY SendQueue;
    ULONG Sent;
} TA_DEVICE, *PTA_DEVICE;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE TaSendDpc;

static TA_DEVICE TaDevice;

VOID TaSendDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PTA_DEVICE Device = (PTA_DEVICE)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    if (KeTryToAcquireSpinLockAtDpcLevel(&Device->SendLock)) {
        while (!IsListEmpty(&Device->SendQueue)) {
            RemoveHeadList(&Device->SendQueue);
            Device->Sent++;
        }
        KeReleaseSpinLockFromDpcLevel(&Device->SendLock);
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeSpinLock(&TaDevice.SendLock);
    InitializeListHead(&TaDevice.SendQueue);
    KeInitializeDpc(&TaDevice.SendDpc, TaSendDpc, &TaDevice);
    return STATUS_SUCCESS;
}
