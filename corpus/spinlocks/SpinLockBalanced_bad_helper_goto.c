/*
 * SpinLockBalanced_bad_helper_goto -- seeded defect: FilterRestart locks the
 * module through a helper, and a `goto Exit` taken when the restart
 * parameters carry no attribute list jumps over the unlock helper.  The lock
 * taken in FltLock can still be held when FltRestart returns (reported where
 * it is taken, in the helper), and FltRestart can return at DISPATCH_LEVEL
 * although NDIS called it at PASSIVE_LEVEL.
 */
#include <ndis.h>

FILTER_RESTART FltRestart;

typedef struct _FLT_MODULE {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE FilterHandle;
    BOOLEAN Running;
    ULONG Restarts;
} FLT_MODULE, *PFLT_MODULE;

static VOID FltLock(PFLT_MODULE Module)
{
    NdisAcquireSpinLock(&Module->Lock); // expect: [SpinLockBalanced] the lock NdisAcquireSpinLock takes here can still be held when FltRestart returns
}

static VOID FltUnlock(PFLT_MODULE Module)
{
    NdisReleaseSpinLock(&Module->Lock);
}

NDIS_STATUS FltRestart(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_RESTART_PARAMETERS RestartParameters) // expect: [IrqlNotRestored] FltRestart can return at DISPATCH_LEVEL; the system called it at PASSIVE_LEVEL
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    FltLock(Module);
    Module->Restarts++;
    if (RestartParameters->RestartAttributes == NULL) {
        Status = NDIS_STATUS_INVALID_PARAMETER;
        goto Exit;
    }
    Module->Running = TRUE;
    FltUnlock(Module);

Exit:
    return Status; // expect-note: returns to the system here
}
