/*
 * Irql_Filter_Driver_Function_ok -- clean: the filter registers itself from
 * DriverEntry (PASSIVE_LEVEL), forwards sends with NdisFSendNetBufferLists
 * while it holds its statistics lock (the page allows DISPATCH_LEVEL), and
 * completes a pended pause from an NDIS timer with NdisFPauseComplete, which
 * also allows DISPATCH_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
FILTER_SEND_NET_BUFFER_LISTS FltSend;
NDIS_TIMER_FUNCTION FltDrainTimer;

typedef struct _FLT_MODULE {
    NDIS_SPIN_LOCK StatsLock;
    NDIS_HANDLE FilterHandle;
    ULONG64 SentNbls;
    ULONG Outstanding;
    BOOLEAN PausePending;
} FLT_MODULE, *PFLT_MODULE;

NDIS_HANDLE FltDriverHandle;

VOID FltSend(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists,
             NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;

    NdisAcquireSpinLock(&Module->StatsLock);
    Module->SentNbls++;
    Module->Outstanding++;
    NdisFSendNetBufferLists(Module->FilterHandle, NetBufferLists, PortNumber, SendFlags);
    NdisReleaseSpinLock(&Module->StatsLock);
}

VOID FltDrainTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PFLT_MODULE Module = (PFLT_MODULE)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    if (Module->PausePending && Module->Outstanding == 0) {
        Module->PausePending = FALSE;
        NdisFPauseComplete(Module->FilterHandle);
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_FILTER_DRIVER_CHARACTERISTICS Chars;

    UNREFERENCED_PARAMETER(RegistryPath);
    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_FILTER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 30;
    Chars.SendNetBufferListsHandler = FltSend;
    return NdisFRegisterFilterDriver(DriverObject, (NDIS_HANDLE)DriverObject, &Chars, &FltDriverHandle);
}
