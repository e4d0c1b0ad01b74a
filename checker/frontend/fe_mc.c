/* fe_mc: a message text file made the header mc writes (fe_mc.h). */
#include "frontend/fe_mc.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/strbuf.h"
#include "util/xalloc.h"

/* A name list's bound: facilities have 12 bits, severities 2; a file with
 * more names is not a message file, and lookups stay cheap. */
enum { MC_NAMES_MAX = 4096 };

typedef struct mc_name {
	char *name;
	uint32_t value;
	char *sym;               /* the ":name" of SeverityNames/FacilityNames, or NULL */
} mc_name;

typedef struct mc_names {
	mc_name *v;
	size_t n, cap;
} mc_names;

/* The keywords, compared in any letter case. */
typedef enum mc_kw {
	KW_NONE, KW_TYPEDEF, KW_SEVNAMES, KW_FACNAMES, KW_LANGNAMES, KW_OUTBASE,
	KW_ID, KW_SEV, KW_FAC, KW_SYM, KW_LANG
} mc_kw;

/* Where the parser is: after a keyword, after its '=', or inside a
 * parenthesised name list (name '=' number [':' name]). */
typedef enum mc_expect {
	EX_KEY, EX_EQ, EX_VAL, EX_PLUS_NUM, EX_LIST_OPEN, EX_LIST_NAME, EX_LIST_EQ, EX_LIST_NUM, EX_LIST_COLON,
	EX_LIST_SYM
} mc_expect;

/* A message definition being read: its id is resolved once its facility is
 * known (at its first Language block, or when it ends). */
typedef struct mc_msg {
	bool open;
	unsigned line;
	enum { ID_NEXT, ID_PLUS, ID_SET } id_mode;
	uint32_t id_num;
	char *sym;
	bool have_text;
	strbuf text;             /* the first language's text, for the comment */
} mc_msg;

typedef struct mc_state {
	const fe_mc_opts *opts;
	strbuf *out;
	fe_gen_error *err;
	unsigned line;
	mc_names sev, fac, lang;
	char *type;              /* MessageIdTypedef, or NULL */
	unsigned base;           /* OutputBase: 16 or 10 */
	uint32_t cur_sev, cur_fac;
	uint32_t *last;          /* last id per facility (4096) */
	bool codes_written;      /* the facility and severity defines */
	bool after_msg;          /* a message was written before its next MessageId */
	mc_expect ex;
	mc_kw kw;                /* the keyword whose value is awaited */
	mc_names *list;          /* the list being read */
	mc_name entry;           /* its entry being read */
	mc_msg msg;
} mc_state;

static int fail(mc_state *st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	st->err->line = st->line;
	vsnprintf(st->err->message, sizeof(st->err->message), fmt, ap);
	va_end(ap);
	return -1;
}

static void names_free(mc_names *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].sym);
	}
	free(l->v);
}

static mc_name *names_find(mc_names *l, const char *name)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcasecmp(l->v[i].name, name))
			return &l->v[i];
	return NULL;
}

/* Adds an entry, or replaces the one of that name (a file's FacilityNames
 * can give System another value than the default).  Takes e's strings. */
static int names_put(mc_state *st, mc_names *l, mc_name *e)
{
	mc_name *old = names_find(l, e->name);
	if (old) {
		free(old->name);
		free(old->sym);
		*old = *e;
	} else if (l->n >= MC_NAMES_MAX) {
		free(e->name);
		free(e->sym);
		memset(e, 0, sizeof(*e));
		return fail(st, "more than %d names in one list", MC_NAMES_MAX);
	} else {
		VEC_PUSH(l->v, l->n, l->cap, *e);
	}
	memset(e, 0, sizeof(*e));
	return 0;
}

static void names_default(mc_names *l, const char *name, uint32_t value)
{
	mc_name e = { xstrdup(name), value, NULL };
	VEC_PUSH(l->v, l->n, l->cap, e);
}

/* A C integer constant (0x.., 0.., decimal), the whole token. */
static int number(mc_state *st, const char *tok, uint32_t *out)
{
	char *end = NULL;
	if (!isdigit((unsigned char)tok[0]))
		return fail(st, "'%s' is not a number", tok);
	unsigned long long v = strtoull(tok, &end, 0);
	if (*end || v > 0xFFFFFFFFull)
		return fail(st, "'%s' is not a number of 32 bits", tok);
	*out = (uint32_t)v;
	return 0;
}

static mc_kw keyword(const char *tok)
{
	static const struct {
		const char *name;
		mc_kw kw;
	} kws[] = {
		{ "MessageIdTypedef", KW_TYPEDEF }, { "SeverityNames", KW_SEVNAMES }, { "FacilityNames", KW_FACNAMES },
		{ "LanguageNames", KW_LANGNAMES },  { "OutputBase", KW_OUTBASE },     { "MessageId", KW_ID },
		{ "Severity", KW_SEV },             { "Facility", KW_FAC },           { "SymbolicName", KW_SYM },
		{ "Language", KW_LANG },
	};
	for (size_t i = 0; i < sizeof(kws) / sizeof(kws[0]); i++)
		if (!strcasecmp(tok, kws[i].name))
			return kws[i].kw;
	return KW_NONE;
}

static void put_hex_or_dec(mc_state *st, uint32_t v)
{
	if (st->base == 10)
		strbuf_printf(st->out, "%u", v);
	else
		strbuf_printf(st->out, "0x%X", v);
}

/* The facility and severity codes that have symbolic names, once, before
 * the first message (the pages do not say where mc puts them; here they
 * follow the file's header section, facilities first). */
static void write_codes(mc_state *st)
{
	if (st->codes_written)
		return;
	st->codes_written = true;
	const mc_names *lists[2] = { &st->fac, &st->sev };
	for (int k = 0; k < 2; k++)
		for (size_t i = 0; i < lists[k]->n; i++)
			if (lists[k]->v[i].sym) {
				strbuf_printf(st->out, "#define %s ", lists[k]->v[i].sym);
				put_hex_or_dec(st, lists[k]->v[i].value);
				strbuf_putc(st->out, '\n');
			}
}

/* The message's id, from its MessageId and its facility's last one.  An
 * empty MessageId on a facility's first message gives 1: the pages say
 * "the last value used for the facility plus one" and name none before
 * the first (ddicheck's choice). */
static int resolve_id(mc_state *st, uint32_t *id)
{
	uint32_t last = st->last[st->cur_fac];
	uint64_t v = st->msg.id_mode == ID_SET ? st->msg.id_num :
		     st->msg.id_mode == ID_PLUS ? (uint64_t)last + st->msg.id_num : (uint64_t)last + 1;
	if (v > 0xFFFF) {
		st->line = st->msg.line;
		return fail(st, "message id 0x%llX does not fit in 16 bits", (unsigned long long)v);
	}
	*id = (uint32_t)v;
	return 0;
}

/* Writes the open message (comment and #define) and closes it. */
static int flush_msg(mc_state *st)
{
	if (!st->msg.open)
		return 0;
	uint32_t id = 0;
	if (resolve_id(st, &id) != 0)
		return -1;
	st->last[st->cur_fac] = id;
	if (st->msg.sym) {
		uint32_t value = st->cur_sev << 30 | (st->opts && st->opts->customer ? 1u << 29 : 0) |
				 st->cur_fac << 16 | id;
		strbuf_printf(st->out, "//\n// MessageId: %s\n//\n// MessageText:\n//\n", st->msg.sym);
		const char *t = strbuf_str(&st->msg.text);
		while (*t) {
			const char *nl = strchr(t, '\n');
			size_t n = nl ? (size_t)(nl - t) : strlen(t);
			/* a backslash at the end would splice the next line into the comment */
			while (n && (t[n - 1] == '\\' || t[n - 1] == ' ' || t[n - 1] == '\t'))
				n--;
			strbuf_printf(st->out, "//  %.*s\n", (int)n, t);
			t += nl ? (size_t)(nl - t) + 1 : strlen(t);
		}
		strbuf_puts(st->out, "//\n");
		strbuf_printf(st->out, "#define %s ", st->msg.sym);
		if (st->type)
			strbuf_printf(st->out, "((%s)", st->type);
		if (st->base == 10)
			strbuf_printf(st->out, "%uL", value);
		else
			strbuf_printf(st->out, "0x%08XL", value);
		strbuf_puts(st->out, st->type ? ")\n\n" : "\n\n");
	}
	free(st->msg.sym);
	strbuf_free(&st->msg.text);
	memset(&st->msg, 0, sizeof(st->msg));
	return 0;
}

/* A keyword's value (tok), or the start of the next keyword when the value
 * is optional and left out (MessageId=, MessageIdTypedef=). */
static int value(mc_state *st, const char *tok, bool *again)
{
	*again = false;
	mc_kw next = keyword(tok);
	switch (st->kw) {
	case KW_TYPEDEF:
		free(st->type);
		st->type = NULL;
		if (next != KW_NONE) {
			*again = true;
			break;
		}
		if (!fe_include_is_c_ident(tok))
			return fail(st, "MessageIdTypedef '%s' is not a C identifier", tok);
		st->type = xstrdup(tok);
		break;
	case KW_ID:
		if (next != KW_NONE) {
			*again = true;
			break;
		}
		if (!strcmp(tok, "+")) {
			st->msg.id_mode = ID_PLUS;
			st->ex = EX_PLUS_NUM;
			return 0;
		}
		st->msg.id_mode = ID_SET;
		if (number(st, tok, &st->msg.id_num) != 0)
			return -1;
		break;
	case KW_OUTBASE: {
		uint32_t b;
		if (number(st, tok, &b) != 0)
			return -1;
		if (b != 10 && b != 16)
			return fail(st, "OutputBase %u: 10 or 16", b);
		st->base = b;
		break;
	}
	case KW_SEV:
	case KW_FAC: {
		mc_name *n = names_find(st->kw == KW_SEV ? &st->sev : &st->fac, tok);
		if (!n)
			return fail(st, "%s '%s' is not among the %s", st->kw == KW_SEV ? "Severity" : "Facility", tok,
				    st->kw == KW_SEV ? "SeverityNames" : "FacilityNames");
		if (st->kw == KW_SEV)
			st->cur_sev = n->value;
		else
			st->cur_fac = n->value;
		break;
	}
	case KW_SYM:
		if (!st->msg.open)
			return fail(st, "SymbolicName outside a message definition (no MessageId before it)");
		if (!fe_include_is_c_ident(tok))
			return fail(st, "SymbolicName '%s' is not a C identifier", tok);
		free(st->msg.sym);
		st->msg.sym = xstrdup(tok);
		break;
	default:
		return fail(st, "unexpected '%s'", tok);
	}
	st->ex = EX_KEY;
	return 0;
}

/* One token of a line outside message text. */
static int token(mc_state *st, const char *tok)
{
	bool again;
	do {
		again = false;
		switch (st->ex) {
		case EX_KEY:
			st->kw = keyword(tok);
			if (st->kw == KW_NONE)
				return fail(st, "'%s' is not a message-file keyword", tok);
			if (st->kw == KW_ID) {
				if (flush_msg(st) != 0)
					return -1;
				write_codes(st);
				st->msg.open = true;
				st->after_msg = false;
				st->msg.line = st->line;
				st->msg.id_mode = ID_NEXT;
			}
			st->ex = EX_EQ;
			break;
		case EX_EQ:
			if (strcmp(tok, "="))
				return fail(st, "'=' expected after the keyword, not '%s'", tok);
			st->ex = st->kw == KW_SEVNAMES || st->kw == KW_FACNAMES || st->kw == KW_LANGNAMES ? EX_LIST_OPEN :
											       EX_VAL;
			break;
		case EX_VAL:
			if (value(st, tok, &again) != 0)
				return -1;
			if (again)
				st->ex = EX_KEY;
			break;
		case EX_PLUS_NUM:
			if (number(st, tok, &st->msg.id_num) != 0)
				return -1;
			st->ex = EX_KEY;
			break;
		case EX_LIST_OPEN:
			if (strcmp(tok, "("))
				return fail(st, "'(' expected to open the name list, not '%s'", tok);
			st->list = st->kw == KW_SEVNAMES ? &st->sev : st->kw == KW_FACNAMES ? &st->fac : &st->lang;
			st->ex = EX_LIST_NAME;
			break;
		case EX_LIST_COLON:
			if (!strcmp(tok, ":")) {
				st->ex = EX_LIST_SYM;
				break;
			}
			if (names_put(st, st->list, &st->entry) != 0)
				return -1;
			st->ex = EX_LIST_NAME;
			again = true;
			break;
		case EX_LIST_NAME:
			if (!strcmp(tok, ")")) {
				st->ex = EX_KEY;
				break;
			}
			if (!fe_include_is_c_ident(tok))
				return fail(st, "'%s' is not a name in the name list", tok);
			st->entry.name = xstrdup(tok);
			st->ex = EX_LIST_EQ;
			break;
		case EX_LIST_EQ:
			if (strcmp(tok, "="))
				return fail(st, "'=' expected after '%s' in the name list", st->entry.name);
			st->ex = EX_LIST_NUM;
			break;
		case EX_LIST_NUM:
			if (number(st, tok, &st->entry.value) != 0)
				return -1;
			if (st->list == &st->sev && st->entry.value > 3)
				return fail(st, "severity %s=0x%X does not fit in 2 bits", st->entry.name, st->entry.value);
			if (st->list == &st->fac && st->entry.value > 0xFFF)
				return fail(st, "facility %s=0x%X does not fit in 12 bits", st->entry.name, st->entry.value);
			st->ex = EX_LIST_COLON;
			break;
		case EX_LIST_SYM:
			/* LanguageNames give a file name here, the others a C name */
			if (st->list != &st->lang && !fe_include_is_c_ident(tok))
				return fail(st, "'%s' is not a C identifier", tok);
			if (st->list != &st->lang)
				st->entry.sym = xstrdup(tok);
			if (names_put(st, st->list, &st->entry) != 0)
				return -1;
			st->ex = EX_LIST_NAME;
			break;
		}
	} while (again);
	return 0;
}

/* The tokens of one line: words, and = ( ) : + on their own; ';' ends the
 * line.  Returns 1 when the line ended a Language=NAME (its text follows). */
static int line_tokens(mc_state *st, const char *s, size_t n)
{
	char tok[256];
	size_t i = 0;
	while (i < n) {
		char ch = s[i];
		if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v') {
			i++;
			continue;
		}
		if (ch == ';')
			break;
		size_t k = 0;
		if (strchr("=():+", ch)) {
			tok[k++] = ch;
			i++;
		} else {
			while (i < n && !strchr(" \t\r\f\v=():+;", s[i])) {
				if (k + 1 >= sizeof(tok))
					return fail(st, "a word longer than %zu characters", sizeof(tok) - 1);
				tok[k++] = s[i++];
			}
		}
		tok[k] = '\0';
		bool lang_value = st->ex == EX_VAL && st->kw == KW_LANG;
		if (lang_value) {
			if (!st->msg.open && !st->after_msg)
				return fail(st, "Language outside a message definition (no MessageId before it)");
			if (!names_find(&st->lang, tok))
				return fail(st, "Language '%s' is not among the LanguageNames", tok);
			st->ex = EX_KEY;
			return 1;
		}
		if (token(st, tok) != 0)
			return -1;
	}
	return 0;
}

int fe_mc_header(const char *name, const char *text, size_t len, const fe_mc_opts *opts, strbuf *out,
		 fe_gen_error *err)
{
	int rc = -1;
	mc_state st = { .opts = opts, .out = out, .err = err, .base = 16, .cur_sev = 0, .cur_fac = 0xFFF };
	memset(err, 0, sizeof(*err));
	st.last = xcalloc(0x1000, sizeof(uint32_t));
	/* the defaults the pages give */
	names_default(&st.sev, "Success", 0);
	names_default(&st.sev, "Informational", 1);
	names_default(&st.sev, "Warning", 2);
	names_default(&st.sev, "Error", 3);
	names_default(&st.fac, "System", 0xFF);
	names_default(&st.fac, "Application", 0xFFF);
	names_default(&st.lang, "English", 1);
	strbuf_printf(out, "// ddicheck: the header the message compiler writes from %s\n", name);

	bool in_text = false, first_text = false;
	size_t pos = 0;
	while (pos < len) {
		const char *s = text + pos;
		const char *nl = memchr(s, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - s) : len - pos;
		pos += n + (nl ? 1 : 0);
		st.line++;
		if (memchr(s, '\0', n)) {
			fail(&st, "a NUL byte: not a message text file");
			goto cleanup;
		}
		size_t k = n;
		while (k && (s[k - 1] == '\r' || s[k - 1] == ' ' || s[k - 1] == '\t'))
			k--;
		if (in_text) {
			if (k == 1 && s[0] == '.') {
				in_text = false;
				st.msg.have_text = st.msg.have_text || first_text;
			} else if (first_text) {
				strbuf_add(&st.msg.text, s, k);
				strbuf_putc(&st.msg.text, '\n');
			}
			continue;
		}
		size_t lead = 0;
		while (lead < n && (s[lead] == ' ' || s[lead] == '\t'))
			lead++;
		if (lead < n && s[lead] == ';') {
			/* a message whose text was read is written before the
			   header lines that follow it (";#endif" after the last) */
			if (st.msg.open && st.msg.have_text && st.ex == EX_KEY) {
				if (flush_msg(&st) != 0)
					goto cleanup;
				st.after_msg = true;
			}
			/* a header line, as written after the ';' */
			size_t m = n - lead - 1;
			while (m && s[lead + 1 + m - 1] == '\r')
				m--;
			strbuf_add(out, s + lead + 1, m);
			strbuf_putc(out, '\n');
			continue;
		}
		int r = line_tokens(&st, s, n);
		if (r < 0)
			goto cleanup;
		if (r == 1) {
			in_text = true;
			first_text = st.msg.open && !st.msg.have_text;
		}
	}
	if (in_text) {
		fail(&st, "the message text is not ended by a line holding '.'");
		goto cleanup;
	}
	if (st.ex != EX_KEY) {
		fail(&st, "the file ends inside a %s", st.ex >= EX_LIST_OPEN ? "name list" : "keyword's value");
		goto cleanup;
	}
	if (flush_msg(&st) != 0)
		goto cleanup;
	write_codes(&st);
	rc = 0;
cleanup:
	names_free(&st.sev);
	names_free(&st.fac);
	names_free(&st.lang);
	free(st.entry.name);
	free(st.entry.sym);
	free(st.type);
	free(st.msg.sym);
	strbuf_free(&st.msg.text);
	free(st.last);
	return rc;
}

