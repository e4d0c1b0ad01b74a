/*
 * sdkddkver.h -- ddicheck model header: the Windows version constants
 * (NTDDI_xxx, _WIN32_WINNT_xxx) that drivers compare NTDDI_VERSION with and
 * pass to RtlIsNtDdiVersionAvailable.
 *
 * Written for ddicheck from the version table of the public page "Using the
 * Windows Headers" (learn.microsoft.com, windows/win32/winprog/
 * using-the-windows-headers); it is not a copy of Microsoft's sdkddkver.h.
 * Without a driver's own NTDDI_VERSION the model assumes the newest version
 * it lists.
 */
#ifndef DDICHECK_MODEL_SDKDDKVER_H
#define DDICHECK_MODEL_SDKDDKVER_H

#ifndef NTDDI_VISTA
#define NTDDI_WIN2K    0x05000000
#define NTDDI_WINXP    0x05010000
#define NTDDI_WS03     0x05020000
#define NTDDI_VISTA    0x06000000
#define NTDDI_VISTASP1 0x06000100
#define NTDDI_WS08     0x06000100
#define NTDDI_WIN7     0x06010000
#define NTDDI_WIN8     0x06020000
#define NTDDI_WINBLUE  0x06030000
#define NTDDI_WINTHRESHOLD 0x0A000000
#define NTDDI_WIN10    0x0A000000
#define NTDDI_WIN10_TH2 0x0A000001
#define NTDDI_WIN10_RS1 0x0A000002
#define NTDDI_WIN10_RS2 0x0A000003
#define NTDDI_WIN10_RS3 0x0A000004
#define NTDDI_WIN10_RS4 0x0A000005
#define NTDDI_WIN10_RS5 0x0A000006
#define NTDDI_WIN10_19H1 0x0A000007
#define NTDDI_WIN10_VB 0x0A000008
#define NTDDI_WIN10_MN 0x0A000009
#define NTDDI_WIN10_FE 0x0A00000A
#define NTDDI_WIN10_CO 0x0A00000B
#define NTDDI_WIN10_NI 0x0A00000C
#endif
#ifndef NTDDI_VERSION
#define NTDDI_VERSION NTDDI_WIN10_NI
#endif
#ifndef _WIN32_WINNT_WIN10
#define _WIN32_WINNT_VISTA 0x0600
#define _WIN32_WINNT_WIN7  0x0601
#define _WIN32_WINNT_WIN8  0x0602
#define _WIN32_WINNT_WIN10 0x0A00
#endif

#endif /* DDICHECK_MODEL_SDKDDKVER_H */
