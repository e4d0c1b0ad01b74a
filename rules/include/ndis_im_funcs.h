/*
 * ndis_im_funcs.h -- ddicheck model header, part of ndis.h: the NDIS 6 intermediate-driver functions
 * with a syntax block (NdisIMAssociateMiniport, NdisIMInitializeDeviceInstanceEx,
 * ...); the NDIS 5.1 ones are in ndis_legacy.h.
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
#ifndef DDICHECK_MODEL_NDIS_IM_FUNCS_H
#define DDICHECK_MODEL_NDIS_IM_FUNCS_H

/* nf-ndis-ndisimassociateminiport; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisIMAssociateMiniport(
    _In_ NDIS_HANDLE DriverHandle,
    _In_ NDIS_HANDLE ProtocolHandle);

/* nf-ndis-ndisimcancelinitializedeviceinstance; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIMCancelInitializeDeviceInstance(
    _In_ NDIS_HANDLE DriverHandle,
    _In_ PNDIS_STRING DeviceInstance);

/* nf-ndis-ndisimdeinitializedeviceinstance; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIMDeInitializeDeviceInstance(
    _In_ NDIS_HANDLE NdisMiniportHandle);

/* nf-ndis-ndisimgetbindingcontext; req.irql: < DISPATCH_LEVEL */
_IRQL_requires_max_(APC_LEVEL)
NDIS_HANDLE NdisIMGetBindingContext(
    _In_ NDIS_HANDLE NdisBindingHandle);

/* nf-ndis-ndisiminitializedeviceinstanceex; req.irql: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisIMInitializeDeviceInstanceEx(
    _In_ NDIS_HANDLE DriverHandle,
    _In_ PNDIS_STRING DriverInstance,
    _In_opt_ NDIS_HANDLE DeviceContext);

#endif /* DDICHECK_MODEL_NDIS_IM_FUNCS_H */
