/*
 * winsmcrd.h -- ddicheck model header: the smart card reader interface
 * shared with user mode -- the IOCTL_SMARTCARD_xxx control codes, the
 * protocol, power and card-state values they carry, SCARD_IO_REQUEST and
 * the T=0/T=1 request headers, reader types and mechanical properties.
 * <smclib.h> includes it.  The SCARD_ATTR_xxx attribute tags of
 * IOCTL_SMARTCARD_GET/SET_ATTRIBUTE, which the smart card driver library
 * answers itself, are not modelled.
 *
 * Written for ddicheck from the public reference pages of winsmcrd.h
 * (MicrosoftDocs windows-driver-docs-ddi, content/winsmcrd: the
 * ni-winsmcrd-ioctl_smartcard_xxx pages and ns-winsmcrd-_scard_io_request),
 * which are not in the shared ddi-docs set; it is not a copy of
 * Microsoft's winsmcrd.h.  IOCTL function numbers and the values: the
 * public mingw-w64 header (mingw-w64-headers/include/winsmcrd.h).  The
 * header declares no routine, so there is no IRQL to state.
 */
#ifndef DDICHECK_MODEL_WINSMCRD_H
#define DDICHECK_MODEL_WINSMCRD_H

#include <ntdef.h>
#include <devioctl.h>

/* ------------------------------------------------------------ control codes */
#define SCARD_CTL_CODE(code) CTL_CODE(FILE_DEVICE_SMARTCARD, (code), METHOD_BUFFERED, FILE_ANY_ACCESS)

#define IOCTL_SMARTCARD_POWER           SCARD_CTL_CODE(1)
#define IOCTL_SMARTCARD_GET_ATTRIBUTE   SCARD_CTL_CODE(2)
#define IOCTL_SMARTCARD_SET_ATTRIBUTE   SCARD_CTL_CODE(3)
#define IOCTL_SMARTCARD_CONFISCATE      SCARD_CTL_CODE(4)
#define IOCTL_SMARTCARD_TRANSMIT        SCARD_CTL_CODE(5)
#define IOCTL_SMARTCARD_EJECT           SCARD_CTL_CODE(6)
#define IOCTL_SMARTCARD_SWALLOW         SCARD_CTL_CODE(7)
#define IOCTL_SMARTCARD_IS_PRESENT      SCARD_CTL_CODE(10)
#define IOCTL_SMARTCARD_IS_ABSENT       SCARD_CTL_CODE(11)
#define IOCTL_SMARTCARD_SET_PROTOCOL    SCARD_CTL_CODE(12)
#define IOCTL_SMARTCARD_GET_STATE       SCARD_CTL_CODE(14)
#define IOCTL_SMARTCARD_GET_LAST_ERROR  SCARD_CTL_CODE(15)
#define IOCTL_SMARTCARD_GET_PERF_CNTR   SCARD_CTL_CODE(16)

/* ------------------------------------------------------------ protocols */
/* IOCTL_SMARTCARD_SET_PROTOCOL's input (a mask) and output (the one chosen). */
#define SCARD_PROTOCOL_UNDEFINED  0x00000000
#define SCARD_PROTOCOL_T0         0x00000001
#define SCARD_PROTOCOL_T1         0x00000002
#define SCARD_PROTOCOL_RAW        0x00010000
#define SCARD_PROTOCOL_Tx         (SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1)
#define SCARD_PROTOCOL_DEFAULT    0x80000000
#define SCARD_PROTOCOL_OPTIMAL    0x00000000

/* ---------------------------------------------------- IOCTL_SMARTCARD_POWER */
#define SCARD_POWER_DOWN  0
#define SCARD_COLD_RESET  1
#define SCARD_WARM_RESET  2

/* ------------------------------------------------ IOCTL_SMARTCARD_GET_STATE */
#define SCARD_UNKNOWN     0
#define SCARD_ABSENT      1
#define SCARD_PRESENT     2
#define SCARD_SWALLOWED   3
#define SCARD_POWERED     4
#define SCARD_NEGOTIABLE  5
#define SCARD_SPECIFIC    6

/* ------------------------------------------------------- sizes and limits */
#define SCARD_ATR_LENGTH            33
#define MAXIMUM_ATTR_STRING_LENGTH  32
#define MAXIMUM_SMARTCARD_READERS   10
#define SCARD_T0_HEADER_LENGTH      7
#define SCARD_T0_CMD_LENGTH         5
#define SCARD_T1_PROLOGUE_LENGTH    3
#define SCARD_T1_EPILOGUE_LENGTH    2
#define SCARD_T1_MAX_IFS            254

/* ------------------------------------------------ IOCTL_SMARTCARD_TRANSMIT */
/* The header before the data sent and before the data received. */
typedef struct _SCARD_IO_REQUEST {
    DWORD dwProtocol;
    DWORD cbPciLength;          /* this header's size, usually 8 */
} SCARD_IO_REQUEST, *PSCARD_IO_REQUEST, *LPSCARD_IO_REQUEST;
typedef const SCARD_IO_REQUEST *LPCSCARD_IO_REQUEST;

typedef struct {
    BYTE bCla, bIns, bP1, bP2, bP3;
} SCARD_T0_COMMAND, *LPSCARD_T0_COMMAND;

typedef struct {
    SCARD_IO_REQUEST ioRequest;
    BYTE bSw1, bSw2;
    union {
        SCARD_T0_COMMAND CmdBytes;
        BYTE rgbHeader[5];
    };
} SCARD_T0_REQUEST, *PSCARD_T0_REQUEST, *LPSCARD_T0_REQUEST;

typedef struct {
    SCARD_IO_REQUEST ioRequest;
} SCARD_T1_REQUEST, *PSCARD_T1_REQUEST, *LPSCARD_T1_REQUEST;

/* ------------------------------------------------------ reader properties */
/* SCARD_READER_CAPABILITIES.MechProperties */
#define SCARD_READER_SWALLOWS     0x00000001
#define SCARD_READER_EJECTS       0x00000002
#define SCARD_READER_CONFISCATES  0x00000004

/* SCARD_READER_CAPABILITIES.ReaderType */
#define SCARD_READER_TYPE_SERIAL    0x01
#define SCARD_READER_TYPE_PARALELL  0x02
#define SCARD_READER_TYPE_KEYBOARD  0x04
#define SCARD_READER_TYPE_SCSI      0x08
#define SCARD_READER_TYPE_IDE       0x10
#define SCARD_READER_TYPE_USB       0x20
#define SCARD_READER_TYPE_PCMCIA    0x40
#define SCARD_READER_TYPE_VENDOR    0xF0

#endif /* DDICHECK_MODEL_WINSMCRD_H */
