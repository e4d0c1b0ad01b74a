/* cache: facts cached per translation unit, so that a re-run parses only
 * the files that changed.  Sits between the CLI's inputs and the frontend:
 * the CLI asks cache_lookup() first and, on a miss, parses and hands the
 * facts to cache_store().  An entry is found by a key over the ddicheck
 * version, the facts format, the working directory, the file name, the
 * compiler arguments, a salt (the model headers' directory) and the main
 * file's content; it is used only if every file the TU included still has
 * the content it had (their SHA-256 digests are stored in the entry).  A
 * corrupt, truncated, stale or foreign entry is never trusted: it is removed
 * and the file parsed again.  Entries are written to a temporary file and
 * renamed, so readers never see half an entry.  The cache owns nothing it
 * returns except the fx_tu given to the caller (freed with fx_tu_free). */
#ifndef DDICHECK_CACHE_H
#define DDICHECK_CACHE_H

#include <stdbool.h>
#include <stddef.h>

#include "facts/facts.h"
#include "frontend/frontend.h"

typedef struct cache cache;

typedef struct cache_stats {
	unsigned hits;       /* facts reused */
	unsigned misses;     /* no usable entry: the file was parsed */
	unsigned rejected;   /* entries ignored as corrupt, truncated, foreign or stale */
	unsigned stored;
} cache_stats;

/* Opens (creating it and its parents) the cache directory `dir`.  `salt`
 * is mixed into every key (may be NULL).  Returns 0, or -1 with a message
 * in err naming the directory. */
int cache_open(cache **out, const char *dir, const char *salt, char *err, size_t errsize);
void cache_close(cache *c);   /* NULL-safe */

/* The default directory: $XDG_CACHE_HOME/ddicheck, else ~/.cache/ddicheck.
 * Returns a malloc'd string, or NULL when neither variable is set. */
char *cache_default_dir(void);

/* Returns 0 with *out on a hit; 1 on a miss (*out NULL). */
int cache_lookup(cache *c, const fe_input *in, fx_tu **out);
/* Stores the facts of `in`.  TUs that could not be parsed are not stored.
 * Returns 0, or -1 when the entry could not be written (not fatal). */
int cache_store(cache *c, const fe_input *in, const fx_tu *tu);

const cache_stats *cache_get_stats(const cache *c);

/* The path of the entry for `in` (malloc'd), for tests. */
char *cache_entry_path(cache *c, const fe_input *in);

#endif
