#include "report/report.h"

#include <errno.h>

void report_put_escaped(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch < 0x20 || ch == 0x7f)
			fprintf(f, "\\x%02x", ch);
		else
			fputc(ch, f);
	}
}

static void put_loc(FILE *f, const fx_loc *loc)
{
	report_put_escaped(f, loc->file ? loc->file : "<unknown>");
	fprintf(f, ":%u:%u: ", loc->line, loc->col);
}

int report_text(FILE *f, const finding_list *l, const report_options *o)
{
	const char *bold = o && o->color ? "\033[1m" : "";
	const char *red = o && o->color ? "\033[1;31m" : "";
	const char *mag = o && o->color ? "\033[1;35m" : "";
	const char *cyan = o && o->color ? "\033[1;36m" : "";
	const char *off = o && o->color ? "\033[0m" : "";
	for (size_t i = 0; i < l->count; i++) {
		const finding *fd = l->items[i];
		fputs(bold, f);
		put_loc(f, &fd->loc);
		fprintf(f, "%s%s%s: %s[%s] ", off, fd->level == FINDING_ERROR ? red : mag,
			finding_level_name(fd->level), bold, fd->rule);
		report_put_escaped(f, fd->message);
		fprintf(f, "%s\n", off);
		for (size_t n = 0; n < fd->nnotes; n++) {
			fputs(bold, f);
			put_loc(f, &fd->notes[n].loc);
			fprintf(f, "%s%snote:%s ", off, cyan, off);
			report_put_escaped(f, fd->notes[n].message);
			fputc('\n', f);
		}
	}
	if (fflush(f) != 0 || ferror(f))
		return -1;
	return 0;
}
