/*
 * poclass.h -- ddicheck model header: the power-policy device classes'
 * interface -- the battery IOCTLs (IOCTL_BATTERY_xxx) and the structures
 * and values they carry (BATTERY_INFORMATION, BATTERY_STATUS,
 * BATTERY_MANUFACTURE_DATE, the query and set levels, ...), and the
 * thermal-zone IOCTLs (IOCTL_THERMAL_xxx) with THERMAL_INFORMATION and
 * THERMAL_WAIT_READ; the battery and thermal-zone device interface GUIDs.
 * <batclass.h> includes it.  The lid, button, wake-alarm, real-time-clock
 * and processor (PCC) parts of the WDK header are not modelled.
 *
 * Written for ddicheck from the public reference pages (MicrosoftDocs
 * sdk-api, content/poclass: ni-poclass-ioctl_battery_xxx and the
 * ns-poclass-_battery_xxx structure pages; learn.microsoft.com
 * windows-hardware/design/device-experiences: IOCTL_THERMAL_READ_TEMPERATURE
 * and THERMAL_WAIT_READ), which are not in the shared ddi-docs set; it is
 * not a copy of Microsoft's poclass.h.  IOCTL function numbers, flag
 * values and GUIDs: the public mingw-w64 header
 * (mingw-w64-headers/include/poclass.h).  The header declares no routine,
 * so there is no IRQL to state.
 */
#ifndef DDICHECK_MODEL_POCLASS_H
#define DDICHECK_MODEL_POCLASS_H

#include <ntdef.h>
#include <devioctl.h>
#include <guiddef.h>

/* ------------------------------------------------------ device interfaces */
DEFINE_GUID(GUID_DEVICE_BATTERY,
    0x72631e54, 0x78a4, 0x11d0, 0xbc, 0xf7, 0x00, 0xaa, 0x00, 0xb7, 0xb3, 0x2a);
DEFINE_GUID(GUID_DEVICE_THERMAL_ZONE,
    0x4afa3d51, 0x74a7, 0x11d0, 0xbe, 0x5e, 0x00, 0xa0, 0xc9, 0x06, 0x28, 0x57);

/* ---------------------------------------------------------------- battery */
/* The four requests the battery class driver answers for a miniclass
 * driver (BatteryClassIoctl), by function number. */
#define IOCTL_BATTERY_QUERY_TAG          CTL_CODE(FILE_DEVICE_BATTERY, 0x10, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_BATTERY_QUERY_INFORMATION  CTL_CODE(FILE_DEVICE_BATTERY, 0x11, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_BATTERY_SET_INFORMATION    CTL_CODE(FILE_DEVICE_BATTERY, 0x12, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_BATTERY_QUERY_STATUS       CTL_CODE(FILE_DEVICE_BATTERY, 0x13, METHOD_BUFFERED, FILE_READ_ACCESS)

/* A battery tag changes whenever a battery is inserted; this one names none. */
#define BATTERY_TAG_INVALID  0

/* Longest string a BatteryXxxName/SerialNumber/UniqueID query returns, in WCHARs. */
#define MAX_BATTERY_STRING_SIZE  128

/* What IOCTL_BATTERY_QUERY_INFORMATION (and BatteryMiniQueryInformation) asks for. */
typedef enum {
    BatteryInformation,
    BatteryGranularityInformation,
    BatteryTemperature,
    BatteryEstimatedTime,
    BatteryDeviceName,
    BatteryManufactureDate,
    BatteryManufactureName,
    BatteryUniqueID,
    BatterySerialNumber
} BATTERY_QUERY_INFORMATION_LEVEL;

typedef struct _BATTERY_QUERY_INFORMATION {
    ULONG BatteryTag;
    BATTERY_QUERY_INFORMATION_LEVEL InformationLevel;
    ULONG AtRate;
} BATTERY_QUERY_INFORMATION, *PBATTERY_QUERY_INFORMATION;

/* The BatteryInformation level. */
typedef struct _BATTERY_INFORMATION {
    ULONG Capabilities;         /* BATTERY_xxx capability bits below */
    UCHAR Technology;           /* 0 primary, 1 rechargeable */
    UCHAR Reserved[3];
    UCHAR Chemistry[4];         /* "LION", "NiMH", ..., not terminated */
    ULONG DesignedCapacity;
    ULONG FullChargedCapacity;
    ULONG DefaultAlert1;
    ULONG DefaultAlert2;
    ULONG CriticalBias;
    ULONG CycleCount;
} BATTERY_INFORMATION, *PBATTERY_INFORMATION;

/* BATTERY_INFORMATION.Capabilities */
#define BATTERY_SET_CHARGE_SUPPORTED          0x00000001
#define BATTERY_SET_DISCHARGE_SUPPORTED       0x00000002
#define BATTERY_SET_CHARGINGSOURCE_SUPPORTED  0x00000004
#define BATTERY_SEALED                        0x10000000
#define BATTERY_IS_SHORT_TERM                 0x20000000
#define BATTERY_CAPACITY_RELATIVE             0x40000000
#define BATTERY_SYSTEM_BATTERY                0x80000000

/* The BatteryManufactureDate level. */
typedef struct _BATTERY_MANUFACTURE_DATE {
    UCHAR Day;
    UCHAR Month;
    USHORT Year;
} BATTERY_MANUFACTURE_DATE, *PBATTERY_MANUFACTURE_DATE;

/* Values a query answers when it does not know. */
#define BATTERY_UNKNOWN_CAPACITY  0xFFFFFFFF
#define BATTERY_UNKNOWN_TIME      0xFFFFFFFF
#define BATTERY_UNKNOWN_CURRENT   0xFFFFFFFF
#define BATTERY_UNKNOWN_VOLTAGE   0xFFFFFFFF
#define BATTERY_UNKNOWN_RATE      0x80000000
#define UNKNOWN_CAPACITY  BATTERY_UNKNOWN_CAPACITY
#define UNKNOWN_CURRENT   BATTERY_UNKNOWN_CURRENT
#define UNKNOWN_VOLTAGE   BATTERY_UNKNOWN_VOLTAGE
#define UNKNOWN_RATE      BATTERY_UNKNOWN_RATE

/* What IOCTL_BATTERY_SET_INFORMATION (and BatteryMiniSetInformation) sets. */
typedef enum {
    BatteryCriticalBias,
    BatteryCharge,
    BatteryDischarge,
    BatteryChargingSource
} BATTERY_SET_INFORMATION_LEVEL;

typedef struct _BATTERY_SET_INFORMATION {
    ULONG BatteryTag;
    BATTERY_SET_INFORMATION_LEVEL InformationLevel;
    UCHAR Buffer[1];
} BATTERY_SET_INFORMATION, *PBATTERY_SET_INFORMATION;

/* The BatteryChargingSource level's buffer. */
typedef enum _BATTERY_CHARGING_SOURCE_TYPE {
    BatteryChargingSourceType_None,
    BatteryChargingSourceType_AC,
    BatteryChargingSourceType_USB,
    BatteryChargingSourceType_Wireless
} BATTERY_CHARGING_SOURCE_TYPE, *PBATTERY_CHARGING_SOURCE_TYPE;

typedef struct _BATTERY_CHARGING_SOURCE {
    BATTERY_CHARGING_SOURCE_TYPE Type;
    ULONG MaxCurrent;
} BATTERY_CHARGING_SOURCE, *PBATTERY_CHARGING_SOURCE;

/* IOCTL_BATTERY_QUERY_STATUS: the input names the conditions to wait for,
 * the output is the status. */
typedef struct _BATTERY_WAIT_STATUS {
    ULONG BatteryTag;
    ULONG Timeout;
    ULONG PowerState;
    ULONG LowCapacity;
    ULONG HighCapacity;
} BATTERY_WAIT_STATUS, *PBATTERY_WAIT_STATUS;

typedef struct _BATTERY_STATUS {
    ULONG PowerState;           /* BATTERY_xxx state bits below */
    ULONG Capacity;
    ULONG Voltage;
    LONG Rate;
} BATTERY_STATUS, *PBATTERY_STATUS;

/* BATTERY_STATUS.PowerState, BATTERY_WAIT_STATUS.PowerState */
#define BATTERY_POWER_ON_LINE  0x00000001
#define BATTERY_DISCHARGING    0x00000002
#define BATTERY_CHARGING       0x00000004
#define BATTERY_CRITICAL       0x00000008

/* ----------------------------------------------------------- thermal zone */
#define IOCTL_THERMAL_QUERY_INFORMATION   CTL_CODE(FILE_DEVICE_BATTERY, 0x20, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_THERMAL_SET_COOLING_POLICY  CTL_CODE(FILE_DEVICE_BATTERY, 0x21, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_RUN_ACTIVE_COOLING_METHOD   CTL_CODE(FILE_DEVICE_BATTERY, 0x22, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_THERMAL_SET_PASSIVE_LIMIT   CTL_CODE(FILE_DEVICE_BATTERY, 0x23, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_THERMAL_READ_TEMPERATURE    CTL_CODE(FILE_DEVICE_BATTERY, 0x24, METHOD_BUFFERED, FILE_READ_ACCESS)

/* IOCTL_THERMAL_SET_COOLING_POLICY */
#define ACTIVE_COOLING   0
#define PASSIVE_COOLING  1

#define MAX_ACTIVE_COOLING_LEVELS  10

/* IOCTL_THERMAL_QUERY_INFORMATION; temperatures in tenths of a kelvin. */
typedef struct _THERMAL_INFORMATION {
    ULONG ThermalStamp;
    ULONG ThermalConstant1;
    ULONG ThermalConstant2;
    KAFFINITY Processors;
    ULONG SamplingPeriod;
    ULONG CurrentTemperature;
    ULONG PassiveTripPoint;
    ULONG CriticalTripPoint;
    UCHAR ActiveTripPointCount;
    ULONG ActiveTripPoint[MAX_ACTIVE_COOLING_LEVELS];
} THERMAL_INFORMATION, *PTHERMAL_INFORMATION;

/* IOCTL_THERMAL_READ_TEMPERATURE's input: complete when the temperature
 * leaves [LowTemperature, HighTemperature] or after Timeout ms (0: at
 * once, -1: never). */
typedef struct _THERMAL_WAIT_READ {
    ULONG Timeout;
    ULONG LowTemperature;
    ULONG HighTemperature;
} THERMAL_WAIT_READ, *PTHERMAL_WAIT_READ;

#endif /* DDICHECK_MODEL_POCLASS_H */
