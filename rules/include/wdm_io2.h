/*
 * wdm_io2.h -- ddicheck model header, part of wdm.h: more I/O manager
 * routines -- the cancel spin lock, device queues (IoStartPacket), DPCs for
 * ISRs (IO_DPC_ROUTINE, IoInitializeDpcRequest, IoRequestDpc), interrupt
 * connection, remove locks, IRP construction, cancel-safe queues (IO_CSQ),
 * Plug and Play notification, device properties and interfaces, power IRPs
 * and WMI registration.
 *
 * Written for ddicheck from the `## -syntax` blocks and req.irql of the
 * public reference pages under ddi/wdm; it is not a copy of Microsoft's
 * wdm.h.  Include <wdm.h>, not this file.  Routines that are macros in the
 * WDK (IoInitializeDpcRequest, IoRequestDpc, IoAcquireRemoveLock,
 * IoReleaseRemoveLock, IoReleaseRemoveLockAndWait, PoCallDriver,
 * IoSetNextIrpStackLocation) are functions here, so that calls keep their
 * documented names.  "Any level" is _IRQL_requires_max_(HIGH_LEVEL); DIRQL
 * (no fixed level) carries no IRQL annotation.
 */
#ifndef DDICHECK_MODEL_WDM_IO2_H
#define DDICHECK_MODEL_WDM_IO2_H

/* ---------------------------------------------------- cancel spin lock */
/* Raises to DISPATCH_LEVEL and stores the previous IRQL in *Irql;
 * IoReleaseCancelSpinLock lowers back to the level passed. */
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID IoAcquireCancelSpinLock(
    _Out_ _IRQL_saves_ PKIRQL Irql);

_IRQL_requires_(DISPATCH_LEVEL)
VOID IoReleaseCancelSpinLock(
    _In_ _IRQL_restores_ KIRQL Irql);

/* --------------------------------------------------------- device queue */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoStartPacket(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_opt_ PULONG Key,
    _In_opt_ PDRIVER_CANCEL CancelFunction);

_IRQL_requires_(DISPATCH_LEVEL)
VOID IoStartNextPacket(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ BOOLEAN Cancelable);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoStartNextPacketByKey(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ BOOLEAN Cancelable,
    _In_ ULONG Key);

/* ------------------------------------------------------- DPC for an ISR */
typedef _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_ _Function_class_(IO_DPC_ROUTINE)
VOID (IO_DPC_ROUTINE)(
    _In_ PKDPC Dpc,
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp,
    _In_opt_ PVOID Context);
typedef IO_DPC_ROUTINE *PIO_DPC_ROUTINE;

_IRQL_requires_max_(HIGH_LEVEL)
VOID IoInitializeDpcRequest(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIO_DPC_ROUTINE DpcRoutine);

/* Called from an ISR, at DIRQL. */
VOID IoRequestDpc(
    _Inout_ PDEVICE_OBJECT DeviceObject,
    _In_opt_ PIRP Irp,
    _In_opt_ PVOID Context);

/* ----------------------------------------------------------- interrupts */
typedef enum _KINTERRUPT_MODE {
    LevelSensitive,
    Latched
} KINTERRUPT_MODE;

typedef enum _KINTERRUPT_POLARITY {
    InterruptPolarityUnknown,
    InterruptActiveHigh,
    InterruptRisingEdge = InterruptActiveHigh,
    InterruptActiveLow,
    InterruptFallingEdge = InterruptActiveLow,
    InterruptActiveBoth,
    InterruptActiveBothTriggerLow = InterruptActiveBoth,
    InterruptActiveBothTriggerHigh
} KINTERRUPT_POLARITY;

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoConnectInterrupt(
    _Out_ PKINTERRUPT *InterruptObject,
    _In_ PKSERVICE_ROUTINE ServiceRoutine,
    _In_opt_ PVOID ServiceContext,
    _In_opt_ PKSPIN_LOCK SpinLock,
    _In_ ULONG Vector,
    _In_ KIRQL Irql,
    _In_ KIRQL SynchronizeIrql,
    _In_ KINTERRUPT_MODE InterruptMode,
    _In_ BOOLEAN ShareVector,
    _In_ KAFFINITY ProcessorEnableMask,
    _In_ BOOLEAN FloatingSave);

_IRQL_requires_(PASSIVE_LEVEL)
VOID IoDisconnectInterrupt(
    _In_ PKINTERRUPT InterruptObject);

/* Raises to the interrupt's synchronize IRQL around the routine. */
BOOLEAN KeSynchronizeExecution(
    _Inout_ PKINTERRUPT Interrupt,
    _In_ PKSYNCHRONIZE_ROUTINE SynchronizeRoutine,
    _In_opt_ __drv_aliasesMem PVOID SynchronizeContext);

/* ---------------------------------------------------------- remove lock */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS IoAcquireRemoveLockEx(
    _Inout_ PIO_REMOVE_LOCK RemoveLock,
    _In_opt_ PVOID Tag,
    _In_ PCSTR File,
    _In_ ULONG Line,
    _In_ ULONG RemlockSize);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS IoAcquireRemoveLock(
    _Inout_ PIO_REMOVE_LOCK RemoveLock,
    _In_opt_ PVOID Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoReleaseRemoveLock(
    _Inout_ PIO_REMOVE_LOCK RemoveLock,
    _In_opt_ PVOID Tag);

_IRQL_requires_(PASSIVE_LEVEL)
VOID IoReleaseRemoveLockAndWait(
    _Inout_ PIO_REMOVE_LOCK RemoveLock,
    _In_opt_ PVOID Tag);

/* -------------------------------------------------------- building IRPs */
_IRQL_requires_max_(APC_LEVEL)
PIRP IoBuildSynchronousFsdRequest(
    _In_ ULONG MajorFunction,
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_opt_ PVOID Buffer,
    _In_opt_ ULONG Length,
    _In_opt_ PLARGE_INTEGER StartingOffset,
    _In_ PKEVENT Event,
    _Out_ PIO_STATUS_BLOCK IoStatusBlock);

_IRQL_requires_max_(APC_LEVEL)
PIRP IoBuildDeviceIoControlRequest(
    _In_ ULONG IoControlCode,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_opt_ PVOID InputBuffer,
    _In_ ULONG InputBufferLength,
    _Out_opt_ PVOID OutputBuffer,
    _In_ ULONG OutputBufferLength,
    _In_ BOOLEAN InternalDeviceIoControl,
    _In_opt_ PKEVENT Event,
    _Out_ PIO_STATUS_BLOCK IoStatusBlock);

_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP IoBuildAsynchronousFsdRequest(
    _In_ ULONG MajorFunction,
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_opt_ PVOID Buffer,
    _In_opt_ ULONG Length,
    _In_opt_ PLARGE_INTEGER StartingOffset,
    _In_opt_ PIO_STATUS_BLOCK IoStatusBlock);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN IoCancelIrp(
    _In_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoReuseIrp(
    _Inout_ PIRP Irp,
    _In_ NTSTATUS Iostatus);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoInitializeIrp(
    _Inout_ PIRP Irp,
    _In_ USHORT PacketSize,
    _In_ CCHAR StackSize);

_IRQL_requires_max_(HIGH_LEVEL)
VOID IoSetNextIrpStackLocation(
    _Inout_ PIRP Irp);

#define IoSizeOfIrp(StackSize) \
    ((USHORT)(sizeof(IRP) + ((StackSize) * (sizeof(IO_STACK_LOCATION)))))

_IRQL_requires_max_(APC_LEVEL)
PVOID IoGetInitialStack(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT IoGetAttachedDeviceReference(
    _In_ PDEVICE_OBJECT DeviceObject);

/* ----------------------------------------------------- cancel-safe queue */
typedef struct _IO_CSQ IO_CSQ, *PIO_CSQ;
typedef struct _IO_CSQ_IRP_CONTEXT {
    ULONG Type;
    PIRP Irp;
    PIO_CSQ Csq;
} IO_CSQ_IRP_CONTEXT, *PIO_CSQ_IRP_CONTEXT;

typedef _Function_class_(IO_CSQ_INSERT_IRP)
VOID (IO_CSQ_INSERT_IRP)(
    _In_ struct _IO_CSQ *Csq,
    _In_ PIRP Irp);
typedef IO_CSQ_INSERT_IRP *PIO_CSQ_INSERT_IRP;

typedef _Function_class_(IO_CSQ_INSERT_IRP_EX)
NTSTATUS (IO_CSQ_INSERT_IRP_EX)(
    _In_ struct _IO_CSQ *Csq,
    _In_ PIRP Irp,
    _In_ PVOID InsertContext);
typedef IO_CSQ_INSERT_IRP_EX *PIO_CSQ_INSERT_IRP_EX;

typedef _Function_class_(IO_CSQ_REMOVE_IRP)
VOID (IO_CSQ_REMOVE_IRP)(
    _In_ PIO_CSQ Csq,
    _In_ PIRP Irp);
typedef IO_CSQ_REMOVE_IRP *PIO_CSQ_REMOVE_IRP;

typedef _Function_class_(IO_CSQ_PEEK_NEXT_IRP)
PIRP (IO_CSQ_PEEK_NEXT_IRP)(
    _In_ PIO_CSQ Csq,
    _In_opt_ PIRP Irp,
    _In_opt_ PVOID PeekContext);
typedef IO_CSQ_PEEK_NEXT_IRP *PIO_CSQ_PEEK_NEXT_IRP;

/* The pages of the IO_CSQ_Xxx callbacks give no IRQL (they run under the
 * lock the driver's own IO_CSQ_ACQUIRE_LOCK takes): no IRQL annotation. */
typedef _Function_class_(IO_CSQ_ACQUIRE_LOCK)
VOID (IO_CSQ_ACQUIRE_LOCK)(
    _In_ PIO_CSQ Csq,
    _Out_ PKIRQL Irql);
typedef IO_CSQ_ACQUIRE_LOCK *PIO_CSQ_ACQUIRE_LOCK;

typedef _Function_class_(IO_CSQ_RELEASE_LOCK)
VOID (IO_CSQ_RELEASE_LOCK)(
    _In_ PIO_CSQ Csq,
    _In_ KIRQL Irql);
typedef IO_CSQ_RELEASE_LOCK *PIO_CSQ_RELEASE_LOCK;

typedef _Function_class_(IO_CSQ_COMPLETE_CANCELED_IRP)
VOID (IO_CSQ_COMPLETE_CANCELED_IRP)(
    _In_ PIO_CSQ Csq,
    _In_ PIRP Irp);
typedef IO_CSQ_COMPLETE_CANCELED_IRP *PIO_CSQ_COMPLETE_CANCELED_IRP;

struct _IO_CSQ {
    ULONG Type;
    PIO_CSQ_INSERT_IRP CsqInsertIrp;
    PIO_CSQ_REMOVE_IRP CsqRemoveIrp;
    PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp;
    PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock;
    PIO_CSQ_RELEASE_LOCK CsqReleaseLock;
    PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp;
    PVOID ReservePointer;
};

_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS IoCsqInitialize(
    _Out_ PIO_CSQ Csq,
    _In_ PIO_CSQ_INSERT_IRP CsqInsertIrp,
    _In_ PIO_CSQ_REMOVE_IRP CsqRemoveIrp,
    _In_ PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp,
    _In_ PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock,
    _In_ PIO_CSQ_RELEASE_LOCK CsqReleaseLock,
    _In_ PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp);

_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS IoCsqInitializeEx(
    _Out_ PIO_CSQ Csq,
    _In_ PIO_CSQ_INSERT_IRP_EX CsqInsertIrp,
    _In_ PIO_CSQ_REMOVE_IRP CsqRemoveIrp,
    _In_ PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp,
    _In_ PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock,
    _In_ PIO_CSQ_RELEASE_LOCK CsqReleaseLock,
    _In_ PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoCsqInsertIrp(
    _Inout_ PIO_CSQ Csq,
    _Inout_ PIRP Irp,
    _Out_opt_ PIO_CSQ_IRP_CONTEXT Context);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS IoCsqInsertIrpEx(
    _Inout_ PIO_CSQ Csq,
    _Inout_ PIRP Irp,
    _Out_opt_ PIO_CSQ_IRP_CONTEXT Context,
    _In_opt_ PVOID InsertContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP IoCsqRemoveNextIrp(
    _Inout_ PIO_CSQ Csq,
    _In_opt_ PVOID PeekContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP IoCsqRemoveIrp(
    _Inout_ PIO_CSQ Csq,
    _Inout_ PIO_CSQ_IRP_CONTEXT Context);

#endif /* DDICHECK_MODEL_WDM_IO2_H */
