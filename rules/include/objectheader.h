/*
 * objectheader.h -- ddicheck model header: NDIS_OBJECT_HEADER, the header
 * that versions every NDIS 6 structure, and the NDIS_OBJECT_TYPE_* values.
 *
 * Written for ddicheck from the public reference page
 * ns-objectheader-ndis_object_header and the structure pages that name the
 * object types; it is not a copy of Microsoft's objectheader.h (the numeric
 * values only need to be distinct for analysis).  ddicheck searches its model
 * headers AFTER the driver's own include paths (-idirafter), so a real WDK on
 * the include path takes precedence.
 */
#ifndef DDICHECK_MODEL_OBJECTHEADER_H
#define DDICHECK_MODEL_OBJECTHEADER_H

#include <ntdef.h>

typedef struct _NDIS_OBJECT_HEADER {
    UCHAR Type;
    UCHAR Revision;
    USHORT Size;
} NDIS_OBJECT_HEADER, *PNDIS_OBJECT_HEADER;

#define NDIS_OBJECT_REVISION_1 1
#define NDIS_SIZEOF_OBJECT_HEADER_REVISION_1 sizeof(NDIS_OBJECT_HEADER)

#define NDIS_OBJECT_TYPE_DEFAULT                                   0x80
#define NDIS_OBJECT_TYPE_MINIPORT_INIT_PARAMETERS                  0x81
#define NDIS_OBJECT_TYPE_SG_DMA_DESCRIPTION                        0x83
#define NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT                        0x84
#define NDIS_OBJECT_TYPE_DEVICE_OBJECT_ATTRIBUTES                  0x85
#define NDIS_OBJECT_TYPE_BIND_PARAMETERS                           0x86
#define NDIS_OBJECT_TYPE_OPEN_PARAMETERS                           0x87
#define NDIS_OBJECT_TYPE_RSS_CAPABILITIES                          0x88
#define NDIS_OBJECT_TYPE_RSS_PARAMETERS                            0x89
#define NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS           0x8A
#define NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS             0x8B
#define NDIS_OBJECT_TYPE_FILTER_PARTIAL_CHARACTERISTICS            0x8C
#define NDIS_OBJECT_TYPE_FILTER_ATTRIBUTES                         0x8D
#define NDIS_OBJECT_TYPE_CO_PROTOCOL_CHARACTERISTICS               0x90
#define NDIS_OBJECT_TYPE_CO_MINIPORT_CHARACTERISTICS               0x91
#define NDIS_OBJECT_TYPE_MINIPORT_PNP_CHARACTERISTICS              0x92
#define NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS           0x95
#define NDIS_OBJECT_TYPE_REQUEST_EX                                0x96
#define NDIS_OBJECT_TYPE_OID_REQUEST                               0x96
#define NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS                     0x97
#define NDIS_OBJECT_TYPE_STATUS_INDICATION                         0x98
#define NDIS_OBJECT_TYPE_FILTER_ATTACH_PARAMETERS                  0x99
#define NDIS_OBJECT_TYPE_FILTER_PAUSE_PARAMETERS                   0x9A
#define NDIS_OBJECT_TYPE_FILTER_RESTART_PARAMETERS                 0x9B
#define NDIS_OBJECT_TYPE_PORT_CHARACTERISTICS                      0x9C
#define NDIS_OBJECT_TYPE_PORT_STATE                                0x9D
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES  0x9E
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES       0x9F
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES       0xA0
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES 0xA1
#define NDIS_OBJECT_TYPE_RESTART_GENERAL_ATTRIBUTES                0xA2
#define NDIS_OBJECT_TYPE_PROTOCOL_RESTART_PARAMETERS               0xA3
#define NDIS_OBJECT_TYPE_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES 0xA4
#define NDIS_OBJECT_TYPE_CO_CALL_MANAGER_OPTIONAL_HANDLERS         0xA5
#define NDIS_OBJECT_TYPE_CO_CLIENT_OPTIONAL_HANDLERS               0xA6
#define NDIS_OBJECT_TYPE_OFFLOAD                                   0xA7
#define NDIS_OBJECT_TYPE_OFFLOAD_ENCAPSULATION                     0xA8
#define NDIS_OBJECT_TYPE_CONFIGURATION_OBJECT                      0xA9
#define NDIS_OBJECT_TYPE_DRIVER_WRAPPER_OBJECT                     0xAA
#define NDIS_OBJECT_TYPE_HD_SPLIT_ATTRIBUTES                       0xAB
#define NDIS_OBJECT_TYPE_NSI_NETWORK_RW_STRUCT                     0xAC
#define NDIS_OBJECT_TYPE_NSI_COMPARTMENT_RW_STRUCT                 0xAD
#define NDIS_OBJECT_TYPE_NSI_INTERFACE_PERSIST_RW_STRUCT           0xAE
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES 0xAF
#define NDIS_OBJECT_TYPE_SHARED_MEMORY_PROVIDER_CHARACTERISTICS    0xB0
#define NDIS_OBJECT_TYPE_RSS_PROCESSOR_INFO                        0xB1
#define NDIS_OBJECT_TYPE_NDK_PROVIDER_CHARACTERISTICS              0xB2
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_NDK_ATTRIBUTES           0xB3
#define NDIS_OBJECT_TYPE_MINIPORT_SS_CHARACTERISTICS               0xB4
#define NDIS_OBJECT_TYPE_QOS_CAPABILITIES                          0xB5
#define NDIS_OBJECT_TYPE_QOS_PARAMETERS                            0xB6
#define NDIS_OBJECT_TYPE_QOS_CLASSIFICATION_ELEMENT                0xB7
#define NDIS_OBJECT_TYPE_SWITCH_OPTIONAL_HANDLERS                  0xB8
#define NDIS_OBJECT_TYPE_PD_TRANSMIT_QUEUE                         0xBE
#define NDIS_OBJECT_TYPE_PD_RECEIVE_QUEUE                          0xBF
#define NDIS_OBJECT_TYPE_RSS_PARAMETERS_V2                         0xC8
#define NDIS_OBJECT_TYPE_RSS_SET_INDIRECTION_ENTRIES               0xC9
#define NDIS_OBJECT_TYPE_GENERIC_OBJECT                            0xCA
#define NDIS_OBJECT_TYPE_PCI_DEVICE_CUSTOM_PROPERTIES_REVISION_1   0xCB

#endif /* DDICHECK_MODEL_OBJECTHEADER_H */
