#include "facts/irql.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

irql_range irql_join(irql_range a, irql_range b)
{
	if (irql_is_bottom(a))
		return b;
	if (irql_is_bottom(b))
		return a;
	return (irql_range){ a.lo < b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi };
}

irql_range irql_meet(irql_range a, irql_range b)
{
	if (irql_is_bottom(a) || irql_is_bottom(b))
		return IRQL_BOTTOM;
	irql_range r = { a.lo > b.lo ? a.lo : b.lo, a.hi < b.hi ? a.hi : b.hi };
	return irql_is_bottom(r) ? IRQL_BOTTOM : r;
}

bool irql_equal(irql_range a, irql_range b)
{
	if (irql_is_bottom(a) || irql_is_bottom(b))
		return irql_is_bottom(a) && irql_is_bottom(b);
	return a.lo == b.lo && a.hi == b.hi;
}

bool irql_within(irql_range inner, irql_range outer)
{
	if (irql_is_bottom(inner))
		return true;
	if (irql_is_bottom(outer))
		return false;
	return inner.lo >= outer.lo && inner.hi <= outer.hi;
}

static const struct { const char *name; irql_level level; } names[] = {
	{ "PASSIVE_LEVEL", IRQL_PASSIVE }, { "PASSIVE", IRQL_PASSIVE },
	{ "LOW_LEVEL", IRQL_PASSIVE },
	{ "APC_LEVEL", IRQL_APC }, { "APC", IRQL_APC },
	{ "DISPATCH_LEVEL", IRQL_DISPATCH }, { "DISPATCH", IRQL_DISPATCH },
	{ "DPC_LEVEL", IRQL_DISPATCH },
	{ "DIRQL", IRQL_DIRQL }, { "DEVICE_LEVEL", IRQL_DIRQL },
	{ "CMCI_LEVEL", IRQL_DIRQL }, { "SYNCH_LEVEL", IRQL_DIRQL },
	{ "CLOCK_LEVEL", IRQL_HIGH }, { "PROFILE_LEVEL", IRQL_HIGH },
	{ "IPI_LEVEL", IRQL_HIGH }, { "POWER_LEVEL", IRQL_HIGH },
	{ "HIGH_LEVEL", IRQL_HIGH }, { "HIGH", IRQL_HIGH },
};

int irql_parse_level_n(const char *text, size_t n)
{
	while (n && (*text == ' ' || *text == '\t')) {
		text++;
		n--;
	}
	while (n && (text[n - 1] == ' ' || text[n - 1] == '\t'))
		n--;
	if (n == 1 && text[0] >= '0' && text[0] <= '2')
		return text[0] - '0';
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strlen(names[i].name) == n && strncasecmp(names[i].name, text, n) == 0)
			return (int)names[i].level;
	return -1;
}

int irql_parse_level(const char *text)
{
	return text ? irql_parse_level_n(text, strlen(text)) : -1;
}

const char *irql_level_name(irql_level l)
{
	static const char *const n[] = { "PASSIVE_LEVEL", "APC_LEVEL", "DISPATCH_LEVEL",
					 "DIRQL", "HIGH_LEVEL" };
	return l <= IRQL_MAX ? n[l] : "?";
}

const char *irql_range_str(irql_range r, char *buf, size_t size)
{
	if (irql_is_bottom(r))
		snprintf(buf, size, "no IRQL");
	else if (r.lo == r.hi)
		snprintf(buf, size, "%s", irql_level_name(r.lo));
	else if (r.lo == IRQL_PASSIVE && r.hi == IRQL_HIGH)
		snprintf(buf, size, "any IRQL");
	else if (r.lo == IRQL_PASSIVE)
		snprintf(buf, size, "<= %s", irql_level_name(r.hi));
	else if (r.hi == IRQL_HIGH)
		snprintf(buf, size, ">= %s", irql_level_name(r.lo));
	else
		snprintf(buf, size, "%s..%s", irql_level_name(r.lo), irql_level_name(r.hi));
	return buf;
}
