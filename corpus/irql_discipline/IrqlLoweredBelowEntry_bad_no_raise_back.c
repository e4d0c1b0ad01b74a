/*
 * IrqlLoweredBelowEntry_bad_no_raise_back -- seeded defect: an NDIS timer
 * function lowers to PASSIVE_LEVEL to read the registry and never raises
 * back.  The lowering is reported where it happens, and the timer function
 * then returns to NDIS at PASSIVE_LEVEL instead of the DISPATCH_LEVEL it was
 * called at (reported on its name).
 */
#include <ndis.h>

NDIS_TIMER_FUNCTION MpConfigTimer;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    ULONG Generation;
} MP_ADAPTER, *PMP_ADAPTER;

VOID MpConfigTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3) // expect: [IrqlNotRestored] MpConfigTimer can return at PASSIVE_LEVEL; the system called it at DISPATCH_LEVEL
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    KeLowerIrql(PASSIVE_LEVEL); // expect: [IrqlLoweredBelowEntry] KeLowerIrql sets the IRQL to PASSIVE_LEVEL, below DISPATCH_LEVEL at which MpConfigTimer was entered
    Adapter->Generation++;
}
