/*
 * ntddser.h -- ddicheck model header: the serial-port interface shared by
 * serial drivers and their clients -- the IOCTL_SERIAL_xxx control codes
 * (public and internal), the structures they carry (baud rate, line
 * control, special characters, handshake and flow control, timeouts, wait
 * masks, status, properties, statistics), the flag values of each field,
 * the COM-port device interface GUID and the serial enumerator's IOCTLs.
 *
 * Written for ddicheck from the public reference pages of ntddser.h
 * (learn.microsoft.com, windows-hardware/drivers/ddi/ntddser: the
 * IOCTL_SERIAL_xxx pages and the ns-ntddser-_serial_xxx structure pages),
 * which are not in the shared ddi-docs set; it is not a copy of
 * Microsoft's ntddser.h.  IOCTL function numbers, flag values and GUIDs:
 * the public mingw-w64 header (mingw-w64-headers/include/ntddser.h).  The
 * header declares no routine, so there is no IRQL to state.
 */
#ifndef DDICHECK_MODEL_NTDDSER_H
#define DDICHECK_MODEL_NTDDSER_H

#include <ntdef.h>
#include <devioctl.h>
#include <guiddef.h>

/* ------------------------------------------------------ device interfaces */
DEFINE_GUID(GUID_DEVINTERFACE_COMPORT,
    0x86e0d1e0, 0x8089, 0x11d0, 0x9c, 0xe4, 0x08, 0x00, 0x3e, 0x30, 0x1f, 0x73);
DEFINE_GUID(GUID_DEVINTERFACE_SERENUM_BUS_ENUMERATOR,
    0x4d36e978, 0xe325, 0x11ce, 0xbf, 0xc1, 0x08, 0x00, 0x2b, 0xe1, 0x03, 0x18);
/* the names used before Windows XP */
#define GUID_CLASS_COMPORT          GUID_DEVINTERFACE_COMPORT
#define GUID_SERENUM_BUS_ENUMERATOR GUID_DEVINTERFACE_SERENUM_BUS_ENUMERATOR

/* ------------------------------------------------------------ control codes */
/* All buffered, any access; listed by function number. */
#define DDICHECK_SERIAL_IOCTL(n) CTL_CODE(FILE_DEVICE_SERIAL_PORT, (n), METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_SET_BAUD_RATE      DDICHECK_SERIAL_IOCTL(1)
#define IOCTL_SERIAL_SET_QUEUE_SIZE     DDICHECK_SERIAL_IOCTL(2)
#define IOCTL_SERIAL_SET_LINE_CONTROL   DDICHECK_SERIAL_IOCTL(3)
#define IOCTL_SERIAL_SET_BREAK_ON       DDICHECK_SERIAL_IOCTL(4)
#define IOCTL_SERIAL_SET_BREAK_OFF      DDICHECK_SERIAL_IOCTL(5)
#define IOCTL_SERIAL_IMMEDIATE_CHAR     DDICHECK_SERIAL_IOCTL(6)
#define IOCTL_SERIAL_SET_TIMEOUTS       DDICHECK_SERIAL_IOCTL(7)
#define IOCTL_SERIAL_GET_TIMEOUTS       DDICHECK_SERIAL_IOCTL(8)
#define IOCTL_SERIAL_SET_DTR            DDICHECK_SERIAL_IOCTL(9)
#define IOCTL_SERIAL_CLR_DTR            DDICHECK_SERIAL_IOCTL(10)
#define IOCTL_SERIAL_RESET_DEVICE       DDICHECK_SERIAL_IOCTL(11)
#define IOCTL_SERIAL_SET_RTS            DDICHECK_SERIAL_IOCTL(12)
#define IOCTL_SERIAL_CLR_RTS            DDICHECK_SERIAL_IOCTL(13)
#define IOCTL_SERIAL_SET_XOFF           DDICHECK_SERIAL_IOCTL(14)
#define IOCTL_SERIAL_SET_XON            DDICHECK_SERIAL_IOCTL(15)
#define IOCTL_SERIAL_GET_WAIT_MASK      DDICHECK_SERIAL_IOCTL(16)
#define IOCTL_SERIAL_SET_WAIT_MASK      DDICHECK_SERIAL_IOCTL(17)
#define IOCTL_SERIAL_WAIT_ON_MASK       DDICHECK_SERIAL_IOCTL(18)
#define IOCTL_SERIAL_PURGE              DDICHECK_SERIAL_IOCTL(19)
#define IOCTL_SERIAL_GET_BAUD_RATE      DDICHECK_SERIAL_IOCTL(20)
#define IOCTL_SERIAL_GET_LINE_CONTROL   DDICHECK_SERIAL_IOCTL(21)
#define IOCTL_SERIAL_GET_CHARS          DDICHECK_SERIAL_IOCTL(22)
#define IOCTL_SERIAL_SET_CHARS          DDICHECK_SERIAL_IOCTL(23)
#define IOCTL_SERIAL_GET_HANDFLOW       DDICHECK_SERIAL_IOCTL(24)
#define IOCTL_SERIAL_SET_HANDFLOW       DDICHECK_SERIAL_IOCTL(25)
#define IOCTL_SERIAL_GET_MODEMSTATUS    DDICHECK_SERIAL_IOCTL(26)
#define IOCTL_SERIAL_GET_COMMSTATUS     DDICHECK_SERIAL_IOCTL(27)
#define IOCTL_SERIAL_XOFF_COUNTER       DDICHECK_SERIAL_IOCTL(28)
#define IOCTL_SERIAL_GET_PROPERTIES     DDICHECK_SERIAL_IOCTL(29)
#define IOCTL_SERIAL_GET_DTRRTS         DDICHECK_SERIAL_IOCTL(30)
#define IOCTL_SERIAL_LSRMST_INSERT      DDICHECK_SERIAL_IOCTL(31)
#define IOCTL_SERIAL_CONFIG_SIZE        DDICHECK_SERIAL_IOCTL(32)
#define IOCTL_SERIAL_GET_STATS          DDICHECK_SERIAL_IOCTL(35)
#define IOCTL_SERIAL_CLEAR_STATS        DDICHECK_SERIAL_IOCTL(36)
#define IOCTL_SERIAL_GET_MODEM_CONTROL  DDICHECK_SERIAL_IOCTL(37)
#define IOCTL_SERIAL_SET_MODEM_CONTROL  DDICHECK_SERIAL_IOCTL(38)
#define IOCTL_SERIAL_SET_FIFO_CONTROL   DDICHECK_SERIAL_IOCTL(39)

/* Internal device controls (IRP_MJ_INTERNAL_DEVICE_CONTROL), between a
 * serial driver and the drivers layered on it: their numbers overlap the
 * public ones on purpose. */
#define IOCTL_SERIAL_INTERNAL_DO_WAIT_WAKE      DDICHECK_SERIAL_IOCTL(1)
#define IOCTL_SERIAL_INTERNAL_CANCEL_WAIT_WAKE  DDICHECK_SERIAL_IOCTL(2)
#define IOCTL_SERIAL_INTERNAL_BASIC_SETTINGS    DDICHECK_SERIAL_IOCTL(3)
#define IOCTL_SERIAL_INTERNAL_RESTORE_SETTINGS  DDICHECK_SERIAL_IOCTL(4)

/* The serial enumerator (serenum) and the port driver below it. */
#define IOCTL_INTERNAL_SERENUM_REMOVE_SELF CTL_CODE(FILE_DEVICE_SERENUM, 129, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_SERENUM_PORT_DESC            CTL_CODE(FILE_DEVICE_SERENUM, 130, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERENUM_GET_PORT_NAME        CTL_CODE(FILE_DEVICE_SERENUM, 131, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* ---------------------------------------------------------- baud rate */
typedef struct _SERIAL_BAUD_RATE {
    ULONG BaudRate;
} SERIAL_BAUD_RATE, *PSERIAL_BAUD_RATE;

/* SERIAL_COMMPROP.MaxBaud / SettableBaud bits */
#define SERIAL_BAUD_075     0x00000001
#define SERIAL_BAUD_110     0x00000002
#define SERIAL_BAUD_134_5   0x00000004
#define SERIAL_BAUD_150     0x00000008
#define SERIAL_BAUD_300     0x00000010
#define SERIAL_BAUD_600     0x00000020
#define SERIAL_BAUD_1200    0x00000040
#define SERIAL_BAUD_1800    0x00000080
#define SERIAL_BAUD_2400    0x00000100
#define SERIAL_BAUD_4800    0x00000200
#define SERIAL_BAUD_7200    0x00000400
#define SERIAL_BAUD_9600    0x00000800
#define SERIAL_BAUD_14400   0x00001000
#define SERIAL_BAUD_19200   0x00002000
#define SERIAL_BAUD_38400   0x00004000
#define SERIAL_BAUD_56K     0x00008000
#define SERIAL_BAUD_128K    0x00010000
#define SERIAL_BAUD_115200  0x00020000
#define SERIAL_BAUD_57600   0x00040000
#define SERIAL_BAUD_USER    0x10000000

/* ---------------------------------------------------------- line control */
typedef struct _SERIAL_LINE_CONTROL {
    UCHAR StopBits;
    UCHAR Parity;
    UCHAR WordLength;
} SERIAL_LINE_CONTROL, *PSERIAL_LINE_CONTROL;

#define STOP_BIT_1      0
#define STOP_BITS_1_5   1
#define STOP_BITS_2     2

#define NO_PARITY       0
#define ODD_PARITY      1
#define EVEN_PARITY     2
#define MARK_PARITY     3
#define SPACE_PARITY    4

/* ---------------------------------------------------- special characters */
typedef struct _SERIAL_CHARS {
    UCHAR EofChar;
    UCHAR ErrorChar;
    UCHAR BreakChar;
    UCHAR EventChar;
    UCHAR XonChar;
    UCHAR XoffChar;
} SERIAL_CHARS, *PSERIAL_CHARS;

/* ------------------------------------------------ handshake and flow */
typedef struct _SERIAL_HANDFLOW {
    ULONG ControlHandShake;
    ULONG FlowReplace;
    LONG XonLimit;
    LONG XoffLimit;
} SERIAL_HANDFLOW, *PSERIAL_HANDFLOW;

/* ControlHandShake */
#define SERIAL_DTR_MASK           0x00000003
#define SERIAL_DTR_CONTROL        0x00000001
#define SERIAL_DTR_HANDSHAKE      0x00000002
#define SERIAL_CTS_HANDSHAKE      0x00000008
#define SERIAL_DSR_HANDSHAKE      0x00000010
#define SERIAL_DCD_HANDSHAKE      0x00000020
#define SERIAL_OUT_HANDSHAKEMASK  0x00000038
#define SERIAL_DSR_SENSITIVITY    0x00000040
#define SERIAL_ERROR_ABORT        0x80000000
#define SERIAL_CONTROL_INVALID    0x7fffff84

/* FlowReplace */
#define SERIAL_AUTO_TRANSMIT      0x00000001
#define SERIAL_AUTO_RECEIVE       0x00000002
#define SERIAL_ERROR_CHAR         0x00000004
#define SERIAL_NULL_STRIPPING     0x00000008
#define SERIAL_BREAK_CHAR         0x00000010
#define SERIAL_RTS_MASK           0x000000c0
#define SERIAL_RTS_CONTROL        0x00000040
#define SERIAL_RTS_HANDSHAKE      0x00000080
#define SERIAL_TRANSMIT_TOGGLE    0x000000c0
#define SERIAL_XOFF_CONTINUE      0x80000000
#define SERIAL_FLOW_INVALID       0x7fffff20

/* --------------------------------------------------------------- timeouts */
typedef struct _SERIAL_TIMEOUTS {
    ULONG ReadIntervalTimeout;
    ULONG ReadTotalTimeoutMultiplier;
    ULONG ReadTotalTimeoutConstant;
    ULONG WriteTotalTimeoutMultiplier;
    ULONG WriteTotalTimeoutConstant;
} SERIAL_TIMEOUTS, *PSERIAL_TIMEOUTS;

/* ------------------------------------------------------------- queue sizes */
typedef struct _SERIAL_QUEUE_SIZE {
    ULONG InSize;
    ULONG OutSize;
} SERIAL_QUEUE_SIZE, *PSERIAL_QUEUE_SIZE;

/* ---------------------------------------------------------- XOFF counter */
typedef struct _SERIAL_XOFF_COUNTER {
    ULONG Timeout;
    LONG Counter;
    UCHAR XoffChar;
} SERIAL_XOFF_COUNTER, *PSERIAL_XOFF_COUNTER;

/* -------------------------------- wait masks (GET/SET_WAIT_MASK, WAIT_ON_MASK) */
#define SERIAL_EV_RXCHAR    0x0001
#define SERIAL_EV_RXFLAG    0x0002
#define SERIAL_EV_TXEMPTY   0x0004
#define SERIAL_EV_CTS       0x0008
#define SERIAL_EV_DSR       0x0010
#define SERIAL_EV_RLSD      0x0020
#define SERIAL_EV_BREAK     0x0040
#define SERIAL_EV_ERR       0x0080
#define SERIAL_EV_RING      0x0100
#define SERIAL_EV_PERR      0x0200
#define SERIAL_EV_RX80FULL  0x0400
#define SERIAL_EV_EVENT1    0x0800
#define SERIAL_EV_EVENT2    0x1000

/* ------------------------------------------------------------------ purge */
#define SERIAL_PURGE_TXABORT  0x00000001
#define SERIAL_PURGE_RXABORT  0x00000002
#define SERIAL_PURGE_TXCLEAR  0x00000004
#define SERIAL_PURGE_RXCLEAR  0x00000008

/* ------------------------------------------- LSRMST_INSERT escape codes */
#define SERIAL_LSRMST_ESCAPE      0x00
#define SERIAL_LSRMST_LSR_DATA    0x01
#define SERIAL_LSRMST_LSR_NODATA  0x02
#define SERIAL_LSRMST_MST         0x03

/* ----------------------------------- modem control register (GET/SET_MODEM_CONTROL) */
#define SERIAL_IOC_MCR_DTR   0x00000001
#define SERIAL_IOC_MCR_RTS   0x00000002
#define SERIAL_IOC_MCR_OUT1  0x00000004
#define SERIAL_IOC_MCR_OUT2  0x00000008
#define SERIAL_IOC_MCR_LOOP  0x00000010

/* ------------------------------------- FIFO control register (SET_FIFO_CONTROL) */
#define SERIAL_IOC_FCR_FIFO_ENABLE       0x00000001
#define SERIAL_IOC_FCR_RCVR_RESET        0x00000002
#define SERIAL_IOC_FCR_XMIT_RESET        0x00000004
#define SERIAL_IOC_FCR_DMA_MODE          0x00000008
#define SERIAL_IOC_FCR_RES1              0x00000010
#define SERIAL_IOC_FCR_RES2              0x00000020
#define SERIAL_IOC_FCR_RCVR_TRIGGER_LSB  0x00000040
#define SERIAL_IOC_FCR_RCVR_TRIGGER_MSB  0x00000080

/* -------------------------------------------- status (GET_COMMSTATUS) */
typedef struct _SERIAL_STATUS {
    ULONG Errors;
    ULONG HoldReasons;
    ULONG AmountInInQueue;
    ULONG AmountInOutQueue;
    BOOLEAN EofReceived;
    BOOLEAN WaitForImmediate;
} SERIAL_STATUS, *PSERIAL_STATUS;

/* Errors */
#define SERIAL_ERROR_BREAK         0x00000001
#define SERIAL_ERROR_FRAMING       0x00000002
#define SERIAL_ERROR_OVERRUN       0x00000004
#define SERIAL_ERROR_QUEUEOVERRUN  0x00000008
#define SERIAL_ERROR_PARITY        0x00000010

/* HoldReasons */
#define SERIAL_TX_WAITING_FOR_CTS    0x00000001
#define SERIAL_TX_WAITING_FOR_DSR    0x00000002
#define SERIAL_TX_WAITING_FOR_DCD    0x00000004
#define SERIAL_TX_WAITING_FOR_XON    0x00000008
#define SERIAL_TX_WAITING_XOFF_SENT  0x00000010
#define SERIAL_TX_WAITING_ON_BREAK   0x00000020
#define SERIAL_RX_WAITING_FOR_DSR    0x00000040

/* GET_DTRRTS and GET_MODEMSTATUS line states */
#define SERIAL_DTR_STATE  0x00000001
#define SERIAL_RTS_STATE  0x00000002
#define SERIAL_CTS_STATE  0x00000010
#define SERIAL_DSR_STATE  0x00000020
#define SERIAL_RI_STATE   0x00000040
#define SERIAL_DCD_STATE  0x00000080

/* ------------------------------------------ properties (GET_PROPERTIES) */
typedef struct _SERIAL_COMMPROP {
    USHORT PacketLength;
    USHORT PacketVersion;
    ULONG ServiceMask;
    ULONG Reserved1;
    ULONG MaxTxQueue;
    ULONG MaxRxQueue;
    ULONG MaxBaud;
    ULONG ProvSubType;
    ULONG ProvCapabilities;
    ULONG SettableParams;
    ULONG SettableBaud;
    USHORT SettableData;
    USHORT SettableStopParity;
    ULONG CurrentTxQueue;
    ULONG CurrentRxQueue;
    ULONG ProvSpec1;
    ULONG ProvSpec2;
    WCHAR ProvChar[1];
} SERIAL_COMMPROP, *PSERIAL_COMMPROP;

/* ServiceMask */
#define SERIAL_SP_SERIALCOMM  0x00000001

/* ProvSubType */
#define SERIAL_SP_UNSPECIFIED  0x00000000
#define SERIAL_SP_RS232        0x00000001
#define SERIAL_SP_PARALLEL     0x00000002
#define SERIAL_SP_RS422        0x00000003
#define SERIAL_SP_RS423        0x00000004
#define SERIAL_SP_RS449        0x00000005
#define SERIAL_SP_MODEM        0x00000006
#define SERIAL_SP_FAX          0x00000021
#define SERIAL_SP_SCANNER      0x00000022
#define SERIAL_SP_BRIDGE       0x00000100
#define SERIAL_SP_LAT          0x00000101
#define SERIAL_SP_TELNET       0x00000102
#define SERIAL_SP_X25          0x00000103

/* ProvCapabilities */
#define SERIAL_PCF_DTRDSR         0x00000001
#define SERIAL_PCF_RTSCTS         0x00000002
#define SERIAL_PCF_CD             0x00000004
#define SERIAL_PCF_PARITY_CHECK   0x00000008
#define SERIAL_PCF_XONXOFF        0x00000010
#define SERIAL_PCF_SETXCHAR       0x00000020
#define SERIAL_PCF_TOTALTIMEOUTS  0x00000040
#define SERIAL_PCF_INTTIMEOUTS    0x00000080
#define SERIAL_PCF_SPECIALCHARS   0x00000100
#define SERIAL_PCF_16BITMODE      0x00000200

/* SettableParams */
#define SERIAL_SP_PARITY          0x0001
#define SERIAL_SP_BAUD            0x0002
#define SERIAL_SP_DATABITS        0x0004
#define SERIAL_SP_STOPBITS        0x0008
#define SERIAL_SP_HANDSHAKING     0x0010
#define SERIAL_SP_PARITY_CHECK    0x0020
#define SERIAL_SP_CARRIER_DETECT  0x0040

/* SettableData */
#define SERIAL_DATABITS_5    0x0001
#define SERIAL_DATABITS_6    0x0002
#define SERIAL_DATABITS_7    0x0004
#define SERIAL_DATABITS_8    0x0008
#define SERIAL_DATABITS_16   0x0010
#define SERIAL_DATABITS_16X  0x0020

/* SettableStopParity */
#define SERIAL_STOPBITS_10   0x0001
#define SERIAL_STOPBITS_15   0x0002
#define SERIAL_STOPBITS_20   0x0004
#define SERIAL_PARITY_NONE   0x0100
#define SERIAL_PARITY_ODD    0x0200
#define SERIAL_PARITY_EVEN   0x0400
#define SERIAL_PARITY_MARK   0x0800
#define SERIAL_PARITY_SPACE  0x1000

/* ------------------------------------------------ statistics (GET_STATS) */
typedef struct _SERIALPERF_STATS {
    ULONG ReceivedCount;
    ULONG TransmittedCount;
    ULONG FrameErrorCount;
    ULONG SerialOverrunErrorCount;
    ULONG BufferOverrunErrorCount;
    ULONG ParityErrorCount;
} SERIALPERF_STATS, *PSERIALPERF_STATS;

/* --------------------------------------------- configuration (CONFIG_SIZE) */
typedef struct _SERIALCONFIG {
    ULONG Size;
    USHORT Version;
    ULONG SubType;
    ULONG ProvOffset;
    ULONG ProviderSize;
    WCHAR ProviderData[1];
} SERIALCONFIG, *PSERIALCONFIG;

/* ------------------------- settings a layered driver saves (INTERNAL_BASIC_SETTINGS) */
typedef struct _SERIAL_BASIC_SETTINGS {
    SERIAL_TIMEOUTS Timeouts;
    SERIAL_HANDFLOW HandFlow;
    ULONG RxFifo;
    ULONG TxFifo;
} SERIAL_BASIC_SETTINGS, *PSERIAL_BASIC_SETTINGS;

/* --------------------------------------------------------- serial enumerator */
typedef struct _SERENUM_PORT_DESC {
    ULONG Size;
    PVOID PortHandle;
    PHYSICAL_ADDRESS PortAddress;
    USHORT Reserved[1];
} SERENUM_PORT_DESC, *PSERENUM_PORT_DESC;

typedef UCHAR (*PSERENUM_READPORT)(PVOID SerPortAddress);
typedef VOID (*PSERENUM_WRITEPORT)(PVOID SerPortAddress, UCHAR Value);

typedef enum _SERENUM_PORTION {
    SerenumFirstHalf,
    SerenumSecondHalf,
    SerenumWhole
} SERENUM_PORTION;

typedef struct _SERENUM_PORT_PARAMETERS {
    ULONG Size;
    PSERENUM_READPORT ReadAccessor;
    PSERENUM_WRITEPORT WriteAccessor;
    PVOID SerPortAddress;
    PVOID HardwareHandle;
    SERENUM_PORTION Portion;
    USHORT NumberAxis;
    USHORT Reserved[3];
} SERENUM_PORT_PARAMETERS, *PSERENUM_PORT_PARAMETERS;

#endif /* DDICHECK_MODEL_NTDDSER_H */
