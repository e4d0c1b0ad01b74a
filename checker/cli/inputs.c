/* cli: the command's inputs -- files, directories, Visual Studio projects
 * and compilation databases -- as translation units to parse. */
#include "cli/cli.h"
#include "frontend/fe_args.h"
#include "project/vcxproj.h"
#include "report/report.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <dirent.h>
#include <jansson.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

typedef struct list {
	char **items;
	size_t n, cap;
} list;

static bool is_c_file(const char *name)
{
	size_t n = strlen(name);
	return n > 2 && (strcmp(name + n - 2, ".c") == 0 || strcmp(name + n - 2, ".C") == 0);
}

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Directories are walked in name order so that the program, and the output,
 * do not depend on the file system's order. */
static int walk(const char *dir, list *out, int depth)
{
	if (depth > 64)
		return 0;
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(stderr, "ddicheck: %s: cannot read directory: %s\n", dir, strerror(errno));
		return -1;
	}
	list names = { 0 };
	struct dirent *de;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.')
			VEC_PUSH(names.items, names.n, names.cap, xstrdup(de->d_name));
	closedir(d);
	if (names.n)
		qsort(names.items, names.n, sizeof(char *), cmpstr);
	int rc = 0;
	for (size_t i = 0; i < names.n; i++) {
		strbuf p = STRBUF_INIT;
		strbuf_printf(&p, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names.items[i]);
		struct stat st;
		if (lstat(strbuf_str(&p), &st) == 0) {
			if (S_ISDIR(st.st_mode)) {
				if (walk(strbuf_str(&p), out, depth + 1) < 0)
					rc = -1;
			} else if (S_ISREG(st.st_mode) && is_c_file(names.items[i])) {
				VEC_PUSH(out->items, out->n, out->cap, strbuf_detach(&p));
			}
		}
		strbuf_free(&p);
		free(names.items[i]);
	}
	free(names.items);
	return rc;
}

/* Checks BUILD_DIR/compile_commands.json before libclang reads it, so that
 * a malformed or truncated database is reported with its line and column
 * (libclang only says that it failed, on its own stderr).  0, or -1 with a
 * message printed. */
static int check_compdb(const char *build_dir)
{
	strbuf p = STRBUF_INIT;
	strbuf_printf(&p, "%s/compile_commands.json", build_dir);
	const char *path = strbuf_str(&p);
	json_error_t je;
	int rc = -1;
	json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &je);
	if (!root) {
		if (je.line > 0)
			fprintf(stderr, "ddicheck: %s:%d:%d: malformed compilation database: %s\n", path, je.line,
				je.column, je.text);
		else
			fprintf(stderr, "ddicheck: %s: cannot read the compilation database: %s\n", path, je.text);
		goto cleanup;
	}
	if (!json_is_array(root)) {
		fprintf(stderr, "ddicheck: %s: malformed compilation database: expected an array of entries\n", path);
		goto cleanup;
	}
	size_t i;
	json_t *e;
	json_array_foreach(root, i, e) {
		json_t *args = json_object_get(e, "arguments");
		bool ok = json_is_object(e) && json_is_string(json_object_get(e, "file")) &&
			  json_is_string(json_object_get(e, "directory")) &&
			  (json_is_string(json_object_get(e, "command")) || json_is_array(args));
		for (size_t k = 0; ok && json_is_array(args) && k < json_array_size(args); k++)
			ok = json_is_string(json_array_get(args, k));
		if (!ok) {
			fprintf(stderr, "ddicheck: %s: malformed compilation database: entry %zu needs \"directory\" "
				"and \"file\" strings and a \"command\" string or an \"arguments\" array of strings\n",
				path, i + 1);
			goto cleanup;
		}
	}
	rc = 0;
cleanup:
	json_decref(root);
	strbuf_free(&p);
	return rc;
}

static bool is_vcxproj(const char *p)
{
	size_t n = strlen(p);
	return n > 8 && strcasecmp(p + n - 8, ".vcxproj") == 0;
}

/* Appends the translation units of project p (vcx_load) to ins, with the
 * command line's -I/-D after the project's own.  0, or EXIT_USAGE. */
static int add_project(const cli_options *o, const char *p, fe_input **ins, size_t *nin, size_t *cap)
{
	char err[2048];
	fe_input *pin = NULL;
	size_t np = 0;
	if (vcx_load(p, o->configuration, &pin, &np, err, sizeof(err)) != 0) {
		fprintf(stderr, "ddicheck: %s\n", err);
		return EXIT_USAGE;
	}
	for (size_t i = 0; i < np; i++) {
		fe_input in = pin[i];
		in.args = xrealloc(in.args, (in.nargs + o->nargs + 1) * sizeof(char *));
		for (size_t a = 0; a < o->nargs; a++)
			in.args[in.nargs++] = xstrdup(o->args[a]);
		memset(&pin[i], 0, sizeof(pin[i]));
		VEC_PUSH(*ins, *nin, *cap, in);
	}
	fe_inputs_free(pin, np);
	return 0;
}

static fe_input make_input(const cli_options *o, const char *file)
{
	fe_input in = { 0 };
	in.file = xstrdup(file);
	in.nargs = o->nargs;
	in.args = xcalloc(o->nargs + 1, sizeof(char *));
	for (size_t i = 0; i < o->nargs; i++)
		in.args[i] = xstrdup(o->args[i]);
	return in;
}

typedef struct dropped_ctx {
	const char *file;
	list seen;       /* "arg value" already warned about */
} dropped_ctx;

static void on_dropped(void *data, const char *arg, const char *value, const char *why)
{
	dropped_ctx *d = data;
	strbuf key = STRBUF_INIT;
	strbuf_printf(&key, "%s%s%s", arg, value ? " " : "", value ? value : "");
	for (size_t i = 0; i < d->seen.n; i++)
		if (strcmp(d->seen.items[i], strbuf_str(&key)) == 0) {
			strbuf_free(&key);
			return;
		}
	fputs("ddicheck: ", stderr);
	report_put_escaped(stderr, d->file);
	fputs(": warning: compiler argument '", stderr);
	report_put_escaped(stderr, strbuf_str(&key));
	fprintf(stderr, "' dropped: %s\n", why);
	VEC_PUSH(d->seen.items, d->seen.n, d->seen.cap, strbuf_detach(&key));
}

/* Drops, with a warning (once per argument), the arguments of every input
 * that would load code into the parser; the frontend drops them again
 * anyway (fe_args.h), this says so to the user. */
static void drop_unsafe_args(fe_input *ins, size_t nin)
{
	dropped_ctx d = { NULL, { 0 } };
	for (size_t i = 0; i < nin; i++) {
		fe_input *in = &ins[i];
		if (!in->nargs)
			continue;
		const char **kept = xcalloc(in->nargs, sizeof(char *));
		d.file = in->file;
		size_t nk = fe_args_filter(kept, (const char *const *)in->args, in->nargs, on_dropped, &d);
		if (nk != in->nargs) {
			for (size_t a = 0, k = 0; a < in->nargs; a++) {
				if (k < nk && kept[k] == in->args[a])
					k++;
				else
					free(in->args[a]);
			}
			for (size_t k = 0; k < nk; k++)
				in->args[k] = (char *)kept[k];
			in->nargs = nk;
		}
		free(kept);
	}
	for (size_t i = 0; i < d.seen.n; i++)
		free(d.seen.items[i]);
	free(d.seen.items);
}

int cli_collect_inputs(const cli_options *o, fe_input **out, size_t *n)
{
	fe_input *ins = NULL;
	size_t nin = 0, cap = 0;
	size_t nprojects = 0;
	*out = NULL;
	*n = 0;

	/* Visual Studio projects first, whatever else is named */
	for (size_t k = 0; k < o->npaths; k++) {
		if (!is_vcxproj(o->paths[k]))
			continue;
		nprojects++;
		if (add_project(o, o->paths[k], &ins, &nin, &cap) != 0) {
			fe_inputs_free(ins, nin);
			return EXIT_USAGE;
		}
	}
	if (o->configuration && !nprojects) {
		fprintf(stderr, "ddicheck: --configuration %s: no .vcxproj input to apply it to\n", o->configuration);
		return EXIT_USAGE;
	}

	if (o->build_dir) {
		char err[1024];
		fe_input *db = NULL;
		size_t ndb = 0;
		if (check_compdb(o->build_dir) != 0) {
			fe_inputs_free(ins, nin);
			return EXIT_USAGE;
		}
		if (fe_compdb_load(o->build_dir, &db, &ndb, err, sizeof(err)) != 0) {
			fprintf(stderr, "ddicheck: %s\n", err);
			fe_inputs_free(ins, nin);
			return EXIT_USAGE;
		}
		/* With paths too, only the database entries under those paths. */
		size_t from_db = 0;
		for (size_t i = 0; i < ndb; i++) {
			bool keep = o->npaths == nprojects;
			for (size_t k = 0; k < o->npaths && !keep; k++) {
				if (is_vcxproj(o->paths[k]))
					continue;
				char *rp = realpath(o->paths[k], NULL), *rf = realpath(db[i].file, NULL);
				if (rp && rf && strncmp(rf, rp, strlen(rp)) == 0)
					keep = true;
				free(rp);
				free(rf);
			}
			if (!keep)
				continue;
			fe_input in = db[i];
			/* command-line -I/-D apply to database entries too */
			in.args = xrealloc(in.args, (in.nargs + o->nargs + 1) * sizeof(char *));
			for (size_t a = 0; a < o->nargs; a++)
				in.args[in.nargs++] = xstrdup(o->args[a]);
			memset(&db[i], 0, sizeof(db[i]));
			VEC_PUSH(ins, nin, cap, in);
			from_db++;
		}
		fe_inputs_free(db, ndb);
		if (!from_db) {
			fprintf(stderr, "ddicheck: %s/compile_commands.json: no translation unit%s\n",
				o->build_dir, o->npaths > nprojects ? " under the given paths" : "");
			fe_inputs_free(ins, nin);
			return EXIT_USAGE;
		}
		drop_unsafe_args(ins, nin);
		*out = ins;
		*n = nin;
		return 0;
	}

	for (size_t k = 0; k < o->npaths; k++) {
		const char *p = o->paths[k];
		struct stat st;
		if (is_vcxproj(p))
			continue;
		if (stat(p, &st) != 0) {
			fprintf(stderr, "ddicheck: %s: %s\n", p, strerror(errno));
			fe_inputs_free(ins, nin);
			return EXIT_USAGE;
		}
		if (S_ISDIR(st.st_mode)) {
			list files = { 0 };
			int rc = walk(p, &files, 0);
			if (!files.n) {
				fprintf(stderr, "ddicheck: %s: no C source file (*.c) in this directory\n", p);
				rc = -1;
			}
			for (size_t i = 0; i < files.n; i++) {
				VEC_PUSH(ins, nin, cap, make_input(o, files.items[i]));
				free(files.items[i]);
			}
			free(files.items);
			if (rc < 0) {
				fe_inputs_free(ins, nin);
				return EXIT_USAGE;
			}
		} else {
			VEC_PUSH(ins, nin, cap, make_input(o, p));
		}
	}
	if (!nin) {
		fprintf(stderr, "ddicheck: no input: name C files or directories, or a build directory with -p\n");
		return EXIT_USAGE;
	}
	drop_unsafe_args(ins, nin);
	*out = ins;
	*n = nin;
	return 0;
}
