/*
 * IrqlTooHigh_ok -- clean: the fixed versions of both _bad cases.  The
 * cleanup routine takes the file handle out under the spin lock and closes
 * it after the release; the create routine creates the symbolic link outside
 * the fast mutex; and the OID handler copies the address under the adapter
 * lock but calls the PASSIVE_LEVEL-annotated EEPROM writer after releasing
 * it.
 */
#include <ndis.h>

DRIVER_DISPATCH LogCreate;
DRIVER_DISPATCH LogCleanup;
MINIPORT_OID_REQUEST MpOidRequest;

typedef struct _LOG_GLOBALS {
    KSPIN_LOCK Lock;
    FAST_MUTEX LinkMutex;
    HANDLE File;
    LONG LinkState;   /* 0 none, 1 creating, 2 created */
    UNICODE_STRING LinkName;
    UNICODE_STRING DeviceName;
} LOG_GLOBALS;

LOG_GLOBALS LogGlobals;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    volatile ULONG *EepromCtl;
    UCHAR CurrentAddress[6];
} MP_ADAPTER, *PMP_ADAPTER;

NTSTATUS LogCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    BOOLEAN Create = FALSE;

    UNREFERENCED_PARAMETER(DeviceObject);

    ExAcquireFastMutex(&LogGlobals.LinkMutex);
    if (LogGlobals.LinkState == 0) {
        LogGlobals.LinkState = 1;
        Create = TRUE;
    }
    ExReleaseFastMutex(&LogGlobals.LinkMutex);
    if (Create)
        LogGlobals.LinkState = NT_SUCCESS(IoCreateSymbolicLink(&LogGlobals.LinkName, &LogGlobals.DeviceName)) ? 2 : 0;

    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS LogCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    KIRQL OldIrql;
    HANDLE File;

    UNREFERENCED_PARAMETER(DeviceObject);

    KeAcquireSpinLock(&LogGlobals.Lock, &OldIrql);
    File = LogGlobals.File;
    LogGlobals.File = NULL;
    KeReleaseSpinLock(&LogGlobals.Lock, OldIrql);
    if (File != NULL)
        ZwClose(File);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
static NDIS_STATUS MpWriteEeprom(PMP_ADAPTER Adapter, ULONG Offset, const UCHAR *Data, ULONG Length)
{
    ULONG i;

    for (i = 0; i < Length; i++) {
        *Adapter->EepromCtl = (Offset + i) << 8 | Data[i];
        NdisMSleep(5000);
    }
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    UCHAR Address[6];

    if (OidRequest->RequestType != NdisRequestSetInformation ||
        OidRequest->DATA.SET_INFORMATION.Oid != OID_802_3_CURRENT_ADDRESS)
        return NDIS_STATUS_NOT_SUPPORTED;
    if (OidRequest->DATA.SET_INFORMATION.InformationBufferLength < 6)
        return NDIS_STATUS_INVALID_LENGTH;

    NdisMoveMemory(Address, OidRequest->DATA.SET_INFORMATION.InformationBuffer, 6);
    NdisAcquireSpinLock(&Adapter->Lock);
    NdisMoveMemory(Adapter->CurrentAddress, Address, 6);
    NdisReleaseSpinLock(&Adapter->Lock);
    return MpWriteEeprom(Adapter, 0, Address, 6);
}
