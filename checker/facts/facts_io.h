/* facts_io: a versioned, deterministic binary serialisation of one fx_tu.
 * Used by the facts cache (checker/cache/) and meant for a later split
 * extract/link mode.  The same facts always give the same bytes (strings go
 * through a table in order of first use; no pointer or padding is written).
 * The reader trusts nothing: magic, format version, length, checksum and
 * every count and string reference are checked, and anything wrong is an
 * error, never a crash.  Layout: docs/architecture.md ("Facts files"). */
#ifndef DDICHECK_FACTS_IO_H
#define DDICHECK_FACTS_IO_H

#include <stddef.h>

#include "facts/facts.h"
#include "util/strbuf.h"

/* Bumped whenever the layout below or fx_tu changes. */
#define FXIO_VERSION (FX_FORMAT_VERSION * 100 + 3)

/* Appends the serialisation of tu to out.  Returns 0. */
int fxio_write(strbuf *out, const fx_tu *tu);

/* Reads facts serialised by fxio_write.  Returns 0 with *out (free with
 * fx_tu_free), or -1 with a reason in err (bad magic, other version,
 * truncated, checksum mismatch, bad reference). */
int fxio_read(fx_tu **out, const void *data, size_t len, char *err, size_t errsize);

/* FNV-1a, 64 bits: the checksum of facts files. */
unsigned long long fxio_fnv1a(const void *data, size_t len, unsigned long long h);

#endif
