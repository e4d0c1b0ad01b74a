/* hwregs.h -- reached as "INC\HwRegs.h" from cmdefs.h. */
#ifndef HWREGS_H
#define HWREGS_H

#define CM_POLL_LIMIT 16

#endif
