/*
 * wdm.h -- ddicheck model header: the Windows Driver Model kernel interface
 * a driver uses -- IRQLs, spin locks, DPCs, timers, events, pool, driver and
 * device objects, IRPs and I/O stack locations, work items, the WDM role
 * types (DRIVER_INITIALIZE, DRIVER_UNLOAD, DRIVER_DISPATCH, KDEFERRED_ROUTINE,
 * IO_COMPLETION_ROUTINE, ...) and the Ke/Ex/Io/Rtl/Ob/Ps routines.
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

/* ------------------------------------------------------------------ IRQL */
typedef UCHAR KIRQL, *PKIRQL;

#define PASSIVE_LEVEL  0
#define LOW_LEVEL      0
#define APC_LEVEL      1
#define DISPATCH_LEVEL 2
#define CMCI_LEVEL     5
#define CLOCK_LEVEL    13
#define IPI_LEVEL      14
#define DRS_LEVEL      14
#define POWER_LEVEL    14
#define PROFILE_LEVEL  15
#define HIGH_LEVEL     15
#define SYNCH_LEVEL    12

/* ---------------------------------------------------------------- memory */
typedef enum _POOL_TYPE {
    NonPagedPool = 0,
    NonPagedPoolExecute = 0,
    PagedPool = 1,
    NonPagedPoolMustSucceed = 2,
    DontUseThisType = 3,
    NonPagedPoolCacheAligned = 4,
    PagedPoolCacheAligned = 5,
    NonPagedPoolCacheAlignedMustS = 6,
    MaxPoolType = 7,
    NonPagedPoolNx = 512,
    NonPagedPoolNxCacheAligned = 516
} POOL_TYPE;

typedef ULONG64 POOL_FLAGS;
#define POOL_FLAG_UNINITIALIZED 0x0000000000000002ULL
#define POOL_FLAG_NON_PAGED     0x0000000000000040ULL
#define POOL_FLAG_PAGED         0x0000000000000100ULL

typedef enum _EX_POOL_PRIORITY {
    LowPoolPriority = 0,
    LowPoolPrioritySpecialPoolOverrun = 8,
    LowPoolPrioritySpecialPoolUnderrun = 9,
    NormalPoolPriority = 16,
    NormalPoolPrioritySpecialPoolOverrun = 24,
    NormalPoolPrioritySpecialPoolUnderrun = 25,
    HighPoolPriority = 32,
    HighPoolPrioritySpecialPoolOverrun = 40,
    HighPoolPrioritySpecialPoolUnderrun = 41
} EX_POOL_PRIORITY;

typedef struct _MDL {
    struct _MDL *Next;
    CSHORT Size;
    CSHORT MdlFlags;
    struct _EPROCESS *Process;
    PVOID MappedSystemVa;
    PVOID StartVa;
    ULONG ByteCount;
    ULONG ByteOffset;
} MDL, *PMDL;

#define MDL_MAPPED_TO_SYSTEM_VA 0x0001
#define MDL_SOURCE_IS_NONPAGED_POOL 0x0004

typedef enum _MM_PAGE_PRIORITY {
    LowPagePriority = 0,
    NormalPagePriority = 16,
    HighPagePriority = 32
} MM_PAGE_PRIORITY;
#define MdlMappingNoExecute 0x40000000

/* ---------------------------------------------------- dispatcher objects */
typedef ULONG_PTR KSPIN_LOCK, *PKSPIN_LOCK;

typedef struct _KLOCK_QUEUE_HANDLE {
    struct {
        PVOID Next;
        PKSPIN_LOCK Lock;
    } LockQueue;
    KIRQL OldIrql;
} KLOCK_QUEUE_HANDLE, *PKLOCK_QUEUE_HANDLE;

typedef struct _DISPATCHER_HEADER {
    UCHAR Type;
    UCHAR Signalling;
    UCHAR Size;
    UCHAR Reserved1;
    LONG SignalState;
    LIST_ENTRY WaitListHead;
} DISPATCHER_HEADER;

typedef struct _KEVENT {
    DISPATCHER_HEADER Header;
} KEVENT, *PKEVENT, *PRKEVENT;

typedef struct _KMUTANT {
    DISPATCHER_HEADER Header;
    LIST_ENTRY MutantListEntry;
    struct _KTHREAD *OwnerThread;
    BOOLEAN Abandoned;
    UCHAR ApcDisable;
} KMUTANT, *PKMUTANT, *PRKMUTANT, KMUTEX, *PKMUTEX, *PRKMUTEX;

typedef struct _KSEMAPHORE {
    DISPATCHER_HEADER Header;
    LONG Limit;
} KSEMAPHORE, *PKSEMAPHORE, *PRKSEMAPHORE;

typedef struct _FAST_MUTEX {
    LONG Count;
    PVOID Owner;
    ULONG Contention;
    KEVENT Event;
    ULONG OldIrql;
} FAST_MUTEX, *PFAST_MUTEX, KGUARDED_MUTEX, *PKGUARDED_MUTEX;

struct _KDPC;

/* KDEFERRED_ROUTINE (nc-wdm-kdeferred_routine): called at DISPATCH_LEVEL. */
typedef _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_ _Function_class_(KDEFERRED_ROUTINE)
VOID (KDEFERRED_ROUTINE)(
    _In_ struct _KDPC *Dpc,
    _In_opt_ PVOID DeferredContext,
    _In_opt_ PVOID SystemArgument1,
    _In_opt_ PVOID SystemArgument2);
typedef KDEFERRED_ROUTINE *PKDEFERRED_ROUTINE;

typedef struct _KDPC {
    UCHAR Type;
    UCHAR Importance;
    volatile USHORT Number;
    SINGLE_LIST_ENTRY DpcListEntry;
    KAFFINITY ProcessorHistory;
    PKDEFERRED_ROUTINE DeferredRoutine;
    PVOID DeferredContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;
    __volatile PVOID DpcData;
} KDPC, *PKDPC, *PRKDPC;

typedef enum _KDPC_IMPORTANCE { LowImportance, MediumImportance, HighImportance, MediumHighImportance } KDPC_IMPORTANCE;

typedef struct _KTIMER {
    DISPATCHER_HEADER Header;
    ULARGE_INTEGER DueTime;
    LIST_ENTRY TimerListEntry;
    struct _KDPC *Dpc;
    ULONG Processor;
    ULONG Period;
} KTIMER, *PKTIMER, *PRKTIMER;

typedef struct _KWAIT_BLOCK {
    LIST_ENTRY WaitListEntry;
    PVOID Object;
} KWAIT_BLOCK, *PKWAIT_BLOCK;

typedef enum _KWAIT_REASON {
    Executive = 0,
    FreePage,
    PageIn,
    PoolAllocation,
    DelayExecution,
    Suspended,
    UserRequest,
    WrExecutive
} KWAIT_REASON;

typedef struct _KDEVICE_QUEUE {
    CSHORT Type;
    CSHORT Size;
    LIST_ENTRY DeviceListHead;
    KSPIN_LOCK Lock;
    BOOLEAN Busy;
} KDEVICE_QUEUE, *PKDEVICE_QUEUE;

typedef struct _KDEVICE_QUEUE_ENTRY {
    LIST_ENTRY DeviceListEntry;
    ULONG SortKey;
    BOOLEAN Inserted;
} KDEVICE_QUEUE_ENTRY, *PKDEVICE_QUEUE_ENTRY;

typedef struct _KAPC {
    UCHAR Type;
    UCHAR Reserved[3];
    PVOID Reserved2[8];
} KAPC, *PKAPC;

typedef struct _PROCESSOR_NUMBER {
    USHORT Group;
    UCHAR Number;
    UCHAR Reserved;
} PROCESSOR_NUMBER, *PPROCESSOR_NUMBER;

typedef struct _GROUP_AFFINITY {
    KAFFINITY Mask;
    USHORT Group;
    USHORT Reserved[3];
} GROUP_AFFINITY, *PGROUP_AFFINITY;

typedef struct _KTHREAD *PKTHREAD, *PRKTHREAD;
typedef struct _ETHREAD *PETHREAD;
typedef struct _EPROCESS *PEPROCESS;
typedef struct _KINTERRUPT *PKINTERRUPT;
typedef struct _IO_TIMER *PIO_TIMER;
typedef struct _VPB *PVPB;
typedef struct _IO_WORKITEM IO_WORKITEM, *PIO_WORKITEM;
typedef struct _FAST_IO_DISPATCH *PFAST_IO_DISPATCH;
typedef struct _SCATTER_GATHER_LIST *PSCATTER_GATHER_LIST;
typedef struct _CM_RESOURCE_LIST *PCM_RESOURCE_LIST;

/* Scatter/gather lists (ns-wdm-_scatter_gather_list). */
typedef struct _SCATTER_GATHER_ELEMENT {
    PHYSICAL_ADDRESS Address;
    ULONG Length;
    ULONG_PTR Reserved;
} SCATTER_GATHER_ELEMENT, *PSCATTER_GATHER_ELEMENT;

typedef struct _SCATTER_GATHER_LIST {
    ULONG NumberOfElements;
    ULONG_PTR Reserved;
    SCATTER_GATHER_ELEMENT Elements[1];
} SCATTER_GATHER_LIST;

/* Hardware resource descriptors (ns-wdm-_cm_partial_resource_descriptor,
 * _cm_partial_resource_list, _cm_full_resource_descriptor, _cm_resource_list);
 * only the commonly read members of the union are modelled. */
typedef enum _INTERFACE_TYPE {
    InterfaceTypeUndefined = -1,
    Internal = 0,
    Isa,
    Eisa,
    MicroChannel,
    TurboChannel,
    PCIBus,
    VMEBus,
    NuBus,
    PCMCIABus,
    CBus,
    MPIBus,
    MPSABus,
    ProcessorInternal,
    InternalPowerBus,
    PNPISABus,
    PNPBus,
    Vmcs,
    ACPIBus,
    MaximumInterfaceType
} INTERFACE_TYPE, *PINTERFACE_TYPE;

#define CmResourceTypeNull              0
#define CmResourceTypePort              1
#define CmResourceTypeInterrupt         2
#define CmResourceTypeMemory            3
#define CmResourceTypeDma               4
#define CmResourceTypeDeviceSpecific    5
#define CmResourceTypeBusNumber         6
#define CmResourceTypeMemoryLarge       7
#define CM_RESOURCE_INTERRUPT_MESSAGE   0x0002
#define CM_RESOURCE_PORT_IO             0x0004
#define CM_RESOURCE_MEMORY_READ_WRITE   0x0000

#pragma pack(push, 4)
typedef struct _CM_PARTIAL_RESOURCE_DESCRIPTOR {
    UCHAR Type;
    UCHAR ShareDisposition;
    USHORT Flags;
    union {
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length;
        } Generic;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length;
        } Port;
        struct {
            USHORT Level;
            USHORT Group;
            ULONG Vector;
            KAFFINITY Affinity;
        } Interrupt;
        struct {
            union {
                struct {
                    USHORT Group;
                    USHORT MessageCount;
                    ULONG Vector;
                    KAFFINITY Affinity;
                } Raw;
                struct {
                    USHORT Level;
                    USHORT Group;
                    ULONG Vector;
                    KAFFINITY Affinity;
                } Translated;
            };
        } MessageInterrupt;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length;
        } Memory;
        struct {
            ULONG Channel;
            ULONG Port;
            ULONG Reserved1;
        } Dma;
        struct {
            ULONG Data[3];
        } DevicePrivate;
        struct {
            ULONG Start;
            ULONG Length;
            ULONG Reserved;
        } BusNumber;
        struct {
            ULONG DataSize;
            ULONG Reserved1;
            ULONG Reserved2;
        } DeviceSpecificData;
    } u;
} CM_PARTIAL_RESOURCE_DESCRIPTOR, *PCM_PARTIAL_RESOURCE_DESCRIPTOR;
#pragma pack(pop)

typedef struct _CM_PARTIAL_RESOURCE_LIST {
    USHORT Version;
    USHORT Revision;
    ULONG Count;
    CM_PARTIAL_RESOURCE_DESCRIPTOR PartialDescriptors[1];
} CM_PARTIAL_RESOURCE_LIST, *PCM_PARTIAL_RESOURCE_LIST;

typedef struct _CM_FULL_RESOURCE_DESCRIPTOR {
    INTERFACE_TYPE InterfaceType;
    ULONG BusNumber;
    CM_PARTIAL_RESOURCE_LIST PartialResourceList;
} CM_FULL_RESOURCE_DESCRIPTOR, *PCM_FULL_RESOURCE_DESCRIPTOR;

typedef struct _CM_RESOURCE_LIST {
    ULONG Count;
    CM_FULL_RESOURCE_DESCRIPTOR List[1];
} CM_RESOURCE_LIST;

/* Interlocked singly linked lists (SLIST_HEADER is opaque to drivers). */
typedef union DECLSPEC_ALIGN(16) _SLIST_HEADER {
    struct {
        ULONGLONG Alignment;
        ULONGLONG Region;
    };
    ULONGLONG Reserved[2];
} SLIST_HEADER, *PSLIST_HEADER;
typedef SINGLE_LIST_ENTRY SLIST_ENTRY, *PSLIST_ENTRY;

/* Lookaside lists (ns-wdm-_npaged_lookaside_list is opaque to drivers). */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(ALLOCATE_FUNCTION)
PVOID (ALLOCATE_FUNCTION)(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);
typedef ALLOCATE_FUNCTION *PALLOCATE_FUNCTION;

typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FREE_FUNCTION)
VOID (FREE_FUNCTION)(
    _In_ PVOID Buffer);
typedef FREE_FUNCTION *PFREE_FUNCTION;

typedef struct DECLSPEC_CACHEALIGN _NPAGED_LOOKASIDE_LIST {
    SLIST_HEADER ListHead;
    USHORT Depth;
    USHORT MaximumDepth;
    ULONG TotalAllocates;
    ULONG AllocateMisses;
    ULONG TotalFrees;
    ULONG FreeMisses;
    POOL_TYPE Type;
    ULONG Tag;
    ULONG Size;
    PALLOCATE_FUNCTION Allocate;
    PFREE_FUNCTION Free;
    LIST_ENTRY ListEntry;
    ULONG LastTotalAllocates;
    ULONG LastAllocateMisses;
    ULONG Future[2];
} NPAGED_LOOKASIDE_LIST, *PNPAGED_LOOKASIDE_LIST;

typedef struct _LUID {
    ULONG LowPart;
    LONG HighPart;
} LUID, *PLUID;

#if defined(_WIN64) || defined(__x86_64__) || defined(_M_X64) || defined(__aarch64__) || defined(_M_ARM64)
#define MAXIMUM_PROC_PER_GROUP 64
#else
#define MAXIMUM_PROC_PER_GROUP 32
#endif
#define MAXIMUM_PROCESSORS MAXIMUM_PROC_PER_GROUP
typedef struct _IO_INTERRUPT_MESSAGE_INFO *PIO_INTERRUPT_MESSAGE_INFO;

typedef struct _IO_STATUS_BLOCK {
    union {
        NTSTATUS Status;
        PVOID Pointer;
    };
    ULONG_PTR Information;
} IO_STATUS_BLOCK, *PIO_STATUS_BLOCK;

/* -------------------------------------------------------- I/O manager */
#define IRP_MJ_CREATE                   0x00
#define IRP_MJ_CREATE_NAMED_PIPE        0x01
#define IRP_MJ_CLOSE                    0x02
#define IRP_MJ_READ                     0x03
#define IRP_MJ_WRITE                    0x04
#define IRP_MJ_QUERY_INFORMATION        0x05
#define IRP_MJ_SET_INFORMATION          0x06
#define IRP_MJ_QUERY_EA                 0x07
#define IRP_MJ_SET_EA                   0x08
#define IRP_MJ_FLUSH_BUFFERS            0x09
#define IRP_MJ_QUERY_VOLUME_INFORMATION 0x0a
#define IRP_MJ_SET_VOLUME_INFORMATION   0x0b
#define IRP_MJ_DIRECTORY_CONTROL        0x0c
#define IRP_MJ_FILE_SYSTEM_CONTROL      0x0d
#define IRP_MJ_DEVICE_CONTROL           0x0e
#define IRP_MJ_INTERNAL_DEVICE_CONTROL  0x0f
#define IRP_MJ_SHUTDOWN                 0x10
#define IRP_MJ_LOCK_CONTROL             0x11
#define IRP_MJ_CLEANUP                  0x12
#define IRP_MJ_CREATE_MAILSLOT          0x13
#define IRP_MJ_QUERY_SECURITY           0x14
#define IRP_MJ_SET_SECURITY             0x15
#define IRP_MJ_POWER                    0x16
#define IRP_MJ_SYSTEM_CONTROL           0x17
#define IRP_MJ_DEVICE_CHANGE            0x18
#define IRP_MJ_QUERY_QUOTA              0x19
#define IRP_MJ_SET_QUOTA                0x1a
#define IRP_MJ_PNP                      0x1b
#define IRP_MJ_PNP_POWER                IRP_MJ_PNP
#define IRP_MJ_MAXIMUM_FUNCTION         0x1b

#define IRP_MN_START_DEVICE          0x00
#define IRP_MN_QUERY_REMOVE_DEVICE   0x01
#define IRP_MN_REMOVE_DEVICE         0x02
#define IRP_MN_CANCEL_REMOVE_DEVICE  0x03
#define IRP_MN_STOP_DEVICE           0x04
#define IRP_MN_SURPRISE_REMOVAL      0x17

#define IO_NO_INCREMENT      0
#define IO_NETWORK_INCREMENT 2

#define DO_BUFFERED_IO       0x00000004
#define DO_EXCLUSIVE         0x00000008
#define DO_DIRECT_IO         0x00000010
#define DO_DEVICE_INITIALIZING 0x00000080
#define DO_POWER_PAGABLE     0x00002000

typedef ULONG DEVICE_TYPE;
#define FILE_DEVICE_NETWORK   0x00000012
#define FILE_DEVICE_PHYSICAL_NETCARD 0x00000017
#define FILE_DEVICE_TRANSPORT 0x00000021
#define FILE_DEVICE_UNKNOWN   0x00000022
#define FILE_DEVICE_SECURE_OPEN 0x00000100

#define METHOD_BUFFERED   0
#define METHOD_IN_DIRECT  1
#define METHOD_OUT_DIRECT 2
#define METHOD_NEITHER    3
#define FILE_ANY_ACCESS     0
#define FILE_READ_ACCESS    0x0001
#define FILE_WRITE_ACCESS   0x0002
#define CTL_CODE(DeviceType, Function, Method, Access) \
    (((DeviceType) << 16) | ((Access) << 14) | ((Function) << 2) | (Method))

#define SL_PENDING_RETURNED 0x01
#define SL_INVOKE_ON_CANCEL 0x20
#define SL_INVOKE_ON_SUCCESS 0x40
#define SL_INVOKE_ON_ERROR  0x80

struct _DRIVER_OBJECT;
struct _DEVICE_OBJECT;
struct _IRP;

/* DRIVER_INITIALIZE (nc-wdm-driver_initialize): DriverEntry, PASSIVE_LEVEL. */
typedef _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_ _Function_class_(DRIVER_INITIALIZE)
NTSTATUS (DRIVER_INITIALIZE)(
    _In_ struct _DRIVER_OBJECT *DriverObject,
    _In_ PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;

/* DRIVER_UNLOAD (nc-wdm-driver_unload): PASSIVE_LEVEL. */
typedef _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_ _Function_class_(DRIVER_UNLOAD)
VOID (DRIVER_UNLOAD)(
    _In_ struct _DRIVER_OBJECT *DriverObject);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;

/* DRIVER_ADD_DEVICE (nc-wdm-driver_add_device): PASSIVE_LEVEL. */
typedef _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_ _Function_class_(DRIVER_ADD_DEVICE)
NTSTATUS (DRIVER_ADD_DEVICE)(
    _In_ struct _DRIVER_OBJECT *DriverObject,
    _In_ struct _DEVICE_OBJECT *PhysicalDeviceObject);
typedef DRIVER_ADD_DEVICE *PDRIVER_ADD_DEVICE;

/* DRIVER_DISPATCH (nc-wdm-driver_dispatch): the page gives PASSIVE_LEVEL
 * (some major functions can arrive at APC or DISPATCH_LEVEL, see its
 * remarks; ddicheck follows the page). */
typedef _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_ _Function_class_(DRIVER_DISPATCH)
NTSTATUS (DRIVER_DISPATCH)(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp);
typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;
typedef DRIVER_DISPATCH DRIVER_DISPATCH_RAISED;
typedef DRIVER_DISPATCH DRIVER_DISPATCH_PAGED;

/* DRIVER_STARTIO (nc-wdm-driver_startio): DISPATCH_LEVEL. */
typedef _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_ _Function_class_(DRIVER_STARTIO)
VOID (DRIVER_STARTIO)(
    _Inout_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp);
typedef DRIVER_STARTIO *PDRIVER_STARTIO;

/* DRIVER_CANCEL (nc-wdm-driver_cancel): DISPATCH_LEVEL. */
typedef _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_ _Function_class_(DRIVER_CANCEL)
VOID (DRIVER_CANCEL)(
    _Inout_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp);
typedef DRIVER_CANCEL *PDRIVER_CANCEL;

typedef enum _IO_ALLOCATION_ACTION {
    KeepObject = 1,
    DeallocateObject,
    DeallocateObjectKeepRegisters
} IO_ALLOCATION_ACTION, *PIO_ALLOCATION_ACTION;

/* DRIVER_CONTROL (nc-wdm-driver_control): DISPATCH_LEVEL. */
typedef _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_ _Function_class_(DRIVER_CONTROL)
IO_ALLOCATION_ACTION (DRIVER_CONTROL)(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _Inout_ struct _IRP *Irp,
    _In_ PVOID MapRegisterBase,
    _In_ PVOID Context);
typedef DRIVER_CONTROL *PDRIVER_CONTROL;

/* DRIVER_LIST_CONTROL (nc-wdm-driver_list_control): DISPATCH_LEVEL. */
typedef _IRQL_requires_(DISPATCH_LEVEL) _IRQL_requires_same_ _Function_class_(DRIVER_LIST_CONTROL)
VOID (DRIVER_LIST_CONTROL)(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _In_ struct _IRP *Irp,
    _In_ PSCATTER_GATHER_LIST ScatterGather,
    _In_ PVOID Context);
typedef DRIVER_LIST_CONTROL *PDRIVER_LIST_CONTROL;

/* IO_COMPLETION_ROUTINE (nc-wdm-io_completion_routine): <= DISPATCH_LEVEL. */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_same_ _Function_class_(IO_COMPLETION_ROUTINE)
NTSTATUS (IO_COMPLETION_ROUTINE)(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _In_ struct _IRP *Irp,
    _In_reads_opt_(_Inexpressible_("varies")) PVOID Context);
typedef IO_COMPLETION_ROUTINE *PIO_COMPLETION_ROUTINE;

/* IO_WORKITEM_ROUTINE / _EX (nc-wdm-io_workitem_routine*): PASSIVE_LEVEL. */
typedef _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_ _Function_class_(IO_WORKITEM_ROUTINE)
VOID (IO_WORKITEM_ROUTINE)(
    _In_ struct _DEVICE_OBJECT *DeviceObject,
    _In_opt_ PVOID Context);
typedef IO_WORKITEM_ROUTINE *PIO_WORKITEM_ROUTINE;

typedef _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_ _Function_class_(IO_WORKITEM_ROUTINE_EX)
VOID (IO_WORKITEM_ROUTINE_EX)(
    _In_ PVOID IoObject,
    _In_opt_ PVOID Context,
    _In_ PIO_WORKITEM IoWorkItem);
typedef IO_WORKITEM_ROUTINE_EX *PIO_WORKITEM_ROUTINE_EX;

/* KSTART_ROUTINE (system thread start, nc-wdm-kstart_routine): PASSIVE_LEVEL. */
typedef _IRQL_requires_(PASSIVE_LEVEL) _IRQL_requires_same_ _Function_class_(KSTART_ROUTINE)
VOID (KSTART_ROUTINE)(
    _In_ PVOID StartContext);
typedef KSTART_ROUTINE *PKSTART_ROUTINE;

/* KSERVICE_ROUTINE / KSYNCHRONIZE_ROUTINE run at DIRQL: no fixed level to
 * annotate, so only the function class is given. */
typedef _Function_class_(KSERVICE_ROUTINE)
BOOLEAN (KSERVICE_ROUTINE)(
    _In_ struct _KINTERRUPT *Interrupt,
    _In_opt_ PVOID ServiceContext);
typedef KSERVICE_ROUTINE *PKSERVICE_ROUTINE;

typedef _Function_class_(KSYNCHRONIZE_ROUTINE)
BOOLEAN (KSYNCHRONIZE_ROUTINE)(
    _In_opt_ PVOID SynchronizeContext);
typedef KSYNCHRONIZE_ROUTINE *PKSYNCHRONIZE_ROUTINE;

typedef struct _DRIVER_EXTENSION {
    struct _DRIVER_OBJECT *DriverObject;
    PDRIVER_ADD_DEVICE AddDevice;
    ULONG Count;
    UNICODE_STRING ServiceKeyName;
} DRIVER_EXTENSION, *PDRIVER_EXTENSION;

typedef struct _DRIVER_OBJECT {
    CSHORT Type;
    CSHORT Size;
    struct _DEVICE_OBJECT *DeviceObject;
    ULONG Flags;
    PVOID DriverStart;
    ULONG DriverSize;
    PVOID DriverSection;
    PDRIVER_EXTENSION DriverExtension;
    UNICODE_STRING DriverName;
    PUNICODE_STRING HardwareDatabase;
    PFAST_IO_DISPATCH FastIoDispatch;
    PDRIVER_INITIALIZE DriverInit;
    PDRIVER_STARTIO DriverStartIo;
    PDRIVER_UNLOAD DriverUnload;
    PDRIVER_DISPATCH MajorFunction[IRP_MJ_MAXIMUM_FUNCTION + 1];
} DRIVER_OBJECT, *PDRIVER_OBJECT;

typedef struct _DEVICE_OBJECT {
    CSHORT Type;
    USHORT Size;
    LONG ReferenceCount;
    struct _DRIVER_OBJECT *DriverObject;
    struct _DEVICE_OBJECT *NextDevice;
    struct _DEVICE_OBJECT *AttachedDevice;
    struct _IRP *CurrentIrp;
    PIO_TIMER Timer;
    ULONG Flags;
    ULONG Characteristics;
    __volatile PVPB Vpb;
    PVOID DeviceExtension;
    DEVICE_TYPE DeviceType;
    CCHAR StackSize;
    union {
        LIST_ENTRY ListEntry;
    } Queue;
    ULONG AlignmentRequirement;
    KDEVICE_QUEUE DeviceQueue;
    KDPC Dpc;
    ULONG ActiveThreadCount;
    PSECURITY_DESCRIPTOR SecurityDescriptor;
    KEVENT DeviceLock;
    USHORT SectorSize;
    USHORT Spare1;
    struct _DEVOBJ_EXTENSION *DeviceObjectExtension;
    PVOID Reserved;
} DEVICE_OBJECT, *PDEVICE_OBJECT;

typedef struct _FILE_OBJECT {
    CSHORT Type;
    CSHORT Size;
    PDEVICE_OBJECT DeviceObject;
    PVPB Vpb;
    PVOID FsContext;
    PVOID FsContext2;
    PVOID SectionObjectPointer;
    PVOID PrivateCacheMap;
    NTSTATUS FinalStatus;
    struct _FILE_OBJECT *RelatedFileObject;
    BOOLEAN LockOperation;
    BOOLEAN DeletePending;
    BOOLEAN ReadAccess;
    BOOLEAN WriteAccess;
    BOOLEAN DeleteAccess;
    BOOLEAN SharedRead;
    BOOLEAN SharedWrite;
    BOOLEAN SharedDelete;
    ULONG Flags;
    UNICODE_STRING FileName;
    LARGE_INTEGER CurrentByteOffset;
} FILE_OBJECT, *PFILE_OBJECT;

typedef struct _IO_STACK_LOCATION {
    UCHAR MajorFunction;
    UCHAR MinorFunction;
    UCHAR Flags;
    UCHAR Control;
    union {
        struct {
            PVOID SecurityContext;
            ULONG Options;
            USHORT FileAttributes;
            USHORT ShareAccess;
            ULONG EaLength;
        } Create;
        struct {
            ULONG Length;
            ULONG Key;
            ULONG Flags;
            LARGE_INTEGER ByteOffset;
        } Read;
        struct {
            ULONG Length;
            ULONG Key;
            ULONG Flags;
            LARGE_INTEGER ByteOffset;
        } Write;
        struct {
            ULONG OutputBufferLength;
            ULONG InputBufferLength;
            ULONG IoControlCode;
            PVOID Type3InputBuffer;
        } DeviceIoControl;
        struct {
            PVOID Argument1;
            PVOID Argument2;
            PVOID Argument3;
            PVOID Argument4;
        } Others;
    } Parameters;
    PDEVICE_OBJECT DeviceObject;
    PFILE_OBJECT FileObject;
    PIO_COMPLETION_ROUTINE CompletionRoutine;
    PVOID Context;
} IO_STACK_LOCATION, *PIO_STACK_LOCATION;

typedef struct _IRP {
    CSHORT Type;
    USHORT Size;
    PMDL MdlAddress;
    ULONG Flags;
    union {
        struct _IRP *MasterIrp;
        LONG IrpCount;
        PVOID SystemBuffer;
    } AssociatedIrp;
    LIST_ENTRY ThreadListEntry;
    IO_STATUS_BLOCK IoStatus;
    KPROCESSOR_MODE RequestorMode;
    BOOLEAN PendingReturned;
    CHAR StackCount;
    CHAR CurrentLocation;
    BOOLEAN Cancel;
    KIRQL CancelIrql;
    CCHAR ApcEnvironment;
    UCHAR AllocationFlags;
    PIO_STATUS_BLOCK UserIosb;
    PKEVENT UserEvent;
    __volatile PDRIVER_CANCEL CancelRoutine;
    PVOID UserBuffer;
    union {
        struct {
            union {
                KDEVICE_QUEUE_ENTRY DeviceQueueEntry;
                struct {
                    PVOID DriverContext[4];
                };
            };
            PETHREAD Thread;
            PCHAR AuxiliaryBuffer;
            struct {
                LIST_ENTRY ListEntry;
                union {
                    struct _IO_STACK_LOCATION *CurrentStackLocation;
                    ULONG PacketType;
                };
            };
            PFILE_OBJECT OriginalFileObject;
        } Overlay;
        KAPC Apc;
        PVOID CompletionKey;
    } Tail;
} IRP, *PIRP;

typedef enum _WORK_QUEUE_TYPE {
    CriticalWorkQueue,
    DelayedWorkQueue,
    HyperCriticalWorkQueue,
    NormalWorkQueue,
    BackgroundWorkQueue,
    RealTimeWorkQueue,
    SuperCriticalWorkQueue,
    MaximumWorkQueue
} WORK_QUEUE_TYPE;

typedef struct _IO_REMOVE_LOCK {
    struct {
        BOOLEAN Removed;
        BOOLEAN Reserved[3];
        __volatile LONG IoCount;
        KEVENT RemoveEvent;
    } Common;
} IO_REMOVE_LOCK, *PIO_REMOVE_LOCK;

/* ------------------------------------------------------ IRQL and locks */
/* The WDK implements these as macros or intrinsics (KeAcquireSpinLock over
 * KfAcquireSpinLock, KeRaiseIrql over KfRaiseIrql); the model keeps them as
 * functions so that the analysis sees the documented names. */
_IRQL_requires_max_(HIGH_LEVEL)
KIRQL KeGetCurrentIrql(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
_IRQL_raises_(NewIrql)
VOID KeRaiseIrql(
    _In_ KIRQL NewIrql,
    _Out_ _IRQL_saves_ PKIRQL OldIrql);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_
KIRQL KeRaiseIrqlToDpcLevel(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
VOID KeLowerIrql(
    _In_ _IRQL_restores_ _Notliteral_ KIRQL NewIrql);

_IRQL_requires_max_(HIGH_LEVEL)
VOID KeInitializeSpinLock(
    _Out_ PKSPIN_LOCK SpinLock);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID KeAcquireSpinLock(
    _Inout_ _Requires_lock_not_held_(*_Curr_) _Acquires_lock_(*_Curr_) PKSPIN_LOCK SpinLock,
    _Out_ _IRQL_saves_ PKIRQL OldIrql);

_IRQL_requires_(DISPATCH_LEVEL)
VOID KeReleaseSpinLock(
    _Inout_ _Requires_lock_held_(*_Curr_) _Releases_lock_(*_Curr_) PKSPIN_LOCK SpinLock,
    _In_ _IRQL_restores_ KIRQL NewIrql);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_
KIRQL KeAcquireSpinLockRaiseToDpc(
    _Inout_ PKSPIN_LOCK SpinLock);

_IRQL_requires_min_(DISPATCH_LEVEL)
VOID KeAcquireSpinLockAtDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock);

_IRQL_requires_min_(DISPATCH_LEVEL)
VOID KeReleaseSpinLockFromDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID KeAcquireInStackQueuedSpinLock(
    _Inout_ PKSPIN_LOCK SpinLock,
    _Out_ _IRQL_saves_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_(DISPATCH_LEVEL)
VOID KeReleaseInStackQueuedSpinLock(
    _In_ _IRQL_restores_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_min_(DISPATCH_LEVEL)
VOID KeAcquireInStackQueuedSpinLockAtDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock,
    _Out_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_min_(DISPATCH_LEVEL)
VOID KeReleaseInStackQueuedSpinLockFromDpcLevel(
    _In_ PKLOCK_QUEUE_HANDLE LockHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ExInitializeFastMutex(
    _Out_ PFAST_MUTEX FastMutex);

_IRQL_requires_max_(APC_LEVEL)
_IRQL_raises_(APC_LEVEL)
VOID ExAcquireFastMutex(
    _Inout_ _IRQL_saves_global_(OldIrql, FastMutex) PFAST_MUTEX FastMutex);

_IRQL_requires_(APC_LEVEL)
VOID ExReleaseFastMutex(
    _Inout_ _IRQL_restores_global_(OldIrql, FastMutex) PFAST_MUTEX FastMutex);

_IRQL_requires_max_(APC_LEVEL)
VOID KeEnterCriticalRegion(VOID);

_IRQL_requires_max_(APC_LEVEL)
VOID KeLeaveCriticalRegion(VOID);

/* ------------------------------------------------------- DPCs and timers */
_IRQL_requires_max_(HIGH_LEVEL)
VOID KeInitializeDpc(
    _Out_ PRKDPC Dpc,
    _In_ PKDEFERRED_ROUTINE DeferredRoutine,
    _In_opt_ PVOID DeferredContext);

_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN KeInsertQueueDpc(
    _Inout_ PRKDPC Dpc,
    _In_opt_ PVOID SystemArgument1,
    _In_opt_ PVOID SystemArgument2);

_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN KeRemoveQueueDpc(
    _Inout_ PRKDPC Dpc);

_IRQL_requires_max_(HIGH_LEVEL)
VOID KeSetImportanceDpc(
    _Inout_ PRKDPC Dpc,
    _In_ KDPC_IMPORTANCE Importance);

_IRQL_requires_(PASSIVE_LEVEL)
VOID KeFlushQueuedDpcs(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KeInitializeTimer(
    _Out_ PKTIMER Timer);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KeInitializeTimerEx(
    _Out_ PKTIMER Timer,
    _In_ TIMER_TYPE Type);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN KeSetTimer(
    _Inout_ PKTIMER Timer,
    _In_ LARGE_INTEGER DueTime,
    _In_opt_ PKDPC Dpc);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN KeSetTimerEx(
    _Inout_ PKTIMER Timer,
    _In_ LARGE_INTEGER DueTime,
    _In_ LONG Period,
    _In_opt_ PKDPC Dpc);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN KeCancelTimer(
    _Inout_ PKTIMER Timer);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN KeReadStateTimer(
    _In_ PKTIMER Timer);

/* ------------------------------------------------ events, waits, threads */
_IRQL_requires_max_(HIGH_LEVEL)
VOID KeInitializeEvent(
    _Out_ PRKEVENT Event,
    _In_ EVENT_TYPE Type,
    _In_ BOOLEAN State);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG KeSetEvent(
    _Inout_ PRKEVENT Event,
    _In_ KPRIORITY Increment,
    _In_ _Literal_ BOOLEAN Wait);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KeClearEvent(
    _Inout_ PRKEVENT Event);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG KeResetEvent(
    _Inout_ PRKEVENT Event);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG KeReadStateEvent(
    _In_ PRKEVENT Event);

_IRQL_requires_max_(HIGH_LEVEL)
VOID KeInitializeMutex(
    _Out_ PRKMUTEX Mutex,
    _In_ ULONG Level);

_IRQL_requires_max_(DISPATCH_LEVEL)
LONG KeReleaseMutex(
    _Inout_ PRKMUTEX Mutex,
    _In_ BOOLEAN Wait);

/* The page says "see Remarks": waiting with a nonzero timeout needs
 * <= APC_LEVEL, a zero timeout allows DISPATCH_LEVEL. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS KeWaitForSingleObject(
    _In_ PVOID Object,
    _In_ KWAIT_REASON WaitReason,
    _In_ KPROCESSOR_MODE WaitMode,
    _In_ BOOLEAN Alertable,
    _In_opt_ PLARGE_INTEGER Timeout);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS KeWaitForMultipleObjects(
    _In_ ULONG Count,
    _In_reads_(Count) PVOID Object[],
    _In_ WAIT_TYPE WaitType,
    _In_ KWAIT_REASON WaitReason,
    _In_ KPROCESSOR_MODE WaitMode,
    _In_ BOOLEAN Alertable,
    _In_opt_ PLARGE_INTEGER Timeout,
    _Out_opt_ PKWAIT_BLOCK WaitBlockArray);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS KeDelayExecutionThread(
    _In_ KPROCESSOR_MODE WaitMode,
    _In_ BOOLEAN Alertable,
    _In_ PLARGE_INTEGER Interval);

_IRQL_requires_max_(HIGH_LEVEL)
VOID KeStallExecutionProcessor(
    _In_ ULONG MicroSeconds);

_IRQL_requires_max_(HIGH_LEVEL)
VOID KeQuerySystemTime(
    _Out_ PLARGE_INTEGER CurrentTime);

_IRQL_requires_max_(HIGH_LEVEL)
ULONGLONG KeQueryInterruptTime(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
PKTHREAD KeGetCurrentThread(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
ULONG KeGetCurrentProcessorNumber(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
DECLSPEC_NORETURN VOID KeBugCheckEx(
    _In_ ULONG BugCheckCode,
    _In_ ULONG_PTR BugCheckParameter1,
    _In_ ULONG_PTR BugCheckParameter2,
    _In_ ULONG_PTR BugCheckParameter3,
    _In_ ULONG_PTR BugCheckParameter4);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS PsCreateSystemThread(
    _Out_ PHANDLE ThreadHandle,
    _In_ ULONG DesiredAccess,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ HANDLE ProcessHandle,
    _Out_opt_ PVOID ClientId,
    _In_ PKSTART_ROUTINE StartRoutine,
    _In_opt_ PVOID StartContext);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS PsTerminateSystemThread(
    _In_ NTSTATUS ExitStatus);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ZwClose(
    _In_ HANDLE Handle);

#define THREAD_ALL_ACCESS 0x001FFFFF

/* ---------------------------------------------------------------- pool */
_IRQL_requires_max_(DISPATCH_LEVEL)
_Ret_maybenull_
PVOID ExAllocatePoolWithTag(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Ret_maybenull_
PVOID ExAllocatePoolWithTagPriority(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Ret_maybenull_
PVOID ExAllocatePool2(
    _In_ POOL_FLAGS Flags,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ExFreePoolWithTag(
    _In_ PVOID P,
    _In_ ULONG Tag);

/* ------------------------------------------------------------ run-time */
_IRQL_requires_max_(HIGH_LEVEL)
VOID RtlZeroMemory(
    _Out_writes_bytes_all_(Length) PVOID Destination,
    _In_ SIZE_T Length);

_IRQL_requires_max_(HIGH_LEVEL)
VOID RtlFillMemory(
    _Out_writes_bytes_all_(Length) PVOID Destination,
    _In_ SIZE_T Length,
    _In_ UCHAR Fill);

_IRQL_requires_max_(HIGH_LEVEL)
VOID RtlCopyMemory(
    _Out_writes_bytes_all_(Length) PVOID Destination,
    _In_reads_bytes_(Length) const VOID *Source,
    _In_ SIZE_T Length);

_IRQL_requires_max_(HIGH_LEVEL)
VOID RtlMoveMemory(
    _Out_writes_bytes_all_(Length) PVOID Destination,
    _In_reads_bytes_(Length) const VOID *Source,
    _In_ SIZE_T Length);

_IRQL_requires_max_(HIGH_LEVEL)
SIZE_T RtlCompareMemory(
    _In_ const VOID *Source1,
    _In_ const VOID *Source2,
    _In_ SIZE_T Length);

/* C run-time memory routines that kernel code calls directly (the WDK
 * brings them in through <string.h>). */
int __cdecl memcmp(const void *Buf1, const void *Buf2, SIZE_T Size);
void *__cdecl memcpy(void *Dst, const void *Src, SIZE_T Size);
void *__cdecl memmove(void *Dst, const void *Src, SIZE_T Size);
void *__cdecl memset(void *Dst, int Val, SIZE_T Size);
SIZE_T __cdecl strlen(const char *Str);
SIZE_T __cdecl wcslen(const WCHAR *Str);

_IRQL_requires_max_(HIGH_LEVEL)
CCHAR RtlNumberOfSetBitsUlongPtr(
    _In_ ULONG_PTR Target);

_IRQL_requires_max_(HIGH_LEVEL)
CCHAR RtlFindLeastSignificantBit(
    _In_ ULONGLONG Set);

_IRQL_requires_max_(HIGH_LEVEL)
CCHAR RtlFindMostSignificantBit(
    _In_ ULONGLONG Set);

typedef struct _KDPC_WATCHDOG_INFORMATION {
    ULONG DpcTimeLimit;
    ULONG DpcTimeCount;
    ULONG DpcWatchdogLimit;
    ULONG DpcWatchdogCount;
    ULONG Reserved;
} KDPC_WATCHDOG_INFORMATION, *PKDPC_WATCHDOG_INFORMATION;

_IRQL_requires_min_(DISPATCH_LEVEL)
NTSTATUS KeQueryDpcWatchdogInformation(
    _Out_ PKDPC_WATCHDOG_INFORMATION WatchdogInformation);

_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS KeSetTargetProcessorDpcEx(
    _Inout_ PKDPC Dpc,
    _In_ PPROCESSOR_NUMBER ProcNumber);

_IRQL_requires_min_(DISPATCH_LEVEL)
_Must_inspect_result_
BOOLEAN KeTryToAcquireSpinLockAtDpcLevel(
    _Inout_ PKSPIN_LOCK SpinLock);

#ifndef PAGE_SIZE
#define PAGE_SIZE  0x1000
#define PAGE_SHIFT 12L
#endif
#ifndef BYTES_TO_PAGES
#define BYTES_TO_PAGES(Size) (((Size) >> PAGE_SHIFT) + (((Size) & (PAGE_SIZE - 1)) != 0))
#define ROUND_TO_PAGES(Size) (((ULONG_PTR)(Size) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#endif

/* A compiler/processor barrier (an inline function in the WDK). */
VOID KeMemoryBarrier(VOID);

#ifndef MEMORY_ALLOCATION_ALIGNMENT
#if defined(_WIN64) || defined(__x86_64__) || defined(_M_X64) || defined(__aarch64__) || defined(_M_ARM64)
#define MEMORY_ALLOCATION_ALIGNMENT 16
#else
#define MEMORY_ALLOCATION_ALIGNMENT 8
#endif
#endif

#define RtlEqualMemory(Destination, Source, Length) \
    (RtlCompareMemory((Destination), (Source), (Length)) == (Length))
#define RtlSecureZeroMemory(Destination, Length) RtlZeroMemory((Destination), (Length))

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID RtlInitUnicodeString(
    _Out_ PUNICODE_STRING DestinationString,
    _In_opt_z_ PCWSTR SourceString);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID RtlCopyUnicodeString(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_opt_ PCUNICODE_STRING SourceString);

_IRQL_requires_(PASSIVE_LEVEL)
LONG RtlCompareUnicodeString(
    _In_ PCUNICODE_STRING String1,
    _In_ PCUNICODE_STRING String2,
    _In_ BOOLEAN CaseInSensitive);

_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN RtlEqualUnicodeString(
    _In_ PCUNICODE_STRING String1,
    _In_ PCUNICODE_STRING String2,
    _In_ BOOLEAN CaseInSensitive);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS RtlAppendUnicodeStringToString(
    _Inout_ PUNICODE_STRING Destination,
    _In_ PCUNICODE_STRING Source);

_IRQL_requires_max_(HIGH_LEVEL)
VOID RtlAssert(
    _In_ PVOID VoidFailedAssertion,
    _In_ PVOID VoidFileName,
    _In_ ULONG LineNumber,
    _In_opt_ PSTR MutableMessage);

ULONG __cdecl DbgPrint(
    _In_z_ _Printf_format_string_ PCSTR Format,
    ...);

ULONG __cdecl DbgPrintEx(
    _In_ ULONG ComponentId,
    _In_ ULONG Level,
    _In_z_ _Printf_format_string_ PCSTR Format,
    ...);

#define DPFLTR_IHVNETWORK_ID 80
#define DPFLTR_ERROR_LEVEL   0
#define DPFLTR_WARNING_LEVEL 1
#define DPFLTR_TRACE_LEVEL   2
#define DPFLTR_INFO_LEVEL    3

/* Free-build semantics: the asserted expression is not evaluated.  Under
 * ddicheck (__DDICHECK__) the checked form is kept, so that the analysis can
 * assume the asserted condition after it (RtlAssert ends the path). */
#if DBG || defined(__DDICHECK__)
#define ASSERT(exp) \
    ((!(exp)) ? (RtlAssert((PVOID) #exp, (PVOID)__FILE__, __LINE__, NULL), FALSE) : TRUE)
#define ASSERTMSG(msg, exp) \
    ((!(exp)) ? (RtlAssert((PVOID) #exp, (PVOID)__FILE__, __LINE__, (PSTR)(msg)), FALSE) : TRUE)
#define KdPrint(_x_) DbgPrint _x_
#define KdPrintEx(_x_) DbgPrintEx _x_
#else
#define ASSERT(exp) ((void)0)
#define ASSERTMSG(msg, exp) ((void)0)
#define KdPrint(_x_)
#define KdPrintEx(_x_)
#endif
#define NT_ASSERT(exp) ASSERT(exp)
#define NT_VERIFY(exp) ((exp) ? TRUE : FALSE)
#define KdBreakPoint() ((void)0)
#define DbgBreakPoint() ((void)0)

/* Pageable code: PAGED_CODE() is the documented check that the caller runs
 * at <= APC_LEVEL; in the model it expands to nothing. */
#define PAGED_CODE()        ((void)0)
#define PAGED_CODE_LOCKED() ((void)0)
#define INIT_CODE()         ((void)0)

/* ---------------------------------------------------------- interlocked */
#define InterlockedIncrement         _InterlockedIncrement
#define InterlockedDecrement         _InterlockedDecrement
#define InterlockedExchange          _InterlockedExchange
#define InterlockedExchangeAdd       _InterlockedExchangeAdd
#define InterlockedCompareExchange   _InterlockedCompareExchange
#define InterlockedOr                _InterlockedOr
#define InterlockedAnd               _InterlockedAnd
#define InterlockedIncrement64       _InterlockedIncrement64
#define InterlockedDecrement64       _InterlockedDecrement64
#define InterlockedExchangePointer   _InterlockedExchangePointer
#define InterlockedCompareExchangePointer _InterlockedCompareExchangePointer

/* --------------------------------------------------------- list helpers */
FORCEINLINE VOID InitializeListHead(_Out_ PLIST_ENTRY ListHead)
{
    ListHead->Flink = ListHead->Blink = ListHead;
}

_Must_inspect_result_
FORCEINLINE BOOLEAN IsListEmpty(_In_ const LIST_ENTRY *ListHead)
{
    return (BOOLEAN)(ListHead->Flink == ListHead);
}

FORCEINLINE BOOLEAN RemoveEntryList(_In_ PLIST_ENTRY Entry)
{
    PLIST_ENTRY Next = Entry->Flink;
    PLIST_ENTRY Prev = Entry->Blink;
    Prev->Flink = Next;
    Next->Blink = Prev;
    return (BOOLEAN)(Prev == Next);
}

FORCEINLINE PLIST_ENTRY RemoveHeadList(_Inout_ PLIST_ENTRY ListHead)
{
    PLIST_ENTRY Entry = ListHead->Flink;
    PLIST_ENTRY Next = Entry->Flink;
    ListHead->Flink = Next;
    Next->Blink = ListHead;
    return Entry;
}

FORCEINLINE PLIST_ENTRY RemoveTailList(_Inout_ PLIST_ENTRY ListHead)
{
    PLIST_ENTRY Entry = ListHead->Blink;
    PLIST_ENTRY Prev = Entry->Blink;
    ListHead->Blink = Prev;
    Prev->Flink = ListHead;
    return Entry;
}

FORCEINLINE VOID InsertTailList(_Inout_ PLIST_ENTRY ListHead, _Out_ PLIST_ENTRY Entry)
{
    PLIST_ENTRY Prev = ListHead->Blink;
    Entry->Flink = ListHead;
    Entry->Blink = Prev;
    Prev->Flink = Entry;
    ListHead->Blink = Entry;
}

FORCEINLINE VOID InsertHeadList(_Inout_ PLIST_ENTRY ListHead, _Out_ PLIST_ENTRY Entry)
{
    PLIST_ENTRY Next = ListHead->Flink;
    Entry->Flink = Next;
    Entry->Blink = ListHead;
    Next->Blink = Entry;
    ListHead->Flink = Entry;
}

FORCEINLINE VOID PushEntryList(_Inout_ PSINGLE_LIST_ENTRY ListHead, _Inout_ PSINGLE_LIST_ENTRY Entry)
{
    Entry->Next = ListHead->Next;
    ListHead->Next = Entry;
}

FORCEINLINE PSINGLE_LIST_ENTRY PopEntryList(_Inout_ PSINGLE_LIST_ENTRY ListHead)
{
    PSINGLE_LIST_ENTRY First = ListHead->Next;
    if (First != NULL) {
        ListHead->Next = First->Next;
    }
    return First;
}

/* ---------------------------------------------------------- I/O manager */
_IRQL_requires_max_(APC_LEVEL)
NTSTATUS IoCreateDevice(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ ULONG DeviceExtensionSize,
    _In_opt_ PUNICODE_STRING DeviceName,
    _In_ DEVICE_TYPE DeviceType,
    _In_ ULONG DeviceCharacteristics,
    _In_ BOOLEAN Exclusive,
    _Outptr_result_nullonfailure_ PDEVICE_OBJECT *DeviceObject);

_IRQL_requires_max_(APC_LEVEL)
VOID IoDeleteDevice(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoCreateSymbolicLink(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ PUNICODE_STRING DeviceName);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoDeleteSymbolicLink(
    _In_ PUNICODE_STRING SymbolicLinkName);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoCompleteRequest(
    _In_ PIRP Irp,
    _In_ CCHAR PriorityBoost);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS IoCallDriver(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp);

_IRQL_requires_max_(HIGH_LEVEL)
PIO_STACK_LOCATION IoGetCurrentIrpStackLocation(
    _In_ PIRP Irp);

_IRQL_requires_max_(HIGH_LEVEL)
PIO_STACK_LOCATION IoGetNextIrpStackLocation(
    _In_ PIRP Irp);

_IRQL_requires_max_(HIGH_LEVEL)
VOID IoSkipCurrentIrpStackLocation(
    _Inout_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoCopyCurrentIrpStackLocationToNext(
    _Inout_ PIRP Irp);

_IRQL_requires_max_(HIGH_LEVEL)
VOID IoMarkIrpPending(
    _Inout_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoSetCompletionRoutine(
    _In_ PIRP Irp,
    _In_opt_ PIO_COMPLETION_ROUTINE CompletionRoutine,
    _In_opt_ __drv_aliasesMem PVOID Context,
    _In_ BOOLEAN InvokeOnSuccess,
    _In_ BOOLEAN InvokeOnError,
    _In_ BOOLEAN InvokeOnCancel);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDRIVER_CANCEL IoSetCancelRoutine(
    _Inout_ PIRP Irp,
    _In_opt_ PDRIVER_CANCEL CancelRoutine);

_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP IoAllocateIrp(
    _In_ CCHAR StackSize,
    _In_ BOOLEAN ChargeQuota);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoFreeIrp(
    _In_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
PMDL IoAllocateMdl(
    _In_opt_ PVOID VirtualAddress,
    _In_ ULONG Length,
    _In_ BOOLEAN SecondaryBuffer,
    _In_ BOOLEAN ChargeQuota,
    _Inout_opt_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoFreeMdl(
    _In_ PMDL Mdl);

_IRQL_requires_max_(DISPATCH_LEVEL)
PIO_WORKITEM IoAllocateWorkItem(
    _In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoQueueWorkItem(
    _Inout_ PIO_WORKITEM IoWorkItem,
    _In_ PIO_WORKITEM_ROUTINE WorkerRoutine,
    _In_ WORK_QUEUE_TYPE QueueType,
    _In_opt_ PVOID Context);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoFreeWorkItem(
    _In_ PIO_WORKITEM IoWorkItem);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT IoAttachDeviceToDeviceStack(
    _In_ PDEVICE_OBJECT SourceDevice,
    _In_ PDEVICE_OBJECT TargetDevice);

_IRQL_requires_(PASSIVE_LEVEL)
VOID IoDetachDevice(
    _Inout_ PDEVICE_OBJECT TargetDevice);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS IoGetDeviceObjectPointer(
    _In_ PUNICODE_STRING ObjectName,
    _In_ ACCESS_MASK DesiredAccess,
    _Out_ PFILE_OBJECT *FileObject,
    _Out_ PDEVICE_OBJECT *DeviceObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID IoInitializeRemoveLockEx(
    _Out_ PIO_REMOVE_LOCK Lock,
    _In_ ULONG AllocateTag,
    _In_ ULONG MaxLockedMinutes,
    _In_ ULONG HighWatermark,
    _In_ ULONG RemlockSize);
#define IoInitializeRemoveLock(Lock, Tag, Maxmin, HighWater) \
    IoInitializeRemoveLockEx((Lock), (Tag), (Maxmin), (HighWater), sizeof(IO_REMOVE_LOCK))

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ObfReferenceObject(
    _In_ PVOID Object);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ObfDereferenceObject(
    _In_ PVOID Object);

#define ObReferenceObject(Object)   ObfReferenceObject(Object)
#define ObDereferenceObject(Object) ObfDereferenceObject(Object)

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ObReferenceObjectByHandle(
    _In_ HANDLE Handle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ PVOID ObjectType,
    _In_ KPROCESSOR_MODE AccessMode,
    _Out_ PVOID *Object,
    _Out_opt_ PVOID HandleInformation);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID MmGetSystemAddressForMdlSafe(
    _Inout_ PMDL Mdl,
    _In_ ULONG Priority);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID MmBuildMdlForNonPagedPool(
    _Inout_ PMDL MemoryDescriptorList);

#define MmGetMdlByteCount(Mdl)      ((Mdl)->ByteCount)
#define MmGetMdlVirtualAddress(Mdl) ((PVOID)((PCHAR)((Mdl)->StartVa) + (Mdl)->ByteOffset))

#endif /* DDICHECK_MODEL_WDM_H */
