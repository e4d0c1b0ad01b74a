/*
 * role_type_declaration -- entry found from a role-type declaration alone:
 * `MINIPORT_HALT MpHalt;` with no registration anywhere in the program.
 * NdisDprAcquireSpinLock is wrong only below DISPATCH_LEVEL, so the finding
 * shows that MpHalt was taken as an entry point running at PASSIVE_LEVEL.
 */
#include <ndis.h>

MINIPORT_HALT MpHalt;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    BOOLEAN Halting;
} MP_ADAPTER, *PMP_ADAPTER;

VOID MpHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) // expect-note: entry point MpHalt (MINIPORT_HALT) runs at PASSIVE_LEVEL
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    NdisDprAcquireSpinLock(&Adapter->Lock); // expect: [Irql_Synch_Function] NdisDprAcquireSpinLock called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
    Adapter->Halting = TRUE;
    NdisDprReleaseSpinLock(&Adapter->Lock); // expect: [Irql_Synch_Function] NdisDprReleaseSpinLock called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
}
