/*
 * stdio.h -- ddicheck model header: the formatted-output routines the
 * kernel's C run time exports (sprintf, _snprintf, _vsnprintf and the wide
 * forms).  Kernel code has no FILE streams.
 *
 * Written for ddicheck from the C standard and the documented Microsoft
 * extensions; it is not a copy of any C run-time header.  It is found only
 * when no real C run time is on the include path.
 */
#ifndef DDICHECK_MODEL_STDIO_H
#define DDICHECK_MODEL_STDIO_H

#include <stddef.h>
#include <stdarg.h>

int __cdecl sprintf(char *Buffer, const char *Format, ...);
int __cdecl _snprintf(char *Buffer, size_t BufferCount, const char *Format, ...);
int __cdecl vsprintf(char *Buffer, const char *Format, va_list ArgList);
int __cdecl _vsnprintf(char *Buffer, size_t BufferCount, const char *Format, va_list ArgList);
int __cdecl swprintf(unsigned short *Buffer, const unsigned short *Format, ...);
int __cdecl _snwprintf(unsigned short *Buffer, size_t BufferCount, const unsigned short *Format, ...);
int __cdecl _vsnwprintf(unsigned short *Buffer, size_t BufferCount, const unsigned short *Format, va_list ArgList);

#endif /* DDICHECK_MODEL_STDIO_H */
