/* fe_pool: fe_extract over many TUs on worker threads (see fe_pool.h).
 * Work is handed out one item at a time from a shared counter, so a slow TU
 * does not hold up a fixed share; each result goes to its input's slot, so
 * the order of the output never depends on the schedule.  Two phases, each
 * run by jobs-1 threads plus the calling thread: the shared headers, then
 * the TUs.  A thread that cannot be started only means fewer workers. */
#include "frontend/fe_pool.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#include "util/xalloc.h"

typedef enum pool_phase { PHASE_HEADERS, PHASE_TUS } pool_phase;

typedef struct pool_shared {
	const fe_config *cfg;
	const fe_input *in;
	size_t n;
	fx_tu **out;
	fe_pch_set *pch;          /* NULL: no shared headers */
	pool_phase phase;
	atomic_size_t next;       /* next item of the current phase */
	atomic_int failed;        /* some fe_extract returned -1 */
} pool_shared;

unsigned fe_pool_default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (unsigned)n : 1u;
}

/* Takes items of the current phase until none is left. */
static void pool_drain(pool_shared *sh, fe_session *s)
{
	if (sh->phase == PHASE_HEADERS) {
		size_t npch = fe_pch_count(sh->pch);
		for (size_t k; (k = atomic_fetch_add(&sh->next, 1)) < npch;)
			fe_pch_build(s, sh->pch, k);
		return;
	}
	for (size_t i; (i = atomic_fetch_add(&sh->next, 1)) < sh->n;) {
		fx_tu *tu = NULL;
		if (fe_extract_pch(s, &sh->in[i], fe_pch_for(sh->pch, i), &tu) != 0) {
			fx_tu_free(tu);
			tu = NULL;
			atomic_store(&sh->failed, 1);
		}
		sh->out[i] = tu;
	}
}

static void *pool_thread(void *arg)
{
	pool_shared *sh = arg;
	fe_session *s = fe_session_new(sh->cfg);
	pool_drain(sh, s);
	fe_session_free(s);
	return NULL;
}

/* Runs the current phase on `extra` more threads and the calling thread. */
static void pool_run_phase(pool_shared *sh, fe_session *self, pthread_t *th, unsigned extra)
{
	unsigned started = 0;
	atomic_store(&sh->next, 0);
	for (; started < extra; started++)
		if (pthread_create(&th[started], NULL, pool_thread, sh) != 0)
			break;
	pool_drain(sh, self);
	for (unsigned t = 0; t < started; t++)
		pthread_join(th[t], NULL);
}

int fe_extract_all(fx_tu **out_tus, const fe_config *cfg, const fe_input *in, size_t n,
		   const fe_pool_options *opts)
{
	pool_shared sh = { .cfg = cfg, .in = in, .n = n, .out = out_tus };
	unsigned jobs = opts && opts->jobs ? opts->jobs : fe_pool_default_jobs();
	bool share = opts ? opts->share_headers : true;

	for (size_t i = 0; i < n; i++)
		out_tus[i] = NULL;
	if (n == 0)
		return 0;
	if (jobs > n)
		jobs = (unsigned)n;
	atomic_init(&sh.next, 0);
	atomic_init(&sh.failed, 0);
	if (share)
		fe_pch_plan(&sh.pch, in, n);
	pthread_t *th = jobs > 1 ? xcalloc(jobs - 1, sizeof(*th)) : NULL;
	fe_session *self = fe_session_new(cfg);
	size_t npch = fe_pch_count(sh.pch);
	if (npch) {
		sh.phase = PHASE_HEADERS;
		pool_run_phase(&sh, self, th, (unsigned)(npch < jobs ? npch : jobs) - 1);
	}
	sh.phase = PHASE_TUS;
	pool_run_phase(&sh, self, th, jobs - 1);
	fe_session_free(self);
	free(th);
	fe_pch_free(sh.pch);
	return atomic_load(&sh.failed) ? -1 : 0;
}
