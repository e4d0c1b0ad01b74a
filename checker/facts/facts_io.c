/* facts_io: see facts_io.h.  Integers are little-endian, fixed width; a
 * string is a u32 reference into the table (0: NULL, i: entry i-1). */
#include "facts/facts_io.h"
#include "util/strmap.h"
#include "util/xalloc.h"

#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char MAGIC[8] = { 'D', 'D', 'I', 'F', 'A', 'C', 'T', 'S' };

unsigned long long fxio_fnv1a(const void *data, size_t len, unsigned long long h)
{
	const unsigned char *p = data;
	if (!h)
		h = 1469598103934665603ULL;
	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* ---- writer ---- */

typedef struct wr {
	strbuf body;
	strmap ids;
	const char **strs;
	size_t nstrs, capstrs;
} wr;

static void put_u8(strbuf *b, unsigned v)
{
	char c = (char)(v & 0xff);
	strbuf_add(b, &c, 1);
}

static void put_u32(strbuf *b, uint32_t v)
{
	char c[4] = { (char)(v & 0xff), (char)((v >> 8) & 0xff), (char)((v >> 16) & 0xff),
		      (char)((v >> 24) & 0xff) };
	strbuf_add(b, c, 4);
}

static void put_u64(strbuf *b, uint64_t v)
{
	put_u32(b, (uint32_t)(v & 0xffffffffu));
	put_u32(b, (uint32_t)(v >> 32));
}

static void w_str(wr *w, const char *s)
{
	if (!s) {
		put_u32(&w->body, 0);
		return;
	}
	void *id = strmap_get(&w->ids, s);
	if (!id) {
		VEC_PUSH(w->strs, w->nstrs, w->capstrs, s);
		id = (void *)(uintptr_t)w->nstrs;
		strmap_put(&w->ids, s, id);
	}
	put_u32(&w->body, (uint32_t)(uintptr_t)id);
}

static void w_loc(wr *w, const fx_loc *l)
{
	w_str(w, l->file);
	put_u32(&w->body, l->line);
	put_u32(&w->body, l->col);
}

static void w_val(wr *w, const fx_val *v)
{
	put_u8(&w->body, (unsigned)v->kind);
	put_u64(&w->body, (uint64_t)v->num);
	w_str(w, v->path);
	w_str(w, v->text);
}

/* An optional array of strings: a presence byte, then n references. */
static void w_strv(wr *w, const char *const *v, uint32_t n)
{
	put_u8(&w->body, v != NULL);
	for (uint32_t i = 0; v && i < n; i++)
		w_str(w, v[i]);
}

static void w_event(wr *w, const fx_event *e)
{
	put_u8(&w->body, (unsigned)e->kind);
	w_loc(w, &e->loc);
	switch (e->kind) {
	case FX_EV_CALL: {
		const fx_call *c = &e->u.call;
		put_u32(&w->body, c->id);
		w_str(w, c->callee);
		w_str(w, c->callee_name);
		w_val(w, &c->target);
		put_u32(&w->body, c->nargs);
		for (uint32_t i = 0; i < c->nargs; i++)
			w_val(w, &c->args[i]);
		w_strv(w, c->arg_roles, c->nargs);
		w_strv(w, c->arg_types, c->nargs);
		break;
	}
	case FX_EV_ASSIGN:
		w_str(w, e->u.assign.lhs);
		w_str(w, e->u.assign.lhs_role);
		w_str(w, e->u.assign.lhs_type);
		w_val(w, &e->u.assign.rhs);
		put_u8(&w->body, e->u.assign.is_init);
		break;
	case FX_EV_RETURN:
		w_val(w, &e->u.ret);
		break;
	}
}

static void w_function(wr *w, const fx_function *f)
{
	w_str(w, f->key);
	w_str(w, f->name);
	w_loc(w, &f->loc);
	put_u8(&w->body, (unsigned)f->is_definition | (unsigned)f->is_static << 1);
	w_str(w, f->role);
	put_u32(&w->body, f->nannots);
	for (uint32_t i = 0; i < f->nannots; i++) {
		put_u8(&w->body, (unsigned)f->annots[i].kind);
		put_u32(&w->body, (uint32_t)f->annots[i].level);
		put_u32(&w->body, (uint32_t)f->annots[i].param);
		w_str(w, f->annots[i].arg);
	}
	put_u32(&w->body, f->nparams);
	w_strv(w, f->params, f->nparams);
	w_strv(w, f->param_types, f->nparams);
	w_str(w, f->ret_type);
	put_u32(&w->body, f->ncalls);
	put_u32(&w->body, f->nblocks);
	for (uint32_t b = 0; b < f->nblocks; b++) {
		const fx_block *bl = &f->blocks[b];
		w_loc(w, &bl->loc);
		put_u32(&w->body, bl->nsucc);
		for (uint32_t i = 0; i < bl->nsucc; i++)
			put_u32(&w->body, bl->succ[i]);
		put_u8(&w->body, (unsigned)bl->cond.known | ((unsigned)bl->cond.is_unsigned << 1));
		put_u8(&w->body, (unsigned)bl->cond.op);
		w_val(w, &bl->cond.lhs);
		w_val(w, &bl->cond.rhs);
		w_str(w, bl->cond.text);
		put_u32(&w->body, bl->nevents);
		for (uint32_t i = 0; i < bl->nevents; i++)
			w_event(w, &bl->events[i]);
	}
}

int fxio_write(strbuf *out, const fx_tu *tu)
{
	wr w = { STRBUF_INIT, STRMAP_INIT, NULL, 0, 0 };
	w_str(&w, tu->path);
	put_u8(&w.body, tu->parsed);
	put_u32(&w.body, tu->nerrors);
	put_u32(&w.body, tu->nincludes);
	for (uint32_t i = 0; i < tu->nincludes; i++)
		w_str(&w, tu->includes[i]);
	put_u32(&w.body, tu->ndiags);
	for (uint32_t i = 0; i < tu->ndiags; i++) {
		put_u8(&w.body, (unsigned)tu->diags[i].severity);
		w_loc(&w, &tu->diags[i].loc);
		w_str(&w, tu->diags[i].message);
	}
	put_u32(&w.body, tu->ninits);
	for (uint32_t i = 0; i < tu->ninits; i++)
		w_event(&w, &tu->inits[i]);
	put_u32(&w.body, tu->nfuncs);
	for (uint32_t i = 0; i < tu->nfuncs; i++)
		w_function(&w, &tu->funcs[i]);

	/* header, string table, body, checksum of all that */
	size_t start = out->len;
	strbuf_add(out, MAGIC, sizeof(MAGIC));
	put_u32(out, FXIO_VERSION);
	put_u32(out, (uint32_t)w.nstrs);
	for (size_t i = 0; i < w.nstrs; i++) {
		size_t n = strlen(w.strs[i]);
		put_u32(out, (uint32_t)n);
		strbuf_add(out, w.strs[i], n);
	}
	put_u64(out, (uint64_t)w.body.len);
	strbuf_add(out, w.body.buf ? w.body.buf : "", w.body.len);
	put_u64(out, fxio_fnv1a(out->buf + start, out->len - start, 0));
	strbuf_free(&w.body);
	strmap_free(&w.ids);
	free(w.strs);
	return 0;
}

/* ---- reader: any inconsistency longjmps to fxio_read with a reason ---- */

typedef struct rd {
	const unsigned char *p, *end;
	fx_tu *tu;
	const char **strs;
	uint32_t nstrs;
	const char *why;
	jmp_buf fail;
} rd;

static void bad(rd *r, const char *why)
{
	r->why = why;
	longjmp(r->fail, 1);
}

static void need(rd *r, size_t n)
{
	if ((size_t)(r->end - r->p) < n)
		bad(r, "truncated");
}

static unsigned get_u8(rd *r)
{
	need(r, 1);
	return *r->p++;
}

static uint32_t get_u32(rd *r)
{
	need(r, 4);
	uint32_t v = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16 |
		     (uint32_t)r->p[3] << 24;
	r->p += 4;
	return v;
}

static uint64_t get_u64(rd *r)
{
	uint64_t lo = get_u32(r);
	return lo | (uint64_t)get_u32(r) << 32;
}

static const char *r_str(rd *r)
{
	uint32_t id = get_u32(r);
	if (id > r->nstrs)
		bad(r, "bad string reference");
	return id ? r->strs[id - 1] : NULL;
}

/* A count of elements of at least `min` bytes each must fit what is left. */
static uint32_t get_count(rd *r, size_t min)
{
	uint32_t n = get_u32(r);
	if ((size_t)n > (size_t)(r->end - r->p) / (min ? min : 1))
		bad(r, "count exceeds the data");
	return n;
}

static void *r_array(rd *r, uint32_t n, size_t size)
{
	return n ? arena_alloc(r->tu->arena, (size_t)n * size) : NULL;
}

static fx_loc r_loc(rd *r)
{
	fx_loc l;
	l.file = r_str(r);
	l.line = get_u32(r);
	l.col = get_u32(r);
	return l;
}

static fx_val r_val(rd *r)
{
	fx_val v;
	unsigned k = get_u8(r);
	if (k > FX_VAL_EQ)
		bad(r, "bad value kind");
	v.kind = (fx_val_kind)k;
	v.num = (long long)get_u64(r);
	v.path = r_str(r);
	v.text = r_str(r);
	return v;
}

static const char **r_strv(rd *r, uint32_t n)
{
	if (!get_u8(r))
		return NULL;
	const char **v = r_array(r, n, sizeof(char *));
	for (uint32_t i = 0; i < n; i++)
		v[i] = r_str(r);
	return v;
}

static void r_event(rd *r, fx_event *e)
{
	unsigned k = get_u8(r);
	if (k < FX_EV_CALL || k > FX_EV_RETURN)
		bad(r, "bad event kind");
	e->kind = (fx_ev_kind)k;
	e->loc = r_loc(r);
	switch (e->kind) {
	case FX_EV_CALL: {
		fx_call *c = &e->u.call;
		c->id = get_u32(r);
		c->callee = r_str(r);
		c->callee_name = r_str(r);
		c->target = r_val(r);
		c->nargs = get_count(r, 13);
		c->args = r_array(r, c->nargs, sizeof(fx_val));
		for (uint32_t i = 0; i < c->nargs; i++)
			c->args[i] = r_val(r);
		c->arg_roles = r_strv(r, c->nargs);
		c->arg_types = r_strv(r, c->nargs);
		break;
	}
	case FX_EV_ASSIGN:
		e->u.assign.lhs = r_str(r);
		e->u.assign.lhs_role = r_str(r);
		e->u.assign.lhs_type = r_str(r);
		e->u.assign.rhs = r_val(r);
		e->u.assign.is_init = get_u8(r) != 0;
		break;
	case FX_EV_RETURN:
		e->u.ret = r_val(r);
		break;
	}
}

static void r_function(rd *r, fx_function *f)
{
	f->key = r_str(r);
	f->name = r_str(r);
	f->loc = r_loc(r);
	unsigned flags = get_u8(r);
	f->is_definition = flags & 1;
	f->is_static = (flags >> 1) & 1;
	f->role = r_str(r);
	f->nannots = get_count(r, 13);
	f->annots = r_array(r, f->nannots, sizeof(fx_annot));
	for (uint32_t i = 0; i < f->nannots; i++) {
		unsigned k = get_u8(r);
		if (k < FX_ANNOT_REQUIRES || k > FX_ANNOT_ALWAYS_FUNCTION_MIN)
			bad(r, "bad annotation kind");
		f->annots[i].kind = (fx_annot_kind)k;
		f->annots[i].level = (int)get_u32(r);
		f->annots[i].param = (int)get_u32(r);
		f->annots[i].arg = r_str(r);
	}
	f->nparams = get_count(r, 1);
	f->params = r_strv(r, f->nparams);
	f->param_types = r_strv(r, f->nparams);
	f->ret_type = r_str(r);
	f->ncalls = get_u32(r);
	f->nblocks = get_count(r, 20);
	f->blocks = r_array(r, f->nblocks, sizeof(fx_block));
	for (uint32_t b = 0; b < f->nblocks; b++) {
		fx_block *bl = &f->blocks[b];
		bl->loc = r_loc(r);
		bl->nsucc = get_count(r, 4);
		bl->succ = r_array(r, bl->nsucc, sizeof(uint32_t));
		for (uint32_t i = 0; i < bl->nsucc; i++)
			if ((bl->succ[i] = get_u32(r)) >= f->nblocks)
				bad(r, "successor out of range");
		{
			unsigned kb = get_u8(r);
			bl->cond.known = (kb & 1) != 0;
			bl->cond.is_unsigned = (kb & 2) != 0;
		}
		unsigned op = get_u8(r);
		if (op > FX_CMP_GE)
			bad(r, "bad comparison");
		bl->cond.op = (fx_cmp)op;
		bl->cond.lhs = r_val(r);
		bl->cond.rhs = r_val(r);
		bl->cond.text = r_str(r);
		bl->nevents = get_count(r, 13);
		bl->events = r_array(r, bl->nevents, sizeof(fx_event));
		for (uint32_t i = 0; i < bl->nevents; i++)
			r_event(r, &bl->events[i]);
	}
}

static void r_body(rd *r)
{
	fx_tu *tu = r->tu;
	const char *path = r_str(r);
	tu->path = path ? path : "";
	tu->parsed = get_u8(r) != 0;
	tu->nerrors = get_u32(r);
	tu->nincludes = get_count(r, 4);
	tu->includes = r_array(r, tu->nincludes, sizeof(char *));
	for (uint32_t i = 0; i < tu->nincludes; i++)
		if (!(tu->includes[i] = r_str(r)))
			bad(r, "null include");
	tu->ndiags = get_count(r, 17);
	tu->diags = r_array(r, tu->ndiags, sizeof(fx_diag));
	for (uint32_t i = 0; i < tu->ndiags; i++) {
		unsigned s = get_u8(r);
		if (s < FX_DIAG_WARNING || s > FX_DIAG_MSVC)
			bad(r, "bad diagnostic severity");
		tu->diags[i].severity = (fx_severity)s;
		tu->diags[i].loc = r_loc(r);
		tu->diags[i].message = r_str(r);
	}
	tu->ninits = get_count(r, 13);
	tu->inits = r_array(r, tu->ninits, sizeof(fx_event));
	for (uint32_t i = 0; i < tu->ninits; i++)
		r_event(r, &tu->inits[i]);
	tu->nfuncs = get_count(r, 20);
	tu->funcs = r_array(r, tu->nfuncs, sizeof(fx_function));
	for (uint32_t i = 0; i < tu->nfuncs; i++)
		r_function(r, &tu->funcs[i]);
	if (r->p != r->end)
		bad(r, "trailing bytes");
}

int fxio_read(fx_tu **out, const void *data, size_t len, char *err, size_t errsize)
{
	/* volatile: these change between setjmp and a possible longjmp */
	rd *volatile r = xcalloc(1, sizeof(rd));
	const unsigned char *p = data;
	*out = NULL;
	r->p = p;
	r->end = p + len;
	if (setjmp(r->fail)) {
		snprintf(err, errsize, "not a valid facts file: %s", r->why);
		fx_tu_free(r->tu);
		free(r->strs);
		free(r);
		return -1;
	}
	if (len < sizeof(MAGIC) + 8 + 8 + 8 || memcmp(p, MAGIC, sizeof(MAGIC)) != 0)
		bad(r, "no ddicheck facts header");
	r->p += sizeof(MAGIC);
	if (get_u32(r) != FXIO_VERSION)
		bad(r, "written by another facts format version");
	/* the checksum covers everything before it */
	const unsigned char *sum = p + len - 8;
	uint64_t stored = 0;
	for (int i = 7; i >= 0; i--)
		stored = stored << 8 | sum[i];
	if (fxio_fnv1a(p, len - 8, 0) != stored)
		bad(r, "checksum mismatch");
	r->end = sum;
	r->tu = fx_tu_new("");
	r->nstrs = get_count(r, 4);
	r->strs = xcalloc((size_t)r->nstrs + 1, sizeof(char *));
	for (uint32_t i = 0; i < r->nstrs; i++) {
		uint32_t n = get_u32(r);
		need(r, n);
		if (memchr(r->p, '\0', n))
			bad(r, "NUL in a string");
		r->strs[i] = arena_strndup(r->tu->arena, (const char *)r->p, n);
		r->p += n;
	}
	uint64_t blen = get_u64(r);
	if (blen != (uint64_t)(r->end - r->p))
		bad(r, "body length mismatch");
	r_body(r);
	*out = r->tu;
	free(r->strs);
	free(r);
	return 0;
}
