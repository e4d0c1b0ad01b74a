/*
 * ntdef.h -- ddicheck model header: the basic NT types and macros every
 * kernel driver uses (VOID, UCHAR, ULONG, ULONG_PTR, BOOLEAN, NTSTATUS,
 * UNICODE_STRING, LIST_ENTRY, LARGE_INTEGER, GUID, NT_SUCCESS,
 * CONTAINING_RECORD, FIELD_OFFSET, ...).
 *
 * Written for ddicheck from the public reference pages of the Windows driver
 * documentation and the documented sizes of the types; it is not a copy of
 * Microsoft's ntdef.h.  ddicheck searches its model headers AFTER the driver's
 * own include paths (-idirafter), so a real WDK on the include path takes
 * precedence over this file.
 *
 * The types follow the LLP64 data model of 64-bit Windows: LONG/ULONG are 32
 * bits, pointers and ULONG_PTR/SIZE_T 64 bits (32 bits on a 32-bit target).
 * WCHAR is `unsigned short`, the type MSVC-mode clang gives L"..." literals.
 */
#ifndef DDICHECK_MODEL_NTDEF_H
#define DDICHECK_MODEL_NTDEF_H

#include <sal.h>
#include <driverspecs.h>
#include <sdkddkver.h>

/* ---- calling conventions and storage-class decorations: no-ops ---- */
#ifndef NTAPI
#define NTAPI
#endif
#ifndef NTAPI_INLINE
#define NTAPI_INLINE
#endif
#ifndef NTSYSAPI
#define NTSYSAPI
#endif
#ifndef NTKERNELAPI
#define NTKERNELAPI
#endif
#ifndef NTHALAPI
#define NTHALAPI
#endif
#ifndef NTSYSCALLAPI
#define NTSYSCALLAPI
#endif
#ifndef DECLSPEC_IMPORT
#define DECLSPEC_IMPORT
#endif
#ifndef DECLSPEC_EXPORT
#define DECLSPEC_EXPORT
#endif
#ifndef DECLSPEC_NOINLINE
#define DECLSPEC_NOINLINE
#endif
#ifndef DECLSPEC_NORETURN
#define DECLSPEC_NORETURN
#endif
#ifndef DECLSPEC_ALIGN
#define DECLSPEC_ALIGN(x) __declspec(align(x))
#endif
#ifndef DECLSPEC_CACHEALIGN
#define DECLSPEC_CACHEALIGN DECLSPEC_ALIGN(64)
#endif
#ifndef FORCEINLINE
#define FORCEINLINE __forceinline
#endif
#ifndef CFORCEINLINE
#define CFORCEINLINE FORCEINLINE
#endif
#ifndef INLINE
#define INLINE __inline
#endif
#ifndef STDCALL
#define STDCALL
#endif
#ifndef CDECL
#define CDECL
#endif
#ifndef UNALIGNED
#define UNALIGNED
#endif
#ifndef RESTRICTED_POINTER
#define RESTRICTED_POINTER
#endif
#ifndef POINTER_64
#define POINTER_64
#endif
#ifndef POINTER_32
#define POINTER_32
#endif
#ifndef EXTERN_C
#ifdef __cplusplus
#define EXTERN_C extern "C"
#else
#define EXTERN_C extern
#endif
#endif

/* Parameter direction words of older code. */
#ifndef IN
#define IN
#endif
#ifndef OUT
#define OUT
#endif
#ifndef OPTIONAL
#define OPTIONAL
#endif
#ifndef CONST
#define CONST const
#endif

/* ---- basic scalar types ---- */
#ifndef VOID
#define VOID void
#endif
typedef char CHAR;
typedef short SHORT;
typedef long LONG;
typedef void *PVOID;
typedef void *PVOID64;
typedef unsigned char UCHAR, *PUCHAR;
typedef unsigned short USHORT, *PUSHORT;
typedef unsigned long ULONG, *PULONG;
typedef unsigned int UINT, *PUINT;
typedef int INT, *PINT;
typedef CHAR *PCHAR, *PSTR, *LPSTR;
typedef const CHAR *PCSTR, *LPCSTR, *PCCH, *LPCCH;
typedef CHAR CCHAR;
typedef SHORT CSHORT, *PSHORT;
typedef LONG *PLONG;
typedef signed char SCHAR, *PSCHAR;
typedef UCHAR BOOLEAN, *PBOOLEAN;
typedef int BOOL;
typedef UCHAR BYTE, *PBYTE;
typedef USHORT WORD;
typedef ULONG DWORD, *PDWORD;
typedef signed char INT8;
typedef unsigned char UINT8, *PUINT8;
typedef short INT16;
typedef unsigned short UINT16, *PUINT16;
typedef int INT32;
typedef unsigned int UINT32, *PUINT32;
typedef long long INT64, LONGLONG, LONG64, *PLONGLONG, *PLONG64;
typedef unsigned long long UINT64, ULONGLONG, ULONG64, DWORD64, *PULONGLONG, *PULONG64;
typedef unsigned short WCHAR, *PWCHAR, *PWSTR, *LPWSTR, *PWCH;
typedef const WCHAR *PCWSTR, *LPCWSTR, *PCWCH;
typedef const void *PCVOID;
typedef ULONG LOGICAL, *PLOGICAL;
typedef LONG NTSTATUS, *PNTSTATUS;
/* HRESULT: ntdef.h declares it too (mingw-w64's does), guarded as
 * intsafe.h guards its own; kernel code uses it (the vhidmini2 sample). */
#ifndef _HRESULT_DEFINED
#define _HRESULT_DEFINED
typedef LONG HRESULT;
#endif
typedef ULONG CLONG;
typedef void *HANDLE, **PHANDLE;

#if defined(_WIN64) || defined(__x86_64__) || defined(_M_X64) || defined(__aarch64__) || defined(_M_ARM64)
typedef long long INT_PTR, LONG_PTR, *PLONG_PTR;
typedef unsigned long long UINT_PTR, ULONG_PTR, *PULONG_PTR;
#else
typedef int INT_PTR;
typedef long LONG_PTR, *PLONG_PTR;
typedef unsigned int UINT_PTR;
typedef unsigned long ULONG_PTR, *PULONG_PTR;
#endif
typedef ULONG_PTR SIZE_T, *PSIZE_T;
typedef LONG_PTR SSIZE_T, *PSSIZE_T;
typedef ULONG_PTR KAFFINITY, *PKAFFINITY;
typedef ULONG_PTR DWORD_PTR;

#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif

#define MAXUCHAR  0xff
#define MAXUSHORT 0xffff
#define MAXULONG  0xffffffffUL
#define MAXLONG   0x7fffffffL
#define MINLONG   (-MAXLONG - 1)

/* ---- status values ---- */
#define NT_SUCCESS(Status)     (((NTSTATUS)(Status)) >= 0)
#define NT_INFORMATION(Status) ((((ULONG)(Status)) >> 30) == 1)
#define NT_WARNING(Status)     ((((ULONG)(Status)) >> 30) == 2)
#define NT_ERROR(Status)       ((((ULONG)(Status)) >> 30) == 3)

/* ---- structure helpers ---- */
#define FIELD_OFFSET(type, field)    ((LONG)(LONG_PTR)&(((type *)0)->field))
/* The unsigned form, for offsets compared with ULONG sizes. */
#define UFIELD_OFFSET(type, field)   ((ULONG)(LONG_PTR)&(((type *)0)->field))
#define RTL_FIELD_SIZE(type, field)  (sizeof(((type *)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field) \
    (FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define RTL_NUMBER_OF(A)             (sizeof(A) / sizeof((A)[0]))
#define ARRAYSIZE(A)                 RTL_NUMBER_OF(A)
#define CONTAINING_RECORD(address, type, field) \
    ((type *)((PCHAR)(address) - (ULONG_PTR)(&((type *)0)->field)))
#define ARGUMENT_PRESENT(ArgumentPointer) ((CHAR *)((ULONG_PTR)(ArgumentPointer)) != (CHAR *)NULL)
/* Pointer/integer conversions (basetsd.h in the SDK; "Rules for Using
 * Pointers" on learn.microsoft.com names them): inline functions, so that
 * the truncation is explicit. */
__inline ULONG PtrToUlong(const void *p) { return (ULONG)(ULONG_PTR)p; }
__inline LONG PtrToLong(const void *p) { return (LONG)(LONG_PTR)p; }
__inline USHORT PtrToUshort(const void *p) { return (USHORT)(ULONG_PTR)p; }
__inline SHORT PtrToShort(const void *p) { return (SHORT)(LONG_PTR)p; }
__inline void *ULongToPtr(const ULONG ul) { return (void *)(ULONG_PTR)ul; }
__inline void *LongToPtr(const LONG l) { return (void *)(LONG_PTR)l; }
__inline void *UIntToPtr(const unsigned int ui) { return (void *)(UINT_PTR)ui; }
__inline void *IntToPtr(const int i) { return (void *)(INT_PTR)i; }
#define PtrToUint(p)  ((unsigned int)(UINT_PTR)(p))
#define PtrToInt(p)   ((int)(INT_PTR)(p))
#define HandleToULong(h) ((ULONG)(ULONG_PTR)(h))
#define HandleToLong(h)  ((LONG)(LONG_PTR)(h))
#define ULongToHandle(ul) ((HANDLE)(ULONG_PTR)(ul))
#ifndef C_ASSERT
#define C_ASSERT(e) _Static_assert((e), #e)
#endif
#define UNREFERENCED_PARAMETER(P)         ((void)(P))
#define DBG_UNREFERENCED_PARAMETER(P)     ((void)(P))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))
#define ALIGN_DOWN_BY(length, alignment) ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment) - 1))
#define ALIGN_DOWN_POINTER_BY(address, alignment) ((PVOID)((ULONG_PTR)(address) & ~((ULONG_PTR)(alignment) - 1)))
#define ALIGN_UP_POINTER_BY(address, alignment) (ALIGN_DOWN_POINTER_BY(((ULONG_PTR)(address) + (alignment) - 1), alignment))
#define ALIGN_DOWN(length, type) ALIGN_DOWN_BY(length, sizeof(type))
#define ALIGN_UP(length, type)   ALIGN_UP_BY(length, sizeof(type))
#define ALIGN_UP_BY(length, alignment)   (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment) - 1), alignment))
#ifndef NOMINMAX
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#endif

/* ---- counted strings ---- */
typedef struct _UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    _Field_size_bytes_part_(MaximumLength, Length) PWCH Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;

typedef struct _STRING {
    USHORT Length;
    USHORT MaximumLength;
    PCHAR Buffer;
} STRING, *PSTRING, ANSI_STRING, *PANSI_STRING, OEM_STRING, *POEM_STRING;
typedef const STRING *PCANSI_STRING;

#define RTL_CONSTANT_STRING(s) { sizeof(s) - sizeof((s)[0]), sizeof(s), (PWCH)(s) }
#define DECLARE_CONST_UNICODE_STRING(_var, _string) \
    const WCHAR _var ## _buffer[] = _string;      \
    const UNICODE_STRING _var = { sizeof(_string) - sizeof(WCHAR), sizeof(_string), (PWCH)_var ## _buffer }
#define DECLARE_UNICODE_STRING_SIZE(_var, _size) \
    WCHAR _var ## _buffer[_size];                \
    UNICODE_STRING _var = { 0, (_size) * sizeof(WCHAR), _var ## _buffer }

/* ---- lists ---- */
typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY, *PRLIST_ENTRY;

typedef struct _SINGLE_LIST_ENTRY {
    struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

/* ---- 64-bit integers as unions ---- */
typedef union _LARGE_INTEGER {
    struct {
        ULONG LowPart;
        LONG HighPart;
    };
    struct {
        ULONG LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct {
        ULONG LowPart;
        ULONG HighPart;
    };
    struct {
        ULONG LowPart;
        ULONG HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

/* ---- GUIDs: the type and DEFINE_GUID come from guiddef.h ---- */
#include <guiddef.h>

/* ---- object attributes (for ZwXxx and PsCreateSystemThread) ---- */
typedef struct _OBJECT_ATTRIBUTES {
    ULONG Length;
    HANDLE RootDirectory;
    PUNICODE_STRING ObjectName;
    ULONG Attributes;
    PVOID SecurityDescriptor;
    PVOID SecurityQualityOfService;
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
typedef const OBJECT_ATTRIBUTES *PCOBJECT_ATTRIBUTES;

#define OBJ_INHERIT          0x00000002L
#define OBJ_CASE_INSENSITIVE 0x00000040L
#define OBJ_KERNEL_HANDLE    0x00000200L
#define InitializeObjectAttributes(p, n, a, r, s) \
    do {                                          \
        (p)->Length = sizeof(OBJECT_ATTRIBUTES);  \
        (p)->RootDirectory = (r);                 \
        (p)->Attributes = (a);                    \
        (p)->ObjectName = (n);                    \
        (p)->SecurityDescriptor = (s);            \
        (p)->SecurityQualityOfService = NULL;     \
    } while (0)

typedef CCHAR KPROCESSOR_MODE;
typedef enum _MODE { KernelMode, UserMode, MaximumMode } MODE;
typedef enum _EVENT_TYPE { NotificationEvent, SynchronizationEvent } EVENT_TYPE;
typedef enum _TIMER_TYPE { NotificationTimer, SynchronizationTimer } TIMER_TYPE;
typedef enum _WAIT_TYPE { WaitAll, WaitAny, WaitNotification, WaitDequeue } WAIT_TYPE;
typedef LONG KPRIORITY;
typedef ULONG ACCESS_MASK, *PACCESS_MASK;
typedef PVOID PSECURITY_DESCRIPTOR;


/* ---- more basic types and macros ---- */
typedef ULONG LCID, *PLCID;
typedef const char *PCSZ;
typedef USHORT LANGID;
typedef ULONG_PTR ERESOURCE_THREAD;
#define UNICODE_NULL ((WCHAR)0)
#define ANSI_NULL    ((CHAR)0)
#define UNICODE_STRING_MAX_BYTES ((USHORT)65534)
#define MAXLONGLONG  (0x7fffffffffffffffLL)
#define MAXSHORT     0x7fff
#define MAXCHAR      0x7f
#define MINCHAR      0x80
#define Int32x32To64(a, b)  (((LONGLONG)((LONG)(a))) * ((LONGLONG)((LONG)(b))))
#define UInt32x32To64(a, b) (((ULONGLONG)((ULONG)(a))) * ((ULONGLONG)((ULONG)(b))))
#define RTL_BITS_OF(sizeOfArg) (sizeof(sizeOfArg) * 8)
#define RTL_NUMBER_OF_V1(A) RTL_NUMBER_OF(A)
#define RTL_NUMBER_OF_V2(A) RTL_NUMBER_OF(A)
#define _countof(a) (sizeof(a) / sizeof((a)[0]))
#define TEXT(quote) L##quote
#define DECLSPEC_NOTHROW
#define DECLSPEC_DEPRECATED_DDK
#define NOTHING

/* ---- structured exception handling: the C spellings the WDK defines
 * (try/except/finally/leave) over the MSVC keywords, and the filter values */
#ifndef try
#define try     __try
#define except  __except
#define finally __finally
#define leave   __leave
#endif
#define EXCEPTION_EXECUTE_HANDLER     1
#define EXCEPTION_CONTINUE_SEARCH     0
#define EXCEPTION_CONTINUE_EXECUTION (-1)
#define GetExceptionCode        _exception_code
#define GetExceptionInformation (struct _EXCEPTION_POINTERS *)_exception_info
#define AbnormalTermination     _abnormal_termination
unsigned long __cdecl _exception_code(void);
void *__cdecl _exception_info(void);
int __cdecl _abnormal_termination(void);
typedef struct _EXCEPTION_RECORD {
    NTSTATUS ExceptionCode;
    ULONG ExceptionFlags;
    struct _EXCEPTION_RECORD *ExceptionRecord;
    PVOID ExceptionAddress;
    ULONG NumberParameters;
    ULONG_PTR ExceptionInformation[15];
} EXCEPTION_RECORD, *PEXCEPTION_RECORD;
typedef struct _CONTEXT *PCONTEXT;
typedef struct _EXCEPTION_POINTERS {
    PEXCEPTION_RECORD ExceptionRecord;
    PCONTEXT ContextRecord;
} EXCEPTION_POINTERS, *PEXCEPTION_POINTERS;

/* ---- access rights ---- */
#define DELETE                   0x00010000L
#define READ_CONTROL             0x00020000L
#define WRITE_DAC                0x00040000L
#define WRITE_OWNER              0x00080000L
#define SYNCHRONIZE              0x00100000L
#define STANDARD_RIGHTS_REQUIRED 0x000F0000L
#define STANDARD_RIGHTS_READ     READ_CONTROL
#define STANDARD_RIGHTS_WRITE    READ_CONTROL
#define STANDARD_RIGHTS_EXECUTE  READ_CONTROL
#define STANDARD_RIGHTS_ALL      0x001F0000L
#define SPECIFIC_RIGHTS_ALL      0x0000FFFFL
#define ACCESS_SYSTEM_SECURITY   0x01000000L
#define MAXIMUM_ALLOWED          0x02000000L
#define GENERIC_READ             0x80000000L
#define GENERIC_WRITE            0x40000000L
#define GENERIC_EXECUTE          0x20000000L
#define GENERIC_ALL              0x10000000L
typedef struct _GENERIC_MAPPING {
    ACCESS_MASK GenericRead;
    ACCESS_MASK GenericWrite;
    ACCESS_MASK GenericExecute;
    ACCESS_MASK GenericAll;
} GENERIC_MAPPING, *PGENERIC_MAPPING;

#define OBJ_PERMANENT          0x00000010L
#define OBJ_EXCLUSIVE          0x00000020L
#define OBJ_OPENIF             0x00000080L
#define OBJ_OPENLINK           0x00000100L
#define OBJ_FORCE_ACCESS_CHECK 0x00000400L
#define OBJ_VALID_ATTRIBUTES   0x00001FF2L

#endif /* DDICHECK_MODEL_NTDEF_H */
