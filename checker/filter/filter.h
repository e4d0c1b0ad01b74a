/* filter: the stage between the rule engine and the reporters.  It gives
 * every finding a fingerprint (stable across runs and line shifts), honours
 * inline suppressions (`// ddicheck: ignore[Rule] reason`) and Code
 * Analysis pragmas mapped to rules by data (rules/ca/ca_warnings.yaml),
 * reports bad suppressions as findings of rule BadSuppression, and matches
 * findings against a baseline file.  It reads the source lines it needs
 * itself (findings carry file:line).  The filter_result owns the per-finding
 * metadata; the findings stay in the caller's finding_list.
 * Fingerprint: docs/usage.md ("Baselines"). */
#ifndef DDICHECK_FILTER_H
#define DDICHECK_FILTER_H

#include <stdbool.h>
#include <stddef.h>

#include "rules/finding.h"
#include "rules/ruleset.h"

#define FILTER_BAD_SUPPRESSION "BadSuppression"

typedef enum filter_state {
	FILTER_ACTIVE = 0,       /* counts and is reported */
	FILTER_SUPPRESSED,       /* an inline suppression or a pragma matched it */
	FILTER_BASELINE,         /* in the baseline: neither counted nor reported */
} filter_state;

typedef struct filter_meta {
	filter_state state;
	char fingerprint[33];    /* 32 hex digits */
	const char *justification;   /* SUPPRESSED: the reason written (may be "") */
	const char *suppress_kind;   /* SUPPRESSED: "ddicheck" or "pragma" */
} filter_meta;

/* Code Analysis warning -> rule mapping (rules/ca/ca_warnings.yaml). */
typedef struct filter_ca_map filter_ca_map;

/* Loads the mapping; a missing file gives an empty map (returns 0).  -1
 * with "file:line: message" in err on a malformed file. */
int filter_ca_load(filter_ca_map **out, const char *path, char *err, size_t errsize);
void filter_ca_free(filter_ca_map *m);   /* NULL-safe */
/* True when Code Analysis warning `w` (a number or a __WARNING_ name)
 * corresponds to rule `rule`. */
bool filter_ca_matches(const filter_ca_map *m, const char *w, const char *rule_id);

typedef struct filter_options {
	const ruleset *rules;          /* known rule ids (NULL: any id is known) */
	const filter_ca_map *ca;       /* may be NULL */
	const char *source_root;       /* fingerprints use paths relative to it (NULL: cwd) */
	const char *const *scan_files; /* files to scan for unused suppressions (the inputs) */
	size_t nscan;
	bool no_suppress;              /* --no-suppress: ignore suppressions */
} filter_options;

typedef struct filter_result {
	filter_meta *meta;             /* one per finding of the list, same order */
	size_t count;
	size_t nsuppressed, nbaseline;
} filter_result;

/* Computes fingerprints and applies suppressions to the (sorted) list `l`.
 * Bad suppressions are appended to `l` as BadSuppression warnings and the
 * list is sorted again.  Returns 0, or -1 on memory failure. */
int filter_apply(filter_result *res, finding_list *l, const filter_options *o);
void filter_result_free(filter_result *res);

/* The path used in fingerprints and reports: relative to root when under it. */
const char *filter_relative(const char *path, const char *root);

/* Baselines: a JSON file listing fingerprints (docs/usage.md).  write: the
 * active findings of `l` (written to a temporary file, then renamed).
 * apply: marks every active finding whose fingerprint is in the file as
 * FILTER_BASELINE (each baseline entry matches once).  -1 with a message
 * naming the file in err. */
int filter_baseline_write(const char *path, const finding_list *l, const filter_result *res,
			  char *err, size_t errsize);
int filter_baseline_apply(const char *path, const finding_list *l, filter_result *res,
			  char *err, size_t errsize);

/* Writes `len` bytes of `data` to `path` atomically (temporary file in the
 * same directory, then rename).  -1 with errno set on failure. */
int filter_write_atomic(const char *path, const char *data, size_t len);

#endif
