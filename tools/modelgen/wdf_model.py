#!/usr/bin/env python3
"""Generate ddicheck's KMDF model headers (rules/include/wdf_*.h) from the
public DDI reference pages under ddi/wdf* (see ../shared/ddi-docs/README.md).

    tools/modelgen/wdf_model.py DDI_DOCS_DIR OUT_INCLUDE_DIR

What the pages give, this script takes: prototypes, structures and
enumerations from the `## -syntax` blocks, the IRQL from `req.irql`, callback
(role type) parameter names and directions from `### -param`.  Callback pages
have no syntax block and their parameter types are only in prose, so a
callback's parameter types are inferred from the parameter's description ("A
handle to a framework queue object" is a WDFQUEUE), with the table CALLBACKS
below where the prose does not say it.  wdf.h (handles, context-type macros,
constants) is written by hand; this script writes only the wdf_*.h parts it
includes.  Output is deterministic: pages are read in sorted order.

The ddi/wdfusb pages make wdfusb.h whole (enumerations, forward
declarations, callbacks, structures, methods), a header that drivers
include by name after <wdf.h>, as with the WDK; it includes <wdf.h> and the
USB model headers (<usbdi.h>, <usbdlib.h>) whose types its syntax blocks
name.  wdf.h does not include it.

Not generated: wdfinstaller.h (user mode), wdfminiport.h; the
function-like macros listed in MACROS (wdf.h has them).
"""
import glob
import os
import re
import sys

# Pages documenting macros that wdf.h defines by hand.
MACROS = {
    'WDF_DECLARE_CONTEXT_TYPE', 'WDF_DECLARE_CONTEXT_TYPE_WITH_NAME',
    'WDF_GET_CONTEXT_TYPE_INFO', 'WDF_TYPE_NAME_TO_TYPE_INFO',
    'WDF_TYPE_NAME_POINTER_TYPE', 'WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE',
    'WdfObjectGetTypedContext', 'WDF_ALIGN_SIZE_UP', 'WDF_ALIGN_SIZE_DOWN',
    'WdfObjectReference', 'WdfObjectDereference', 'WdfObjectReferenceWithTag',
    'WdfObjectDereferenceWithTag',
}
SKIP_HEADERS = {'wdfinstaller', 'wdfminiport'}
# Pages that make their own header, included by name, not by wdf.h.
OWN_HEADERS = {'wdfusb'}

# Functions whose page has no syntax block: the prototype, from the page's
# parameter list and description.
NOSYNTAX = {
    'WdfSpinLockAcquire': 'VOID WdfSpinLockAcquire(_In_ WDFSPINLOCK SpinLock);',
    'WdfSpinLockRelease': 'VOID WdfSpinLockRelease(_In_ WDFSPINLOCK SpinLock);',
    'WdfWaitLockRelease': 'VOID WdfWaitLockRelease(_In_ WDFWAITLOCK Lock);',
    'WdfInterruptAcquireLock': 'VOID WdfInterruptAcquireLock(_In_ WDFINTERRUPT Interrupt);',
    'WdfInterruptReleaseLock': 'VOID WdfInterruptReleaseLock(_In_ WDFINTERRUPT Interrupt);',
    'WdfDeviceResumeIdleWithTag': 'VOID WdfDeviceResumeIdleWithTag(_In_ WDFDEVICE Device, _In_opt_ PVOID Tag);',
    'WdfDeviceRetrieveDeviceDirectoryString': 'NTSTATUS WdfDeviceRetrieveDeviceDirectoryString(_In_ WDFDEVICE Device, _In_ WDFSTRING String);',
    'WdfDeviceSetDeviceInterfaceStateEx': 'VOID WdfDeviceSetDeviceInterfaceStateEx(_In_ WDFDEVICE Device, _In_ CONST GUID *InterfaceClassGUID, _In_opt_ PCUNICODE_STRING ReferenceString, _In_ BOOLEAN IsInterfaceEnabled);',
    'WdfDriverErrorReportApiMissing': 'NTSTATUS WdfDriverErrorReportApiMissing(_In_ WDFDRIVER Driver, _In_opt_ PCWSTR FrameworkExtensionName, _In_ ULONG ApiIndex, _In_ BOOLEAN DoesApiReturnNtstatus);',
    'WdfDriverOpenPersistentStateRegistryKey': 'NTSTATUS WdfDriverOpenPersistentStateRegistryKey(_In_ WDFDRIVER Driver, _In_ ACCESS_MASK DesiredAccess, _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes, _Out_ WDFKEY *Key);',
    'WdfDriverRetrieveDriverDataDirectoryString': 'NTSTATUS WdfDriverRetrieveDriverDataDirectoryString(_In_ WDFDRIVER Driver, _In_ WDFSTRING String);',
    'WdfPdoInitRemovePowerDependencyOnParent': 'VOID WdfPdoInitRemovePowerDependencyOnParent(_In_ PWDFDEVICE_INIT DeviceInit);',
}

# Callback types the prose does not pin down: return type and, per
# parameter, its type (None: infer from the description).
CALLBACKS = {
    'EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL': ('VOID', {'OutputBufferLength': 'size_t', 'InputBufferLength': 'size_t', 'IoControlCode': 'ULONG'}),
    'EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL': ('VOID', {'OutputBufferLength': 'size_t', 'InputBufferLength': 'size_t', 'IoControlCode': 'ULONG'}),
    'EVT_WDF_IO_QUEUE_IO_READ': ('VOID', {'Length': 'size_t'}),
    'EVT_WDF_IO_QUEUE_IO_WRITE': ('VOID', {'Length': 'size_t'}),
    'EVT_WDF_IO_QUEUE_IO_STOP': ('VOID', {'ActionFlags': 'ULONG'}),
    'EVT_WDF_IO_QUEUE_STATE': ('VOID', {'Context': 'WDFCONTEXT'}),
    'EVT_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS': ('WDF_IO_FORWARD_PROGRESS_ACTION', {}),
    'EVT_WDF_INTERRUPT_ISR': ('BOOLEAN', {'MessageID': 'ULONG'}),
    'EVT_WDF_INTERRUPT_DPC': ('VOID', {'AssociatedObject': 'WDFOBJECT'}),
    'EVT_WDF_INTERRUPT_WORKITEM': ('VOID', {'AssociatedObject': 'WDFOBJECT'}),
    'EVT_WDF_INTERRUPT_ENABLE': ('NTSTATUS', {'AssociatedDevice': 'WDFDEVICE'}),
    'EVT_WDF_INTERRUPT_DISABLE': ('NTSTATUS', {'AssociatedDevice': 'WDFDEVICE'}),
    'EVT_WDF_DEVICE_D0_ENTRY_POST_HARDWARE_ENABLED': ('NTSTATUS', {}),
    'EVT_WDF_DEVICE_D0_EXIT_PRE_HARDWARE_DISABLED': ('NTSTATUS', {}),
    'EVT_WDF_DEVICE_QUERY_REMOVE': ('NTSTATUS', {}),
    'EVT_WDF_DEVICE_QUERY_STOP': ('NTSTATUS', {}),
    'EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX': ('NTSTATUS', {}),
    'EVT_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION': ('VOID', {'NotificationData': 'PCWDF_DEVICE_PNP_NOTIFICATION_DATA'}),
    'EVT_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION': ('VOID', {'NotificationData': 'PCWDF_DEVICE_POWER_NOTIFICATION_DATA'}),
    'EVT_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION': ('VOID', {'NotificationData': 'PCWDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA'}),
    'EVT_WDFDEVICE_WDM_IRP_DISPATCH': ('NTSTATUS', {'MajorFunction': 'UCHAR', 'MinorFunction': 'UCHAR', 'Code': 'ULONG', 'DriverContext': 'WDFCONTEXT', 'DispatchContext': 'WDFCONTEXT'}),
    'EVT_WDFDEVICE_WDM_IRP_PREPROCESS': ('NTSTATUS', {}),
    'EVT_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE': ('NTSTATUS', {'PoHandle': 'POHANDLE'}),
    'EVT_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE': ('VOID', {'PoHandle': 'POHANDLE'}),
    'EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST': ('NTSTATUS', {'InterfaceType': 'LPGUID', 'ExposedInterfaceSpecificData': 'PVOID'}),
    'EVT_WDF_REQUEST_COMPLETION_ROUTINE': ('VOID', {'Context': 'WDFCONTEXT'}),
    'EVT_WDF_REQUEST_IMPERSONATE': ('VOID', {'Context': 'PVOID'}),
    'EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE': ('NTSTATUS', {'OutBufferSize': 'ULONG', 'OutBuffer': 'PVOID', 'BufferUsed': 'PULONG'}),
    'EVT_WDF_WMI_INSTANCE_SET_INSTANCE': ('NTSTATUS', {'InBufferSize': 'ULONG', 'InBuffer': 'PVOID'}),
    'EVT_WDF_WMI_INSTANCE_SET_ITEM': ('NTSTATUS', {'DataItemId': 'ULONG', 'InBufferSize': 'ULONG', 'InBuffer': 'PVOID'}),
    'EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD': ('NTSTATUS', {'MethodId': 'ULONG', 'InBufferSize': 'ULONG', 'OutBufferSize': 'ULONG', 'Buffer': 'PVOID', 'BufferUsed': 'PULONG'}),
    'EVT_WDF_PROGRAM_DMA': ('BOOLEAN', {'Context': 'WDFCONTEXT'}),
    'EVT_WDF_RESERVE_DMA': ('VOID', {'Context': 'WDFCONTEXT'}),
    'EVT_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL': ('BOOLEAN', {'Context': 'WDFCONTEXT', 'Offset': 'size_t', 'Length': 'size_t'}),
    'EVT_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE': ('VOID', {'Context': 'WDFCONTEXT'}),
    'EVT_WDF_INTERRUPT_SYNCHRONIZE': ('BOOLEAN', {'Context': 'WDFCONTEXT'}),
    'EVT_WDF_CHILD_LIST_DEVICE_REENUMERATED': ('BOOLEAN', {}),
    'EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE': ('BOOLEAN', {}),
    'EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY': ('VOID', {}),
    'EVT_WDF_USB_READER_COMPLETION_ROUTINE': ('VOID', {'NumBytesTransferred': 'size_t', 'Context': 'WDFCONTEXT'}),
    'EVT_WDF_USB_READERS_FAILED': ('BOOLEAN', {'Status': 'NTSTATUS', 'UsbdStatus': 'USBD_STATUS'}),
    'EVT_WDF_COMPANION_PRE_D0_ENTRY': ('NTSTATUS', {'Companion': 'WDFCOMPANION', 'PreviousState': 'WDF_POWER_DEVICE_STATE'}),
    'EVT_WDF_COMPANION_POST_D0_EXIT': ('NTSTATUS', {'Companion': 'WDFCOMPANION', 'TargetState': 'WDF_POWER_DEVICE_STATE'}),
    'EVT_WDF_COMPANION_PRE_PREPARE_HARDWARE': ('NTSTATUS', {'Companion': 'WDFCOMPANION', 'ResourcesRaw': 'WDFCMRESLIST', 'ResourcesTranslated': 'WDFCMRESLIST'}),
    'EVT_WDF_COMPANION_POST_RELEASE_HARDWARE': ('NTSTATUS', {'Companion': 'WDFCOMPANION', 'ResourcesTranslated': 'WDFCMRESLIST'}),
    'EVT_WDF_TASK_QUEUE_TASK_EXECUTE_SYNC': ('NTSTATUS', {'Companion': 'WDFCOMPANION', 'TaskOperationCode': 'ULONG', 'InputBuffer': 'PVOID', 'InputBufferLength': 'ULONG', 'OutputBuffer': 'PVOID', 'OutputBufferLength': 'ULONG', 'BytesWritten': 'PULONG'}),
}

# Description -> type, first match wins (lower-cased description).
HANDLE_WORDS = [
    ('resource-requirements-list', 'WDFIORESREQLIST'), ('resource requirements list', 'WDFIORESREQLIST'),
    ('resource-list', 'WDFCMRESLIST'), ('resource list', 'WDFCMRESLIST'),
    ('child-list', 'WDFCHILDLIST'), ('child list', 'WDFCHILDLIST'),
    ('dma enabler', 'WDFDMAENABLER'), ('dma transaction', 'WDFDMATRANSACTION'),
    ('queue object', 'WDFQUEUE'), ('i/o queue', 'WDFQUEUE'),
    ('request object', 'WDFREQUEST'), ('file object', 'WDFFILEOBJECT'),
    ('device object', 'WDFDEVICE'), ('driver object', 'WDFDRIVER'),
    ('interrupt object', 'WDFINTERRUPT'), ('dpc object', 'WDFDPC'),
    ('i/o target', 'WDFIOTARGET'), ('memory object', 'WDFMEMORY'),
    ('pipe object', 'WDFUSBPIPE'), ('timer object', 'WDFTIMER'),
    ('wmi instance', 'WDFWMIINSTANCE'), ('wmi provider', 'WDFWMIPROVIDER'),
    ('work-item object', 'WDFWORKITEM'), ('framework object', 'WDFOBJECT'),
]


# Parameters whose page gives no description: the type their name stands for
# throughout the KMDF pages.
NAME_TYPES = {
    'Device': 'WDFDEVICE', 'Queue': 'WDFQUEUE', 'Request': 'WDFREQUEST', 'Irp': 'PIRP',
    'Mdl': 'PMDL', 'PreviousState': 'WDF_POWER_DEVICE_STATE',
    'TargetState': 'WDF_POWER_DEVICE_STATE', 'Companion': 'WDFCOMPANION',
}


def fail(msg):
    sys.stderr.write('wdf_model.py: %s\n' % msg)
    sys.exit(2)


def parse(path):
    t = open(path, encoding='utf-8').read().replace('\xa0', ' ')
    fm = {}
    m = re.match(r'---\n(.*?)\n---\n', t, re.S)
    if m:
        cur = None
        for line in m.group(1).split('\n'):
            if line.startswith(' - ') and cur:
                fm.setdefault(cur, []).append(line[3:].strip())
                continue
            mm = re.match(r'([\w.\-]+):\s*(.*)', line)
            if mm:
                cur = mm.group(1)
                if mm.group(2).strip():
                    fm[cur] = mm.group(2).strip()
    syn = None
    m = re.search(r'^## -syntax\s*\n(.*?)(?=^## )', t, re.S | re.M)
    if m:
        mm = re.search(r'(`{3,})[^\n]*\n(.*?)\1', m.group(1), re.S)
        syn = (mm.group(2) if mm else m.group(1)).strip()
    params = []
    for pm in re.finditer(r'^### -param (\S+)\s*(\[[^\]]*\])?[^\n]*\n(.*?)(?=^### |^## |\Z)', t, re.S | re.M):
        desc = re.sub(r'<[^>]+>', '', pm.group(3)).strip()
        params.append((pm.group(1), pm.group(2) or '', desc))
    m = re.search(r'^## -returns\s*\n(.*?)(?=^## |\Z)', t, re.S | re.M)
    ret = re.sub(r'<[^>]+>', '', m.group(1)).strip() if m else ''
    return fm, syn, params, ret


def api_name(fm):
    # UID is "NF:header.Name"; api_name sometimes names the PFN_ type instead.
    uid = fm.get('UID', '')
    if '.' in uid:
        return uid.split('.', 1)[1]
    n = fm.get('api_name')
    return n[0] if isinstance(n, list) else n


def page_id(path):
    return os.path.basename(path)[:-3]


def irql_anno(s):
    n = re.sub(r'\s*\(see Remarks section\.?\)\s*$', '', (s or '').strip(), flags=re.I)
    n = re.sub(r'^IRQL\s*', '', n).replace(' ', '')
    return {
        '<=DISPATCH_LEVEL': '_IRQL_requires_max_(DISPATCH_LEVEL)',
        'PASSIVE_LEVEL': '_IRQL_requires_(PASSIVE_LEVEL)',
        '=PASSIVE_LEVEL': '_IRQL_requires_(PASSIVE_LEVEL)',
        'DISPATCH_LEVEL': '_IRQL_requires_(DISPATCH_LEVEL)',
        '<DISPATCH_LEVEL': '_IRQL_requires_max_(APC_LEVEL)',
        '<=APC_LEVEL': '_IRQL_requires_max_(APC_LEVEL)',
    }.get(n)


DIRKW = {'[in]': '_In_', '[out]': '_Out_', '[in,out]': '_Inout_', '[in,optional]': '_In_opt_',
         '[out,optional]': '_Out_opt_', '[in,out,optional]': '_Inout_opt_'}


def infer_param_type(cb, name, desc):
    d = desc.lower()
    if d.startswith('a handle') or d.startswith('handle'):
        for w, ty in HANDLE_WORDS:
            if w in d:
                return ty
    m = re.match(r'(?:an?|the|optional)\s+pointer to (?:an? |the )?(?:copy of the |framework-allocated |framework-supplied |caller-allocated )?(\w+)\s+structure', d)
    if m:
        word = re.search(r'pointer to .*?\b([A-Z][A-Z0-9_]+)\b', desc)
        if word:
            return 'P' + word.group(1)
    m = re.search(r'\b([A-Z][A-Z0-9_]+)-typed\b', desc)
    if m:
        return m.group(1)
    if d.startswith('a boolean'):
        return 'BOOLEAN'
    if name in NAME_TYPES:
        return NAME_TYPES[name]
    if 'context' in name.lower():
        return 'WDFCONTEXT'
    fail('%s: cannot infer the type of parameter %s ("%s"); add it to CALLBACKS' % (cb, name, desc[:60]))


def infer_return(cb, ret):
    r = ret.lower()
    if not r:
        return 'VOID'
    if 'status_' in r or 'ntstatus' in r:
        return 'NTSTATUS'
    if 'true' in r or 'boolean' in r:
        return 'BOOLEAN'
    fail('%s: cannot infer the return type from "%s"; add it to CALLBACKS' % (cb, ret[:60]))


def fix_tag(path, uid_name, syn):
    """A few pages' syntax blocks carry another page's tag or typedef names
    (copy and paste in the 2018 revision); the page's UID is authoritative."""
    m = re.match(r'(typedef\s+(?:struct|union|enum)\s+)(\w+)(\s*\{)', syn)
    if not m or not uid_name.startswith('_'):
        return syn
    want = uid_name.lstrip('_')
    if m.group(2) != uid_name:
        sys.stderr.write('wdf_model.py: %s: tag %s corrected to %s\n' % (os.path.basename(path), m.group(2), uid_name))
        syn = m.group(1) + uid_name + m.group(3) + syn[m.end():]
    if want not in type_names(syn):
        sys.stderr.write('wdf_model.py: %s: typedef names corrected to %s\n' % (os.path.basename(path), want))
        syn = re.sub(r'\}\s*([^;{}]*);?\s*$', '} %s, *P%s;' % (want, want), syn)
    return syn


def clean_syntax(s):
    s = re.sub(r'\bWDFAPI\b\s*', '', s)
    s = re.sub(r'//[^\n]*', '', s)
    s = s.replace('\t', '    ')
    return s.strip()


def load(docs):
    funcs, structs, enums, cbs = [], [], [], []
    for path in sorted(glob.glob(os.path.join(docs, 'wdf*', 'n[cefs]-*.md'))):
        hdr = os.path.basename(os.path.dirname(path))
        if hdr in SKIP_HEADERS:
            continue
        kind = os.path.basename(path)[:2]
        fm, syn, params, ret = parse(path)
        name = api_name(fm)
        if not name:
            fail('%s: no api_name' % path)
        irql = fm.get('req.irql', '')
        if isinstance(irql, list):
            irql = ' '.join(irql)
        if kind in ('ne', 'ns') and syn:
            syn = fix_tag(path, name, syn)
        item = dict(name=name, page=page_id(path), irql=irql, hdr=hdr,
                    syn=clean_syntax(syn) if syn else None, params=params, ret=ret,
                    umdf_only=not fm.get('req.kmdf-ver'))
        if kind == 'nf':
            if name in MACROS:
                continue
            if not item['syn']:
                if name not in NOSYNTAX:
                    fail('%s: no syntax block and no NOSYNTAX entry' % path)
                item['syn'] = NOSYNTAX[name]
            funcs.append(item)
        elif kind == 'ns':
            structs.append(item)
        elif kind == 'ne':
            enums.append(item)
        else:
            cbs.append(item)
    return funcs, structs, enums, cbs


def emit_function(f):
    s = f['syn'].rstrip().rstrip(';').strip()
    if '{' in s:                      # an inline definition: keep its prototype
        s = s[:s.index('{')].strip()
    if s.startswith('#define'):
        return None
    s = re.sub(r'^(FORCEINLINE|__inline|_Must_inspect_result_|__drv_\w+\([^)]*\))\s*', '', s)
    out = '/* %s; req.irql: %s */\n' % (f['page'], f['irql'] or '-')
    a = irql_anno(f['irql'])
    if a:
        out += a + '\n'
    return out + s + ';\n'


def emit_callback(c):
    name = c['name']
    ret, over = CALLBACKS.get(name, (None, {}))
    if ret is None:
        ret = infer_return(name, c['ret'])
    plist = []
    for pname, pdir, desc in c['params']:
        ty = over.get(pname) or infer_param_type(name, pname, desc)
        plist.append('    %s %s %s' % (DIRKW.get(pdir.replace(' ', ''), '_In_'), ty, pname))
    pfn = 'PFN_' + name[4:] if name.startswith('EVT_') else 'PFN_' + name
    if name.startswith('EVT_WDFDEVICE_'):
        pfn = 'PFN_WDFDEVICE_' + name[len('EVT_WDFDEVICE_'):]
    a = irql_anno(c['irql'])
    out = '/* %s -- %s; req.irql: %s */\n' % (name, c['page'], c['irql'] or '-')
    out += 'typedef %s_Function_class_(%s)\n' % (a + ' ' if a else '', name)
    out += '%s (%s)(%s);\n' % (ret, name, ('\n' + ',\n'.join(plist)) if plist else 'VOID')
    out += 'typedef %s *%s;\n' % (name, pfn)
    return out


def declarators(block):
    """The declarators of a typedef block, after its closing brace ("X", "*PX")."""
    m = re.search(r'\}\s*([^;{}]*);?\s*$', block, re.S)
    if not m:
        return []
    return [re.sub(r'\s+', '', n) for n in m.group(1).split(',') if n.strip()]


def type_names(block):
    return [d.lstrip('*') for d in declarators(block)]


def tag_of(block, kw):
    m = re.match(r'typedef\s+%s\s+(\w+)\s*\{' % kw, block)
    return m.group(1) if m else None


def order_structs(structs):
    """Structures in an order where every member used by value is complete."""
    by_name = {}
    for s in structs:
        for n in type_names(s['syn']):
            by_name[n] = s
    done, out, visiting = set(), [], set()

    def visit(s):
        if s['page'] in done or s['page'] in visiting:
            return
        visiting.add(s['page'])
        body = s['syn'][s['syn'].index('{'):s['syn'].rindex('}')]
        for m in re.finditer(r'^\s*(?:CONST\s+|const\s+)?(\w+)\s+(?!\*)\w', body, re.M):
            dep = by_name.get(m.group(1))
            if dep and dep is not s:
                visit(dep)
        visiting.discard(s['page'])
        done.add(s['page'])
        out.append(s)
    for s in sorted(structs, key=lambda s: s['page']):
        visit(s)
    return out


def emit_struct(s):
    syn = s['syn'].rstrip()
    if not syn.endswith(';'):
        syn += ';'
    return '/* %s */\n%s\n' % (s['page'], syn)


def forward(s):
    tag = tag_of(s['syn'], 'struct') or tag_of(s['syn'], 'union')
    kw = 'struct' if tag_of(s['syn'], 'struct') else 'union'
    if not tag:
        fail('%s: structure without a tag' % s['page'])
    decls = declarators(s['syn'])
    out = 'typedef %s %s %s;' % (kw, tag, ', '.join(decls))
    # The WDK pairs most structures with a pointer-to-const typedef (PCWDF_...),
    # which the syntax blocks leave out but callback prototypes use.
    plain = [d for d in decls if not d.startswith('*')]
    if plain and not any(d == '*PC' + plain[0] for d in decls):
        out += '\ntypedef const %s *PC%s;' % (plain[0], plain[0])
    return out


HEAD = """/*
 * %s -- ddicheck model header, part of wdf.h: %s
 *
 * Generated by tools/modelgen/wdf_model.py from the `## -syntax` blocks, the
 * parameter lists and the front matter (req.irql) of the public reference
 * pages under ddi/wdf* (each declaration names its page); it is not a copy of
 * Microsoft's wdf*.h.  Do not edit: change the generator and re-run it.
 * Include <wdf.h>, not this file.
 */
#ifndef %s
#define %s

"""


def write(outdir, fname, desc, chunks):
    guard = 'DDICHECK_MODEL_' + re.sub(r'\W', '_', fname.upper())
    body = HEAD % (fname, desc, guard, guard)
    body += '\n'.join(c.rstrip() + '\n' for c in chunks if c and c.strip())
    body += '\n#endif /* %s */\n' % guard
    with open(os.path.join(outdir, fname), 'w', encoding='utf-8') as fp:
        fp.write(body)
    return body.count('\n')


def split(chunks, limit):
    parts, cur, n = [], [], 0
    for c in chunks:
        k = c.count('\n') + 1
        if cur and n + k > limit:
            parts.append(cur)
            cur, n = [], 0
        cur.append(c)
        n += k
    if cur:
        parts.append(cur)
    return parts


USB_HEAD = """/*
 * wdfusb.h -- ddicheck model header: the KMDF USB I/O target -- the
 * WdfUsbTargetDevice/WdfUsbTargetPipe/WdfUsbInterface methods, the
 * continuous-reader callback (role) types with the IRQL at which the
 * framework calls them, the WDF_USB_xxx structures with their _INIT
 * routines, and the enumerations.  Drivers include it after <wdf.h>.
 *
 * Generated by tools/modelgen/wdf_model.py from the `## -syntax` blocks, the
 * parameter lists and the front matter (req.irql) of the public reference
 * pages under ddi/wdfusb (each declaration names its page); it is not a copy
 * of Microsoft's wdfusb.h.  Do not edit: change the generator and re-run it.
 * The USB types the pages name (descriptors, URB, USBD_xxx) come from the
 * model's <usbdi.h> and <usbdlib.h>.
 */
#ifndef %s
#define %s

#include <wdf.h>
#include <usbdi.h>
#include <usbdlib.h>

"""


def generate(funcs, structs, enums, cbs):
    """The chunks of one header set: enumerations, forward declarations,
    callbacks, structures (dependency order), functions."""
    enum_chunks = ['/* %s */\n%s\n' % (e['page'], e['syn'].rstrip().rstrip(';') + ';') for e in enums]
    ordered = order_structs(structs)
    fwd = [forward(s) for s in ordered]
    cb_chunks = [emit_callback(c) for c in sorted(cbs, key=lambda c: c['name'])]
    st_chunks = [emit_struct(s) for s in ordered]
    fchunks = [c for c in (emit_function(f) for f in sorted(funcs, key=lambda f: (f['hdr'], f['name']))) if c]
    return enum_chunks, fwd, cb_chunks, st_chunks, fchunks


def main():
    if len(sys.argv) != 3:
        fail('usage: wdf_model.py DDI_DOCS_DIR OUT_INCLUDE_DIR')
    docs, outdir = sys.argv[1], sys.argv[2]
    if not os.path.isdir(docs):
        fail('%s: not a directory' % docs)
    loaded = load(docs)
    own = [[x for x in lst if x['hdr'] in OWN_HEADERS] for lst in loaded]
    funcs, structs, enums, cbs = [[x for x in lst if x['hdr'] not in OWN_HEADERS] for lst in loaded]
    enum_chunks, fwd, cb_chunks, st_chunks, fchunks = generate(funcs, structs, enums, cbs)
    written = {}
    for i, part in enumerate(split(enum_chunks, 700)):
        fn = 'wdf_enums%d.h' % (i + 1)
        written[fn] = write(outdir, fn, 'the KMDF enumerations (part %d).' % (i + 1), part)
    written['wdf_fwd.h'] = write(outdir, 'wdf_fwd.h', 'forward declarations of the KMDF\n * structures, so that pointers to them need no ordering.', fwd)
    written['wdf_callbacks.h'] = write(outdir, 'wdf_callbacks.h', 'the KMDF callback (role) types\n * with the IRQL at which the framework calls them.', cb_chunks)
    for i, part in enumerate(split(st_chunks, 700)):
        fn = 'wdf_structs%d.h' % (i + 1)
        written[fn] = write(outdir, fn, 'the KMDF structures (part %d), in\n * dependency order.' % (i + 1), part)
    for i, part in enumerate(split(fchunks, 700)):
        fn = 'wdf_funcs%d.h' % (i + 1)
        written[fn] = write(outdir, fn, 'the KMDF methods (part %d), with\n * the IRQL annotations of their pages.' % (i + 1), part)
    usb = generate(*own)
    guard = 'DDICHECK_MODEL_WDFUSB_H'
    body = USB_HEAD % (guard, guard)
    for title, chunks in zip(('enumerations', 'forward declarations', 'callback (role) types',
                              'structures', 'methods'), usb):
        body += '/* ' + '-' * (66 - len(title)) + ' ' + title + ' */\n\n'
        body += '\n'.join(c.rstrip() + '\n' for c in chunks if c and c.strip()) + '\n'
    body += '#endif /* %s */\n' % guard
    with open(os.path.join(outdir, 'wdfusb.h'), 'w', encoding='utf-8') as fp:
        fp.write(body)
    written['wdfusb.h'] = body.count('\n')
    sys.stdout.write('wdf_model.py: %d functions, %d callbacks, %d structures, %d enumerations; wdfusb.h: %d, %d, %d, %d; %s\n' % (
        len(fchunks), len(cbs), len(structs), len(enums),
        len(usb[4]), len(own[3]), len(own[1]), len(own[2]),
        ', '.join('%s %d lines' % kv for kv in sorted(written.items()))))


if __name__ == '__main__':
    main()
