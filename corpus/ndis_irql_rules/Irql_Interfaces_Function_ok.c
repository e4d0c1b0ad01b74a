/*
 * Irql_Interfaces_Function_ok -- clean: the same provider as the _bad case,
 * but the DPC only queues an I/O work item; the work item (PASSIVE_LEVEL)
 * allocates the NET_LUID index and registers the interface.  The provider
 * itself is registered from DriverEntry.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE TunEventDpc;
IO_WORKITEM_ROUTINE TunCreateWorker;

#define TUN_IFTYPE 131   /* IF_TYPE_TUNNEL */

typedef struct _TUN_PROVIDER {
    NDIS_HANDLE ProviderHandle;
    KDPC EventDpc;
    PIO_WORKITEM CreateItem;
    NET_IF_INFORMATION IfInfo;
    NET_IFINDEX IfIndex;
    UINT32 LuidIndex;
} TUN_PROVIDER, *PTUN_PROVIDER;

TUN_PROVIDER TunProvider;

static NDIS_STATUS TunCreateInterface(PTUN_PROVIDER Provider)
{
    NET_LUID Luid;
    NDIS_STATUS Status;

    Status = NdisIfAllocateNetLuidIndex(TUN_IFTYPE, &Provider->LuidIndex);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;
    NDIS_MAKE_NET_LUID(&Luid, TUN_IFTYPE, Provider->LuidIndex);
    return NdisIfRegisterInterface(Provider->ProviderHandle, Luid, Provider, &Provider->IfInfo, &Provider->IfIndex);
}

VOID TunCreateWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    (VOID)TunCreateInterface((PTUN_PROVIDER)Context);
}

VOID TunEventDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PTUN_PROVIDER Provider = (PTUN_PROVIDER)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    IoQueueWorkItem(Provider->CreateItem, TunCreateWorker, DelayedWorkQueue, Provider);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_IF_PROVIDER_CHARACTERISTICS Chars;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(RegistryPath);
    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    Chars.Header.Revision = 1;
    Chars.Header.Size = NDIS_SIZEOF_IF_PROVIDER_CHARACTERISTICS_REVISION_1;
    Status = NdisIfRegisterProvider(&Chars, &TunProvider, &TunProvider.ProviderHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;

    TunProvider.CreateItem = IoAllocateWorkItem(DriverObject->DeviceObject);
    if (TunProvider.CreateItem == NULL) {
        NdisIfDeregisterProvider(TunProvider.ProviderHandle);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeDpc(&TunProvider.EventDpc, TunEventDpc, &TunProvider);
    return STATUS_SUCCESS;
}
