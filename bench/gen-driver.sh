#!/bin/sh
# gen-driver.sh: writes a synthetic NDIS miniport driver of N translation
# units, for the benchmark (bench/run.sh) and for growth measurements.
#
#   bench/gen-driver.sh N OUT_DIR
#
# What it writes (all plain C that the bundled model headers parse):
#   synth_ndis.h   the NDIS declarations the driver uses (ndis.h is not among
#                  the model headers), annotated like the model headers
#   synth.h        the driver's own header: adapter context, prototypes of the
#                  helpers called across files, two static inline helpers
#   driver.c       DriverEntry: characteristics, NdisMRegisterMiniportDriver
#                  with the handle stored in a global, the miniport callbacks
#   mod_NNNN.c     N-1 modules: an init reached from MiniportInitializeEx
#                  through a binary tree of calls across files, a DPC
#                  registered with KeInitializeDpc, spin-lock sections, a
#                  helper chain into the next module, a stored function
#                  pointer called indirectly, OID switches and loops
#   expected.txt   the seeded defects: one "file:line: [Rule]" per finding
#                  that ddicheck must report, sorted
#   compile_commands.json
#
# Seeded defects (their number depends on N, and is in expected.txt):
#   module i, i % 40 == 3:  its DPC calls NextModule_SlowPath (defined in
#                           module i+1), which calls NdisMSleep: at
#                           DISPATCH_LEVEL, [Irql_Miniport_Driver_Function]
#   module i, i % 40 == 17: a spin-lock section calls a static helper that
#                           calls NdisWaitEvent: [Irql_Miscellaneous_Function]
# Every module has about 480 lines; 2,000 TUs are about 1 M lines.
# POSIX sh and awk only (no python): a fresh Debian machine runs it.
set -eu

if [ $# -ne 2 ]; then
	echo "usage: $0 N OUT_DIR" >&2
	exit 2
fi
N=$1
OUT=$2
case $N in ''|*[!0-9]*) echo "$0: N must be a number" >&2; exit 2;; esac
[ "$N" -ge 2 ] || { echo "$0: N must be at least 2" >&2; exit 2; }
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
rm -f "$OUT"/mod_*.c "$OUT"/driver.c "$OUT"/expected.txt

NMOD=$((N - 1))
# Modules have a helper chain into module i+1; the last one wraps to 1.
next_of() { if [ "$1" -ge "$NMOD" ]; then nxi=1; else nxi=$(($1 + 1)); fi; }
# pad4 VAR N: VAR=N with leading zeros to 4 digits, without a subshell
pad4() { _p=$2; while [ ${#_p} -lt 4 ]; do _p=0$_p; done; eval "$1=\$_p"; }

# ---------------------------------------------------------------- synth_ndis.h
cat > "$OUT/synth_ndis.h" <<'EOF'
/* synth_ndis.h: the NDIS subset used by the synthetic driver. */
#ifndef SYNTH_NDIS_H
#define SYNTH_NDIS_H
#include <wdm.h>
#include <ntddndis.h>

typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef int NDIS_STATUS, *PNDIS_STATUS;
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)0x00000000L)
#define NDIS_STATUS_PENDING ((NDIS_STATUS)0x00000103L)
#define NDIS_STATUS_FAILURE ((NDIS_STATUS)0xC0000001L)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)0xC000009AL)
#define NDIS_STATUS_NOT_SUPPORTED ((NDIS_STATUS)0xC00000BBL)
#define NDIS_STATUS_INVALID_LENGTH ((NDIS_STATUS)0xC0010014L)
#define NDIS_STATUS_BUFFER_TOO_SHORT ((NDIS_STATUS)0xC0010016L)

typedef struct _NDIS_SPIN_LOCK { KSPIN_LOCK SpinLock; KIRQL OldIrql; } NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;
typedef struct _NDIS_EVENT { KEVENT Event; } NDIS_EVENT, *PNDIS_EVENT;
typedef enum _NDIS_HALT_ACTION { NdisHaltDeviceDisabled, NdisHaltDeviceInstanceDeInitialized } NDIS_HALT_ACTION;

typedef struct _NET_BUFFER { struct _NET_BUFFER *Next; ULONG DataLength; PVOID Data; } NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_LIST {
    struct _NET_BUFFER_LIST *Next;
    PNET_BUFFER FirstNetBuffer;
    NDIS_STATUS Status;
    PVOID MiniportReserved[2];
} NET_BUFFER_LIST, *PNET_BUFFER_LIST;

typedef struct _NDIS_OID_REQUEST {
    NDIS_REQUEST_TYPE RequestType;
    NDIS_OID Oid;
    PVOID InformationBuffer;
    ULONG InformationBufferLength;
    ULONG BytesWritten;
    ULONG BytesNeeded;
} NDIS_OID_REQUEST, *PNDIS_OID_REQUEST;

typedef struct _NDIS_MINIPORT_INIT_PARAMETERS { ULONG Flags; PVOID AllocatedResources; } NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;
typedef struct _NDIS_MINIPORT_PAUSE_PARAMETERS { ULONG Flags; ULONG PauseReason; } NDIS_MINIPORT_PAUSE_PARAMETERS, *PNDIS_MINIPORT_PAUSE_PARAMETERS;
typedef struct _NDIS_MINIPORT_RESTART_PARAMETERS { ULONG Flags; } NDIS_MINIPORT_RESTART_PARAMETERS, *PNDIS_MINIPORT_RESTART_PARAMETERS;

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_INITIALIZE)
NDIS_STATUS (MINIPORT_INITIALIZE)(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_HANDLE MiniportDriverContext,
    _In_ PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef MINIPORT_INITIALIZE *MINIPORT_INITIALIZE_HANDLER;
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_HALT)
VOID (MINIPORT_HALT)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_HALT_ACTION HaltAction);
typedef MINIPORT_HALT *MINIPORT_HALT_HANDLER;
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_PAUSE)
NDIS_STATUS (MINIPORT_PAUSE)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters);
typedef MINIPORT_PAUSE *MINIPORT_PAUSE_HANDLER;
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_RESTART)
NDIS_STATUS (MINIPORT_RESTART)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters);
typedef MINIPORT_RESTART *MINIPORT_RESTART_HANDLER;
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_OID_REQUEST)
NDIS_STATUS (MINIPORT_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_OID_REQUEST *MINIPORT_OID_REQUEST_HANDLER;
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_SEND_NET_BUFFER_LISTS)
VOID (MINIPORT_SEND_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);
typedef MINIPORT_SEND_NET_BUFFER_LISTS *MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER;

typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    ULONG Flags;
    MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx;
    MINIPORT_HALT_HANDLER HaltHandlerEx;
    MINIPORT_PAUSE_HANDLER PauseHandler;
    MINIPORT_RESTART_HANDLER RestartHandler;
    MINIPORT_OID_REQUEST_HANDLER OidRequestHandler;
    MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS NdisMRegisterMiniportDriver(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath,
    _In_opt_ NDIS_HANDLE MiniportDriverContext, _In_ PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
    _Out_ PNDIS_HANDLE NdisMiniportDriverHandle);
_IRQL_requires_(PASSIVE_LEVEL)
VOID NdisMDeregisterMiniportDriver(_In_ NDIS_HANDLE NdisMiniportDriverHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NdisAllocateMemoryWithTagPriority(_In_ NDIS_HANDLE NdisHandle, _In_ UINT Length, _In_ ULONG Tag, _In_ ULONG Priority);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFreeMemory(_In_ PVOID VirtualAddress, _In_ UINT Length, _In_ UINT MemoryFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisAllocateSpinLock(_Out_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisFreeSpinLock(_In_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisAcquireSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisReleaseSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL)
VOID NdisDprAcquireSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL)
VOID NdisDprReleaseSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_max_(HIGH_LEVEL)
VOID NdisInitializeEvent(_Out_ PNDIS_EVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisSetEvent(_In_ PNDIS_EVENT Event);
_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN NdisWaitEvent(_In_ PNDIS_EVENT Event, _In_ UINT MsToWait);
_IRQL_requires_max_(APC_LEVEL)
VOID NdisMSleep(_In_ ULONG MicrosecondsToSleep);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMIndicateStatusEx(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PVOID StatusIndication);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMOidRequestComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNDIS_OID_REQUEST OidRequest, _In_ NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMSendNetBufferListsComplete(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNET_BUFFER_LIST NetBufferList, _In_ ULONG SendCompleteFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NdisMIndicateReceiveNetBufferLists(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG NumberOfNetBufferLists, _In_ ULONG ReceiveFlags);
#endif
EOF

# ---------------------------------------------------------------- synth.h
{
cat <<'EOF'
/* synth.h: the synthetic driver's own declarations. */
#ifndef SYNTH_H
#define SYNTH_H
#include "synth_ndis.h"

#define SYNTH_TAG 'htnS'
#define SYNTH_MAX_QUEUE 64

typedef NDIS_STATUS (*SYNTH_QUERY_FN)(struct _SYNTH_ADAPTER *Adapter, NDIS_OID Oid, PVOID Buffer, ULONG Length);

typedef struct _SYNTH_QUEUE {
    NDIS_SPIN_LOCK Lock;
    PNET_BUFFER_LIST Head;
    PNET_BUFFER_LIST Tail;
    ULONG Depth;
    ULONG Dropped;
} SYNTH_QUEUE, *PSYNTH_QUEUE;

typedef struct _SYNTH_ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    NDIS_SPIN_LOCK Lock;
    NDIS_EVENT Event;
    KDPC Dpc[8];
    SYNTH_QUEUE Queue[8];
    SYNTH_QUERY_FN Query[8];
    ULONG64 Counters[16];
    ULONG Flags;
    ULONG PacketFilter;
    ULONG LookAhead;
    PVOID Buffers[8];
} SYNTH_ADAPTER, *PSYNTH_ADAPTER;

extern NDIS_HANDLE GlobalDriverHandle;

/* Inline helpers in the driver's own header: the analysis follows them. */
static __inline VOID SynthCompleteNbl(PSYNTH_ADAPTER Adapter, PNET_BUFFER_LIST Nbl, NDIS_STATUS Status)
{
    Nbl->Status = Status;
    NdisMSendNetBufferListsComplete(Adapter->MiniportAdapterHandle, Nbl, 0);
}
static __inline BOOLEAN SynthQueueFull(PSYNTH_QUEUE Q) { return Q->Depth >= SYNTH_MAX_QUEUE; }

MINIPORT_INITIALIZE MpInitializeEx;
MINIPORT_HALT MpHaltEx;
MINIPORT_PAUSE MpPause;
MINIPORT_RESTART MpRestart;
MINIPORT_OID_REQUEST MpOidRequest;
MINIPORT_SEND_NET_BUFFER_LISTS MpSendNetBufferLists;

EOF
echo '#endif'
} > "$OUT/synth.h"

# ---------------------------------------------------------------- driver.c
{
cat <<'EOF'
/* driver.c: DriverEntry and the miniport callbacks of the synthetic driver. */
#include "synth.h"

NDIS_STATUS Mod0001_Init(PSYNTH_ADAPTER Adapter);
VOID Mod0001_Halt(PSYNTH_ADAPTER Adapter);

NDIS_HANDLE GlobalDriverHandle;
DRIVER_INITIALIZE DriverEntry;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;
    NDIS_STATUS Status;

    RtlZeroMemory(&Chars, sizeof(Chars));
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 30;
    Chars.InitializeHandlerEx = MpInitializeEx;
    Chars.HaltHandlerEx = MpHaltEx;
    Chars.PauseHandler = MpPause;
    Chars.RestartHandler = MpRestart;
    Chars.OidRequestHandler = MpOidRequest;
    Chars.SendNetBufferListsHandler = MpSendNetBufferLists;
    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars, &GlobalDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS)
        return STATUS_UNSUCCESSFUL;
    return STATUS_SUCCESS;
}

NDIS_STATUS MpInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
    PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    PSYNTH_ADAPTER Adapter;
    NDIS_STATUS Status;

    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(SYNTH_ADAPTER), SYNTH_TAG, 32);
    if (Adapter == NULL)
        return NDIS_STATUS_RESOURCES;
    RtlZeroMemory(Adapter, sizeof(*Adapter));
    Adapter->MiniportAdapterHandle = MiniportAdapterHandle;
    NdisAllocateSpinLock(&Adapter->Lock);
    NdisInitializeEvent(&Adapter->Event);
    Status = Mod0001_Init(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        NdisFreeSpinLock(&Adapter->Lock);
        NdisFreeMemory(Adapter, sizeof(SYNTH_ADAPTER), 0);
    }
    return Status;
}

VOID MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PSYNTH_ADAPTER Adapter = (PSYNTH_ADAPTER)MiniportAdapterContext;
    Mod0001_Halt(Adapter);
    NdisFreeSpinLock(&Adapter->Lock);
    NdisFreeMemory(Adapter, sizeof(SYNTH_ADAPTER), 0);
}

NDIS_STATUS MpPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PSYNTH_ADAPTER Adapter = (PSYNTH_ADAPTER)MiniportAdapterContext;
    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->Flags |= 1;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS MpRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PSYNTH_ADAPTER Adapter = (PSYNTH_ADAPTER)MiniportAdapterContext;
    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->Flags &= ~1u;
    NdisReleaseSpinLock(&Adapter->Lock);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS MpOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PSYNTH_ADAPTER Adapter = (PSYNTH_ADAPTER)MiniportAdapterContext;
    NDIS_STATUS Status = NDIS_STATUS_NOT_SUPPORTED;
    ULONG i;

    for (i = 0; i < 8; i++) {
        if (Adapter->Query[i] == NULL)
            continue;
        Status = Adapter->Query[i](Adapter, OidRequest->Oid, OidRequest->InformationBuffer,
            OidRequest->InformationBufferLength);
        if (Status != NDIS_STATUS_NOT_SUPPORTED)
            break;
    }
    return Status;
}

VOID MpSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
    NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PSYNTH_ADAPTER Adapter = (PSYNTH_ADAPTER)MiniportAdapterContext;
    PSYNTH_QUEUE Q = &Adapter->Queue[PortNumber & 7];
    NdisAcquireSpinLock(&Q->Lock);
    if (SynthQueueFull(Q)) {
        Q->Dropped++;
        NdisReleaseSpinLock(&Q->Lock);
        SynthCompleteNbl(Adapter, NetBufferList, NDIS_STATUS_RESOURCES);
        return;
    }
    if (Q->Tail)
        Q->Tail->Next = NetBufferList;
    else
        Q->Head = NetBufferList;
    Q->Tail = NetBufferList;
    Q->Depth++;
    NdisReleaseSpinLock(&Q->Lock);
}
EOF
} > "$OUT/driver.c"

# ---------------------------------------------------------------- modules
EXP="$OUT/expected.tmp"
: > "$EXP"
i=1
while [ "$i" -le "$NMOD" ]; do
	pad4 m "$i"
	next_of "$i"; pad4 nx "$nxi"; pad4 m1 "$((2 * i))"; pad4 m2 "$((2 * i + 1))"
	c1=$((2 * i)); c2=$((2 * i + 1))
	f="$OUT/mod_$m.c"
	seedA=0; seedB=0
	[ $((i % 40)) -eq 3 ] && [ "$i" -lt "$NMOD" ] && seedA=1
	[ $((i % 40)) -eq 17 ] && seedB=1
	# a module whose predecessor has seed A puts NdisMSleep in its SlowPath
	prevA=0
	[ "$i" -gt 1 ] && [ $(((i - 1) % 40)) -eq 3 ] && prevA=1
	{
	printf '/* mod_%s.c: synthetic module %d of %d. */\n' "$m" "$i" "$NMOD"
	printf '#include "synth.h"\n\n'
	# what this module calls in other modules (each file declares its own
	# imports, so that no header grows with the number of modules)
	printf 'NDIS_STATUS Mod%s_Init(PSYNTH_ADAPTER Adapter);\nVOID Mod%s_Halt(PSYNTH_ADAPTER Adapter);\n' "$m" "$m"
	printf 'ULONG Mod%s_Helper(PSYNTH_ADAPTER Adapter, ULONG Depth);\nVOID Mod%s_SlowPath(PSYNTH_ADAPTER Adapter);\n' "$m" "$m"
	if [ "$nx" != "$m" ]; then
		printf 'ULONG Mod%s_Helper(PSYNTH_ADAPTER Adapter, ULONG Depth);\nVOID Mod%s_SlowPath(PSYNTH_ADAPTER Adapter);\n' "$nx" "$nx"
	fi
	if [ "$c1" -le "$NMOD" ]; then printf 'NDIS_STATUS Mod%s_Init(PSYNTH_ADAPTER Adapter);\nVOID Mod%s_Halt(PSYNTH_ADAPTER Adapter);\n' "$m1" "$m1"; fi
	if [ "$c2" -le "$NMOD" ]; then printf 'NDIS_STATUS Mod%s_Init(PSYNTH_ADAPTER Adapter);\nVOID Mod%s_Halt(PSYNTH_ADAPTER Adapter);\n' "$m2" "$m2"; fi
	printf '\n'
	printf 'static ULONG Mod%s_Generation;\nstatic NDIS_HANDLE Mod%s_SavedHandle;\n\n' "$m" "$m"
	# OID query, stored as a function pointer and called through it
	cat <<EOF
static NDIS_STATUS Mod${m}_Query(PSYNTH_ADAPTER Adapter, NDIS_OID Oid, PVOID Buffer, ULONG Length)
{
    ULONG Value = 0;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    switch (Oid) {
    case OID_GEN_MAXIMUM_LOOKAHEAD:
        Value = Adapter->LookAhead;
        break;
    case OID_GEN_CURRENT_PACKET_FILTER:
        Value = Adapter->PacketFilter;
        break;
    case OID_GEN_XMIT_OK:
        Value = (ULONG)Adapter->Counters[0];
        break;
    case OID_GEN_RCV_OK:
        Value = (ULONG)Adapter->Counters[1];
        break;
    case OID_GEN_XMIT_ERROR:
        Value = (ULONG)Adapter->Counters[2];
        break;
    case OID_GEN_RCV_ERROR:
        Value = (ULONG)Adapter->Counters[3];
        break;
    case OID_GEN_RCV_NO_BUFFER:
        Value = (ULONG)Adapter->Counters[4];
        break;
    case OID_GEN_VENDOR_ID:
        Value = 0x00${m};
        break;
    default:
        Status = NDIS_STATUS_NOT_SUPPORTED;
        break;
    }
    if (Status == NDIS_STATUS_SUCCESS) {
        if (Length < sizeof(ULONG))
            return NDIS_STATUS_BUFFER_TOO_SHORT;
        RtlCopyMemory(Buffer, &Value, sizeof(ULONG));
    }
    return Status;
}

EOF
	# static helpers: queue processing with lock sections, several per module
	k=0
	while [ "$k" -lt 6 ]; do
		cat <<EOF
static ULONG Mod${m}_Drain${k}(PSYNTH_ADAPTER Adapter, ULONG Budget)
{
    PSYNTH_QUEUE Q = &Adapter->Queue[${k}];
    PNET_BUFFER_LIST Nbl, Done = NULL;
    ULONG Count = 0;

    NdisDprAcquireSpinLock(&Q->Lock);
    while (Q->Head != NULL && Count < Budget) {
        Nbl = Q->Head;
        Q->Head = Nbl->Next;
        if (Q->Head == NULL)
            Q->Tail = NULL;
        Q->Depth--;
        Nbl->Next = Done;
        Done = Nbl;
        Count++;
    }
    NdisDprReleaseSpinLock(&Q->Lock);
    if (Done != NULL) {
        Adapter->Counters[${k}] += Count;
        NdisMSendNetBufferListsComplete(Adapter->MiniportAdapterHandle, Done, 0);
    }
    return Count;
}

static VOID Mod${m}_Account${k}(PSYNTH_ADAPTER Adapter, ULONG Bytes, BOOLEAN Error)
{
    NdisAcquireSpinLock(&Adapter->Lock);
    if (Error) {
        Adapter->Counters[8 + ${k}]++;
    } else if (Bytes > 1514) {
        Adapter->Counters[${k}] += 2;
    } else {
        Adapter->Counters[${k}]++;
    }
    Mod${m}_Generation++;
    NdisReleaseSpinLock(&Adapter->Lock);
}

EOF
		k=$((k + 1))
	done
	# seed B: PASSIVE-only call under a spin lock, through a static helper
	if [ "$seedB" -eq 1 ]; then
		cat <<EOF
static VOID Mod${m}_WaitForHardware(PSYNTH_ADAPTER Adapter)
{
EOF
		printf '    NdisWaitEvent(&Adapter->Event, 10);\n' 
		printf '__EXPECT_B__\n'
		printf '}\n\n'
	fi
	cat <<EOF
static VOID Mod${m}_Reconfigure(PSYNTH_ADAPTER Adapter, ULONG Filter)
{
    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->PacketFilter = Filter;
    if (Filter & NDIS_PACKET_TYPE_PROMISCUOUS)
        Adapter->Flags |= 0x10;
EOF
	if [ "$seedB" -eq 1 ]; then
		printf '    Mod%s_WaitForHardware(Adapter);\n' "$m"
	fi
	cat <<EOF
    NdisReleaseSpinLock(&Adapter->Lock);
}

KDEFERRED_ROUTINE Mod${m}_Dpc;

VOID Mod${m}_Dpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PSYNTH_ADAPTER Adapter = (PSYNTH_ADAPTER)DeferredContext;
    ULONG Total = 0;

    Total += Mod${m}_Drain0(Adapter, 16);
    Total += Mod${m}_Drain1(Adapter, 16);
    Total += Mod${m}_Drain2(Adapter, 16);
    if (Total == 0)
        Total += Mod${m}_Drain3(Adapter, 8);
    Total += Mod${m}_Drain4(Adapter, 4);
    Total += Mod${m}_Drain5(Adapter, 4);
    Total += Mod${m}_Helper(Adapter, 0);
EOF
	if [ "$seedA" -eq 1 ]; then
		printf '    Mod%s_SlowPath(Adapter);\n' "$nx"
	fi
	cat <<EOF
    Mod${m}_Generation += Total;
}

ULONG Mod${m}_Helper(PSYNTH_ADAPTER Adapter, ULONG Depth)
{
    ULONG Result = 0;

    if (Depth > 2)
        return 0;
    NdisAcquireSpinLock(&Adapter->Queue[7].Lock);
    Result = Adapter->Queue[7].Depth;
    NdisReleaseSpinLock(&Adapter->Queue[7].Lock);
    return Result + Mod${nx}_Helper(Adapter, Depth + 1);
}

VOID Mod${m}_SlowPath(PSYNTH_ADAPTER Adapter)
{
    Adapter->Flags |= 0x100;
EOF
	if [ "$prevA" -eq 1 ]; then
		printf '    NdisMSleep(100);\n'
		printf '__EXPECT_A__\n'
	fi
	cat <<EOF
    Adapter->Flags &= ~0x100u;
}

NDIS_STATUS Mod${m}_Init(PSYNTH_ADAPTER Adapter)
{
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
    ULONG i;

    Mod${m}_SavedHandle = Adapter->MiniportAdapterHandle;
    KeInitializeDpc(&Adapter->Dpc[${i} & 7], Mod${m}_Dpc, Adapter);
    Adapter->Query[${i} & 7] = Mod${m}_Query;
    for (i = 0; i < 8; i++) {
        if (Adapter->Buffers[i] != NULL)
            continue;
        Adapter->Buffers[i] = NdisAllocateMemoryWithTagPriority(Mod${m}_SavedHandle, 256, SYNTH_TAG, 16);
        if (Adapter->Buffers[i] == NULL) {
            Status = NDIS_STATUS_RESOURCES;
            break;
        }
    }
    Mod${m}_Reconfigure(Adapter, NDIS_PACKET_TYPE_DIRECTED | NDIS_PACKET_TYPE_BROADCAST);
    Mod${m}_Account0(Adapter, 64, FALSE);
    Mod${m}_Account1(Adapter, 1600, FALSE);
    Mod${m}_Account2(Adapter, 0, TRUE);
    Mod${m}_Account3(Adapter, 64, FALSE);
    Mod${m}_Account4(Adapter, 64, FALSE);
    Mod${m}_Account5(Adapter, 64, FALSE);
EOF
	if [ "$c1" -le "$NMOD" ]; then
		printf '    if (Status == NDIS_STATUS_SUCCESS)\n        Status = Mod%s_Init(Adapter);\n' "$m1"
	fi
	if [ "$c2" -le "$NMOD" ]; then
		printf '    if (Status == NDIS_STATUS_SUCCESS)\n        Status = Mod%s_Init(Adapter);\n' "$m2"
	fi
	cat <<EOF
    return Status;
}

VOID Mod${m}_Halt(PSYNTH_ADAPTER Adapter)
{
    ULONG i;
EOF
	if [ "$c1" -le "$NMOD" ]; then printf '    Mod%s_Halt(Adapter);\n' "$m1"; fi
	if [ "$c2" -le "$NMOD" ]; then printf '    Mod%s_Halt(Adapter);\n' "$m2"; fi
	cat <<EOF
    KeRemoveQueueDpc(&Adapter->Dpc[${i} & 7]);
    for (i = 0; i < 8; i++) {
        if (Adapter->Buffers[i] != NULL) {
            NdisFreeMemory(Adapter->Buffers[i], 256, 0);
            Adapter->Buffers[i] = NULL;
        }
    }
    Adapter->Query[${i} & 7] = NULL;
}
EOF
	} > "$f.tmp"
	# replace the markers by nothing, recording the line of the call above
	awk -v expf="$EXP" -v name="mod_$m.c" '
		/^__EXPECT_A__$/ { print name ":" NR - 1 - skipped ": [Irql_Miniport_Driver_Function]" >> expf; skipped++; next }
		/^__EXPECT_B__$/ { print name ":" NR - 1 - skipped ": [Irql_Miscellaneous_Function]" >> expf; skipped++; next }
		{ print }
	' "$f.tmp" > "$f"
	rm -f "$f.tmp"
	i=$((i + 1))
done
LC_ALL=C sort "$EXP" > "$OUT/expected.txt"
rm -f "$EXP"

# ---------------------------------------------------------------- compdb
{
	echo '['
	sep=''
	for f in driver.c $(cd "$OUT" && ls mod_*.c); do
		printf '%s  { "directory": "%s", "file": "%s", "arguments": ["cc", "-c", "%s"] }' "$sep" "$OUT" "$f" "$f"
		sep=',
'
	done
	echo
	echo ']'
} > "$OUT/compile_commands.json"
