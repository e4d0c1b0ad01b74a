/*
 * recursion_ok -- clean: a recursive walk of a routing tree in a DPC (each
 * level takes and releases a per-node lock at DPC level, and recurses
 * outside it), and two mutually recursive parsers in a dispatch routine that
 * close handles at PASSIVE_LEVEL.  The analysis must terminate and must not
 * invent an IRQL or a held lock from the recursion.
 */
#include <wdm.h>

DRIVER_DISPATCH DevParse;
KDEFERRED_ROUTINE DevAgeDpc;

typedef struct _RT_NODE {
    KSPIN_LOCK Lock;
    struct _RT_NODE *Left;
    struct _RT_NODE *Right;
    ULONG Age;
} RT_NODE, *PRT_NODE;

typedef struct _PARSE_ITEM {
    struct _PARSE_ITEM *Child;
    struct _PARSE_ITEM *Next;
    HANDLE Section;
    BOOLEAN IsList;
} PARSE_ITEM, *PPARSE_ITEM;

static VOID RtAge(PRT_NODE Node)
{
    if (Node == NULL)
        return;
    KeAcquireSpinLockAtDpcLevel(&Node->Lock);
    Node->Age++;
    KeReleaseSpinLockFromDpcLevel(&Node->Lock);
    RtAge(Node->Left);
    RtAge(Node->Right);
}

VOID DevAgeDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    RtAge((PRT_NODE)DeferredContext);
}

static VOID ParseList(PPARSE_ITEM Item);

static VOID ParseItem(PPARSE_ITEM Item)
{
    if (Item->Section != NULL) {
        ZwClose(Item->Section);
        Item->Section = NULL;
    }
    if (Item->IsList && Item->Child != NULL)
        ParseList(Item->Child);
}

static VOID ParseList(PPARSE_ITEM Item)
{
    for (; Item != NULL; Item = Item->Next)
        ParseItem(Item);
}

NTSTATUS DevParse(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    ParseList((PPARSE_ITEM)Irp->AssociatedIrp.SystemBuffer);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
