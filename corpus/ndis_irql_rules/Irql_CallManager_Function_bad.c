/*
 * Irql_CallManager_Function_bad -- seeded defect: a connection-oriented call
 * manager registers its address family while it holds the binding's spin
 * lock, because it wanted the "registered" flag and the registration to be
 * atomic.  NdisCmRegisterAddressFamilyEx requires PASSIVE_LEVEL; under the
 * NDIS spin lock the IRQL is DISPATCH_LEVEL.
 */
#include <ndis.h>

PROTOCOL_BIND_ADAPTER_EX CmBindAdapter;

typedef struct _CM_BINDING {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE BindingHandle;
    BOOLEAN AfRegistered;
    CO_ADDRESS_FAMILY Af;
} CM_BINDING, *PCM_BINDING;

CM_BINDING CmBinding;

NDIS_STATUS CmBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);

    CmBinding.Af.AddressFamily = 0x800;   /* a private address family */
    CmBinding.Af.MajorVersion = 1;
    CmBinding.Af.MinorVersion = 0;

    NdisAcquireSpinLock(&CmBinding.Lock); // expect-note: NdisAcquireSpinLock
    if (!CmBinding.AfRegistered) {
        Status = NdisCmRegisterAddressFamilyEx(CmBinding.BindingHandle, &CmBinding.Af); // expect: [Irql_CallManager_Function] NdisCmRegisterAddressFamilyEx called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
        if (Status == NDIS_STATUS_SUCCESS)
            CmBinding.AfRegistered = TRUE;
    }
    NdisReleaseSpinLock(&CmBinding.Lock);
    return Status;
}
