/* strbuf: a growable NUL-terminated string.  The caller owns the buffer;
 * strbuf_free() releases it, strbuf_detach() hands it over. */
#ifndef DDICHECK_STRBUF_H
#define DDICHECK_STRBUF_H

#include <stddef.h>

typedef struct strbuf {
	char *buf;
	size_t len, cap;
} strbuf;

#define STRBUF_INIT { NULL, 0, 0 }

void strbuf_add(strbuf *sb, const char *s, size_t n);
void strbuf_puts(strbuf *sb, const char *s);
void strbuf_putc(strbuf *sb, char c);
void strbuf_printf(strbuf *sb, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void strbuf_reset(strbuf *sb);
const char *strbuf_str(const strbuf *sb);   /* "" when empty */
char *strbuf_detach(strbuf *sb);            /* caller frees */
void strbuf_free(strbuf *sb);

#endif
