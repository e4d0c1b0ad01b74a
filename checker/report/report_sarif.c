/* report: SARIF 2.1.0 (docs/ci.md).  One run; rule descriptors from the
 * ruleset and docs/rules; locations relative to the source root through
 * the base id SRCROOT; the trace as a code flow; fingerprints from the
 * filter; suppressed findings with their suppression. */
#include "report/report.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SARIF_SCHEMA "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
#define DDICHECK_INFORMATION_URI "https://github.com/ddicheck/ddicheck"

/* RFC 3986: keep unreserved characters and '/', escape the rest. */
static void uri_escape(strbuf *sb, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
		    c == '.' || c == '_' || c == '~' || c == '/')
			strbuf_putc(sb, (char)c);
		else
			strbuf_printf(sb, "%%%02X", c);
	}
}

static json_t *artifact_location(const report_run *r, const char *file)
{
	json_t *a = json_object();
	strbuf sb = STRBUF_INIT;
	const char *rel = filter_relative(file ? file : "", r->source_root);
	if (rel[0] == '/') {
		strbuf_puts(&sb, "file://");
		uri_escape(&sb, rel);
		json_object_set_new(a, "uri", json_string(strbuf_str(&sb)));
	} else {
		uri_escape(&sb, rel);
		json_object_set_new(a, "uri", json_string(strbuf_str(&sb)));
		json_object_set_new(a, "uriBaseId", json_string("SRCROOT"));
	}
	strbuf_free(&sb);
	return a;
}

static json_t *message(const char *text)
{
	json_t *m = json_object();
	json_object_set_new(m, "text", report_json_string(text && *text ? text : "(no message)"));
	return m;
}

static json_t *location(const report_run *r, const fx_loc *l, const char *msg)
{
	json_t *loc = json_object(), *phys = json_object();
	json_object_set_new(phys, "artifactLocation", artifact_location(r, l->file));
	if (l->line) {
		json_t *reg = json_object();
		json_object_set_new(reg, "startLine", json_integer(l->line));
		if (l->col)
			json_object_set_new(reg, "startColumn", json_integer(l->col));
		json_object_set_new(phys, "region", reg);
	}
	json_object_set_new(loc, "physicalLocation", phys);
	if (msg)
		json_object_set_new(loc, "message", message(msg));
	return loc;
}

static const char *sarif_level(finding_level l)
{
	return l == FINDING_ERROR ? "error" : l == FINDING_WARNING ? "warning" : "note";
}

/* The text of section `## heading` of a rule's page, or NULL. */
static char *doc_section(const char *docs_dir, const char *id, const char *heading, bool first_paragraph)
{
	if (!docs_dir)
		return NULL;
	strbuf p = STRBUF_INIT, out = STRBUF_INIT;
	strbuf_printf(&p, "%s/%s.md", docs_dir, id);
	FILE *f = fopen(strbuf_str(&p), "r");
	strbuf_free(&p);
	if (!f)
		return NULL;
	char line[4096];
	bool in = false;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, "## ", 3) == 0) {
			if (in)
				break;
			size_t n = strlen(heading);
			in = strncmp(line + 3, heading, n) == 0 && (line[3 + n] == '\n' || line[3 + n] == '\r');
			continue;
		}
		if (!in)
			continue;
		if (line[0] == '\n' && out.len) {
			if (first_paragraph)
				break;
		}
		if (line[0] == '\n' && !out.len)
			continue;
		strbuf_puts(&out, line);
	}
	fclose(f);
	while (out.len && (out.buf[out.len - 1] == '\n' || out.buf[out.len - 1] == ' '))
		out.buf[--out.len] = '\0';
	if (!out.len) {
		strbuf_free(&out);
		return NULL;
	}
	if (first_paragraph)   /* one line of text */
		for (size_t i = 0; i < out.len; i++)
			if (out.buf[i] == '\n')
				out.buf[i] = ' ';
	return strbuf_detach(&out);
}

/* Sentences for SARIF end with a period (validator rule SARIF2001). */
static json_t *sentence(const char *text)
{
	strbuf sb = STRBUF_INIT;
	strbuf_puts(&sb, text && *text ? text : "No description");
	if (sb.buf[sb.len - 1] != '.')
		strbuf_putc(&sb, '.');
	json_t *m = json_object();
	json_object_set_new(m, "text", report_json_string(strbuf_str(&sb)));
	strbuf_free(&sb);
	return m;
}

static json_t *rule_descriptor(const report_run *r, const char *id, const char *summary, finding_level lv)
{
	json_t *d = json_object();
	json_object_set_new(d, "id", report_json_string(id));
	json_object_set_new(d, "shortDescription", sentence(summary));
	char *full = doc_section(r->docs_dir, id, "What it checks", true);
	char *help = doc_section(r->docs_dir, id, "What it checks", false);
	json_object_set_new(d, "fullDescription", sentence(full ? full : summary));
	json_t *h = json_object();
	json_object_set_new(h, "text", report_json_string(help ? help : summary));
	if (help)
		json_object_set_new(h, "markdown", report_json_string(help));
	json_object_set_new(d, "help", h);
	strbuf uri = STRBUF_INIT;
	strbuf_printf(&uri, "%s/blob/main/docs/rules/", DDICHECK_INFORMATION_URI);
	uri_escape(&uri, id);
	strbuf_puts(&uri, ".md");
	json_object_set_new(d, "helpUri", json_string(strbuf_str(&uri)));
	strbuf_free(&uri);
	json_t *cfg = json_object();
	json_object_set_new(cfg, "level", json_string(sarif_level(lv)));
	json_object_set_new(d, "defaultConfiguration", cfg);
	free(full);
	free(help);
	return d;
}

static const char *const flow_kinds[][2] = {
	{ "entry", "enter" }, { "call", "call" }, { "irql", "acquire" }, { "handle", "resource" },
};

static json_t *code_flow(const report_run *r, const finding *fd)
{
	json_t *locs = json_array();
	for (size_t n = 0; n <= fd->nnotes; n++) {
		const fx_loc *l = n < fd->nnotes ? &fd->notes[n].loc : &fd->loc;
		const char *msg = n < fd->nnotes ? fd->notes[n].message : fd->message;
		const char *kind = n < fd->nnotes ? fd->notes[n].kind : NULL;
		json_t *tfl = json_object();
		json_object_set_new(tfl, "location", location(r, l, msg));
		json_t *kinds = json_array();
		for (size_t k = 0; kind && k < sizeof(flow_kinds) / sizeof(flow_kinds[0]); k++)
			if (strcmp(kind, flow_kinds[k][0]) == 0)
				json_array_append_new(kinds, json_string(flow_kinds[k][1]));
		if (!kind)
			json_array_append_new(kinds, json_string("danger"));
		if (json_array_size(kinds))
			json_object_set_new(tfl, "kinds", kinds);
		else
			json_decref(kinds);
		json_array_append_new(locs, tfl);
	}
	json_t *tf = json_object(), *tfs = json_array(), *cf = json_object(), *cfs = json_array();
	json_object_set_new(tf, "locations", locs);
	json_array_append_new(tfs, tf);
	json_object_set_new(cf, "threadFlows", tfs);
	json_array_append_new(cfs, cf);
	return cfs;
}

int report_sarif(FILE *f, const report_run *r)
{
	json_t *root = json_object(), *run = json_object(), *driver = json_object(), *rules = json_array();
	json_object_set_new(root, "$schema", json_string(SARIF_SCHEMA));
	json_object_set_new(root, "version", json_string("2.1.0"));

	json_object_set_new(driver, "name", json_string("ddicheck"));
	json_object_set_new(driver, "fullName", json_string("ddicheck " DDICHECK_VERSION));
	json_object_set_new(driver, "version", json_string(DDICHECK_VERSION));
	json_object_set_new(driver, "semanticVersion", json_string(DDICHECK_VERSION));
	json_object_set_new(driver, "informationUri", json_string(DDICHECK_INFORMATION_URI));
	/* every rule of the ruleset, then BadSuppression; results point here */
	const char **ids = NULL;
	size_t nids = 0, capids = 0;
	for (size_t i = 0; r->rules && i < r->rules->nrules; i++) {
		const rule *ru = &r->rules->rules[i];
		json_array_append_new(rules, rule_descriptor(r, ru->id, ru->summary, ru->severity));
		VEC_PUSH(ids, nids, capids, ru->id);
	}
	json_array_append_new(rules, rule_descriptor(r, FILTER_BAD_SUPPRESSION,
		"A ddicheck suppression comment that is malformed, gives no reason, names an unknown rule or suppresses nothing",
		FINDING_WARNING));
	VEC_PUSH(ids, nids, capids, FILTER_BAD_SUPPRESSION);
	json_object_set_new(driver, "rules", rules);
	json_t *tool = json_object();
	json_object_set_new(tool, "driver", driver);
	json_object_set_new(run, "tool", tool);

	json_t *inv = json_object(), *notes = json_array();
	if (r->command_line)
		json_object_set_new(inv, "commandLine", report_json_string(r->command_line));
	json_object_set_new(inv, "executionSuccessful", json_boolean(r->exit_code == 0 || r->exit_code == 1));
	json_object_set_new(inv, "exitCode", json_integer(r->exit_code));
	for (size_t i = 0; i < r->nnotes; i++) {
		json_t *n = json_object(), *ls = json_array();
		json_object_set_new(n, "level", json_string("error"));
		json_object_set_new(n, "message", sentence(r->notes[i].message));
		fx_loc l = r->notes[i].loc;
		if (!l.file)
			l.file = r->notes[i].file;
		json_array_append_new(ls, location(r, &l, NULL));
		json_object_set_new(n, "locations", ls);
		json_array_append_new(notes, n);
	}
	json_object_set_new(inv, "toolExecutionNotifications", notes);
	json_t *invs = json_array();
	json_array_append_new(invs, inv);
	json_object_set_new(run, "invocations", invs);

	json_t *bases = json_object(), *src = json_object();
	strbuf uri = STRBUF_INIT;
	strbuf_puts(&uri, "file://");
	uri_escape(&uri, r->source_root ? r->source_root : "/");
	if (uri.buf[uri.len - 1] != '/')
		strbuf_putc(&uri, '/');
	json_object_set_new(src, "uri", json_string(strbuf_str(&uri)));
	strbuf_free(&uri);
	json_object_set_new(src, "description", message("The source root (--source-root)."));
	json_object_set_new(bases, "SRCROOT", src);
	json_object_set_new(run, "originalUriBaseIds", bases);

	json_t *results = json_array();
	for (size_t i = 0; i < r->findings->count; i++) {
		const finding *fd = r->findings->items[i];
		const filter_meta *m = r->meta ? &r->meta[i] : NULL;
		if (m && m->state == FILTER_BASELINE)
			continue;
		json_t *res = json_object(), *locs = json_array();
		json_object_set_new(res, "ruleId", report_json_string(fd->rule));
		for (size_t k = 0; k < nids; k++)
			if (strcmp(ids[k], fd->rule) == 0)
				json_object_set_new(res, "ruleIndex", json_integer((json_int_t)k));
		json_object_set_new(res, "level", json_string(sarif_level(fd->level)));
		json_object_set_new(res, "message", sentence(fd->message));
		json_array_append_new(locs, location(r, &fd->loc, NULL));
		json_object_set_new(res, "locations", locs);
		if (m) {
			json_t *fp = json_object();
			json_object_set_new(fp, "ddicheckFingerprint/v1", json_string(m->fingerprint));
			json_object_set_new(res, "partialFingerprints", fp);
		}
		if (fd->nnotes)
			json_object_set_new(res, "codeFlows", code_flow(r, fd));
		if (m && m->state == FILTER_SUPPRESSED) {
			json_t *s = json_object(), *ss = json_array();
			json_object_set_new(s, "kind", json_string("inSource"));
			if (m->justification && *m->justification)
				json_object_set_new(s, "justification", report_json_string(m->justification));
			json_array_append_new(ss, s);
			json_object_set_new(res, "suppressions", ss);
		}
		json_array_append_new(results, res);
	}
	json_object_set_new(run, "results", results);
	json_object_set_new(run, "columnKind", json_string("unicodeCodePoints"));
	json_t *runs = json_array();
	json_array_append_new(runs, run);
	json_object_set_new(root, "runs", runs);
	free(ids);
	int rc = json_dumpf(root, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
	json_decref(root);
	if (rc != 0 || fputc('\n', f) == EOF || fflush(f) != 0 || ferror(f))
		return -1;
	return 0;
}
