/* corpus_runner: runs ddicheck on every program of the corpus and compares
 * its findings with the expectations written in the sources.
 *
 *   corpus/<suite>/<case>.c      a single-file program
 *   corpus/<suite>/<case>/       a multi-file program (all its .c files)
 *
 * In a source line, after the code:  // expect: [RuleId] message-substring
 * (several `expect:` in one comment are several findings on that line), and
 * optionally  // expect-note: substring  (a note of some finding points at
 * this line and contains the substring).  Directives anywhere in a file:
 *   // ddicheck-args: ARG...     extra ddicheck arguments
 *   // expect-exit: N            the exit status (default: 1 with
 *                                expectations, 0 without)
 *   // expect-fail: REASON       known to fail; passing is then an error, so
 *                                the list of known failures cannot go stale
 * The runner fails a case on a missing finding, an extra finding, a finding
 * without a trace (no note), a wrong exit status, and an expectation on a
 * line that holds no code.  It prints "N passed, M failed" last. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/strbuf.h"
#include "util/xalloc.h"

typedef struct expect {
	char *file;
	unsigned line;
	char *rule;        /* NULL for an expect-note */
	char *text;
	bool matched;
} expect;

typedef struct found {
	char *file;
	unsigned line;
	char *rule;
	char *message;
	size_t nnotes;
	bool matched;
} found;

typedef struct note {
	char *file;
	unsigned line;
	char *message;
} note;

typedef struct casedata {
	expect *ex;
	size_t nex, capex;
	char **args;
	size_t nargs, capargs;
	int exit_expected;   /* -1: default */
	char *known_fail;
	strbuf errors;       /* problems with the case's own annotations */
} casedata;

static char *xstrndup_compat(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char **list_dir(const char *dir, size_t *n)
{
	char **items = NULL;
	size_t cap = 0;
	*n = 0;
	DIR *d = opendir(dir);
	if (!d)
		return NULL;
	struct dirent *de;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.')
			VEC_PUSH(items, *n, cap, xstrdup(de->d_name));
	closedir(d);
	if (*n)
		qsort(items, *n, sizeof(char *), cmpstr);
	return items;
}

static bool has_suffix(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && strcmp(s + a - b, suf) == 0;
}

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	return s;
}

/* Parses the annotations of one source file (relpath as ddicheck prints it). */
static void scan_file(casedata *cd, const char *path, const char *relpath)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		strbuf_printf(&cd->errors, "%s: cannot read: %s\n", relpath, strerror(errno));
		return;
	}
	char *line = NULL;
	size_t cap = 0;
	unsigned lineno = 0;
	while (getline(&line, &cap, f) > 0) {
		lineno++;
		char *c = strstr(line, "// ");
		if (!c)
			continue;
		char *comment = c + 3;
		if (strncmp(comment, "ddicheck-args:", 14) == 0) {
			char *save = NULL;
			for (char *t = strtok_r(comment + 14, " \t\r\n", &save); t; t = strtok_r(NULL, " \t\r\n", &save))
				VEC_PUSH(cd->args, cd->nargs, cd->capargs, xstrdup(t));
			continue;
		}
		if (strncmp(comment, "expect-exit:", 12) == 0) {
			cd->exit_expected = atoi(comment + 12);
			continue;
		}
		if (strncmp(comment, "expect-fail:", 12) == 0) {
			free(cd->known_fail);
			cd->known_fail = xstrdup(trim(comment + 12));
			continue;
		}
		if (!strstr(comment, "expect:") && !strstr(comment, "expect-note:"))
			continue;
		/* an expectation must sit on a line with code */
		bool code = false;
		for (char *p = line; p < c; p++)
			if (!isspace((unsigned char)*p))
				code = true;
		if (!code) {
			strbuf_printf(&cd->errors, "%s:%u: expectation on a line with no code\n", relpath, lineno);
			continue;
		}
		/* split at each "expect:" / "expect-note:" */
		char *p = comment;
		while (p && *p) {
			char *e1 = strstr(p, "expect:"), *e2 = strstr(p, "expect-note:");
			char *e = e1 && (!e2 || e1 < e2) ? e1 : e2;
			if (!e)
				break;
			bool is_note = e == e2 && (!e1 || e2 < e1);
			char *body = e + (is_note ? 12 : 7);
			char *n1 = strstr(body, "expect:"), *n2 = strstr(body, "expect-note:");
			char *next = n1 && (!n2 || n1 < n2) ? n1 : n2;
			char saved = 0;
			if (next) {
				saved = *next;
				*next = '\0';
			}
			expect ex = { 0 };
			ex.file = xstrdup(relpath);
			ex.line = lineno;
			char *b = trim(body);
			if (!is_note) {
				if (*b != '[' || !strchr(b, ']')) {
					strbuf_printf(&cd->errors, "%s:%u: malformed expectation (want: expect: [Rule] text)\n",
						      relpath, lineno);
				} else {
					char *close = strchr(b, ']');
					ex.rule = xstrndup_compat(b + 1, (size_t)(close - b - 1));
					ex.text = xstrdup(trim(close + 1));
					VEC_PUSH(cd->ex, cd->nex, cd->capex, ex);
				}
			} else {
				ex.text = xstrdup(b);
				VEC_PUSH(cd->ex, cd->nex, cd->capex, ex);
			}
			if (next)
				*next = saved;
			p = next;
		}
	}
	free(line);
	fclose(f);
}

/* Runs ddicheck in `cwd`; stdout into *out, stderr into *err.  Returns the
 * exit status, or -1 when it did not exit normally (a crash is a failure). */
static int run(const char *ddicheck, const char *cwd, char **argv, strbuf *out, strbuf *err)
{
	int po[2], pe[2];
	if (pipe(po) != 0 || pipe(pe) != 0)
		return -1;
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		dup2(po[1], 1);
		dup2(pe[1], 2);
		close(po[0]);
		close(pe[0]);
		if (chdir(cwd) != 0)
			_exit(126);
		execv(ddicheck, argv);
		_exit(127);
	}
	close(po[1]);
	close(pe[1]);
	/* read both pipes without deadlock: stderr is small, poll-free alternation is enough */
	char buf[4096];
	bool open_o = true, open_e = true;
	while (open_o || open_e) {
		fd_set rd;
		FD_ZERO(&rd);
		int maxfd = 0;
		if (open_o) { FD_SET(po[0], &rd); maxfd = po[0]; }
		if (open_e) { FD_SET(pe[0], &rd); if (pe[0] > maxfd) maxfd = pe[0]; }
		if (select(maxfd + 1, &rd, NULL, NULL, NULL) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (open_o && FD_ISSET(po[0], &rd)) {
			ssize_t n = read(po[0], buf, sizeof(buf));
			if (n <= 0) open_o = false; else strbuf_add(out, buf, (size_t)n);
		}
		if (open_e && FD_ISSET(pe[0], &rd)) {
			ssize_t n = read(pe[0], buf, sizeof(buf));
			if (n <= 0) open_e = false; else strbuf_add(err, buf, (size_t)n);
		}
	}
	close(po[0]);
	close(pe[0]);
	int status;
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

/* "file:line:col: error: [Rule] message" and "file:line:col: note: message" */
static bool parse_line(char *l, char **file, unsigned *line, char **kind, char **rest)
{
	char *p = strstr(l, ": error: ");
	char *q = strstr(l, ": warning: ");
	char *r = strstr(l, ": note: ");
	char *sep = p ? p : q ? q : r;
	if (!sep)
		return false;
	*sep = '\0';
	*kind = p ? "error" : q ? "warning" : "note";
	*rest = sep + (p ? 9 : q ? 11 : 8);
	char *c2 = strrchr(l, ':');
	if (!c2)
		return false;
	*c2 = '\0';
	char *c1 = strrchr(l, ':');
	if (!c1)
		return false;
	*c1 = '\0';
	*line = (unsigned)strtoul(c1 + 1, NULL, 10);
	*file = l;
	return true;
}

static bool run_case(const char *ddicheck, const char *corpus, const char *suite, const char *name,
		     bool is_dir)
{
	casedata cd = { .exit_expected = -1 };
	strbuf rel = STRBUF_INIT, full = STRBUF_INIT, out = STRBUF_INIT, err = STRBUF_INIT, why = STRBUF_INIT;
	strbuf_printf(&rel, "%s/%s", suite, name);
	strbuf_printf(&full, "%s/%s", corpus, strbuf_str(&rel));
	if (is_dir) {
		size_t n;
		char **files = list_dir(strbuf_str(&full), &n);
		for (size_t i = 0; i < n; i++) {
			if (has_suffix(files[i], ".c") || has_suffix(files[i], ".h")) {
				strbuf fp = STRBUF_INIT, rp = STRBUF_INIT;
				strbuf_printf(&fp, "%s/%s", strbuf_str(&full), files[i]);
				strbuf_printf(&rp, "%s/%s", strbuf_str(&rel), files[i]);
				scan_file(&cd, strbuf_str(&fp), strbuf_str(&rp));
				strbuf_free(&fp);
				strbuf_free(&rp);
			}
			free(files[i]);
		}
		free(files);
	} else {
		scan_file(&cd, strbuf_str(&full), strbuf_str(&rel));
	}

	char **argv = xcalloc(cd.nargs + 4, sizeof(char *));
	size_t ac = 0;
	argv[ac++] = "ddicheck";
	argv[ac++] = "--color=never";
	for (size_t i = 0; i < cd.nargs; i++)
		argv[ac++] = cd.args[i];
	argv[ac++] = (char *)strbuf_str(&rel);
	int status = run(ddicheck, corpus, argv, &out, &err);
	free(argv);

	found *fs = NULL;
	size_t nf = 0, capf = 0;
	note *ns = NULL;
	size_t nn = 0, capn = 0;
	char *text = strbuf_detach(&out);
	char *save = NULL;
	for (char *l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		char *file, *kind, *rest;
		unsigned line;
		char *copy = xstrdup(l);
		if (!parse_line(copy, &file, &line, &kind, &rest)) {
			strbuf_printf(&why, "  unparsable output line: %s\n", l);
			free(copy);
			continue;
		}
		if (strcmp(kind, "note") == 0) {
			note n = { xstrdup(file), line, xstrdup(rest) };
			VEC_PUSH(ns, nn, capn, n);
			if (nf)
				fs[nf - 1].nnotes++;
		} else {
			found f = { 0 };
			f.file = xstrdup(file);
			f.line = line;
			char *close = rest[0] == '[' ? strchr(rest, ']') : NULL;
			f.rule = close ? xstrndup_compat(rest + 1, (size_t)(close - rest - 1)) : xstrdup("?");
			f.message = xstrdup(close ? close + 2 : rest);
			VEC_PUSH(fs, nf, capf, f);
		}
		free(copy);
	}
	free(text);

	/* match: each expectation takes one unmatched finding on its line */
	size_t nexp_findings = 0;
	for (size_t i = 0; i < cd.nex; i++) {
		expect *e = &cd.ex[i];
		if (!e->rule)
			continue;
		nexp_findings++;
		for (size_t j = 0; j < nf && !e->matched; j++) {
			found *f = &fs[j];
			if (!f->matched && f->line == e->line && strcmp(f->file, e->file) == 0 &&
			    strcmp(f->rule, e->rule) == 0 && strstr(f->message, e->text)) {
				f->matched = e->matched = true;
			}
		}
		if (!e->matched)
			strbuf_printf(&why, "  missing: %s:%u: [%s] %s\n", e->file, e->line, e->rule, e->text);
	}
	for (size_t i = 0; i < cd.nex; i++) {
		expect *e = &cd.ex[i];
		if (e->rule)
			continue;
		for (size_t j = 0; j < nn && !e->matched; j++)
			if (ns[j].line == e->line && strcmp(ns[j].file, e->file) == 0 && strstr(ns[j].message, e->text))
				e->matched = true;
		if (!e->matched)
			strbuf_printf(&why, "  missing note: %s:%u: %s\n", e->file, e->line, e->text);
	}
	for (size_t j = 0; j < nf; j++) {
		if (!fs[j].matched)
			strbuf_printf(&why, "  unexpected: %s:%u: [%s] %s\n", fs[j].file, fs[j].line, fs[j].rule,
				      fs[j].message);
		if (fs[j].nnotes == 0)
			strbuf_printf(&why, "  no trace: %s:%u: [%s] %s\n", fs[j].file, fs[j].line, fs[j].rule,
				      fs[j].message);
	}
	int want = cd.exit_expected >= 0 ? cd.exit_expected : nexp_findings ? 1 : 0;
	if (status != want)
		strbuf_printf(&why, "  exit status %d, expected %d\n", status, want);
	if (cd.errors.len)
		strbuf_printf(&why, "%s", strbuf_str(&cd.errors));

	bool mismatch = why.len > 0;
	bool ok = cd.known_fail ? mismatch : !mismatch;
	if (ok && cd.known_fail)
		printf("XFAIL %s (%s)\n", strbuf_str(&rel), cd.known_fail);
	else if (ok)
		printf("PASS  %s\n", strbuf_str(&rel));
	else if (cd.known_fail)
		printf("FAIL  %s: marked expect-fail (%s) but now passes; remove the marker\n", strbuf_str(&rel),
		       cd.known_fail);
	else {
		printf("FAIL  %s\n%s", strbuf_str(&rel), strbuf_str(&why));
		if (err.len)
			printf("  stderr:\n%s", strbuf_str(&err));
	}

	for (size_t j = 0; j < nf; j++) {
		free(fs[j].file);
		free(fs[j].rule);
		free(fs[j].message);
	}
	free(fs);
	for (size_t j = 0; j < nn; j++) {
		free(ns[j].file);
		free(ns[j].message);
	}
	free(ns);
	for (size_t i = 0; i < cd.nex; i++) {
		free(cd.ex[i].file);
		free(cd.ex[i].rule);
		free(cd.ex[i].text);
	}
	free(cd.ex);
	for (size_t i = 0; i < cd.nargs; i++)
		free(cd.args[i]);
	free(cd.args);
	free(cd.known_fail);
	strbuf_free(&cd.errors);
	strbuf_free(&rel);
	strbuf_free(&full);
	strbuf_free(&err);
	strbuf_free(&why);
	return ok;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: corpus_runner DDICHECK CORPUS_DIR [SUITE/CASE...]\n");
		return 2;
	}
	const char *ddicheck = argv[1], *corpus = argv[2];
	char absbin[4096];
	if (!realpath(ddicheck, absbin)) {
		fprintf(stderr, "corpus_runner: %s: %s\n", ddicheck, strerror(errno));
		return 2;
	}
	size_t passed = 0, failed = 0, nsuites;
	char **suites = list_dir(corpus, &nsuites);
	for (size_t s = 0; s < nsuites; s++) {
		strbuf sd = STRBUF_INIT;
		strbuf_printf(&sd, "%s/%s", corpus, suites[s]);
		struct stat st;
		if (stat(strbuf_str(&sd), &st) == 0 && S_ISDIR(st.st_mode)) {
			size_t ncases;
			char **cases = list_dir(strbuf_str(&sd), &ncases);
			for (size_t c = 0; c < ncases; c++) {
				strbuf cp = STRBUF_INIT, rel = STRBUF_INIT;
				strbuf_printf(&cp, "%s/%s", strbuf_str(&sd), cases[c]);
				strbuf_printf(&rel, "%s/%s", suites[s], cases[c]);
				bool selected = argc == 3;
				for (int a = 3; a < argc; a++)
					if (strcmp(argv[a], strbuf_str(&rel)) == 0)
						selected = true;
				bool isdir = stat(strbuf_str(&cp), &st) == 0 && S_ISDIR(st.st_mode);
				if (selected && (isdir || has_suffix(cases[c], ".c"))) {
					if (run_case(absbin, corpus, suites[s], cases[c], isdir))
						passed++;
					else
						failed++;
				}
				strbuf_free(&cp);
				strbuf_free(&rel);
				free(cases[c]);
			}
			free(cases);
		}
		strbuf_free(&sd);
		free(suites[s]);
	}
	free(suites);
	printf("%zu passed, %zu failed\n", passed, failed);
	return failed || (passed == 0) ? 1 : 0;
}
