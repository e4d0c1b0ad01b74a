/* cli: extraction in child processes, one per translation unit, under a
 * time and a memory limit.
 *
 * Why processes and not threads: a hostile or pathological file can make
 * libclang itself recurse until the stack overflows (100,000 nested
 * expressions crash clang-19 too), loop for minutes, or allocate without
 * bound.  None of that can be stopped safely inside the process: a thread
 * cannot be cancelled in the middle of libclang, and a crash takes the whole
 * run with it.  A child per TU can be killed, and its crash is a status the
 * parent reads.  The child parses, serialises the facts with facts_io (the
 * same versioned, checked format as the facts cache) into a pipe, and exits;
 * the parent reads the facts back, so the rest of the pipeline is unchanged.
 *
 * Why the parent watches the memory instead of setrlimit(RLIMIT_AS) in the
 * child: the address-space limit also counts the sanitizers' shadow memory
 * and libclang's large reservations, so it would fail healthy parses under
 * ASan; the parent reads the child's resident set (/proc/PID/statm) every
 * 50 ms and kills it above the limit.  A single allocation larger than the
 * machine fails in the child and is reported as a crash: not analysed
 * either way.
 *
 * Before forking, the parent uses libclang only to read a compilation
 * database, which starts no thread, so no lock can be held across fork.  Results go to out[i] by
 * input index: the schedule does not change the facts or their order. */
#include "cli/cli.h"
#include "facts/facts_io.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct child {
	pid_t pid;
	int fd;                  /* read end of the facts pipe; -1 at EOF */
	size_t idx;
	strbuf data;
	double start;
	const char *killed_for;  /* set when the parent killed it */
} child;

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The path fe_extract names the TU by (the input joined to its directory). */
static char *tu_path(const fe_input *in)
{
	strbuf sb = STRBUF_INIT;
	if (in->directory && in->file[0] != '/')
		strbuf_printf(&sb, "%s/%s", in->directory, in->file);
	else
		strbuf_puts(&sb, in->file);
	return strbuf_detach(&sb);
}

fx_tu *cli_failed_tu(const char *path, const char *message)
{
	fx_tu *tu = fx_tu_new(path);
	fx_diag *d = arena_alloc(tu->arena, sizeof(*d));
	d->severity = FX_DIAG_FATAL;
	d->loc = (fx_loc){ tu->path, 0, 0 };
	d->message = arena_strdup(tu->arena, message);
	tu->diags = d;
	tu->ndiags = 1;
	tu->nerrors = 1;
	tu->parsed = false;
	return tu;
}

int cli_check_readable(const fe_input *in, char *why, size_t whysize)
{
	char *path = tu_path(in);
	int rc = 0;
	/* O_NONBLOCK: a FIFO named like a source file must not block the open */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	if (fd < 0) {
		snprintf(why, whysize, "cannot read %s: %s", path, strerror(errno));
		rc = -1;
	} else if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		snprintf(why, whysize, "cannot read %s: not a regular file", path);
		rc = -1;
	} else {
		char c;
		if (pread(fd, &c, 1, 0) < 0) {
			snprintf(why, whysize, "cannot read %s: %s", path, strerror(errno));
			rc = -1;
		}
	}
	if (fd >= 0)
		close(fd);
	free(path);
	return rc;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* In the child: parse, send the facts, exit without running the parent's
 * atexit handlers or flushing its stdio buffers. */
static void child_main(int fd, const fe_config *fc, const fe_input *in)
{
	struct rlimit none = { 0, 0 };
	setrlimit(RLIMIT_CORE, &none);   /* a crash is reported, not dumped */
	fe_session *s = fe_session_new(fc);
	fx_tu *tu = NULL;
	if (fe_extract(s, in, &tu) != 0 || !tu)
		_exit(4);
	strbuf sb = STRBUF_INIT;
	fxio_write(&sb, tu);
	_exit(write_all(fd, sb.buf, sb.len) == 0 ? 0 : 5);
}

/* Resident memory of pid in MiB, or 0 when unknown. */
static unsigned long resident_mb(pid_t pid)
{
	char p[64];
	snprintf(p, sizeof p, "/proc/%ld/statm", (long)pid);
	FILE *f = fopen(p, "r");
	if (!f)
		return 0;
	unsigned long size = 0, rss = 0;
	int got = fscanf(f, "%lu %lu", &size, &rss);
	fclose(f);
	if (got != 2)
		return 0;
	return (unsigned long)((unsigned long long)rss * (unsigned long long)sysconf(_SC_PAGESIZE) >> 20);
}

/* The facts of a finished child, or a TU that says why there are none. */
static fx_tu *child_result(child *c, int status, const fe_input *in, const cli_limits *lim)
{
	char *path = tu_path(in);
	char msg[512];
	fx_tu *tu = NULL;
	if (c->killed_for) {
		snprintf(msg, sizeof msg, "not analysed: %s", c->killed_for);
	} else if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		snprintf(msg, sizeof msg,
			 "not analysed: the parser crashed (signal %d, %s); nesting too deep for the "
			 "parser's stack is the usual cause", sig, strsignal(sig));
	} else if (WIFEXITED(status) && (WEXITSTATUS(status) == 4 || WEXITSTATUS(status) == 5)) {
		snprintf(msg, sizeof msg, "not analysed: internal error while extracting facts (status %d)",
			 WEXITSTATUS(status));
	} else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		/* a sanitizer that caught the crash exits with a status instead */
		snprintf(msg, sizeof msg,
			 "not analysed: the parser crashed (exit status %d); nesting too deep for the "
			 "parser's stack is the usual cause", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	} else {
		char err[256];
		if (fxio_read(&tu, c->data.buf ? c->data.buf : "", c->data.len, err, sizeof err) == 0) {
			free(path);
			return tu;
		}
		snprintf(msg, sizeof msg, "not analysed: facts from the parser process unreadable: %s", err);
	}
	(void)lim;
	tu = cli_failed_tu(path, msg);
	free(path);
	return tu;
}

int cli_extract_isolated(fx_tu **out, const fe_config *fc, const fe_input *in, const bool *todo, size_t n,
			 const cli_limits *lim)
{
	unsigned jobs = lim->jobs ? lim->jobs : 1;
	child *kids = xcalloc(jobs, sizeof(child));
	struct pollfd *pfd = xcalloc(jobs, sizeof(struct pollfd));
	size_t active = 0, next = 0;
	int rc = 0;
	char limit_msg[128];
	size_t total = 0, finished = 0;
	for (size_t i = 0; i < n; i++)
		if (!todo || todo[i])
			total++;

	fflush(stdout);
	fflush(stderr);
	for (;;) {
		/* start children up to -j */
		while (active < jobs && next < n) {
			size_t i = next++;
			if (todo && !todo[i])
				continue;
			int p[2];
			if (pipe(p) != 0) {
				fprintf(stderr, "ddicheck: cannot create a pipe: %s\n", strerror(errno));
				rc = -1;
				goto drain;
			}
			if (lim->progress)
				lim->progress(NULL, finished, total, in[i].file);
			pid_t pid = fork();
			if (pid < 0) {
				fprintf(stderr, "ddicheck: cannot start a parser process: %s\n", strerror(errno));
				close(p[0]);
				close(p[1]);
				rc = -1;
				goto drain;
			}
			if (pid == 0) {
				close(p[0]);
				for (size_t k = 0; k < active; k++)
					close(kids[k].fd);
				child_main(p[1], fc, &in[i]);
			}
			close(p[1]);
			child *c = &kids[active++];
			memset(c, 0, sizeof(*c));
			c->pid = pid;
			c->fd = p[0];
			c->idx = i;
			c->start = now_seconds();
			c->data = (strbuf)STRBUF_INIT;
		}
		if (!active)
			break;
		for (size_t k = 0; k < active; k++)
			pfd[k] = (struct pollfd){ .fd = kids[k].fd, .events = POLLIN };
		int pr = poll(pfd, active, 50);
		if (pr < 0 && errno != EINTR) {
			fprintf(stderr, "ddicheck: poll: %s\n", strerror(errno));
			rc = -1;
			goto drain;
		}
		for (size_t k = 0; k < active;) {
			child *c = &kids[k];
			bool done = false;
			if (pr > 0 && (pfd[k].revents & (POLLIN | POLLHUP | POLLERR))) {
				char buf[65536];
				ssize_t r = read(c->fd, buf, sizeof buf);
				if (r > 0)
					strbuf_add(&c->data, buf, (size_t)r);
				else if (r == 0 || errno != EINTR)
					done = true;
			}
			if (!done && lim->max_seconds && now_seconds() - c->start > (double)lim->max_seconds) {
				snprintf(limit_msg, sizeof limit_msg, "parsing took longer than --max-tu-seconds %u",
					 lim->max_seconds);
				c->killed_for = limit_msg;
			} else if (!done && lim->max_mb && resident_mb(c->pid) > lim->max_mb) {
				snprintf(limit_msg, sizeof limit_msg, "parsing used more than --max-memory %lu MiB",
					 lim->max_mb);
				c->killed_for = limit_msg;
			}
			if (c->killed_for) {
				kill(c->pid, SIGKILL);
				done = true;
			}
			if (!done) {
				k++;
				continue;
			}
			int status = 0;
			while (waitpid(c->pid, &status, 0) < 0 && errno == EINTR)
				;
			close(c->fd);
			out[c->idx] = child_result(c, status, &in[c->idx], lim);
			finished++;
			strbuf_free(&c->data);
			kids[k] = kids[--active];
			pfd[k] = pfd[active];
		}
	}
	if (lim->progress)
		lim->progress(NULL, total, total, NULL);
	goto cleanup;
drain:
	/* a setup failure: stop the children already running */
	for (size_t k = 0; k < active; k++) {
		kill(kids[k].pid, SIGKILL);
		while (waitpid(kids[k].pid, NULL, 0) < 0 && errno == EINTR)
			;
		close(kids[k].fd);
		strbuf_free(&kids[k].data);
	}
cleanup:
	free(kids);
	free(pfd);
	return rc;
}
