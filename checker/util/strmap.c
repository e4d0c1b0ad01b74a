#include "util/strmap.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

unsigned long strmap_hash(const char *s)
{
	unsigned long h = 1469598103934665603UL;   /* FNV-1a */
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211UL;
	}
	return h;
}

static strmap_entry *find(const strmap *m, const char *key)
{
	if (!m->cap)
		return NULL;
	size_t i = strmap_hash(key) & (m->cap - 1);
	for (;;) {
		strmap_entry *e = &m->slots[i];
		if (!e->key || strcmp(e->key, key) == 0)
			return e;
		i = (i + 1) & (m->cap - 1);
	}
}

static void rehash(strmap *m)
{
	strmap old = *m;
	m->cap = old.cap ? old.cap * 2 : 16;
	m->slots = xcalloc(m->cap, sizeof(strmap_entry));
	m->count = 0;
	for (size_t i = 0; i < old.cap; i++)
		if (old.slots[i].key)
			strmap_put(m, old.slots[i].key, old.slots[i].value);
	free(old.slots);
}

void *strmap_get(const strmap *m, const char *key)
{
	strmap_entry *e = find(m, key);
	return e && e->key ? e->value : NULL;
}

int strmap_has(const strmap *m, const char *key)
{
	strmap_entry *e = find(m, key);
	return e && e->key;
}

void strmap_put(strmap *m, const char *key, void *value)
{
	if ((m->count + 1) * 4 >= m->cap * 3)
		rehash(m);
	strmap_entry *e = find(m, key);
	if (!e->key) {
		e->key = key;
		m->count++;
	}
	e->value = value;
}

int strmap_merge(strmap *dst, const strmap *src)
{
	int changed = 0;
	for (size_t s = 0; s < src->cap; s++)
		if (src->slots[s].key && !strmap_has(dst, src->slots[s].key)) {
			strmap_put(dst, src->slots[s].key, src->slots[s].value);
			changed = 1;
		}
	return changed;
}

void strmap_free(strmap *m)
{
	free(m->slots);
	m->slots = NULL;
	m->cap = m->count = 0;
}
