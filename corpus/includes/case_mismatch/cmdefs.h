/*
 * cmdefs.h -- the driver's own header.  driver.c includes it as
 * "CmDefs.H", as written on Windows, where letter case does not matter.
 * It includes its register header as "INC\HwRegs.h" (the file is
 * inc/hwregs.h): found from a header that was itself found in another case.
 */
#ifndef CMDEFS_H
#define CMDEFS_H

#include "INC\HwRegs.h"

typedef struct _CM_DEVICE {
    KDPC PollDpc;
    HANDLE ConfigKey;
    ULONG Polls;
} CM_DEVICE, *PCM_DEVICE;

#endif
