/*
 * SpinLock_bad_loop_continue -- seeded defect: the transmit-queue drain loop
 * takes the queue lock at the top of each iteration; the branch that drops
 * stale frames `continue`s without releasing it, so the next iteration's
 * NdisAcquireSpinLock finds the lock held by this very thread.  The loop
 * only leaves through the `break` after a release, so no path returns with
 * the lock held.
 */
#include <ndis.h>

NDIS_TIMER_FUNCTION MpTxWatchdog;

typedef struct _MP_TCB {
    struct _MP_TCB *Next;
    BOOLEAN Stale;
    PNET_BUFFER_LIST Nbl;
} MP_TCB, *PMP_TCB;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK QueueLock;
    NDIS_HANDLE AdapterHandle;
    PMP_TCB Pending;
    ULONG Dropped;
} MP_ADAPTER, *PMP_ADAPTER;

VOID MpTxWatchdog(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)FunctionContext;
    PMP_TCB Tcb;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    for (;;) {
        NdisAcquireSpinLock(&Adapter->QueueLock); // expect: [SpinLock] NdisAcquireSpinLock acquires Adapter->QueueLock, which can already be held here
        Tcb = Adapter->Pending;
        if (Tcb == NULL) {
            NdisReleaseSpinLock(&Adapter->QueueLock);
            break;
        }
        Adapter->Pending = Tcb->Next;
        if (Tcb->Stale) {
            Adapter->Dropped++;
            continue;
        }
        NdisReleaseSpinLock(&Adapter->QueueLock);
        NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, Tcb->Nbl, NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
    }
}
