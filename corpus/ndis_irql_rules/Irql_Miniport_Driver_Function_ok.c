/*
 * Irql_Miniport_Driver_Function_ok -- clean: DriverEntry registers the
 * miniport; MiniportInitializeEx sets the registration attributes and maps
 * the registers (PASSIVE_LEVEL); MiniportResetEx pends the reset and the
 * interrupt DPC completes it with NdisMResetComplete, whose page asks for
 * DISPATCH_LEVEL.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE MpInitialize;
MINIPORT_HALT MpHalt;
MINIPORT_RESET MpReset;
MINIPORT_INTERRUPT_DPC MpInterruptDpc;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    PVOID Registers;
    BOOLEAN ResetPending;
    volatile ULONG *ResetDone;
} MP_ADAPTER, *PMP_ADAPTER;

MP_ADAPTER MpAdapter;
NDIS_HANDLE MpDriverHandle;
NDIS_PHYSICAL_ADDRESS MpRegisterBase;

NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Reg;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    MpAdapter.AdapterHandle = MiniportAdapterHandle;
    NdisZeroMemory(&Reg, sizeof(Reg));
    Reg.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    Reg.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Reg.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Reg.MiniportAdapterContext = &MpAdapter;
    Reg.CheckForHangTimeInSeconds = 4;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Reg);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;
    return NdisMMapIoSpace(&MpAdapter.Registers, MiniportAdapterHandle, MpRegisterBase, 0x1000);
}

VOID MpHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    NdisMUnmapIoSpace(Adapter->AdapterHandle, Adapter->Registers, 0x1000);
}

NDIS_STATUS MpReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    *AddressingReset = FALSE;
    Adapter->ResetPending = TRUE;
    return NDIS_STATUS_PENDING;
}

VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    if (Adapter->ResetPending && *Adapter->ResetDone) {
        Adapter->ResetPending = FALSE;
        NdisMResetComplete(Adapter->AdapterHandle, NDIS_STATUS_SUCCESS, FALSE);
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 30;
    Chars.InitializeHandlerEx = MpInitialize;
    Chars.HaltHandlerEx = MpHalt;
    Chars.ResetHandlerEx = MpReset;
    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars, &MpDriverHandle);
}
