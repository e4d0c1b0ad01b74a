/* Tests of the KB importer: req.irql normalisation (every variant found in the
 * reference pages), the syntax reader, imports of real pages, bad pages, and
 * that the committed rules/kb equals a fresh import of the shared docs. */
/* nftw is an XSI interface */
#define _XOPEN_SOURCE 700
#include <check.h>
#include <dirent.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kb/kb.h"
#include "kb/kb_import.h"
#include "kb/kb_irql.h"
#include "kb/kb_syntax.h"
#include "util/arena.h"

/* ---- helpers ---------------------------------------------------------- */

static int rm_one(const char *p, const struct stat *st, int flag, struct FTW *f)
{
	(void)st; (void)flag; (void)f;
	return remove(p);
}

static void rm_tree(const char *dir)
{
	nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

static char *tmpdir(void)
{
	char *t = strdup("/tmp/ddikb-test.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(t));
	return t;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = NULL;
	size_t n = 0, cap = 0;
	int c;
	while ((c = fgetc(f)) != EOF) {
		if (n + 1 >= cap) {
			cap = cap ? cap * 2 : 4096;
			buf = realloc(buf, cap);
		}
		buf[n++] = (char)c;
	}
	fclose(f);
	if (!buf)
		buf = calloc(1, 1);
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

static void spit(const char *dir, const char *name, const char *text, size_t len)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(text, 1, len, f), len);
	fclose(f);
}

static void copy_in(const char *src, const char *dir, const char *name)
{
	size_t n;
	char *t = slurp(src, &n);
	ck_assert_msg(t != NULL, "cannot read %s", src);
	spit(dir, name, t, n);
	free(t);
}

static bool have_docs(void)
{
	struct stat st;
	if (stat(DDICHECK_SHARED_DOCS "/ddi", &st) == 0 && S_ISDIR(st.st_mode))
		return true;
	printf("notice: %s not present; test skipped\n", DDICHECK_SHARED_DOCS);
	return false;
}

/* Imports DOCS into a fresh temp dir; returns it (caller removes). */
static char *import_into(const char *docs, int want_rc, char **summary, char **errors)
{
	char *out = tmpdir();
	char *sbuf = NULL, *ebuf = NULL;
	size_t slen = 0, elen = 0;
	FILE *s = open_memstream(&sbuf, &slen), *e = open_memstream(&ebuf, &elen);
	const char *dirs[] = { docs };
	int rc = kb_import_run(dirs, 1, out, s, e);
	fclose(s);
	fclose(e);
	ck_assert_msg(rc == want_rc, "import of %s returned %d, expected %d; errors:\n%s", docs, rc,
		      want_rc, ebuf);
	if (summary)
		*summary = sbuf;
	else
		free(sbuf);
	if (errors)
		*errors = ebuf;
	else
		free(ebuf);
	return out;
}

static kb *load_ok(const char *dir)
{
	kb *k = NULL;
	char err[512] = "";
	ck_assert_msg(kb_load(&k, dir, err, sizeof(err)) == 0, "kb_load: %s", err);
	return k;
}

static const kb_param *param(const kb_entry *e, size_t i)
{
	ck_assert_uint_gt(e->nparams, i);
	return &e->params[i];
}

/* ---- req.irql normalisation ------------------------------------------ */

enum { P = IRQL_PASSIVE, A = IRQL_APC, D = IRQL_DISPATCH, I = IRQL_DIRQL, H = IRQL_HIGH, U = -1 };

/* Every distinct req.irql text of ddi/ and legacy-format/ (as YAML reads it),
 * with the range written down from reading the text; U = unknown. */
static const struct irql_case {
	const char *raw;
	int lo, hi;
} irql_cases[] = {
	{ "", U, U },
	{ "PASSIVE_LEVEL", P, P },
	{ "<= DISPATCH_LEVEL", P, D },
	{ "Any level", P, H },
	{ "<=DISPATCH_LEVEL", P, D },
	{ "<= APC_LEVEL", P, A },
	{ "See Remarks section.", U, U },
	{ "PASSIVE_LEVEL (see Remarks section)", P, P },
	{ "Any level (see Remarks section)", P, H },
	{ "DISPATCH_LEVEL", D, D },
	{ "<= DISPATCH_LEVEL (see Remarks section)", P, D },
	{ "<=APC_LEVEL", P, A },
	{ "IRQL <= DISPATCH_LEVEL", P, D },
	{ "IRQL <= APC_LEVEL", P, A },
	{ "See Remarks section", U, U },
	{ "Any level (See Remarks section)", P, H },
	{ "<= APC_LEVEL (See Remarks section)", P, A },
	{ "IRQL = DISPATCH_LEVEL", D, D },
	{ "IRQL <= DISPATCH_LEVEL (see Remarks section)", P, D },
	{ "IRQL >= DISPATCH_LEVEL", D, H },
	{ "Called at DISPATCH_LEVEL.", D, D },
	{ "Any level (see Remarks)", P, H },
	{ "APC_LEVEL", A, A },
	{ "<= DIRQL", P, I },
	{ "Called at PASSIVE_LEVEL.", P, P },
	{ "Called at IRQL <= DISPATCH_LEVEL.", P, D },
	{ "Any IRQL.", P, H },
	{ "<= APC_LEVEL (see Remarks section)", P, A },
	{ "< DISPATCH_LEVEL (see Remarks section)", P, A },
	{ "Called at PASSIVE_LEVEL (see Remarks section).", P, P },
	{ "Any level.", P, H },
	{ "<= DISPATCH_LEVEL (see Remarks section).", P, D },
	{ "(See Remarks section.)", U, U },
	{ "_IRQL_requires_max_(DISPATCH_LEVEL)", P, D },
	{ "DISPATCH_LEVEL (see Remarks section)", D, D },
	{ "= DISPATCH_LEVEL", D, D },
	{ "<= DISPATCH_LEVEL (see Remarks)", P, D },
	{ "< DISPATCH_LEVEL", P, A },
	{ "PASSIVE_LEVEL (See Remarks section)", P, P },
	{ "IRQL <=DISPATCH_LEVEL", P, D },
	{ "IRQL < DISPATCH_LEVEL (see Remarks section)", P, A },
	{ "DISPATCH_LEVEL (See Remarks.)", D, D },
	{ "Called at IRQL <= APC_LEVEL", P, A },
	{ "Any", P, H },
	{ "= PASSIVE_LEVEL", P, P },
	{ "<= DIRQL (see Comments section)", P, I },
	{ "See Remarks.", U, U },
	{ "PROFILE_LEVEL", H, H },
	{ "Not applicable", U, U },
	{ "HIGH_LEVEL", H, H },
	{ "DIRQL (see Remarks section)", I, I },
	{ "DIRQL", I, I },
	{ "Called at IRQL <= DISPATCH_LEVEL (see Remarks section).", P, D },
	{ "Called at IRQL <= APC_LEVEL.", P, A },
	{ "Called at HIGH_LEVEL.", H, H },
	{ "Called at DISPATCH_LEVEL (see Remarks section).", D, D },
	{ "Called at DIRQL (see Remarks section).", I, I },
	{ "Any level (See Remarks)", P, H },
	{ "Any level (See Comments section.)", P, H },
	{ "<=DIRQL", P, I },
	{ "<= APC_LEVEL or <= DISPATCH_LEVEL (See Remarks section)", P, D },
	{ "<= APC_LEVEL (See Remarks section.)", P, A },
	{ "See Remarks", U, U },
	{ "See Comments section", U, U },
	{ "IRQL <=APC_LEVEL", P, A },
	{ "IRQL <= DIRQL (see Comments section)", P, I },
	{ "IRQL <= DIRQL", P, I },
	{ "IRQL <= APC_LEVEL (see Remarks section)", P, A },
	{ "IRQL <= APC_LEVEL (See Remarks section)", P, A },
	{ "Greater than or equal to DISPATCH_LEVEL", D, H },
	{ "For more information, see  the Remarks section of the WdmlibRtlInitUnicodeStringEx  function.", U, U },
	{ "DPC_LEVEL", D, D },
	{ "Called at IPI_LEVEL.", H, H },
	/* a condition on the arguments: no single range */
	{ "Any level if a GUID is passed in, otherwise PASSIVE_LEVEL.", U, U },
	{ "Any level (see Comments section)", P, H },
	{ "Any IRQL if BitMapHeader is memory-resident; <= APC_LEVEL if BitMapHeader is pageable or on Windows 7 and earlier", U, U },
	{ "Any IRQL", P, H },
	{ "<=PASSIVE_LEVEL", P, P },
	{ "<=DISPATCH_LEVEL (see Remarks section)", P, D },
	{ "<=DISPATCH_LEVEL  (See Remarks section.)", P, D },
	{ "<=(APC_LEVEL)", P, A },
	{ "<= PASSIVE_LEVEL", P, P },
	{ "<= HIGH_LEVEL", P, H },
	{ "<= DISPATCH_LEVEL (See remarks section)", P, D },
	{ "<= DISPATCH_LEVEL (See Remarks section.)", P, D },
	{ "<= DIRQL (see Remarks section)", P, I },
	/* PROFILE and CLOCK levels lie below IPI_LEVEL and fold into HIGH */
	{ "< IPI_LEVEL", P, H },
	/* as written in the file, before YAML removes the quotes */
	{ "\"<= DISPATCH_LEVEL\"", P, D },
	{ "\"< DISPATCH_LEVEL\"", P, A },
	/* shapes named in the design notes */
	{ "PASSIVE_LEVEL through DISPATCH_LEVEL", P, D },
	{ "PASSIVE_LEVEL or APC_LEVEL", P, A },
	{ "APC_LEVEL through DISPATCH_LEVEL", A, D },
	{ "_requires_same_", U, U },
	{ "_IRQL_requires_same_", U, U },
	{ "_IRQL_requires_(PASSIVE_LEVEL)", P, P },
	{ "_IRQL_requires_min_(DISPATCH_LEVEL)", D, H },
	{ "DISPATCH_LEVEL through PASSIVE_LEVEL", U, U },
	{ "FOO_LEVEL", U, U },
	{ "<=", U, U },
};

START_TEST(irql_table)
{
	const struct irql_case *c = &irql_cases[_i];
	kb_irql v = kb_irql_normalise(c->raw);
	ck_assert_str_eq(v.raw, c->raw);
	if (c->lo == U) {
		ck_assert_msg(!v.known, "\"%s\" should be unknown, got %d..%d", c->raw, v.range.lo, v.range.hi);
		ck_assert_int_eq(kb_irql_classify(v), KB_IRQL_UNKNOWN);
	} else {
		ck_assert_msg(v.known, "\"%s\" should be known", c->raw);
		ck_assert_msg(v.range.lo == c->lo && v.range.hi == c->hi, "\"%s\": got %d..%d, want %d..%d",
			      c->raw, v.range.lo, v.range.hi, c->lo, c->hi);
	}
}
END_TEST

START_TEST(irql_classes)
{
	ck_assert_int_eq(kb_irql_classify(kb_irql_normalise("PASSIVE_LEVEL")), KB_IRQL_EXACT);
	ck_assert_int_eq(kb_irql_classify(kb_irql_normalise("<= APC_LEVEL")), KB_IRQL_MAX);
	ck_assert_int_eq(kb_irql_classify(kb_irql_normalise(">= DISPATCH_LEVEL")), KB_IRQL_RANGE);
	ck_assert_int_eq(kb_irql_classify(kb_irql_normalise("Any level")), KB_IRQL_ANYLEVEL);
	ck_assert_int_eq(kb_irql_classify(kb_irql_normalise(NULL)), KB_IRQL_UNKNOWN);
	ck_assert_str_eq(kb_irql_normalise(NULL).raw, "");
}
END_TEST

/* Every req.irql value in the pages must be in the table above, so that a
 * new spelling in the docs gets an expected range written for it. */
static void check_irql_lines(const char *dir)
{
	DIR *d = opendir(dir);
	ck_assert_msg(d != NULL, "cannot open %s", dir);
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		char path[1024];
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		struct stat st;
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		char *text = slurp(path, NULL);
		for (char *l = text; l && *l;) {
			char *nl = strchr(l, '\n');
			if (nl)
				*nl = '\0';
			if (strncmp(l, "req.irql:", 9) == 0) {
				char *v = l + 9;
				while (*v == ' ')
					v++;
				size_t n = strlen(v);
				while (n && (v[n - 1] == ' ' || v[n - 1] == '\r'))
					v[--n] = '\0';
				if (n >= 2 && v[0] == '"' && v[n - 1] == '"') {
					v[n - 1] = '\0';
					v++;
				}
				bool found = false;
				for (size_t i = 0; i < sizeof(irql_cases) / sizeof(irql_cases[0]); i++)
					found |= strcmp(irql_cases[i].raw, v) == 0;
				ck_assert_msg(found, "%s: req.irql \"%s\" has no row in irql_cases", path, v);
			}
			l = nl ? nl + 1 : NULL;
		}
		free(text);
	}
	closedir(d);
}

START_TEST(irql_table_covers_docs)
{
	if (!have_docs())
		return;
	DIR *d = opendir(DDICHECK_SHARED_DOCS "/ddi");
	ck_assert_ptr_nonnull(d);
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		char path[512];
		snprintf(path, sizeof(path), "%s/ddi/%s", DDICHECK_SHARED_DOCS, de->d_name);
		check_irql_lines(path);
	}
	closedir(d);
	check_irql_lines(DDICHECK_SHARED_DOCS "/legacy-format");
}
END_TEST

/* ---- syntax ------------------------------------------------------------ */

START_TEST(syntax_prototype)
{
	arena *a = arena_new();
	kb_proto p;
	const char *code =
		"_IRQL_requires_max_(DISPATCH_LEVEL)\n"
		"NTKERNELAPI NTSTATUS IoCreateDevice(\n"
		"  _In_     PDRIVER_OBJECT  DriverObject,\n"
		"  IN OUT   PULONG          Count,\n"
		"  _In_opt_ PUNICODE_STRING DeviceName,   // comment\n"
		"  [out] PDEVICE_OBJECT  *DeviceObject,\n"
		"  _In_reads_bytes_(Len) VOID (*Routine)(PVOID Ctx),\n"
		"  ...\n"
		");\n";
	ck_assert_int_eq(kb_syntax_function(a, code, "IoCreateDevice", &p), 0);
	ck_assert_str_eq(p.name, "IoCreateDevice");
	ck_assert_str_eq(p.ret, "NTSTATUS");
	ck_assert_uint_eq(p.nparams, 6);
	ck_assert_str_eq(p.params[0].type, "PDRIVER_OBJECT");
	ck_assert_int_eq(p.params[0].dir, KB_DIR_IN);
	ck_assert_int_eq(p.params[1].dir, KB_DIR_INOUT);
	ck_assert(p.params[2].optional);
	ck_assert_str_eq(p.params[3].name, "DeviceObject");
	ck_assert_str_eq(p.params[3].type, "PDEVICE_OBJECT *");
	ck_assert_int_eq(p.params[3].dir, KB_DIR_OUT);
	ck_assert_str_eq(p.params[4].name, "Routine");
	ck_assert_str_eq(p.params[4].type, "VOID (*)(PVOID Ctx)");
	ck_assert_str_eq(p.params[5].name, "...");
	ck_assert_int_eq(kb_syntax_function(a, "VOID F(VOID);", NULL, &p), 0);
	ck_assert_uint_eq(p.nparams, 0);
	ck_assert_int_eq(kb_syntax_function(a, "typedef VOID (NAME_FN)(PVOID X);", NULL, &p), 0);
	ck_assert_str_eq(p.name, "NAME_FN");
	ck_assert_str_eq(p.ret, "VOID");
	ck_assert_int_eq(kb_syntax_function(a, "MINIPORT_INITIALIZE MyInit;", NULL, &p), -1);
	arena_free(a);
}
END_TEST

START_TEST(syntax_struct_enum)
{
	arena *a = arena_new();
	kb_struct_decl s;
	const char *code =
		"typedef struct _X {\n"
		"  ULONG a, *b;\n"
		"  union {\n"
		"    struct _X *Next;\n"
		"    struct { PVOID Ctx[4]; };\n"
		"  } U;\n"
		"#if (NDIS_SUPPORT_NDIS61)\n"
		"  ULONG Flag : 1;\n"
		"#endif\n"
		"  VOID (*Fn)(PVOID);\n"
		"} X, *PX;\n";
	ck_assert_int_eq(kb_syntax_struct(a, code, NULL, &s), 0);
	ck_assert_str_eq(s.tag, "_X");
	ck_assert_uint_eq(s.nnames, 1);
	ck_assert_str_eq(s.names[0], "X");
	ck_assert_uint_eq(s.nptrnames, 1);
	ck_assert_str_eq(s.ptrnames[0], "PX");
	const char *want[][2] = { { "a", "ULONG" }, { "b", "ULONG *" }, { "U", "union" },
				  { "U.Next", "struct _X *" }, { "U.Ctx", "PVOID[4]" },
				  { "Flag", "ULONG" }, { "Fn", "VOID (*)(PVOID)" } };
	ck_assert_uint_eq(s.nfields, 7);
	for (size_t i = 0; i < 7; i++) {
		ck_assert_str_eq(s.fields[i].name, want[i][0]);
		ck_assert_str_eq(s.fields[i].type, want[i][1]);
	}
	kb_enum_decl e;
	ck_assert_int_eq(kb_syntax_enum(a, "typedef enum _E { A, B = 4, C, D = B + 2, F = (1 << 3) | 1, G = X } E;",
					NULL, &e), 0);
	ck_assert_uint_eq(e.nitems, 6);
	ck_assert(e.items[0].has_value && e.items[0].value == 0);
	ck_assert(e.items[2].has_value && e.items[2].value == 5);
	ck_assert(e.items[3].has_value && e.items[3].value == 6);
	ck_assert(e.items[4].has_value && e.items[4].value == 9);
	ck_assert(!e.items[5].has_value);
	ck_assert_str_eq(e.items[5].expr, "X");
	arena_free(a);
}
END_TEST

/* ---- real pages -------------------------------------------------------- */

START_TEST(legacy_page_alone)
{
	if (!have_docs())
		return;
	char *docs = tmpdir();
	copy_in(DDICHECK_SHARED_DOCS "/legacy-format/nf-ndis-ndisimassociateminiport.md", docs,
		"nf-ndis-ndisimassociateminiport.md");
	char *out = import_into(docs, 0, NULL, NULL);
	kb *k = load_ok(out);
	const kb_entry *e = kb_function(k, "NdisIMAssociateMiniport");
	ck_assert_ptr_nonnull(e);
	ck_assert_str_eq(e->header, "ndis.h");
	ck_assert_str_eq(e->page, "nf-ndis-ndisimassociateminiport.md");
	ck_assert(e->irql.known);
	ck_assert(irql_equal(e->irql.range, irql_exact(IRQL_PASSIVE)));
	ck_assert_uint_eq(e->nrules, 1);
	ck_assert_str_eq(e->rules[0], "Irql_IM_Function");
	ck_assert_str_eq(e->ret, "VOID");
	ck_assert_uint_eq(e->nparams, 2);
	ck_assert_str_eq(param(e, 0)->name, "DriverHandle");
	ck_assert_str_eq(param(e, 1)->name, "ProtocolHandle");
	for (size_t i = 0; i < 2; i++) {
		ck_assert_int_eq(param(e, i)->dir, KB_DIR_IN);
		ck_assert(!param(e, i)->optional);
		ck_assert_str_eq(param(e, i)->type, "NDIS_HANDLE");
	}
	kb_free(k);
	rm_tree(out);
	rm_tree(docs);
	free(out);
	free(docs);
}
END_TEST

START_TEST(legacy_dir_with_tab_items)
{
	if (!have_docs())
		return;
	/* the other legacy pages write "-<TAB>item" in their front matter */
	char *out = import_into(DDICHECK_SHARED_DOCS "/legacy-format", 0, NULL, NULL);
	kb *k = load_ok(out);
	const kb_entry *e = kb_function(k, "NdisMRegisterMiniportDriver");
	ck_assert_ptr_nonnull(e);
	ck_assert_uint_eq(e->nparams, 5);
	ck_assert_str_eq(param(e, 4)->name, "NdisMiniportDriverHandle");
	ck_assert_int_eq(param(e, 4)->dir, KB_DIR_OUT);
	const kb_entry **v;
	ck_assert_uint_eq(kb_functions_for_rule(k, "Irql_IM_Function", &v), 5);
	kb_free(k);
	rm_tree(out);
	free(out);
}
END_TEST

/* One full import shared by the tests below (each test runs in its own
 * process, so it is redone per test; it takes well under a second). */
static char *full_import(char **summary)
{
	return import_into(DDICHECK_SHARED_DOCS, 0, summary, NULL);
}

START_TEST(full_import_facts)
{
	if (!have_docs())
		return;
	char *out = full_import(NULL);
	kb *k = load_ok(out);
	const kb_entry *e = kb_function(k, "NdisMRegisterMiniportDriver");
	ck_assert_ptr_nonnull(e);
	ck_assert_str_eq(e->page, "ddi/ndis/nf-ndis-ndismregisterminiportdriver.md");
	ck_assert_uint_eq(e->nparams, 5);
	ck_assert_str_eq(param(e, 4)->name, "NdisMiniportDriverHandle");
	ck_assert_int_eq(param(e, 4)->dir, KB_DIR_OUT);
	ck_assert_str_eq(param(e, 4)->type, "PNDIS_HANDLE");
	ck_assert(param(e, 2)->optional);
	ck_assert_str_eq(e->ret, "NDIS_STATUS");
	ck_assert(irql_equal(e->irql.range, irql_exact(IRQL_PASSIVE)) && e->irql.known);

	e = kb_function(k, "NdisRegisterProtocolDriver");
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(param(e, e->nparams - 1)->dir, KB_DIR_OUT);

	/* spin lock family */
	struct { const char *name; int lo, hi; } locks[] = {
		{ "KeAcquireSpinLock", P, D }, { "KeReleaseSpinLock", D, D },
		{ "NdisAcquireSpinLock", P, D }, { "NdisReleaseSpinLock", D, D },
		{ "NdisDprAcquireSpinLock", D, D }, { "KeAcquireSpinLockRaiseToDpc", P, D },
	};
	for (size_t i = 0; i < sizeof(locks) / sizeof(locks[0]); i++) {
		e = kb_function(k, locks[i].name);
		ck_assert_msg(e != NULL, "%s missing", locks[i].name);
		ck_assert_msg(e->irql.known && e->irql.range.lo == locks[i].lo && e->irql.range.hi == locks[i].hi,
			      "%s: irql %d..%d (%s)", locks[i].name, e->irql.range.lo, e->irql.range.hi, e->irql.raw);
	}
	e = kb_function(k, "KeAcquireSpinLockAtDpcLevel");
	ck_assert_ptr_nonnull(e);
	ck_assert(!e->irql.known);   /* the page says only "See Remarks section." */
	ck_assert_str_eq(e->irql.raw, "See Remarks section.");

	e = kb_callback(k, "MINIPORT_INITIALIZE");
	ck_assert_ptr_nonnull(e);
	ck_assert(e->irql.known && irql_equal(e->irql.range, irql_exact(IRQL_PASSIVE)));
	ck_assert_str_eq(e->ret, "NDIS_STATUS");
	ck_assert_uint_eq(e->nparams, 3);
	ck_assert_str_eq(param(e, 2)->type, "PNDIS_MINIPORT_INIT_PARAMETERS");
	e = kb_callback(k, "KDEFERRED_ROUTINE");
	ck_assert(e && e->irql.known && irql_equal(e->irql.range, irql_exact(IRQL_DISPATCH)));

	/* registration fields, by typedef and by tag name */
	struct { const char *s, *f, *role; } fields[] = {
		{ "NDIS_MINIPORT_DRIVER_CHARACTERISTICS", "InitializeHandlerEx", "MINIPORT_INITIALIZE" },
		{ "_NDIS_MINIPORT_DRIVER_CHARACTERISTICS", "InitializeHandlerEx", "MINIPORT_INITIALIZE" },
		{ "NDIS_MINIPORT_DRIVER_CHARACTERISTICS", "UnloadHandler", "MINIPORT_UNLOAD" },
		{ "NDIS_PROTOCOL_DRIVER_CHARACTERISTICS", "BindAdapterHandlerEx", "PROTOCOL_BIND_ADAPTER_EX" },
		{ "_NDIS_PROTOCOL_DRIVER_CHARACTERISTICS", "UnbindAdapterHandlerEx", "PROTOCOL_UNBIND_ADAPTER_EX" },
		{ "NDIS_TIMER_CHARACTERISTICS", "TimerFunction", "NDIS_TIMER_FUNCTION" },
		{ "WDF_DRIVER_CONFIG", "EvtDriverDeviceAdd", "EVT_WDF_DRIVER_DEVICE_ADD" },
		{ "IRP", "CancelRoutine", "DRIVER_CANCEL" },
	};
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		const kb_field *f = kb_struct_field(k, fields[i].s, fields[i].f);
		ck_assert_msg(f != NULL, "%s.%s missing", fields[i].s, fields[i].f);
		ck_assert_msg(f->role && strcmp(f->role, fields[i].role) == 0, "%s.%s: role %s, want %s",
			      fields[i].s, fields[i].f, f->role ? f->role : "(none)", fields[i].role);
	}
	/* data fields that the docs link to a callback page register nothing */
	const kb_field *f = kb_struct_field(k, "IRP", "PendingReturned");
	ck_assert(f && !f->role);
	f = kb_struct_field(k, "WDF_TIMER_CONFIG", "Period");
	ck_assert(f && !f->role);
	ck_assert_str_eq(kb_struct_field(k, "NDIS_MINIPORT_DRIVER_CHARACTERISTICS", "InitializeHandlerEx")->type,
			 "MINIPORT_INITIALIZE_HANDLER");
	kb_free(k);
	rm_tree(out);
	free(out);
}
END_TEST

static const char *const ndis_irql_rules[] = {
	"Irql_CallManager_Function", "Irql_Connection_Function", "Irql_Filter_Driver_Function",
	"Irql_Gather_DMA_Function", "Irql_IM_Function", "Irql_Interfaces_Function",
	"Irql_Interrupt_Function", "Irql_IrqlSetting_Function", "Irql_MCM_Function",
	"Irql_MCO_Function", "Irql_Miniport_Driver_Function", "Irql_Miscellaneous_Function",
	/* the rule page spells it NetBuffer */
	"Irql_NetBuffer_Function", "Irql_OID_Function", "Irql_Protocol_Driver_Function",
	"Irql_SendRcv_Function", "Irql_StatusIndication_Function", "Irql_Synch_Function",
	"Irql_Timer_Function",
};

START_TEST(full_import_rules)
{
	if (!have_docs())
		return;
	char *out = full_import(NULL);
	kb *k = load_ok(out);
	const kb_entry **v;
	for (size_t i = 0; i < sizeof(ndis_irql_rules) / sizeof(ndis_irql_rules[0]); i++)
		ck_assert_msg(kb_functions_for_rule(k, ndis_irql_rules[i], &v) >= 1, "%s covers no function",
			      ndis_irql_rules[i]);
	const char *im[] = { "NdisIMAssociateMiniport", "NdisIMCancelInitializeDeviceInstance",
			     "NdisIMDeInitializeDeviceInstance", "NdisIMGetBindingContext",
			     "NdisIMInitializeDeviceInstanceEx" };
	ck_assert_uint_eq(kb_functions_for_rule(k, "Irql_IM_Function", &v), 5);
	for (size_t i = 0; i < 5; i++)
		ck_assert_str_eq(v[i]->name, im[i]);
	/* NET_BUFFER functions are documented in nblapi.h, which the docs lack:
	 * they come from the rule page only, with their header and no IRQL */
	const kb_entry *e = kb_function(k, "NdisAllocateNetBufferList");
	ck_assert_ptr_nonnull(e);
	ck_assert_str_eq(e->header, "nblapi.h");
	ck_assert_str_eq(e->page, "devtest/ndis-irql-netbuffer-function.md");
	ck_assert(!e->irql.known);
	/* escaped names in a rule page ("NDIS\_LOWER\_IRQL") still link */
	ck_assert_uint_eq(kb_functions_for_rule(k, "Irql_IrqlSetting_Function", &v), 2);
	kb_free(k);
	rm_tree(out);
	free(out);
}
END_TEST

static void compare_dirs(const char *want, const char *got)
{
	static const char *const files[] = { "functions.tsv", "callbacks.tsv", "params.tsv", "structs.tsv",
					     "fields.tsv", "roletypes.tsv", "enums.tsv", "enumerators.tsv",
					     "rules.tsv" };
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		char p1[512], p2[512];
		snprintf(p1, sizeof(p1), "%s/%s", want, files[i]);
		snprintf(p2, sizeof(p2), "%s/%s", got, files[i]);
		size_t n1, n2;
		char *a = slurp(p1, &n1), *b = slurp(p2, &n2);
		ck_assert_msg(a != NULL, "%s missing", p1);
		ck_assert_msg(b != NULL, "%s missing", p2);
		ck_assert_msg(n1 == n2 && memcmp(a, b, n1) == 0,
			      "%s differs from %s (regenerate rules/kb with the import)", p1, p2);
		free(a);
		free(b);
	}
}

START_TEST(committed_kb_is_fresh)
{
	if (!have_docs())
		return;
	char *out = full_import(NULL);
	compare_dirs(DDICHECK_RULES_DIR "/kb", out);
	rm_tree(out);
	free(out);
}
END_TEST

START_TEST(import_is_deterministic)
{
	if (!have_docs())
		return;
	char *summary = NULL;
	char *a = full_import(&summary), *b = full_import(NULL);
	compare_dirs(a, b);
	ck_assert_ptr_nonnull(strstr(summary, " 0 rejected"));
	ck_assert_ptr_nonnull(strstr(summary, "irql of functions: exact "));
	rm_tree(a);
	rm_tree(b);
	free(a);
	free(b);
	free(summary);
}
END_TEST

/* ---- bad input --------------------------------------------------------- */

static const char good_page[] =
	"---\nUID: NF:x.GoodFn\napi_name:\n - GoodFn\nreq.header: x.h\nreq.irql: PASSIVE_LEVEL\n"
	"some.unknown-field: [1, 2]\n---\n\n## -syntax\n````\nVOID GoodFn(_In_ ULONG A);\n````\n"
	"## -parameters\n### -param A [in]\n";

START_TEST(bad_pages)
{
	char *docs = tmpdir();
	spit(docs, "nf-x-goodfn.md", good_page, strlen(good_page));
	const char nofm[] = "# A page\n\nno front matter here\n";
	spit(docs, "nf-x-nofm.md", nofm, strlen(nofm));
	const char broken[] = "---\nUID: NF:x.Broken\napi_name: [unclosed\nreq.irql: x\n---\n";
	spit(docs, "nf-x-broken.md", broken, strlen(broken));
	const char unclosed[] = "---\nUID: NF:x.Unclosed\n";
	spit(docs, "nf-x-unclosed.md", unclosed, strlen(unclosed));
	const char latin1[] = "---\nUID: NF:x.Latin\ntitle: caf\xe9\n---\n";
	spit(docs, "nf-x-latin1.md", latin1, strlen(latin1));
	size_t big = 10u * 1024u * 1024u;
	char *huge = malloc(big);
	memset(huge, 'a', big);
	memcpy(huge, good_page, strlen(good_page));
	spit(docs, "nf-x-huge.md", huge, big);
	free(huge);
	const char nul[] = "---\nUID: NF:x.Nul\n---\nab\0cd\n";
	spit(docs, "nf-x-nul.md", nul, sizeof(nul) - 1);
	spit(docs, "notes.txt", "not a page", 10);

	char *summary = NULL, *errors = NULL;
	char *out = import_into(docs, 1, &summary, &errors);
	ck_assert_msg(strstr(errors, "nf-x-nofm.md:1: no front matter"), "%s", errors);
	ck_assert_msg(strstr(errors, "nf-x-broken.md:4: front matter is not valid YAML: did not find expected ',' or ']' "
				    "(while parsing a flow sequence started on line 3)"), "%s", errors);
	ck_assert_msg(strstr(errors, "nf-x-unclosed.md:1: front matter is not closed"), "%s", errors);
	ck_assert_msg(strstr(errors, "nf-x-latin1.md:3: bytes that are not UTF-8"), "%s", errors);
	ck_assert_msg(strstr(errors, "nf-x-huge.md: page too large"), "%s", errors);
	ck_assert_msg(strstr(errors, "nf-x-nul.md:4: NUL byte"), "%s", errors);
	ck_assert_msg(!strstr(errors, "goodfn"), "%s", errors);
	ck_assert_msg(strstr(summary, "7 pages read, 6 rejected, 1 other files skipped"), "%s", summary);
	kb *k = load_ok(out);
	const kb_entry *e = kb_function(k, "GoodFn");
	ck_assert_ptr_nonnull(e);
	ck_assert_uint_eq(e->nparams, 1);
	ck_assert_str_eq(param(e, 0)->type, "ULONG");
	ck_assert_ptr_null(kb_function(k, "Broken"));
	kb_free(k);
	free(summary);
	free(errors);
	rm_tree(out);
	rm_tree(docs);
	free(out);
	free(docs);
}
END_TEST

START_TEST(unusable_dirs)
{
	char *errors = NULL;
	char *out = import_into("/nonexistent/ddicheck-docs", 2, NULL, &errors);
	ck_assert_msg(strstr(errors, "/nonexistent/ddicheck-docs: cannot read directory"), "%s", errors);
	free(errors);
	/* nothing is written when the input is unusable */
	char path[512];
	snprintf(path, sizeof(path), "%s/functions.tsv", out);
	ck_assert_int_ne(access(path, F_OK), 0);
	rm_tree(out);
	free(out);

	char *empty = tmpdir();
	out = import_into(empty, 2, NULL, &errors);
	ck_assert_msg(strstr(errors, "no files to import"), "%s", errors);
	free(errors);
	rm_tree(out);
	free(out);

	/* only non-pages: also unusable */
	spit(empty, "README.md", "# hello\n", 8);
	out = import_into(empty, 2, NULL, &errors);
	ck_assert_msg(strstr(errors, "no usable page"), "%s", errors);
	free(errors);
	rm_tree(out);
	free(out);

	/* output that cannot be written */
	spit(empty, "nf-x-goodfn.md", good_page, strlen(good_page));
	const char *dirs[] = { empty };
	char *ebuf = NULL;
	size_t elen = 0;
	FILE *e = open_memstream(&ebuf, &elen);
	ck_assert_int_eq(kb_import_run(dirs, 1, "/nonexistent/dir/kb", NULL, e), 2);
	fclose(e);
	ck_assert_msg(strstr(ebuf, "/nonexistent/dir/kb: cannot create directory"), "%s", ebuf);
	free(ebuf);
	rm_tree(empty);
	free(empty);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("kb_import");
	TCase *t = tcase_create("irql");
	tcase_add_loop_test(t, irql_table, 0, (int)(sizeof(irql_cases) / sizeof(irql_cases[0])));
	tcase_add_test(t, irql_classes);
	tcase_add_test(t, irql_table_covers_docs);
	suite_add_tcase(s, t);
	t = tcase_create("syntax");
	tcase_add_test(t, syntax_prototype);
	tcase_add_test(t, syntax_struct_enum);
	suite_add_tcase(s, t);
	t = tcase_create("pages");
	tcase_set_timeout(t, 120);
	tcase_add_test(t, legacy_page_alone);
	tcase_add_test(t, legacy_dir_with_tab_items);
	tcase_add_test(t, full_import_facts);
	tcase_add_test(t, full_import_rules);
	tcase_add_test(t, committed_kb_is_fresh);
	tcase_add_test(t, import_is_deterministic);
	suite_add_tcase(s, t);
	t = tcase_create("bad_input");
	tcase_set_timeout(t, 60);
	tcase_add_test(t, bad_pages);
	tcase_add_test(t, unusable_dirs);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
