/*
 * init_split_helpers_ok -- clean: DriverEntry splits its initialisation into
 * helpers (registry, device and symbolic link, timer and DPC, miniport
 * registration), two levels deep, each doing PASSIVE_LEVEL-only work.  The
 * helpers are ordinary functions reached only from DriverEntry, so they run
 * at PASSIVE_LEVEL; none of them is an entry point of its own.
 */
#include <ndis.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE MpInitialize;

typedef struct _DRV_GLOBALS {
    KSPIN_LOCK Lock;
    KTIMER Timer;
    KDPC Dpc;
    PDEVICE_OBJECT Control;
    NDIS_HANDLE MiniportDriverHandle;
    UNICODE_STRING LinkName;
    UNICODE_STRING DeviceName;
} DRV_GLOBALS;

DRV_GLOBALS DrvGlobals;

static VOID DrvDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
}

NDIS_STATUS MpInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(MiniportAdapterHandle);
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    return NDIS_STATUS_SUCCESS;
}

static NTSTATUS DrvCreateLink(VOID)
{
    RtlInitUnicodeString(&DrvGlobals.LinkName, L"\\DosDevices\\DrvCtl");
    return IoCreateSymbolicLink(&DrvGlobals.LinkName, &DrvGlobals.DeviceName);
}

static NTSTATUS DrvInitDevice(PDRIVER_OBJECT DriverObject)
{
    NTSTATUS Status;

    RtlInitUnicodeString(&DrvGlobals.DeviceName, L"\\Device\\DrvCtl");
    Status = IoCreateDevice(DriverObject, 0, &DrvGlobals.DeviceName, FILE_DEVICE_UNKNOWN, 0, FALSE,
                            &DrvGlobals.Control);
    if (!NT_SUCCESS(Status))
        return Status;
    Status = DrvCreateLink();
    if (!NT_SUCCESS(Status))
        IoDeleteDevice(DrvGlobals.Control);
    return Status;
}

static VOID DrvInitTimers(VOID)
{
    KeInitializeSpinLock(&DrvGlobals.Lock);
    KeInitializeTimer(&DrvGlobals.Timer);
    KeInitializeDpc(&DrvGlobals.Dpc, DrvDpc, &DrvGlobals);
}

static NDIS_STATUS DrvRegisterMiniport(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 30;
    Chars.InitializeHandlerEx = MpInitialize;
    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars, &DrvGlobals.MiniportDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS Status;

    DrvInitTimers();
    Status = DrvInitDevice(DriverObject);
    if (!NT_SUCCESS(Status))
        return Status;
    Status = DrvRegisterMiniport(DriverObject, RegistryPath);
    if (Status != NDIS_STATUS_SUCCESS) {
        IoDeleteSymbolicLink(&DrvGlobals.LinkName);
        IoDeleteDevice(DrvGlobals.Control);
    }
    return Status;
}
