/*
 * case_mismatch -- the driver's headers are included in another letter
 * case than on disk (and with a Windows path separator), which a Windows
 * build accepts.  ddicheck finds them in any letter case; the seeded
 * defect (a PASSIVE_LEVEL DDI in a DPC) is reported only if the DPC, whose
 * types and constants come from those headers, was parsed and analysed.
 */
#include <wdm.h>
#include "CmDefs.H"

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE CmPollDpc;

static CM_DEVICE CmDevice;

VOID CmPollDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PCM_DEVICE Device = (PCM_DEVICE)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    if (++Device->Polls >= CM_POLL_LIMIT) {
        ZwClose(Device->ConfigKey); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    CmDevice.Polls = 0;
    KeInitializeDpc(&CmDevice.PollDpc, CmPollDpc, &CmDevice);
    return STATUS_SUCCESS;
}
