/* fe_etw: the C header the message compiler (mc.exe -km or -um) writes
 * from an ETW instrumentation manifest (.man, or any XML file a
 * MessageCompile item names), made in memory for a driver that includes it
 * (kmdf_fx2's fx2Events.h, Eventdrv's evntdrvEvents.h) when no WDK build
 * has written it.  No libclang; libxml2 reads the manifest.  The frontend
 * supplies the text to the parse (fe_resolve.c).
 *
 * Per <provider> of the manifest ("instrumentationManifest", "EventManifest
 * schema"), the header declares what a driver's calls name:
 *   - the provider GUID as a const GUID named by the provider's symbol;
 *   - the registration handle, a REGHANDLE variable;
 *   - a #define per channel, level, opcode, task and keyword symbol;
 *   - an EVENT_DESCRIPTOR constant per event named by its symbol, its
 *     members from the event's value, version, channel, level, opcode,
 *     task and keywords ("EVENT_DESCRIPTOR structure");
 *   - EventRegister<Provider>() and EventUnregister<Provider>(), and per
 *     event EventWrite<Symbol>(Activity, one parameter per <data> of its
 *     template) and EventEnabled<Symbol>(), written through EtwRegister,
 *     EtwUnregister, EtwWrite and EtwEventEnabled (-km, <wdm.h>) or
 *     EventRegister, EventUnregister, EventWriteTransfer and EventEnabled
 *     (-um, <evntprov.h>).
 * The layout and every name the documentation does not give are ddicheck's
 * (said where they are made).  The caller owns every buffer it passes. */
#ifndef DDICHECK_FE_ETW_H
#define DDICHECK_FE_ETW_H

#include <stdbool.h>
#include <stddef.h>

#include "frontend/fe_include.h"
#include "util/strbuf.h"

typedef struct fe_etw_opts {
	bool user_mode;         /* mc -um (GenerateUserModeLoggingMacros); else -km */
} fe_etw_opts;

/* Appends to out the header mc writes for the manifest `text` (len bytes;
 * `name` is its file name, for the header's first comment).  Returns 0, or
 * -1 with *err filled (out then holds a partial text the caller discards):
 * XML that does not parse, a root that is not instrumentationManifest, a
 * provider without name or GUID, a GUID, value or mask that is malformed or
 * too wide for its field, a symbol that is not a C identifier, an event
 * naming a channel, level, opcode, task, keyword or template the manifest
 * does not define, an inType not of the schema, a count or length naming
 * no earlier data of the template, more than 128 data items. */
int fe_etw_header(const char *name, const char *text, size_t len, const fe_etw_opts *opts, strbuf *out,
		  fe_gen_error *err);

#endif
