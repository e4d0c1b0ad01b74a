/* fe_mc: the C header the message compiler (mc.exe) writes from a message
 * text file (.mc), made in memory for a driver that includes it (serial's
 * serlog.h, pscr's PscrLog.h) when no WDK build has written it.  No
 * libclang: the frontend supplies the text to the parse (fe_resolve.c).
 * Follows the documented format ("Message Text Files", "Message Compiler
 * (MC.exe)"): MessageIdTypedef, SeverityNames, FacilityNames,
 * LanguageNames, OutputBase; messages with MessageId (a number, +N, or
 * none: the last of the facility plus one), Severity, Facility,
 * SymbolicName and Language blocks ended by a line holding '.'.  Lines
 * starting with ';' are copied to the header without it, in place.  Each
 * message with a SymbolicName becomes
 *   #define NAME ((Typedef)0xXXXXXXXXL)
 * its value severity << 30 | customer bit (1 << 29, mc -c) | facility << 16
 * | id.  The caller owns every buffer it passes. */
#ifndef DDICHECK_FE_MC_H
#define DDICHECK_FE_MC_H

#include <stdbool.h>
#include <stddef.h>

#include "frontend/fe_include.h"
#include "util/strbuf.h"

typedef struct fe_mc_opts {
	bool customer;          /* mc -c (the project's SetCustomerbit): bit 29 in every value */
} fe_mc_opts;

/* Appends to out the header mc writes for the message text file `text`
 * (len bytes; `name` is its file name, for the header's first comment).
 * Returns 0, or -1 with *err filled (out then holds a partial text the
 * caller discards): an unknown severity, facility or language name, a value
 * too wide for its field, a name list or keyword that is malformed, a
 * symbolic name that is not a C identifier, text not ended by '.'. */
int fe_mc_header(const char *name, const char *text, size_t len, const fe_mc_opts *opts, strbuf *out,
		 fe_gen_error *err);

#endif
