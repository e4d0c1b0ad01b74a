/*
 * Irql_OID_Function_ok -- clean: a filter passes OID requests down.
 * FilterOidRequest (<= DISPATCH_LEVEL) clones the request and forwards the
 * clone with NdisFOidRequest, counting it under its lock;
 * FilterOidRequestComplete (<= DISPATCH_LEVEL) copies the result back,
 * frees the clone and completes the original.  Every OID call here allows
 * DISPATCH_LEVEL, including the completion made while the lock is held.
 */
#include <ndis.h>

FILTER_OID_REQUEST FltOidRequest;
FILTER_OID_REQUEST_COMPLETE FltOidRequestComplete;

typedef struct _FLT_MODULE {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE FilterHandle;
    ULONG OidsOutstanding;
} FLT_MODULE, *PFLT_MODULE;

typedef struct _FLT_OID_CONTEXT {
    PNDIS_OID_REQUEST Original;
} FLT_OID_CONTEXT, *PFLT_OID_CONTEXT;

NDIS_STATUS FltOidRequest(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;
    PNDIS_OID_REQUEST Clone;
    NDIS_STATUS Status;

    Status = NdisAllocateCloneOidRequest(Module->FilterHandle, OidRequest, 'diOF', &Clone);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;
    ((PFLT_OID_CONTEXT)Clone->SourceReserved)->Original = OidRequest;

    NdisAcquireSpinLock(&Module->Lock);
    Module->OidsOutstanding++;
    NdisReleaseSpinLock(&Module->Lock);

    Status = NdisFOidRequest(Module->FilterHandle, Clone);
    if (Status != NDIS_STATUS_PENDING) {
        FltOidRequestComplete(Module, Clone, Status);
        return NDIS_STATUS_PENDING;
    }
    return NDIS_STATUS_PENDING;
}

VOID FltOidRequestComplete(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;
    PNDIS_OID_REQUEST Original = ((PFLT_OID_CONTEXT)OidRequest->SourceReserved)->Original;

    Original->DATA.QUERY_INFORMATION.BytesWritten = OidRequest->DATA.QUERY_INFORMATION.BytesWritten;
    Original->DATA.QUERY_INFORMATION.BytesNeeded = OidRequest->DATA.QUERY_INFORMATION.BytesNeeded;
    NdisFreeCloneOidRequest(Module->FilterHandle, OidRequest);

    NdisAcquireSpinLock(&Module->Lock);
    Module->OidsOutstanding--;
    NdisFOidRequestComplete(Module->FilterHandle, Original, Status);
    NdisReleaseSpinLock(&Module->Lock);
}
