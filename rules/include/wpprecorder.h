/*
 * wpprecorder.h -- ddicheck model header: the inflight trace recorder
 * (IFR, "WPP recorder") that WPP tracing writes to -- the RECORDER_LOG
 * handle, the configuration and log-creation parameters with their _INIT
 * routines, WPP_RECORDER_TRI_STATE, WPP_TRIAGE_INFO and the
 * WppRecorderXxx routines.
 *
 * Written for ddicheck from the public reference pages of wpprecorder.h
 * (MicrosoftDocs windows-driver-docs-ddi, content/wpprecorder: the
 * `## -syntax` blocks of the first revision and the field lists of the
 * current one, which add UseTimeStamp and PreciseTimeStamp), which are not
 * in the shared ddi-docs set; it is not a copy of Microsoft's
 * wpprecorder.h.  The pages document WppRecorderXxx as macros over
 * imp_WppRecorderXxx routines; here they are the routines themselves, so
 * that calls keep the documented names.  The pages name the handle types
 * without giving them: RECORDER_LOG and WPP_RECORDER_COUNTER are opaque
 * pointers here.  RECORDER_LOG_IDENTIFIER_MAX_CHARS is not on the pages:
 * its value is ddicheck's own, not the WDK's.
 *
 * IRQLs (the __drv_maxIRQL of each page's syntax block):
 * WppRecorderConfigure PASSIVE_LEVEL; WppRecorderLogCreate,
 * WppRecorderLogGetDefault, WppRecorderGetTriageInfo and
 * WppRecorderLinkCounters <= DISPATCH_LEVEL; WppRecorderDumpLiveDriverData
 * and WppRecorderLogDumpLiveData <= HIGH_LEVEL; none for the others.
 *
 * wpp_stub.h (the stand-in for a generated .tmh) defines
 * WppRecorderLogGetDefault() as a macro; the declaration below puts the
 * name in parentheses so that either header can come first.
 */
#ifndef DDICHECK_MODEL_WPPRECORDER_H
#define DDICHECK_MODEL_WPPRECORDER_H

#include <wdm.h>

typedef struct RECORDER_LOG__ *RECORDER_LOG;
typedef struct WPP_RECORDER_COUNTER__ *WPP_RECORDER_COUNTER;

#define RECORDER_LOG_IDENTIFIER_MAX_CHARS 16

typedef enum _WPP_RECORDER_TRI_STATE {
    WppRecorderFalse = FALSE,
    WppRecorderTrue = TRUE,
    WppRecorderUseDefault = 2
} WPP_RECORDER_TRI_STATE;

/* WppRecorderConfigure's input: whether WPP keeps a default log. */
typedef struct _RECORDER_CONFIGURE_PARAMS {
    ULONG Size;
    BOOLEAN CreateDefaultLog;
    WPP_RECORDER_TRI_STATE UseTimeStamp;
    WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_CONFIGURE_PARAMS, *PRECORDER_CONFIGURE_PARAMS;

/* WppRecorderLogCreate's input. */
typedef struct _RECORDER_LOG_CREATE_PARAMS {
    ULONG Size;
    ULONG LogTag;
    ULONG TotalBufferSize;
    ULONG ErrorPartitionSize;
    ULONG_PTR LogIdentifierAppendValue;
    BOOLEAN LogIdentifierAppendValueSet;
    ULONG LogIdentifierSize;
    CHAR LogIdentifier[RECORDER_LOG_IDENTIFIER_MAX_CHARS];
    WPP_RECORDER_TRI_STATE UseTimeStamp;
    WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_LOG_CREATE_PARAMS, *PRECORDER_LOG_CREATE_PARAMS;

typedef struct _WPP_TRIAGE_INFO {
    ULONG WppAutoLogHeaderSize;
    ULONG WppDriverContextOffset;
    ULONG WppAutoLogHeaderSizeOffset;
    ULONG WppSizeOfAutoLogHeaderSizeField;
    ULONG WppDriverContextSize;
} WPP_TRIAGE_INFO, *PWPP_TRIAGE_INFO;

/* ---------------------------------------------------- initialisation */
VOID RECORDER_CONFIGURE_PARAMS_INIT(
    _Out_ PRECORDER_CONFIGURE_PARAMS Params);

VOID RECORDER_LOG_CREATE_PARAMS_INIT(
    _Out_ PRECORDER_LOG_CREATE_PARAMS Params,
    _In_opt_ PSTR LogIdentifier);

/* ... and links the log to the pointer it appends to its identifier. */
VOID RECORDER_LOG_CREATE_PARAMS_INIT_APPEND_POINTER(
    _Out_ PRECORDER_LOG_CREATE_PARAMS Params,
    _In_opt_ PVOID LogIdentifier);

/* ------------------------------------------------------------ routines */
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WppRecorderConfigure(
    _In_ PRECORDER_CONFIGURE_PARAMS ConfigureParams);

/* After WPP_INIT_TRACING; on failure the driver logs to the default log. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WppRecorderLogCreate(
    _In_ PRECORDER_LOG_CREATE_PARAMS CreateParams,
    _Out_ RECORDER_LOG *RecorderLog);

NTSTATUS WppRecorderLogDelete(
    _In_ RECORDER_LOG RecorderLog);

NTSTATUS WppRecorderLogSetIdentifier(
    _In_ RECORDER_LOG RecorderLog,
    _In_ PSTR LogIdentifier);

_IRQL_requires_max_(DISPATCH_LEVEL)
RECORDER_LOG (WppRecorderLogGetDefault)(VOID);

BOOLEAN WppRecorderIsDefaultLogAvailable(VOID);

WPP_RECORDER_COUNTER WppRecorderGetCounterHandle(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WppRecorderLinkCounters(
    _In_ WPP_RECORDER_COUNTER CounterOwner);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WppRecorderGetTriageInfo(
    _Out_ PWPP_TRIAGE_INFO WppTriageInfo);

_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS WppRecorderDumpLiveDriverData(
    _Out_ PVOID *OutBuffer,
    _Out_ PULONG OutBufferLength,
    _Out_ LPGUID Guid);

_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS WppRecorderLogDumpLiveData(
    _In_ RECORDER_LOG RecorderLog,
    _Out_ PVOID *OutBuffer,
    _Out_ PULONG OutBufferLength,
    _Out_ LPGUID Guid);

#endif /* DDICHECK_MODEL_WPPRECORDER_H */
