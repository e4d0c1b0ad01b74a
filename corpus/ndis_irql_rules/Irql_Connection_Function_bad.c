/*
 * Irql_Connection_Function_bad -- seeded defect: a CoNDIS client creates a
 * management VC when a call manager registers an address family, and names
 * it for WMI right away.  ProtocolCoAfRegisterNotify runs at PASSIVE_LEVEL,
 * but the reference page of NdisCoAssignInstanceName gives DISPATCH_LEVEL:
 * the naming call runs below the level it requires.  (NdisCoCreateVc allows
 * PASSIVE_LEVEL through DISPATCH_LEVEL and is fine here.)
 */
#include <ndis.h>

PROTOCOL_CO_AF_REGISTER_NOTIFY ClAfRegisterNotify;

typedef struct _CL_BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_HANDLE MgmtVcHandle;
    NDIS_STRING VcName;
} CL_BINDING, *PCL_BINDING;

static NDIS_STRING ClBaseName = RTL_CONSTANT_STRING(L"ClMgmtVc");

VOID ClAfRegisterNotify(NDIS_HANDLE ProtocolBindingContext, PCO_ADDRESS_FAMILY AddressFamily)
{
    PCL_BINDING Binding = (PCL_BINDING)ProtocolBindingContext;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(AddressFamily);

    Binding->MgmtVcHandle = NULL;
    Status = NdisCoCreateVc(Binding->BindingHandle, NULL, Binding, &Binding->MgmtVcHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return;

    NdisCoAssignInstanceName(Binding->MgmtVcHandle, &ClBaseName, &Binding->VcName); // expect: [Irql_Connection_Function] NdisCoAssignInstanceName called at PASSIVE_LEVEL; it requires DISPATCH_LEVEL
}
