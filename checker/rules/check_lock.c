/* The lock check kind: a spin lock is not taken while it can already be
 * held, not given back while it can be free, and not left held when an entry
 * point returns to the system.  Lock state comes from the flow analysis
 * (acquire/release in rules/irql_effects.yaml). */
#include "rules/check.h"

#include <stdio.h>
#include <string.h>

static bool listed(const char *const *names, size_t n, const char *name)
{
	for (size_t i = 0; name && i < n; i++)
		if (strcmp(names[i], name) == 0)
			return true;
	return false;
}

/* The lock as the source names it: the argument's spelling. */
static const char *lock_text(const flow_note *n, unsigned arg)
{
	const fx_call *call = &n->ev->u.call;
	if (arg < call->nargs && call->args[arg].text) {
		const char *t = call->args[arg].text;
		return t[0] == '&' && t[1] ? t + 1 : t;   /* "&Adapter->Lock" reads as the lock itself */
	}
	return "the lock";
}

void check_lock_note(const rule *r, const rule_check *c, flow_ctx *ctx, const flow_note *n, check_env *env)
{
	char key[64];
	if (n->kind == FLOW_LOCK_ACQUIRE && listed(c->acquire, c->nacquire, n->ev->u.call.callee_name) &&
	    (n->prior.lock & AV_LOCK_HELD)) {
		snprintf(key, sizeof(key), "acq@%p", (const void *)n->ev);
		if (!check_first(env, c, key))
			return;
		finding *f = check_report_now(env, r, ctx, n->st, n->fn, n->ev->loc,
					      "%s acquires %s, which can already be held here",
					      n->ev->u.call.callee_name, lock_text(n, 0));
		if (n->prior.lloc.file)
			finding_note_add(env->out, f, n->prior.lloc, "lock", "%s acquired it here",
					 n->prior.acquirer ? n->prior.acquirer : "a call");
	} else if (n->kind == FLOW_LOCK_RELEASE && listed(c->release, c->nrelease, n->ev->u.call.callee_name) &&
		   (n->prior.lock & AV_LOCK_FREE) && check_entry_split(env, ctx) != RULE_SPLIT_RELEASE) {
		/* (a release callback of a split pair gives back its partner's lock) */
		snprintf(key, sizeof(key), "rel@%p", (const void *)n->ev);
		if (!check_first(env, c, key))
			return;
		check_report_now(env, r, ctx, n->st, n->fn, n->ev->loc,
				 "%s releases %s, which can be not held here",
				 n->ev->u.call.callee_name, lock_text(n, 0));
	} else if (n->kind == FLOW_LOCK_RELEASE && c->npairs && n->prior.lock == AV_LOCK_HELD && n->prior.acquirer &&
		   !n->prior.acq_mixed) {
		const char *rel = n->ev->u.call.callee_name;
		size_t rl = strlen(rel);
		for (size_t i = 0; i < c->npairs; i++) {
			const char *p = c->pairs[i];
			if (strncmp(p, rel, rl) != 0 || p[rl] != '=' || strcmp(p + rl + 1, n->prior.acquirer) == 0)
				continue;
			snprintf(key, sizeof(key), "pair@%p", (const void *)n->ev);
			if (!check_first(env, c, key))
				return;
			finding *f = check_report_now(env, r, ctx, n->st, n->fn, n->ev->loc,
						      "%s releases %s, which %s took; it pairs with %s", rel,
						      lock_text(n, 0), n->prior.acquirer, p + rl + 1);
			if (n->prior.lloc.file)
				finding_note_add(env->out, f, n->prior.lloc, "lock", "%s acquired it here",
						 n->prior.acquirer);
			return;
		}
	} else if (n->kind == FLOW_FUNCTION_EXIT && n->is_root && c->nheld &&
		   check_entry_split(env, ctx) != RULE_SPLIT_ACQUIRE) {
		for (size_t i = 0; i < n->st->n; i++) {
			const av *v = &n->st->slots[i].v;
			if (!(v->lock & AV_LOCK_HELD) || !listed(c->held_at_exit, c->nheld, v->acquirer) || !v->lloc.file)
				continue;
			snprintf(key, sizeof(key), "exit@%p@%s:%u", (const void *)n->fn, v->lloc.file ? "" : "?",
				 v->lloc.line);
			if (!check_first(env, c, key))
				continue;
			finding *f = check_report_now(env, r, ctx, n->st, n->fn, v->lloc,
						      "the lock %s takes here can still be held when %s returns",
						      v->acquirer, n->fn->name);
			finding_note_add(env->out, f, n->exit_loc.file ? n->exit_loc : n->fn->loc, "lock",
					 "%s returns to the system here with it held", n->fn->name);
		}
	}
}
