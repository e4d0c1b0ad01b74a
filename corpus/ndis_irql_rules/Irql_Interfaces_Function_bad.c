/*
 * Irql_Interfaces_Function_bad -- seeded defect: an NDIS interface provider
 * learns of a new tunnel endpoint from a hardware event that it handles in
 * a DPC, and creates the interface from there through a helper.  The DPC
 * (KeInitializeDpc) runs at DISPATCH_LEVEL; NdisIfAllocateNetLuidIndex and
 * NdisIfRegisterInterface both require PASSIVE_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE TunEventDpc;

#define TUN_IFTYPE 131   /* IF_TYPE_TUNNEL */

typedef struct _TUN_PROVIDER {
    NDIS_HANDLE ProviderHandle;
    KDPC EventDpc;
    NET_IF_INFORMATION IfInfo;
    NET_IFINDEX IfIndex;
    UINT32 LuidIndex;
} TUN_PROVIDER, *PTUN_PROVIDER;

TUN_PROVIDER TunProvider;

static NDIS_STATUS TunCreateInterface(PTUN_PROVIDER Provider)
{
    NET_LUID Luid;
    NDIS_STATUS Status;

    Status = NdisIfAllocateNetLuidIndex(TUN_IFTYPE, &Provider->LuidIndex); // expect: [Irql_Interfaces_Function] NdisIfAllocateNetLuidIndex called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;
    NDIS_MAKE_NET_LUID(&Luid, TUN_IFTYPE, Provider->LuidIndex);
    return NdisIfRegisterInterface(Provider->ProviderHandle, Luid, Provider, &Provider->IfInfo, &Provider->IfIndex); // expect: [Irql_Interfaces_Function] NdisIfRegisterInterface called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
}

VOID TunEventDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PTUN_PROVIDER Provider = (PTUN_PROVIDER)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    (VOID)TunCreateInterface(Provider); // expect-note: TunCreateInterface
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeDpc(&TunProvider.EventDpc, TunEventDpc, &TunProvider);
    return STATUS_SUCCESS;
}
