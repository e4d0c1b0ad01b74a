/* fe_etw: an instrumentation manifest made the header mc writes (fe_etw.h). */
#include "frontend/fe_etw.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "util/strbuf.h"
#include "util/xalloc.h"

/* EtwWrite and EventWriteTransfer take at most 128 data descriptors (the
 * EtwWrite page's STATUS_INVALID_PARAMETER). */
enum { ETW_DATA_MAX = 128 };

/* A named value of the manifest (channel, level, opcode, task, keyword). */
typedef struct etw_def {
	char *name;
	uint64_t value;
	const xmlNode *task;    /* an opcode defined inside this task, or NULL */
} etw_def;

typedef struct etw_defs {
	etw_def *v;
	size_t n, cap;
} etw_defs;

typedef struct etw_state {
	fe_gen_error *err;
	strbuf *out;
	bool um;
	etw_defs chans, levels, opcodes, tasks, keywords;
} etw_state;

static int fail(etw_state *st, const xmlNode *at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	long line = at ? xmlGetLineNo(at) : 0;
	st->err->line = line > 0 ? (unsigned)line : 0;
	vsnprintf(st->err->message, sizeof(st->err->message), fmt, ap);
	va_end(ap);
	return -1;
}

static void defs_free(etw_defs *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->v[i].name);
	free(d->v);
	memset(d, 0, sizeof(*d));
}

static void defs_put(etw_defs *d, const char *name, uint64_t value, const xmlNode *task)
{
	etw_def e = { xstrdup(name), value, task };
	VEC_PUSH(d->v, d->n, d->cap, e);
}

/* The last definition of `name` (a task's own opcodes first when `task`). */
static const etw_def *defs_find(const etw_defs *d, const char *name, const xmlNode *task)
{
	const etw_def *any = NULL;
	for (size_t i = d->n; i-- > 0;) {
		if (strcmp(d->v[i].name, name))
			continue;
		if (task && d->v[i].task == task)
			return &d->v[i];
		if (!d->v[i].task && !any)
			any = &d->v[i];
	}
	return any;
}

/* The element's local name (the manifest's default namespace is not
 * checked: a manifest is read by what its elements are called). */
static bool is(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static const xmlNode *child(const xmlNode *n, const char *name)
{
	for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
		if (is(c, name))
			return c;
	return NULL;
}

/* An attribute, trimmed, or NULL.  Caller frees. */
static char *attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	if (!v)
		return NULL;
	char *s = (char *)v, *e = s + strlen(s);
	while (*s && isspace((unsigned char)*s))
		s++;
	while (e > s && isspace((unsigned char)e[-1]))
		e--;
	char *r = xmalloc((size_t)(e - s) + 1);
	memcpy(r, s, (size_t)(e - s));
	r[e - s] = '\0';
	xmlFree(v);
	return r;
}

/* A name made a C identifier: every other character '_', a '_' before a
 * leading digit.  mc's own rule is not documented; Eventdrv's provider
 * "Sample Driver" is registered as EventRegisterSample_Driver, which this
 * gives (ddicheck's choice).  Caller frees. */
static char *c_name(const char *s)
{
	strbuf sb = STRBUF_INIT;
	if (!*s || isdigit((unsigned char)*s))
		strbuf_putc(&sb, '_');
	for (; *s; s++)
		strbuf_putc(&sb, isalnum((unsigned char)*s) ? *s : '_');
	return strbuf_detach(&sb);
}

/* A number of the schema: decimal, or hex with 0x; at most `max`. */
static int number(etw_state *st, const xmlNode *at, const char *what, const char *s, uint64_t max, uint64_t *out)
{
	char *end = NULL;
	if (!s || !isdigit((unsigned char)s[0]))
		return fail(st, at, "%s '%s' is not a number", what, s ? s : "");
	errno = 0;
	unsigned long long v = strtoull(s, &end, 0);
	if (*end || errno == ERANGE || v > max)
		return fail(st, at, "%s '%s' is not a number of at most 0x%llX", what, s, (unsigned long long)max);
	*out = v;
	return 0;
}

/* A symbol attribute: absent, or a C identifier. */
static int symbol(etw_state *st, const xmlNode *n, char **out)
{
	*out = attr(n, "symbol");
	if (*out && **out && !fe_include_is_c_ident(*out))
		return fail(st, n, "symbol '%s' is not a C identifier", *out);
	if (*out && !**out) {
		free(*out);
		*out = NULL;
	}
	return 0;
}

/* The winmeta.xml names an event may use without defining them: the
 * levels, opcodes, tasks and keywords of "Event Manifest schema" /
 * winmeta.h. */
static void winmeta(etw_state *st)
{
	static const struct {
		const char *name;
		uint64_t v;
	} levels[] = { { "win:LogAlways", 0 }, { "win:Critical", 1 },	   { "win:Error", 2 },
		       { "win:Warning", 3 },   { "win:Informational", 4 }, { "win:Verbose", 5 } },
	  opcodes[] = { { "win:Info", 0 },   { "win:Start", 1 },  { "win:Stop", 2 },    { "win:DC_Start", 3 },
			{ "win:DC_Stop", 4 }, { "win:Extension", 5 }, { "win:Reply", 6 },  { "win:Resume", 7 },
			{ "win:Suspend", 8 }, { "win:Send", 9 },    { "win:Receive", 240 } },
	  keywords[] = { { "win:AnyKeyword", 0 },
			 { "win:ResponseTime", 0x01000000000000ull },
			 { "win:WDIContext", 0x02000000000000ull },
			 { "win:WDIDiag", 0x04000000000000ull },
			 { "win:SQM", 0x08000000000000ull },
			 { "win:AuditFailure", 0x10000000000000ull },
			 { "win:CorrelationHint", 0x10000000000000ull },
			 { "win:AuditSuccess", 0x20000000000000ull },
			 { "win:EventlogClassic", 0x80000000000000ull } };
	for (size_t i = 0; i < sizeof(levels) / sizeof(levels[0]); i++)
		defs_put(&st->levels, levels[i].name, levels[i].v, NULL);
	for (size_t i = 0; i < sizeof(opcodes) / sizeof(opcodes[0]); i++)
		defs_put(&st->opcodes, opcodes[i].name, opcodes[i].v, NULL);
	for (size_t i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++)
		defs_put(&st->keywords, keywords[i].name, keywords[i].v, NULL);
	defs_put(&st->tasks, "win:None", 0, NULL);
}

/* One <level>, <opcode>, <task> or <keyword> (value attribute `vattr`,
 * at most `max`): remembered by name, its symbol #defined. */
static int definition(etw_state *st, const xmlNode *n, etw_defs *d, const char *vattr, uint64_t max,
		      const xmlNode *task)
{
	int rc = -1;
	char *name = attr(n, "name"), *val = attr(n, vattr), *sym = NULL;
	uint64_t v = 0;
	if (!name || !*name) {
		fail(st, n, "<%s> without a name", (const char *)n->name);
		goto cleanup;
	}
	if (number(st, n, vattr, val, max, &v) != 0 || symbol(st, n, &sym) != 0)
		goto cleanup;
	defs_put(d, name, v, task);
	if (sym)
		strbuf_printf(st->out, "#define %s 0x%llx\n", sym, (unsigned long long)v);
	rc = 0;
cleanup:
	free(name);
	free(val);
	free(sym);
	return rc;
}

/* The channels, in order.  A <channel> without a value gets 16 plus its
 * place among the channels (the values below 16 are Microsoft's, the
 * EVENT_DESCRIPTOR page says; which one mc picks is not documented:
 * ddicheck's choice); an <importChannel> of System, Application or
 * Security gets winmeta's 8, 9 or 10, another import the same rule. */
static int channels(etw_state *st, const xmlNode *list)
{
	unsigned next = 16;
	for (const xmlNode *c = list ? list->children : NULL; c; c = c->next) {
		bool imp = is(c, "importChannel");
		if (!imp && !is(c, "channel"))
			continue;
		int rc = -1;
		char *chid = attr(c, "chid"), *name = attr(c, "name"), *val = attr(c, "value"), *sym = NULL;
		uint64_t v = next;
		if (!name || !*name) {
			fail(st, c, "<%s> without a name", (const char *)c->name);
			goto next;
		}
		if (val && number(st, c, "channel value", val, 255, &v) != 0)
			goto next;
		if (!val && imp) {
			const char *b = !strncmp(name, "win:", 4) ? name + 4 : name;
			v = !strcmp(b, "System") ? 8 : !strcmp(b, "Application") ? 9 : !strcmp(b, "Security") ? 10 : v;
		}
		if (!val && v == next)
			next++;
		if (symbol(st, c, &sym) != 0)
			goto next;
		/* an event names its channel by chid, or by name */
		defs_put(&st->chans, chid && *chid ? chid : name, v, NULL);
		if (chid && *chid)
			defs_put(&st->chans, name, v, NULL);
		if (sym)
			strbuf_printf(st->out, "#define %s 0x%llx\n", sym, (unsigned long long)v);
		rc = 0;
	next:
		free(chid);
		free(name);
		free(val);
		free(sym);
		if (rc != 0)
			return -1;
	}
	return 0;
}

/* One parameter of EventWrite<Symbol>: its C declaration and how its
 * bytes are described. */
typedef struct etw_param {
	char *cname;             /* the parameter's name */
	char *decl;              /* "const ULONG Length" */
	char *ptr, *size;        /* EventDataDescCreate's 2nd and 3rd arguments */
	char *data_name;         /* the <data>'s name, for count/length */
} etw_param;

typedef struct etw_params {
	etw_param *v;
	size_t n, cap;
} etw_params;

static void params_free(etw_params *p)
{
	for (size_t i = 0; i < p->n; i++) {
		free(p->v[i].cname);
		free(p->v[i].decl);
		free(p->v[i].ptr);
		free(p->v[i].size);
		free(p->v[i].data_name);
	}
	free(p->v);
	memset(p, 0, sizeof(*p));
}

/* The C type of a scalar inType and whether it is a string (the types of
 * "InputType complex type"; the C types are ddicheck's reading of their
 * sizes). */
static const char *in_type(const char *t, int *kind)
{
	static const struct {
		const char *name, *c;
		int kind;        /* 0 scalar, 1 NUL-ended wide string, 2 NUL-ended string, 3 bytes by pointer */
	} types[] = {
		{ "win:UnicodeString", "PCWSTR", 1 },   { "win:AnsiString", "PCSTR", 2 },
		{ "win:Int8", "CHAR", 0 },		{ "win:UInt8", "UCHAR", 0 },
		{ "win:Int16", "SHORT", 0 },		{ "win:UInt16", "USHORT", 0 },
		{ "win:Int32", "LONG", 0 },		{ "win:UInt32", "ULONG", 0 },
		{ "win:HexInt32", "ULONG", 0 },		{ "win:Int64", "LONGLONG", 0 },
		{ "win:UInt64", "ULONGLONG", 0 },	{ "win:HexInt64", "ULONGLONG", 0 },
		{ "win:Float", "float", 0 },		{ "win:Double", "double", 0 },
		{ "win:Boolean", "LONG", 0 },		{ "win:Pointer", "PVOID", 0 },
		{ "win:GUID", "GUID", 3 },		{ "win:FILETIME", "LARGE_INTEGER", 3 },
		{ "win:SYSTEMTIME", "void", 3 },	{ "win:SID", "void", 3 },
		{ "win:Binary", "UCHAR", 3 },		{ "win:CountedUnicodeString", "WCHAR", 3 },
		{ "win:CountedAnsiString", "CHAR", 3 }, { "win:CountedBinary", "UCHAR", 3 },
	};
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (!strcmp(t, types[i].name)) {
			*kind = types[i].kind;
			return types[i].c;
		}
	return NULL;
}

/* A count or length: a number, or the name of an earlier <data> of the
 * template (its parameter's value).  Caller frees *expr. */
static int extent(etw_state *st, const xmlNode *n, const char *what, const char *v, const etw_params *ps, char **expr)
{
	if (isdigit((unsigned char)v[0])) {
		uint64_t k;
		if (number(st, n, what, v, 0xFFFF, &k) != 0)
			return -1;
		strbuf sb = STRBUF_INIT;
		strbuf_printf(&sb, "%llu", (unsigned long long)k);
		*expr = strbuf_detach(&sb);
		return 0;
	}
	for (size_t i = 0; i < ps->n; i++)
		if (ps->v[i].data_name && !strcmp(ps->v[i].data_name, v)) {
			strbuf sb = STRBUF_INIT;
			strbuf_printf(&sb, "(ULONG)%s", ps->v[i].cname);
			*expr = strbuf_detach(&sb);
			return 0;
		}
	return fail(st, n, "%s '%s' names no earlier data of the template", what, v);
}

/* A parameter name not yet used in the function (Activity and EventData
 * are the function's own; a repeated name gets _2, _3...). */
static char *param_name(const char *raw, const etw_params *ps)
{
	char *base = c_name(raw);
	strbuf sb = STRBUF_INIT;
	strbuf_puts(&sb, base);
	for (unsigned k = 2;; k++) {
		bool used = !strcmp(strbuf_str(&sb), "Activity") || !strcmp(strbuf_str(&sb), "EventData");
		for (size_t i = 0; !used && i < ps->n; i++)
			used = !strcmp(ps->v[i].cname, strbuf_str(&sb));
		if (!used)
			break;
		strbuf_reset(&sb);
		strbuf_printf(&sb, "%s_%u", base, k);
	}
	free(base);
	return strbuf_detach(&sb);
}

static int template_data(etw_state *st, const xmlNode *d, etw_params *ps);

/* A <struct> of a template: ddicheck passes it as one pointer to its bytes
 * (how mc lays out a structure's parameters is not documented here:
 * ddicheck's choice), its members checked as data. */
static int template_struct(etw_state *st, const xmlNode *s, etw_params *ps)
{
	char *name = attr(s, "name");
	if (!name || !*name) {
		free(name);
		return fail(st, s, "<struct> without a name");
	}
	etw_params inner = { 0 };
	int rc = 0;
	for (const xmlNode *c = s->children; c && rc == 0; c = c->next)
		if (is(c, "data") || is(c, "struct"))
			rc = template_data(st, c, &inner);
	params_free(&inner);
	if (rc != 0) {
		free(name);
		return -1;
	}
	etw_param p = { .cname = param_name(name, ps), .data_name = name };
	strbuf sb = STRBUF_INIT;
	strbuf_printf(&sb, "_In_opt_ const void *%s", p.cname);
	p.decl = strbuf_detach(&sb);
	p.ptr = xstrdup(p.cname);
	p.size = xstrdup("0");
	VEC_PUSH(ps->v, ps->n, ps->cap, p);
	return 0;
}

/* One <data> (or <struct>) of a template as a parameter. */
static int template_data(etw_state *st, const xmlNode *d, etw_params *ps)
{
	if (ps->n >= ETW_DATA_MAX)
		return fail(st, d, "more than %d data items in a template (EtwWrite takes at most %d)", ETW_DATA_MAX,
			    ETW_DATA_MAX);
	if (is(d, "struct"))
		return template_struct(st, d, ps);
	int rc = -1, kind = 0;
	char *name = attr(d, "name"), *t = attr(d, "inType"), *count = attr(d, "count"), *length = attr(d, "length");
	char *cnt = NULL, *len = NULL;
	strbuf decl = STRBUF_INIT, ptr = STRBUF_INIT, size = STRBUF_INIT;
	const char *ct = t ? in_type(t, &kind) : NULL;
	if (!name || !*name) {
		fail(st, d, "<data> without a name");
		goto cleanup;
	}
	if (!ct) {
		fail(st, d, "data '%s': inType '%s' is not a type of the manifest schema", name, t ? t : "");
		goto cleanup;
	}
	if (count && *count && extent(st, d, "count", count, ps, &cnt) != 0)
		goto cleanup;
	if (length && *length && extent(st, d, "length", length, ps, &len) != 0)
		goto cleanup;
	char *cname = param_name(name, ps);
	if (cnt) {
		/* an array: a pointer to its elements (strings: their sizes are
		   not summed, ddicheck's choice) */
		strbuf_printf(&decl, "_In_reads_(%s) const %s *%s", cnt, kind == 3 && !strcmp(ct, "void") ? "UCHAR" : ct,
			      cname);
		strbuf_puts(&ptr, cname);
		if (kind == 1 || kind == 2)
			strbuf_puts(&size, "0");
		else
			strbuf_printf(&size, "(ULONG)(%s * sizeof(*%s))", cnt, cname);
	} else if (kind == 1 || kind == 2) {
		strbuf_printf(&decl, "_In_opt_ %s %s", ct, cname);
		strbuf_puts(&ptr, cname);
		if (len)
			strbuf_printf(&size, "(ULONG)(%s * sizeof(%s))", len, kind == 1 ? "WCHAR" : "CHAR");
		else
			strbuf_printf(&size, "(ULONG)(%s ? (%s(%s) + 1) * sizeof(%s) : 0)", cname,
				      kind == 1 ? "wcslen" : "strlen", cname, kind == 1 ? "WCHAR" : "CHAR");
	} else if (kind == 3) {
		strbuf_printf(&decl, "_In_opt_ const %s *%s", ct, cname);
		strbuf_puts(&ptr, cname);
		if (len)
			strbuf_puts(&size, len);
		else if (!strcmp(ct, "void"))
			strbuf_puts(&size, "0");
		else
			strbuf_printf(&size, "(ULONG)sizeof(%s)", ct);
	} else {
		strbuf_printf(&decl, "_In_ const %s %s", ct, cname);
		strbuf_printf(&ptr, "&%s", cname);
		strbuf_printf(&size, "(ULONG)sizeof(%s)", cname);
	}
	etw_param p = { cname, strbuf_detach(&decl), strbuf_detach(&ptr), strbuf_detach(&size), name };
	name = NULL;
	VEC_PUSH(ps->v, ps->n, ps->cap, p);
	rc = 0;
cleanup:
	free(name);
	free(t);
	free(count);
	free(length);
	free(cnt);
	free(len);
	strbuf_free(&decl);
	strbuf_free(&ptr);
	strbuf_free(&size);
	return rc;
}

static const xmlNode *find_template(const xmlNode *prov, const char *tid)
{
	for (const xmlNode *t = child(child(prov, "templates"), "template"); t; t = t->next) {
		if (!is(t, "template"))
			continue;
		char *id = attr(t, "tid");
		bool hit = id && !strcmp(id, tid);
		free(id);
		if (hit)
			return t;
	}
	return NULL;
}

/* A name an event gives (level="win:Error"): its value. */
static int lookup(etw_state *st, const xmlNode *ev, const char *what, const etw_defs *d, const char *name,
		  const xmlNode *task, uint64_t *v)
{
	const etw_def *e = defs_find(d, name, task);
	if (!e)
		return fail(st, ev, "the event's %s '%s' is not defined in the manifest", what, name);
	*v = e->value;
	return 0;
}

static const xmlNode *find_task(const xmlNode *prov, const char *name)
{
	for (const xmlNode *t = child(child(prov, "tasks"), "task"); t; t = t->next) {
		if (!is(t, "task"))
			continue;
		char *n = attr(t, "name");
		bool hit = n && !strcmp(n, name);
		free(n);
		if (hit)
			return t;
	}
	return NULL;
}

/* One <event>: its EVENT_DESCRIPTOR, EventWrite<Symbol> and
 * EventEnabled<Symbol>.  An event without a symbol has nothing a driver
 * can name and is only checked. */
static int event(etw_state *st, const xmlNode *prov, const xmlNode *ev, const char *handle)
{
	int rc = -1;
	char *val = attr(ev, "value"), *ver = attr(ev, "version"), *chan = attr(ev, "channel");
	char *lvl = attr(ev, "level"), *op = attr(ev, "opcode"), *task = attr(ev, "task");
	char *kws = attr(ev, "keywords"), *tid = attr(ev, "template"), *sym = NULL;
	uint64_t id = 0, version = 0, c = 0, l = 0, o = 0, t = 0, k = 0;
	etw_params ps = { 0 };
	if (number(st, ev, "event value", val, 0xFFFF, &id) != 0 || symbol(st, ev, &sym) != 0)
		goto cleanup;
	if (ver && number(st, ev, "event version", ver, 0xFF, &version) != 0)
		goto cleanup;
	if (chan && *chan && lookup(st, ev, "channel", &st->chans, chan, NULL, &c) != 0)
		goto cleanup;
	if (lvl && *lvl && lookup(st, ev, "level", &st->levels, lvl, NULL, &l) != 0)
		goto cleanup;
	if (task && *task && lookup(st, ev, "task", &st->tasks, task, NULL, &t) != 0)
		goto cleanup;
	if (op && *op && lookup(st, ev, "opcode", &st->opcodes, op, task ? find_task(prov, task) : NULL, &o) != 0)
		goto cleanup;
	for (char *save = NULL, *w = kws ? strtok_r(kws, " \t\r\n", &save) : NULL; w;
	     w = strtok_r(NULL, " \t\r\n", &save)) {
		uint64_t m;
		if (lookup(st, ev, "keyword", &st->keywords, w, NULL, &m) != 0)
			goto cleanup;
		k |= m;
	}
	if (tid && *tid) {
		const xmlNode *tp = find_template(prov, tid);
		if (!tp) {
			fail(st, ev, "the event's template '%s' is not defined in the manifest", tid);
			goto cleanup;
		}
		for (const xmlNode *d = tp->children; d; d = d->next)
			if ((is(d, "data") || is(d, "struct")) && template_data(st, d, &ps) != 0)
				goto cleanup;
	}
	if (!sym) {
		rc = 0;
		goto cleanup;
	}
	strbuf *o_ = st->out;
	strbuf_printf(o_, "\n// Event %s: id %llu, version %llu%s%s\n", sym, (unsigned long long)id,
		      (unsigned long long)version, tid && *tid ? ", template " : "", tid && *tid ? tid : "");
	strbuf_printf(o_,
		      "EXTERN_C DECLSPEC_SELECTANY const EVENT_DESCRIPTOR %s =\n"
		      "    { 0x%llx, 0x%llx, 0x%llx, 0x%llx, 0x%llx, 0x%llx, 0x%llxULL };\n",
		      sym, (unsigned long long)id, (unsigned long long)version, (unsigned long long)c,
		      (unsigned long long)l, (unsigned long long)o, (unsigned long long)t, (unsigned long long)k);
	strbuf_printf(o_, "#define EventEnabled%s() (%s(%s, &%s))\n", sym, st->um ? "EventEnabled" : "EtwEventEnabled",
		      handle, sym);
	strbuf_printf(o_, "FORCEINLINE %s EventWrite%s(\n    _In_opt_ LPCGUID Activity", st->um ? "ULONG" : "NTSTATUS",
		      sym);
	for (size_t i = 0; i < ps.n; i++)
		strbuf_printf(o_, ",\n    %s", ps.v[i].decl);
	strbuf_puts(o_, ")\n{\n");
	if (ps.n) {
		strbuf_printf(o_, "    EVENT_DATA_DESCRIPTOR EventData[%zu];\n", ps.n);
		for (size_t i = 0; i < ps.n; i++)
			strbuf_printf(o_, "    EventDataDescCreate(&EventData[%zu], %s, %s);\n", i, ps.v[i].ptr, ps.v[i].size);
	}
	if (st->um)
		strbuf_printf(o_, "    return EventWriteTransfer(%s, &%s, Activity, NULL, %zu, %s);\n}\n", handle, sym, ps.n,
			      ps.n ? "EventData" : "NULL");
	else
		strbuf_printf(o_, "    return EtwWrite(%s, &%s, Activity, %zu, %s);\n}\n", handle, sym, ps.n,
			      ps.n ? "EventData" : "NULL");
	rc = 0;
cleanup:
	params_free(&ps);
	free(val);
	free(ver);
	free(chan);
	free(lvl);
	free(op);
	free(task);
	free(kws);
	free(tid);
	free(sym);
	return rc;
}

/* One <provider>: its definitions, then its events and registration. */
static int provider(etw_state *st, const xmlNode *p)
{
	int rc = -1;
	char *name = attr(p, "name"), *guid = attr(p, "guid"), *sym = NULL, *pname = NULL;
	strbuf handle = STRBUF_INIT, gsym = STRBUF_INIT;
	unsigned char g[16];
	defs_free(&st->chans);
	defs_free(&st->levels);
	defs_free(&st->opcodes);
	defs_free(&st->tasks);
	defs_free(&st->keywords);
	winmeta(st);
	if (!name || !*name) {
		fail(st, p, "<provider> without a name");
		goto cleanup;
	}
	if (!guid || !fe_include_parse_guid(guid, g)) {
		fail(st, p, "provider '%s': guid '%s' is not a GUID", name, guid ? guid : "");
		goto cleanup;
	}
	if (symbol(st, p, &sym) != 0)
		goto cleanup;
	pname = c_name(name);
	/* the GUID's name when the provider has no symbol, and the handle's
	   name, are ddicheck's choice */
	strbuf_puts(&gsym, sym ? sym : pname);
	if (!sym)
		strbuf_puts(&gsym, "_Provider");
	strbuf_printf(&handle, "%sHandle", pname);
	strbuf *o = st->out;
	strbuf_printf(o, "\n// Provider \"%s\" %s\n", name, guid);
	strbuf_printf(o,
		      "EXTERN_C DECLSPEC_SELECTANY const GUID %s =\n"
		      "    { 0x%02x%02x%02x%02x, 0x%02x%02x, 0x%02x%02x, { 0x%02x, 0x%02x, 0x%02x, 0x%02x, 0x%02x, "
		      "0x%02x, 0x%02x, 0x%02x } };\n",
		      strbuf_str(&gsym), g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8], g[9], g[10], g[11], g[12],
		      g[13], g[14], g[15]);
	strbuf_printf(o, "EXTERN_C DECLSPEC_SELECTANY REGHANDLE %s = (REGHANDLE)0;\n", strbuf_str(&handle));
	if (channels(st, child(p, "channels")) != 0)
		goto cleanup;
	for (const xmlNode *c = child(child(p, "levels"), "level"); c; c = c->next)
		if (is(c, "level") && definition(st, c, &st->levels, "value", 0xFF, NULL) != 0)
			goto cleanup;
	for (const xmlNode *c = child(child(p, "opcodes"), "opcode"); c; c = c->next)
		if (is(c, "opcode") && definition(st, c, &st->opcodes, "value", 0xFF, NULL) != 0)
			goto cleanup;
	for (const xmlNode *c = child(child(p, "tasks"), "task"); c; c = c->next) {
		if (!is(c, "task"))
			continue;
		if (definition(st, c, &st->tasks, "value", 0xFFFF, NULL) != 0)
			goto cleanup;
		for (const xmlNode *x = child(child(c, "opcodes"), "opcode"); x; x = x->next)
			if (is(x, "opcode") && definition(st, x, &st->opcodes, "value", 0xFF, c) != 0)
				goto cleanup;
	}
	for (const xmlNode *c = child(child(p, "keywords"), "keyword"); c; c = c->next)
		if (is(c, "keyword") && definition(st, c, &st->keywords, "mask", UINT64_MAX, NULL) != 0)
			goto cleanup;
	for (const xmlNode *e = child(child(p, "events"), "event"); e; e = e->next)
		if (is(e, "event") && event(st, p, e, strbuf_str(&handle)) != 0)
			goto cleanup;
	if (st->um) {
		strbuf_printf(o,
			      "\nFORCEINLINE ULONG EventRegister%s(VOID)\n"
			      "{\n    return EventRegister(&%s, NULL, NULL, &%s);\n}\n",
			      pname, strbuf_str(&gsym), strbuf_str(&handle));
		strbuf_printf(o,
			      "FORCEINLINE ULONG EventUnregister%s(VOID)\n"
			      "{\n    ULONG Error = EventUnregister(%s);\n    %s = (REGHANDLE)0;\n    return Error;\n}\n",
			      pname, strbuf_str(&handle), strbuf_str(&handle));
	} else {
		strbuf_printf(o,
			      "\n_IRQL_requires_(PASSIVE_LEVEL)\nFORCEINLINE NTSTATUS EventRegister%s(VOID)\n"
			      "{\n    return EtwRegister(&%s, NULL, NULL, &%s);\n}\n",
			      pname, strbuf_str(&gsym), strbuf_str(&handle));
		strbuf_printf(o,
			      "_IRQL_requires_(PASSIVE_LEVEL)\nFORCEINLINE NTSTATUS EventUnregister%s(VOID)\n"
			      "{\n    NTSTATUS Status = EtwUnregister(%s);\n    %s = (REGHANDLE)0;\n    return Status;\n}\n",
			      pname, strbuf_str(&handle), strbuf_str(&handle));
	}
	rc = 0;
cleanup:
	free(name);
	free(guid);
	free(sym);
	free(pname);
	strbuf_free(&handle);
	strbuf_free(&gsym);
	return rc;
}

int fe_etw_header(const char *name, const char *text, size_t len, const fe_etw_opts *opts, strbuf *out,
		  fe_gen_error *err)
{
	int rc = -1;
	etw_state st = { .err = err, .out = out, .um = opts && opts->user_mode };
	memset(err, 0, sizeof(*err));
	xmlParserCtxt *ctx = xmlNewParserCtxt();
	xmlDoc *doc = NULL;
	if (!ctx) {
		fail(&st, NULL, "out of memory reading the manifest");
		goto cleanup;
	}
	if (len > INT32_MAX) {
		fail(&st, NULL, "the manifest is too large");
		goto cleanup;
	}
	/* no network, no entity substitution, no messages on stderr */
	doc = xmlCtxtReadMemory(ctx, text, (int)len, name, NULL,
				XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		const xmlError *e = xmlCtxtGetLastError(ctx);
		err->line = e && e->line > 0 ? (unsigned)e->line : 0;
		snprintf(err->message, sizeof(err->message), "not well-formed XML: %s",
			 e && e->message ? e->message : "unknown error");
		/* libxml's message ends in a newline */
		size_t n = strlen(err->message);
		while (n && (err->message[n - 1] == '\n' || err->message[n - 1] == '\r'))
			err->message[--n] = '\0';
		goto cleanup;
	}
	const xmlNode *root = xmlDocGetRootElement(doc);
	if (!is(root, "instrumentationManifest")) {
		fail(&st, root, "the root element is <%s>, not <instrumentationManifest>",
		     root ? (const char *)root->name : "");
		goto cleanup;
	}
	strbuf_printf(out, "// ddicheck: the header the message compiler (mc %s) writes from %s\n",
		      st.um ? "-um" : "-km", name);
	strbuf_puts(out, "#pragma once\n");
	/* what the text below names: <wdm.h> for the EtwXxx routines (with
	   <evntprov.h>), <string.h> for the string sizes (ddicheck's choice) */
	strbuf_printf(out, "#include <%s>\n#include <string.h>\n", st.um ? "evntprov.h" : "wdm.h");
	const xmlNode *events = child(child(root, "instrumentation"), "events");
	for (const xmlNode *p = child(events, "provider"); p; p = p->next)
		if (is(p, "provider") && provider(&st, p) != 0)
			goto cleanup;
	rc = 0;
cleanup:
	defs_free(&st.chans);
	defs_free(&st.levels);
	defs_free(&st.opcodes);
	defs_free(&st.tasks);
	defs_free(&st.keywords);
	if (doc)
		xmlFreeDoc(doc);
	if (ctx)
		xmlFreeParserCtxt(ctx);
	return rc;
}

