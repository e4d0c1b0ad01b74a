/* kb_role: the naming conventions that tie a callback pointer type to the
 * role type (the nc- page) it points at.  Shared by the importer (to fill the
 * role of structure fields) and the loader (kb_role_of_type for any type). */
#include "kb/kb_model.h"

#include <stdio.h>
#include <string.h>

/* Removes the first "_HANDLER" from S into BUF ("BIND_HANDLER_EX" ->
 * "BIND_EX", "MINIPORT_HALT_HANDLER" -> "MINIPORT_HALT"); NULL if none. */
static const char *drop_handler(const char *s, char *buf, size_t size)
{
	const char *h = strstr(s, "_HANDLER");
	if (!h || (size_t)snprintf(buf, size, "%.*s%s", (int)(h - s), s, h + 8) >= size)
		return NULL;
	return buf;
}

const char *kb_role_by_convention(const char *type,
				  const char *(*is_cb)(const void *ctx, const char *name),
				  const void *ctx, char *buf, size_t bufsize)
{
	const char *r;
	char tmp[256];
	if (!type || !*type)
		return NULL;
	if ((r = is_cb(ctx, type)))                      /* the role type itself */
		return r;
	if (drop_handler(type, buf, bufsize) && (r = is_cb(ctx, buf)))
		return r;
	if (type[0] == 'P' && type[1]) {
		if ((r = is_cb(ctx, type + 1)))          /* PKDEFERRED_ROUTINE */
			return r;
		if (drop_handler(type + 1, buf, bufsize) && (r = is_cb(ctx, buf)))
			return r;
	}
	if (strncmp(type, "PFN_", 4) == 0 && type[4]) {  /* PFN_WDF_X -> EVT_WDF_X */
		if ((size_t)snprintf(tmp, sizeof(tmp), "EVT_%s", type + 4) < sizeof(tmp) &&
		    (r = is_cb(ctx, tmp)))
			return r;
	}
	return NULL;
}
