/* fe_args: the compiler arguments ddicheck refuses to pass to libclang.
 * ddicheck checks code from strangers' pull requests, and compiler arguments
 * come from that code too (compile_commands.json, .ddicheck.yaml, .vcxproj).
 * Arguments that would load code into the parser (-fplugin=, -fpass-plugin=,
 * -Xclang -load, -Xclang -plugin...) or read more arguments from a file the
 * repository controls (@file, --config) are dropped.  Used by the frontend
 * on every argument vector it parses with, and by the CLI to warn. */
#ifndef DDICHECK_FE_ARGS_H
#define DDICHECK_FE_ARGS_H

#include <stddef.h>

/* Called once per dropped argument: arg is the argument as given (for a
 * pair such as "-Xclang -load", the first of it) and value its operand or
 * NULL; why says what it would have done. */
typedef void (*fe_args_report_fn)(void *ctx, const char *arg, const char *value, const char *why);

/* Copies the arguments of args[0..n-1] that are safe to out (room for n;
 * out may be args itself: filtering in place), in order.  Returns how many
 * were kept.  report may be NULL. */
size_t fe_args_filter(const char **out, const char *const *args, size_t n, fe_args_report_fn report, void *ctx);

#endif
