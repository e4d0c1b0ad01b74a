/* Extraction (frontend/ + extract/) end to end: snippets parsed from memory
 * through fe_extract_buffer, asserting the facts: call order and results,
 * access paths, values, initialiser leaves and roles, annotations, keys,
 * locations, diagnostics, include order and compilation databases. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "facts/facts_dump.h"
#include "frontend/frontend.h"

#define DATA DDICHECK_TEST_DATA "/extract"

typedef struct parsed {
	fe_session *s;
	fx_tu *tu;
} parsed;

static parsed parse_args(const char *src, const char *model, const char *const *args, size_t nargs)
{
	parsed p;
	fe_config cfg = { model, NULL, 0 };
	p.s = fe_session_new(&cfg);
	ck_assert_int_eq(fe_extract_buffer(p.s, "drv.c", src, strlen(src), args, nargs, &p.tu), 0);
	ck_assert(p.tu->parsed);
	if (p.tu->nerrors)
		fx_dump_tu(stderr, p.tu);
	return p;
}

static parsed parse(const char *src)
{
	parsed p = parse_args(src, NULL, NULL, 0);
	ck_assert_uint_eq(p.tu->nerrors, 0);
	return p;
}

static void done(parsed *p)
{
	fx_tu_free(p->tu);
	fe_session_free(p->s);
}

static const fx_function *fn_find(const fx_tu *tu, const char *key, bool def)
{
	for (uint32_t i = 0; i < tu->nfuncs; i++)
		if (!strcmp(tu->funcs[i].key, key) && tu->funcs[i].is_definition == def)
			return &tu->funcs[i];
	return NULL;
}

static const fx_function *fn_def(const fx_tu *tu, const char *key)
{
	const fx_function *fn = fn_find(tu, key, true);
	ck_assert_msg(fn != NULL, "no definition of %s", key);
	return fn;
}

/* All events of a function in block order (tests use straight-line code). */
static const fx_event *ev_at(const fx_function *fn, uint32_t k)
{
	for (uint32_t b = 0; b < fn->nblocks; b++) {
		if (k < fn->blocks[b].nevents)
			return &fn->blocks[b].events[k];
		k -= fn->blocks[b].nevents;
	}
	ck_abort_msg("event %u missing", k);
	return NULL;
}

/* The assignment written to `lhs` (first one). */
static const fx_assign *assign_to(const fx_event *evs, uint32_t n, const char *lhs)
{
	for (uint32_t i = 0; i < n; i++)
		if (evs[i].kind == FX_EV_ASSIGN && !strcmp(evs[i].u.assign.lhs, lhs))
			return &evs[i].u.assign;
	return NULL;
}

static const fx_assign *fn_assign(const fx_function *fn, const char *lhs)
{
	for (uint32_t b = 0; b < fn->nblocks; b++) {
		const fx_assign *a = assign_to(fn->blocks[b].events, fn->blocks[b].nevents, lhs);
		if (a)
			return a;
	}
	ck_abort_msg("no assignment to %s", lhs);
	return NULL;
}

static const fx_call *fn_call(const fx_function *fn, uint32_t id)
{
	for (uint32_t b = 0; b < fn->nblocks; b++)
		for (uint32_t i = 0; i < fn->blocks[b].nevents; i++)
			if (fn->blocks[b].events[i].kind == FX_EV_CALL && fn->blocks[b].events[i].u.call.id == id)
				return &fn->blocks[b].events[i].u.call;
	ck_abort_msg("no call R:%u", id);
	return NULL;
}

static bool has_annot(const fx_function *fn, fx_annot_kind k, int level, int param)
{
	for (uint32_t i = 0; i < fn->nannots; i++)
		if (fn->annots[i].kind == k && fn->annots[i].level == level && fn->annots[i].param == param)
			return true;
	return false;
}

START_TEST(call_order_and_results)
{
	parsed p = parse("int f(int, int); int g(int); int h(int);\n"
			 "int t(void) { int x; x = f(g(1), h(2)); return f(x, g(3)); }");
	const fx_function *fn = fn_def(p.tu, "t");
	ck_assert_uint_eq(fn->ncalls, 5);
	const fx_event *e0 = ev_at(fn, 0), *e1 = ev_at(fn, 1), *e2 = ev_at(fn, 2), *e3 = ev_at(fn, 3);
	ck_assert_int_eq(e0->kind, FX_EV_CALL);
	ck_assert_str_eq(e0->u.call.callee, "g");
	ck_assert_uint_eq(e0->u.call.id, 0);
	ck_assert_str_eq(e1->u.call.callee, "h");
	ck_assert_uint_eq(e1->u.call.id, 1);
	ck_assert_str_eq(e2->u.call.callee, "f");
	ck_assert_uint_eq(e2->u.call.nargs, 2);
	ck_assert_int_eq(e2->u.call.args[0].kind, FX_VAL_PATH);
	ck_assert_str_eq(e2->u.call.args[0].path, "R:0");
	ck_assert_str_eq(e2->u.call.args[1].path, "R:1");
	ck_assert_str_eq(e2->u.call.args[1].text, "h(2)");
	ck_assert_int_eq(e3->kind, FX_EV_ASSIGN);
	ck_assert_str_eq(e3->u.assign.lhs, "L:x@2");
	ck_assert_str_eq(e3->u.assign.rhs.path, "R:2");
	ck_assert(!e3->u.assign.is_init);
	const fx_event *e6 = ev_at(fn, 6);
	ck_assert_int_eq(e6->kind, FX_EV_RETURN);
	ck_assert_str_eq(e6->u.ret.path, "R:4");
	ck_assert_str_eq(ev_at(fn, 5)->u.call.args[1].path, "R:3");
	done(&p);
}
END_TEST

START_TEST(access_paths)
{
	parsed p = parse("struct S { int f; struct S *next; int arr[4]; struct { int in; } sub; };\n"
			 "struct S G; static struct S SG; int *GP;\n"
			 "void use(int);\n"
			 "void t(struct S *p, struct S s) {\n"
			 "  int x;\n"
			 "  int a[3];\n"
			 "  use(G.f);\n"                   /* R:0 */
			 "  use(SG.next->f);\n"            /* R:1 */
			 "  use(p->f);\n"                  /* R:2 */
			 "  use((*p).f);\n"                /* R:3 */
			 "  use(p->arr[x]);\n"             /* R:4 */
			 "  use(s.sub.in);\n"              /* R:5 */
			 "  use(*GP);\n"                   /* R:6 */
			 "  use(*&x);\n"                   /* R:7 */
			 "  use(a[1]);\n"                  /* R:8 */
			 "  use((&s)->f);\n"               /* R:9 */
			 "  use(((int)p->next->f));\n"     /* R:10 */
			 "}");
	const fx_function *fn = fn_def(p.tu, "t");
	const char *want[] = {
		"G:G.f", "G:drv.c::SG.next>f", "P:0>f", "P:0>f", "P:0>arr[]", "P:1.sub.in",
		"G:GP^", "L:x@5", "L:a@6[]", "P:1.f", "P:0>next>f",
	};
	for (uint32_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		const fx_call *c = fn_call(fn, i);
		ck_assert_int_eq(c->args[0].kind, FX_VAL_PATH);
		ck_assert_str_eq(c->args[0].path, want[i]);
	}
	done(&p);
}
END_TEST

START_TEST(values)
{
	parsed p = parse("#define NULL ((void*)0)\n"
			 "#define STATUS_OK 0x10\n"
			 "enum E { E_A = 1, E_B = 5 };\n"
			 "typedef struct S { int f; } S;\n"
			 "int Arr[4]; S Gs;\n"
			 "void cb(void);\n"
			 "void use(const void *, long long);\n"
			 "void t(S *p, int n) {\n"
			 "  use(&Gs.f, E_B);\n"          /* ADDR, INT enumerator */
			 "  use(Arr, STATUS_OK);\n"      /* array decay, INT macro */
			 "  use(cb, 3 + 4);\n"           /* FUNC, folded constant */
			 "  use(NULL, sizeof(S));\n"     /* NULL, constant */
			 "  use(0, n * 2);\n"            /* 0 as a pointer, UNKNOWN */
			 "  use(&(*p), -1);\n"           /* &*p is p */
			 "  use(\"str\", n);\n"
			 "}");
	const fx_function *fn = fn_def(p.tu, "t");
	const fx_call *c;
	c = fn_call(fn, 0);
	ck_assert_int_eq(c->args[0].kind, FX_VAL_ADDR);
	ck_assert_str_eq(c->args[0].path, "G:Gs.f");
	ck_assert_int_eq(c->args[1].kind, FX_VAL_INT);
	ck_assert_int_eq(c->args[1].num, 5);
	ck_assert_str_eq(c->args[1].path, "E_B");
	c = fn_call(fn, 1);
	ck_assert_int_eq(c->args[0].kind, FX_VAL_ADDR);
	ck_assert_str_eq(c->args[0].path, "G:Arr");
	ck_assert_int_eq(c->args[1].kind, FX_VAL_INT);
	ck_assert_int_eq(c->args[1].num, 16);
	ck_assert_str_eq(c->args[1].path, "STATUS_OK");
	ck_assert_str_eq(c->args[1].text, "STATUS_OK");
	c = fn_call(fn, 2);
	ck_assert_int_eq(c->args[0].kind, FX_VAL_FUNC);
	ck_assert_str_eq(c->args[0].path, "cb");
	ck_assert_int_eq(c->args[1].num, 7);
	ck_assert_ptr_null(c->args[1].path);
	c = fn_call(fn, 3);
	ck_assert_int_eq(c->args[0].kind, FX_VAL_NULL);
	ck_assert_int_eq(c->args[1].kind, FX_VAL_INT);
	ck_assert_int_eq(c->args[1].num, 4);
	c = fn_call(fn, 4);
	ck_assert_int_eq(c->args[0].kind, FX_VAL_NULL);
	ck_assert_int_eq(c->args[1].kind, FX_VAL_UNKNOWN);
	ck_assert_str_eq(c->args[1].text, "n * 2");
	c = fn_call(fn, 5);
	ck_assert_int_eq(c->args[0].kind, FX_VAL_PATH);
	ck_assert_str_eq(c->args[0].path, "P:0");
	ck_assert_int_eq(c->args[1].num, -1);
	c = fn_call(fn, 6);
	ck_assert_int_eq(c->args[0].kind, FX_VAL_UNKNOWN);
	done(&p);
}
END_TEST

#define CALLBACK_TYPES                                                                   \
	"typedef int MINIPORT_INITIALIZE(void *h, int x);\n"                             \
	"typedef MINIPORT_INITIALIZE *MINIPORT_INITIALIZE_HANDLER;\n"                    \
	"typedef long DRIVER_DISPATCH(void *dev, void *irp);\n"                           \
	"typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;\n"                                   \
	"typedef void KDEFERRED_ROUTINE(void *Ctx);\n"                                   \
	"typedef KDEFERRED_ROUTINE (*PKDEFERRED_ROUTINE);\n"                             \
	"typedef struct CHARS { int Ver; MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx;\n" \
	"  struct { int a; PDRIVER_DISPATCH d; } sub; } CHARS;\n"                         \
	"typedef struct DRV { PDRIVER_DISPATCH MajorFunction[28]; } DRV;\n"

START_TEST(initialisers_and_roles)
{
	parsed p = parse(CALLBACK_TYPES
			 "MINIPORT_INITIALIZE MpInit;\n"
			 "static DRIVER_DISPATCH Disp;\n"
			 "static CHARS Gc = { .Ver = 2, .InitializeHandlerEx = MpInit, .sub = { 3, Disp } };\n"
			 "PDRIVER_DISPATCH Table[2] = { Disp, 0 };\n"
			 "void t(DRV *d) {\n"
			 "  CHARS c = { 1, MpInit };\n"
			 "  d->MajorFunction[3] = Disp;\n"
			 "  c.sub.d = Disp;\n"
			 "}\n"
			 "static long Disp(void *a, void *b) { return 0; }\n");
	const fx_tu *tu = p.tu;
	ck_assert_uint_eq(tu->ninits, 6);
	const fx_assign *a = assign_to(tu->inits, tu->ninits, "G:drv.c::Gc.InitializeHandlerEx");
	ck_assert_ptr_nonnull(a);
	ck_assert(a->is_init);
	ck_assert_int_eq(a->rhs.kind, FX_VAL_FUNC);
	ck_assert_str_eq(a->rhs.path, "MpInit");
	ck_assert_str_eq(a->lhs_role, "MINIPORT_INITIALIZE");
	ck_assert_str_eq(a->lhs_type, "MINIPORT_INITIALIZE_HANDLER");
	a = assign_to(tu->inits, tu->ninits, "G:drv.c::Gc.sub.d");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->rhs.path, "drv.c::Disp");
	ck_assert_str_eq(a->lhs_role, "DRIVER_DISPATCH");
	a = assign_to(tu->inits, tu->ninits, "G:drv.c::Gc.Ver");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_null(a->lhs_role);
	ck_assert_int_eq(a->rhs.num, 2);
	a = assign_to(tu->inits, tu->ninits, "G:Table[]");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->lhs_role, "DRIVER_DISPATCH");

	const fx_function *fn = fn_def(tu, "t");
	a = fn_assign(fn, "L:c@15.InitializeHandlerEx");
	ck_assert(a->is_init);
	ck_assert_str_eq(a->lhs_role, "MINIPORT_INITIALIZE");
	ck_assert_str_eq(a->rhs.path, "MpInit");
	a = fn_assign(fn, "P:0>MajorFunction[]");
	ck_assert_str_eq(a->lhs_role, "DRIVER_DISPATCH");
	ck_assert_int_eq(a->rhs.kind, FX_VAL_FUNC);
	a = fn_assign(fn, "L:c@15.sub.d");
	ck_assert_str_eq(a->lhs_role, "DRIVER_DISPATCH");
	ck_assert(!a->is_init);
	done(&p);
}
END_TEST

START_TEST(call_arg_roles_and_indirect_calls)
{
	parsed p = parse(CALLBACK_TYPES
			 "void KeInitializeDpc(void *Dpc, PKDEFERRED_ROUTINE Routine, void *Ctx);\n"
			 "KDEFERRED_ROUTINE MyDpc;\n"
			 "int Dpc;\n"
			 "void t(CHARS *c, PDRIVER_DISPATCH *tab, void (*fp)(int)) {\n"
			 "  KeInitializeDpc(&Dpc, MyDpc, c);\n"
			 "  c->InitializeHandlerEx(0, 2);\n"
			 "  tab[1](0, 0);\n"
			 "  (*fp)(3);\n"
			 "  (&KeInitializeDpc)(0, 0, 0);\n"
			 "}\n");
	const fx_function *fn = fn_def(p.tu, "t");
	const fx_call *c = fn_call(fn, 0);
	ck_assert_str_eq(c->callee, "KeInitializeDpc");
	ck_assert_str_eq(c->callee_name, "KeInitializeDpc");
	ck_assert_ptr_null(c->arg_roles[0]);
	ck_assert_str_eq(c->arg_roles[1], "KDEFERRED_ROUTINE");
	ck_assert_str_eq(c->arg_types[1], "PKDEFERRED_ROUTINE");
	ck_assert_int_eq(c->args[1].kind, FX_VAL_FUNC);
	ck_assert_str_eq(c->args[1].path, "MyDpc");
	ck_assert_int_eq(c->args[0].kind, FX_VAL_ADDR);
	ck_assert_str_eq(c->args[0].path, "G:Dpc");
	c = fn_call(fn, 1);
	ck_assert_ptr_null(c->callee);
	ck_assert_int_eq(c->target.kind, FX_VAL_PATH);
	ck_assert_str_eq(c->target.path, "P:0>InitializeHandlerEx");
	ck_assert_str_eq(c->arg_types[1], "int");
	ck_assert_int_eq(c->args[0].kind, FX_VAL_NULL);
	c = fn_call(fn, 2);
	ck_assert_str_eq(c->target.path, "P:1[]");
	ck_assert_uint_eq(c->nargs, 2);
	c = fn_call(fn, 3);
	ck_assert_ptr_null(c->callee);
	ck_assert_str_eq(c->target.path, "P:2");
	c = fn_call(fn, 4);
	ck_assert_str_eq(c->callee, "KeInitializeDpc");
	/* called declarations are facts too, with their role-typed parameters */
	const fx_function *d = fn_find(p.tu, "KeInitializeDpc", false);
	ck_assert_ptr_nonnull(d);
	ck_assert_uint_eq(d->nparams, 3);
	ck_assert_str_eq(d->params[1], "Routine");
	ck_assert_str_eq(d->param_types[1], "PKDEFERRED_ROUTINE");
	ck_assert_str_eq(d->ret_type, "void");
	done(&p);
}
END_TEST

START_TEST(roles_and_annotations)
{
	parsed p = parse("#define ANN(k, x) __attribute__((annotate(\"ddicheck_irql:\" #k \":\" #x)))\n"
			 "typedef ANN(requires, PASSIVE_LEVEL) long DRIVER_INITIALIZE(void *d, void *r);\n"
			 "typedef ANN(requires_max, DISPATCH_LEVEL) void KDEFERRED_ROUTINE(void *Ctx);\n"
			 "DRIVER_INITIALIZE DriverEntry;\n"
			 "KDEFERRED_ROUTINE MyDpc;\n"
			 "ANN(requires_max, APC_LEVEL) ANN(raises, DISPATCH_LEVEL) ANN(saves_global, Lock)\n"
			 "  void Acquire(int *Lock);\n"
			 "ANN(requires_min, DISPATCH_LEVEL) ANN(restores_global, Lock) void Release(int *Lock);\n"
			 "ANN(requires_same, ) void Same(void);\n"
			 "ANN(always_function_max, HIGH_LEVEL) ANN(always_function_min, 2) void Bounds(void);\n"
			 "void Raise(int NewIrql, int *Old ANN(saves, ));\n"
			 "void Lower(int Old ANN(restores, ));\n"
			 "ANN(requires_max, WEIRD) void Odd(void);\n"
			 "long DriverEntry(void *d, void *r) { return 0; }\n"
			 "void MyDpc(void *c) { }\n");
	const fx_tu *tu = p.tu;
	const fx_function *de = fn_def(tu, "DriverEntry");
	ck_assert_str_eq(de->role, "DRIVER_INITIALIZE");   /* from the earlier declaration */
	ck_assert(has_annot(de, FX_ANNOT_REQUIRES, IRQL_PASSIVE, -1));
	ck_assert_ptr_null(fn_find(tu, "DriverEntry", false));   /* merged into the definition */
	const fx_function *dpc = fn_def(tu, "MyDpc");
	ck_assert_str_eq(dpc->role, "KDEFERRED_ROUTINE");
	ck_assert(has_annot(dpc, FX_ANNOT_REQUIRES_MAX, IRQL_DISPATCH, -1));
	ck_assert_str_eq(dpc->params[0], "c");

	const fx_function *acq = fn_find(tu, "Acquire", false);
	ck_assert_ptr_nonnull(acq);
	ck_assert_ptr_null(acq->role);
	ck_assert_uint_eq(acq->nannots, 3);
	ck_assert(has_annot(acq, FX_ANNOT_REQUIRES_MAX, IRQL_APC, -1));
	ck_assert(has_annot(acq, FX_ANNOT_RAISES, IRQL_DISPATCH, -1));
	ck_assert(has_annot(acq, FX_ANNOT_SAVES_GLOBAL, -1, 0));
	const fx_function *rel = fn_find(tu, "Release", false);
	ck_assert(has_annot(rel, FX_ANNOT_REQUIRES_MIN, IRQL_DISPATCH, -1));
	ck_assert(has_annot(rel, FX_ANNOT_RESTORES_GLOBAL, -1, 0));
	ck_assert(has_annot(fn_find(tu, "Same", false), FX_ANNOT_REQUIRES_SAME, -1, -1));
	const fx_function *b = fn_find(tu, "Bounds", false);
	ck_assert(has_annot(b, FX_ANNOT_ALWAYS_FUNCTION_MAX, IRQL_HIGH, -1));
	ck_assert(has_annot(b, FX_ANNOT_ALWAYS_FUNCTION_MIN, IRQL_DISPATCH, -1));
	ck_assert(has_annot(fn_find(tu, "Raise", false), FX_ANNOT_SAVES, -1, 1));
	ck_assert(has_annot(fn_find(tu, "Lower", false), FX_ANNOT_RESTORES, -1, 0));
	const fx_function *odd = fn_find(tu, "Odd", false);
	ck_assert_uint_eq(odd->nannots, 1);
	ck_assert_int_eq(odd->annots[0].level, -1);
	ck_assert_str_eq(odd->annots[0].arg, "WEIRD");
	done(&p);
}
END_TEST

START_TEST(static_keys)
{
	parsed p = parse("static int helper(int a) { return a; }\n"
			 "static void later(void);\n"
			 "int pub(void) { later(); return helper(1); }\n"
			 "void later(void) { }\n");
	const fx_tu *tu = p.tu;
	const fx_function *h = fn_def(tu, "drv.c::helper");
	ck_assert(h->is_static);
	ck_assert_str_eq(h->name, "helper");
	const fx_function *l = fn_def(tu, "drv.c::later");   /* static by its first declaration */
	ck_assert(l->is_static);
	const fx_function *pub = fn_def(tu, "pub");
	ck_assert(!pub->is_static);
	ck_assert_str_eq(fn_call(pub, 0)->callee, "drv.c::later");
	ck_assert_str_eq(fn_call(pub, 1)->callee, "drv.c::helper");
	ck_assert_str_eq(fn_call(pub, 1)->callee_name, "helper");
	ck_assert_uint_eq(pub->loc.line, 3);
	ck_assert_uint_eq(pub->loc.col, 5);
	ck_assert_str_eq(pub->loc.file, "drv.c");
	done(&p);
}
END_TEST

START_TEST(macro_call_locations)
{
	parsed p = parse("void NdisAcquireSpinLock(int *l);\n"
			 "#define LOCK(x) \\\n"
			 "    NdisAcquireSpinLock(x)\n"
			 "int L;\n"
			 "void t(void) {\n"
			 "  int pad;\n"
			 "  LOCK(&L);\n"
			 "}\n");
	const fx_call *c = fn_call(fn_def(p.tu, "t"), 0);
	ck_assert_str_eq(c->callee, "NdisAcquireSpinLock");
	const fx_event *e = ev_at(fn_def(p.tu, "t"), 0);
	ck_assert_uint_eq(e->loc.line, 7);
	ck_assert_uint_eq(e->loc.col, 3);
	ck_assert_str_eq(e->loc.file, "drv.c");
	ck_assert_str_eq(c->args[0].text, "&L");
	done(&p);
}
END_TEST

START_TEST(header_declarations)
{
	const char *args[] = { "-I" DATA "/inc" };
	parsed p = parse_args("#include \"drv.h\"\nvoid t(void) { HdrCalled(1); }\n", NULL, args, 1);
	ck_assert_uint_eq(p.tu->nerrors, 0);
	const fx_function *d = fn_find(p.tu, "HdrDpc", false);
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(d->role, "KDEFERRED_ROUTINE");
	ck_assert_ptr_nonnull(strstr(d->loc.file, "drv.h"));
	ck_assert_ptr_nonnull(fn_find(p.tu, "HdrAnnotated", false));
	ck_assert_ptr_nonnull(fn_find(p.tu, "HdrCalled", false));
	ck_assert_ptr_null(fn_find(p.tu, "HdrUnused", false));
	done(&p);
}
END_TEST

START_TEST(model_headers_come_after_user_includes)
{
	const char *src = "#include <which.h>\nint x[WHICH_X];\nint t(void) { return WHICH_X; }\n";
	const char *args[] = { "-I" DATA "/user" };
	parsed p = parse_args(src, DATA "/model", args, 1);
	ck_assert_uint_eq(p.tu->nerrors, 0);
	ck_assert_int_eq(ev_at(fn_def(p.tu, "t"), 0)->u.ret.num, 1);
	done(&p);
	/* without the user's directory the model header is found */
	p = parse_args(src, DATA "/model", NULL, 0);
	ck_assert_uint_eq(p.tu->nerrors, 0);
	ck_assert_int_eq(ev_at(fn_def(p.tu, "t"), 0)->u.ret.num, 2);
	done(&p);
}
END_TEST

START_TEST(msvc_dialect_parses)
{
	parsed p = parse("#include <stddef.h>\n#include <stdarg.h>\n#include <stdint.h>\n"
			 "const wchar_t *W = L\"abc\";\n"
			 "__int64 Big; unsigned __int32 U32; size_t Sz; va_list *Va;\n"
			 "int _Static_assert_long[sizeof(long) == 4 ? 1 : -1];\n"   /* LLP64 */
			 "__declspec(dllimport) int Imp(void);\n"
			 "int __stdcall Std(int a);\n"
			 "int t(int a) { __try { a = 1; __leave; } __except (1) { a = 2; }\n"
			 "  __try { a = 3; } __finally { a = 4; } return a; }\n");
	ck_assert_uint_eq(p.tu->nerrors, 0);
	ck_assert_ptr_nonnull(fn_def(p.tu, "t"));
	done(&p);
}
END_TEST

START_TEST(parse_errors_are_recorded)
{
	parsed p = parse_args("int ok(void) { return 1; }\n"
			      "#include \"missing_header.h\"\n"
			      "int bad(void) { return undeclared_thing; }\n", NULL, NULL, 0);
	ck_assert(p.tu->parsed);
	ck_assert_uint_ge(p.tu->nerrors, 2);
	bool inc = false, undecl = false;
	for (uint32_t i = 0; i < p.tu->ndiags; i++) {
		const fx_diag *d = &p.tu->diags[i];
		ck_assert_str_eq(d->loc.file, "drv.c");
		if (strstr(d->message, "missing_header.h")) {
			inc = true;
			ck_assert_uint_eq(d->loc.line, 2);
			ck_assert_int_ge(d->severity, FX_DIAG_ERROR);   /* KeepGoing: not fatal */
		}
		if (strstr(d->message, "undeclared_thing")) {
			undecl = true;
			ck_assert_uint_eq(d->loc.line, 3);
			ck_assert_uint_eq(d->loc.col, 24);
			ck_assert_int_eq(d->severity, FX_DIAG_ERROR);
		}
	}
	ck_assert(inc && undecl);
	/* KeepGoing: the function after the missing include is still extracted */
	ck_assert_ptr_nonnull(fn_find(p.tu, "bad", true));
	ck_assert_ptr_nonnull(fn_find(p.tu, "ok", true));
	done(&p);
}
END_TEST

START_TEST(missing_file)
{
	fe_config cfg = { NULL, NULL, 0 };
	fe_session *s = fe_session_new(&cfg);
	char *path = "/nonexistent/dir/nothere.c";
	fe_input in = { .file = path };
	fx_tu *tu = NULL;
	ck_assert_int_eq(fe_extract(s, &in, &tu), 0);
	ck_assert_ptr_nonnull(tu);
	ck_assert(!tu->parsed);
	ck_assert_uint_eq(tu->ndiags, 1);
	ck_assert_uint_ge(tu->nerrors, 1);
	ck_assert_ptr_nonnull(strstr(tu->diags[0].message, "/nonexistent/dir/nothere.c"));
	ck_assert_uint_eq(tu->nfuncs, 0);
	fx_tu_free(tu);
	fe_session_free(s);
}
END_TEST

START_TEST(compilation_database)
{
	char dir[] = "/tmp/ddicheck_compdb_XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char path[512];
	snprintf(path, sizeof path, "%s/inc", dir);
	ck_assert_int_eq(mkdir(path, 0700), 0);
	snprintf(path, sizeof path, "%s/inc/cfg.h", dir);
	FILE *f = fopen(path, "w");
	fputs("#define FROM_HEADER 42\n", f);
	fclose(f);
	snprintf(path, sizeof path, "%s/drv.c", dir);
	f = fopen(path, "w");
	fputs("#include \"cfg.h\"\nint t(void) { return FROM_HEADER + EXTRA; }\n", f);
	fclose(f);
	snprintf(path, sizeof path, "%s/compile_commands.json", dir);
	f = fopen(path, "w");
	fprintf(f, "[{\"directory\": \"%s\", \"file\": \"drv.c\",\n"
		   "  \"arguments\": [\"cl-clang\", \"-c\", \"-Iinc\", \"-DEXTRA=1\", \"-o\", \"drv.obj\", \"drv.c\"]}]\n",
		dir);
	fclose(f);

	fe_input *in = NULL;
	size_t n = 0;
	char err[256] = "";
	ck_assert_int_eq(fe_compdb_load(dir, &in, &n, err, sizeof err), 0);
	ck_assert_uint_eq(n, 1);
	snprintf(path, sizeof path, "%s/drv.c", dir);
	ck_assert_str_eq(in[0].file, path);
	ck_assert_str_eq(in[0].directory, dir);
	ck_assert_uint_eq(in[0].nargs, 2);
	ck_assert_str_eq(in[0].args[0], "-Iinc");
	ck_assert_str_eq(in[0].args[1], "-DEXTRA=1");

	fe_config cfg = { NULL, NULL, 0 };
	fe_session *s = fe_session_new(&cfg);
	fx_tu *tu = NULL;
	ck_assert_int_eq(fe_extract(s, &in[0], &tu), 0);
	if (tu->nerrors)
		fx_dump_tu(stderr, tu);
	ck_assert_uint_eq(tu->nerrors, 0);   /* -Iinc resolved against the directory */
	ck_assert_int_eq(ev_at(fn_def(tu, "t"), 0)->u.ret.num, 43);
	fx_tu_free(tu);
	fe_session_free(s);
	fe_inputs_free(in, n);

	/* a directory without a database: -1 and a message naming the file */
	ck_assert_int_eq(fe_compdb_load("/nonexistent/build", &in, &n, err, sizeof err), -1);
	ck_assert_ptr_nonnull(strstr(err, "/nonexistent/build/compile_commands.json"));

	const char *files[] = { "compile_commands.json", "drv.c", "inc/cfg.h", "inc", "" };
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		remove(path);
	}
}
END_TEST

START_TEST(dump_lists_everything)
{
	parsed p = parse(CALLBACK_TYPES "static CHARS C = { .Ver = 1 };\nint t(int a) { if (a) return 1; return 0; }\n");
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	fx_dump_tu(m, p.tu);
	fclose(m);
	ck_assert_ptr_nonnull(strstr(buf, "facts v3 drv.c parsed 1 errors 0\n"));
	ck_assert_ptr_nonnull(strstr(buf, "def t at drv.c:11:5 returns int\n"));
	ck_assert_ptr_nonnull(strstr(buf, "  block 0 at 11:14 -> 1 2 if P:0 != 0\n"));
	ck_assert_ptr_nonnull(strstr(buf, "global 10:27 init G:drv.c::C.Ver <- 1\n"));
	free(buf);
	done(&p);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("extract");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, call_order_and_results);
	tcase_add_test(tc, access_paths);
	tcase_add_test(tc, values);
	tcase_add_test(tc, initialisers_and_roles);
	tcase_add_test(tc, call_arg_roles_and_indirect_calls);
	tcase_add_test(tc, roles_and_annotations);
	tcase_add_test(tc, static_keys);
	tcase_add_test(tc, macro_call_locations);
	tcase_add_test(tc, header_declarations);
	tcase_add_test(tc, model_headers_come_after_user_includes);
	tcase_add_test(tc, msvc_dialect_parses);
	tcase_add_test(tc, parse_errors_are_recorded);
	tcase_add_test(tc, missing_file);
	tcase_add_test(tc, compilation_database);
	tcase_add_test(tc, dump_lists_everything);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
