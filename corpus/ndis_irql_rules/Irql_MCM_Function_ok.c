/*
 * Irql_MCM_Function_ok -- clean: the MCM registers its address family from
 * MiniportInitializeEx (PASSIVE_LEVEL); when that fails it lets the retry
 * timer only set a flag, and its CheckForHang handler (PASSIVE_LEVEL) does
 * the retry.  The MakeCall handler (<= DISPATCH_LEVEL) activates the VC
 * under the adapter lock: NdisMCmActivateVc allows DISPATCH_LEVEL.
 */
#include <ndis.h>

MINIPORT_INITIALIZE McmInitialize;
MINIPORT_CHECK_FOR_HANG McmCheckForHang;
PROTOCOL_CM_MAKE_CALL McmMakeCall;

typedef struct _MCM_VC {
    NDIS_HANDLE NdisVcHandle;
} MCM_VC, *PMCM_VC;

typedef struct _MCM_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE AdapterHandle;
    CO_ADDRESS_FAMILY Af;
    BOOLEAN AfRegistered;
    ULONG ActiveVcs;
} MCM_ADAPTER, *PMCM_ADAPTER;

MCM_ADAPTER McmAdapter;

NDIS_STATUS McmInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                          PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    McmAdapter.AdapterHandle = MiniportAdapterHandle;
    McmAdapter.Af.AddressFamily = 0x801;
    McmAdapter.Af.MajorVersion = 1;
    McmAdapter.AfRegistered =
        NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, &McmAdapter.Af) == NDIS_STATUS_SUCCESS;
    return NDIS_STATUS_SUCCESS;
}

BOOLEAN McmCheckForHang(NDIS_HANDLE MiniportAdapterContext)
{
    PMCM_ADAPTER Adapter = (PMCM_ADAPTER)MiniportAdapterContext;

    if (!Adapter->AfRegistered)
        Adapter->AfRegistered =
            NdisMCmRegisterAddressFamilyEx(Adapter->AdapterHandle, &Adapter->Af) == NDIS_STATUS_SUCCESS;
    return FALSE;
}

NDIS_STATUS McmMakeCall(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters,
                        NDIS_HANDLE NdisPartyHandle, PNDIS_HANDLE CallMgrPartyContext)
{
    PMCM_VC Vc = (PMCM_VC)CallMgrVcContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(NdisPartyHandle);
    UNREFERENCED_PARAMETER(CallMgrPartyContext);

    NdisAcquireSpinLock(&McmAdapter.Lock);
    Status = NdisMCmActivateVc(Vc->NdisVcHandle, CallParameters);
    if (Status == NDIS_STATUS_SUCCESS)
        McmAdapter.ActiveVcs++;
    NdisReleaseSpinLock(&McmAdapter.Lock);
    return Status;
}
