/*
 * wdm_hw.h -- ddicheck model header, part of wdm.h: hardware access -- the
 * register and port accessors (READ_REGISTER_xxx, WRITE_PORT_xxx, ...), PCI
 * configuration space (PCI_COMMON_CONFIG, BUS_INTERFACE_STANDARD and its
 * GetBusData/SetBusData routines), memory protection values for
 * MmMapIoSpaceEx and friends, KeFlushIoBuffers and MmQuerySystemSize.
 *
 * Written for ddicheck from the `## -syntax` blocks and req.irql of the
 * public reference pages under ddi/wdm; it is not a copy of Microsoft's
 * wdm.h.  Include <wdm.h>, not this file.  "Any level" is
 * _IRQL_requires_max_(HIGH_LEVEL).  Values the pages name without giving
 * them come from the independently written, public mingw-w64 headers
 * (mingw-w64/mingw-w64, mingw-w64-headers/ddk/include/ddk/wdm.h), as the
 * comment before each group says.
 */
#ifndef DDICHECK_MODEL_WDM_HW_H
#define DDICHECK_MODEL_WDM_HW_H

/* ------------------------------------------------------ NEC PC-98 */
/* Tests left in old port drivers for the x86 NEC PC-98 architecture:
 * constants on every other architecture (mingw-w64 wdm.h, outside _X86_). */
#ifndef IsNEC_98
#define IsNEC_98 (FALSE)
#endif
#ifndef IsNotNEC_98
#define IsNotNEC_98 (TRUE)
#endif

/* ------------------------------------------- register and port access */
/* nf-wdm-read_register_xxx / write_register_xxx / read_port_xxx /
 * write_port_xxx and their _BUFFER_ forms: req.irql "Any level".  The
 * 64-bit register forms have a UMDF syntax block on their pages; the
 * kernel form here takes the register address alone. */
_IRQL_requires_max_(HIGH_LEVEL)
UCHAR READ_REGISTER_UCHAR(_In_ PUCHAR Register);
_IRQL_requires_max_(HIGH_LEVEL)
USHORT READ_REGISTER_USHORT(_In_ PUSHORT Register);
_IRQL_requires_max_(HIGH_LEVEL)
ULONG READ_REGISTER_ULONG(_In_ PULONG Register);
_IRQL_requires_max_(HIGH_LEVEL)
ULONG64 READ_REGISTER_ULONG64(_In_ PULONG64 Register);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_REGISTER_UCHAR(_In_ PUCHAR Register, _In_ UCHAR Value);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_REGISTER_USHORT(_In_ PUSHORT Register, _In_ USHORT Value);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_REGISTER_ULONG(_In_ PULONG Register, _In_ ULONG Value);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_REGISTER_ULONG64(_In_ PULONG64 Register, _In_ ULONG64 Value);

_IRQL_requires_max_(HIGH_LEVEL)
VOID READ_REGISTER_BUFFER_UCHAR(_In_ PUCHAR Register,
    _Out_writes_all_(Count) PUCHAR Buffer, _In_ ULONG Count);
_IRQL_requires_max_(HIGH_LEVEL)
VOID READ_REGISTER_BUFFER_USHORT(_In_ PUSHORT Register,
    _Out_writes_all_(Count) PUSHORT Buffer, _In_ ULONG Count);
_IRQL_requires_max_(HIGH_LEVEL)
VOID READ_REGISTER_BUFFER_ULONG(_In_ PULONG Register,
    _Out_writes_all_(Count) PULONG Buffer, _In_ ULONG Count);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_REGISTER_BUFFER_UCHAR(_In_ PUCHAR Register,
    _In_reads_(Count) PUCHAR Buffer, _In_ ULONG Count);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_REGISTER_BUFFER_USHORT(_In_ PUSHORT Register,
    _In_reads_(Count) PUSHORT Buffer, _In_ ULONG Count);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_REGISTER_BUFFER_ULONG(_In_ PULONG Register,
    _In_reads_(Count) PULONG Buffer, _In_ ULONG Count);

_IRQL_requires_max_(HIGH_LEVEL)
UCHAR READ_PORT_UCHAR(_In_ PUCHAR Port);
_IRQL_requires_max_(HIGH_LEVEL)
USHORT READ_PORT_USHORT(_In_ PUSHORT Port);
_IRQL_requires_max_(HIGH_LEVEL)
ULONG READ_PORT_ULONG(_In_ PULONG Port);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_PORT_UCHAR(_In_ PUCHAR Port, _In_ UCHAR Value);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_PORT_USHORT(_In_ PUSHORT Port, _In_ USHORT Value);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_PORT_ULONG(_In_ PULONG Port, _In_ ULONG Value);

_IRQL_requires_max_(HIGH_LEVEL)
VOID READ_PORT_BUFFER_UCHAR(_In_ PUCHAR Port,
    _Out_writes_all_(Count) PUCHAR Buffer, _In_ ULONG Count);
_IRQL_requires_max_(HIGH_LEVEL)
VOID READ_PORT_BUFFER_USHORT(_In_ PUSHORT Port,
    _Out_writes_all_(Count) PUSHORT Buffer, _In_ ULONG Count);
_IRQL_requires_max_(HIGH_LEVEL)
VOID READ_PORT_BUFFER_ULONG(_In_ PULONG Port,
    _Out_writes_all_(Count) PULONG Buffer, _In_ ULONG Count);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_PORT_BUFFER_UCHAR(_In_ PUCHAR Port,
    _In_reads_(Count) PUCHAR Buffer, _In_ ULONG Count);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_PORT_BUFFER_USHORT(_In_ PUSHORT Port,
    _In_reads_(Count) PUSHORT Buffer, _In_ ULONG Count);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WRITE_PORT_BUFFER_ULONG(_In_ PULONG Port,
    _In_reads_(Count) PULONG Buffer, _In_ ULONG Count);

/* nf-wdm-keflushiobuffers: <= DISPATCH_LEVEL */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KeFlushIoBuffers(
    _In_ PMDL Mdl,
    _In_ BOOLEAN ReadOperation,
    _In_ BOOLEAN DmaOperation);

/* --------------------------------------------------- memory management */
/* Page protection values (MmMapIoSpaceEx, MmMapLockedPagesSpecifyCache
 * Priority flags, ...): mingw-w64 wdm.h. */
#define PAGE_NOACCESS           0x01
#define PAGE_READONLY           0x02
#define PAGE_READWRITE          0x04
#define PAGE_WRITECOPY          0x08
#define PAGE_EXECUTE            0x10
#define PAGE_EXECUTE_READ       0x20
#define PAGE_EXECUTE_READWRITE  0x40
#define PAGE_EXECUTE_WRITECOPY  0x80
#define PAGE_GUARD              0x100
#define PAGE_NOCACHE            0x200
#define PAGE_WRITECOMBINE       0x400

/* MmQuerySystemSize's result: the names its page gives, in the order of
 * mingw-w64 wdm.h. */
typedef enum _MM_SYSTEM_SIZE {
    MmSmallSystem,
    MmMediumSystem,
    MmLargeSystem
} MM_SYSTEMSIZE;

/* nf-wdm-mmquerysystemsize: Any level */
_IRQL_requires_max_(HIGH_LEVEL)
MM_SYSTEMSIZE MmQuerySystemSize(VOID);

/* ------------------------------------------------- PCI configuration */
/* Sizes, header types and Command register bits: mingw-w64 wdm.h (the
 * Command bits are the PCI Local Bus Specification's Command register). */
#define PCI_TYPE0_ADDRESSES               6
#define PCI_TYPE1_ADDRESSES               2
#define PCI_TYPE2_ADDRESSES               5
#define PCI_MAX_DEVICES                   32
#define PCI_MAX_FUNCTION                  8
#define PCI_MAX_BRIDGE_NUMBER             0xFF
#define PCI_INVALID_VENDORID              0xFFFF
#define PCI_MULTIFUNCTION                 0x80
#define PCI_DEVICE_TYPE                   0x00
#define PCI_BRIDGE_TYPE                   0x01
#define PCI_CARDBUS_BRIDGE_TYPE           0x02
#define PCI_CONFIGURATION_TYPE(PciData)   (((PPCI_COMMON_CONFIG)(PciData))->HeaderType & ~PCI_MULTIFUNCTION)
#define PCI_MULTIFUNCTION_DEVICE(PciData) ((((PPCI_COMMON_CONFIG)(PciData))->HeaderType & PCI_MULTIFUNCTION) != 0)
#define PCI_ENABLE_IO_SPACE               0x0001
#define PCI_ENABLE_MEMORY_SPACE           0x0002
#define PCI_ENABLE_BUS_MASTER             0x0004
#define PCI_ENABLE_SPECIAL_CYCLES         0x0008
#define PCI_ENABLE_WRITE_AND_INVALIDATE   0x0010
#define PCI_ENABLE_VGA_COMPATIBLE_PALETTE 0x0020
#define PCI_ENABLE_PARITY                 0x0040
#define PCI_ENABLE_WAIT_CYCLE             0x0080
#define PCI_ENABLE_SERR                   0x0100
#define PCI_ENABLE_FAST_BACK_TO_BACK      0x0200
#define PCI_STATUS_CAPABILITIES_LIST      0x0010
#define PCI_ADDRESS_IO_SPACE              0x00000001
#define PCI_ADDRESS_MEMORY_TYPE_MASK      0x00000006
#define PCI_ADDRESS_MEMORY_PREFETCHABLE   0x00000008
#define PCI_ADDRESS_IO_ADDRESS_MASK       0xfffffffc
#define PCI_ADDRESS_MEMORY_ADDRESS_MASK   0xfffffff0
/* DataType of GetBusData/SetBusData and WhichSpace of IRP_MN_READ_CONFIG:
 * mingw-w64 wdm.h. */
#define PCI_WHICHSPACE_CONFIG             0x0
#define PCI_WHICHSPACE_ROM                0x52696350

/* ns-wdm-_pci_common_config: the 64-byte common header and the
 * device-specific rest of the 256-byte configuration space. */
typedef struct _PCI_COMMON_CONFIG {
    USHORT VendorID;
    USHORT DeviceID;
    USHORT Command;
    USHORT Status;
    UCHAR RevisionID;
    UCHAR ProgIf;
    UCHAR SubClass;
    UCHAR BaseClass;
    UCHAR CacheLineSize;
    UCHAR LatencyTimer;
    UCHAR HeaderType;
    UCHAR BIST;
    union {
        struct _PCI_HEADER_TYPE_0 {
            ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];
            ULONG CIS;
            USHORT SubVendorID;
            USHORT SubSystemID;
            ULONG ROMBaseAddress;
            UCHAR CapabilitiesPtr;
            UCHAR Reserved1[3];
            ULONG Reserved2;
            UCHAR InterruptLine;
            UCHAR InterruptPin;
            UCHAR MinimumGrant;
            UCHAR MaximumLatency;
        } type0;
    } u;
    UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;
/* The page's syntax block shows Reserved1[2] and Reserved2[2] where the PCI
 * specification's type 0 header has the CardBus CIS pointer, the subsystem
 * IDs and the capabilities pointer; drivers read those by name
 * (u.type0.SubVendorID), so the model spells them out, as mingw-w64 does.
 * The layout is the same. */

#define PCI_COMMON_HDR_LENGTH (FIELD_OFFSET(PCI_COMMON_CONFIG, DeviceSpecific))

/* nc-wdm-translate_bus_address: PASSIVE_LEVEL (parameters from its page) */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(TRANSLATE_BUS_ADDRESS)
BOOLEAN TRANSLATE_BUS_ADDRESS(
    _Inout_opt_ PVOID Context,
    _In_ PHYSICAL_ADDRESS BusAddress,
    _In_ ULONG Length,
    _Inout_ PULONG AddressSpace,
    _Out_ PPHYSICAL_ADDRESS TranslatedAddress);
typedef TRANSLATE_BUS_ADDRESS *PTRANSLATE_BUS_ADDRESS;

/* nc-wdm-get_dma_adapter: PASSIVE_LEVEL */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(GET_DMA_ADAPTER)
struct _DMA_ADAPTER *GET_DMA_ADAPTER(
    _Inout_opt_ PVOID Context,
    _In_ struct _DEVICE_DESCRIPTION *DeviceDescriptor,
    _Out_ PULONG NumberOfMapRegisters);
typedef GET_DMA_ADAPTER *PGET_DMA_ADAPTER;

/* nc-wdm-get_set_device_data: the IRQL depends on DataType (<= DIRQL for
 * PCI_WHICHSPACE_CONFIG, <= APC_LEVEL for PCI_WHICHSPACE_ROM): no fixed
 * annotation. */
typedef _Function_class_(GET_SET_DEVICE_DATA)
ULONG GET_SET_DEVICE_DATA(
    _Inout_opt_ PVOID Context,
    _In_ ULONG DataType,
    _Inout_updates_bytes_(Length) PVOID Buffer,
    _In_ ULONG Offset,
    _In_ ULONG Length);
typedef GET_SET_DEVICE_DATA *PGET_SET_DEVICE_DATA;

/* ns-wdm-_bus_interface_standard */
typedef struct _BUS_INTERFACE_STANDARD {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
    PTRANSLATE_BUS_ADDRESS TranslateBusAddress;
    PGET_DMA_ADAPTER GetDmaAdapter;
    PGET_SET_DEVICE_DATA SetBusData;
    PGET_SET_DEVICE_DATA GetBusData;
} BUS_INTERFACE_STANDARD, *PBUS_INTERFACE_STANDARD;

#endif /* DDICHECK_MODEL_WDM_HW_H */
