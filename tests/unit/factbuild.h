/* factbuild: builds facts by hand for the suites of the stages after
 * extraction (link, flow, rules), so that they run without parsing.  Every
 * allocation goes to the TU's arena. */
#ifndef DDICHECK_FACTBUILD_H
#define DDICHECK_FACTBUILD_H

#include <stdarg.h>
#include <string.h>

#include "facts/facts.h"

/* ---- a tiny facts builder ---- */

typedef struct fb {
	fx_tu *tu;
	fx_function *fn;
	uint32_t line;
} fb;

static inline fx_val V_INT(long long n) { return (fx_val){ .kind = FX_VAL_INT, .num = n }; }
static inline fx_val V_PATH(const char *p) { return (fx_val){ .kind = FX_VAL_PATH, .path = p, .text = p }; }
static inline fx_val V_ADDR(const char *p) { return (fx_val){ .kind = FX_VAL_ADDR, .path = p }; }
static inline fx_val V_NULL(void) { return (fx_val){ .kind = FX_VAL_NULL }; }

static inline fx_function *fb_func(fb *b, const char *name, uint32_t nblocks)
{
	fx_tu *tu = b->tu;
	fx_function *old = tu->funcs;
	tu->funcs = arena_alloc(tu->arena, (tu->nfuncs + 1) * sizeof(fx_function));
	if (tu->nfuncs)
		memcpy(tu->funcs, old, tu->nfuncs * sizeof(fx_function));
	fx_function *f = &tu->funcs[tu->nfuncs++];
	f->key = f->name = name;
	f->is_definition = true;
	f->loc = (fx_loc){ tu->path, ++b->line, 1 };
	f->nblocks = nblocks;
	f->blocks = arena_alloc(tu->arena, nblocks * sizeof(fx_block));
	b->fn = f;
	return f;
}

static inline fx_event *fb_event(fb *b, uint32_t block)
{
	fx_block *bl = &b->fn->blocks[block];
	fx_event *old = bl->events;
	bl->events = arena_alloc(b->tu->arena, (bl->nevents + 1) * sizeof(fx_event));
	if (bl->nevents)
		memcpy(bl->events, old, bl->nevents * sizeof(fx_event));
	fx_event *e = &bl->events[bl->nevents++];
	e->loc = (fx_loc){ b->tu->path, ++b->line, 5 };
	return e;
}

/* fb_call(b, block, "Callee", nargs, args...); returns the call id */
static inline uint32_t fb_call(fb *b, uint32_t block, const char *callee, uint32_t nargs, ...)
{
	fx_event *e = fb_event(b, block);
	e->kind = FX_EV_CALL;
	e->u.call.id = b->fn->ncalls++;
	e->u.call.callee = e->u.call.callee_name = callee;
	e->u.call.nargs = nargs;
	e->u.call.args = arena_alloc(b->tu->arena, (nargs + 1) * sizeof(fx_val));
	va_list ap;
	va_start(ap, nargs);
	for (uint32_t i = 0; i < nargs; i++)
		e->u.call.args[i] = va_arg(ap, fx_val);
	va_end(ap);
	return e->u.call.id;
}

static inline void fb_assign(fb *b, uint32_t block, const char *lhs, fx_val rhs)
{
	fx_event *e = fb_event(b, block);
	e->kind = FX_EV_ASSIGN;
	e->u.assign.lhs = lhs;
	e->u.assign.rhs = rhs;
}

static inline void fb_goto(fb *b, uint32_t from, uint32_t to)
{
	fx_block *bl = &b->fn->blocks[from];
	bl->nsucc = 1;
	bl->succ = arena_alloc(b->tu->arena, sizeof(uint32_t));
	bl->succ[0] = to;
}

static inline void fb_branch(fb *b, uint32_t from, uint32_t t, uint32_t f, fx_val lhs, fx_cmp op, fx_val rhs)
{
	fx_block *bl = &b->fn->blocks[from];
	bl->nsucc = 2;
	bl->succ = arena_alloc(b->tu->arena, 2 * sizeof(uint32_t));
	bl->succ[0] = t;
	bl->succ[1] = f;
	bl->cond = (fx_cond){ .known = lhs.kind != FX_VAL_UNKNOWN, .op = op, .lhs = lhs, .rhs = rhs };
}


/* The function being built gets a role type (as `ROLE Fn;` declares it). */
static inline void fb_role(fb *b, const char *role)
{
	b->fn->role = role;
}

/* An assignment with the role of the written field (Chars.Handler = Fn). */
static inline void fb_register(fb *b, uint32_t block, const char *lhs, const char *role, const char *fn)
{
	fx_event *e = fb_event(b, block);
	e->kind = FX_EV_ASSIGN;
	e->u.assign.lhs = lhs;
	e->u.assign.lhs_role = role;
	e->u.assign.rhs = (fx_val){ .kind = FX_VAL_FUNC, .path = fn };
}

#endif
