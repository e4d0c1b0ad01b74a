/*
 * function_pointer_table -- callbacks reached only through function
 * pointers: a constant table of event handlers indexed by the event code,
 * and a handler pointer stored in the device extension at init time.  The
 * DPC (DISPATCH_LEVEL) calls them indirectly, so the PASSIVE_LEVEL-only
 * calls inside two of the handlers are reported, with the DPC as entry.
 * The third handler is fine at DISPATCH_LEVEL.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE EvDpc;

typedef struct _EV_EXT EV_EXT;
typedef VOID EV_HANDLER(EV_EXT *Ext);

struct _EV_EXT {
    KDPC Dpc;
    ULONG Event;
    HANDLE Log;
    ULONG LinkUps;
    EV_HANDLER *OnReset;
    UNICODE_STRING LinkName;
    UNICODE_STRING DeviceName;
};

EV_EXT EvExt;

static VOID EvLinkUp(EV_EXT *Ext)
{
    Ext->LinkUps++;
}

static VOID EvLinkDown(EV_EXT *Ext)
{
    (VOID)IoCreateSymbolicLink(&Ext->LinkName, &Ext->DeviceName); // expect: [IrqlTooHigh] IoCreateSymbolicLink called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
}

static VOID EvReset(EV_EXT *Ext)
{
    if (Ext->Log != NULL)
        ZwClose(Ext->Log); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    Ext->Log = NULL;
}

static EV_HANDLER *const EvTable[] = { EvLinkUp, EvLinkDown };

VOID EvDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    EV_EXT *Ext = (EV_EXT *)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    if (Ext->Event < 2)
        EvTable[Ext->Event](Ext);
    else if (Ext->OnReset != NULL)
        Ext->OnReset(Ext);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    RtlInitUnicodeString(&EvExt.LinkName, L"\\DosDevices\\Ev");
    RtlInitUnicodeString(&EvExt.DeviceName, L"\\Device\\Ev");
    EvExt.OnReset = EvReset;
    KeInitializeDpc(&EvExt.Dpc, EvDpc, &EvExt);
    return STATUS_SUCCESS;
}
