/*
 * driverspecs.h -- ddicheck model header: the driver-specific SAL
 * annotations (IRQL, dispatch types, function classes, kernel resources and
 * the older __drv_* spellings).
 *
 * Written for ddicheck from the public documentation of the IRQL annotations
 * (devtest: "IRQL annotations for drivers"); it is not a copy of Microsoft's
 * driverspecs.h.  ddicheck searches its model headers AFTER the driver's own
 * include paths (-idirafter), so a real WDK driverspecs.h takes precedence.
 *
 * THE IRQL ANNOTATIONS ARE CLANG `annotate` ATTRIBUTES.  ddicheck's extractor
 * reads the annotation strings, which have the form
 *
 *     "ddicheck_irql:<kind>:<argument as written>"
 *
 * <kind> is requires, requires_max, requires_min, raises,
 * always_function_max, always_function_min, requires_same, saves_global,
 * restores_global, saves or restores.  The argument is stringified with `#`
 * BEFORE macro expansion, so `_IRQL_requires_max_(DISPATCH_LEVEL)` yields
 * "ddicheck_irql:requires_max:DISPATCH_LEVEL" (not "...:2") and
 * `_IRQL_raises_(NewIrql)` yields "ddicheck_irql:raises:NewIrql" (a parameter
 * name: the IRQL becomes the value of that argument).  For
 * _IRQL_saves_global_(kind, param) only the parameter name is kept.
 *
 * Where clang accepts them (checked with clang 19, C, MSVC target):
 *   - before a declaration or definition:      attribute of the function;
 *   - before the return type inside a typedef of a function type
 *     (`typedef _IRQL_requires_(PASSIVE_LEVEL) NDIS_STATUS (ROLE)(...)`):
 *     attribute of the TypedefDecl -- a function declared with the role type
 *     (`ROLE MyFn;`) does not inherit it, the extractor reads it from the
 *     typedef named by the declaration's type;
 *   - before a parameter (`_Out_ _IRQL_saves_ PKIRQL OldIrql`): attribute of
 *     the ParmVarDecl.
 * _IRQL_saves_ / _IRQL_restores_ placed before a FUNCTION mean "the return
 * value is the saved IRQL" (KeAcquireSpinLockRaiseToDpc) resp. "restores
 * from ..."; placed on a parameter they name that parameter.
 *
 * The __drv_* IRQL spellings of older drivers are mapped to the same
 * annotations, again stringifying their argument directly (going through the
 * _IRQL_ macro would expand DISPATCH_LEVEL to 2 before stringification).
 *
 * Everything else (_Dispatch_type_, _Kernel_*, __drv_allocatesMem, ...)
 * expands to nothing.  Every macro is guarded by #ifndef so that a
 * definition made earlier by the driver wins.
 */
#ifndef DDICHECK_MODEL_DRIVERSPECS_H
#define DDICHECK_MODEL_DRIVERSPECS_H

#include <sal.h>

/* ---- IRQL annotations: clang annotate attributes read by ddicheck ---- */
#ifndef _IRQL_requires_
#define _IRQL_requires_(irql)      __attribute__((annotate("ddicheck_irql:requires:" #irql)))
#endif
#ifndef _IRQL_requires_max_
#define _IRQL_requires_max_(irql)  __attribute__((annotate("ddicheck_irql:requires_max:" #irql)))
#endif
#ifndef _IRQL_requires_min_
#define _IRQL_requires_min_(irql)  __attribute__((annotate("ddicheck_irql:requires_min:" #irql)))
#endif
#ifndef _IRQL_raises_
#define _IRQL_raises_(irql)        __attribute__((annotate("ddicheck_irql:raises:" #irql)))
#endif
#ifndef _IRQL_always_function_max_
#define _IRQL_always_function_max_(irql) __attribute__((annotate("ddicheck_irql:always_function_max:" #irql)))
#endif
#ifndef _IRQL_always_function_min_
#define _IRQL_always_function_min_(irql) __attribute__((annotate("ddicheck_irql:always_function_min:" #irql)))
#endif
#ifndef _IRQL_requires_same_
#define _IRQL_requires_same_       __attribute__((annotate("ddicheck_irql:requires_same:")))
#endif
#ifndef _IRQL_saves_global_
#define _IRQL_saves_global_(kind, param)    __attribute__((annotate("ddicheck_irql:saves_global:" #param)))
#endif
#ifndef _IRQL_restores_global_
#define _IRQL_restores_global_(kind, param) __attribute__((annotate("ddicheck_irql:restores_global:" #param)))
#endif
#ifndef _IRQL_saves_
#define _IRQL_saves_               __attribute__((annotate("ddicheck_irql:saves:")))
#endif
#ifndef _IRQL_restores_
#define _IRQL_restores_            __attribute__((annotate("ddicheck_irql:restores:")))
#endif
/* Cancel-spin-lock IRQL bookkeeping: not modelled. */
#ifndef _IRQL_is_cancel_
#define _IRQL_is_cancel_
#endif
#ifndef _IRQL_uses_cancel_
#define _IRQL_uses_cancel_
#endif

/* Older __drv_ spellings of the same IRQL annotations. */
#ifndef __drv_requiresIRQL
#define __drv_requiresIRQL(irql)   __attribute__((annotate("ddicheck_irql:requires:" #irql)))
#endif
#ifndef __drv_maxIRQL
#define __drv_maxIRQL(irql)        __attribute__((annotate("ddicheck_irql:requires_max:" #irql)))
#endif
#ifndef __drv_minIRQL
#define __drv_minIRQL(irql)        __attribute__((annotate("ddicheck_irql:requires_min:" #irql)))
#endif
#ifndef __drv_raisesIRQL
#define __drv_raisesIRQL(irql)     __attribute__((annotate("ddicheck_irql:raises:" #irql)))
#endif
#ifndef __drv_setsIRQL
#define __drv_setsIRQL(irql)       __attribute__((annotate("ddicheck_irql:raises:" #irql)))
#endif
#ifndef __drv_maxFunctionIRQL
#define __drv_maxFunctionIRQL(irql) __attribute__((annotate("ddicheck_irql:always_function_max:" #irql)))
#endif
#ifndef __drv_minFunctionIRQL
#define __drv_minFunctionIRQL(irql) __attribute__((annotate("ddicheck_irql:always_function_min:" #irql)))
#endif
#ifndef __drv_sameIRQL
#define __drv_sameIRQL             __attribute__((annotate("ddicheck_irql:requires_same:")))
#endif
#ifndef __drv_savesIRQLGlobal
#define __drv_savesIRQLGlobal(kind, param)    __attribute__((annotate("ddicheck_irql:saves_global:" #param)))
#endif
#ifndef __drv_restoresIRQLGlobal
#define __drv_restoresIRQLGlobal(kind, param) __attribute__((annotate("ddicheck_irql:restores_global:" #param)))
#endif
#ifndef __drv_savesIRQL
#define __drv_savesIRQL            __attribute__((annotate("ddicheck_irql:saves:")))
#endif
#ifndef __drv_restoresIRQL
#define __drv_restoresIRQL         __attribute__((annotate("ddicheck_irql:restores:")))
#endif
#ifndef __drv_useCancelIRQL
#define __drv_useCancelIRQL
#endif

/* ---- Everything below expands to nothing ---- */
#ifndef _Dispatch_type_
#define _Dispatch_type_(type)
#endif
#ifndef __drv_dispatchType
#define __drv_dispatchType(type)
#endif
#ifndef __drv_dispatchType_other
#define __drv_dispatchType_other
#endif
#ifndef __drv_functionClass
#define __drv_functionClass(name)
#endif
#ifndef _Kernel_clear_do_init_
#define _Kernel_clear_do_init_(yesNo)
#endif
#ifndef __drv_clearDoInit
#define __drv_clearDoInit(yesNo)
#endif
#ifndef _Kernel_float_saved_
#define _Kernel_float_saved_
#endif
#ifndef _Kernel_float_restored_
#define _Kernel_float_restored_
#endif
#ifndef _Kernel_float_used_
#define _Kernel_float_used_
#endif
#ifndef _Kernel_requires_resource_held_
#define _Kernel_requires_resource_held_(kind)
#endif
#ifndef _Kernel_requires_resource_not_held_
#define _Kernel_requires_resource_not_held_(kind)
#endif
#ifndef _Kernel_acquires_resource_
#define _Kernel_acquires_resource_(kind)
#endif
#ifndef _Kernel_releases_resource_
#define _Kernel_releases_resource_(kind)
#endif
#ifndef _Kernel_IoGetDmaAdapter_
#define _Kernel_IoGetDmaAdapter_
#endif
#ifndef __drv_aliasesMem
#define __drv_aliasesMem
#endif
#ifndef __drv_allocatesMem
#define __drv_allocatesMem(kind)
#endif
#ifndef __drv_freesMem
#define __drv_freesMem(kind)
#endif
#ifndef __drv_when
#define __drv_when(cond, annos)
#endif
#ifndef __drv_arg
#define __drv_arg(expr, annos)
#endif
#ifndef __drv_in
#define __drv_in(annos)
#endif
#ifndef __drv_out
#define __drv_out(annos)
#endif
#ifndef __drv_deref
#define __drv_deref(annos)
#endif
#ifndef __drv_strictTypeMatch
#define __drv_strictTypeMatch(mode)
#endif
#ifndef __drv_strictType
#define __drv_strictType(type, mode)
#endif
#ifndef __drv_isObjectPointer
#define __drv_isObjectPointer
#endif
#ifndef __drv_valueIs
#define __drv_valueIs(values)
#endif
#ifndef __drv_mustHold
#define __drv_mustHold(kind)
#endif
#ifndef __drv_neverHold
#define __drv_neverHold(kind)
#endif
#ifndef __drv_mustHoldGlobal
#define __drv_mustHoldGlobal(kind, param)
#endif
#ifndef __drv_neverHoldGlobal
#define __drv_neverHoldGlobal(kind, param)
#endif
#ifndef __drv_acquiresResource
#define __drv_acquiresResource(kind)
#endif
#ifndef __drv_releasesResource
#define __drv_releasesResource(kind)
#endif
#ifndef __drv_acquiresResourceGlobal
#define __drv_acquiresResourceGlobal(kind, param)
#endif
#ifndef __drv_releasesResourceGlobal
#define __drv_releasesResourceGlobal(kind, param)
#endif
#ifndef __drv_preferredFunction
#define __drv_preferredFunction(func, why)
#endif
#ifndef __drv_reportError
#define __drv_reportError(why)
#endif
#ifndef __drv_inTry
#define __drv_inTry
#endif
#ifndef __drv_notInTry
#define __drv_notInTry
#endif
#ifndef __drv_floatSaved
#define __drv_floatSaved
#endif
#ifndef __drv_floatRestored
#define __drv_floatRestored
#endif
#ifndef __drv_floatUsed
#define __drv_floatUsed
#endif
#ifndef __drv_interlocked
#define __drv_interlocked
#endif
#ifndef __drv_formatString
#define __drv_formatString(kind)
#endif
#ifndef __drv_constant
#define __drv_constant
#endif
#ifndef __drv_nonConstant
#define __drv_nonConstant
#endif
#ifndef __drv_completionType
#define __drv_completionType(kind)
#endif

#endif /* DDICHECK_MODEL_DRIVERSPECS_H */
