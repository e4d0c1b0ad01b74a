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

/* The calls of a checked DDI in one function, found once per check. */
typedef struct sites {
	size_t n;
	const fx_event **ev;
} sites;

static void report(const rule *r, const rule_check *c, const program *p, const pg_entry *en, uint32_t root,
		   const int32_t *parent, const fx_loc *via, uint32_t f, const sites *here, finding_list *out)
{
	for (size_t i = 0; i < here->n; i++) {
		const fx_event *ev = here->ev[i];
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
		for (size_t j = 0; j < n; j++) {
			finding_note_add(out, fd, via[chain[j]], "call", "%s calls %s here",
					 p->funcs[prev].name, p->funcs[chain[j]].name);
			prev = chain[j];
		}
		free(chain);
	}
}

/* Per function: its calls of the checked DDIs (not the driver's own
 * functions of the same name). */
static sites *find_sites(const rule_check *c, const program *p)
{
	sites *all = xcalloc(p->nfuncs + 1, sizeof(sites));
	for (size_t f = 0; f < p->nfuncs; f++) {
		const pg_func *pf = &p->funcs[f];
		const fx_function *d = pf->def;
		size_t cap = 0;
		for (uint32_t b = 0; d && b < d->nblocks; b++)
			for (uint32_t e = 0; e < d->blocks[b].nevents; e++) {
				const fx_event *ev = &d->blocks[b].events[e];
				if (ev->kind != FX_EV_CALL || !names_checked(c, ev->u.call.callee))
					continue;
				if (ev->u.call.id < pf->ncalls && pf->ntargets[ev->u.call.id])
					continue;
				VEC_PUSH(all[f].ev, all[f].n, cap, ev);
			}
	}
	return all;
}

/* Per function and callee (parallel to pg_func.callees): where it calls it. */
static fx_loc **find_call_locs(const program *p)
{
	fx_loc **locs = xcalloc(p->nfuncs + 1, sizeof(fx_loc *));
	for (size_t f = 0; f < p->nfuncs; f++) {
		const pg_func *pf = &p->funcs[f];
		locs[f] = xcalloc(pf->ncallees + 1, sizeof(fx_loc));
		for (size_t k = 0; k < pf->ncallees; k++)
			locs[f][k] = pf->loc;
		const fx_function *d = pf->def;
		/* the first call of each callee, in block and event order */
		bool *done = xcalloc(pf->ncallees + 1, sizeof(bool));
		for (uint32_t b = 0; d && b < d->nblocks; b++)
			for (uint32_t e = 0; e < d->blocks[b].nevents; e++) {
				const fx_event *ev = &d->blocks[b].events[e];
				if (ev->kind != FX_EV_CALL || ev->u.call.id >= pf->ncalls)
					continue;
				for (uint32_t t = 0; t < pf->ntargets[ev->u.call.id]; t++)
					for (size_t k = 0; k < pf->ncallees; k++)
						if (!done[k] && pf->callees[k] == pf->targets[ev->u.call.id][t]) {
							locs[f][k] = ev->loc;
							done[k] = true;
						}
			}
		free(done);
	}
	return locs;
}

void check_caller_run(const rule *r, const rule_check *c, const program *p, finding_list *out)
{
	size_t n = p->nfuncs;
	int32_t *parent = xmalloc((n + 1) * sizeof(int32_t));
	fx_loc *via = xcalloc(n + 1, sizeof(fx_loc));
	uint32_t *queue = xmalloc((n + 1) * sizeof(uint32_t));
	sites *here = find_sites(c, p);
	fx_loc **locs = find_call_locs(p);
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
				report(r, c, p, en, root, parent, via, f, &here[f], out);
				const pg_func *pf = &p->funcs[f];
				for (size_t k = 0; k < pf->ncallees; k++) {
					uint32_t t = pf->callees[k];
					if (parent[t] != -2)
						continue;
					parent[t] = (int32_t)f;
					via[t] = locs[f][k];
					queue[tail++] = t;
				}
			}
		}
	}
	for (size_t f = 0; f < n; f++) {
		free(here[f].ev);
		free(locs[f]);
	}
	free(here);
	free(locs);
	free(parent);
	free(via);
	free(queue);
}
