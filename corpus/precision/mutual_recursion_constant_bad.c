/* A DDI reached only at the bottom of a mutual recursion that starts with a
 * constant: the first analysis of Even sees n == 10 and cannot take the
 * n == 0 branch; the recursive call that would reach it is cut.  The cut
 * call must still be analysed, or the finding is lost. */
#include <ntddk.h>

static VOID CountOdd(ULONG n);

static VOID CountEven(ULONG n)
{
    KIRQL OldIrql;

    if (n == 0) {
        KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
        ZwClose(NULL); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        KeLowerIrql(OldIrql);
        return;
    }
    CountOdd(n - 1);
}

static VOID CountOdd(ULONG n)
{
    if (n != 0)
        CountEven(n - 1);
}

DRIVER_INITIALIZE DriverEntry;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    CountEven(10);
    return STATUS_SUCCESS;
}
