/* fe_include: see fe_include.h. */
#include "frontend/fe_include.h"

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "util/xalloc.h"

void fe_strv_push(fe_strv *l, const char *s)
{
	VEC_PUSH(l->v, l->n, l->cap, xstrdup(s));
}

void fe_strv_free(fe_strv *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

/* dir and name joined by one '/'; "" is the current directory. */
static char *join(const char *dir, const char *name)
{
	strbuf sb = STRBUF_INIT;
	size_t n = strlen(dir);
	strbuf_printf(&sb, "%s%s%s", dir, n && dir[n - 1] != '/' ? "/" : "", name);
	return strbuf_detach(&sb);
}

/* The entry of dir equal to name but for letter case: FE_INC_FOUND with
 * *match, FE_INC_NONE or FE_INC_AMBIGUOUS. */
static int find_entry(const char *dir, const char *name, char **match)
{
	int count = 0;
	*match = NULL;
	DIR *d = opendir(*dir ? dir : ".");
	if (!d)
		return FE_INC_NONE;
	const struct dirent *de;
	while ((de = readdir(d)))
		if (strcasecmp(de->d_name, name) == 0 && ++count == 1)
			*match = xstrdup(de->d_name);
	closedir(d);
	if (count == 1)
		return FE_INC_FOUND;
	free(*match);
	*match = NULL;
	return count ? FE_INC_AMBIGUOUS : FE_INC_NONE;
}

int fe_include_find_ci(const char *dir, const char *name, char **found)
{
	int rc = FE_INC_NONE;
	struct stat st;
	char *copy = xstrdup(name), *save = NULL;
	*found = NULL;
	for (char *p = copy; *p; p++)
		if (*p == '\\')
			*p = '/';
	char *cur = xstrdup(copy[0] == '/' ? "/" : dir);
	bool any = false;
	for (char *comp = strtok_r(copy, "/", &save); comp; comp = strtok_r(NULL, "/", &save)) {
		char *next = join(cur, comp);
		any = true;
		if (strcmp(comp, ".") && strcmp(comp, "..") && stat(next, &st) != 0) {
			char *match = NULL;
			free(next);
			next = NULL;
			rc = find_entry(cur, comp, &match);
			if (rc != FE_INC_FOUND)
				goto cleanup;
			next = join(cur, match);
			free(match);
		}
		free(cur);
		cur = next;
	}
	/* a directory of that name is no header */
	if (!any || stat(cur, &st) != 0 || !S_ISREG(st.st_mode)) {
		rc = FE_INC_NONE;
		goto cleanup;
	}
	*found = cur;
	cur = NULL;
	rc = FE_INC_FOUND;
cleanup:
	free(cur);
	free(copy);
	return rc;
}

char *fe_include_missing_name(const char *msg)
{
	static const char tail[] = "' file not found";
	size_t n = msg ? strlen(msg) : 0, t = sizeof(tail) - 1;
	if (n < t + 2 || msg[0] != '\'' || strcmp(msg + n - t, tail) != 0)
		return NULL;
	char *name = xmalloc(n - t);
	memcpy(name, msg + 1, n - t - 1);
	name[n - t - 1] = '\0';
	return name;
}

bool fe_include_is_tmh(const char *name)
{
	size_t n = strlen(name);
	return n > 4 && strcasecmp(name + n - 4, ".tmh") == 0;
}

/* The value of option opt at args[*i] ("-Ifoo" or "-I" "foo"), advancing
 * *i past a separate value; NULL when args[*i] is not opt. */
static const char *opt_value(const char *const *args, size_t n, size_t *i, const char *opt)
{
	size_t k = strlen(opt);
	if (strncmp(args[*i], opt, k) != 0)
		return NULL;
	if (args[*i][k])
		return args[*i] + k;
	if (*i + 1 < n)
		return args[++*i];
	return NULL;
}

void fe_include_dirs(const char *const *args, size_t n, bool quoted, bool with_system, fe_strv *out)
{
	fe_strv quote = { 0 }, plain = { 0 }, sys = { 0 };
	for (size_t i = 0; i < n; i++) {
		const char *v;
		if (!args[i])
			continue;
		/* -iquote and -isystem before -I: none is a prefix of another,
		   but "-i..." options are all tested the same way */
		if ((v = opt_value(args, n, &i, "-iquote")))
			fe_strv_push(&quote, v);
		else if ((v = opt_value(args, n, &i, "-isystem")))
			fe_strv_push(&sys, v);
		else if ((v = opt_value(args, n, &i, "-I")))
			fe_strv_push(&plain, v);
	}
	if (quoted)
		for (size_t i = 0; i < quote.n; i++)
			fe_strv_push(out, quote.v[i]);
	for (size_t i = 0; i < plain.n; i++)
		fe_strv_push(out, plain.v[i]);
	for (size_t i = 0; with_system && i < sys.n; i++)
		fe_strv_push(out, sys.v[i]);
	fe_strv_free(&quote);
	fe_strv_free(&plain);
	fe_strv_free(&sys);
}

static const char *skip_sp(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

void fe_include_tmh_names(const char *text, size_t len, fe_strv *out)
{
	const char *p = text, *end = text + len;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			eol = end;
		const char *q = skip_sp(p, eol);
		if (q < eol && *q == '#') {
			q = skip_sp(q + 1, eol);
			if (eol - q > 7 && strncmp(q, "include", 7) == 0) {
				q = skip_sp(q + 7, eol);
				const char *close = q < eol && *q == '"' ? memchr(q + 1, '"', (size_t)(eol - q - 1)) : NULL;
				if (close && close > q + 1) {
					char *name = xmalloc((size_t)(close - q));
					memcpy(name, q + 1, (size_t)(close - q - 1));
					name[close - q - 1] = '\0';
					if (fe_include_is_tmh(name))
						fe_strv_push(out, name);
					free(name);
				}
			}
		}
		p = eol + 1;
	}
}

/* ---- WPP ---- */

static bool is_ident_start(char c)
{
	return isalpha((unsigned char)c) || c == '_';
}

static bool is_ident(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* One parameter of a signature, [p, e) trimmed: an identifier, "...", or a
 * parenthesised group (named WPP_STUB_ARG<k>).  Appends its macro name to
 * params (NULL for "...").  false when malformed. */
static bool add_param(const char *p, const char *e, size_t k, fe_strv *params, bool *variadic)
{
	while (p < e && isspace((unsigned char)*p))
		p++;
	while (e > p && isspace((unsigned char)e[-1]))
		e--;
	if (p == e || *variadic)
		return false;   /* an empty parameter, or one after "..." */
	if (e - p == 3 && strncmp(p, "...", 3) == 0) {
		*variadic = true;
		return true;
	}
	strbuf sb = STRBUF_INIT;
	if (*p == '(' && e[-1] == ')') {
		strbuf_printf(&sb, "WPP_STUB_ARG%zu", k + 1);
	} else {
		if (!is_ident_start(*p))
			return false;
		for (const char *q = p; q < e; q++)
			if (!is_ident(*q))
				return false;
		strbuf_add(&sb, p, (size_t)(e - p));
	}
	for (size_t i = 0; i < params->n; i++)
		if (strcmp(params->v[i], strbuf_str(&sb)) == 0) {
			strbuf_free(&sb);
			return false;   /* a macro cannot name a parameter twice */
		}
	fe_strv_push(params, strbuf_str(&sb));
	strbuf_free(&sb);
	return true;
}

int fe_wpp_define(const char *sig, strbuf *out, char **name)
{
	int rc = -1;
	fe_strv params = { 0 };
	bool variadic = false;
	const char *p = sig, *end = sig + strlen(sig);
	if (name)
		*name = NULL;
	while (p < end && isspace((unsigned char)*p))
		p++;
	const char *n0 = p;
	if (p >= end || !is_ident_start(*p))
		goto cleanup;
	while (p < end && is_ident(*p))
		p++;
	const char *n1 = p;
	while (p < end && isspace((unsigned char)*p))
		p++;
	if (p < end && *p == '{') {   /* {LEVEL=...,FLAGS=...}: fixed arguments, dropped */
		const char *c = memchr(p, '}', (size_t)(end - p));
		if (!c)
			goto cleanup;
		p = c + 1;
		while (p < end && isspace((unsigned char)*p))
			p++;
	}
	if (p >= end || *p != '(')
		goto cleanup;
	const char *start = ++p;
	int depth = 0;
	size_t k = 0;
	for (; p < end; p++) {
		if (*p == '(') {
			depth++;
		} else if (*p == ')' && depth > 0) {
			depth--;
		} else if ((*p == ',' || *p == ')') && depth == 0) {
			bool last = *p == ')';
			const char *q = start;
			while (q < p && isspace((unsigned char)*q))
				q++;
			/* "()" has no parameter; an empty one elsewhere is malformed */
			if (!(last && k == 0 && q == p) && !add_param(start, p, k++, &params, &variadic))
				goto cleanup;
			start = p + 1;
			if (last)
				break;
		}
	}
	if (p >= end)
		goto cleanup;   /* no closing parenthesis */
	for (p++; p < end; p++)
		if (!isspace((unsigned char)*p) && *p != ';')
			goto cleanup;
	strbuf_puts(out, "#define ");
	strbuf_add(out, n0, (size_t)(n1 - n0));
	strbuf_putc(out, '(');
	for (size_t i = 0; i < params.n; i++)
		strbuf_printf(out, "%s%s", i ? ", " : "", params.v[i]);
	if (variadic)
		strbuf_puts(out, params.n ? ", ..." : "...");
	strbuf_puts(out, ") WPP_STUB_TRACE(");
	for (size_t i = 0; i < params.n; i++)
		strbuf_printf(out, "%s%s", i ? ", " : "", params.v[i]);
	if (variadic)
		strbuf_puts(out, params.n ? ", __VA_ARGS__" : "__VA_ARGS__");
	strbuf_puts(out, ")\n");
	if (name) {
		*name = xmalloc((size_t)(n1 - n0) + 1);
		memcpy(*name, n0, (size_t)(n1 - n0));
		(*name)[n1 - n0] = '\0';
	}
	rc = 0;
cleanup:
	fe_strv_free(&params);
	return rc;
}

/* The first occurrence of needle in [p, end), or NULL. */
static const char *find(const char *p, const char *end, const char *needle)
{
	size_t k = strlen(needle);
	for (; p + k <= end; p++)
		if (*p == needle[0] && memcmp(p, needle, k) == 0)
			return p;
	return NULL;
}

/* The FUNC lines of one block [p, end). */
static void scan_block(const char *p, const char *end, fe_strv *out)
{
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			eol = end;
		const char *q = p;
		/* the comment's leaders ("//", "/" "*", "*") and blanks, in any mix */
		while (q < eol && (*q == ' ' || *q == '\t' || *q == '/' || *q == '*' || *q == '\r'))
			q++;
		if (eol - q > 5 && strncmp(q, "FUNC", 4) == 0 && (q[4] == ' ' || q[4] == '\t')) {
			q += 5;
			const char *semi = memchr(q, ';', (size_t)(eol - q));
			const char *e = semi ? semi : eol;
			const char *c = find(q, e, "*/");
			if (c)
				e = c;
			while (q < e && isspace((unsigned char)*q))
				q++;
			while (e > q && isspace((unsigned char)e[-1]))
				e--;
			if (e > q) {
				char *sig = xmalloc((size_t)(e - q) + 1);
				memcpy(sig, q, (size_t)(e - q));
				sig[e - q] = '\0';
				fe_strv_push(out, sig);
				free(sig);
			}
		}
		p = eol + 1;
	}
}

void fe_wpp_scan(const char *text, size_t len, fe_strv *out)
{
	const char *p = text, *end = text + len;
	const char *b;
	while ((b = find(p, end, "begin_wpp"))) {
		const char *q = skip_sp(b + 9, end);
		if (end - q < 6 || strncmp(q, "config", 6) != 0) {
			p = b + 9;
			continue;
		}
		q += 6;
		const char *e = find(q, end, "end_wpp");
		scan_block(q, e ? e : end, out);
		if (!e)
			break;
		p = e + 7;
	}
}

void fe_wpp_stub(const char *const *sigs, size_t n, strbuf *out)
{
	fe_strv names = { 0 };
	strbuf_puts(out, "/* ddicheck: in-memory stand-in for a WPP trace message header */\n");
	for (size_t i = 0; i < n; i++) {
		strbuf line = STRBUF_INIT;
		char *name = NULL;
		bool dup = false;
		if (fe_wpp_define(sigs[i], &line, &name) == 0) {
			for (size_t j = 0; j < names.n && !dup; j++)
				dup = strcmp(names.v[j], name) == 0;
			if (!dup) {
				strbuf_puts(out, strbuf_str(&line));
				fe_strv_push(&names, name);
			}
		}
		free(name);
		strbuf_free(&line);
	}
	strbuf_puts(out, "#include <wpp_stub.h>\n");
	fe_strv_free(&names);
}

char *fe_include_source_name(const char *header, const char *ext)
{
	size_t n = strlen(header), e = strlen(ext);
	if (n < 3 || header[n - 2] != '.' || (header[n - 1] != 'h' && header[n - 1] != 'H'))
		return NULL;
	char *r = xmalloc(n + e);
	memcpy(r, header, n - 1);
	memcpy(r + n - 1, ext, e + 1);
	return r;
}

bool fe_include_is_c_ident(const char *s)
{
	if (!s || !(isalpha((unsigned char)*s) || *s == '_'))
		return false;
	for (s++; *s; s++)
		if (!(isalnum((unsigned char)*s) || *s == '_'))
			return false;
	return true;
}

static int hexval(int c)
{
	return isdigit(c) ? c - '0' : isxdigit(c) ? tolower(c) - 'a' + 10 : -1;
}

bool fe_include_parse_guid(const char *s, unsigned char b[16])
{
	size_t n = strlen(s);
	if (n == 38 && s[0] == '{' && s[37] == '}') {
		s++;
		n = 36;
	}
	if (n != 36)
		return false;
	int k = 0;
	for (size_t i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return false;
			continue;
		}
		int hi = hexval((unsigned char)s[i]), lo = i + 1 < 36 ? hexval((unsigned char)s[i + 1]) : -1;
		if (hi < 0 || lo < 0)
			return false;
		b[k++] = (unsigned char)(hi << 4 | lo);
		i++;
	}
	return k == 16;
}
