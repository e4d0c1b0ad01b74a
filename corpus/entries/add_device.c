/*
 * add_device -- an entry found only from the store into
 * DriverObject->DriverExtension->AddDevice.  AddDevice runs at
 * PASSIVE_LEVEL; it publishes the new device on a list with the Dpr NDIS
 * lock routines (DISPATCH_LEVEL only) -- a WDM bus filter that links against
 * NDIS for its lock helpers -- and both calls are reported at PASSIVE_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;

typedef struct _BUS_GLOBALS {
    NDIS_SPIN_LOCK ListLock;
    ULONG Devices;
} BUS_GLOBALS;

BUS_GLOBALS BusGlobals;

static NTSTATUS BusAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(PhysicalDeviceObject);

    NdisDprAcquireSpinLock(&BusGlobals.ListLock); // expect: [Irql_Synch_Function] NdisDprAcquireSpinLock called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
    BusGlobals.Devices++;
    NdisDprReleaseSpinLock(&BusGlobals.ListLock); // expect: [Irql_Synch_Function] NdisDprReleaseSpinLock called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    NdisAllocateSpinLock(&BusGlobals.ListLock);
    DriverObject->DriverExtension->AddDevice = BusAddDevice; // expect-note: entry point BusAddDevice (DRIVER_ADD_DEVICE) registered here
    return STATUS_SUCCESS;
}
