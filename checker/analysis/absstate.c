#include "analysis/absstate.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

void astate_init(astate *s)
{
	memset(s, 0, sizeof(*s));
	s->irql = IRQL_BOTTOM;
}

void astate_free(astate *s)
{
	free(s->slots);
	s->slots = NULL;
	s->n = s->cap = 0;
}

void astate_copy(astate *dst, const astate *src)
{
	slot *keep = dst->slots;
	size_t cap = dst->cap;
	*dst = *src;
	if (cap < src->n) {
		free(keep);
		cap = src->n ? src->n : 4;
		keep = xmalloc(cap * sizeof(slot));
	}
	dst->slots = keep;
	dst->cap = cap;
	if (src->n)
		memcpy(dst->slots, src->slots, src->n * sizeof(slot));
}

av av_other(void)
{
	av v;
	memset(&v, 0, sizeof(v));
	v.saved = IRQL_BOTTOM;
	v.special = AV_OTHER;
	v.lock = AV_LOCK_FREE;
	return v;
}

av av_default(const astate *s, const char *path)
{
	av v = av_other();
	if (path[0] == 'L' || (path[0] == 'G' && !s->globals_unknown)) {
		/* only the variable itself: what a never-written pointer points to is unknown */
		if (!strpbrk(path, ">^"))
			v.special = AV_UNINIT;
	}
	return v;
}

static const char *same_or_null(const char *a, const char *b)
{
	return a == b ? a : NULL;
}

av av_join(av a, av b)
{
	av r = a;
	r.saved = irql_join(a.saved, b.saved);
	r.hbits = a.hbits | b.hbits;
	r.special = a.special | b.special;
	r.token = a.token ? a.token : b.token;
	r.hid = same_or_null(a.hid, b.hid) ? a.hid : (a.hid ? a.hid : b.hid);
	r.status_of = same_or_null(a.status_of, b.status_of);
	r.addr = same_or_null(a.addr, b.addr);
	r.from = same_or_null(a.from, b.from);
	r.cur_irql = a.cur_irql && b.cur_irql;
	r.lock = a.lock | b.lock;
	r.saved_at_entry = a.saved_at_entry && b.saved_at_entry;
	r.acq_mixed = a.acq_mixed || b.acq_mixed || (a.acquirer && b.acquirer && strcmp(a.acquirer, b.acquirer) != 0);
	if (!r.acquirer) {
		r.acquirer = b.acquirer;
		r.lloc = b.lloc;
	}
	r.flag_level = a.flag_level == b.flag_level ? a.flag_level : 0;
	r.flag_mask = a.flag_level == b.flag_level ? (a.flag_mask & b.flag_mask) : 0;
	r.eq_level = a.eq_level == b.eq_level ? a.eq_level : 0;
	r.try_lock = same_or_null(a.try_lock, b.try_lock);
	r.try_by = r.try_lock ? a.try_by : NULL;
	if (!r.wloc.file)
		r.wloc = b.wloc;
	if (!r.destroyer) {
		r.destroyer = b.destroyer;
		r.dloc = b.dloc;
	}
	return r;
}

bool av_equal(const av *a, const av *b)
{
	return irql_equal(a->saved, b->saved) && a->hbits == b->hbits && a->special == b->special &&
	       a->hid == b->hid &&
	       a->token == b->token && a->status_of == b->status_of && a->addr == b->addr &&
	       a->from == b->from &&
	       a->cur_irql == b->cur_irql && a->lock == b->lock && a->flag_level == b->flag_level &&
	       a->flag_mask == b->flag_mask && a->eq_level == b->eq_level && a->acq_mixed == b->acq_mixed &&
	       a->try_lock == b->try_lock && a->saved_at_entry == b->saved_at_entry;
}

static int find(const astate *s, const char *path, size_t *pos)
{
	size_t lo = 0, hi = s->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (s->slots[mid].path == path) {
			*pos = mid;
			return 1;
		}
		if ((uintptr_t)s->slots[mid].path < (uintptr_t)path)
			lo = mid + 1;
		else
			hi = mid;
	}
	*pos = lo;
	return 0;
}

const av *astate_get(const astate *s, const char *path)
{
	size_t pos;
	return find(s, path, &pos) ? &s->slots[pos].v : NULL;
}

av astate_read(const astate *s, const char *path)
{
	const av *v = astate_get(s, path);
	return v ? *v : av_default(s, path);
}

bool astate_trackable(const char *path)
{
	unsigned derefs = 0;
	size_t n = 0;
	for (const char *p = path; *p; p++, n++)
		if (*p == '>' || *p == '^')
			derefs++;
	return derefs <= ASTATE_MAX_DEREFS && n <= ASTATE_MAX_PATH;
}

/* A value that says no more than the default of its path. */
static bool uninformative(const astate *s, const char *path, const av *v)
{
	av d = av_default(s, path);
	return av_equal(v, &d) && !v->wloc.file && !v->destroyer && !v->acquirer;
}

void astate_set(astate *s, const char *path, av v)
{
	size_t pos;
	if (!astate_trackable(path) || uninformative(s, path, &v)) {
		/* deep paths (list links walked in loops) would grow without end;
		   default values need no slot */
		astate_remove(s, path);
		return;
	}
	if (find(s, path, &pos)) {
		s->slots[pos].v = v;
		return;
	}
	VEC_GROW(s->slots, s->n, s->cap);
	memmove(&s->slots[pos + 1], &s->slots[pos], (s->n - pos) * sizeof(slot));
	s->slots[pos].path = path;
	s->slots[pos].v = v;
	s->n++;
}

void astate_remove(astate *s, const char *path)
{
	size_t pos;
	if (!find(s, path, &pos))
		return;
	memmove(&s->slots[pos], &s->slots[pos + 1], (s->n - pos - 1) * sizeof(slot));
	s->n--;
}

void astate_add_dead(astate *s, const char *hid, const char *destroyer, fx_loc loc)
{
	if (!hid || astate_find_dead(s, hid) || s->ndead >= ASTATE_MAX_DEAD)
		return;
	s->dead[s->ndead].hid = hid;
	s->dead[s->ndead].destroyer = destroyer;
	s->dead[s->ndead].loc = loc;
	s->ndead++;
}

const struct astate_dead *astate_find_dead(const astate *s, const char *hid)
{
	for (unsigned i = 0; hid && i < s->ndead; i++)
		if (s->dead[i].hid == hid)
			return &s->dead[i];
	return NULL;
}

void astate_kill_below(astate *s, const char *path)
{
	size_t len = strlen(path), out = 0;
	for (size_t i = 0; i < s->n; i++) {
		const char *p = s->slots[i].path;
		if (p != path && fx_path_has_prefix(p, path) && strlen(p) > len)
			continue;
		s->slots[out++] = s->slots[i];
	}
	s->n = out;
}

bool astate_join(astate *dst, const astate *src)
{
	if (!src->reached)
		return false;
	if (!dst->reached) {
		astate_copy(dst, src);
		return true;
	}
	bool changed = false;
	irql_range ir = irql_join(dst->irql, src->irql);
	if (!irql_equal(ir, dst->irql)) {
		changed = true;
		if (src->irql.hi > dst->irql.hi) {
			dst->irql_loc = src->irql_loc;
			dst->irql_by = src->irql_by;
		}
		dst->irql = ir;
	}
	if (src->irql_unknown && !dst->irql_unknown)
		dst->irql_unknown = changed = true;
	if (src->globals_unknown && !dst->globals_unknown)
		dst->globals_unknown = changed = true;
	if (src->irql_changed && !dst->irql_changed)
		dst->irql_changed = changed = true;
	for (unsigned i = 0; i < src->ndead; i++)
		if (!astate_find_dead(dst, src->dead[i].hid) && dst->ndead < ASTATE_MAX_DEAD) {
			astate_add_dead(dst, src->dead[i].hid, src->dead[i].destroyer, src->dead[i].loc);
			changed = true;
		}

	/* merge two sorted slot arrays; a path missing on one side has its default there */
	slot *merged = xmalloc((dst->n + src->n + 1) * sizeof(slot));
	size_t i = 0, j = 0, m = 0;
	while (i < dst->n || j < src->n) {
		slot out;
		if (j >= src->n || (i < dst->n && (uintptr_t)dst->slots[i].path < (uintptr_t)src->slots[j].path)) {
			out = dst->slots[i++];
			av d = av_default(src, out.path);
			av nv = av_join(out.v, d);
			if (!av_equal(&nv, &out.v))
				changed = true;
			out.v = nv;
		} else if (i >= dst->n || (uintptr_t)src->slots[j].path < (uintptr_t)dst->slots[i].path) {
			out = src->slots[j++];
			out.v = av_join(av_default(dst, out.path), out.v);
			changed = true;
		} else {
			out = dst->slots[i];
			av nv = av_join(dst->slots[i].v, src->slots[j].v);
			if (!av_equal(&nv, &out.v))
				changed = true;
			out.v = nv;
			i++;
			j++;
		}
		merged[m++] = out;
	}
	free(dst->slots);
	dst->slots = merged;
	dst->n = m;
	dst->cap = dst->n + src->n + 1;
	return changed;
}

bool astate_equal(const astate *a, const astate *b)
{
	if (a->reached != b->reached)
		return false;
	if (!a->reached)
		return true;
	if (!irql_equal(a->irql, b->irql) || a->irql_unknown != b->irql_unknown ||
	    a->irql_changed != b->irql_changed || a->ndead != b->ndead ||
	    a->globals_unknown != b->globals_unknown || a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (a->slots[i].path != b->slots[i].path || !av_equal(&a->slots[i].v, &b->slots[i].v))
			return false;
	for (unsigned i = 0; i < a->ndead; i++)
		if (!astate_find_dead(b, a->dead[i].hid))
			return false;
	return true;
}

static uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
	return h;
}

uint64_t av_hash(const av *v)
{
	uint64_t h = mix(0, (uintptr_t)v->hid);
	h = mix(h, v->hbits);
	h = mix(h, ((uint64_t)v->flag_mask << 32) ^ ((uint64_t)v->flag_level << 40) ^
		   ((uint64_t)v->eq_level << 48) ^ ((uint64_t)v->acq_mixed << 56));
	h = mix(h, ((uint64_t)v->lock << 28) | ((uint64_t)v->cur_irql << 24) | ((uint64_t)v->special << 16) |
		   ((uint64_t)v->saved.lo << 8) | v->saved.hi);
	h = mix(h, (uintptr_t)v->token ^ ((uintptr_t)v->status_of << 1) ^ ((uintptr_t)v->addr << 2) ^
		   ((uintptr_t)v->from << 3));
	return mix(h, (uintptr_t)v->try_lock ^ ((uint64_t)v->saved_at_entry << 1));
}

uint64_t astate_delta_hash(const astate *from, const astate *to, const char *ignore)
{
	uint64_t h = mix(0, to->reached);
	if (!irql_equal(from->irql, to->irql) || from->irql_changed != to->irql_changed)
		h = mix(h, ((uint64_t)to->irql.lo << 8) | to->irql.hi | ((uint64_t)to->irql_changed << 16));
	size_t i = 0, j = 0;
	while (i < from->n || j < to->n) {
		const char *p;
		av a, b;
		if (j >= to->n || (i < from->n && (uintptr_t)from->slots[i].path < (uintptr_t)to->slots[j].path)) {
			p = from->slots[i].path;
			a = from->slots[i++].v;
			b = av_default(to, p);
		} else if (i >= from->n || (uintptr_t)to->slots[j].path < (uintptr_t)from->slots[i].path) {
			p = to->slots[j].path;
			b = to->slots[j++].v;
			a = av_default(from, p);
		} else {
			p = from->slots[i].path;
			a = from->slots[i++].v;
			b = to->slots[j++].v;
		}
		if (p != ignore && !av_equal(&a, &b))
			h = mix(h, (uintptr_t)p ^ av_hash(&b));
	}
	return h;
}

uint64_t astate_hash(const astate *s)
{
	uint64_t h = mix(0, s->reached);
	h = mix(h, ((uint64_t)s->irql.lo << 8) | s->irql.hi);
	h = mix(h, ((uint64_t)s->irql_changed << 2) | ((uint64_t)s->irql_unknown << 1) | s->globals_unknown);
	uint64_t dh = 0;
	for (unsigned i = 0; i < s->ndead; i++)
		dh ^= (uintptr_t)s->dead[i].hid;   /* order-free */
	h = mix(h, dh);
	for (size_t i = 0; i < s->n; i++)
		h = mix(h, (uintptr_t)s->slots[i].path ^ av_hash(&s->slots[i].v));
	return h;
}

/* ---- bounded disjunctions ----------------------------------------------------- */

void aset_init(aset *a)
{
	memset(a, 0, sizeof(*a));
}

void aset_clear(aset *a)
{
	for (size_t i = 0; i < a->n; i++)
		astate_free(&a->s[i]);
	a->n = 0;
}

void aset_free(aset *a)
{
	aset_clear(a);
	free(a->s);
	a->s = NULL;
	a->cap = 0;
}

void aset_copy(aset *dst, const aset *src)
{
	aset_clear(dst);
	for (size_t i = 0; i < src->n; i++) {
		VEC_GROW(dst->s, dst->n, dst->cap);
		astate_init(&dst->s[dst->n]);
		astate_copy(&dst->s[dst->n++], &src->s[i]);
	}
}

/* How unlike two states are: the slots whose values differ, and the IRQL. */
static size_t distance(const astate *a, const astate *b)
{
	size_t d = irql_equal(a->irql, b->irql) ? 0 : 4;
	size_t i = 0, j = 0;
	while (i < a->n || j < b->n) {
		if (j >= b->n || (i < a->n && (uintptr_t)a->slots[i].path < (uintptr_t)b->slots[j].path)) {
			i++;
			d++;
		} else if (i >= a->n || (uintptr_t)b->slots[j].path < (uintptr_t)a->slots[i].path) {
			j++;
			d++;
		} else {
			if (!av_equal(&a->slots[i].v, &b->slots[j].v))
				d++;
			i++;
			j++;
		}
	}
	return d;
}

/* Is s covered by e: would joining it into e change nothing?  (The test
 * astate_join makes, without building the joined state.) */
static bool covered(const astate *e, const astate *s)
{
	if (!irql_equal(irql_join(e->irql, s->irql), e->irql) || (s->irql_unknown && !e->irql_unknown) ||
	    (s->globals_unknown && !e->globals_unknown) || (s->irql_changed && !e->irql_changed))
		return false;
	for (unsigned i = 0; i < s->ndead; i++)
		if (!astate_find_dead(e, s->dead[i].hid) && e->ndead < ASTATE_MAX_DEAD)
			return false;
	size_t i = 0, j = 0;
	while (i < e->n || j < s->n) {
		av ev, sv;
		if (j >= s->n || (i < e->n && (uintptr_t)e->slots[i].path < (uintptr_t)s->slots[j].path)) {
			ev = e->slots[i].v;
			sv = av_default(s, e->slots[i].path);
			i++;
		} else if (i >= e->n || (uintptr_t)s->slots[j].path < (uintptr_t)e->slots[i].path) {
			return false;   /* join adds the slot */
		} else {
			ev = e->slots[i].v;
			sv = s->slots[j].v;
			i++;
			j++;
		}
		av nv = av_join(ev, sv);
		if (!av_equal(&nv, &ev))
			return false;
	}
	return true;
}

bool aset_take(aset *a, astate *s)
{
	if (!s->reached) {
		astate_free(s);
		return false;
	}
	for (size_t i = 0; i < a->n; i++)
		if (covered(&a->s[i], s)) {
			astate_free(s);
			return false;
		}
	if (a->n < ASET_MAX) {
		VEC_GROW(a->s, a->n, a->cap);
		a->s[a->n++] = *s;
		astate_init(s);
		return true;
	}
	size_t best = 0, bd = (size_t)-1;
	for (size_t i = 0; i < a->n; i++) {
		size_t d = distance(&a->s[i], s);
		if (d < bd) {
			bd = d;
			best = i;
		}
	}
	bool changed = astate_join(&a->s[best], s);
	astate_free(s);
	return changed;
}

bool aset_add(aset *a, const astate *s)
{
	if (!s->reached)
		return false;
	astate t;
	astate_init(&t);
	astate_copy(&t, s);
	return aset_take(a, &t);
}

void aset_join_all(const aset *a, astate *dst)
{
	astate_free(dst);
	astate_init(dst);
	for (size_t i = 0; i < a->n; i++)
		astate_join(dst, &a->s[i]);
}
