/*
 * ntdd8042.h -- ddicheck model header: the i8042prt hook interface that
 * keyboard and mouse upper filter drivers use -- the
 * IOCTL_INTERNAL_I8042_xxx codes, INTERNAL_I8042_HOOK_KEYBOARD/MOUSE and
 * the PI8042_xxx callback types, OUTPUT_PACKET and the scan/mouse states.
 *
 * Written for ddicheck from the public reference pages of ntdd8042.h
 * (learn.microsoft.com, windows-hardware/drivers/ddi/ntdd8042), which are
 * not in the shared ddi-docs set; it is not a copy of Microsoft's
 * ntdd8042.h.  IOCTL function numbers and the enumerators' order: the
 * public mingw-w64 headers (mingw-w64-headers/include/ntdd8042.h).
 *
 * IRQL: the ISR hooks (PI8042_KEYBOARD_ISR, PI8042_MOUSE_ISR) and the
 * routines i8042prt hands them (IsrWritePort, QueueKeyboardPacket) run at
 * the device's DIRQL, which has no fixed level: no annotation, as the
 * model does for every DIRQL routine.
 */
#ifndef DDICHECK_MODEL_NTDD8042_H
#define DDICHECK_MODEL_NTDD8042_H

#include <wdm.h>
#include <ntddkbd.h>
#include <ntddmou.h>

#define IOCTL_INTERNAL_I8042_HOOK_KEYBOARD              CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0FF0, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_KEYBOARD_WRITE_BUFFER      CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0FF1, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_CONTROLLER_WRITE_BUFFER    CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0FF2, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_KEYBOARD_START_INFORMATION CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0FF3, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_HOOK_MOUSE                 CTL_CODE(FILE_DEVICE_MOUSE, 0x0FF0, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_MOUSE_WRITE_BUFFER         CTL_CODE(FILE_DEVICE_MOUSE, 0x0FF1, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_MOUSE_START_INFORMATION    CTL_CODE(FILE_DEVICE_MOUSE, 0x0FF3, METHOD_NEITHER, FILE_ANY_ACCESS)

#define I8042_POWER_SYS_BUTTON  0x0001
#define I8042_SLEEP_SYS_BUTTON  0x0002
#define I8042_WAKE_SYS_BUTTON   0x0004
#define I8042_SYS_BUTTONS (I8042_POWER_SYS_BUTTON | I8042_SLEEP_SYS_BUTTON | I8042_WAKE_SYS_BUTTON)

typedef enum _TRANSMIT_STATE {
    Idle = 0,
    SendingBytes
} TRANSMIT_STATE;

/* ns-ntdd8042-_output_packet */
typedef struct _OUTPUT_PACKET {
    PUCHAR Bytes;
    ULONG CurrentByte;
    ULONG ByteCount;
    TRANSMIT_STATE State;
} OUTPUT_PACKET, *POUTPUT_PACKET;

typedef enum _KEYBOARD_SCAN_STATE {
    Normal,
    GotE0,
    GotE1
} KEYBOARD_SCAN_STATE, *PKEYBOARD_SCAN_STATE;

typedef enum _MOUSE_STATE {
    MouseIdle,
    XMovement,
    YMovement,
    ZMovement,
    MouseExpectingACK,
    MouseResetting
} MOUSE_STATE, *PMOUSE_STATE;

typedef enum _MOUSE_RESET_SUBSTATE {
    ExpectingReset,
    ExpectingResetId,
    ExpectingGetDeviceIdACK,
    ExpectingGetDeviceIdValue,
    ExpectingSetResolutionDefaultACK,
    ExpectingSetResolutionDefaultValueACK,
    ExpectingSetResolutionACK,
    ExpectingSetResolutionValueACK,
    ExpectingSetScaling1to1ACK,
    ExpectingSetScaling1to1ACK2,
    ExpectingSetScaling1to1ACK3,
    ExpectingReadMouseStatusACK,
    ExpectingReadMouseStatusByte1,
    ExpectingReadMouseStatusByte2,
    ExpectingReadMouseStatusByte3,
    StartPnPIdDetection,
    ExpectingLoopSetSamplingRateACK,
    ExpectingLoopSetSamplingRateValueACK,
    ExpectingPnpIdByte1,
    ExpectingPnpIdByte2,
    ExpectingPnpIdByte3,
    ExpectingPnpIdByte4,
    ExpectingPnpIdByte5,
    ExpectingPnpIdByte6,
    ExpectingPnpIdByte7,
    EnableWheel,
    Enable5Buttons,
    ExpectingGetDeviceId2ACK,
    ExpectingGetDeviceId2Value,
    ExpectingSetSamplingRateACK,
    ExpectingSetSamplingRateValueACK,
    ExpectingEnableACK,
    ExpectingFinalResolutionACK,
    ExpectingFinalResolutionValueACK,
    ExpectingGetDeviceIdDetectACK,
    ExpectingGetDeviceIdDetectValue,
    CustomHookStateMinimum = 100,
    CustomHookStateMaximum = 999,
    I8042ReservedMinimum = 1000
} MOUSE_RESET_SUBSTATE, *PMOUSE_RESET_SUBSTATE;

typedef struct _INTERNAL_I8042_START_INFORMATION {
    ULONG Size;
    PKINTERRUPT InterruptObject;
    ULONG Reserved[8];
} INTERNAL_I8042_START_INFORMATION, *PINTERNAL_I8042_START_INFORMATION;

/* Routines i8042prt gives the hook (nc-ntdd8042-pi8042_xxx). */
typedef VOID (*PI8042_ISR_WRITE_PORT)(
    _In_ PVOID Context,
    _In_ UCHAR Value);

typedef VOID (*PI8042_QUEUE_PACKET)(
    _In_ PVOID Context);

typedef NTSTATUS (*PI8042_SYNCH_READ_PORT)(
    _In_ PVOID Context,
    _Out_ PUCHAR Value,
    _In_ BOOLEAN WaitForACK);

typedef NTSTATUS (*PI8042_SYNCH_WRITE_PORT)(
    _In_ PVOID Context,
    _In_ UCHAR Value,
    _In_ BOOLEAN WaitForACK);

/* The hooks a filter supplies. */
typedef NTSTATUS (*PI8042_KEYBOARD_INITIALIZATION_ROUTINE)(
    _In_ PVOID InitializationContext,
    _In_ PVOID SynchFuncContext,
    _In_ PI8042_SYNCH_READ_PORT ReadPort,
    _In_ PI8042_SYNCH_WRITE_PORT WritePort,
    _Out_ PBOOLEAN TurnTranslationOn);

typedef BOOLEAN (*PI8042_KEYBOARD_ISR)(
    _In_ PVOID IsrContext,
    _In_ PKEYBOARD_INPUT_DATA CurrentInput,
    _In_ POUTPUT_PACKET CurrentOutput,
    _In_ UCHAR StatusByte,
    _In_ PUCHAR Byte,
    _Out_ PBOOLEAN ContinueProcessing,
    _In_ PKEYBOARD_SCAN_STATE ScanState);

typedef BOOLEAN (*PI8042_MOUSE_ISR)(
    _In_ PVOID IsrContext,
    _In_ PMOUSE_INPUT_DATA CurrentInput,
    _In_ POUTPUT_PACKET CurrentOutput,
    _In_ UCHAR StatusByte,
    _In_ PUCHAR Byte,
    _Out_ PBOOLEAN ContinueProcessing,
    _In_ PMOUSE_STATE MouseState,
    _In_ PMOUSE_RESET_SUBSTATE ResetSubState);

/* ns-ntdd8042-_internal_i8042_hook_keyboard */
typedef struct _INTERNAL_I8042_HOOK_KEYBOARD {
    PVOID Context;
    PI8042_KEYBOARD_INITIALIZATION_ROUTINE InitializationRoutine;
    PI8042_KEYBOARD_ISR IsrRoutine;
    PI8042_ISR_WRITE_PORT IsrWritePort;
    PI8042_QUEUE_PACKET QueueKeyboardPacket;
    PVOID CallContext;
} INTERNAL_I8042_HOOK_KEYBOARD, *PINTERNAL_I8042_HOOK_KEYBOARD;

/* ns-ntdd8042-_internal_i8042_hook_mouse */
typedef struct _INTERNAL_I8042_HOOK_MOUSE {
    PVOID Context;
    PI8042_MOUSE_ISR IsrRoutine;
    PI8042_ISR_WRITE_PORT IsrWritePort;
    PI8042_QUEUE_PACKET QueueMousePacket;
    PVOID CallContext;
} INTERNAL_I8042_HOOK_MOUSE, *PINTERNAL_I8042_HOOK_MOUSE;

#endif /* DDICHECK_MODEL_NTDD8042_H */
