#include "rules/ruleset.h"
#include "rules/ryaml.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Loading state: one file at a time; the first error wins. */
typedef struct loader {
	ruleset *rs;
	const kb *kb;
	ryaml *y;
	char *err;
	size_t errsize;
	int failed;
	/* handle names used by rules, resolved after every file is read */
	size_t cap_rules, cap_handles, cap_effects, cap_flags, cap_roles, cap_ddis;
} loader;

static void fail(loader *L, const ryaml_node *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void fail(loader *L, const ryaml_node *n, const char *fmt, ...)
{
	if (L->failed)
		return;
	L->failed = 1;
	int k = snprintf(L->err, L->errsize, "%s:%u: ", ryaml_path(L->y), ryaml_line(L->y, n));
	if (k < 0 || (size_t)k >= L->errsize)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(L->err + k, L->errsize - (size_t)k, fmt, ap);
	va_end(ap);
}

/* Every key of `map` must be one of `allowed` (NULL-terminated). */
static void only_keys(loader *L, const ryaml_node *map, const char *const *allowed, const char *what)
{
	size_t n = ryaml_len(L->y, map);
	for (size_t i = 0; i < n && !L->failed; i++) {
		const char *key = ryaml_key(L->y, map, i);
		bool ok = false;
		for (const char *const *a = allowed; key && *a; a++)
			if (strcmp(*a, key) == 0)
				ok = true;
		if (!ok)
			fail(L, ryaml_value(L->y, map, i), "unknown key '%s' in %s", key ? key : "?", what);
	}
}

static const char *str(loader *L, const ryaml_node *map, const char *key, bool required)
{
	const ryaml_node *v = ryaml_get(L->y, map, key);
	if (!v) {
		if (required)
			fail(L, map, "missing '%s'", key);
		return NULL;
	}
	const char *s = ryaml_scalar(L->y, v);
	if (!s) {
		fail(L, v, "'%s' must be a scalar", key);
		return NULL;
	}
	return arena_strdup(L->rs->arena, s);
}

static size_t str_list(loader *L, const ryaml_node *map, const char *key, const char ***out)
{
	*out = NULL;
	const ryaml_node *v = ryaml_get(L->y, map, key);
	if (!v)
		return 0;
	if (!ryaml_is_seq(L->y, v)) {
		fail(L, v, "'%s' must be a list", key);
		return 0;
	}
	size_t n = ryaml_len(L->y, v);
	const char **items = arena_alloc(L->rs->arena, (n + 1) * sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		const char *s = ryaml_scalar(L->y, ryaml_item(L->y, v, i));
		if (!s) {
			fail(L, ryaml_item(L->y, v, i), "items of '%s' must be scalars", key);
			return 0;
		}
		items[i] = arena_strdup(L->rs->arena, s);
	}
	*out = items;
	return n;
}

/* A parameter given by number ("3") or by its reference-page name. */
/* A parameter's index: its number as written, or its name on the
 * function's reference page (the KB).  -1 when neither gives one. */
static int param_index(const kb *k, const char *function, const char *name)
{
	if (!name)
		return -1;
	char *end;
	long v = strtol(name, &end, 10);
	if (*name && *end == '\0' && v >= 0 && v < 64)
		return (int)v;
	const kb_entry *e = k ? kb_function(k, function) : NULL;
	for (size_t i = 0; e && i < e->nparams; i++)
		if (e->params[i].name && strcmp(e->params[i].name, name) == 0)
			return (int)i;
	return -1;
}

static int resolve_param(loader *L, const ryaml_node *at, const char *function, const char *name)
{
	int idx = param_index(L->kb, function, name);
	if (idx >= 0 || !name)
		return idx;
	const kb_entry *e = L->kb ? kb_function(L->kb, function) : NULL;
	if (!e) {
		fail(L, at, "parameter '%s' of %s: the knowledge base has no such function (give the parameter's number)",
		     name, function);
		return -1;
	}
	fail(L, at, "%s has no parameter named '%s' (see %s)", function, name, e->page ? e->page : "its page");
	return -1;
}

static void load_where(loader *L, const ryaml_node *map, const char *key, rule_where *w)
{
	memset(w, 0, sizeof(*w));
	w->arg = -1;
	const char *s = str(L, map, key, false);
	if (!s)
		return;
	if (strcmp(s, "return") == 0) {
		w->kind = RULE_WHERE_RETURN;
		return;
	}
	const char *p = s;
	if (*p == '*') {
		w->kind = RULE_WHERE_DEREF;
		p++;
	} else {
		w->kind = RULE_WHERE_ARG;
	}
	char *end;
	if (strncmp(p, "arg", 3) != 0 || (w->arg = (int)strtol(p + 3, &end, 10), end == p + 3)) {
		fail(L, ryaml_get(L->y, map, key), "'%s: %s': expected return, argN, *argN or *argN.Field", key, s);
		return;
	}
	if (*end == '.' && w->kind == RULE_WHERE_DEREF)
		w->field = arena_strdup(L->rs->arena, end + 1);
	else if (*end) {
		fail(L, ryaml_get(L->y, map, key), "'%s: %s': expected return, argN, *argN or *argN.Field", key, s);
	}
}

static void load_effects(loader *L, const ryaml_node *seq)
{
	static const char *const keys[] = { "function", "raise", "raise-to-arg", "save", "restore",
					    "returns-irql", "noreturn", "acquire", "release", "try-acquire",
					    "same-result", NULL };
	if (!ryaml_is_seq(L->y, seq)) {
		fail(L, seq, "'effects' must be a list");
		return;
	}
	ruleset *rs = L->rs;
	for (size_t i = 0; i < ryaml_len(L->y, seq) && !L->failed; i++) {
		const ryaml_node *m = ryaml_item(L->y, seq, i);
		if (!ryaml_is_map(L->y, m)) {
			fail(L, m, "an effect must be a mapping");
			return;
		}
		only_keys(L, m, keys, "an IRQL effect");
		rule_irql_effect e = { .raise = -1, .raise_to_arg = -1 };
		e.function = str(L, m, "function", true);
		const char *raise = str(L, m, "raise", false);
		if (raise && (e.raise = irql_parse_level(raise)) < 0)
			fail(L, ryaml_get(L->y, m, "raise"), "'%s' is not an IRQL", raise);
		const char *rta = str(L, m, "raise-to-arg", false);
		if (rta)
			e.raise_to_arg = atoi(rta);
		load_where(L, m, "save", &e.save);
		load_where(L, m, "restore", &e.restore);
		load_where(L, m, "acquire", &e.acquire);
		load_where(L, m, "try-acquire", &e.try_acquire);
		load_where(L, m, "release", &e.release);
		const char *ri = str(L, m, "returns-irql", false), *nr = str(L, m, "noreturn", false);
		e.returns_irql = ri && strcmp(ri, "true") == 0;
		e.noreturn = nr && strcmp(nr, "true") == 0;
		const char *sr = str(L, m, "same-result", false);
		e.same_result = sr && strcmp(sr, "true") == 0;
		if (!L->failed && e.raise < 0 && e.raise_to_arg < 0 && !e.restore.kind && !e.returns_irql &&
		    !e.noreturn && !e.acquire.kind && !e.release.kind && !e.try_acquire.kind && !e.same_result)
			fail(L, m, "effect of %s: give raise, raise-to-arg, restore, returns-irql, noreturn or same-result",
			     e.function);
		VEC_PUSH(rs->effects, rs->neffects, L->cap_effects, e);
	}
}

static void load_flags(loader *L, const ryaml_node *seq)
{
	static const char *const keys[] = { "role", "param", "mask", "level", NULL };
	if (!ryaml_is_seq(L->y, seq)) {
		fail(L, seq, "'flags' must be a list");
		return;
	}
	for (size_t i = 0; i < ryaml_len(L->y, seq) && !L->failed; i++) {
		const ryaml_node *m = ryaml_item(L->y, seq, i);
		if (!ryaml_is_map(L->y, m)) {
			fail(L, m, "a flag must be a mapping");
			return;
		}
		only_keys(L, m, keys, "an IRQL flag");
		rule_irql_flag fl = { 0 };
		fl.role = str(L, m, "role", true);
		const char *param = str(L, m, "param", true), *mask = str(L, m, "mask", true);
		const char *level = str(L, m, "level", true);
		if (L->failed)
			return;
		char *end;
		fl.param = (int)strtol(param, &end, 10);
		if (*end || fl.param < 0)
			fail(L, ryaml_get(L->y, m, "param"), "param must be a parameter number, not '%s'", param);
		fl.mask = strtoul(mask, &end, 0);
		if (*end || !fl.mask)
			fail(L, ryaml_get(L->y, m, "mask"), "mask must be a non-zero number, not '%s'", mask);
		if ((fl.level = irql_parse_level(level)) < 0)
			fail(L, ryaml_get(L->y, m, "level"), "'%s' is not an IRQL", level);
		VEC_PUSH(L->rs->flags, L->rs->nflags, L->cap_flags, fl);
	}
}

/* "PASSIVE_LEVEL", "DIRQL", "<= DISPATCH_LEVEL", ">= DISPATCH_LEVEL" */
static bool parse_irql_text(const char *s, irql_range *out)
{
	bool max = strncmp(s, "<=", 2) == 0, min = strncmp(s, ">=", 2) == 0;
	int l = irql_parse_level(max || min ? s + 2 : s);
	if (l < 0)
		return false;
	*out = max ? irql_make(IRQL_PASSIVE, (irql_level)l)
	       : min ? irql_make((irql_level)l, IRQL_HIGH) : irql_exact((irql_level)l);
	return true;
}

static void load_ddis(loader *L, const ryaml_node *seq)
{
	static const char *const keys[] = { "function", "irql", "page", "when-true", NULL };
	if (!ryaml_is_seq(L->y, seq)) {
		fail(L, seq, "'ddis' must be a list");
		return;
	}
	for (size_t i = 0; i < ryaml_len(L->y, seq) && !L->failed; i++) {
		const ryaml_node *m = ryaml_item(L->y, seq, i);
		if (!ryaml_is_map(L->y, m)) {
			fail(L, m, "a DDI entry must be a mapping");
			return;
		}
		only_keys(L, m, keys, "a DDI IRQL entry");
		rule_ddi_irql d = { .when_true = -1 };
		d.function = str(L, m, "function", true);
		const char *irql = str(L, m, "irql", true), *when = str(L, m, "when-true", false);
		d.page = str(L, m, "page", true);
		if (L->failed)
			return;
		if (!parse_irql_text(irql, &d.irql))
			fail(L, ryaml_get(L->y, m, "irql"), "'%s' is not an IRQL (LEVEL, <= LEVEL or >= LEVEL)", irql);
		if (when) {
			char *end;
			d.when_true = (int)strtol(when, &end, 10);
			if (*end || d.when_true < 0)
				fail(L, ryaml_get(L->y, m, "when-true"), "when-true must be an argument number");
		}
		VEC_PUSH(L->rs->ddis, L->rs->nddis, L->cap_ddis, d);
	}
}

/* registered-by: F, level-arg: P (number or F's parameter name),
 * level-by-arg: { CONSTANT: IRQL, ... } */
static void load_level_by_arg(loader *L, const ryaml_node *m, rule_role *r)
{
	r->level_function = str(L, m, "registered-by", false);
	const char *arg = str(L, m, "level-arg", false);
	const ryaml_node *map = ryaml_get(L->y, m, "level-by-arg");
	if (L->failed || (!r->level_function && !arg && !map))
		return;
	if (!r->level_function || !arg || !map) {
		fail(L, m, "role %s: registered-by, level-arg and level-by-arg go together", r->role);
		return;
	}
	if (!ryaml_is_map(L->y, map) || ryaml_len(L->y, map) == 0) {
		fail(L, map, "role %s: level-by-arg must map constants to IRQLs", r->role);
		return;
	}
	r->level_arg = resolve_param(L, ryaml_get(L->y, m, "level-arg"), r->level_function, arg);
	r->nlevels = ryaml_len(L->y, map);
	r->level_names = arena_alloc(L->rs->arena, r->nlevels * sizeof(char *));
	r->level_levels = arena_alloc(L->rs->arena, r->nlevels * sizeof(irql_range));
	for (size_t k = 0; k < r->nlevels && !L->failed; k++) {
		const char *irql = ryaml_scalar(L->y, ryaml_value(L->y, map, k));
		r->level_names[k] = arena_strdup(L->rs->arena, ryaml_key(L->y, map, k));
		if (!irql || !parse_irql_text(irql, &r->level_levels[k]))
			fail(L, ryaml_value(L->y, map, k), "'%s' is not an IRQL (LEVEL or <= LEVEL)",
			     irql ? irql : "?");
	}
}

static void load_roles(loader *L, const ryaml_node *seq)
{
	static const char *const keys[] = { "role", "irql", "page", "split-lock", "passive-field",
					    "passive-value", "passive-parents", "passive-creators", "passive-reinit-prefix",
					    "passive-method-prefix", "registered-by", "level-arg", "level-by-arg", NULL };
	if (!ryaml_is_seq(L->y, seq)) {
		fail(L, seq, "'roles' must be a list");
		return;
	}
	for (size_t i = 0; i < ryaml_len(L->y, seq) && !L->failed; i++) {
		const ryaml_node *m = ryaml_item(L->y, seq, i);
		if (!ryaml_is_map(L->y, m)) {
			fail(L, m, "a role must be a mapping");
			return;
		}
		only_keys(L, m, keys, "a role");
		rule_role r = { 0 };
		r.role = str(L, m, "role", true);
		const char *split = str(L, m, "split-lock", false);
		if (split && strcmp(split, "acquire") == 0)
			r.split_lock = RULE_SPLIT_ACQUIRE;
		else if (split && strcmp(split, "release") == 0)
			r.split_lock = RULE_SPLIT_RELEASE;
		else if (split)
			fail(L, ryaml_get(L->y, m, "split-lock"), "split-lock is acquire or release, not '%s'", split);
		r.passive_field = str(L, m, "passive-field", false);
		r.passive_value = str(L, m, "passive-value", false);
		r.npassive_parents = str_list(L, m, "passive-parents", &r.passive_parents);
		r.npassive_creators = str_list(L, m, "passive-creators", &r.passive_creators);
		r.passive_reinit_prefix = str(L, m, "passive-reinit-prefix", r.npassive_creators > 0);
		r.passive_method_prefix = str(L, m, "passive-method-prefix", r.npassive_creators > 0);
		if (!L->failed && !r.passive_field != !r.passive_value)
			fail(L, m, "role %s: passive-field and passive-value go together", r.role);
		load_level_by_arg(L, m, &r);
		const char *irql = str(L, m, "irql", !r.passive_field && !r.level_function);
		r.page = str(L, m, "page", true);
		if (L->failed)
			return;
		r.has_irql = irql != NULL;
		if (irql && !parse_irql_text(irql, &r.irql))
			fail(L, ryaml_get(L->y, m, "irql"), "'%s' is not an IRQL (LEVEL or <= LEVEL)", irql);
		VEC_PUSH(L->rs->roles, L->rs->nroles, L->cap_roles, r);
	}
}

static void load_handles(loader *L, const ryaml_node *seq)
{
	static const char *const hkeys[] = { "kind", "producers", "destroyers", NULL };
	static const char *const pkeys[] = { "function", "out", "status", "success", NULL };
	static const char *const dkeys[] = { "function", "param", NULL };
	if (!ryaml_is_seq(L->y, seq)) {
		fail(L, seq, "'handles' must be a list");
		return;
	}
	ruleset *rs = L->rs;
	for (size_t i = 0; i < ryaml_len(L->y, seq) && !L->failed; i++) {
		const ryaml_node *m = ryaml_item(L->y, seq, i);
		if (!ryaml_is_map(L->y, m)) {
			fail(L, m, "a handle kind must be a mapping");
			return;
		}
		only_keys(L, m, hkeys, "a handle kind");
		rule_handle_kind h = { 0 };
		h.name = str(L, m, "kind", true);
		const ryaml_node *ps = ryaml_get(L->y, m, "producers");
		if (!ryaml_is_seq(L->y, ps) || ryaml_len(L->y, ps) == 0) {
			fail(L, ps ? ps : m, "handle kind %s: 'producers' must be a non-empty list", h.name ? h.name : "?");
			return;
		}
		h.nproducers = ryaml_len(L->y, ps);
		h.producers = arena_alloc(rs->arena, h.nproducers * sizeof(rule_producer));
		for (size_t j = 0; j < h.nproducers && !L->failed; j++) {
			const ryaml_node *p = ryaml_item(L->y, ps, j);
			only_keys(L, p, pkeys, "a producer");
			rule_producer *pr = &h.producers[j];
			pr->function = str(L, p, "function", true);
			pr->out_name = str(L, p, "out", true);
			pr->status_name = str(L, p, "status", true);
			const char *succ = str(L, p, "success", true);
			if (L->failed)
				return;
			pr->out = resolve_param(L, ryaml_get(L->y, p, "out"), pr->function, pr->out_name);
			pr->status = strcmp(pr->status_name, "return") == 0
				     ? -1 : resolve_param(L, ryaml_get(L->y, p, "status"), pr->function, pr->status_name);
			char *end;
			pr->success = strtoll(succ, &end, 0);
			if (*end)
				fail(L, ryaml_get(L->y, p, "success"), "'success' must be a number, not '%s'", succ);
		}
		const ryaml_node *ds = ryaml_get(L->y, m, "destroyers");
		h.ndestroyers = ds ? ryaml_len(L->y, ds) : 0;
		h.destroyers = arena_alloc(rs->arena, (h.ndestroyers + 1) * sizeof(rule_destroyer));
		for (size_t j = 0; j < h.ndestroyers && !L->failed; j++) {
			const ryaml_node *d = ryaml_item(L->y, ds, j);
			only_keys(L, d, dkeys, "a destroyer");
			rule_destroyer *de = &h.destroyers[j];
			de->function = str(L, d, "function", true);
			de->param_name = str(L, d, "param", true);
			if (!L->failed)
				de->param = resolve_param(L, ryaml_get(L->y, d, "param"), de->function, de->param_name);
		}
		size_t cap = L->cap_handles;
		VEC_PUSH(rs->handles, rs->nhandles, cap, h);
		L->cap_handles = cap;
	}
}

static void load_check(loader *L, const ryaml_node *m, rule_check *c, const char *rule_id)
{
	static const char *const keys[] = { "kind", "functions", "kb-rule", "kb-uncovered", "direction",
					    "allowed-roles", "arguments", "annotated", "acquire", "release",
					    "held-at-exit", "what", "pairs", NULL };
	only_keys(L, m, keys, "a check");
	c->line = ryaml_line(L->y, m);
	const char *kind = str(L, m, "kind", true);
	if (L->failed)
		return;
	if (strcmp(kind, "irql") == 0)
		c->kind = RULE_CHECK_IRQL;
	else if (strcmp(kind, "caller") == 0)
		c->kind = RULE_CHECK_CALLER;
	else if (strcmp(kind, "handle") == 0)
		c->kind = RULE_CHECK_HANDLE;
	else if (strcmp(kind, "lock") == 0)
		c->kind = RULE_CHECK_LOCK;
	else if (strcmp(kind, "irql-discipline") == 0)
		c->kind = RULE_CHECK_DISCIPLINE;
	else {
		fail(L, ryaml_get(L->y, m, "kind"),
		     "unknown check kind '%s' (irql, caller, handle, lock, irql-discipline)", kind);
		return;
	}
	const char *annotated = str(L, m, "annotated", false);
	c->annotated = annotated && strcmp(annotated, "true") == 0;
	c->nacquire = str_list(L, m, "acquire", &c->acquire);
	c->nrelease = str_list(L, m, "release", &c->release);
	c->npairs = str_list(L, m, "pairs", &c->pairs);
	for (size_t i = 0; i < c->npairs && !L->failed; i++)
		if (!strchr(c->pairs[i], '=') || c->pairs[i][0] == '=')
			fail(L, ryaml_get(L->y, m, "pairs"), "pairs: '%s' is not Release=Acquire", c->pairs[i]);
	c->nheld = str_list(L, m, "held-at-exit", &c->held_at_exit);
	const char *what = str(L, m, "what", false);
	if (c->kind == RULE_CHECK_DISCIPLINE) {
		if (what && strcmp(what, "not-restored") == 0)
			c->what = RULE_NOT_RESTORED;
		else if (what && strcmp(what, "restore-without-save") == 0)
			c->what = RULE_RESTORE_UNSAVED;
		else if (what && strcmp(what, "lowered-below-entry") == 0)
			c->what = RULE_LOWERED_BELOW_ENTRY;
		else
			fail(L, what ? ryaml_get(L->y, m, "what") : m,
			     "irql-discipline check: 'what' must be not-restored, restore-without-save or lowered-below-entry");
		return;
	}
	if (c->kind == RULE_CHECK_LOCK) {
		if (!c->nacquire && !c->nrelease && !c->npairs && !c->nheld)
			fail(L, m, "lock check of rule %s: give acquire, release, pairs or held-at-exit", rule_id);
		return;
	}
	c->nfunctions = str_list(L, m, "functions", &c->functions);
	c->kb_rule = str(L, m, "kb-rule", false);
	const char *uncovered = str(L, m, "kb-uncovered", false);
	c->kb_uncovered = uncovered && strcmp(uncovered, "true") == 0;
	const char *dir = str(L, m, "direction", false);
	if (dir && strcmp(dir, "high") == 0)
		c->direction = RULE_IRQL_HIGH;
	else if (dir && strcmp(dir, "low") == 0)
		c->direction = RULE_IRQL_LOW;
	else if (dir && strcmp(dir, "both") != 0)
		fail(L, ryaml_get(L->y, m, "direction"), "direction must be high, low or both, not '%s'", dir);
	if (!L->failed && dir && strcmp(kind, "irql") != 0)
		fail(L, ryaml_get(L->y, m, "direction"), "'direction' belongs to irql checks");
	c->nroles = str_list(L, m, "allowed-roles", &c->allowed_roles);
	if (!L->failed && !c->nfunctions && !c->kb_rule && !c->kb_uncovered)
		fail(L, m, "check of rule %s names no function (functions, kb-rule or kb-uncovered)", rule_id);
	if (!L->failed && c->kind == RULE_CHECK_CALLER && !c->nroles)
		fail(L, m, "caller check of rule %s: 'allowed-roles' is required", rule_id);
	const ryaml_node *args = ryaml_get(L->y, m, "arguments");
	if (c->kind == RULE_CHECK_HANDLE && !L->failed) {
		if (!ryaml_is_seq(L->y, args) || !ryaml_len(L->y, args)) {
			fail(L, args ? args : m, "handle check of rule %s: 'arguments' must be a non-empty list", rule_id);
			return;
		}
		c->nargs = ryaml_len(L->y, args);
		c->args = arena_alloc(L->rs->arena, c->nargs * sizeof(rule_handle_arg));
		for (size_t i = 0; i < c->nargs && !L->failed; i++) {
			static const char *const akeys[] = { "param", "handle", NULL };
			const ryaml_node *a = ryaml_item(L->y, args, i);
			only_keys(L, a, akeys, "a handle argument");
			c->args[i].param_name = str(L, a, "param", true);
			/* handle kinds may be defined in a file read later: resolved in resolve() */
			c->args[i].handle_name = str(L, a, "handle", true);
			c->args[i].param = -1;
			c->args[i].handle = -1;
		}
	} else if (args && !L->failed) {
		fail(L, args, "'arguments' belongs to handle checks");
	}
}

static void load_rule(loader *L, const ryaml_node *root, const char *file)
{
	static const char *const keys[] = { "id", "severity", "summary", "references", "checks", NULL };
	only_keys(L, root, keys, "a rule");
	rule r = { 0 };
	r.file = arena_strdup(L->rs->arena, file);
	r.id = str(L, root, "id", true);
	r.summary = str(L, root, "summary", true);
	const char *sev = str(L, root, "severity", true);
	if (L->failed)
		return;
	if (strcmp(sev, "error") == 0)
		r.severity = FINDING_ERROR;
	else if (strcmp(sev, "warning") == 0)
		r.severity = FINDING_WARNING;
	else if (strcmp(sev, "note") == 0)
		r.severity = FINDING_NOTE;
	else {
		fail(L, ryaml_get(L->y, root, "severity"), "severity must be error, warning or note, not '%s'", sev);
		return;
	}
	r.nrefs = str_list(L, root, "references", &r.references);
	const ryaml_node *checks = ryaml_get(L->y, root, "checks");
	if (!ryaml_is_seq(L->y, checks) || !ryaml_len(L->y, checks)) {
		fail(L, checks ? checks : root, "rule %s: 'checks' must be a non-empty list", r.id);
		return;
	}
	r.nchecks = ryaml_len(L->y, checks);
	r.checks = arena_alloc(L->rs->arena, r.nchecks * sizeof(rule_check));
	for (size_t i = 0; i < r.nchecks && !L->failed; i++) {
		const ryaml_node *c = ryaml_item(L->y, checks, i);
		if (!ryaml_is_map(L->y, c)) {
			fail(L, c, "a check must be a mapping");
			return;
		}
		load_check(L, c, &r.checks[i], r.id);
	}
	for (size_t i = 0; i < L->rs->nrules && !L->failed; i++)
		if (strcmp(L->rs->rules[i].id, r.id) == 0)
			fail(L, ryaml_get(L->y, root, "id"), "rule %s is defined twice (also in %s)", r.id,
			     L->rs->rules[i].file);
	VEC_PUSH(L->rs->rules, L->rs->nrules, L->cap_rules, r);
}

static void load_file(loader *L, const char *path)
{
	if (ryaml_load(&L->y, path, L->err, L->errsize) != 0) {
		L->failed = 1;
		return;
	}
	const ryaml_node *root = ryaml_root(L->y);
	if (!root || !ryaml_is_map(L->y, root)) {
		fail(L, root, "expected a mapping at the top of the file");
	} else if (ryaml_get(L->y, root, "effects")) {
		static const char *const keys[] = { "effects", NULL };
		only_keys(L, root, keys, "an effects file");
		load_effects(L, ryaml_get(L->y, root, "effects"));
	} else if (ryaml_get(L->y, root, "ddis")) {
		static const char *const keys[] = { "ddis", NULL };
		only_keys(L, root, keys, "a DDI IRQL file");
		load_ddis(L, ryaml_get(L->y, root, "ddis"));
	} else if (ryaml_get(L->y, root, "roles")) {
		static const char *const keys[] = { "roles", NULL };
		only_keys(L, root, keys, "a roles file");
		load_roles(L, ryaml_get(L->y, root, "roles"));
	} else if (ryaml_get(L->y, root, "flags")) {
		static const char *const keys[] = { "flags", NULL };
		only_keys(L, root, keys, "a flags file");
		load_flags(L, ryaml_get(L->y, root, "flags"));
	} else if (ryaml_get(L->y, root, "handles")) {
		static const char *const keys[] = { "handles", NULL };
		only_keys(L, root, keys, "a handles file");
		load_handles(L, ryaml_get(L->y, root, "handles"));
	} else {
		load_rule(L, root, path);
	}
	ryaml_free(L->y);
	L->y = NULL;
}

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Second pass: handle-kind names and parameter names of handle checks. */
static void resolve(loader *L)
{
	ruleset *rs = L->rs;
	for (size_t i = 0; i < rs->nrules && !L->failed; i++) {
		rule *r = &rs->rules[i];
		for (size_t j = 0; j < r->nchecks && !L->failed; j++) {
			rule_check *c = &r->checks[j];
			for (size_t k = 0; k < c->nargs && !L->failed; k++) {
				rule_handle_arg *a = &c->args[k];
				const char *hname = a->handle_name;
				a->handle = ruleset_handle_index(rs, hname);
				if (a->handle < 0) {
					snprintf(L->err, L->errsize, "%s:%u: rule %s: unknown handle kind '%s'",
						 r->file, c->line, r->id, hname);
					L->failed = 1;
					return;
				}
				for (size_t f = 0; f < c->nfunctions && !L->failed; f++) {
					/* every function of the check must take that parameter */
					int idx = param_index(L->kb, c->functions[f], a->param_name);
					if (idx < 0) {
						snprintf(L->err, L->errsize, "%s:%u: rule %s: %s has no parameter '%s' in the knowledge base",
							 r->file, c->line, r->id, c->functions[f], a->param_name);
						L->failed = 1;
						return;
					}
					a->param = idx;
				}
			}
		}
	}
}

int ruleset_load(ruleset **out, const char *dir, const kb *k, char *err, size_t errsize)
{
	int rc = -1;
	char **names = NULL;
	size_t nnames = 0, capnames = 0;
	loader L = { 0 };
	DIR *d = opendir(dir);

	*out = NULL;
	L.rs = xcalloc(1, sizeof(ruleset));
	L.rs->arena = arena_new();
	L.kb = k;
	L.err = err;
	L.errsize = errsize;
	if (!d) {
		snprintf(err, errsize, "%s: cannot open the rules directory", dir);
		goto cleanup;
	}
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t n = strlen(de->d_name);
		if (n > 5 && strcmp(de->d_name + n - 5, ".yaml") == 0 && de->d_name[0] != '.')
			VEC_PUSH(names, nnames, capnames, xstrdup(de->d_name));
	}
	closedir(d);
	/* directory order is arbitrary; read in name order for deterministic errors */
	qsort(names, nnames, sizeof(char *), cmpstr);
	for (size_t i = 0; i < nnames && !L.failed; i++) {
		strbuf p = STRBUF_INIT;
		strbuf_printf(&p, "%s/%s", dir, names[i]);
		load_file(&L, strbuf_str(&p));
		strbuf_free(&p);
	}
	if (!L.failed)
		resolve(&L);
	if (!L.failed && L.rs->nrules == 0) {
		snprintf(err, errsize, "%s: no rule files (*.yaml) found", dir);
		L.failed = 1;
	}
	if (L.failed)
		goto cleanup;
	*out = L.rs;
	L.rs = NULL;
	rc = 0;
cleanup:
	for (size_t i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	ruleset_free(L.rs);
	return rc;
}

void ruleset_free(ruleset *rs)
{
	if (!rs)
		return;
	free(rs->rules);
	free(rs->handles);
	free(rs->effects);
	free(rs->flags);
	free(rs->roles);
	free(rs->ddis);
	arena_free(rs->arena);
	free(rs);
}

const rule *ruleset_rule(const ruleset *rs, const char *id)
{
	for (size_t i = 0; i < rs->nrules; i++)
		if (strcmp(rs->rules[i].id, id) == 0)
			return &rs->rules[i];
	return NULL;
}

const rule_irql_effect *ruleset_effect(const ruleset *rs, const char *function)
{
	for (size_t i = 0; i < rs->neffects; i++)
		if (strcmp(rs->effects[i].function, function) == 0)
			return &rs->effects[i];
	return NULL;
}

int ruleset_handle_index(const ruleset *rs, const char *name)
{
	for (size_t i = 0; i < rs->nhandles; i++)
		if (strcmp(rs->handles[i].name, name) == 0)
			return (int)i;
	return -1;
}

const rule_role *ruleset_role(const ruleset *rs, const char *role)
{
	for (size_t i = 0; role && i < rs->nroles; i++)
		if (strcmp(rs->roles[i].role, role) == 0)
			return &rs->roles[i];
	return NULL;
}

bool ruleset_ddi_has_irql(const ruleset *rs, const char *function)
{
	for (size_t i = 0; function && i < rs->nddis; i++)
		if (rs->ddis[i].when_true < 0 && strcmp(rs->ddis[i].function, function) == 0)
			return true;
	return false;
}
