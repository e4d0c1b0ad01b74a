/*
 * string.h -- ddicheck model header: the C run-time memory and string
 * routines the kernel's C run time exports (memcpy, memset, strlen, wcslen,
 * the wide and narrow compare and search routines).
 *
 * Written for ddicheck from the C standard and the documented Microsoft
 * extensions (_stricmp, _wcsicmp, ...); it is not a copy of any C run-time
 * header.  It is found only when no real C run time is on the include path
 * (ddicheck searches its model headers last).
 */
#ifndef DDICHECK_MODEL_STRING_H
#define DDICHECK_MODEL_STRING_H

#include <stddef.h>

#ifndef _WCHAR_T_DEFINED
#define _WCHAR_T_DEFINED
#endif
typedef unsigned short ddicheck_wchar;

int __cdecl memcmp(const void *Buf1, const void *Buf2, size_t Size);
void *__cdecl memcpy(void *Dst, const void *Src, size_t Size);
void *__cdecl memmove(void *Dst, const void *Src, size_t Size);
void *__cdecl memset(void *Dst, int Val, size_t Size);
void *__cdecl memchr(const void *Buf, int Val, size_t Size);

size_t __cdecl strlen(const char *Str);
size_t __cdecl strnlen(const char *Str, size_t MaxCount);
int __cdecl strcmp(const char *Str1, const char *Str2);
int __cdecl strncmp(const char *Str1, const char *Str2, size_t MaxCount);
int __cdecl _stricmp(const char *Str1, const char *Str2);
int __cdecl _strnicmp(const char *Str1, const char *Str2, size_t MaxCount);
char *__cdecl strcpy(char *Dst, const char *Src);
char *__cdecl strncpy(char *Dst, const char *Src, size_t Count);
char *__cdecl strcat(char *Dst, const char *Src);
char *__cdecl strncat(char *Dst, const char *Src, size_t Count);
char *__cdecl strchr(const char *Str, int Val);
char *__cdecl strrchr(const char *Str, int Ch);
char *__cdecl strstr(const char *Str, const char *SubStr);

size_t __cdecl wcslen(const ddicheck_wchar *Str);
size_t __cdecl wcsnlen(const ddicheck_wchar *Src, size_t MaxCount);
int __cdecl wcscmp(const ddicheck_wchar *Str1, const ddicheck_wchar *Str2);
int __cdecl wcsncmp(const ddicheck_wchar *Str1, const ddicheck_wchar *Str2, size_t MaxCount);
int __cdecl _wcsicmp(const ddicheck_wchar *Str1, const ddicheck_wchar *Str2);
int __cdecl _wcsnicmp(const ddicheck_wchar *Str1, const ddicheck_wchar *Str2, size_t MaxCount);
ddicheck_wchar *__cdecl wcscpy(ddicheck_wchar *Dst, const ddicheck_wchar *Src);
ddicheck_wchar *__cdecl wcsncpy(ddicheck_wchar *Dst, const ddicheck_wchar *Src, size_t Count);
ddicheck_wchar *__cdecl wcscat(ddicheck_wchar *Dst, const ddicheck_wchar *Src);
ddicheck_wchar *__cdecl wcschr(const ddicheck_wchar *Str, ddicheck_wchar Ch);
ddicheck_wchar *__cdecl wcsrchr(const ddicheck_wchar *Str, ddicheck_wchar Ch);
ddicheck_wchar *__cdecl wcsstr(const ddicheck_wchar *Str, const ddicheck_wchar *SubStr);

#endif /* DDICHECK_MODEL_STRING_H */
