/*
 * same_field_two_objects_ok -- clean: a bridging miniport moves a frame
 * between two adapters and holds both adapters' locks while it does, the
 * lower-addressed first.  The locks are the same field of two different
 * objects (Src->Lock and Dst->Lock), so taking the second is not taking a
 * held lock again; a checker that tracks locks by field name alone reports
 * SpinLockDpr / SpinLock here.
 */
#include <ndis.h>

MINIPORT_INTERRUPT_DPC BrDpc;

typedef struct _BR_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    struct _BR_ADAPTER *Peer;
    ULONG Queued;
    ULONG Forwarded;
} BR_ADAPTER, *PBR_ADAPTER;

static VOID BrForward(PBR_ADAPTER Src, PBR_ADAPTER Dst)
{
    PBR_ADAPTER First = Src < Dst ? Src : Dst;
    PBR_ADAPTER Second = Src < Dst ? Dst : Src;

    NdisDprAcquireSpinLock(&First->Lock);
    NdisDprAcquireSpinLock(&Second->Lock);
    if (Src->Queued > 0) {
        Src->Queued--;
        Dst->Forwarded++;
    }
    NdisDprReleaseSpinLock(&Second->Lock);
    NdisDprReleaseSpinLock(&First->Lock);
}

VOID BrDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
           PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PBR_ADAPTER Adapter = (PBR_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    if (Adapter->Peer != NULL && Adapter->Peer != Adapter)
        BrForward(Adapter, Adapter->Peer);
}
