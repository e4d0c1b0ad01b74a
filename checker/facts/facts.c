#include "facts/facts.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

fx_tu *fx_tu_new(const char *path)
{
	arena *a = arena_new();
	fx_tu *tu = arena_alloc(a, sizeof(fx_tu));
	tu->arena = a;
	tu->path = arena_strdup(a, path);
	return tu;
}

void fx_tu_free(fx_tu *tu)
{
	if (tu)
		arena_free(tu->arena);   /* tu itself lives in its arena */
}

size_t fx_path_root_len(const char *path)
{
	size_t i = 0;
	/* the root runs to the first selector; "::" inside a static's key is part of it */
	while (path[i]) {
		char c = path[i];
		if (c == '.' || c == '>' || c == '[' || c == '^')
			break;
		i++;
	}
	return i;
}

bool fx_path_has_prefix(const char *path, const char *prefix)
{
	size_t n = strlen(prefix);
	if (strncmp(path, prefix, n) != 0)
		return false;
	char c = path[n];
	return c == '\0' || c == '.' || c == '>' || c == '[' || c == '^';
}

const char *fx_path_subst_root(arena *a, const char *path, const char *root, const fx_val *val)
{
	size_t rl = strlen(root);
	if (strncmp(path, root, rl) != 0 || fx_path_root_len(path) != rl)
		return NULL;
	const char *rest = path + rl;
	if (val->kind == FX_VAL_PATH && val->path)
		return arena_printf(a, "%s%s", val->path, rest);
	if (val->kind == FX_VAL_ADDR && val->path) {
		if (rest[0] == '>')
			return arena_printf(a, "%s.%s", val->path, rest + 1);
		if (rest[0] == '^')
			return arena_printf(a, "%s%s", val->path, rest + 1);
		if (rest[0] == '[' && rest[1] == ']')
			return arena_printf(a, "%s%s", val->path, rest + 2);
		return NULL;   /* the address itself, not an object */
	}
	return NULL;
}

const char *fx_path_next_field(const char *path, size_t *pos, size_t *len)
{
	size_t i = *pos ? *pos : fx_path_root_len(path);
	for (; path[i]; i++) {
		if (path[i] != '.' && path[i] != '>')
			continue;
		size_t j = i + 1;
		while (path[j] && !strchr(".>[]^", path[j]))
			j++;
		if (j > i + 1) {
			*pos = j;
			*len = j - i - 1;
			return path + i + 1;
		}
	}
	*pos = i;
	return NULL;
}

const char *fx_path_last_field(const char *path, size_t *len)
{
	const char *last = NULL;
	for (const char *p = path; *p; p++)
		if (*p == '.' || *p == '>')
			last = p + 1;
	if (!last)
		return NULL;
	size_t n = 0;
	while (last[n] && last[n] != '.' && last[n] != '>' && last[n] != '[' && last[n] != '^')
		n++;
	if (len)
		*len = n;
	return last;
}

const char *fx_val_describe(const fx_val *v)
{
	if (v->text)
		return v->text;
	if (v->path)
		return v->path;
	return "?";
}
