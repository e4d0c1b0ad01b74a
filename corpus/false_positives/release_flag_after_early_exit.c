/*
 * release_flag_after_early_exit -- clean: an OID handler validates its
 * argument, takes a read/write lock, records that it holds it, and releases
 * it after the do/while(FALSE) block only if it took it.
 */
#include <ndis.h>

MINIPORT_OID_REQUEST RfOidRequest;

typedef struct _RF_QUEUE {
    PNDIS_RW_LOCK_EX Lock;
    BOOLEAN Allocated;
} RF_QUEUE, *PRF_QUEUE;

typedef struct _RF_ADAPTER {
    RF_QUEUE Queues[4];
} RF_ADAPTER, *PRF_ADAPTER;

static NDIS_STATUS RfAllocateQueue(PRF_ADAPTER Adapter, ULONG QueueId)
{
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
    LOCK_STATE_EX LockState;
    BOOLEAN ReleaseLock = FALSE;

    do {
        if (QueueId >= 4) {
            Status = NDIS_STATUS_INVALID_PARAMETER;
            break;
        }
        NdisAcquireRWLockWrite(Adapter->Queues[QueueId].Lock, &LockState, 0);
        ReleaseLock = TRUE;
        if (Adapter->Queues[QueueId].Allocated) {
            Status = NDIS_STATUS_INVALID_PARAMETER;
            break;
        }
        Adapter->Queues[QueueId].Allocated = TRUE;
    } while (FALSE);

    if (ReleaseLock) {
        NdisReleaseRWLock(Adapter->Queues[QueueId].Lock, &LockState);
    }
    return Status;
}

NDIS_STATUS RfOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PRF_ADAPTER Adapter = (PRF_ADAPTER)MiniportAdapterContext;
    return RfAllocateQueue(Adapter, OidRequest->RequestType);
}
