/*
 * ndis_co.h -- ddicheck model header, part of ndis.h: connection-oriented NDIS (CoNDIS) role
 * types and structures: call managers, clients, MCM miniports.
 *
 * Generated for ddicheck from the `## -syntax` blocks, the callback examples
 * and the front matter (req.irql) of the public reference pages under
 * ddi/ndis and ddi/ntddndis (each declaration names its page); it is not a
 * copy of Microsoft's ndis.h.  ddicheck searches its model headers AFTER the
 * driver's own include paths (-idirafter), so a real WDK on the include path
 * takes precedence.  Include <ndis.h>, not this file.
 *
 * IRQL annotations follow req.irql: "<= DISPATCH_LEVEL" is
 * _IRQL_requires_max_(DISPATCH_LEVEL), "PASSIVE_LEVEL" _IRQL_requires_,
 * "DISPATCH_LEVEL" _IRQL_requires_(DISPATCH_LEVEL), "< DISPATCH_LEVEL" and
 * "<= APC_LEVEL" _IRQL_requires_max_(APC_LEVEL); "Any level", "DIRQL", "See
 * Remarks" and an empty field give no annotation.  A role type carries the
 * level at which NDIS calls the callback; its pointer typedef(s) are the
 * names the characteristics structures use.
 */
#ifndef DDICHECK_MODEL_NDIS_CO_H
#define DDICHECK_MODEL_NDIS_CO_H

/* MINIPORT_CO_ACTIVATE_VC -- nc-ndis-miniport_co_activate_vc; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_CO_ACTIVATE_VC)
NDIS_STATUS (MINIPORT_CO_ACTIVATE_VC)(
    _In_ NDIS_HANDLE MiniportVcContext,
    _Inout_ PCO_CALL_PARAMETERS CallParameters);
typedef MINIPORT_CO_ACTIVATE_VC (*W_CO_ACTIVATE_VC_HANDLER);

/* MINIPORT_CO_CREATE_VC -- nc-ndis-miniport_co_create_vc; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_CO_CREATE_VC)
NDIS_STATUS (MINIPORT_CO_CREATE_VC)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_HANDLE NdisVcHandle,
    _Out_ PNDIS_HANDLE MiniportVcContext);
typedef MINIPORT_CO_CREATE_VC (*W_CO_CREATE_VC_HANDLER);

/* MINIPORT_CO_DEACTIVATE_VC -- nc-ndis-miniport_co_deactivate_vc; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_CO_DEACTIVATE_VC)
NDIS_STATUS (MINIPORT_CO_DEACTIVATE_VC)(
    _In_ NDIS_HANDLE MiniportVcContext);
typedef MINIPORT_CO_DEACTIVATE_VC (*W_CO_DEACTIVATE_VC_HANDLER);

/* MINIPORT_CO_DELETE_VC -- nc-ndis-miniport_co_delete_vc; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_CO_DELETE_VC)
NDIS_STATUS (MINIPORT_CO_DELETE_VC)(
    _In_ NDIS_HANDLE MiniportVcContext);
typedef MINIPORT_CO_DELETE_VC (*W_CO_DELETE_VC_HANDLER);

/* MINIPORT_CO_OID_REQUEST -- nc-ndis-miniport_co_oid_request; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_CO_OID_REQUEST)
NDIS_STATUS (MINIPORT_CO_OID_REQUEST)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ NDIS_HANDLE MiniportVcContext,
    _In_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_CO_OID_REQUEST (*W_CO_OID_REQUEST_HANDLER);

/* MINIPORT_CO_SEND_NET_BUFFER_LISTS -- nc-ndis-miniport_co_send_net_buffer_lists; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_CO_SEND_NET_BUFFER_LISTS)
VOID (MINIPORT_CO_SEND_NET_BUFFER_LISTS)(
    _In_ NDIS_HANDLE MiniportVcContext,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG SendFlags);
typedef MINIPORT_CO_SEND_NET_BUFFER_LISTS (*W_CO_SEND_NET_BUFFER_LISTS_HANDLER);

/* PROTCOL_CO_AF_REGISTER_NOTIFY -- nc-ndis-protocol_co_af_register_notify; req.irql: PASSIVE_LEVEL (same type as PROTOCOL_CO_AF_REGISTER_NOTIFY) */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTCOL_CO_AF_REGISTER_NOTIFY)
VOID (PROTCOL_CO_AF_REGISTER_NOTIFY)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PCO_ADDRESS_FAMILY AddressFamily);
typedef PROTCOL_CO_AF_REGISTER_NOTIFY (*PROTCOL_CO_AF_REGISTER_NOTIFY_HANDLER);

/* PROTOCOL_CL_ADD_PARTY_COMPLETE -- nc-ndis-protocol_cl_add_party_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_ADD_PARTY_COMPLETE)
VOID (PROTOCOL_CL_ADD_PARTY_COMPLETE)(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE ProtocolPartyContext,
    _In_ NDIS_HANDLE NdisPartyHandle,
    _In_ PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_ADD_PARTY_COMPLETE (*CL_ADD_PARTY_COMPLETE_HANDLER);

/* PROTOCOL_CL_CALL_CONNECTED -- nc-ndis-protocol_cl_call_connected; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_CALL_CONNECTED)
VOID (PROTOCOL_CL_CALL_CONNECTED)(
    _In_ NDIS_HANDLE ProtocolVcContext);
typedef PROTOCOL_CL_CALL_CONNECTED (*CL_CALL_CONNECTED_HANDLER);

/* PROTOCOL_CL_CLOSE_AF_COMPLETE -- nc-ndis-protocol_cl_close_af_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_CLOSE_AF_COMPLETE)
VOID (PROTOCOL_CL_CLOSE_AF_COMPLETE)(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE ProtocolAfContext);
typedef PROTOCOL_CL_CLOSE_AF_COMPLETE (*CL_CLOSE_AF_COMPLETE_HANDLER);

/* PROTOCOL_CL_CLOSE_CALL_COMPLETE -- nc-ndis-protocol_cl_close_call_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_CLOSE_CALL_COMPLETE)
VOID (PROTOCOL_CL_CLOSE_CALL_COMPLETE)(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE ProtocolVcContext,
    _In_opt_ NDIS_HANDLE ProtocolPartyContext);
typedef PROTOCOL_CL_CLOSE_CALL_COMPLETE (*CL_CLOSE_CALL_COMPLETE_HANDLER);

/* PROTOCOL_CL_DEREGISTER_SAP_COMPLETE -- nc-ndis-protocol_cl_deregister_sap_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_DEREGISTER_SAP_COMPLETE)
VOID (PROTOCOL_CL_DEREGISTER_SAP_COMPLETE)(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE ProtocolSapContext);
typedef PROTOCOL_CL_DEREGISTER_SAP_COMPLETE (*CL_DEREG_SAP_COMPLETE_HANDLER);

/* PROTOCOL_CL_DROP_PARTY_COMPLETE -- nc-ndis-protocol_cl_drop_party_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_DROP_PARTY_COMPLETE)
VOID (PROTOCOL_CL_DROP_PARTY_COMPLETE)(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE ProtocolPartyContext);
typedef PROTOCOL_CL_DROP_PARTY_COMPLETE (*CL_DROP_PARTY_COMPLETE_HANDLER);

/* PROTOCOL_CL_INCOMING_CALL -- nc-ndis-protocol_cl_incoming_call; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_INCOMING_CALL)
NDIS_STATUS (PROTOCOL_CL_INCOMING_CALL)(
    _In_ NDIS_HANDLE ProtocolSapContext,
    _In_ NDIS_HANDLE ProtocolVcContext,
    _Inout_ PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_INCOMING_CALL (*CL_INCOMING_CALL_HANDLER);

/* PROTOCOL_CL_INCOMING_CALL_QOS_CHANGE -- nc-ndis-protocol_cl_incoming_call_qos_change; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_INCOMING_CALL_QOS_CHANGE)
VOID (PROTOCOL_CL_INCOMING_CALL_QOS_CHANGE)(
    _In_ NDIS_HANDLE ProtocolVcContext,
    _In_ PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_INCOMING_CALL_QOS_CHANGE (*CL_INCOMING_CALL_QOS_CHANGE_HANDLER);

/* PROTOCOL_CL_INCOMING_CLOSE_CALL -- nc-ndis-protocol_cl_incoming_close_call; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_INCOMING_CLOSE_CALL)
VOID (PROTOCOL_CL_INCOMING_CLOSE_CALL)(
    _In_ NDIS_STATUS CloseStatus,
    _In_ NDIS_HANDLE ProtocolVcContext,
    _In_ PVOID CloseData,
    _In_ UINT Size);
typedef PROTOCOL_CL_INCOMING_CLOSE_CALL (*CL_INCOMING_CLOSE_CALL_HANDLER);

/* PROTOCOL_CL_INCOMING_DROP_PARTY -- nc-ndis-protocol_cl_incoming_drop_party; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_INCOMING_DROP_PARTY)
VOID (PROTOCOL_CL_INCOMING_DROP_PARTY)(
    _In_ NDIS_STATUS DropStatus,
    _In_ NDIS_HANDLE ProtocolPartyContext,
    _In_ PVOID CloseData,
    _In_ UINT Size);
typedef PROTOCOL_CL_INCOMING_DROP_PARTY (*CL_INCOMING_DROP_PARTY_HANDLER);

/* PROTOCOL_CL_MAKE_CALL_COMPLETE -- nc-ndis-protocol_cl_make_call_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_MAKE_CALL_COMPLETE)
VOID (PROTOCOL_CL_MAKE_CALL_COMPLETE)(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE ProtocolVcContext,
    _In_opt_ NDIS_HANDLE NdisPartyHandle,
    _In_ PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_MAKE_CALL_COMPLETE (*CL_MAKE_CALL_COMPLETE_HANDLER);

/* PROTOCOL_CL_MODIFY_CALL_QOS_COMPLETE -- nc-ndis-protocol_cl_modify_call_qos_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_MODIFY_CALL_QOS_COMPLETE)
VOID (PROTOCOL_CL_MODIFY_CALL_QOS_COMPLETE)(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE ProtocolVcContext,
    _In_ PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_MODIFY_CALL_QOS_COMPLETE (*CL_MODIFY_CALL_QOS_COMPLETE_HANDLER);

/* PROTOCOL_CL_NOTIFY_CLOSE_AF -- nc-ndis-protocol_cl_notify_close_af; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_NOTIFY_CLOSE_AF)
NDIS_STATUS (PROTOCOL_CL_NOTIFY_CLOSE_AF)(
    _In_ NDIS_HANDLE ProtocolAfContext);
typedef PROTOCOL_CL_NOTIFY_CLOSE_AF (*CL_NOTIFY_CLOSE_AF_HANDLER);

/* PROTOCOL_CL_OPEN_AF_COMPLETE_EX -- nc-ndis-protocol_cl_open_af_complete_ex; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_CL_OPEN_AF_COMPLETE_EX)
VOID (PROTOCOL_CL_OPEN_AF_COMPLETE_EX)(
    _In_ NDIS_HANDLE ProtocolAfContext,
    _In_ NDIS_HANDLE NdisAfHandle,
    _In_ NDIS_STATUS Status);
typedef PROTOCOL_CL_OPEN_AF_COMPLETE_EX (*CL_OPEN_AF_COMPLETE_HANDLER_EX);

/* PROTOCOL_CL_REGISTER_SAP_COMPLETE -- nc-ndis-protocol_cl_register_sap_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CL_REGISTER_SAP_COMPLETE)
VOID (PROTOCOL_CL_REGISTER_SAP_COMPLETE)(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE ProtocolSapContext,
    _In_ PCO_SAP Sap,
    _In_ NDIS_HANDLE NdisSapHandle);
typedef PROTOCOL_CL_REGISTER_SAP_COMPLETE (*CL_REG_SAP_COMPLETE_HANDLER);

/* PROTOCOL_CM_ACTIVATE_VC_COMPLETE -- nc-ndis-protocol_cm_activate_vc_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_ACTIVATE_VC_COMPLETE)
VOID (PROTOCOL_CM_ACTIVATE_VC_COMPLETE)(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE CallMgrVcContext,
    _In_ PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CM_ACTIVATE_VC_COMPLETE (*CM_ACTIVATE_VC_COMPLETE_HANDLER);

/* PROTOCOL_CM_ADD_PARTY -- nc-ndis-protocol_cm_add_party; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_ADD_PARTY)
NDIS_STATUS (PROTOCOL_CM_ADD_PARTY)(
    _In_ NDIS_HANDLE CallMgrVcContext,
    _Inout_ PCO_CALL_PARAMETERS CallParameters,
    _In_ NDIS_HANDLE NdisPartyHandle,
    _Out_ PNDIS_HANDLE CallMgrPartyContext);
typedef PROTOCOL_CM_ADD_PARTY (*CM_ADD_PARTY_HANDLER);

/* PROTOCOL_CM_CLOSE_AF -- nc-ndis-protocol_cm_close_af; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_CLOSE_AF)
NDIS_STATUS (PROTOCOL_CM_CLOSE_AF)(
    _In_ NDIS_HANDLE CallMgrAfContext);
typedef PROTOCOL_CM_CLOSE_AF (*CM_CLOSE_AF_HANDLER);

/* PROTOCOL_CM_CLOSE_CALL -- nc-ndis-protocol_cm_close_call; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_CLOSE_CALL)
NDIS_STATUS (PROTOCOL_CM_CLOSE_CALL)(
    _In_ NDIS_HANDLE CallMgrVcContext,
    _In_opt_ NDIS_HANDLE CallMgrPartyContext,
    _In_opt_ PVOID CloseData,
    _In_opt_ UINT Size);
typedef PROTOCOL_CM_CLOSE_CALL (*CM_CLOSE_CALL_HANDLER);

/* PROTOCOL_CM_DEACTIVATE_VC_COMPLETE -- nc-ndis-protocol_cm_deactivate_vc_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_DEACTIVATE_VC_COMPLETE)
VOID (PROTOCOL_CM_DEACTIVATE_VC_COMPLETE)(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE CallMgrVcContext);
typedef PROTOCOL_CM_DEACTIVATE_VC_COMPLETE (*CM_DEACTIVATE_VC_COMPLETE_HANDLER);

/* PROTOCOL_CM_DEREGISTER_SAP -- nc-ndis-protocol_cm_deregister_sap; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_DEREGISTER_SAP)
NDIS_STATUS (PROTOCOL_CM_DEREGISTER_SAP)(
    _In_ NDIS_HANDLE CallMgrSapContext);
typedef PROTOCOL_CM_DEREGISTER_SAP (*CM_DEREG_SAP_HANDLER);

/* PROTOCOL_CM_DROP_PARTY -- nc-ndis-protocol_cm_drop_party; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_DROP_PARTY)
NDIS_STATUS (PROTOCOL_CM_DROP_PARTY)(
    _In_ NDIS_HANDLE CallMgrPartyContext,
    _In_opt_ PVOID CloseData,
    _In_opt_ UINT Size);
typedef PROTOCOL_CM_DROP_PARTY (*CM_DROP_PARTY_HANDLER);

/* PROTOCOL_CM_INCOMING_CALL_COMPLETE -- nc-ndis-protocol_cm_incoming_call_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_INCOMING_CALL_COMPLETE)
VOID (PROTOCOL_CM_INCOMING_CALL_COMPLETE)(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE CallMgrVcContext,
    _In_ PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CM_INCOMING_CALL_COMPLETE (*CM_INCOMING_CALL_COMPLETE_HANDLER);

/* PROTOCOL_CM_MAKE_CALL -- nc-ndis-protocol_cm_make_call; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_MAKE_CALL)
NDIS_STATUS (PROTOCOL_CM_MAKE_CALL)(
    _In_ NDIS_HANDLE CallMgrVcContext,
    _Inout_ PCO_CALL_PARAMETERS CallParameters,
    _In_opt_ NDIS_HANDLE NdisPartyHandle,
    _Out_opt_ PNDIS_HANDLE CallMgrPartyContext);
typedef PROTOCOL_CM_MAKE_CALL (*CM_MAKE_CALL_HANDLER);

/* PROTOCOL_CM_MODIFY_QOS_CALL -- nc-ndis-protocol_cm_modify_qos_call; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_MODIFY_QOS_CALL)
NDIS_STATUS (PROTOCOL_CM_MODIFY_QOS_CALL)(
    _In_ NDIS_HANDLE CallMgrVcContext,
    _In_ PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CM_MODIFY_QOS_CALL (*CM_MODIFY_CALL_QOS_HANDLER);

/* PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE -- nc-ndis-protocol_cm_notify_close_af_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE)
VOID (PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE)(
    _In_ NDIS_HANDLE CallMgrAfContext,
    _In_ NDIS_STATUS Status);
typedef PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE (*CM_NOTIFY_CLOSE_AF_COMPLETE_HANDLER);

/* PROTOCOL_CM_OPEN_AF -- nc-ndis-protocol_cm_open_af; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_OPEN_AF)
NDIS_STATUS (PROTOCOL_CM_OPEN_AF)(
    _In_ NDIS_HANDLE CallMgrBindingContext,
    _In_ PCO_ADDRESS_FAMILY AddressFamily,
    _In_ NDIS_HANDLE NdisAfHandle,
    _Out_ PNDIS_HANDLE CallMgrAfContext);
typedef PROTOCOL_CM_OPEN_AF (*CM_OPEN_AF_HANDLER);

/* PROTOCOL_CM_REG_SAP -- nc-ndis-protocol_cm_reg_sap; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CM_REG_SAP)
NDIS_STATUS (PROTOCOL_CM_REG_SAP)(
    _In_ NDIS_HANDLE CallMgrAfContext,
    _In_ PCO_SAP Sap,
    _In_ NDIS_HANDLE NdisSapHandle,
    _Out_ PNDIS_HANDLE CallMgrSapContext);
typedef PROTOCOL_CM_REG_SAP (*CM_REG_SAP_HANDLER);

/* PROTOCOL_CO_AF_REGISTER_NOTIFY -- nc-ndis-protocol_co_af_register_notify; req.irql: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_CO_AF_REGISTER_NOTIFY)
VOID (PROTOCOL_CO_AF_REGISTER_NOTIFY)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PCO_ADDRESS_FAMILY AddressFamily);
typedef PROTOCOL_CO_AF_REGISTER_NOTIFY (*CO_AF_REGISTER_NOTIFY_HANDLER);

/* PROTOCOL_CO_CREATE_VC -- nc-ndis-protocol_co_create_vc; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CO_CREATE_VC)
NDIS_STATUS (PROTOCOL_CO_CREATE_VC)(
    _In_ NDIS_HANDLE ProtocolAfContext,
    _In_ NDIS_HANDLE NdisVcHandle,
    _Out_ PNDIS_HANDLE ProtocolVcContext);
typedef PROTOCOL_CO_CREATE_VC (*CO_CREATE_VC_HANDLER);

/* PROTOCOL_CO_DELETE_VC -- nc-ndis-protocol_co_delete_vc; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CO_DELETE_VC)
NDIS_STATUS (PROTOCOL_CO_DELETE_VC)(
    _In_ NDIS_HANDLE ProtocolVcContext);
typedef PROTOCOL_CO_DELETE_VC (*CO_DELETE_VC_HANDLER);

/* PROTOCOL_CO_OID_REQUEST -- nc-ndis-protocol_co_oid_request; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CO_OID_REQUEST)
NDIS_STATUS (PROTOCOL_CO_OID_REQUEST)(
    _In_ NDIS_HANDLE ProtocolAfContext,
    _In_ NDIS_HANDLE ProtocolVcContext,
    _In_ NDIS_HANDLE ProtocolPartyContext,
    _Inout_ PNDIS_OID_REQUEST OidRequest);
typedef PROTOCOL_CO_OID_REQUEST (*CO_OID_REQUEST_HANDLER);

/* PROTOCOL_CO_OID_REQUEST_COMPLETE -- nc-ndis-protocol_co_oid_request_complete; req.irql: <= DISPATCH_LEVEL (see Remarks section) */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CO_OID_REQUEST_COMPLETE)
VOID (PROTOCOL_CO_OID_REQUEST_COMPLETE)(
    _In_ NDIS_HANDLE ProtocolAfContext,
    _In_ NDIS_HANDLE ProtocolVcContext,
    _In_ NDIS_HANDLE ProtocolPartyContext,
    _Inout_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);
typedef PROTOCOL_CO_OID_REQUEST_COMPLETE (*CO_OID_REQUEST_COMPLETE_HANDLER);

/* PROTOCOL_CO_RECEIVE_NET_BUFFER_LISTS -- nc-ndis-protocol_co_receive_net_buffer_lists; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CO_RECEIVE_NET_BUFFER_LISTS)
VOID (PROTOCOL_CO_RECEIVE_NET_BUFFER_LISTS)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ NDIS_HANDLE ProtocolVcContext,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG NumberOfNetBufferLists,
    _In_ ULONG ReceiveFlags);
typedef PROTOCOL_CO_RECEIVE_NET_BUFFER_LISTS (*CO_RECEIVE_NET_BUFFER_LISTS_HANDLER);

/* PROTOCOL_CO_SEND_NET_BUFFER_LISTS_COMPLETE -- nc-ndis-protocol_co_send_net_buffer_lists_complete; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CO_SEND_NET_BUFFER_LISTS_COMPLETE)
VOID (PROTOCOL_CO_SEND_NET_BUFFER_LISTS_COMPLETE)(
    _In_ NDIS_HANDLE ProtocolVcContext,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG SendCompleteFlags);
typedef PROTOCOL_CO_SEND_NET_BUFFER_LISTS_COMPLETE (*CO_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER);

/* PROTOCOL_CO_STATUS_EX -- nc-ndis-protocol_co_status_ex; req.irql: <= DISPATCH_LEVEL (see Remarks section) */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_CO_STATUS_EX)
VOID (PROTOCOL_CO_STATUS_EX)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ NDIS_HANDLE ProtocolVcContext,
    _In_ PNDIS_STATUS_INDICATION StatusIndication);
typedef PROTOCOL_CO_STATUS_EX (*CO_STATUS_HANDLER_EX);

/* NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS (ns-ndis-_ndis_co_call_manager_optional_handlers) */
typedef struct _NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER                  Header;
    ULONG                               Reserved;
    CO_CREATE_VC_HANDLER                CmCreateVcHandler;
    CO_DELETE_VC_HANDLER                CmDeleteVcHandler;
    CM_OPEN_AF_HANDLER                  CmOpenAfHandler;
    CM_CLOSE_AF_HANDLER                 CmCloseAfHandler;
    CM_REG_SAP_HANDLER                  CmRegisterSapHandler;
    CM_DEREG_SAP_HANDLER                CmDeregisterSapHandler;
    CM_MAKE_CALL_HANDLER                CmMakeCallHandler;
    CM_CLOSE_CALL_HANDLER               CmCloseCallHandler;
    CM_INCOMING_CALL_COMPLETE_HANDLER   CmIncomingCallCompleteHandler;
    CM_ADD_PARTY_HANDLER                CmAddPartyHandler;
    CM_DROP_PARTY_HANDLER               CmDropPartyHandler;
    CM_ACTIVATE_VC_COMPLETE_HANDLER     CmActivateVcCompleteHandler;
    CM_DEACTIVATE_VC_COMPLETE_HANDLER   CmDeactivateVcCompleteHandler;
    CM_MODIFY_CALL_QOS_HANDLER          CmModifyCallQoSHandler;
    CO_OID_REQUEST_HANDLER              CmOidRequestHandler;
    CO_OID_REQUEST_COMPLETE_HANDLER     CmOidRequestCompleteHandler;
    CM_NOTIFY_CLOSE_AF_COMPLETE_HANDLER CmNotifyCloseAfCompleteHandler;
} NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS, *PNDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS;

/* NDIS_CO_CLIENT_OPTIONAL_HANDLERS (ns-ndis-_ndis_co_client_optional_handlers) */
typedef struct _NDIS_CO_CLIENT_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER                  Header;
    ULONG                               Reserved;
    CO_CREATE_VC_HANDLER                ClCreateVcHandler;
    CO_DELETE_VC_HANDLER                ClDeleteVcHandler;
    CO_OID_REQUEST_HANDLER              ClOidRequestHandler;
    CO_OID_REQUEST_COMPLETE_HANDLER     ClOidRequestCompleteHandler;
    CL_OPEN_AF_COMPLETE_HANDLER_EX      ClOpenAfCompleteHandlerEx;
    CL_CLOSE_AF_COMPLETE_HANDLER        ClCloseAfCompleteHandler;
    CL_REG_SAP_COMPLETE_HANDLER         ClRegisterSapCompleteHandler;
    CL_DEREG_SAP_COMPLETE_HANDLER       ClDeregisterSapCompleteHandler;
    CL_MAKE_CALL_COMPLETE_HANDLER       ClMakeCallCompleteHandler;
    CL_MODIFY_CALL_QOS_COMPLETE_HANDLER ClModifyCallQoSCompleteHandler;
    CL_CLOSE_CALL_COMPLETE_HANDLER      ClCloseCallCompleteHandler;
    CL_ADD_PARTY_COMPLETE_HANDLER       ClAddPartyCompleteHandler;
    CL_DROP_PARTY_COMPLETE_HANDLER      ClDropPartyCompleteHandler;
    CL_INCOMING_CALL_HANDLER            ClIncomingCallHandler;
    CL_INCOMING_CALL_QOS_CHANGE_HANDLER ClIncomingCallQoSChangeHandler;
    CL_INCOMING_CLOSE_CALL_HANDLER      ClIncomingCloseCallHandler;
    CL_INCOMING_DROP_PARTY_HANDLER      ClIncomingDropPartyHandler;
    CL_CALL_CONNECTED_HANDLER           ClCallConnectedHandler;
    CL_NOTIFY_CLOSE_AF_HANDLER          ClNotifyCloseAfHandler;
} NDIS_CO_CLIENT_OPTIONAL_HANDLERS, *PNDIS_CO_CLIENT_OPTIONAL_HANDLERS;

/* NDIS_MINIPORT_CO_CHARACTERISTICS (ns-ndis-_ndis_miniport_co_characteristics) */
typedef struct _NDIS_MINIPORT_CO_CHARACTERISTICS {
    NDIS_OBJECT_HEADER                 Header;
    ULONG                              Flags;
    W_CO_CREATE_VC_HANDLER             CoCreateVcHandler;
    W_CO_DELETE_VC_HANDLER             CoDeleteVcHandler;
    W_CO_ACTIVATE_VC_HANDLER           CoActivateVcHandler;
    W_CO_DEACTIVATE_VC_HANDLER         CoDeactivateVcHandler;
    W_CO_SEND_NET_BUFFER_LISTS_HANDLER CoSendNetBufferListsHandler;
    W_CO_OID_REQUEST_HANDLER           CoOidRequestHandler;
} NDIS_MINIPORT_CO_CHARACTERISTICS, *PNDIS_MINIPORT_CO_CHARACTERISTICS;

/* NDIS_PROTOCOL_CO_CHARACTERISTICS (ns-ndis-_ndis_protocol_co_characteristics) */
typedef struct _NDIS_PROTOCOL_CO_CHARACTERISTICS {
    NDIS_OBJECT_HEADER                        Header;
    ULONG                                     Flags;
    CO_STATUS_HANDLER_EX                      CoStatusHandlerEx;
    CO_AF_REGISTER_NOTIFY_HANDLER             CoAfRegisterNotifyHandler;
    CO_RECEIVE_NET_BUFFER_LISTS_HANDLER       CoReceiveNetBufferListsHandler;
    CO_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER CoSendNetBufferListsCompleteHandler;
} NDIS_PROTOCOL_CO_CHARACTERISTICS, *PNDIS_PROTOCOL_CO_CHARACTERISTICS;

#endif /* DDICHECK_MODEL_NDIS_CO_H */
