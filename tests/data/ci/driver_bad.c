#include <wdm.h>

typedef PVOID NDIS_HANDLE;
typedef int NDIS_STATUS;
NDIS_STATUS NdisIMAssociateMiniport(NDIS_HANDLE DriverHandle, NDIS_HANDLE ProtocolHandle);

NDIS_HANDLE DriverHandle;
NDIS_HANDLE ProtocolHandle;
KSPIN_LOCK Lock;

static void Associate(void)
{
	NdisIMAssociateMiniport(DriverHandle, ProtocolHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	KIRQL old;
	KeAcquireSpinLock(&Lock, &old);
	Associate();
	KeReleaseSpinLock(&Lock, old);
	return STATUS_SUCCESS;
}
