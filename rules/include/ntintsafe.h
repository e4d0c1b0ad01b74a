/*
 * ntintsafe.h -- ddicheck model header: the kernel's overflow-checked
 * integer arithmetic and conversions, RtlULongAdd, RtlULongMult,
 * RtlSizeTAdd, RtlULongLongToULong, ... (Rtl<Type>Add/Sub/Mult for the
 * common integer types and the usual narrowing conversions), returning
 * NTSTATUS (STATUS_SUCCESS or STATUS_INTEGER_OVERFLOW).
 *
 * Written for ddicheck from the documented naming scheme and prototypes
 * of the ntintsafe.h functions; it is not a copy of Microsoft's
 * ntintsafe.h.  In the WDK these are inline functions; the model declares
 * them without a body.  Their pages are not among the ddi-docs pages, so no
 * IRQL requirement is modelled (they touch only their arguments).
 */
#ifndef DDICHECK_MODEL_NTINTSAFE_H
#define DDICHECK_MODEL_NTINTSAFE_H

#include <ntdef.h>
#include <ntstatus.h>

NTSTATUS RtlUShortAdd(_In_ USHORT Augend, _In_ USHORT Addend, _Out_ USHORT *pResult);
NTSTATUS RtlUShortSub(_In_ USHORT Minuend, _In_ USHORT Subtrahend, _Out_ USHORT *pResult);
NTSTATUS RtlUShortMult(_In_ USHORT Multiplicand, _In_ USHORT Multiplier, _Out_ USHORT *pResult);
NTSTATUS RtlUIntAdd(_In_ UINT Augend, _In_ UINT Addend, _Out_ UINT *pResult);
NTSTATUS RtlUIntSub(_In_ UINT Minuend, _In_ UINT Subtrahend, _Out_ UINT *pResult);
NTSTATUS RtlUIntMult(_In_ UINT Multiplicand, _In_ UINT Multiplier, _Out_ UINT *pResult);
NTSTATUS RtlULongAdd(_In_ ULONG Augend, _In_ ULONG Addend, _Out_ ULONG *pResult);
NTSTATUS RtlULongSub(_In_ ULONG Minuend, _In_ ULONG Subtrahend, _Out_ ULONG *pResult);
NTSTATUS RtlULongMult(_In_ ULONG Multiplicand, _In_ ULONG Multiplier, _Out_ ULONG *pResult);
NTSTATUS RtlULongLongAdd(_In_ ULONGLONG Augend, _In_ ULONGLONG Addend, _Out_ ULONGLONG *pResult);
NTSTATUS RtlULongLongSub(_In_ ULONGLONG Minuend, _In_ ULONGLONG Subtrahend, _Out_ ULONGLONG *pResult);
NTSTATUS RtlULongLongMult(_In_ ULONGLONG Multiplicand, _In_ ULONGLONG Multiplier, _Out_ ULONGLONG *pResult);
NTSTATUS RtlSizeTAdd(_In_ SIZE_T Augend, _In_ SIZE_T Addend, _Out_ SIZE_T *pResult);
NTSTATUS RtlSizeTSub(_In_ SIZE_T Minuend, _In_ SIZE_T Subtrahend, _Out_ SIZE_T *pResult);
NTSTATUS RtlSizeTMult(_In_ SIZE_T Multiplicand, _In_ SIZE_T Multiplier, _Out_ SIZE_T *pResult);
NTSTATUS RtlULongPtrAdd(_In_ ULONG_PTR Augend, _In_ ULONG_PTR Addend, _Out_ ULONG_PTR *pResult);
NTSTATUS RtlULongPtrSub(_In_ ULONG_PTR Minuend, _In_ ULONG_PTR Subtrahend, _Out_ ULONG_PTR *pResult);
NTSTATUS RtlULongPtrMult(_In_ ULONG_PTR Multiplicand, _In_ ULONG_PTR Multiplier, _Out_ ULONG_PTR *pResult);
NTSTATUS RtlLongAdd(_In_ LONG Augend, _In_ LONG Addend, _Out_ LONG *pResult);
NTSTATUS RtlLongSub(_In_ LONG Minuend, _In_ LONG Subtrahend, _Out_ LONG *pResult);
NTSTATUS RtlLongMult(_In_ LONG Multiplicand, _In_ LONG Multiplier, _Out_ LONG *pResult);
NTSTATUS RtlIntAdd(_In_ INT Augend, _In_ INT Addend, _Out_ INT *pResult);
NTSTATUS RtlIntSub(_In_ INT Minuend, _In_ INT Subtrahend, _Out_ INT *pResult);
NTSTATUS RtlIntMult(_In_ INT Multiplicand, _In_ INT Multiplier, _Out_ INT *pResult);
NTSTATUS RtlLongLongAdd(_In_ LONGLONG Augend, _In_ LONGLONG Addend, _Out_ LONGLONG *pResult);
NTSTATUS RtlLongLongSub(_In_ LONGLONG Minuend, _In_ LONGLONG Subtrahend, _Out_ LONGLONG *pResult);
NTSTATUS RtlLongLongMult(_In_ LONGLONG Multiplicand, _In_ LONGLONG Multiplier, _Out_ LONGLONG *pResult);
NTSTATUS RtlDWordAdd(_In_ DWORD Augend, _In_ DWORD Addend, _Out_ DWORD *pResult);
NTSTATUS RtlDWordSub(_In_ DWORD Minuend, _In_ DWORD Subtrahend, _Out_ DWORD *pResult);
NTSTATUS RtlDWordMult(_In_ DWORD Multiplicand, _In_ DWORD Multiplier, _Out_ DWORD *pResult);
NTSTATUS RtlUInt8Add(_In_ UINT8 Augend, _In_ UINT8 Addend, _Out_ UINT8 *pResult);
NTSTATUS RtlUInt8Sub(_In_ UINT8 Minuend, _In_ UINT8 Subtrahend, _Out_ UINT8 *pResult);
NTSTATUS RtlUInt8Mult(_In_ UINT8 Multiplicand, _In_ UINT8 Multiplier, _Out_ UINT8 *pResult);
NTSTATUS RtlByteAdd(_In_ BYTE Augend, _In_ BYTE Addend, _Out_ BYTE *pResult);
NTSTATUS RtlByteSub(_In_ BYTE Minuend, _In_ BYTE Subtrahend, _Out_ BYTE *pResult);
NTSTATUS RtlByteMult(_In_ BYTE Multiplicand, _In_ BYTE Multiplier, _Out_ BYTE *pResult);
NTSTATUS RtlShortAdd(_In_ SHORT Augend, _In_ SHORT Addend, _Out_ SHORT *pResult);
NTSTATUS RtlShortSub(_In_ SHORT Minuend, _In_ SHORT Subtrahend, _Out_ SHORT *pResult);
NTSTATUS RtlShortMult(_In_ SHORT Multiplicand, _In_ SHORT Multiplier, _Out_ SHORT *pResult);
NTSTATUS RtlLongPtrAdd(_In_ LONG_PTR Augend, _In_ LONG_PTR Addend, _Out_ LONG_PTR *pResult);
NTSTATUS RtlLongPtrSub(_In_ LONG_PTR Minuend, _In_ LONG_PTR Subtrahend, _Out_ LONG_PTR *pResult);
NTSTATUS RtlLongPtrMult(_In_ LONG_PTR Multiplicand, _In_ LONG_PTR Multiplier, _Out_ LONG_PTR *pResult);
NTSTATUS RtlDWordPtrAdd(_In_ DWORD_PTR Augend, _In_ DWORD_PTR Addend, _Out_ DWORD_PTR *pResult);
NTSTATUS RtlDWordPtrSub(_In_ DWORD_PTR Minuend, _In_ DWORD_PTR Subtrahend, _Out_ DWORD_PTR *pResult);
NTSTATUS RtlDWordPtrMult(_In_ DWORD_PTR Multiplicand, _In_ DWORD_PTR Multiplier, _Out_ DWORD_PTR *pResult);
NTSTATUS RtlULongLongToULong(_In_ ULONGLONG Operand, _Out_ ULONG *pResult);
NTSTATUS RtlULongLongToUInt(_In_ ULONGLONG Operand, _Out_ UINT *pResult);
NTSTATUS RtlULongLongToSizeT(_In_ ULONGLONG Operand, _Out_ SIZE_T *pResult);
NTSTATUS RtlULongLongToLongLong(_In_ ULONGLONG Operand, _Out_ LONGLONG *pResult);
NTSTATUS RtlULongToUShort(_In_ ULONG Operand, _Out_ USHORT *pResult);
NTSTATUS RtlULongToUChar(_In_ ULONG Operand, _Out_ UCHAR *pResult);
NTSTATUS RtlULongToLong(_In_ ULONG Operand, _Out_ LONG *pResult);
NTSTATUS RtlULongToInt(_In_ ULONG Operand, _Out_ INT *pResult);
NTSTATUS RtlSizeTToULong(_In_ SIZE_T Operand, _Out_ ULONG *pResult);
NTSTATUS RtlSizeTToUInt(_In_ SIZE_T Operand, _Out_ UINT *pResult);
NTSTATUS RtlSizeTToUShort(_In_ SIZE_T Operand, _Out_ USHORT *pResult);
NTSTATUS RtlULongPtrToULong(_In_ ULONG_PTR Operand, _Out_ ULONG *pResult);
NTSTATUS RtlLongToULong(_In_ LONG Operand, _Out_ ULONG *pResult);
NTSTATUS RtlLongToUShort(_In_ LONG Operand, _Out_ USHORT *pResult);
NTSTATUS RtlIntToUInt(_In_ INT Operand, _Out_ UINT *pResult);
NTSTATUS RtlUIntToUShort(_In_ UINT Operand, _Out_ USHORT *pResult);
NTSTATUS RtlUShortToUChar(_In_ USHORT Operand, _Out_ UCHAR *pResult);
NTSTATUS RtlLongLongToULong(_In_ LONGLONG Operand, _Out_ ULONG *pResult);
NTSTATUS RtlLongLongToLong(_In_ LONGLONG Operand, _Out_ LONG *pResult);
NTSTATUS RtlLongLongToULongLong(_In_ LONGLONG Operand, _Out_ ULONGLONG *pResult);
NTSTATUS RtlIntToULong(_In_ INT Operand, _Out_ ULONG *pResult);
NTSTATUS RtlUIntToLong(_In_ UINT Operand, _Out_ LONG *pResult);
NTSTATUS RtlLongPtrToULong(_In_ LONG_PTR Operand, _Out_ ULONG *pResult);

#endif /* DDICHECK_MODEL_NTINTSAFE_H */
