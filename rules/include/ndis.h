/*
 * ndis.h -- ddicheck model header: the Network Driver Interface
 * Specification (NDIS) 6.x interface of miniport, protocol, filter and
 * intermediate drivers, plus the NDIS 5.1 routines and characteristics that
 * older intermediate and protocol drivers still use.
 *
 * Written for ddicheck from the `## -syntax` blocks, the callback examples
 * and the front matter (req.irql) of the public reference pages under
 * ddi/ndis and ddi/ntddndis; it is not a copy of Microsoft's ndis.h.
 * ddicheck searches its model headers AFTER the driver's own include paths
 * (-idirafter), so a real WDK ndis.h on the include path takes precedence.
 *
 * The model is split into parts (no part is included on its own):
 *   ndis_types.h         version selection, NDIS_HANDLE/NDIS_STRING,
 *                        NDIS_SPIN_LOCK, NDIS_EVENT, NDIS_RW_LOCK, LOCK_STATE(_EX)
 *   ndis_status.h        NDIS_STATUS_* codes
 *   ndis_oid.h           OID_* codes and flag constants beyond ntddndis.h
 *   ndis_flags.h         flag and option constants
 *   ndis_revisions.h     NDIS_*_REVISION_n / NDIS_SIZEOF_*_REVISION_n
 *   ndis_fwd.h           forward declarations of all structures; enumerations
 *   ndis_oid_types.h, ndis_offload.h, ndis_nicswitch.h, ndis_nicswitch2.h
 *                        the structures shared with user mode (ntddndis)
 *   ndis_nbl.h           NET_BUFFER_LIST / NET_BUFFER, accessors, NBL calls
 *   ndis_misc.h          general roles, structures and functions
 *   ndis_support.h       locks, events, timers, work items, memory, strings
 *   ndis_co.h, ndis_co_funcs.h    connection-oriented NDIS
 *   ndis_switch.h        extensible switch, PacketDirect
 *   ndis_miniport.h, ndis_miniport_funcs.h   miniport roles/structures/calls
 *   ndis_protocol.h      protocol roles, structures and calls
 *   ndis_filter.h        filter roles, structures and calls
 *   ndis_im_funcs.h      NDIS 6 intermediate-driver calls
 *   ndis_legacy.h        NDIS 5.1 handlers, characteristics and calls
 *
 * What the analysis can rely on:
 *   - Role types are function typedefs in the WDK style,
 *       typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_INITIALIZE)
 *       NDIS_STATUS (MINIPORT_INITIALIZE)(...);
 *       typedef MINIPORT_INITIALIZE (*MINIPORT_INITIALIZE_HANDLER);
 *     carrying the level of the nc- page's req.irql (none where the page
 *     says DIRQL, "See Remarks" or nothing).
 *   - Every NDIS routine with an nf- page is a FUNCTION here, including those
 *     the WDK implements as macros (NdisZeroMemory, NdisMoveMemory,
 *     NdisEqualMemory, NdisFillMemory, NdisInitializeListHead,
 *     NdisInterlockedInsertTailList, NdisInterlockedIncrement,
 *     NdisAcquireSpinLock, NdisDprAcquireSpinLock, NdisGetPhysicalAddressLow,
 *     NdisRawReadPortUchar, NdisReadRegisterUlong, NdisMSleep, ...), so that
 *     calls keep their names.
 *   - Macros (expanded before the analysis sees them): the NBL/NB accessors
 *     and flag tests (ndis_nbl.h), NDIS_CURRENT_IRQL() -> KeGetCurrentIrql(),
 *     NDIS_RAISE_IRQL_TO_DISPATCH(p) -> KeRaiseIrql(DISPATCH_LEVEL, p),
 *     NDIS_LOWER_IRQL(o, c) -> KeLowerIrql(o), NDIS_INIT_MUTEX /
 *     NDIS_WAIT_FOR_MUTEX / NDIS_RELEASE_MUTEX -> KeInitializeMutex /
 *     KeWaitForSingleObject / KeReleaseMutex, NdisInitializeWorkItem-style
 *     NDIS 5 helpers in ndis_legacy.h, NDIS_INIT_FUNCTION /
 *     NDIS_PAGEABLE_FUNCTION -> alloc_text (used as `#pragma
 *     NDIS_INIT_FUNCTION(f)`; clang ignores that pragma, with a
 *     -Wunknown-pragmas warning under -Wall).
 */
#ifndef DDICHECK_MODEL_NDIS_H
#define DDICHECK_MODEL_NDIS_H

#include <ndis_types.h>
#include <ndis_status.h>
#include <ndis_oid.h>
#include <ndis_flags.h>
#include <ndis_revisions.h>
#include <ndis_fwd.h>
#include <ndis_oid_types.h>
#include <ndis_offload.h>
#include <ndis_nicswitch.h>
#include <ndis_nicswitch2.h>
#include <ndis_nbl.h>
#include <ndis_misc.h>
#include <ndis_support.h>
#include <ndis_co.h>
#include <ndis_co_funcs.h>
#include <ndis_switch.h>
#include <ndis_miniport.h>
#include <ndis_miniport_funcs.h>
#include <ndis_protocol.h>
#include <ndis_filter.h>
#include <ndis_im_funcs.h>
#include <ndis_legacy.h>

/* ------------------------------------------------ code placement pragmas */
#ifndef NDIS_INIT_FUNCTION
#define NDIS_INIT_FUNCTION(_F)     alloc_text(INIT, _F)
#endif
#ifndef NDIS_PAGABLE_FUNCTION
#define NDIS_PAGABLE_FUNCTION(_F)  alloc_text(PAGE, _F)
#endif
#ifndef NDIS_PAGEABLE_FUNCTION
#define NDIS_PAGEABLE_FUNCTION(_F) alloc_text(PAGE, _F)
#endif

/* ----------------------------------------- context-type declaration macros
 * The WDK uses these to tell Code Analysis which structure a handle points
 * to; they declare nothing a driver uses, so they expand to a harmless
 * declaration that tolerates the trailing semicolon. */
#define DDICHECK_NDIS_NO_DECL(_tag) extern int ddicheck_ndis_context_decl_##_tag
#define NDIS_DECLARE_MINIPORT_DRIVER_CONTEXT(_type)   DDICHECK_NDIS_NO_DECL(_type##_md)
#define NDIS_DECLARE_MINIPORT_ADAPTER_CONTEXT(_type)  DDICHECK_NDIS_NO_DECL(_type##_ma)
#define NDIS_DECLARE_MINIPORT_INTERRUPT_CONTEXT(_type) DDICHECK_NDIS_NO_DECL(_type##_mi)
#define NDIS_DECLARE_MINIPORT_DPC_CONTEXT(_type)      DDICHECK_NDIS_NO_DECL(_type##_mdpc)
#define NDIS_DECLARE_MINIPORT_ADD_DEVICE_CONTEXT(_type) DDICHECK_NDIS_NO_DECL(_type##_mad)
#define NDIS_DECLARE_PROTOCOL_DRIVER_CONTEXT(_type)   DDICHECK_NDIS_NO_DECL(_type##_pd)
#define NDIS_DECLARE_PROTOCOL_BINDING_CONTEXT(_type)  DDICHECK_NDIS_NO_DECL(_type##_pb)
#define NDIS_DECLARE_PROTOCOL_OPEN_CONTEXT(_type)     DDICHECK_NDIS_NO_DECL(_type##_po)
#define NDIS_DECLARE_FILTER_DRIVER_CONTEXT(_type)     DDICHECK_NDIS_NO_DECL(_type##_fd)
#define NDIS_DECLARE_FILTER_MODULE_CONTEXT(_type)     DDICHECK_NDIS_NO_DECL(_type##_fm)
#define NDIS_DECLARE_CO_PROTOCOL_AF_CONTEXT(_type)    DDICHECK_NDIS_NO_DECL(_type##_coaf)
#define NDIS_DECLARE_CO_PROTOCOL_VC_CONTEXT(_type)    DDICHECK_NDIS_NO_DECL(_type##_covc)
#define NDIS_DECLARE_CO_PROTOCOL_PARTY_CONTEXT(_type) DDICHECK_NDIS_NO_DECL(_type##_copa)
#define NDIS_DECLARE_TIMER_CONTEXT(_type)             DDICHECK_NDIS_NO_DECL(_type##_tmr)
#define NDIS_DECLARE_IO_WORKITEM_CONTEXT(_type)       DDICHECK_NDIS_NO_DECL(_type##_wi)
/* nf-ndis-ndis_declare_switch_net_buffer_list_context_type */
#define NDIS_DECLARE_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE(_ContextName, _ExtensionId) \
    DDICHECK_NDIS_NO_DECL(_ContextName)

/* -------------------------------------------------------------- IRQL */
#define NDIS_CURRENT_IRQL() KeGetCurrentIrql()
/* nf-ndis-ndis_raise_irql_to_dispatch, nf-ndis-ndis_lower_irql: macros in
 * the WDK, declared here as functions so that a call keeps its name (the
 * rule Irql_IrqlSetting_Function is about these two); their effect on the
 * IRQL is in ddicheck's rules/irql_effects.yaml. */
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID NDIS_RAISE_IRQL_TO_DISPATCH(_Out_ PKIRQL _pIrql_);
VOID NDIS_LOWER_IRQL(_In_ KIRQL _OldIrql_, _In_ KIRQL _CurIrql_);

/* NDIS mutexes (nf-ndis-ndis_init_mutex, ndis_wait_for_mutex,
 * ndis_release_mutex): macros over the kernel mutex routines. */
#define NDIS_INIT_MUTEX(_M_)     KeInitializeMutex((_M_), 0xFFFF)
#define NDIS_WAIT_FOR_MUTEX(_M_) KeWaitForSingleObject((PVOID)(_M_), Executive, KernelMode, FALSE, (PLARGE_INTEGER)NULL)
#define NDIS_RELEASE_MUTEX(_M_)  KeReleaseMutex((_M_), FALSE)

/* ------------------------------------------------------ small helpers */
/* nf-ndis-ndis_make_rid */
#define NDIS_MAKE_RID(_Segment, _Bus, _Function) \
    ((NDIS_VF_RID)((((ULONG)(_Segment)) << 16) | (((ULONG)(_Bus)) << 8) | ((ULONG)(_Function))))
#define NDIS_GET_RID_SEGMENT(_Rid)  ((USHORT)((_Rid) >> 16))
#define NDIS_GET_RID_BUS(_Rid)      ((UCHAR)(((_Rid) >> 8) & 0xFF))
#define NDIS_GET_RID_FUNCTION(_Rid) ((UCHAR)((_Rid) & 0xFF))
/* nf-ndis-ndis_switch_port_destination_at_array_index */
#define NDIS_SWITCH_PORT_DESTINATION_AT_ARRAY_INDEX(_DestArray_, _Index_) \
    ((PNDIS_SWITCH_PORT_DESTINATION)((PUCHAR)(_DestArray_) + (_DestArray_)->FirstElementOffset + ((_DestArray_)->ElementSize * (_Index_))))

#define NDIS_MAKE_NET_LUID(_pNetLuid, _IfType, _NetLuidIndex) \
    do { (_pNetLuid)->Value = 0; (_pNetLuid)->Info.IfType = (_IfType); (_pNetLuid)->Info.NetLuidIndex = (_NetLuidIndex); } while (0)

/* ------------------------------------------------ Ethernet address helpers */
#include <xfilter.h>
#define ETH_IS_UNICAST(Address)   (!ETH_IS_MULTICAST(Address))

/* NDIS_STRING_CONST: an initializer for a constant NDIS_STRING. */
#define NDIS_STRING_CONST(x) { sizeof(L##x) - 2, sizeof(L##x), (PWSTR)L##x }

#define NDIS_ETH_TYPE_IPV4   0x0800
#define NDIS_ETH_TYPE_ARP    0x0806
#define NDIS_ETH_TYPE_IPV6   0x86DD
#define NDIS_ETH_TYPE_802_1X 0x888E
#define NDIS_ETH_TYPE_802_1Q 0x8100
#define NDIS_ETH_TYPE_SLOW_PROTOCOL 0x8809


/* Static Driver Verifier hook: a no-op outside an SDV run. */
#ifndef __sdv_save_adapter_context
#define __sdv_save_adapter_context(c) ((void)(c))
#endif

#endif /* DDICHECK_MODEL_NDIS_H */
