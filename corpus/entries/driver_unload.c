/*
 * driver_unload -- an entry found only from the store into
 * DriverObject->DriverUnload.  The unload routine runs at PASSIVE_LEVEL; the
 * ring-drain helper it calls is annotated _IRQL_requires_(DISPATCH_LEVEL),
 * so the call is reported at PASSIVE_LEVEL.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _RING {
    ULONG Head;
    ULONG Tail;
} RING;

RING TxRing;

_IRQL_requires_(DISPATCH_LEVEL)
static VOID RingDrain(RING *Ring)
{
    Ring->Tail = Ring->Head;
}

static VOID DrvUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    RingDrain(&TxRing); // expect: [IrqlTooLow] RingDrain called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = DrvUnload; // expect-note: entry point DrvUnload (DRIVER_UNLOAD) registered here
    return STATUS_SUCCESS;
}
