/*
 * IrqlTooHigh_annotated_bad -- seeded defect: the EEPROM writer polls the
 * chip with NdisMSleep and is annotated _IRQL_requires_max_(PASSIVE_LEVEL)
 * to say so.  The OID handler that sets a new MAC address calls it while it
 * holds the adapter lock (DISPATCH_LEVEL).  IrqlTooHigh checks calls of the
 * driver's own annotated functions with the callee's name; the sleep inside
 * (5 ms per byte the part needs) really runs at DISPATCH_LEVEL too, so that
 * call is reported by its own rule as well.
 */
#include <ndis.h>

MINIPORT_OID_REQUEST MpOidRequest;

typedef struct _MP_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    volatile ULONG *EepromCtl;
    UCHAR CurrentAddress[6];
} MP_ADAPTER, *PMP_ADAPTER;

_IRQL_requires_max_(PASSIVE_LEVEL)
static NDIS_STATUS MpWriteEeprom(PMP_ADAPTER Adapter, ULONG Offset, const UCHAR *Data, ULONG Length)
{
    ULONG i;

    for (i = 0; i < Length; i++) {
        *Adapter->EepromCtl = (Offset + i) << 8 | Data[i];
        NdisMSleep(5000); // expect: [Irql_Miniport_Driver_Function] NdisMSleep called at DISPATCH_LEVEL; it requires <= APC_LEVEL
    }
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    NDIS_STATUS Status;
    PUCHAR Address;

    if (OidRequest->RequestType != NdisRequestSetInformation ||
        OidRequest->DATA.SET_INFORMATION.Oid != OID_802_3_CURRENT_ADDRESS)
        return NDIS_STATUS_NOT_SUPPORTED;
    if (OidRequest->DATA.SET_INFORMATION.InformationBufferLength < 6)
        return NDIS_STATUS_INVALID_LENGTH;
    Address = (PUCHAR)OidRequest->DATA.SET_INFORMATION.InformationBuffer;

    NdisAcquireSpinLock(&Adapter->Lock); // expect-note: NdisAcquireSpinLock
    NdisMoveMemory(Adapter->CurrentAddress, Address, 6);
    Status = MpWriteEeprom(Adapter, 0, Address, 6); // expect: [IrqlTooHigh] MpWriteEeprom called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
    NdisReleaseSpinLock(&Adapter->Lock);
    return Status;
}
