/* The caller check kind: a DDI is reached only from entry points of the
 * allowed roles.  A breadth-first search of the call graph from every other
 * entry point finds the calls it reaches, with the shortest call chain. */
#include "rules/check.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static bool allowed(const rule_check *c, const char *role)
{
	for (size_t i = 0; i < c->nroles; i++)
		if (strcmp(c->allowed_roles[i], role) == 0)
			return true;
	return false;
}

static bool names_checked(const rule_check *c, const char *callee)
{
	for (size_t i = 0; callee && i < c->nfunctions; i++)
		if (strcmp(c->functions[i], callee) == 0)
			return true;
	return false;
}

static void allowed_text(strbuf *sb, const rule_check *c)
{
	for (size_t i = 0; i < c->nroles; i++) {
		if (i)
			strbuf_puts(sb, i + 1 == c->nroles ? " or " : ", ");
		/* DriverEntry is what every driver writer calls DRIVER_INITIALIZE */
		strbuf_puts(sb, strcmp(c->allowed_roles[i], "DRIVER_INITIALIZE") == 0 ? "DriverEntry"
										     : c->allowed_roles[i]);
	}
}

static void report(const rule *r, const rule_check *c, const program *p, const pg_entry *en,
		   uint32_t root, const int32_t *parent, const fx_loc *via, uint32_t f, finding_list *out)
{
	const fx_function *d = p->funcs[f].def;
	for (uint32_t b = 0; b < d->nblocks; b++) {
		for (uint32_t e = 0; e < d->blocks[b].nevents; e++) {
			const fx_event *ev = &d->blocks[b].events[e];
			if (ev->kind != FX_EV_CALL || !names_checked(c, ev->u.call.callee))
				continue;
			if (p->funcs[f].ntargets && ev->u.call.id < p->funcs[f].ncalls &&
			    p->funcs[f].ntargets[ev->u.call.id])
				continue;   /* the driver defines a function of that name */
			strbuf sb = STRBUF_INIT;
			allowed_text(&sb, c);
			finding *fd = finding_add(out, r->id, r->severity, ev->loc,
						  "%s is reachable from entry point %s (%s); it may only be called from %s",
						  ev->u.call.callee_name, p->funcs[root].name, en->role, strbuf_str(&sb));
			strbuf_free(&sb);
			fd->function = p->funcs[f].name;
			char lv[48];
			check_role_irql_text(en, lv, sizeof(lv));
			finding_note_add(out, fd, en->loc, "entry",
					 en->how == PG_ENTRY_REGISTERED
					 ? "entry point %s (%s) registered here; the system calls it at %s"
					 : "entry point %s (%s) runs at %s",
					 p->funcs[root].name, en->role, lv);
			/* the chain root -> ... -> f, recovered backwards from the BFS tree */
			size_t n = 0;
			for (int32_t x = (int32_t)f; x != (int32_t)root && x >= 0; x = parent[x])
				n++;
			uint32_t *chain = xmalloc((n + 1) * sizeof(uint32_t));
			size_t k = n;
			for (int32_t x = (int32_t)f; x != (int32_t)root && x >= 0; x = parent[x])
				chain[--k] = (uint32_t)x;
			uint32_t prev = root;
			for (size_t i = 0; i < n; i++) {
				finding_note_add(out, fd, via[chain[i]], "call", "%s calls %s here",
						 p->funcs[prev].name, p->funcs[chain[i]].name);
				prev = chain[i];
			}
			free(chain);
		}
	}
}

/* The location in `from` of a call that reaches `to`. */
static fx_loc call_loc(const program *p, uint32_t from, uint32_t to)
{
	const pg_func *f = &p->funcs[from];
	const fx_function *d = f->def;
	for (uint32_t b = 0; b < d->nblocks; b++)
		for (uint32_t e = 0; e < d->blocks[b].nevents; e++) {
			const fx_event *ev = &d->blocks[b].events[e];
			if (ev->kind != FX_EV_CALL || ev->u.call.id >= f->ncalls)
				continue;
			for (uint32_t t = 0; t < f->ntargets[ev->u.call.id]; t++)
				if (f->targets[ev->u.call.id][t] == to)
					return ev->loc;
		}
	return f->loc;
}

void check_caller_run(const rule *r, const rule_check *c, const program *p, finding_list *out)
{
	size_t n = p->nfuncs;
	int32_t *parent = xmalloc((n + 1) * sizeof(int32_t));
	fx_loc *via = xcalloc(n + 1, sizeof(fx_loc));
	uint32_t *queue = xmalloc((n + 1) * sizeof(uint32_t));
	for (uint32_t root = 0; root < n; root++) {
		const pg_func *rf = &p->funcs[root];
		if (!rf->def)
			continue;
		for (size_t e = 0; e < rf->nentries; e++) {
			const pg_entry *en = &rf->entries[e];
			if (allowed(c, en->role))
				continue;
			for (size_t i = 0; i < n; i++)
				parent[i] = -2;   /* unvisited */
			size_t head = 0, tail = 0;
			parent[root] = -1;
			queue[tail++] = root;
			while (head < tail) {
				uint32_t f = queue[head++];
				report(r, c, p, en, root, parent, via, f, out);
				const pg_func *pf = &p->funcs[f];
				for (size_t k = 0; k < pf->ncallees; k++) {
					uint32_t t = pf->callees[k];
					if (parent[t] != -2)
						continue;
					parent[t] = (int32_t)f;
					via[t] = call_loc(p, f, t);
					queue[tail++] = t;
				}
			}
		}
	}
	free(parent);
	free(via);
	free(queue);
}
