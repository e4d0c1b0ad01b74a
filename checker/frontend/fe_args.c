/* fe_args: dropping compiler arguments that would run code (fe_args.h).
 * A list of what to refuse, not of what to allow: driver builds pass many
 * flags (MSVC-style defines, warnings, -std) and unknown ones are harmless
 * to a parse.  What can load code into clang's front end is a small,
 * known set: plugins (-fplugin, -fpass-plugin, and the -cc1 spellings -load,
 * -plugin, -add-plugin, -plugin-arg-*, reached through -Xclang), LLVM options
 * (-mllvm) that load or name plugins, and indirections that read more
 * arguments from a file (@file response files, --config) whose content
 * would escape this filter. */
#include "frontend/fe_args.h"

#include <stdbool.h>
#include <string.h>

static bool starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Why a -cc1 argument (the operand of -Xclang) is refused, or NULL. */
static const char *cc1_danger(const char *a, bool *takes_value)
{
	*takes_value = false;
	if (strcmp(a, "-load") == 0 || strcmp(a, "-plugin") == 0 || strcmp(a, "-add-plugin") == 0) {
		*takes_value = true;
		return "it would load or run a compiler plugin";
	}
	if (starts(a, "-load=") || starts(a, "-plugin=") || starts(a, "-add-plugin=") || starts(a, "-plugin-arg-") ||
	    starts(a, "-fplugin") || starts(a, "-fpass-plugin"))
		return "it would load or run a compiler plugin";
	return NULL;
}

/* Why a driver argument is refused, or NULL; *takes_value when its operand
 * is the next argument. */
static const char *driver_danger(const char *a, bool *takes_value)
{
	*takes_value = false;
	if (starts(a, "-fplugin") || starts(a, "-fpass-plugin") || starts(a, "--fplugin"))
		return "it would load a compiler plugin";
	if (a[0] == '@')
		return "it would read more arguments from a file";
	if (strcmp(a, "--config") == 0) {
		*takes_value = true;
		return "it would read more arguments from a file";
	}
	if (starts(a, "--config=") || starts(a, "--config-system-dir") || starts(a, "--config-user-dir"))
		return "it would read more arguments from a file";
	if (strcmp(a, "-load") == 0 || strcmp(a, "-plugin") == 0 || strcmp(a, "-add-plugin") == 0) {
		*takes_value = true;
		return "it would load or run a compiler plugin";
	}
	return NULL;
}

static bool mentions_plugin(const char *v)
{
	return strstr(v, "load") || strstr(v, "plugin");
}

size_t fe_args_filter(const char **out, const char *const *args, size_t n, fe_args_report_fn report, void *ctx)
{
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		const char *a = args[i];
		const char *why = NULL, *value = NULL;
		size_t skip = 0;     /* operands dropped with it */
		bool takes = false;
		if (!a)
			continue;
		if (strcmp(a, "-Xclang") == 0 || strcmp(a, "-mllvm") == 0) {
			const char *v = i + 1 < n ? args[i + 1] : NULL;
			if (v && (a[1] == 'X' ? cc1_danger(v, &takes) != NULL : mentions_plugin(v))) {
				why = a[1] == 'X' ? cc1_danger(v, &takes) : "it could load code into the compiler";
				value = v;
				skip = 1;
				/* "-Xclang -load -Xclang lib.so": the operand comes through -Xclang too */
				if (takes && i + 3 < n && args[i + 2] && strcmp(args[i + 2], "-Xclang") == 0)
					skip = 3;
			}
		} else if (starts(a, "-Xclang=") || starts(a, "-mllvm=")) {
			const char *v = strchr(a, '=') + 1;
			if (a[1] == 'X' ? cc1_danger(v, &takes) != NULL : mentions_plugin(v)) {
				why = a[1] == 'X' ? cc1_danger(v, &takes) : "it could load code into the compiler";
				if (takes && i + 1 < n && args[i + 1] && starts(args[i + 1], "-Xclang="))
					skip = 1;
				else if (takes && i + 2 < n && args[i + 1] && strcmp(args[i + 1], "-Xclang") == 0)
					skip = 2;
			}
		} else if ((why = driver_danger(a, &takes)) != NULL) {
			if (takes && i + 1 < n) {
				value = args[i + 1];
				skip = 1;
			}
		}
		if (!why) {
			out[kept++] = a;
			continue;
		}
		if (report)
			report(ctx, a, value, why);
		i += skip;
	}
	return kept;
}
