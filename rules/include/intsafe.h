/*
 * intsafe.h -- ddicheck model header: overflow-checked integer arithmetic
 * and conversions returning HRESULT (ULongAdd, ULongMult, SizeTAdd,
 * ULongLongToULong, ...: <Type>Add/Sub/Mult for the common integer types
 * and the usual narrowing conversions), S_OK and
 * INTSAFE_E_ARITHMETIC_OVERFLOW.  Kernel code usually prefers the
 * NTSTATUS forms of <ntintsafe.h>; drivers may include both.
 *
 * Written for ddicheck from the documented naming scheme and prototypes
 * of the intsafe.h functions; it is not a copy of Microsoft's intsafe.h.
 * Declared without bodies and without IRQL requirements (the functions
 * touch only their arguments).
 */
#ifndef DDICHECK_MODEL_INTSAFE_H
#define DDICHECK_MODEL_INTSAFE_H

#include <ntdef.h>

#ifndef _HRESULT_DEFINED
#define _HRESULT_DEFINED
typedef LONG HRESULT;
#endif
#ifndef S_OK
#define S_OK    ((HRESULT)0L)
#define S_FALSE ((HRESULT)1L)
#endif
#define INTSAFE_E_ARITHMETIC_OVERFLOW ((HRESULT)0x80070216L)
#ifndef SUCCEEDED
#define SUCCEEDED(hr) (((HRESULT)(hr)) >= 0)
#define FAILED(hr)    (((HRESULT)(hr)) < 0)
#endif

HRESULT UShortAdd(_In_ USHORT Augend, _In_ USHORT Addend, _Out_ USHORT *pResult);
HRESULT UShortSub(_In_ USHORT Minuend, _In_ USHORT Subtrahend, _Out_ USHORT *pResult);
HRESULT UShortMult(_In_ USHORT Multiplicand, _In_ USHORT Multiplier, _Out_ USHORT *pResult);
HRESULT UIntAdd(_In_ UINT Augend, _In_ UINT Addend, _Out_ UINT *pResult);
HRESULT UIntSub(_In_ UINT Minuend, _In_ UINT Subtrahend, _Out_ UINT *pResult);
HRESULT UIntMult(_In_ UINT Multiplicand, _In_ UINT Multiplier, _Out_ UINT *pResult);
HRESULT ULongAdd(_In_ ULONG Augend, _In_ ULONG Addend, _Out_ ULONG *pResult);
HRESULT ULongSub(_In_ ULONG Minuend, _In_ ULONG Subtrahend, _Out_ ULONG *pResult);
HRESULT ULongMult(_In_ ULONG Multiplicand, _In_ ULONG Multiplier, _Out_ ULONG *pResult);
HRESULT ULongLongAdd(_In_ ULONGLONG Augend, _In_ ULONGLONG Addend, _Out_ ULONGLONG *pResult);
HRESULT ULongLongSub(_In_ ULONGLONG Minuend, _In_ ULONGLONG Subtrahend, _Out_ ULONGLONG *pResult);
HRESULT ULongLongMult(_In_ ULONGLONG Multiplicand, _In_ ULONGLONG Multiplier, _Out_ ULONGLONG *pResult);
HRESULT SizeTAdd(_In_ SIZE_T Augend, _In_ SIZE_T Addend, _Out_ SIZE_T *pResult);
HRESULT SizeTSub(_In_ SIZE_T Minuend, _In_ SIZE_T Subtrahend, _Out_ SIZE_T *pResult);
HRESULT SizeTMult(_In_ SIZE_T Multiplicand, _In_ SIZE_T Multiplier, _Out_ SIZE_T *pResult);
HRESULT ULongPtrAdd(_In_ ULONG_PTR Augend, _In_ ULONG_PTR Addend, _Out_ ULONG_PTR *pResult);
HRESULT ULongPtrSub(_In_ ULONG_PTR Minuend, _In_ ULONG_PTR Subtrahend, _Out_ ULONG_PTR *pResult);
HRESULT ULongPtrMult(_In_ ULONG_PTR Multiplicand, _In_ ULONG_PTR Multiplier, _Out_ ULONG_PTR *pResult);
HRESULT LongAdd(_In_ LONG Augend, _In_ LONG Addend, _Out_ LONG *pResult);
HRESULT LongSub(_In_ LONG Minuend, _In_ LONG Subtrahend, _Out_ LONG *pResult);
HRESULT LongMult(_In_ LONG Multiplicand, _In_ LONG Multiplier, _Out_ LONG *pResult);
HRESULT IntAdd(_In_ INT Augend, _In_ INT Addend, _Out_ INT *pResult);
HRESULT IntSub(_In_ INT Minuend, _In_ INT Subtrahend, _Out_ INT *pResult);
HRESULT IntMult(_In_ INT Multiplicand, _In_ INT Multiplier, _Out_ INT *pResult);
HRESULT LongLongAdd(_In_ LONGLONG Augend, _In_ LONGLONG Addend, _Out_ LONGLONG *pResult);
HRESULT LongLongSub(_In_ LONGLONG Minuend, _In_ LONGLONG Subtrahend, _Out_ LONGLONG *pResult);
HRESULT LongLongMult(_In_ LONGLONG Multiplicand, _In_ LONGLONG Multiplier, _Out_ LONGLONG *pResult);
HRESULT DWordAdd(_In_ DWORD Augend, _In_ DWORD Addend, _Out_ DWORD *pResult);
HRESULT DWordSub(_In_ DWORD Minuend, _In_ DWORD Subtrahend, _Out_ DWORD *pResult);
HRESULT DWordMult(_In_ DWORD Multiplicand, _In_ DWORD Multiplier, _Out_ DWORD *pResult);
HRESULT UInt8Add(_In_ UINT8 Augend, _In_ UINT8 Addend, _Out_ UINT8 *pResult);
HRESULT UInt8Sub(_In_ UINT8 Minuend, _In_ UINT8 Subtrahend, _Out_ UINT8 *pResult);
HRESULT UInt8Mult(_In_ UINT8 Multiplicand, _In_ UINT8 Multiplier, _Out_ UINT8 *pResult);
HRESULT ByteAdd(_In_ BYTE Augend, _In_ BYTE Addend, _Out_ BYTE *pResult);
HRESULT ByteSub(_In_ BYTE Minuend, _In_ BYTE Subtrahend, _Out_ BYTE *pResult);
HRESULT ByteMult(_In_ BYTE Multiplicand, _In_ BYTE Multiplier, _Out_ BYTE *pResult);
HRESULT ShortAdd(_In_ SHORT Augend, _In_ SHORT Addend, _Out_ SHORT *pResult);
HRESULT ShortSub(_In_ SHORT Minuend, _In_ SHORT Subtrahend, _Out_ SHORT *pResult);
HRESULT ShortMult(_In_ SHORT Multiplicand, _In_ SHORT Multiplier, _Out_ SHORT *pResult);
HRESULT LongPtrAdd(_In_ LONG_PTR Augend, _In_ LONG_PTR Addend, _Out_ LONG_PTR *pResult);
HRESULT LongPtrSub(_In_ LONG_PTR Minuend, _In_ LONG_PTR Subtrahend, _Out_ LONG_PTR *pResult);
HRESULT LongPtrMult(_In_ LONG_PTR Multiplicand, _In_ LONG_PTR Multiplier, _Out_ LONG_PTR *pResult);
HRESULT DWordPtrAdd(_In_ DWORD_PTR Augend, _In_ DWORD_PTR Addend, _Out_ DWORD_PTR *pResult);
HRESULT DWordPtrSub(_In_ DWORD_PTR Minuend, _In_ DWORD_PTR Subtrahend, _Out_ DWORD_PTR *pResult);
HRESULT DWordPtrMult(_In_ DWORD_PTR Multiplicand, _In_ DWORD_PTR Multiplier, _Out_ DWORD_PTR *pResult);
HRESULT ULongLongToULong(_In_ ULONGLONG Operand, _Out_ ULONG *pResult);
HRESULT ULongLongToUInt(_In_ ULONGLONG Operand, _Out_ UINT *pResult);
HRESULT ULongLongToSizeT(_In_ ULONGLONG Operand, _Out_ SIZE_T *pResult);
HRESULT ULongLongToLongLong(_In_ ULONGLONG Operand, _Out_ LONGLONG *pResult);
HRESULT ULongToUShort(_In_ ULONG Operand, _Out_ USHORT *pResult);
HRESULT ULongToUChar(_In_ ULONG Operand, _Out_ UCHAR *pResult);
HRESULT ULongToLong(_In_ ULONG Operand, _Out_ LONG *pResult);
HRESULT ULongToInt(_In_ ULONG Operand, _Out_ INT *pResult);
HRESULT SizeTToULong(_In_ SIZE_T Operand, _Out_ ULONG *pResult);
HRESULT SizeTToUInt(_In_ SIZE_T Operand, _Out_ UINT *pResult);
HRESULT SizeTToUShort(_In_ SIZE_T Operand, _Out_ USHORT *pResult);
HRESULT ULongPtrToULong(_In_ ULONG_PTR Operand, _Out_ ULONG *pResult);
HRESULT LongToULong(_In_ LONG Operand, _Out_ ULONG *pResult);
HRESULT LongToUShort(_In_ LONG Operand, _Out_ USHORT *pResult);
HRESULT IntToUInt(_In_ INT Operand, _Out_ UINT *pResult);
HRESULT UIntToUShort(_In_ UINT Operand, _Out_ USHORT *pResult);
HRESULT UShortToUChar(_In_ USHORT Operand, _Out_ UCHAR *pResult);
HRESULT LongLongToULong(_In_ LONGLONG Operand, _Out_ ULONG *pResult);
HRESULT LongLongToLong(_In_ LONGLONG Operand, _Out_ LONG *pResult);
HRESULT LongLongToULongLong(_In_ LONGLONG Operand, _Out_ ULONGLONG *pResult);
HRESULT IntToULong(_In_ INT Operand, _Out_ ULONG *pResult);
HRESULT UIntToLong(_In_ UINT Operand, _Out_ LONG *pResult);
HRESULT LongPtrToULong(_In_ LONG_PTR Operand, _Out_ ULONG *pResult);

#endif /* DDICHECK_MODEL_INTSAFE_H */
