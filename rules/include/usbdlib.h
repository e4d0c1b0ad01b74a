/*
 * usbdlib.h -- ddicheck model header: the USBD client library a USB client
 * driver links with -- USBD_CLIENT_CONTRACT_VERSION_602, USBD_HANDLE,
 * USBD_INTERFACE_LIST_ENTRY, the URB size macros, the UsbBuildXxx macros
 * that format a URB and the USBD_xxx routines that allocate, parse and
 * validate configuration requests and descriptors.  Includes <usbdi.h>.
 *
 * Written for ddicheck from the public reference pages of usbdlib.h
 * (learn.microsoft.com, windows-hardware/drivers/ddi/usbdlib:
 * nf-usbdlib-usbbuildinterruptorbulktransferrequest,
 * usbbuildgetdescriptorrequest, usbbuildselectconfigurationrequest,
 * usbbuildselectinterfacerequest, usbbuildvendorrequest,
 * usbbuildfeaturerequest, usbbuildgetstatusrequest,
 * usbd_createconfigurationrequestex, usbd_parseconfigurationdescriptorex,
 * usbd_parsedescriptors, usbd_getinterfacelength, usbd_getusbdiversion,
 * usbd_validateconfigurationdescriptor; ns-usbdlib-_usbd_interface_list_entry;
 * ns-usb-_urb_select_configuration for GET_SELECT_CONFIGURATION_REQUEST_SIZE),
 * which are not in the shared ddi-docs set; it is not a copy of
 * Microsoft's usbdlib.h.  The macros are written from what their pages say
 * they set in the URB (header length and function, the request's members),
 * not from the WDK's text.
 *
 * Values: USBD_CLIENT_CONTRACT_VERSION_602 is 0x602 here, ddicheck's value
 * (the pages name the constant, not its number; the analysis needs only
 * some value).  USBD_HANDLE is an opaque pointer type of ddicheck's own.
 *
 * IRQLs (from the pages): USBD_ValidateConfigurationDescriptor
 * PASSIVE_LEVEL.  The other routines carry none: their pages as read here
 * give none (USBD_CreateConfigurationRequestEx's current page has no IRQL
 * row).  The USBD_CreateHandle family (USBD_CreateHandle, USBD_UrbAllocate,
 * USBD_QueryUsbCapability, ...) is not modelled.
 */
#ifndef DDICHECK_MODEL_USBDLIB_H
#define DDICHECK_MODEL_USBDLIB_H

#include <usbdi.h>

#define USBD_CLIENT_CONTRACT_VERSION_602  0x602

typedef struct USBD_HANDLE__ { int unused; } *USBD_HANDLE;

/* ns-usbdlib-_usbd_interface_list_entry: one per interface of the
 * configuration, the last with a NULL InterfaceDescriptor */
typedef struct _USBD_INTERFACE_LIST_ENTRY {
    PUSB_INTERFACE_DESCRIPTOR   InterfaceDescriptor;
    PUSBD_INTERFACE_INFORMATION Interface;
} USBD_INTERFACE_LIST_ENTRY, *PUSBD_INTERFACE_LIST_ENTRY;

/* ---------------------------------------------------------- URB sizes */
/* An interface's USBD_INTERFACE_INFORMATION with room for its pipes: the
 * structure holds the first USBD_PIPE_INFORMATION itself. */
#define GET_USBD_INTERFACE_SIZE(numEndpoints) \
    (sizeof(USBD_INTERFACE_INFORMATION) + \
     ((numEndpoints) - 1) * sizeof(USBD_PIPE_INFORMATION))
#define GET_SELECT_CONFIGURATION_REQUEST_SIZE(totalInterfaces, totalPipes) \
    (sizeof(struct _URB_SELECT_CONFIGURATION) + \
     ((totalInterfaces) - 1) * sizeof(USBD_INTERFACE_INFORMATION) + \
     ((totalPipes) - (totalInterfaces)) * sizeof(USBD_PIPE_INFORMATION))
#define GET_SELECT_INTERFACE_REQUEST_SIZE(totalPipes) \
    (sizeof(struct _URB_SELECT_INTERFACE) + \
     ((totalPipes) - 1) * sizeof(USBD_PIPE_INFORMATION))
#define GET_ISO_URB_SIZE(n) \
    (sizeof(struct _URB_ISOCH_TRANSFER) + \
     ((n) - 1) * sizeof(USBD_ISO_PACKET_DESCRIPTOR))

/* ------------------------------------------------------ URB formatting */
#define UsbBuildInterruptOrBulkTransferRequest(urb, length, pipeHandle,        \
        transferBuffer, transferBufferMDL, transferBufferLength,              \
        transferFlags, link)                                                  \
    do {                                                                      \
        (urb)->UrbHeader.Function = URB_FUNCTION_BULK_OR_INTERRUPT_TRANSFER;  \
        (urb)->UrbHeader.Length = (length);                                   \
        (urb)->UrbBulkOrInterruptTransfer.PipeHandle = (pipeHandle);          \
        (urb)->UrbBulkOrInterruptTransfer.TransferBufferLength = (transferBufferLength); \
        (urb)->UrbBulkOrInterruptTransfer.TransferBufferMDL = (transferBufferMDL); \
        (urb)->UrbBulkOrInterruptTransfer.TransferBuffer = (transferBuffer);  \
        (urb)->UrbBulkOrInterruptTransfer.TransferFlags = (transferFlags);    \
        (urb)->UrbBulkOrInterruptTransfer.UrbLink = (link);                   \
    } while (0)

#define UsbBuildGetDescriptorRequest(urb, length, descriptorType,              \
        descriptorIndex, languageId, transferBuffer, transferBufferMDL,       \
        transferBufferLength, link)                                           \
    do {                                                                      \
        (urb)->UrbHeader.Function = URB_FUNCTION_GET_DESCRIPTOR_FROM_DEVICE;  \
        (urb)->UrbHeader.Length = (length);                                   \
        (urb)->UrbControlDescriptorRequest.TransferBufferLength = (transferBufferLength); \
        (urb)->UrbControlDescriptorRequest.TransferBufferMDL = (transferBufferMDL); \
        (urb)->UrbControlDescriptorRequest.TransferBuffer = (transferBuffer); \
        (urb)->UrbControlDescriptorRequest.DescriptorType = (descriptorType); \
        (urb)->UrbControlDescriptorRequest.Index = (descriptorIndex);         \
        (urb)->UrbControlDescriptorRequest.LanguageId = (languageId);         \
        (urb)->UrbControlDescriptorRequest.UrbLink = (link);                  \
    } while (0)

#define UsbBuildSelectConfigurationRequest(urb, length, configurationDescriptor) \
    do {                                                                      \
        (urb)->UrbHeader.Function = URB_FUNCTION_SELECT_CONFIGURATION;        \
        (urb)->UrbHeader.Length = (length);                                   \
        (urb)->UrbSelectConfiguration.ConfigurationDescriptor = (configurationDescriptor); \
    } while (0)

#define UsbBuildSelectInterfaceRequest(urb, length, configurationHandle,       \
        interfaceNumber, alternateSetting)                                    \
    do {                                                                      \
        (urb)->UrbHeader.Function = URB_FUNCTION_SELECT_INTERFACE;            \
        (urb)->UrbHeader.Length = (length);                                   \
        (urb)->UrbSelectInterface.Interface.AlternateSetting = (alternateSetting); \
        (urb)->UrbSelectInterface.Interface.InterfaceNumber = (interfaceNumber); \
        (urb)->UrbSelectInterface.Interface.Length =                          \
            (USHORT)((length) - sizeof(struct _URB_HEADER) -                  \
                     sizeof(USBD_CONFIGURATION_HANDLE));                      \
        (urb)->UrbSelectInterface.ConfigurationHandle = (configurationHandle); \
    } while (0)

#define UsbBuildVendorRequest(urb, function, length, transferFlags,            \
        reservedBits, request, value, index, transferBuffer,                  \
        transferBufferMDL, transferBufferLength, link)                        \
    do {                                                                      \
        (urb)->UrbHeader.Function = (function);                               \
        (urb)->UrbHeader.Length = (length);                                   \
        (urb)->UrbControlVendorClassRequest.TransferBufferLength = (transferBufferLength); \
        (urb)->UrbControlVendorClassRequest.TransferBufferMDL = (transferBufferMDL); \
        (urb)->UrbControlVendorClassRequest.TransferBuffer = (transferBuffer); \
        (urb)->UrbControlVendorClassRequest.RequestTypeReservedBits = (reservedBits); \
        (urb)->UrbControlVendorClassRequest.Request = (request);              \
        (urb)->UrbControlVendorClassRequest.Value = (value);                  \
        (urb)->UrbControlVendorClassRequest.Index = (index);                  \
        (urb)->UrbControlVendorClassRequest.TransferFlags = (transferFlags);  \
        (urb)->UrbControlVendorClassRequest.UrbLink = (link);                 \
    } while (0)

#define UsbBuildFeatureRequest(urb, function, featureSelector, index, link)    \
    do {                                                                      \
        (urb)->UrbHeader.Function = (function);                               \
        (urb)->UrbHeader.Length = sizeof(struct _URB_CONTROL_FEATURE_REQUEST); \
        (urb)->UrbControlFeatureRequest.FeatureSelector = (featureSelector);  \
        (urb)->UrbControlFeatureRequest.Index = (index);                      \
        (urb)->UrbControlFeatureRequest.UrbLink = (link);                     \
    } while (0)

#define UsbBuildGetStatusRequest(urb, op, index, transferBuffer,               \
        transferBufferMDL, link)                                              \
    do {                                                                      \
        (urb)->UrbHeader.Function = (op);                                     \
        (urb)->UrbHeader.Length = sizeof(struct _URB_CONTROL_GET_STATUS_REQUEST); \
        (urb)->UrbControlGetStatusRequest.TransferBufferLength = sizeof(USHORT); \
        (urb)->UrbControlGetStatusRequest.TransferBufferMDL = (transferBufferMDL); \
        (urb)->UrbControlGetStatusRequest.TransferBuffer = (transferBuffer);  \
        (urb)->UrbControlGetStatusRequest.Index = (index);                    \
        (urb)->UrbControlGetStatusRequest.UrbLink = (link);                   \
    } while (0)

/* ------------------------------------------------------------- routines */
/* nf-usbdlib-usbd_createconfigurationrequestex: a URB from the pool, for
 * URB_FUNCTION_SELECT_CONFIGURATION; the caller frees it */
PURB USBD_CreateConfigurationRequestEx(
    _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
    _In_ PUSBD_INTERFACE_LIST_ENTRY InterfaceList);

/* nf-usbdlib-usbd_parseconfigurationdescriptorex: -1 in a search
 * argument matches any value */
PUSB_INTERFACE_DESCRIPTOR USBD_ParseConfigurationDescriptorEx(
    _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
    _In_ PVOID StartPosition,
    _In_ LONG InterfaceNumber,
    _In_ LONG AlternateSetting,
    _In_ LONG InterfaceClass,
    _In_ LONG InterfaceSubClass,
    _In_ LONG InterfaceProtocol);

/* nf-usbdlib-usbd_parsedescriptors */
PUSB_COMMON_DESCRIPTOR USBD_ParseDescriptors(
    _In_ PVOID DescriptorBuffer,
    _In_ ULONG TotalLength,
    _In_ PVOID StartPosition,
    _In_ LONG DescriptorType);

/* nf-usbdlib-usbd_getinterfacelength */
ULONG USBD_GetInterfaceLength(
    _In_ PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor,
    _In_ PUCHAR BufferEnd);

/* nf-usbdlib-usbd_getusbdiversion */
VOID USBD_GetUSBDIVersion(
    _Out_ PUSBD_VERSION_INFORMATION VersionInformation);

/* nf-usbdlib-usbd_validateconfigurationdescriptor; IRQL: PASSIVE_LEVEL.
 * Level 1 checks the header, 2 every descriptor, 3 also counts and order. */
_IRQL_requires_(PASSIVE_LEVEL)
USBD_STATUS USBD_ValidateConfigurationDescriptor(
    _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigDesc,
    _In_ ULONG BufferLength,
    _In_ USHORT Level,
    _Out_ PUCHAR *Offset,
    _In_opt_ ULONG Tag);

#endif /* DDICHECK_MODEL_USBDLIB_H */
