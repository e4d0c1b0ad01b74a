/*
 * smclib.h -- ddicheck model header: the smart card driver library
 * (smclib) interface of a smart card reader driver -- SMARTCARD_EXTENSION
 * and the structures it holds (VENDOR_ATTR, SCARD_CARD_CAPABILITIES,
 * SCARD_READER_CAPABILITIES, the T=0/T=1 data, the request and reply
 * buffers, OS_DEP_DATA of smcnt.h), the RDF_xxx indexes of its
 * ReaderFunction callback array, the SmartcardXxx routines the pages
 * name (not the library's remove-lock and data-inversion routines, which
 * they do not) and the SmartcardDebug macro; includes <winsmcrd.h>.
 *
 * Written for ddicheck from the public reference pages (MicrosoftDocs
 * windows-driver-docs-ddi: the `## -syntax` blocks of the first revision
 * of content/smclib/ns-smclib-_xxx and content/smcnt/ns-smcnt-_os_dep_data;
 * windows-driver-docs smartcard/: "Smart Card Driver Library Callback
 * Routines", the smartcard-rdf-xxx-callback pages, "Smart Card Driver
 * Debugging", "WDM Reader Driver"), which are not in the shared ddi-docs
 * set; it is not a copy of Microsoft's smclib.h.  The routines' parameters
 * are those the pages and their callers use; their pages give no IRQL, so
 * they carry none here.
 *
 * Values no public source here gives are ddicheck's own, NOT the WDK's:
 * the RDF_xxx indexes (distinct, below the array's 16, in the order the
 * callback page lists them), the DEBUG_xxx levels (distinct bits in the
 * order the debugging page lists them), SMCLIB_VERSION and
 * MIN_BUFFER_SIZE.  The analysis needs only distinct indexes and some
 * value for the rest.  MAXIMUM_ATR_LENGTH is 33, the longest answer to
 * reset ISO/IEC 7816-3 allows (winsmcrd.h's SCARD_ATR_LENGTH);
 * SmartCardReaderGuid is the smart card reader device interface class,
 * {50DD5230-BA8A-11D1-BF5D-0000F805F530} (learn.microsoft.com, NFC "Smart
 * card design guide", GUID_DEVINTERFACE_SMARTCARD_READER).
 *
 * SmartcardDebug prints only in checked builds of the library; in the
 * model it expands to nothing, as in a free build.
 */
#ifndef DDICHECK_MODEL_SMCLIB_H
#define DDICHECK_MODEL_SMCLIB_H

#include <wdm.h>
#include <guiddef.h>
#include <winsmcrd.h>

#ifndef SMCLIBAPI
#define SMCLIBAPI DECLSPEC_IMPORT
#endif

DEFINE_GUID(SmartCardReaderGuid,
    0x50dd5230, 0xba8a, 0x11d1, 0xbf, 0x5d, 0x00, 0x00, 0xf8, 0x05, 0xf5, 0x30);

/* ---------------------------------------------------------- ddicheck's values */
#define SMCLIB_VERSION      0x100
#define MIN_BUFFER_SIZE     288
#define MAXIMUM_ATR_LENGTH  33

/* ReaderFunction[] indexes: the callback the library calls for a request. */
#define RDF_CARD_POWER      0
#define RDF_CARD_EJECT      1
#define RDF_CARD_TRACKING   2
#define RDF_IOCTL_VENDOR    3
#define RDF_READER_SWALLOW  4
#define RDF_SET_PROTOCOL    5
#define RDF_TRANSMIT        6
#define RDF_ATR_PARSE       7

/* Debugging levels (SmartcardSetDebugLevel, SmartcardDebug). */
#define DEBUG_IOCTL     0x00000001
#define DEBUG_ATR       0x00000002
#define DEBUG_PROTOCOL  0x00000004
#define DEBUG_DRIVER    0x00000008
#define DEBUG_TRACE     0x00000010
#define DEBUG_ERROR     0x00000020
#define DEBUG_BREAK     0x80000000
#define DEBUG_ALL       0x0000003F

/* SmartcardDebug(LEVEL, (FORMAT, ...)): nothing in a free build. */
#define SmartcardDebug(LEVEL, STRING) ((void)0)

/* ---------------------------------------------------------- structures */
typedef struct _CLOCK_RATE_CONVERSION {
    const ULONG F;
    const ULONG fs;
} CLOCK_RATE_CONVERSION, *PCLOCK_RATE_CONVERSION;

/* SCARD_CARD_CAPABILITIES.BitRateAdjustment points to these (no page). */
typedef struct _BIT_RATE_ADJUSTMENT {
    const ULONG DNumerator;
    const ULONG DDivisor;
} BIT_RATE_ADJUSTMENT, *PBIT_RATE_ADJUSTMENT;

typedef struct _PTS_DATA {
    UCHAR Type;
    UCHAR Fl;
    UCHAR Dl;
    ULONG CLKFrequency;
    ULONG DataRate;
    UCHAR StopBits;
} PTS_DATA, *PPTS_DATA;

/* What the library knows of the inserted card, mostly from its ATR. */
typedef struct _SCARD_CARD_CAPABILITIES {
    BOOLEAN InversConvention;
    ULONG etu;
    struct {
        UCHAR Buffer[64];
        UCHAR Length;
    } ATR;
    struct {
        UCHAR Buffer[16];
        UCHAR Length;
    } HistoricalChars;
    PCLOCK_RATE_CONVERSION ClockRateConversion;
    PBIT_RATE_ADJUSTMENT BitRateAdjustment;
    UCHAR Fl;
    UCHAR Dl;
    UCHAR II;
    UCHAR P;
    UCHAR N;
    ULONG GT;
    struct {
        ULONG Supported;
        ULONG Selected;
    } Protocol;
    struct {
        UCHAR WI;
        ULONG WT;
    } T0;
    struct {
        UCHAR IFSC;
        UCHAR CWI;
        UCHAR BWI;
        UCHAR EDC;
        ULONG CWT;
        ULONG BWT;
        ULONG BGT;
    } T1;
    PTS_DATA PtsData;
    UCHAR Reserved[100 - sizeof(PTS_DATA)];
} SCARD_CARD_CAPABILITIES, *PSCARD_CARD_CAPABILITIES;

/* What the reader driver declares of its reader. */
typedef struct _SCARD_READER_CAPABILITIES {
    ULONG SupportedProtocols;
    ULONG ReaderType;           /* SCARD_READER_TYPE_xxx */
    ULONG Reserved;
    ULONG MechProperties;       /* SCARD_READER_SWALLOWS, ... */
    ULONG CurrentState;         /* SCARD_ABSENT, ... */
    ULONG Channel;
    struct {
        ULONG Default;
        ULONG Max;
    } CLKFrequency;
    struct {
        ULONG Default;
        ULONG Max;
    } DataRate;
    ULONG MaxIFSD;
    ULONG PowerMgmtSupport;
    ULONG CardConfiscated;
    struct _DataRatesSupported {
        PULONG List;
        UCHAR Entries;
    } DataRatesSupported;
    struct _CLKFrequenciesSupported {
        PULONG List;
        UCHAR Entries;
    } CLKFrequenciesSupported;
    UCHAR Reserved1[100 - sizeof(ULONG) - sizeof(struct _DataRatesSupported) -
                    sizeof(struct _CLKFrequenciesSupported)];
} SCARD_READER_CAPABILITIES, *PSCARD_READER_CAPABILITIES;

/* Who the reader is: vendor, type, unit, version, serial number. */
typedef struct _VENDOR_ATTR {
    struct {
        USHORT Length;
        UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
    } VendorName;
    struct {
        USHORT Length;
        UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
    } IfdType;
    ULONG UnitNo;
    struct {
        USHORT BuildNumber;
        UCHAR VersionMinor;
        UCHAR VersionMajor;
    } IfdVersion;
    struct {
        USHORT Length;
        UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
    } IfdSerialNo;
    ULONG Reserved[25];
} VENDOR_ATTR, *PVENDOR_ATTR;

typedef struct _T0_DATA {
    ULONG Lc;
    ULONG Le;
} T0_DATA, *PT0_DATA;

typedef struct _T1_DATA {
    UCHAR InfSize;
    ULONG BytesReceived;
    ULONG BytesSent;
    ULONG BytesToSend;
    UCHAR LastError;
    UCHAR NAD;
    ULONG PrevState;
    UCHAR Resend;
    UCHAR Resynch;
    UCHAR RSN;
    UCHAR SSN;
    ULONG State;
    UCHAR Wtx;
    PUCHAR ReplyData;
    BOOLEAN WaitForReply;
} T1_DATA, *PT1_DATA;

/* The buffers the SmartcardXxxRequest/Reply routines fill and read; the
 * driver sets BufferSize before SmartcardInitialize allocates them. */
typedef struct _SMARTCARD_REQUEST {
    PUCHAR Buffer;
    ULONG BufferSize;
    ULONG BufferLength;
} SMARTCARD_REQUEST, *PSMARTCARD_REQUEST;

typedef struct _SMARTCARD_REPLY {
    PUCHAR Buffer;
    ULONG BufferSize;
    ULONG BufferLength;
} SMARTCARD_REPLY, *PSMARTCARD_REPLY;

/* smcnt.h: the WDM part -- the device, the IRPs in progress, the lock the
 * driver and the library share, the library's remove lock. */
typedef struct _OS_DEP_DATA {
    PDEVICE_OBJECT DeviceObject;
    PIRP CurrentIrp;
    PIRP NotificationIrp;
    KMUTANT Mutex;
    KSPIN_LOCK SpinLock;
    struct {
        BOOLEAN Removed;
        LONG RefCount;
        KEVENT RemoveEvent;
        LIST_ENTRY TagList;
    } RemoveLock;
} OS_DEP_DATA, *POS_DEP_DATA;

/* The reader driver defines struct _READER_EXTENSION itself. */
typedef struct _READER_EXTENSION *PREADER_EXTENSION;

typedef struct _SMARTCARD_EXTENSION *PSMARTCARD_EXTENSION;

typedef struct _SMARTCARD_EXTENSION {
    ULONG Version;              /* SMCLIB_VERSION */
    VENDOR_ATTR VendorAttr;
    NTSTATUS (*ReaderFunction[16])(PSMARTCARD_EXTENSION);   /* RDF_xxx */
    SCARD_CARD_CAPABILITIES CardCapabilities;
    ULONG LastError;
    struct {
        PULONG Information;
        PUCHAR RequestBuffer;
        ULONG RequestBufferLength;
        PUCHAR ReplyBuffer;
        ULONG ReplyBufferLength;
    } IoRequest;
    ULONG MajorIoControlCode;
    ULONG MinorIoControlCode;
    POS_DEP_DATA OsData;
    SCARD_READER_CAPABILITIES ReaderCapabilities;
    PREADER_EXTENSION ReaderExtension;
    SMARTCARD_REPLY SmartcardReply;
    SMARTCARD_REQUEST SmartcardRequest;
    T0_DATA T0;
    T1_DATA T1;
    ULONG Reserved[25];
} SMARTCARD_EXTENSION;

/* ------------------------------------------------------------ routines */
/* From AddDevice (or EvtDriverDeviceAdd): allocates the request and reply
 * buffers and OsData. */
SMCLIBAPI NTSTATUS SmartcardInitialize(
    _Inout_ PSMARTCARD_EXTENSION SmartcardExtension);

/* Every IRP_MJ_DEVICE_CONTROL goes here; it calls the ReaderFunction
 * callbacks and completes the IRP. */
SMCLIBAPI NTSTATUS SmartcardDeviceControl(
    _Inout_ PSMARTCARD_EXTENSION SmartcardExtension,
    _Inout_ PIRP Irp);

/* The card-tracking callback's pending request, completed on insertion or
 * removal. */
SMCLIBAPI VOID SmartcardCompleteCardTracking(
    _Inout_ PSMARTCARD_EXTENSION SmartcardExtension);

/* Object: the driver or device object; ErrorCode: a message-file code. */
SMCLIBAPI VOID SmartcardLogError(
    _In_ PVOID Object,
    _In_ LONG ErrorCode,
    _In_opt_ PUNICODE_STRING Insertion,
    _In_ ULONG DumpWord);

/* After an ATR: parses it into CardCapabilities. */
SMCLIBAPI NTSTATUS SmartcardUpdateCardCapabilities(
    _Inout_ PSMARTCARD_EXTENSION SmartcardExtension);

/* The transmit callback's helpers: build the protocol frame in
 * SmartcardRequest, then decode SmartcardReply into the user's buffer. */
SMCLIBAPI NTSTATUS SmartcardRawRequest(_Inout_ PSMARTCARD_EXTENSION SmartcardExtension);
SMCLIBAPI NTSTATUS SmartcardRawReply(_Inout_ PSMARTCARD_EXTENSION SmartcardExtension);
SMCLIBAPI NTSTATUS SmartcardT0Request(_Inout_ PSMARTCARD_EXTENSION SmartcardExtension);
SMCLIBAPI NTSTATUS SmartcardT0Reply(_Inout_ PSMARTCARD_EXTENSION SmartcardExtension);
SMCLIBAPI NTSTATUS SmartcardT1Request(_Inout_ PSMARTCARD_EXTENSION SmartcardExtension);
SMCLIBAPI NTSTATUS SmartcardT1Reply(_Inout_ PSMARTCARD_EXTENSION SmartcardExtension);

/* WDM readers: a \DosDevices\SCReaderN link for DeviceName. */
SMCLIBAPI NTSTATUS SmartcardCreateLink(
    _Out_ PUNICODE_STRING LinkName,
    _In_ PUNICODE_STRING DeviceName);

SMCLIBAPI VOID SmartcardSetDebugLevel(_In_ ULONG Level);

#endif /* DDICHECK_MODEL_SMCLIB_H */
