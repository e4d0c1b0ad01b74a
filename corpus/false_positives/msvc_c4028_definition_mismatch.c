/*
 * msvc_c4028_definition_mismatch -- the prototype of a helper names its
 * parameter PVOID, the definition PFLT_CTX.  MSVC compiles this with warning
 * C4028; clang calls it "conflicting types" but keeps the definition.
 * ddicheck reports it as a warning, not as a parse error (exit 1, not 3),
 * and analyses the definition: its ZwClose from a DPC is found.
 */
#include <wdm.h>

typedef struct _FLT_CTX {
    HANDLE Section;
    KDPC Dpc;
} FLT_CTX, *PFLT_CTX;

DRIVER_INITIALIZE DriverEntry;
static FLT_CTX Ctx;

VOID FltCloseSection(PVOID Context);

VOID FltCloseSection(PFLT_CTX Context)
{
    ZwClose(Context->Section); // expect: [IrqlTooHigh] ZwClose called at DISPATCH_LEVEL; it requires PASSIVE_LEVEL
}

static VOID FltDpc(PKDPC Dpc, PVOID DeferredContext, PVOID Arg1, PVOID Arg2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    FltCloseSection(DeferredContext);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    KeInitializeDpc(&Ctx.Dpc, FltDpc, &Ctx);
    return STATUS_SUCCESS;
}
