/* filter: baselines, the Code Analysis mapping and atomic writes (see filter.h). */
#include "filter/filter.h"
#include "rules/ryaml.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <fnmatch.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int filter_write_atomic(const char *path, const char *data, size_t len)
{
	strbuf tmp = STRBUF_INIT;
	strbuf_printf(&tmp, "%s.tmp.XXXXXX", path);
	int fd = mkstemp(tmp.buf), rc = -1, saved = 0;
	if (fd < 0) {
		saved = errno;
		goto cleanup;
	}
	size_t done = 0;
	while (done < len) {
		ssize_t w = write(fd, data + done, len - done);
		if (w <= 0) {
			saved = w < 0 ? errno : EIO;
			goto cleanup;
		}
		done += (size_t)w;
	}
	if (fsync(fd) != 0 && errno != EINVAL) {
		saved = errno;
		goto cleanup;
	}
	int c = close(fd);
	fd = -1;
	if (c != 0 || rename(tmp.buf, path) != 0) {
		saved = errno;
		goto cleanup;
	}
	rc = 0;
cleanup:
	if (fd >= 0)
		close(fd);
	if (rc != 0) {
		unlink(tmp.buf);
		errno = saved;
	}
	strbuf_free(&tmp);
	return rc;
}

/* ---- Code Analysis mapping ---- */

typedef struct ca_entry {
	char *number;
	char **names;
	size_t nnames;
	char **rules;
	size_t nrules;
} ca_entry;

struct filter_ca_map {
	ca_entry *v;
	size_t n, cap;
};

static char **strings(const ryaml *y, const ryaml_node *seq, size_t *n)
{
	*n = 0;
	if (!seq || !ryaml_is_seq(y, seq))
		return NULL;
	char **v = xcalloc(ryaml_len(y, seq) + 1, sizeof(char *));
	for (size_t i = 0; i < ryaml_len(y, seq); i++) {
		const char *s = ryaml_scalar(y, ryaml_item(y, seq, i));
		if (s)
			v[(*n)++] = xstrdup(s);
	}
	return v;
}

int filter_ca_load(filter_ca_map **out, const char *path, char *err, size_t errsize)
{
	*out = xcalloc(1, sizeof(filter_ca_map));
	if (access(path, F_OK) != 0)
		return 0;
	ryaml *y = NULL;
	if (ryaml_load(&y, path, err, errsize) != 0)
		return -1;
	int rc = -1;
	const ryaml_node *root = ryaml_root(y), *w = root && ryaml_is_map(y, root) ? ryaml_get(y, root, "warnings") : NULL;
	if (!w || !ryaml_is_seq(y, w)) {
		snprintf(err, errsize, "%s:%u: expected 'warnings:' with a list", path, root ? ryaml_line(y, root) : 1);
		goto cleanup;
	}
	for (size_t i = 0; i < ryaml_len(y, w); i++) {
		const ryaml_node *e = ryaml_item(y, w, i);
		const char *num = ryaml_is_map(y, e) ? ryaml_scalar(y, ryaml_get(y, e, "number")) : NULL;
		if (!num) {
			snprintf(err, errsize, "%s:%u: each warning needs a 'number'", path, ryaml_line(y, e));
			goto cleanup;
		}
		ca_entry ce = { xstrdup(num), NULL, 0, NULL, 0 };
		ce.names = strings(y, ryaml_get(y, e, "names"), &ce.nnames);
		ce.rules = strings(y, ryaml_get(y, e, "rules"), &ce.nrules);
		VEC_PUSH((*out)->v, (*out)->n, (*out)->cap, ce);
		if (!ce.nrules) {
			snprintf(err, errsize, "%s:%u: warning %s maps to no rule ('rules')", path, ryaml_line(y, e), num);
			goto cleanup;
		}
	}
	rc = 0;
cleanup:
	ryaml_free(y);
	return rc;
}

void filter_ca_free(filter_ca_map *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n; i++) {
		for (size_t k = 0; k < m->v[i].nnames; k++)
			free(m->v[i].names[k]);
		for (size_t k = 0; k < m->v[i].nrules; k++)
			free(m->v[i].rules[k]);
		free(m->v[i].names);
		free(m->v[i].rules);
		free(m->v[i].number);
	}
	free(m->v);
	free(m);
}

bool filter_ca_matches(const filter_ca_map *m, const char *w, const char *rule_id)
{
	if (!m || !w || !rule_id)
		return false;
	/* "C28121" and "28121" are the same warning */
	if ((w[0] == 'C' || w[0] == 'c') && w[1] >= '0' && w[1] <= '9')
		w++;
	for (size_t i = 0; i < m->n; i++) {
		const ca_entry *e = &m->v[i];
		bool named = strcmp(e->number, w) == 0;
		for (size_t k = 0; k < e->nnames && !named; k++)
			named = strcmp(e->names[k], w) == 0;
		if (!named)
			continue;
		for (size_t k = 0; k < e->nrules; k++)
			if (fnmatch(e->rules[k], rule_id, 0) == 0)
				return true;
	}
	return false;
}

/* ---- baselines ---- */

int filter_baseline_write(const char *path, const finding_list *l, const filter_result *res,
			  char *err, size_t errsize)
{
	json_t *root = json_object(), *arr = json_array();
	json_object_set_new(root, "version", json_integer(1));
	json_object_set_new(root, "tool", json_string("ddicheck"));
	for (size_t i = 0; i < l->count; i++) {
		if (res->meta[i].state != FILTER_ACTIVE)
			continue;
		const finding *f = l->items[i];
		json_t *o = json_object();
		json_object_set_new(o, "fingerprint", json_string(res->meta[i].fingerprint));
		json_object_set_new(o, "rule", json_string(f->rule));
		/* informative only: matching uses the fingerprint */
		json_object_set_new(o, "file", json_string(f->loc.file ? f->loc.file : ""));
		json_object_set_new(o, "line", json_integer(f->loc.line));
		json_object_set_new(o, "message", json_string(f->message ? f->message : ""));
		json_array_append_new(arr, o);
	}
	json_object_set_new(root, "findings", arr);
	char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
	json_decref(root);
	int rc = 0;
	strbuf sb = STRBUF_INIT;
	strbuf_puts(&sb, text ? text : "{}");
	strbuf_putc(&sb, '\n');
	if (!text || filter_write_atomic(path, sb.buf, sb.len) != 0) {
		snprintf(err, errsize, "%s: cannot write the baseline: %s", path, strerror(errno));
		rc = -1;
	}
	strbuf_free(&sb);
	free(text);
	return rc;
}

int filter_baseline_apply(const char *path, const finding_list *l, filter_result *res,
			  char *err, size_t errsize)
{
	json_error_t je;
	json_t *root = json_load_file(path, 0, &je);
	if (!root) {
		snprintf(err, errsize, "%s:%d: cannot read the baseline: %s", path, je.line, je.text);
		return -1;
	}
	int rc = -1;
	json_t *arr = json_object_get(root, "findings");
	json_t *ver = json_object_get(root, "version");
	if (!json_is_integer(ver) || json_integer_value(ver) != 1 || !json_is_array(arr)) {
		snprintf(err, errsize, "%s: not a ddicheck baseline (version 1 with 'findings')", path);
		goto cleanup;
	}
	size_t n = json_array_size(arr);
	bool *taken = xcalloc(n + 1, sizeof(bool));
	for (size_t i = 0; i < l->count; i++) {
		if (res->meta[i].state != FILTER_ACTIVE)
			continue;
		for (size_t k = 0; k < n; k++) {
			const char *fp = json_string_value(json_object_get(json_array_get(arr, k), "fingerprint"));
			if (!taken[k] && fp && strcmp(fp, res->meta[i].fingerprint) == 0) {
				taken[k] = true;
				res->meta[i].state = FILTER_BASELINE;
				res->nbaseline++;
				break;
			}
		}
	}
	free(taken);
	rc = 0;
cleanup:
	json_decref(root);
	return rc;
}
