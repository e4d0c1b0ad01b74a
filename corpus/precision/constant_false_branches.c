/*
 * constant_false_branches -- clean: code that is dead after macro expansion
 * must not be checked.  In a DPC (DISPATCH_LEVEL): a "log to file" feature
 * compiled out with a 0 macro, a debug hook behind `if (0 && ...)`, a
 * statement macro wrapped in do { ... } while (FALSE), and a sizeof-based
 * constant test.  Each dead branch calls a PASSIVE_LEVEL-only routine.
 */
#include <wdm.h>

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE LgDpc;

#define LG_LOG_TO_FILE   0
#define LG_DEBUG_HOOKS   0
#define LG_CLOSE_IF_ENABLED(_h)                      \
    do {                                             \
        if (LG_LOG_TO_FILE && (_h) != NULL)          \
            ZwClose(_h);                             \
    } while (FALSE)

typedef struct _LG_EXT {
    KDPC Dpc;
    HANDLE File;
    ULONG Events;
    UNICODE_STRING LinkName;
    UNICODE_STRING DeviceName;
} LG_EXT;

LG_EXT LgExt;

VOID LgDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    LG_EXT *Ext = (LG_EXT *)DeferredContext;
    LARGE_INTEGER Wait;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    Ext->Events++;
    if (LG_LOG_TO_FILE)
        ZwClose(Ext->File);
    if (0 && LG_DEBUG_HOOKS) {
        Wait.QuadPart = -10;
        KeDelayExecutionThread(KernelMode, FALSE, &Wait);
    }
    LG_CLOSE_IF_ENABLED(Ext->File);
    if (sizeof(LG_EXT) == 0)
        (VOID)IoCreateSymbolicLink(&Ext->LinkName, &Ext->DeviceName);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeDpc(&LgExt.Dpc, LgDpc, &LgExt);
    return STATUS_SUCCESS;
}
