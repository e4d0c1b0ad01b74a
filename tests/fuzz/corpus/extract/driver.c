#include <ndis.h>
NDIS_HANDLE DriverHandle;
NDIS_SPIN_LOCK Lock;
static VOID Helper(PVOID Ctx)
{
	NdisAcquireSpinLock(&Lock);
	if (Ctx == NULL)
		goto out;
	NdisIMAssociateMiniport(DriverHandle, Ctx);
out:
	NdisReleaseSpinLock(&Lock);
}
NTSTATUS DriverEntry(PDRIVER_OBJECT Obj, PUNICODE_STRING Path)
{
	NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars = { 0 };
	NDIS_STATUS Status;
	Chars.InitializeHandlerEx = NULL;
	Status = NdisMRegisterMiniportDriver(Obj, Path, NULL, &Chars, &DriverHandle);
	if (Status != NDIS_STATUS_SUCCESS)
		return Status;
	for (int i = 0; i < 3; i++)
		Helper(Path);
	switch ((int)Status) { case 1: break; default: Helper(0); }
	return STATUS_SUCCESS;
}
