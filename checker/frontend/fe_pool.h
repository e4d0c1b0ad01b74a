/* fe_pool: parallel extraction.  Runs fe_extract over many translation units
 * on a pool of threads, each worker with its own fe_session (one libclang
 * index per thread, never shared), and returns the facts in input order, so
 * that whatever the number of workers, everything after extraction sees the
 * same TUs in the same order and the output is byte-identical.
 * Sits between the inputs (cli/) and link/; the caller owns every fx_tu. */
#ifndef DDICHECK_FE_POOL_H
#define DDICHECK_FE_POOL_H

#include <stdbool.h>
#include <stddef.h>

#include "frontend/frontend.h"

/* Options of one fe_extract_all run. */
typedef struct fe_pool_options {
	unsigned jobs;      /* workers; 0: the number of online processors */
	/* Share the parse of identical leading #include blocks between TUs
	   through a precompiled header (see fe_pch_* in frontend.h).  The facts
	   are the same with and without; false parses every TU from scratch. */
	bool share_headers;
} fe_pool_options;

/* Number of online processors (at least 1): the default for -j. */
unsigned fe_pool_default_jobs(void);

/* Extracts the facts of in[0..n-1] into out_tus[0..n-1] (an array of n
 * pointers provided by the caller), out_tus[i] being the facts of in[i]; the
 * caller frees each with fx_tu_free.  Parse errors and unreadable files are in
 * the facts, as with fe_extract.  opts may be NULL (all processors, shared
 * headers).  Returns 0; -1 when fe_extract reported a bug for some input
 * (that out_tus[i] is NULL, the others are filled) or when no thread could be
 * started.  At most n workers are started; with one, everything runs on the
 * calling thread. */
int fe_extract_all(fx_tu **out_tus, const fe_config *cfg, const fe_input *in, size_t n,
		   const fe_pool_options *opts);

#endif
