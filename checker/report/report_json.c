/* report: ddicheck's JSON format (docs/json-format.md). */
#include "report/report.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

json_t *report_json_string(const char *s)
{
	if (!s)
		s = "";
	json_t *j = json_string(s);
	if (j)
		return j;
	/* not UTF-8: keep ASCII, replace other bytes */
	size_t n = strlen(s);
	char *c = malloc(n + 1);
	if (!c)
		return json_string("");
	for (size_t i = 0; i <= n; i++)
		c[i] = (unsigned char)s[i] < 0x80 ? s[i] : '?';
	j = json_string(c);
	free(c);
	return j;
}

static json_t *loc_fields(json_t *o, const fx_loc *l)
{
	json_object_set_new(o, "file", report_json_string(l->file));
	json_object_set_new(o, "line", json_integer(l->line));
	json_object_set_new(o, "column", json_integer(l->col));
	return o;
}

static json_t *finding_json(const finding *fd, const filter_meta *m)
{
	json_t *o = json_object();
	json_object_set_new(o, "rule", report_json_string(fd->rule));
	json_object_set_new(o, "level", json_string(finding_level_name(fd->level)));
	loc_fields(o, &fd->loc);
	json_object_set_new(o, "message", report_json_string(fd->message));
	json_object_set_new(o, "function", report_json_string(fd->function));
	json_object_set_new(o, "fingerprint", json_string(m ? m->fingerprint : ""));
	if (m && m->state == FILTER_SUPPRESSED) {
		json_object_set_new(o, "suppression", json_string(m->suppress_kind ? m->suppress_kind : ""));
		json_object_set_new(o, "justification", report_json_string(m->justification));
	}
	json_t *tr = json_array();
	for (size_t n = 0; n < fd->nnotes; n++) {
		json_t *t = json_object();
		json_object_set_new(t, "kind", json_string(fd->notes[n].kind ? fd->notes[n].kind : "note"));
		loc_fields(t, &fd->notes[n].loc);
		json_object_set_new(t, "message", report_json_string(fd->notes[n].message));
		json_array_append_new(tr, t);
	}
	json_object_set_new(o, "trace", tr);
	return o;
}

int report_json(FILE *f, const report_run *r)
{
	json_t *root = json_object(), *act = json_array(), *sup = json_array(), *inc = json_array();
	size_t nerr = 0, nwarn = 0, nnote = 0, nbase = 0;
	json_object_set_new(root, "format", json_string("ddicheck-findings"));
	json_object_set_new(root, "version", json_integer(1));
	json_t *tool = json_object();
	json_object_set_new(tool, "name", json_string("ddicheck"));
	json_object_set_new(tool, "version", json_string(DDICHECK_VERSION));
	json_object_set_new(root, "tool", tool);
	json_object_set_new(root, "exitCode", json_integer(r->exit_code));
	for (size_t i = 0; i < r->findings->count; i++) {
		const finding *fd = r->findings->items[i];
		const filter_meta *m = r->meta ? &r->meta[i] : NULL;
		filter_state st = m ? m->state : FILTER_ACTIVE;
		if (st == FILTER_BASELINE) {
			nbase++;
			continue;
		}
		json_array_append_new(st == FILTER_SUPPRESSED ? sup : act, finding_json(fd, m));
		if (st == FILTER_ACTIVE) {
			if (fd->level == FINDING_ERROR)
				nerr++;
			else if (fd->level == FINDING_WARNING)
				nwarn++;
			else
				nnote++;
		}
	}
	for (size_t i = 0; i < r->nnotes; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "file", report_json_string(r->notes[i].file));
		json_object_set_new(o, "message", report_json_string(r->notes[i].message));
		json_t *first = json_object();
		loc_fields(first, &r->notes[i].loc);
		json_object_set_new(o, "firstError", r->notes[i].loc.line ? first : json_null());
		if (!r->notes[i].loc.line)
			json_decref(first);
		json_array_append_new(inc, o);
	}
	json_object_set_new(root, "findings", act);
	json_object_set_new(root, "suppressed", sup);
	json_object_set_new(root, "incomplete", inc);
	json_t *sum = json_object();
	json_object_set_new(sum, "errors", json_integer((json_int_t)nerr));
	json_object_set_new(sum, "warnings", json_integer((json_int_t)nwarn));
	json_object_set_new(sum, "notes", json_integer((json_int_t)nnote));
	json_object_set_new(sum, "suppressed", json_integer((json_int_t)json_array_size(sup)));
	json_object_set_new(sum, "baseline", json_integer((json_int_t)nbase));
	json_object_set_new(root, "summary", sum);
	int rc = json_dumpf(root, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
	json_decref(root);
	if (rc != 0 || fputc('\n', f) == EOF || fflush(f) != 0 || ferror(f))
		return -1;
	return 0;
}
