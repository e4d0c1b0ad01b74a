/*
 * ndis_co_funcs.h -- ddicheck model header, part of ndis.h: the connection-oriented NDIS (CoNDIS)
 * functions (NdisCl*, NdisCm*, NdisCo*, NdisMCm*, NdisMCo*).
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
#ifndef DDICHECK_MODEL_NDIS_CO_FUNCS_H
#define DDICHECK_MODEL_NDIS_CO_FUNCS_H

/* nf-ndis-ndiscladdparty; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisClAddParty(
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ NDIS_HANDLE ProtocolPartyContext,
    _Inout_ PCO_CALL_PARAMETERS CallParameters,
    _Out_ PNDIS_HANDLE NdisPartyHandle);

/* nf-ndis-ndisclcloseaddressfamily; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisClCloseAddressFamily(
    _In_ NDIS_HANDLE NdisAfHandle);

/* nf-ndis-ndisclclosecall; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisClCloseCall(
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_opt_ NDIS_HANDLE NdisPartyHandle,
    _In_opt_ PVOID Buffer,
    _In_ UINT Size);

/* nf-ndis-ndisclderegistersap; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisClDeregisterSap(
    _In_ NDIS_HANDLE NdisSapHandle);

/* nf-ndis-ndiscldropparty; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisClDropParty(
    _In_ NDIS_HANDLE NdisPartyHandle,
    _In_opt_ PVOID Buffer,
    _In_opt_ UINT Size);

/* nf-ndis-ndisclgetprotocolvccontextfromtapicallid; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_STATUS NdisClGetProtocolVcContextFromTapiCallId(
    _In_ UNICODE_STRING TapiCallId,
    _Out_ PNDIS_HANDLE ProtocolVcContext);

/* nf-ndis-ndisclincomingcallcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisClIncomingCallComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndisclmakecall; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisClMakeCall(
    _In_ NDIS_HANDLE NdisVcHandle,
    _Inout_ PCO_CALL_PARAMETERS CallParameters,
    _In_opt_ NDIS_HANDLE ProtocolPartyContext,
    _Out_opt_ PNDIS_HANDLE NdisPartyHandle);

/* nf-ndis-ndisclmodifycallqos; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisClModifyCallQoS(
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndisclnotifycloseaddressfamilycomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisClNotifyCloseAddressFamilyComplete(
    _In_ NDIS_HANDLE NdisAfHandle,
    _In_ NDIS_STATUS Status);

/* nf-ndis-ndisclopenaddressfamilyex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisClOpenAddressFamilyEx(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PCO_ADDRESS_FAMILY AddressFamily,
    _In_ NDIS_HANDLE ClientAfContext,
    _Out_ PNDIS_HANDLE NdisAfHandle);

/* nf-ndis-ndisclregistersap; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisClRegisterSap(
    _In_ NDIS_HANDLE NdisAfHandle,
    _In_ NDIS_HANDLE ProtocolSapContext,
    _In_ PCO_SAP Sap,
    _Out_ PNDIS_HANDLE NdisSapHandle);

/* nf-ndis-ndiscloseadapterex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisCloseAdapterEx(
    _In_ NDIS_HANDLE NdisBindingHandle);

/* nf-ndis-ndiscloseconfiguration; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisCloseConfiguration(
    _In_ NDIS_HANDLE ConfigurationHandle);

/* nf-ndis-ndisclosefile; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisCloseFile(
    _In_ NDIS_HANDLE FileHandle);

/* nf-ndis-ndiscmactivatevc; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisCmActivateVc(
    _In_ NDIS_HANDLE NdisVcHandle,
    _Inout_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndiscmaddpartycomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmAddPartyComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisPartyHandle,
    _In_opt_ NDIS_HANDLE CallMgrPartyContext,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndiscmcloseaddressfamilycomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmCloseAddressFamilyComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisAfHandle);

/* nf-ndis-ndiscmclosecallcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmCloseCallComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_opt_ NDIS_HANDLE NdisPartyHandle);

/* nf-ndis-ndiscmdeactivatevc; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisCmDeactivateVc(
    _In_ NDIS_HANDLE NdisVcHandle);

/* nf-ndis-ndiscmderegistersapcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmDeregisterSapComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisSapHandle);

/* nf-ndis-ndiscmdispatchcallconnected; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmDispatchCallConnected(
    _In_ NDIS_HANDLE NdisVcHandle);

/* nf-ndis-ndiscmdispatchincomingcall; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisCmDispatchIncomingCall(
    _In_ NDIS_HANDLE NdisSapHandle,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndiscmdispatchincomingcallqoschange; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmDispatchIncomingCallQoSChange(
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndiscmdispatchincomingclosecall; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmDispatchIncomingCloseCall(
    _In_ NDIS_STATUS CloseStatus,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_opt_ PVOID Buffer,
    _In_ UINT Size);

/* nf-ndis-ndiscmdispatchincomingdropparty; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmDispatchIncomingDropParty(
    _In_ NDIS_STATUS DropStatus,
    _In_ NDIS_HANDLE NdisPartyHandle,
    _In_opt_ PVOID Buffer,
    _In_ UINT Size);

/* nf-ndis-ndiscmdroppartycomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmDropPartyComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisPartyHandle);

/* nf-ndis-ndiscmmakecallcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmMakeCallComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_opt_ NDIS_HANDLE NdisPartyHandle,
    _In_opt_ NDIS_HANDLE CallMgrPartyContext,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndiscmmodifycallqoscomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmModifyCallQoSComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndiscmnotifycloseaddressfamily; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisCmNotifyCloseAddressFamily(
    _In_ NDIS_HANDLE NdisAfHandle);

/* nf-ndis-ndiscmopenaddressfamilycomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmOpenAddressFamilyComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisAfHandle,
    _In_ NDIS_HANDLE CallMgrAfContext);

/* nf-ndis-ndiscmregisteraddressfamilyex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisCmRegisterAddressFamilyEx(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PCO_ADDRESS_FAMILY AddressFamily);

/* nf-ndis-ndiscmregistersapcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCmRegisterSapComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisSapHandle,
    _In_ NDIS_HANDLE CallMgrSapContext);

/* nf-ndis-ndiscoassigninstancename; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_STATUS NdisCoAssignInstanceName(
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PNDIS_STRING BaseInstanceName,
    _Out_opt_ PNDIS_STRING VcInstanceName);

/* nf-ndis-ndiscocreatevc; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisCoCreateVc(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_opt_ NDIS_HANDLE NdisAfHandle,
    _In_ NDIS_HANDLE ProtocolVcContext,
    _Inout_ PNDIS_HANDLE NdisVcHandle);

/* nf-ndis-ndiscodeletevc; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisCoDeleteVc(
    _In_ NDIS_HANDLE NdisVcHandle);

/* nf-ndis-ndiscogettapicallid; req.irql: DISPATCH_LEVEL */
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_STATUS NdisCoGetTapiCallId(
    _In_ NDIS_HANDLE NdisVcHandle,
    _Inout_ PVAR_STRING TapiCallId);

/* nf-ndis-ndiscooidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisCoOidRequest(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_opt_ NDIS_HANDLE NdisAfHandle,
    _In_opt_ NDIS_HANDLE NdisVcHandle,
    _In_opt_ NDIS_HANDLE NdisPartyHandle,
    _Inout_ PNDIS_OID_REQUEST OidRequest);

/* nf-ndis-ndiscooidrequestcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCoOidRequestComplete(
    _In_ NDIS_HANDLE NdisAfHandle,
    _In_opt_ NDIS_HANDLE NdisVcHandle,
    _In_opt_ NDIS_HANDLE NdisPartyHandle,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);

/* nf-ndis-ndiscosendnetbufferlists; req.irql: <=DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCoSendNetBufferLists(
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG SendFlags);

/* nf-ndis-ndiscompletebindadapterex; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCompleteBindAdapterEx(
    _In_ NDIS_HANDLE BindContext,
    _In_ NDIS_STATUS Status);

/* nf-ndis-ndiscompletenetpnpevent; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisCompleteNetPnPEvent(
    _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEvent,
    _In_ NDIS_STATUS Status);

/* nf-ndis-ndiscompleteunbindadapterex; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisCompleteUnbindAdapterEx(
    _In_ NDIS_HANDLE UnbindContext);

/* nf-ndis-ndismcmactivatevc; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisMCmActivateVc(
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndismcmaddpartycomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmAddPartyComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisPartyHandle,
    _In_ [ in,
    _In_ optional] NDIS_HANDLE CallMgrPartyContext,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndismcmcloseaddressfamilycomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmCloseAddressFamilyComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisAfHandle);

/* nf-ndis-ndismcmclosecallcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmCloseCallComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ [ in,
    _In_ optional] NDIS_HANDLE NdisPartyHandle);

/* nf-ndis-ndismcmcreatevc; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisMCmCreateVc(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_HANDLE NdisAfHandle,
    _In_ NDIS_HANDLE MiniportVcContext,
    _Out_ PNDIS_HANDLE NdisVcHandle);

/* nf-ndis-ndismcmdeactivatevc; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisMCmDeactivateVc(
    _In_ NDIS_HANDLE NdisVcHandle);

/* nf-ndis-ndismcmdeletevc; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisMCmDeleteVc(
    _In_ NDIS_HANDLE NdisVcHandle);

/* nf-ndis-ndismcmderegistersapcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmDeregisterSapComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisSapHandle);

/* nf-ndis-ndismcmdispatchcallconnected; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmDispatchCallConnected(
    _In_ NDIS_HANDLE NdisVcHandle);

/* nf-ndis-ndismcmdispatchincomingcall; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisMCmDispatchIncomingCall(
    _In_ NDIS_HANDLE NdisSapHandle,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndismcmdispatchincomingcallqoschange; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmDispatchIncomingCallQoSChange(
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndismcmdispatchincomingclosecall; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmDispatchIncomingCloseCall(
    _In_ NDIS_STATUS CloseStatus,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ [ in,
    _In_ optional] PVOID Buffer,
    _In_ UINT Size);

/* nf-ndis-ndismcmdispatchincomingdropparty; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmDispatchIncomingDropParty(
    _In_ NDIS_STATUS DropStatus,
    _In_ NDIS_HANDLE NdisPartyHandle,
    _In_ [ in,
    _In_ optional] PVOID Buffer,
    _In_ UINT Size);

/* nf-ndis-ndismcmdroppartycomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmDropPartyComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisPartyHandle);

/* nf-ndis-ndismcmmakecallcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmMakeCallComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ [ in,
    _In_ optional] NDIS_HANDLE NdisPartyHandle,
    _In_ [ in,
    _In_ optional] NDIS_HANDLE CallMgrPartyContext,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndismcmmodifycallqoscomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmModifyCallQoSComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndismcmnotifycloseaddressfamily; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMCmNotifyCloseAddressFamily(
    _In_ NDIS_HANDLE NdisAfHandle);

/* nf-ndis-ndismcmoidrequest; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS NdisMCmOidRequest(
    _In_ NDIS_HANDLE NdisAfHandle,
    _In_opt_ NDIS_HANDLE NdisVcHandle,
    _In_opt_ NDIS_HANDLE NdisPartyHandle,
    _Inout_ PNDIS_OID_REQUEST OidRequest);

/* nf-ndis-ndismcmoidrequestcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmOidRequestComplete(
    _In_ NDIS_HANDLE NdisAfHandle,
    _In_ [ in,
    _In_ optional] NDIS_HANDLE NdisVcHandle,
    _In_ [ in,
    _In_ optional] NDIS_HANDLE NdisPartyHandle,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);

/* nf-ndis-ndismcmopenaddressfamilycomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmOpenAddressFamilyComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisAfHandle,
    _In_ NDIS_HANDLE CallMgrAfContext);

/* nf-ndis-ndismcmregisteraddressfamilyex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMCmRegisterAddressFamilyEx(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PCO_ADDRESS_FAMILY AddressFamily);

/* nf-ndis-ndismcmregistersapcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCmRegisterSapComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisSapHandle,
    _In_ NDIS_HANDLE CallMgrSapContext);

/* nf-ndis-ndismcoactivatevccomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCoActivateVcComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PCO_CALL_PARAMETERS CallParameters);

/* nf-ndis-ndismcodeactivatevccomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCoDeactivateVcComplete(
    _In_ NDIS_STATUS Status,
    _In_ NDIS_HANDLE NdisVcHandle);

/* nf-ndis-ndismcoindicatereceivenetbufferlists; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCoIndicateReceiveNetBufferLists(
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG NumberOfNetBufferLists,
    _In_ ULONG CoReceiveFlags);

/* nf-ndis-ndismcoindicatestatusex; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCoIndicateStatusEx(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_opt_ NDIS_HANDLE NdisVcHandle,
    _In_ PNDIS_STATUS_INDICATION StatusIndication);

/* nf-ndis-ndismcooidrequestcomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCoOidRequestComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);

/* nf-ndis-ndismcosendnetbufferlistscomplete; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCoSendNetBufferListsComplete(
    _In_ NDIS_HANDLE NdisVcHandle,
    _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG SendCompleteFlags);

/* nf-ndis-ndismcompletedmatransfer; req.irql: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMCompleteDmaTransfer(
    _Out_ PNDIS_STATUS Status,
    _In_ NDIS_HANDLE MiniportDmaHandle,
    _In_ PNDIS_BUFFER Buffer,
    _In_ ULONG Offset,
    _In_ ULONG Length,
    _In_ BOOLEAN WriteToDevice);

/* nf-ndis-ndismconfigmsixtableentry; req.irql: See Remarks section */
NDIS_STATUS NdisMConfigMSIXTableEntry(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ PNDIS_MSIX_CONFIG_PARAMETERS MSIXConfigParameters);

#endif /* DDICHECK_MODEL_NDIS_CO_FUNCS_H */
