/*
 * filter_lock_requery_bad -- seeded defect: a variant of the flag-macro
 * idiom whose macros re-query the IRQL instead of taking a flag.  The
 * acquire macro sees PASSIVE_LEVEL and takes the raising NdisAcquireSpinLock;
 * by the time the release macro asks, that acquire has raised the IRQL to
 * DISPATCH_LEVEL, so it picks NdisDprReleaseSpinLock, which does not restore
 * it.  FilterPause then returns to NDIS at DISPATCH_LEVEL.  The guard
 * narrowing on KeGetCurrentIrql() is what makes both findings precise.
 */
#include <ndis.h>

FILTER_PAUSE FqPause;

#define FQ_ACQUIRE_LOCK(_pLock)                              \
    do {                                                     \
        if (KeGetCurrentIrql() == DISPATCH_LEVEL)            \
            NdisDprAcquireSpinLock(_pLock);                  \
        else                                                 \
            NdisAcquireSpinLock(_pLock);                     \
    } while (0)

#define FQ_RELEASE_LOCK(_pLock)                              \
    do {                                                     \
        if (KeGetCurrentIrql() == DISPATCH_LEVEL)            \
            NdisDprReleaseSpinLock(_pLock);                  \
        else                                                 \
            NdisReleaseSpinLock(_pLock);                     \
    } while (0)

typedef struct _FQ_MODULE {
    NDIS_SPIN_LOCK Lock;
    BOOLEAN Paused;
} FQ_MODULE, *PFQ_MODULE;

NDIS_STATUS FqPause(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters) // expect: [IrqlNotRestored] FqPause can return at
{
    PFQ_MODULE Module = (PFQ_MODULE)FilterModuleContext;

    UNREFERENCED_PARAMETER(PauseParameters);

    FQ_ACQUIRE_LOCK(&Module->Lock);
    Module->Paused = TRUE;
    FQ_RELEASE_LOCK(&Module->Lock); // expect: [SpinLockDprRelease] NdisDprReleaseSpinLock releases Module->Lock, which NdisAcquireSpinLock took; it pairs with NdisDprAcquireSpinLock
    return NDIS_STATUS_SUCCESS;
}
