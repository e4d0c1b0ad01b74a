/* kb_irql: normalisation of req.irql text.  A small recursive scanner rather
 * than a list of accepted strings, so that spelling variants ("<=DIRQL",
 * "IRQL <= APC_LEVEL", "Called at IRQL <= DISPATCH_LEVEL.") need no entry each,
 * while anything it does not fully consume stays "unknown". */
#include "kb/kb_irql.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Level names with their place in the five-class lattice.  bottom/top say
 * whether the name is the lowest/highest real level of its class: "< PROFILE"
 * still allows the top of DIRQL only, while "< IPI_LEVEL" allows PROFILE and
 * CLOCK, which the lattice folds into HIGH. */
static const struct level_name {
	const char *name;
	irql_level level;
	bool bottom, top;
} level_names[] = {
	{ "PASSIVE_LEVEL", IRQL_PASSIVE, true, true },
	{ "LOW_LEVEL", IRQL_PASSIVE, true, true },
	{ "PASSIVE", IRQL_PASSIVE, true, true },
	{ "APC_LEVEL", IRQL_APC, true, true },
	{ "APC", IRQL_APC, true, true },
	{ "DISPATCH_LEVEL", IRQL_DISPATCH, true, true },
	{ "DPC_LEVEL", IRQL_DISPATCH, true, true },
	{ "DISPATCH", IRQL_DISPATCH, true, true },
	{ "DIRQL", IRQL_DIRQL, true, true },
	{ "DEVICE_LEVEL", IRQL_DIRQL, true, true },
	{ "CMCI_LEVEL", IRQL_DIRQL, false, false },
	{ "SYNCH_LEVEL", IRQL_DIRQL, false, false },
	{ "PROFILE_LEVEL", IRQL_HIGH, true, false },
	{ "CLOCK_LEVEL", IRQL_HIGH, false, false },
	{ "CLOCK1_LEVEL", IRQL_HIGH, false, false },
	{ "CLOCK2_LEVEL", IRQL_HIGH, false, false },
	{ "IPI_LEVEL", IRQL_HIGH, false, false },
	{ "POWER_LEVEL", IRQL_HIGH, false, false },
	{ "HIGH_LEVEL", IRQL_HIGH, false, true },
	{ "HIGH", IRQL_HIGH, false, true },
};

typedef struct scan {
	const char *p, *end;
} scan;

static void skip_ws(scan *s)
{
	while (s->p < s->end && isspace((unsigned char)*s->p))
		s->p++;
}

/* Consumes WORDS (case-insensitive) when the text continues with them and
 * they end at a word boundary. */
static bool accept(scan *s, const char *words)
{
	skip_ws(s);
	size_t n = strlen(words);
	if ((size_t)(s->end - s->p) < n || strncasecmp(s->p, words, n) != 0)
		return false;
	bool wordy = isalnum((unsigned char)words[n - 1]) || words[n - 1] == '_';
	if (wordy && s->p + n < s->end &&
	    (isalnum((unsigned char)s->p[n]) || s->p[n] == '_'))
		return false;
	s->p += n;
	return true;
}

static const struct level_name *scan_level(scan *s)
{
	skip_ws(s);
	bool paren = accept(s, "(");
	skip_ws(s);
	const char *b = s->p;
	while (s->p < s->end && (isalnum((unsigned char)*s->p) || *s->p == '_'))
		s->p++;
	size_t n = (size_t)(s->p - b);
	const struct level_name *found = NULL;
	for (size_t i = 0; i < sizeof(level_names) / sizeof(level_names[0]); i++)
		if (strlen(level_names[i].name) == n &&
		    strncasecmp(level_names[i].name, b, n) == 0)
			found = &level_names[i];
	if (paren && !accept(s, ")"))
		return NULL;
	return found;
}

enum op { OP_EQ, OP_LE, OP_LT, OP_GE, OP_GT };

/* One term: an optional comparison and a level, or "any".  Returns false
 * when the text at this point is not a term. */
static bool scan_term(scan *s, irql_range *out)
{
	accept(s, "Called at");
	accept(s, "IRQL");
	if (accept(s, "Any level") || accept(s, "Any IRQL") || accept(s, "Any")) {
		*out = IRQL_ANY;
		return true;
	}
	enum op op = OP_EQ;
	if (accept(s, "<=") || accept(s, "Less than or equal to") || accept(s, "at or below"))
		op = OP_LE;
	else if (accept(s, ">=") || accept(s, "Greater than or equal to") ||
		 accept(s, "at or above"))
		op = OP_GE;
	else if (accept(s, "<") || accept(s, "Less than") || accept(s, "below"))
		op = OP_LT;
	else if (accept(s, ">") || accept(s, "Greater than") || accept(s, "above"))
		op = OP_GT;
	else
		accept(s, "=");
	const struct level_name *l = scan_level(s);
	if (!l)
		return false;
	int lo = IRQL_PASSIVE, hi = IRQL_HIGH;
	switch (op) {
	case OP_EQ: lo = hi = (int)l->level; break;
	case OP_LE: hi = (int)l->level; break;
	case OP_GE: lo = (int)l->level; break;
	case OP_LT: hi = (int)l->level - (l->bottom ? 1 : 0); break;
	case OP_GT: lo = (int)l->level + (l->top ? 1 : 0); break;
	}
	if (lo > hi)
		return false;
	*out = irql_make((irql_level)lo, (irql_level)hi);
	return true;
}

/* SAL spelling: _IRQL_requires_(L), _IRQL_requires_max_(L), _IRQL_requires_min_(L). */
static bool scan_sal(scan *s, irql_range *out)
{
	enum op op;
	if (accept(s, "_IRQL_requires_max_"))
		op = OP_LE;
	else if (accept(s, "_IRQL_requires_min_"))
		op = OP_GE;
	else if (accept(s, "_IRQL_requires_"))
		op = OP_EQ;
	else
		return false;
	if (!accept(s, "("))
		return false;
	const struct level_name *l = scan_level(s);
	if (!l || !accept(s, ")"))
		return false;
	*out = op == OP_LE ? irql_make(IRQL_PASSIVE, l->level)
	     : op == OP_GE ? irql_make(l->level, IRQL_HIGH) : irql_exact(l->level);
	return true;
}

/* Trims quotes, a trailing "(see ...)" remark and final periods. */
static void trim(const char **pb, const char **pe)
{
	const char *b = *pb, *e = *pe;
	for (;;) {
		while (b < e && isspace((unsigned char)*b))
			b++;
		while (e > b && (isspace((unsigned char)e[-1]) || e[-1] == '.'))
			e--;
		if (e - b >= 2 && (*b == '"' || *b == '\'') && e[-1] == *b) {
			b++;
			e--;
			continue;
		}
		if (e > b && e[-1] == ')') {
			const char *open = e - 1;
			while (open > b && *open != '(')
				open--;
			if (*open == '(' && e - open > 4 && strncasecmp(open + 1, "see", 3) == 0) {
				e = open;
				continue;
			}
		}
		break;
	}
	*pb = b;
	*pe = e;
}

kb_irql kb_irql_normalise(const char *raw)
{
	kb_irql v = { .known = false, .range = IRQL_BOTTOM, .raw = raw ? raw : "" };
	const char *b = v.raw, *e = v.raw + strlen(v.raw);
	trim(&b, &e);
	if (b == e)
		return v;
	scan s = { b, e };
	irql_range r;
	if (scan_sal(&s, &r)) {
		skip_ws(&s);
		if (s.p == s.end) {
			v.known = true;
			v.range = r;
		}
		return v;
	}
	if (!scan_term(&s, &r))
		return v;
	for (;;) {
		skip_ws(&s);
		if (s.p == s.end)
			break;
		irql_range next;
		if (accept(&s, "or") || accept(&s, "and") || accept(&s, ",")) {
			if (!scan_term(&s, &next))
				return v;
			r = irql_join(r, next);
		} else if (accept(&s, "through") || accept(&s, "to") || accept(&s, "..") ||
			   accept(&s, "-")) {
			if (!scan_term(&s, &next) || next.hi < r.lo)
				return v;
			r = irql_make((irql_level)r.lo, (irql_level)next.hi);
		} else {
			return v;
		}
	}
	v.known = true;
	v.range = r;
	return v;
}

kb_irql_class kb_irql_classify(kb_irql v)
{
	if (!v.known || irql_is_bottom(v.range))
		return KB_IRQL_UNKNOWN;
	if (v.range.lo == v.range.hi)
		return KB_IRQL_EXACT;
	if (v.range.lo == IRQL_PASSIVE && v.range.hi == IRQL_HIGH)
		return KB_IRQL_ANYLEVEL;
	if (v.range.lo == IRQL_PASSIVE)
		return KB_IRQL_MAX;
	return KB_IRQL_RANGE;
}

const char *kb_irql_class_name(kb_irql_class c)
{
	static const char *const names[] = { "exact", "max-bound", "range", "any", "unknown" };
	return c < KB_IRQL_NCLASSES ? names[c] : "?";
}
