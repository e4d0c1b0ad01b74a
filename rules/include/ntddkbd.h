/*
 * ntddkbd.h -- ddicheck model header: the keyboard class interface --
 * IOCTL_KEYBOARD_xxx, KEYBOARD_INPUT_DATA, KEYBOARD_ATTRIBUTES and the
 * typematic and indicator parameters, GUID_DEVINTERFACE_KEYBOARD.
 *
 * Written for ddicheck from the public reference pages of ntddkbd.h
 * (learn.microsoft.com, windows-hardware/drivers/ddi/ntddkbd), which are
 * not in the shared ddi-docs set; it is not a copy of Microsoft's
 * ntddkbd.h.  The IOCTL function numbers, flag values and the interface
 * GUID are not on those pages: they are the values of the independently
 * written, public mingw-w64 headers (mingw-w64/mingw-w64,
 * mingw-w64-headers/include/ntddkbd.h).
 */
#ifndef DDICHECK_MODEL_NTDDKBD_H
#define DDICHECK_MODEL_NTDDKBD_H

#include <ntdef.h>
#include <devioctl.h>

#define DD_KEYBOARD_DEVICE_NAME    "\\Device\\KeyboardClass"
#define DD_KEYBOARD_DEVICE_NAME_U  L"\\Device\\KeyboardClass"

#define IOCTL_KEYBOARD_QUERY_ATTRIBUTES            CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0000, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_SET_TYPEMATIC               CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0001, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_SET_INDICATORS              CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0002, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_QUERY_TYPEMATIC             CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0008, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_QUERY_INDICATORS            CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0010, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_QUERY_INDICATOR_TRANSLATION CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0020, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_INSERT_DATA                 CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0040, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_QUERY_IME_STATUS            CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0400, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_KEYBOARD_SET_IME_STATUS              CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0401, METHOD_BUFFERED, FILE_ANY_ACCESS)

#ifdef DEFINE_GUID
DEFINE_GUID(GUID_DEVINTERFACE_KEYBOARD,
    0x884b96c3, 0x56ef, 0x11d1, 0xbc, 0x8c, 0x00, 0xa0, 0xc9, 0x14, 0x05, 0xdd);
#define GUID_CLASS_KEYBOARD GUID_DEVINTERFACE_KEYBOARD
#endif

#define KEYBOARD_ERROR_VALUE_BASE   10000
#define KEYBOARD_OVERRUN_MAKE_CODE  0xFF

/* KEYBOARD_INPUT_DATA.Flags */
#define KEY_MAKE              0
#define KEY_BREAK             1
#define KEY_E0                2
#define KEY_E1                4
#define KEY_TERMSRV_SET_LED   8
#define KEY_TERMSRV_SHADOW    0x10
#define KEY_TERMSRV_VKPACKET  0x20

/* KEYBOARD_INDICATOR_PARAMETERS.LedFlags */
#define KEYBOARD_SCROLL_LOCK_ON  1
#define KEYBOARD_NUM_LOCK_ON     2
#define KEYBOARD_CAPS_LOCK_ON    4
#define KEYBOARD_KANA_LOCK_ON    8
#define KEYBOARD_SHADOW          0x4000
#define KEYBOARD_LED_INJECTED    0x8000

/* ns-ntddkbd-_keyboard_input_data */
typedef struct _KEYBOARD_INPUT_DATA {
    USHORT UnitId;
    USHORT MakeCode;
    USHORT Flags;
    USHORT Reserved;
    ULONG ExtraInformation;
} KEYBOARD_INPUT_DATA, *PKEYBOARD_INPUT_DATA;

/* ns-ntddkbd-_keyboard_typematic_parameters */
typedef struct _KEYBOARD_TYPEMATIC_PARAMETERS {
    USHORT UnitId;
    USHORT Rate;
    USHORT Delay;
} KEYBOARD_TYPEMATIC_PARAMETERS, *PKEYBOARD_TYPEMATIC_PARAMETERS;

/* ns-ntddkbd-_keyboard_id */
typedef struct _KEYBOARD_ID {
    UCHAR Type;
    UCHAR Subtype;
} KEYBOARD_ID, *PKEYBOARD_ID;

#define FAREAST_KEYBOARD(Id) ((Id).Type == 7 || (Id).Type == 8)
#define ENHANCED_KEYBOARD(Id) ((Id).Type == 2 || (Id).Type == 4 || FAREAST_KEYBOARD(Id))

/* ns-ntddkbd-_keyboard_indicator_parameters */
typedef struct _KEYBOARD_INDICATOR_PARAMETERS {
    USHORT UnitId;
    USHORT LedFlags;
} KEYBOARD_INDICATOR_PARAMETERS, *PKEYBOARD_INDICATOR_PARAMETERS;

typedef struct _INDICATOR_LIST {
    USHORT MakeCode;
    USHORT IndicatorFlags;
} INDICATOR_LIST, *PINDICATOR_LIST;

/* ns-ntddkbd-_keyboard_indicator_translation */
typedef struct _KEYBOARD_INDICATOR_TRANSLATION {
    USHORT NumberOfIndicatorKeys;
    INDICATOR_LIST IndicatorList[1];
} KEYBOARD_INDICATOR_TRANSLATION, *PKEYBOARD_INDICATOR_TRANSLATION;

/* ns-ntddkbd-_keyboard_attributes */
typedef struct _KEYBOARD_ATTRIBUTES {
    KEYBOARD_ID KeyboardIdentifier;
    USHORT KeyboardMode;
    USHORT NumberOfFunctionKeys;
    USHORT NumberOfIndicators;
    USHORT NumberOfKeysTotal;
    ULONG InputDataQueueLength;
    KEYBOARD_TYPEMATIC_PARAMETERS KeyRepeatMinimum;
    KEYBOARD_TYPEMATIC_PARAMETERS KeyRepeatMaximum;
} KEYBOARD_ATTRIBUTES, *PKEYBOARD_ATTRIBUTES;

typedef struct _KEYBOARD_UNIT_ID_PARAMETER {
    USHORT UnitId;
} KEYBOARD_UNIT_ID_PARAMETER, *PKEYBOARD_UNIT_ID_PARAMETER;

#endif /* DDICHECK_MODEL_NTDDKBD_H */
