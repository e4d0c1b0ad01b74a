/*
 * adapter.c -- ImMux: the binding and VELAN objects, the lists that hold
 * them, and the start and stop of VELANs.
 *
 * A VELAN is reference counted: the binding's list holds one reference, and
 * code that uses a VELAN after dropping Binding->Lock takes its own.  The
 * last dereference frees it.
 */
#include "mux.h"

_Use_decl_annotations_
PMUX_BINDING MuxAllocateBinding(VOID)
{
    NET_BUFFER_LIST_POOL_PARAMETERS PoolParameters;
    PMUX_BINDING Binding;

    Binding = NdisAllocateMemoryWithTagPriority(MuxGlobals.ProtocolHandle, sizeof(MUX_BINDING), MUX_TAG,
                                                NormalPoolPriority);
    if (Binding == NULL)
        return NULL;

    NdisZeroMemory(Binding, sizeof(*Binding));
    NdisAllocateSpinLock(&Binding->Lock);
    NdisInitializeListHead(&Binding->VelanList);
    NdisInitializeEvent(&Binding->OpenEvent);
    NdisInitializeEvent(&Binding->CloseEvent);
    Binding->State = MuxBindingOpening;
    Binding->MtuSize = MUX_DEFAULT_MTU;

    NdisZeroMemory(&PoolParameters, sizeof(PoolParameters));
    PoolParameters.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    PoolParameters.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    PoolParameters.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    PoolParameters.ProtocolId = NDIS_PROTOCOL_ID_DEFAULT;
    PoolParameters.fAllocateNetBuffer = FALSE;
    PoolParameters.ContextSize = 0;
    PoolParameters.PoolTag = MUX_TAG;
    PoolParameters.DataSize = 0;

    Binding->SendNblPool = NdisAllocateNetBufferListPool(MuxGlobals.ProtocolHandle, &PoolParameters);
    Binding->ReceiveNblPool = NdisAllocateNetBufferListPool(MuxGlobals.ProtocolHandle, &PoolParameters);
    if (Binding->SendNblPool == NULL || Binding->ReceiveNblPool == NULL) {
        MuxFreeBinding(Binding);
        return NULL;
    }
    return Binding;
}

_Use_decl_annotations_
VOID MuxFreeBinding(PMUX_BINDING Binding)
{
    if (Binding->SendNblPool != NULL)
        NdisFreeNetBufferListPool(Binding->SendNblPool);
    if (Binding->ReceiveNblPool != NULL)
        NdisFreeNetBufferListPool(Binding->ReceiveNblPool);
    NdisFreeSpinLock(&Binding->Lock);
    NdisFreeMemoryWithTagPriority(MuxGlobals.ProtocolHandle, Binding, MUX_TAG);
}

_Use_decl_annotations_
VOID MuxLinkBinding(PMUX_BINDING Binding)
{
    NdisAcquireSpinLock(&MuxGlobals.Lock);
    InsertTailList(&MuxGlobals.BindingList, &Binding->Link);
    MuxGlobals.BindingCount++;
    NdisReleaseSpinLock(&MuxGlobals.Lock);
}

_Use_decl_annotations_
VOID MuxUnlinkBinding(PMUX_BINDING Binding)
{
    NdisAcquireSpinLock(&MuxGlobals.Lock);
    RemoveEntryList(&Binding->Link);
    MuxGlobals.BindingCount--;
    NdisReleaseSpinLock(&MuxGlobals.Lock);
}

/* Creates a VELAN named InstanceName (InstanceChars characters, not
 * terminated) and links it into the binding, in the Starting state. */
_Use_decl_annotations_
PMUX_VELAN MuxAllocateVelan(PMUX_BINDING Binding, PCWSTR InstanceName, USHORT InstanceChars)
{
    PMUX_VELAN Velan;

    if (InstanceChars == 0 || InstanceChars >= MUX_MAX_INSTANCE_CHARS)
        return NULL;

    Velan = NdisAllocateMemoryWithTagPriority(MuxGlobals.ProtocolHandle, sizeof(MUX_VELAN), MUX_TAG,
                                              NormalPoolPriority);
    if (Velan == NULL)
        return NULL;

    NdisZeroMemory(Velan, sizeof(*Velan));
    NdisMoveMemory(Velan->DeviceInstanceBuffer, (PVOID)InstanceName, InstanceChars * sizeof(WCHAR));
    Velan->DeviceInstance.Buffer = Velan->DeviceInstanceBuffer;
    Velan->DeviceInstance.Length = (USHORT)(InstanceChars * sizeof(WCHAR));
    Velan->DeviceInstance.MaximumLength = (USHORT)sizeof(Velan->DeviceInstanceBuffer);
    Velan->Binding = Binding;
    Velan->State = MuxVelanStarting;
    Velan->RefCount = 1;

    NdisAcquireSpinLock(&Binding->Lock);
    InsertTailList(&Binding->VelanList, &Velan->Link);
    Binding->VelanCount++;
    NdisReleaseSpinLock(&Binding->Lock);
    return Velan;
}

_Use_decl_annotations_
VOID MuxReferenceVelan(PMUX_VELAN Velan)
{
    InterlockedIncrement(&Velan->RefCount);
}

_Use_decl_annotations_
VOID MuxDereferenceVelan(PMUX_VELAN Velan)
{
    if (InterlockedDecrement(&Velan->RefCount) == 0)
        NdisFreeMemoryWithTagPriority(MuxGlobals.ProtocolHandle, Velan, MUX_TAG);
}

/* Unlinks a VELAN from its binding and drops the list's reference. */
_Use_decl_annotations_
VOID MuxRemoveVelan(PMUX_VELAN Velan)
{
    PMUX_BINDING Binding = Velan->Binding;

    NdisAcquireSpinLock(&Binding->Lock);
    RemoveEntryList(&Velan->Link);
    Binding->VelanCount--;
    Velan->State = MuxVelanHalted;
    NdisReleaseSpinLock(&Binding->Lock);

    MuxDereferenceVelan(Velan);
}

_Use_decl_annotations_
ULONG MuxVelanCount(PMUX_BINDING Binding)
{
    ULONG Count;

    NdisAcquireSpinLock(&Binding->Lock);
    Count = Binding->VelanCount;
    NdisReleaseSpinLock(&Binding->Lock);
    return Count;
}

/* The first running VELAN of the binding, referenced; NULL if none runs. */
_Use_decl_annotations_
PMUX_VELAN MuxReferencePrimaryVelan(PMUX_BINDING Binding)
{
    PMUX_VELAN Found = NULL;
    PLIST_ENTRY Link;

    NdisAcquireSpinLock(&Binding->Lock);
    for (Link = Binding->VelanList.Flink; Link != &Binding->VelanList; Link = Link->Flink) {
        PMUX_VELAN Velan = CONTAINING_RECORD(Link, MUX_VELAN, Link);

        if (Velan->State == MuxVelanRunning) {
            MuxReferenceVelan(Velan);
            Found = Velan;
            break;
        }
    }
    NdisReleaseSpinLock(&Binding->Lock);
    return Found;
}

/* The VELAN whose forwarded OID request is Clone, referenced. */
_Use_decl_annotations_
PMUX_VELAN MuxFindVelanByClonedOid(PMUX_BINDING Binding, PNDIS_OID_REQUEST Clone)
{
    PMUX_VELAN Found = NULL;
    PLIST_ENTRY Link;

    NdisAcquireSpinLock(&Binding->Lock);
    for (Link = Binding->VelanList.Flink; Link != &Binding->VelanList; Link = Link->Flink) {
        PMUX_VELAN Velan = CONTAINING_RECORD(Link, MUX_VELAN, Link);

        if (Velan->ClonedOidRequest == Clone) {
            MuxReferenceVelan(Velan);
            Found = Velan;
            break;
        }
    }
    NdisReleaseSpinLock(&Binding->Lock);
    return Found;
}

/* Asks NDIS to start the virtual miniport; NDIS then calls MuxMpInitialize
 * with the VELAN as IMDeviceInstanceContext.  PASSIVE_LEVEL, no lock held
 * (called from the bind handler only). */
_Use_decl_annotations_
NDIS_STATUS MuxStartVelan(PMUX_VELAN Velan)
{
    NDIS_STATUS Status;

    Status = NdisIMInitializeDeviceInstanceEx(MuxGlobals.MiniportDriverHandle, &Velan->DeviceInstance, Velan);
    if (Status != NDIS_STATUS_SUCCESS)
        MuxRemoveVelan(Velan);
    return Status;
}

/* Stops one VELAN that the caller marked Stopping and referenced.
 * PASSIVE_LEVEL, no lock held. */
static VOID MuxStopVelan(PMUX_VELAN Velan, BOOLEAN WasStarting)
{
    NDIS_STATUS Status;
    ULONG Tries;

    if (WasStarting) {
        Status = NdisIMCancelInitializeDeviceInstance(MuxGlobals.MiniportDriverHandle, &Velan->DeviceInstance);
        if (Status == NDIS_STATUS_SUCCESS) {
            /* MuxMpInitialize will not run for this VELAN. */
            MuxRemoveVelan(Velan);
            return;
        }
        /* Too late to cancel: MuxMpInitialize is running or has run. */
        for (Tries = 0; Velan->MiniportAdapterHandle == NULL && Velan->State != MuxVelanHalted && Tries < 500; Tries++)
            NdisMSleep(MUX_DRAIN_POLL_US);
    }

    if (Velan->MiniportAdapterHandle != NULL && Velan->State != MuxVelanHalted) {
        /* NDIS pauses and halts the virtual miniport; MuxMpHalt unlinks it. */
        NdisIMDeInitializeDeviceInstance(Velan->MiniportAdapterHandle);
    }
}

/* Stops every VELAN of a binding that is being unbound, then waits until
 * NDIS has halted them all.  PASSIVE_LEVEL. */
_Use_decl_annotations_
VOID MuxStopAllVelans(PMUX_BINDING Binding)
{
    for (;;) {
        PMUX_VELAN Velan = NULL;
        BOOLEAN WasStarting = FALSE;
        PLIST_ENTRY Link;

        NdisAcquireSpinLock(&Binding->Lock);
        for (Link = Binding->VelanList.Flink; Link != &Binding->VelanList; Link = Link->Flink) {
            PMUX_VELAN Candidate = CONTAINING_RECORD(Link, MUX_VELAN, Link);

            if (Candidate->State != MuxVelanStopping && Candidate->State != MuxVelanHalted) {
                WasStarting = Candidate->State == MuxVelanStarting;
                Candidate->State = MuxVelanStopping;
                MuxReferenceVelan(Candidate);
                Velan = Candidate;
                break;
            }
        }
        NdisReleaseSpinLock(&Binding->Lock);

        if (Velan == NULL)
            break;

        MuxStopVelan(Velan, WasStarting);
        MuxDereferenceVelan(Velan);
    }

    while (MuxVelanCount(Binding) != 0)
        NdisMSleep(MUX_DRAIN_POLL_US);
}
