/*
 * stdlib.h -- ddicheck model header: the conversion and arithmetic
 * routines the kernel's C run time exports.
 *
 * Written for ddicheck from the C standard; it is not a copy of any C
 * run-time header.  It is found only when no real C run time is on the
 * include path.
 */
#ifndef DDICHECK_MODEL_STDLIB_H
#define DDICHECK_MODEL_STDLIB_H

#include <stddef.h>

int __cdecl abs(int X);
long __cdecl labs(long X);
long __cdecl strtol(const char *String, char **EndPtr, int Radix);
unsigned long __cdecl strtoul(const char *String, char **EndPtr, int Radix);
int __cdecl atoi(const char *String);
long __cdecl atol(const char *String);
void __cdecl qsort(void *Base, size_t NumOfElements, size_t SizeOfElements,
                   int(__cdecl *CompareFunction)(const void *, const void *));
#define _countof(a) (sizeof(a) / sizeof((a)[0]))

#endif /* DDICHECK_MODEL_STDLIB_H */
