/*
 * wmidata.h -- ddicheck model header: the WDK's data blocks of the
 * standard WMI classes that in-box drivers provide.  Only the serial-port
 * classes (MSSerial_xxx) are modelled -- their GUIDs, the data block each
 * GUID returns (SERIAL_WMI_COMM_DATA, SERIAL_WMI_HW_DATA,
 * SERIAL_WMI_PERF_DATA, SERIAL_WMI_COMMPROP, MSSerial_PortName), their
 * enumerated values and sizes: the serial sample includes this header for
 * them.  The other classes of the WDK header (disk, storage, NDIS, power,
 * keyboard, mouse, ...) are not.
 *
 * Written for ddicheck; it is not a copy of Microsoft's wmidata.h (a file
 * the WDK generates from its WMI class definitions).  The GUIDs, the field
 * names and types, the values and the data-block sizes are those of the
 * public mingw-w64 header (mingw-w64-headers/ddk/include/ddk/wmidata.h);
 * the layout is ours.  The header declares no routine, so there is no IRQL to state.
 * Unlike the project-generated WMI headers of some samples (busenumMof.h,
 * ToasterMof.h), this one ships with the WDK.
 */
#ifndef DDICHECK_MODEL_WMIDATA_H
#define DDICHECK_MODEL_WMIDATA_H

#include <ntdef.h>
#include <guiddef.h>

/* ---------------------------------------------------------- MSSerial_xxx */
/* One GUID per class; each names the data block below it. */
DEFINE_GUID(MSSerial_PortName_GUID,
    0xa0ec11a8, 0xb16c, 0x11d1, 0xbd, 0x98, 0x00, 0xa0, 0xc9, 0x06, 0xbe, 0x2d);
DEFINE_GUID(MSSerial_CommInfo_GUID,
    0xedb16a62, 0xb16c, 0x11d1, 0xbd, 0x98, 0x00, 0xa0, 0xc9, 0x06, 0xbe, 0x2d);
DEFINE_GUID(MSSerial_HardwareConfiguration_GUID,
    0x270b9b86, 0xb16d, 0x11d1, 0xbd, 0x98, 0x00, 0xa0, 0xc9, 0x06, 0xbe, 0x2d);
DEFINE_GUID(MSSerial_PerformanceInformation_GUID,
    0x56415acc, 0xb16d, 0x11d1, 0xbd, 0x98, 0x00, 0xa0, 0xc9, 0x06, 0xbe, 0x2d);
DEFINE_GUID(MSSerial_CommProperties_GUID,
    0x8209ec2a, 0x2d6b, 0x11d2, 0xba, 0x49, 0x00, 0xa0, 0xc9, 0x06, 0x29, 0x10);

/* MSSerial_PortName: the port's name as a counted string. */
typedef struct _MSSerial_PortName {
    CHAR VariableData[1];
} MSSerial_PortName, *PMSSerial_PortName;

/* MSSerial_CommInfo: the communication settings and what can be set. */
typedef struct _SERIAL_WMI_COMM_DATA {
    ULONG BaudRate;
    ULONG BitsPerByte;
    ULONG Parity;               /* SERIAL_WMI_PARITY_xxx */
    BOOLEAN ParityCheckEnable;
    ULONG StopBits;             /* SERIAL_WMI_STOP_xxx */
    ULONG XoffCharacter;
    ULONG XoffXmitThreshold;
    ULONG XonCharacter;
    ULONG XonXmitThreshold;
    ULONG MaximumBaudRate;
    ULONG MaximumOutputBufferSize;
    ULONG MaximumInputBufferSize;
    BOOLEAN Support16BitMode;
    BOOLEAN SupportDTRDSR;
    BOOLEAN SupportIntervalTimeouts;
    BOOLEAN SupportParityCheck;
    BOOLEAN SupportRTSCTS;
    BOOLEAN SupportXonXoff;
    BOOLEAN SettableBaudRate;
    BOOLEAN SettableDataBits;
    BOOLEAN SettableFlowControl;
    BOOLEAN SettableParity;
    BOOLEAN SettableParityCheck;
    BOOLEAN SettableStopBits;
    BOOLEAN IsBusy;
} SERIAL_WMI_COMM_DATA, *PSERIAL_WMI_COMM_DATA;
#define SERIAL_WMI_COMM_DATA_SIZE (FIELD_OFFSET(SERIAL_WMI_COMM_DATA, IsBusy) + sizeof(BOOLEAN))

#define SERIAL_WMI_PARITY_NONE   0
#define SERIAL_WMI_PARITY_ODD    1
#define SERIAL_WMI_PARITY_EVEN   2
#define SERIAL_WMI_PARITY_SPACE  3
#define SERIAL_WMI_PARITY_MARK   4

#define SERIAL_WMI_STOP_1    0
#define SERIAL_WMI_STOP_1_5  1
#define SERIAL_WMI_STOP_2    2

/* MSSerial_HardwareConfiguration: the interrupt and I/O resources. */
typedef struct _SERIAL_WMI_HW_DATA {
    ULONG IrqNumber;
    ULONG IrqVector;
    ULONG IrqLevel;
    ULONGLONG IrqAffinityMask;
    ULONG InterruptType;        /* SERIAL_WMI_INTTYPE_xxx */
    ULONGLONG BaseIOAddress;
} SERIAL_WMI_HW_DATA, *PSERIAL_WMI_HW_DATA;
#define SERIAL_WMI_HW_DATA_SIZE (FIELD_OFFSET(SERIAL_WMI_HW_DATA, BaseIOAddress) + sizeof(ULONGLONG))

#define SERIAL_WMI_INTTYPE_LATCHED  0
#define SERIAL_WMI_INTTYPE_LEVEL    1

/* MSSerial_PerformanceInformation: the counters of IOCTL_SERIAL_GET_STATS. */
typedef struct _SERIAL_WMI_PERF_DATA {
    ULONG ReceivedCount;
    ULONG TransmittedCount;
    ULONG FrameErrorCount;
    ULONG SerialOverrunErrorCount;
    ULONG BufferOverrunErrorCount;
    ULONG ParityErrorCount;
} SERIAL_WMI_PERF_DATA, *PSERIAL_WMI_PERF_DATA;
#define SERIAL_WMI_PERF_DATA_SIZE (FIELD_OFFSET(SERIAL_WMI_PERF_DATA, ParityErrorCount) + sizeof(ULONG))

/* MSSerial_CommProperties: SERIAL_COMMPROP (<ntddser.h>) as WMI returns it,
 * with the size of the provider characters before them. */
typedef struct _SERIAL_WMI_COMMPROP {
    USHORT wPacketLength;
    USHORT wPacketVersion;
    ULONG dwServiceMask;
    ULONG dwReserved1;
    ULONG dwMaxTxQueue;
    ULONG dwMaxRxQueue;
    ULONG dwMaxBaud;
    ULONG dwProvSubType;
    ULONG dwProvCapabilities;
    ULONG dwSettableParams;
    ULONG dwSettableBaud;
    USHORT wSettableData;
    USHORT wSettableStopParity;
    ULONG dwCurrentTxQueue;
    ULONG dwCurrentRxQueue;
    ULONG dwProvSpec1;
    ULONG dwProvSpec2;
    ULONG dwProvCharSize;
    UCHAR wcProvChar[1];
} SERIAL_WMI_COMMPROP, *PSERIAL_WMI_COMMPROP;

#endif /* DDICHECK_MODEL_WMIDATA_H */
