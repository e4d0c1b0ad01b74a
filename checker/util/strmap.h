/* strmap: open-addressing hash map from NUL-terminated string keys to
 * pointers.  Keys are not copied: the caller keeps them alive as long as the
 * map (in ddicheck they live in an arena).  Values are not owned. */
#ifndef DDICHECK_STRMAP_H
#define DDICHECK_STRMAP_H

#include <stddef.h>

typedef struct strmap_entry {
	const char *key;
	void *value;
} strmap_entry;

typedef struct strmap {
	strmap_entry *slots;
	size_t cap, count;
} strmap;

#define STRMAP_INIT { NULL, 0, 0 }

void *strmap_get(const strmap *m, const char *key);        /* NULL if absent */
int strmap_has(const strmap *m, const char *key);
void strmap_put(strmap *m, const char *key, void *value);  /* replaces */
void strmap_free(strmap *m);
/* Puts every key of src that dst lacks (with src's value); true when any. */
int strmap_merge(strmap *dst, const strmap *src);
/* Iteration: for (size_t i = 0; i < m.cap; i++) if (m.slots[i].key) ... */

unsigned long strmap_hash(const char *s);

#endif
