/*
 * unknown_entry_irql_after_fast_mutex -- clean: a WMI notification
 * callback looks an entry up under a fast mutex and then allocates and
 * frees a buffer.  Its documentation gives no IRQL; the fast mutex requires
 * <= APC_LEVEL, and everything after the release runs at the entry IRQL.
 */
#include <wdm.h>

typedef struct _UW_CONTEXT {
    FAST_MUTEX ListMutex;
    ULONG Events;
} UW_CONTEXT, *PUW_CONTEXT;

FWMI_NOTIFICATION_CALLBACK UwNotify;
DRIVER_INITIALIZE DriverEntry;

static UW_CONTEXT UwContext;
static PVOID UwBlock;

VOID UwNotify(PVOID Wnode, PVOID Context)
{
    PUW_CONTEXT Ctx = (PUW_CONTEXT)Context;
    PVOID Buffer;

    UNREFERENCED_PARAMETER(Wnode);
    ExAcquireFastMutex(&Ctx->ListMutex);
    Ctx->Events++;
    ExReleaseFastMutex(&Ctx->ListMutex);

    Buffer = ExAllocatePool2(POOL_FLAG_PAGED, 64, 'wUdd');
    if (Buffer != NULL) {
        ExFreePool(Buffer);
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    static GUID UwGuid = { 0x1c3a2b10, 0x7d4e, 0x4f11, { 0x9a, 0x21, 0x3b, 0x44, 0x5c, 0x6d, 0x7e, 0x8f } };
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    ExInitializeFastMutex(&UwContext.ListMutex);
    Status = IoWMIOpenBlock(&UwGuid, WMIGUID_NOTIFICATION, &UwBlock);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    return IoWMISetNotificationCallback(UwBlock, UwNotify, &UwContext);
}
