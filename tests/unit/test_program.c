/* The link stage on hand-built facts: functions merged across TUs, static
 * functions kept apart, entry points from names, role types and
 * registrations, direct and indirect call resolution, and the globals each
 * function can reach. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "link/program.h"
#include "factbuild.h"

static fx_function *decl(fb *b, const char *name, const char *role)
{
	fx_function *f = fb_func(b, name, 0);
	f->is_definition = false;
	f->role = role;
	return f;
}

START_TEST(merge_and_roles)
{
	fb a = { .tu = fx_tu_new("a.c") }, c = { .tu = fx_tu_new("b.c") };
	decl(&a, "MpInit", "MINIPORT_INITIALIZE");      /* the prototype in a header */
	fb_func(&a, "DriverEntry", 1);
	fb_call(&a, 0, "Helper", 0);
	fb_func(&c, "MpInit", 1);                       /* the definition elsewhere */
	fb_func(&c, "Helper", 1);
	fx_tu *tus[2] = { a.tu, c.tu };
	program *p;
	ck_assert_int_eq(program_link(&p, tus, 2, NULL), 0);
	int mi = program_find(p, "MpInit"), de = program_find(p, "DriverEntry"), h = program_find(p, "Helper");
	ck_assert_int_ge(mi, 0);
	ck_assert_ptr_nonnull(p->funcs[mi].def);
	ck_assert_str_eq(p->funcs[mi].role, "MINIPORT_INITIALIZE");
	ck_assert(program_is_entry(&p->funcs[mi], "MINIPORT_INITIALIZE"));
	ck_assert(program_is_entry(&p->funcs[de], "DRIVER_INITIALIZE"));
	ck_assert(!program_is_entry(&p->funcs[h], NULL));
	/* the call in a.c resolves to the definition in b.c */
	ck_assert_uint_eq(p->funcs[de].ncallees, 1);
	ck_assert_int_eq((int)p->funcs[de].callees[0], h);
	program_free(p);
	fx_tu_free(a.tu);
	fx_tu_free(c.tu);
}
END_TEST

START_TEST(static_functions_stay_per_file)
{
	fb a = { .tu = fx_tu_new("a.c") }, c = { .tu = fx_tu_new("b.c") };
	fb_func(&a, "a.c::Local", 1)->is_static = true;
	fb_func(&c, "b.c::Local", 1)->is_static = true;
	fx_tu *tus[2] = { a.tu, c.tu };
	program *p;
	ck_assert_int_eq(program_link(&p, tus, 2, NULL), 0);
	ck_assert_int_ge(program_find(p, "a.c::Local"), 0);
	ck_assert_int_ge(program_find(p, "b.c::Local"), 0);
	ck_assert_int_ne(program_find(p, "a.c::Local"), program_find(p, "b.c::Local"));
	program_free(p);
	fx_tu_free(a.tu);
	fx_tu_free(c.tu);
}
END_TEST

START_TEST(registrations_and_indirect_calls)
{
	/* DriverEntry: Chars.InitializeHandlerEx = MpInit (a role);
	 * KeInitializeDpc(&Dpc, MyDpc, 0) with a callback-typed parameter;
	 * G:Table.Handler = Worker; Dispatch calls through Ctx->Handler. */
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "MpInit", 1);
	fb_func(&b, "MyDpc", 1);
	fb_func(&b, "Worker", 1);
	fb_func(&b, "Dispatch", 1);
	fx_event *ev;
	uint32_t id = 0;
	(void)id;
	ev = fb_event(&b, 0);
	ev->kind = FX_EV_CALL;
	ev->u.call.id = b.fn->ncalls++;
	ev->u.call.target = (fx_val){ .kind = FX_VAL_PATH, .path = "P:0>Handler" };
	fb_func(&b, "DriverEntry", 1);
	fb_register(&b, 0, "L:Chars@3.InitializeHandlerEx", "MINIPORT_INITIALIZE", "MpInit");
	fb_register(&b, 0, "G:Table.Handler", NULL, "Worker");
	uint32_t cid = fb_call(&b, 0, "KeInitializeDpc", 3, V_ADDR("G:Dpc"),
			       (fx_val){ .kind = FX_VAL_FUNC, .path = "MyDpc" }, V_INT(0));
	fx_call *call = &b.fn->blocks[0].events[b.fn->blocks[0].nevents - 1].u.call;
	ck_assert_uint_eq(call->id, cid);
	call->arg_roles = arena_alloc(b.tu->arena, 3 * sizeof(char *));
	call->arg_roles[1] = "KDEFERRED_ROUTINE";
	program *p;
	ck_assert_int_eq(program_link(&p, &b.tu, 1, NULL), 0);
	ck_assert(program_is_entry(&p->funcs[program_find(p, "MpInit")], "MINIPORT_INITIALIZE"));
	ck_assert(program_is_entry(&p->funcs[program_find(p, "MyDpc")], "KDEFERRED_ROUTINE"));
	ck_assert(!program_is_entry(&p->funcs[program_find(p, "Worker")], NULL));
	/* the indirect call through ->Handler reaches what was stored in a Handler field */
	const pg_func *d = &p->funcs[program_find(p, "Dispatch")];
	ck_assert_uint_eq(d->ncallees, 1);
	ck_assert_int_eq((int)d->callees[0], program_find(p, "Worker"));
	ck_assert_uint_eq(p->nunresolved, 0);
	program_free(p);
	fx_tu_free(b.tu);
}
END_TEST

START_TEST(globals_reached_through_calls)
{
	/* A touches G:x; B calls A and touches G:y; C touches nothing */
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "A", 1);
	fb_assign(&b, 0, "G:x.f", V_INT(1));
	fb_func(&b, "B", 1);
	fb_call(&b, 0, "A", 0);
	fb_call(&b, 0, "Use", 1, V_PATH("G:y"));
	fb_func(&b, "C", 1);
	program *p;
	ck_assert_int_eq(program_link(&p, &b.tu, 1, NULL), 0);
	const pg_func *a = &p->funcs[program_find(p, "A")], *bb = &p->funcs[program_find(p, "B")],
		      *c = &p->funcs[program_find(p, "C")];
	ck_assert(program_func_reaches_global(a, "G:x", 3));
	ck_assert(!program_func_reaches_global(a, "G:y", 3));
	ck_assert(program_func_reaches_global(bb, "G:x", 3));
	ck_assert(program_func_reaches_global(bb, "G:y", 3));
	ck_assert(!program_func_reaches_global(c, "G:x", 3));
	/* a longer name with the same prefix is another global */
	ck_assert(!program_func_reaches_global(a, "G:xx", 4));
	program_free(p);
	fx_tu_free(b.tu);
}
END_TEST

START_TEST(fields_named_through_calls)
{
	/* A: P:0>Inner.Count = 1; if (P:0>Flags != 0) ...
	 * B: calls A; Use(&P:0>Lock); P:0>Cfg = P:1>Saved (struct copy)
	 * C: calls through a pointer nothing was stored in */
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "A", 2);
	fb_assign(&b, 0, "P:0>Inner.Count", V_INT(1));
	fb_branch(&b, 0, 1, 1, V_PATH("P:0>Flags"), FX_CMP_NE, V_INT(0));
	fb_func(&b, "B", 1);
	fb_call(&b, 0, "A", 1, V_PATH("P:0"));
	fb_call(&b, 0, "Use", 1, V_ADDR("P:0>Lock"));
	fb_assign(&b, 0, "P:0>Cfg", V_PATH("P:1>Saved"));
	fb_func(&b, "C", 1);
	uint32_t id = fb_call(&b, 0, NULL, 0);
	b.fn->blocks[0].events[0].u.call.target = V_PATH("G:Unset");
	(void)id;
	program *p;
	ck_assert_int_eq(program_link(&p, &b.tu, 1, NULL), 0);
	const pg_func *a = &p->funcs[program_find(p, "A")], *bb = &p->funcs[program_find(p, "B")],
		      *c = &p->funcs[program_find(p, "C")];
	ck_assert(program_func_names_field(a, "Inner", 5));
	ck_assert(program_func_names_field(a, "Count", 5));
	ck_assert(program_func_names_field(a, "Flags", 5));
	ck_assert(!program_func_names_field(a, "Lock", 4));
	ck_assert(!program_func_names_field(a, "Coun", 4));   /* a prefix is another name */
	ck_assert(program_func_copies_field(a, "Count", 5));  /* an assignment's last field */
	ck_assert(!program_func_copies_field(a, "Inner", 5));
	/* B names what A names, and its own */
	ck_assert(program_func_names_field(bb, "Count", 5));
	ck_assert(program_func_names_field(bb, "Lock", 4));
	ck_assert(program_func_copies_field(bb, "Cfg", 3));
	ck_assert(program_func_copies_field(bb, "Saved", 5));
	ck_assert(!program_func_copies_field(bb, "Lock", 4));
	/* a call nobody can follow could touch anything */
	ck_assert(c->reach_all);
	ck_assert(program_func_names_field(c, "Anything", 8));
	program_free(p);
	fx_tu_free(b.tu);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("program");
	TCase *tc = tcase_create("link");
	tcase_add_test(tc, merge_and_roles);
	tcase_add_test(tc, static_functions_stay_per_file);
	tcase_add_test(tc, registrations_and_indirect_calls);
	tcase_add_test(tc, globals_reached_through_calls);
	tcase_add_test(tc, fields_named_through_calls);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
