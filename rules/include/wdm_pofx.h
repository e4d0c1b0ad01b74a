/*
 * wdm_pofx.h -- ddicheck model header, part of wdm.h: the power framework
 * (PoFx) component types and callbacks, resource-requirement descriptors,
 * bus information and the create-request security context -- the WDM types
 * that the KMDF structures and callbacks name.
 *
 * Written for ddicheck from the `## -syntax` blocks, the callback examples
 * and req.irql of the public reference pages under ddi/wdm
 * (ns-wdm-_io_resource_descriptor, ns-wdm-_po_fx_component_v1,
 * nc-wdm-po_fx_power_control_callback, ...); it is not a copy of
 * Microsoft's wdm.h.  Include <wdm.h>, not this file.
 */
#ifndef DDICHECK_MODEL_WDM_POFX_H
#define DDICHECK_MODEL_WDM_POFX_H

#ifndef POINTER_ALIGNMENT
#define POINTER_ALIGNMENT __declspec(align(8))
#endif

/* ne-wdm-_security_impersonation_level */
typedef enum _SECURITY_IMPERSONATION_LEVEL {
    SecurityAnonymous,
    SecurityIdentification,
    SecurityImpersonation,
    SecurityDelegation
} SECURITY_IMPERSONATION_LEVEL, *PSECURITY_IMPERSONATION_LEVEL;

typedef struct _SECURITY_QUALITY_OF_SERVICE *PSECURITY_QUALITY_OF_SERVICE;
typedef struct _ACCESS_STATE *PACCESS_STATE;

/* ns-wdm-_io_security_context */
typedef struct _IO_SECURITY_CONTEXT {
    PSECURITY_QUALITY_OF_SERVICE SecurityQos;
    PACCESS_STATE AccessState;
    ACCESS_MASK DesiredAccess;
    ULONG FullCreateOptions;
} IO_SECURITY_CONTEXT, *PIO_SECURITY_CONTEXT;

/* ne-wdm-_irq_device_policy */
typedef enum _IRQ_DEVICE_POLICY {
    IrqPolicyMachineDefault = 0,
    IrqPolicyAllCloseProcessors = 1,
    IrqPolicyOneCloseProcessor = 2,
    IrqPolicyAllProcessorsInMachine = 3,
    IrqPolicySpecifiedProcessors = 4,
    IrqPolicySpreadMessagesAcrossAllProcessors = 5
} IRQ_DEVICE_POLICY, *PIRQ_DEVICE_POLICY;

/* ne-wdm-_irq_priority */
typedef enum _IRQ_PRIORITY {
    IrqPriorityUndefined = 0,
    IrqPriorityLow = 1,
    IrqPriorityNormal = 2,
    IrqPriorityHigh = 3
} IRQ_PRIORITY, *PIRQ_PRIORITY;

/* ns-wdm-_io_resource_descriptor (the union's address ranges, interrupt,
 * DMA and bus-number members; the rules read none of them) */
typedef struct _IO_RESOURCE_DESCRIPTOR {
    UCHAR Option;
    UCHAR Type;
    UCHAR ShareDisposition;
    UCHAR Spare1;
    USHORT Flags;
    USHORT Spare2;
    union {
        struct {
            ULONG Length;
            ULONG Alignment;
            PHYSICAL_ADDRESS MinimumAddress;
            PHYSICAL_ADDRESS MaximumAddress;
        } Port, Memory, Generic;
        struct {
            ULONG MinimumVector;
            ULONG MaximumVector;
            IRQ_DEVICE_POLICY AffinityPolicy;
            USHORT Group;
            IRQ_PRIORITY PriorityPolicy;
            KAFFINITY TargetedProcessors;
        } Interrupt;
        struct {
            ULONG MinimumChannel;
            ULONG MaximumChannel;
        } Dma;
        struct {
            ULONG Data[3];
        } DevicePrivate;
        struct {
            ULONG Length;
            ULONG MinBusNumber;
            ULONG MaxBusNumber;
            ULONG Reserved;
        } BusNumber;
    } u;
} IO_RESOURCE_DESCRIPTOR, *PIO_RESOURCE_DESCRIPTOR;

/* ns-wdm-_pnp_bus_information (the page lists LegacyBusType twice) */
typedef struct _PNP_BUS_INFORMATION {
    GUID BusTypeGuid;
    INTERFACE_TYPE LegacyBusType;
    ULONG BusNumber;
} PNP_BUS_INFORMATION, *PPNP_BUS_INFORMATION;

/* The power framework: a device's registration handle, its components'
 * idle states, and the callbacks PoFx calls at IRQL <= DISPATCH_LEVEL. */
typedef struct _POHANDLE *POHANDLE;

/* ns-wdm-_po_fx_component_idle_state */
typedef struct _PO_FX_COMPONENT_IDLE_STATE {
    ULONGLONG TransitionLatency;
    ULONGLONG ResidencyRequirement;
    ULONG NominalPower;
} PO_FX_COMPONENT_IDLE_STATE, *PPO_FX_COMPONENT_IDLE_STATE;

/* ns-wdm-_po_fx_component_v1 */
typedef struct _PO_FX_COMPONENT_V1 {
    GUID Id;
    ULONG IdleStateCount;
    ULONG DeepestWakeableIdleState;
    PPO_FX_COMPONENT_IDLE_STATE IdleStates;
} PO_FX_COMPONENT_V1, *PPO_FX_COMPONENT_V1, PO_FX_COMPONENT, *PPO_FX_COMPONENT;

/* nc-wdm-po_fx_component_active_condition_callback; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK)
VOID (PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK)(
    _In_ PVOID Context,
    _In_ ULONG Component);
typedef PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK *PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK;

/* nc-wdm-po_fx_component_idle_condition_callback; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK)
VOID (PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK)(
    _In_ PVOID Context,
    _In_ ULONG Component);
typedef PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK *PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK;

/* nc-wdm-po_fx_component_idle_state_callback; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PO_FX_COMPONENT_IDLE_STATE_CALLBACK)
VOID (PO_FX_COMPONENT_IDLE_STATE_CALLBACK)(
    _In_ PVOID Context,
    _In_ ULONG Component,
    _In_ ULONG State);
typedef PO_FX_COMPONENT_IDLE_STATE_CALLBACK *PPO_FX_COMPONENT_IDLE_STATE_CALLBACK;

/* nc-wdm-po_fx_power_control_callback; req.irql: <= DISPATCH_LEVEL */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PO_FX_POWER_CONTROL_CALLBACK)
NTSTATUS (PO_FX_POWER_CONTROL_CALLBACK)(
    _In_ PVOID DeviceContext,
    _In_ LPCGUID PowerControlCode,
    _In_opt_ PVOID InBuffer,
    _In_ SIZE_T InBufferSize,
    _Out_opt_ PVOID OutBuffer,
    _In_ SIZE_T OutBufferSize,
    _Out_opt_ PSIZE_T BytesReturned);
typedef PO_FX_POWER_CONTROL_CALLBACK *PPO_FX_POWER_CONTROL_CALLBACK;

/* ------------------------------------------ power setting callbacks */
/* The callback PoRegisterPowerSettingCallback registers: its parameters as
 * nf-wdm-poregisterpowersettingcallback describes them (the setting GUID,
 * the new value and its length, the registration context). */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(POWER_SETTING_CALLBACK)
NTSTATUS POWER_SETTING_CALLBACK(
    _In_ LPCGUID SettingGuid,
    _In_reads_bytes_(ValueLength) PVOID Value,
    _In_ ULONG ValueLength,
    _Inout_opt_ PVOID Context);
typedef POWER_SETTING_CALLBACK *PPOWER_SETTING_CALLBACK;

/* nf-wdm-poregisterpowersettingcallback: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS PoRegisterPowerSettingCallback(
    _In_opt_ PDEVICE_OBJECT DeviceObject,
    _In_ LPCGUID SettingGuid,
    _In_ PPOWER_SETTING_CALLBACK Callback,
    _In_opt_ PVOID Context,
    _Outptr_opt_ PVOID *Handle);

/* nf-wdm-pounregisterpowersettingcallback: PASSIVE_LEVEL */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS PoUnregisterPowerSettingCallback(
    _Inout_ PVOID Handle);

#endif /* DDICHECK_MODEL_WDM_POFX_H */
