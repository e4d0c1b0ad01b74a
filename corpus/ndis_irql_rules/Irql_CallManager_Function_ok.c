/*
 * Irql_CallManager_Function_ok -- clean: the call manager takes the binding
 * lock only to test and set its flag, and registers the address family at
 * PASSIVE_LEVEL after releasing it.  In its MakeCall handler (<= DISPATCH)
 * it activates the VC under the lock: NdisCmActivateVc allows DISPATCH_LEVEL.
 */
#include <ndis.h>

PROTOCOL_BIND_ADAPTER_EX CmBindAdapter;
PROTOCOL_CM_MAKE_CALL CmMakeCall;

typedef struct _CM_VC {
    NDIS_HANDLE NdisVcHandle;
    BOOLEAN Active;
} CM_VC, *PCM_VC;

typedef struct _CM_BINDING {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE BindingHandle;
    BOOLEAN AfRegistering;
    CO_ADDRESS_FAMILY Af;
} CM_BINDING, *PCM_BINDING;

CM_BINDING CmBinding;

NDIS_STATUS CmBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    BOOLEAN Register = FALSE;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);

    NdisAcquireSpinLock(&CmBinding.Lock);
    if (!CmBinding.AfRegistering) {
        CmBinding.AfRegistering = TRUE;
        Register = TRUE;
    }
    NdisReleaseSpinLock(&CmBinding.Lock);

    if (!Register)
        return NDIS_STATUS_SUCCESS;

    CmBinding.Af.AddressFamily = 0x800;
    CmBinding.Af.MajorVersion = 1;
    CmBinding.Af.MinorVersion = 0;
    return NdisCmRegisterAddressFamilyEx(CmBinding.BindingHandle, &CmBinding.Af);
}

NDIS_STATUS CmMakeCall(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters,
                       NDIS_HANDLE NdisPartyHandle, PNDIS_HANDLE CallMgrPartyContext)
{
    PCM_VC Vc = (PCM_VC)CallMgrVcContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(NdisPartyHandle);
    if (CallMgrPartyContext != NULL)
        *CallMgrPartyContext = NULL;

    NdisAcquireSpinLock(&CmBinding.Lock);
    Status = NdisCmActivateVc(Vc->NdisVcHandle, CallParameters);
    if (Status == NDIS_STATUS_SUCCESS || Status == NDIS_STATUS_PENDING)
        Vc->Active = TRUE;
    NdisReleaseSpinLock(&CmBinding.Lock);
    return NDIS_STATUS_PENDING;
}
