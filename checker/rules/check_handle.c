/* The handle check kind: each named argument of a DDI holds, on every path
 * and in every context, a handle of the expected kind that a successful
 * producer call wrote and no destroyer released. */
#include "rules/check.h"
#include "util/strbuf.h"

#include <stdlib.h>
#include <string.h>

static uint64_t kind_bits(flow_ctx *ctx, int handle, unsigned state_mask)
{
	uint64_t m = 0;
	for (unsigned g = 0; g < flow_nproducers(ctx); g++) {
		if (flow_producer_kind(ctx, g) == handle)
			for (unsigned s = 0; s < HS_COUNT; s++)
				if (state_mask & (1u << s))
					m |= AV_HBIT(g, s);
	}
	return m;
}

static bool arg_bad(flow_ctx *ctx, const av *v, int handle)
{
	if (v->special & (AV_UNINIT | AV_NULL))
		return true;
	uint64_t good = kind_bits(ctx, handle, 1u << HS_VALID);
	return (v->hbits & ~good) != 0;
}

void check_handle_visit(site *s, flow_ctx *ctx, const astate *st)
{
	const fx_call *call = &s->ev->u.call;
	bool bad = false;
	for (size_t i = 0; i < s->c->nargs; i++) {
		const rule_handle_arg *a = &s->c->args[i];
		if (a->param < 0 || (uint32_t)a->param >= call->nargs)
			continue;
		const char *path;
		av v = flow_eval(ctx, st, &call->args[a->param], &path);
		site_arg *sa = &s->args[i];
		sa->v = sa->seen ? av_join(sa->v, v) : v;
		if (!sa->path)
			sa->path = path;
		sa->seen = true;
		if (arg_bad(ctx, &v, a->handle))
			bad = true;
	}
	if (bad && !s->bad) {
		s->bad = true;
		site_capture(s, ctx, st);
	}
}

/* Does v hold handles of kind `handle` and nothing of the expected one? */
static bool holds_only(flow_ctx *ctx, const av *v, int handle, int expected)
{
	uint64_t other = kind_bits(ctx, handle, 0xf);
	return (v->hbits & other) && !(v->hbits & kind_bits(ctx, expected, 0xf));
}

static const char *first_producer(flow_ctx *ctx, int handle, uint64_t bits)
{
	for (unsigned g = 0; g < flow_nproducers(ctx); g++) {
		const rule_producer *pr;
		flow_producer(ctx, g, &pr);
		if (flow_producer_kind(ctx, g) != handle)
			continue;
		if (!bits || (bits & (0xfULL << (g * HS_COUNT))))
			return pr->function;
	}
	return "?";
}

static void clauses(strbuf *sb, flow_ctx *ctx, const ruleset *rs, const char *pname, const site_arg *sa, int handle)
{
	const av *v = &sa->v;
	const char *expected = first_producer(ctx, handle, 0);
	const char *sep = sb->len ? "; " : "";
	(void)rs;
	for (unsigned g = 0; g < flow_nproducers(ctx); g++) {
		const rule_producer *pr;
		flow_producer(ctx, g, &pr);
		if (flow_producer_kind(ctx, g) == handle || !(v->hbits & (0xfULL << (g * HS_COUNT))))
			continue;
		strbuf_printf(sb, "%s%s can hold the handle from %s, not from %s", sep, pname, pr->function, expected);
		sep = "; ";
	}
	if (v->special & AV_NULL) {
		strbuf_printf(sb, "%s%s can be NULL", sep, pname);
		sep = "; ";
	}
	if (v->special & AV_UNINIT) {
		int w = sa->path ? flow_path_written(ctx, sa->path) : -1;
		if (w < 0) {
			strbuf_printf(sb, "%s%s is never assigned a handle", sep, pname);
		} else {
			const rule_producer *pr;
			flow_producer(ctx, (unsigned)w, &pr);
			strbuf_printf(sb, "%s%s can be used before %s writes it", sep, pname, pr->function);
		}
		sep = "; ";
	}
	uint64_t failed = v->hbits & kind_bits(ctx, handle, 1u << HS_FAILED);
	if (failed) {
		strbuf_printf(sb, "%s%s can be the handle of a failed %s", sep, pname,
			      first_producer(ctx, handle, failed));
		sep = "; ";
	}
	uint64_t pending = v->hbits & kind_bits(ctx, handle, 1u << HS_PENDING);
	if (pending) {
		strbuf_printf(sb, "%s%s can come from %s with its status unchecked", sep, pname,
			      first_producer(ctx, handle, pending));
		sep = "; ";
	}
	if (v->hbits & kind_bits(ctx, handle, 1u << HS_DESTROYED))
		strbuf_printf(sb, "%s%s can be released by %s", sep, pname, v->destroyer ? v->destroyer : "its destroyer");
}

static const char *param_name(const rule_handle_arg *a, const kb *k, const char *fn)
{
	char *end;
	strtol(a->param_name, &end, 10);
	if (*end == '\0' && k) {
		const kb_entry *e = kb_function(k, fn);
		if (e && a->param >= 0 && (size_t)a->param < e->nparams && e->params[a->param].name)
			return e->params[a->param].name;
	}
	return a->param_name;
}

void check_handle_report(const site *s, flow_ctx *ctx, const ruleset *rs, const program *p,
			 finding_list *out)
{
	if (!s->bad)
		return;
	const char *fn = s->ev->u.call.callee_name;
	strbuf sb = STRBUF_INIT;
	const rule_check *c = s->c;
	bool swapped = false;
	if (c->nargs == 2 && c->args[0].handle != c->args[1].handle &&
	    holds_only(ctx, &s->args[0].v, c->args[1].handle, c->args[0].handle) &&
	    holds_only(ctx, &s->args[1].v, c->args[0].handle, c->args[1].handle)) {
		strbuf_printf(&sb, "%s and %s are swapped", param_name(&c->args[0], p->kb, fn),
			      param_name(&c->args[1], p->kb, fn));
		swapped = true;
	}
	for (size_t i = 0; i < c->nargs; i++) {
		const site_arg *sa = &s->args[i];
		if (!sa->seen || !arg_bad(ctx, &sa->v, c->args[i].handle))
			continue;
		site_arg only = *sa;
		if (swapped)   /* the swap is said; say what else is wrong */
			only.v.hbits &= kind_bits(ctx, c->args[i].handle, 0xf);
		if (!arg_bad(ctx, &only.v, c->args[i].handle) && swapped)
			continue;
		clauses(&sb, ctx, rs, param_name(&c->args[i], p->kb, fn), &only, c->args[i].handle);
	}
	finding *f = finding_add(out, s->r->id, s->r->severity, s->ev->loc, "%s: %s", fn, strbuf_str(&sb));
	f->function = s->fn->name;
	strbuf_free(&sb);
	site_trace_notes(out, f, &s->trace, p);
	for (size_t i = 0; i < c->nargs; i++) {
		const site_arg *sa = &s->args[i];
		const char *pn = param_name(&c->args[i], p->kb, fn);
		if (sa->v.hbits && sa->v.wloc.file)
			finding_note_add(out, f, sa->v.wloc, "handle", "the handle passed as %s is written here", pn);
		if (sa->v.destroyer && sa->v.dloc.file)
			finding_note_add(out, f, sa->v.dloc, "handle", "%s releases the handle passed as %s here",
					 sa->v.destroyer, pn);
	}
}
