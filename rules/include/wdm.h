/*
 * wdm.h -- ddicheck model header: the Windows Driver Model kernel interface
 * a driver uses -- IRQLs, spin locks, DPCs, timers, events, pool, driver and
 * device objects, IRPs and I/O stack locations, work items, the WDM role
 * types (DRIVER_INITIALIZE, DRIVER_UNLOAD, DRIVER_DISPATCH, KDEFERRED_ROUTINE,
 * IO_COMPLETION_ROUTINE, ...) and the Ke/Ex/Io/Rtl/Ob/Ps routines.
 *
 * The declarations are split by area into wdm_types.h, wdm_iotypes.h (with
 * wdm_pnptypes.h), wdm_ke.h, wdm_rtl.h, wdm_io.h, wdm_io2.h, wdm_dma.h,
 * wdm_pnp.h, wdm_ex.h, wdm_reg.h, wdm_file.h, wdm_hw.h, wdm_ob.h, wdm_pofx.h
 * and wdm_etw.h (with evntprov.h); a driver includes this file.
 *
 * Written for ddicheck from the `## -syntax` blocks and the front matter
 * (req.irql) of the public reference pages under ddi/wdm; it is not a copy of
 * Microsoft's wdm.h.  ddicheck searches its model headers AFTER the driver's
 * own include paths (-idirafter), so a real WDK on the include path takes
 * precedence over this file.
 *
 * What the analysis can rely on:
 *   - Role types are function typedefs in the WDK style, e.g.
 *       typedef _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_
 *           _Function_class_(KDEFERRED_ROUTINE) VOID (KDEFERRED_ROUTINE)(...);
 *       typedef KDEFERRED_ROUTINE *PKDEFERRED_ROUTINE;
 *     the IRQL annotation of a role is the level its nc- page gives.
 *   - Every routine carries the IRQL requirement of its page's req.irql
 *     ("Any level" is modelled as _IRQL_requires_max_(HIGH_LEVEL)).
 *   - Routines that are macros or inline functions in the WDK are real
 *     functions here, so that calls keep their names:
 *     KeAcquireSpinLock, KeReleaseSpinLock, KeRaiseIrql, KeLowerIrql,
 *     KeGetCurrentIrql, IoGetCurrentIrpStackLocation, IoSetCompletionRoutine,
 *     IoSkipCurrentIrpStackLocation, IoCopyCurrentIrpStackLocationToNext,
 *     IoMarkIrpPending, RtlZeroMemory, RtlCopyMemory, RtlMoveMemory,
 *     RtlFillMemory, ExFreePool.
 *   - The list helpers (InitializeListHead, InsertTailList, ...) are
 *     FORCEINLINE functions with bodies, as in the WDK.
 *   - InterlockedXxx are macros over the MSVC _InterlockedXxx intrinsics,
 *     which clang provides as builtins with -fms-extensions.
 */
#ifndef DDICHECK_MODEL_WDM_H
#define DDICHECK_MODEL_WDM_H

#include <ntdef.h>
#include <ntstatus.h>
#include <wdm_types.h>
#include <wdm_iotypes.h>
#include <wdm_ke.h>
#include <wdm_rtl.h>
#include <wdm_io.h>
#include <wdm_io2.h>
#include <wdm_dma.h>
#include <wdm_pnp.h>
#include <wdm_ex.h>
#include <wdm_reg.h>
#include <wdm_file.h>
#include <wdm_hw.h>
#include <wdm_ob.h>
#include <wdm_pofx.h>
#include <wdm_etw.h>

#endif /* DDICHECK_MODEL_WDM_H */
