/* kb_tsv: cell escaping for the KB files (see kb_tsv.h). */
#include "kb/kb_tsv.h"

#include <string.h>

void kb_tsv_put(FILE *f, const char *s)
{
	if (!s) {
		fputc('-', f);
		return;
	}
	if (strcmp(s, "-") == 0) {
		fputs("\\-", f);
		return;
	}
	for (; *s; s++) {
		switch (*s) {
		case '\t': fputs("\\t", f); break;
		case '\n': fputs("\\n", f); break;
		case '\r': fputs("\\r", f); break;
		case '\\': fputs("\\\\", f); break;
		default: fputc(*s, f); break;
		}
	}
}

int kb_tsv_split(char *line, char **cells, int max)
{
	int n = 0;
	char *p = line;
	for (;;) {
		if (n == max)
			return -1;
		char *start = p, *w = p;
		while (*p && *p != '\t') {
			if (*p == '\\') {
				p++;
				switch (*p) {
				case 't': *w++ = '\t'; break;
				case 'n': *w++ = '\n'; break;
				case 'r': *w++ = '\r'; break;
				case '\\': *w++ = '\\'; break;
				case '-': *w++ = '-'; break;
				default: return -1;
				}
				p++;
			} else {
				*w++ = *p++;
			}
		}
		char sep = *p;
		*w = '\0';
		/* a bare "-" (not "\-") is none */
		cells[n++] = (w - start == 1 && start[0] == '-' && p - start == 1) ? NULL : start;
		if (!sep)
			return n;
		p++;
	}
}
