/*
 * filter_lock_flag_macros -- clean: the common filter-driver idiom of lock
 * macros that take a "DispatchLevel" flag, tested twice (once in the acquire
 * macro, once in the release macro), written here from scratch.  The flag
 * comes from NDIS_TEST_SEND_AT_DISPATCH_LEVEL / NDIS_TEST_RECEIVE_AT_
 * DISPATCH_LEVEL, which NDIS sets exactly when it calls at DISPATCH_LEVEL,
 * and from a KeGetCurrentIrql() test.  Every feasible path pairs the Dpr
 * acquire with the Dpr release and the raising acquire with the restoring
 * release, and the Dpr calls only run when the flag says DISPATCH_LEVEL.
 * A path-insensitive checker mixes the two tests and reports mismatched
 * pairs and Dpr calls at PASSIVE_LEVEL.
 */
#include <ndis.h>

FILTER_SEND_NET_BUFFER_LISTS FsSend;
FILTER_RETURN_NET_BUFFER_LISTS FsReturn;

#define FS_ACQUIRE_LOCK(_pLock, _DispatchLevel)          \
    do {                                                 \
        if (_DispatchLevel)                              \
            NdisDprAcquireSpinLock(_pLock);              \
        else                                             \
            NdisAcquireSpinLock(_pLock);                 \
    } while (0)

#define FS_RELEASE_LOCK(_pLock, _DispatchLevel)          \
    do {                                                 \
        if (_DispatchLevel)                              \
            NdisDprReleaseSpinLock(_pLock);              \
        else                                             \
            NdisReleaseSpinLock(_pLock);                 \
    } while (0)

typedef struct _FS_MODULE {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE FilterHandle;
    ULONG Sent;
    ULONG Returned;
} FS_MODULE, *PFS_MODULE;

VOID FsSend(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists,
            NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PFS_MODULE Module = (PFS_MODULE)FilterModuleContext;
    BOOLEAN DispatchLevel = NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags);

    FS_ACQUIRE_LOCK(&Module->Lock, DispatchLevel);
    Module->Sent++;
    FS_RELEASE_LOCK(&Module->Lock, DispatchLevel);

    NdisFSendNetBufferLists(Module->FilterHandle, NetBufferLists, PortNumber, SendFlags);
}

VOID FsReturn(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PFS_MODULE Module = (PFS_MODULE)FilterModuleContext;
    BOOLEAN DispatchLevel = KeGetCurrentIrql() == DISPATCH_LEVEL;

    FS_ACQUIRE_LOCK(&Module->Lock, DispatchLevel);
    Module->Returned++;
    FS_RELEASE_LOCK(&Module->Lock, DispatchLevel);

    NdisFReturnNetBufferLists(Module->FilterHandle, NetBufferLists, ReturnFlags);
}
