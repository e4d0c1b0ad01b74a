/* The flow analysis on hand-built facts (no parsing): IRQL transfer
 * functions of the effects table, joins at merges, interprocedural effects of
 * helpers, and handle typestate (producer, status test, destroyer, copies
 * through locals, globals and helper parameters). */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analysis/flow.h"
#include "link/program.h"
#include "rules/ruleset.h"

#include "factbuild.h"

/* ---- the rule data the analysis reads ---- */

static ruleset *load_rules(void)
{
	char dir[] = "/tmp/ddicheck-flow-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char p[128];
	snprintf(p, sizeof(p), "%s/effects.yaml", dir);
	FILE *f = fopen(p, "w");
	fputs("effects:\n"
	      "  - { function: NdisAcquireSpinLock, raise: DISPATCH_LEVEL, save: \"*arg0.OldIrql\", acquire: \"*arg0\" }\n"
	      "  - { function: NdisReleaseSpinLock, restore: \"*arg0.OldIrql\", release: \"*arg0\" }\n"
	      "  - { function: KeRaiseIrql, raise-to-arg: 0, save: \"*arg1\" }\n"
	      "  - { function: KeLowerIrql, restore: arg0 }\n"
	      "  - { function: KeGetCurrentIrql, returns-irql: true }\n"
	      "  - { function: RtlAssert, noreturn: true }\n"
	      "  - { function: GetCtxWorker, same-result: true }\n", f);
	fclose(f);
	snprintf(p, sizeof(p), "%s/handles.yaml", dir);
	f = fopen(p, "w");
	fputs("handles:\n"
	      "  - kind: mp\n    producers:\n      - { function: RegMp, out: 1, status: return, success: 0 }\n"
	      "    destroyers:\n      - { function: DeregMp, param: 0 }\n"
	      "  - kind: pr\n    producers:\n      - { function: RegPr, out: 1, status: 0, success: 0 }\n", f);
	fclose(f);
	snprintf(p, sizeof(p), "%s/r.yaml", dir);
	f = fopen(p, "w");
	fputs("id: R\nseverity: error\nsummary: s\nchecks:\n  - kind: irql\n    functions: [Probe]\n", f);
	fclose(f);
	ruleset *rs = NULL;
	char err[256];
	ck_assert_msg(ruleset_load(&rs, dir, NULL, err, sizeof(err)) == 0, "%s", err);
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	return rs;
}

/* ---- probing: the hook records the state at each call of Probe(x) ---- */

typedef struct probe {
	int acquire_held, acquire_free, release_free, release_held;
	int restore_unsaved, lowered, exits_root;
	irql_range root_exit;
	int calls;
	size_t walks;            /* function analyses (flow_stats) */
	irql_range irql;         /* joined */
	av arg;                  /* joined value of argument 0 */
	bool have_arg;
} probe;

static void on_call(void *ud, flow_ctx *ctx, const pg_func *caller, const fx_event *ev, const astate *st)
{
	probe *pr = ud;
	(void)caller;
	if (strcmp(ev->u.call.callee_name, "Probe") != 0)
		return;
	pr->calls++;
	pr->irql = irql_join(pr->irql, st->irql);
	if (ev->u.call.nargs) {
		av v = flow_eval(ctx, st, &ev->u.call.args[0], NULL);
		pr->arg = pr->have_arg ? av_join(pr->arg, v) : v;
		pr->have_arg = true;
	}
}

static void on_note(void *ud, flow_ctx *ctx, const flow_note *n)
{
	probe *pr = ud;
	(void)ctx;
	switch (n->kind) {
	case FLOW_LOCK_ACQUIRE:
		if (n->prior.lock & AV_LOCK_HELD)
			pr->acquire_held++;
		else
			pr->acquire_free++;
		break;
	case FLOW_LOCK_RELEASE:
		if (n->prior.lock & AV_LOCK_FREE)
			pr->release_free++;
		else
			pr->release_held++;
		break;
	case FLOW_RESTORE_UNSAVED: pr->restore_unsaved++; break;
	case FLOW_LOWERED_BELOW_ENTRY: pr->lowered++; break;
	case FLOW_FUNCTION_EXIT:
		if (n->is_root) {
			pr->exits_root++;
			pr->root_exit = n->st->irql;
		}
		break;
	default: break;
	}
}

/* Links the TU, makes DriverEntry an entry at `at` (no KB here), runs. */
static probe run_at(fx_tu *tu, ruleset *rs, irql_range at)
{
	program *p = NULL;
	ck_assert_int_eq(program_link(&p, &tu, 1, NULL), 0);
	int de = program_find(p, "DriverEntry");
	ck_assert_int_ge(de, 0);
	ck_assert_int_eq(p->funcs[de].nentries, 1);
	p->funcs[de].entries[0].irql_known = true;
	p->funcs[de].entries[0].irql = at;
	probe pr = { .irql = IRQL_BOTTOM };
	flow_ctx *c = flow_new(p, rs);
	flow_hooks h = { .ud = &pr, .on_ddi_call = on_call, .on_note = on_note };
	flow_run(c, &h);
	pr.walks = flow_get_stats(c)->walks;
	flow_free(c);
	program_free(p);
	return pr;
}

static probe run(fx_tu *tu, ruleset *rs)
{
	return run_at(tu, rs, irql_exact(IRQL_PASSIVE));
}

START_TEST(spin_lock_raises_and_restores)
{
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 1);
	fb_call(&b, 0, "Probe", 0);                                   /* PASSIVE */
	fb_call(&b, 0, "NdisAcquireSpinLock", 1, V_ADDR("G:Lock"));
	fb_call(&b, 0, "Probe", 0);                                   /* DISPATCH */
	fb_call(&b, 0, "NdisReleaseSpinLock", 1, V_ADDR("G:Lock"));
	probe pr = run(b.tu, rs);
	ck_assert_int_eq(pr.calls, 2);
	ck_assert_int_eq(pr.irql.lo, IRQL_PASSIVE);
	ck_assert_int_eq(pr.irql.hi, IRQL_DISPATCH);
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(release_restores_saved_level)
{
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 1);
	fb_call(&b, 0, "NdisAcquireSpinLock", 1, V_ADDR("G:Lock"));
	fb_call(&b, 0, "NdisReleaseSpinLock", 1, V_ADDR("G:Lock"));
	fb_call(&b, 0, "Probe", 0);
	probe pr = run(b.tu, rs);
	ck_assert(irql_equal(pr.irql, irql_exact(IRQL_PASSIVE)));
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(raise_and_lower_through_saved_local)
{
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 1);
	fb_call(&b, 0, "KeRaiseIrql", 2, V_INT(IRQL_DISPATCH), V_ADDR("L:old@3"));
	fb_call(&b, 0, "Probe", 0);
	fb_call(&b, 0, "KeLowerIrql", 1, V_PATH("L:old@3"));
	probe pr = run(b.tu, rs);
	ck_assert(irql_equal(pr.irql, irql_exact(IRQL_DISPATCH)));
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(branch_join)
{
	/* if (x) lock;  Probe();  -> PASSIVE..DISPATCH */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 3);
	fb_branch(&b, 0, 1, 2, V_PATH("G:x"), FX_CMP_NE, V_INT(0));
	fb_call(&b, 1, "NdisAcquireSpinLock", 1, V_ADDR("G:Lock"));
	fb_goto(&b, 1, 2);
	fb_call(&b, 2, "Probe", 0);
	probe pr = run(b.tu, rs);
	ck_assert_int_eq(pr.irql.lo, IRQL_PASSIVE);
	ck_assert_int_eq(pr.irql.hi, IRQL_DISPATCH);
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(helpers_lock_and_unlock_through_parameters)
{
	/* Lock(PADAPTER a) { NdisAcquireSpinLock(&a->Lock); }   Unlock likewise.
	 * DriverEntry: Lock(&G); Probe(); Unlock(&G); Probe(); */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "Lock", 1);
	fb_call(&b, 0, "NdisAcquireSpinLock", 1, V_ADDR("P:0>Lock"));
	fb_func(&b, "Unlock", 1);
	fb_call(&b, 0, "NdisReleaseSpinLock", 1, V_ADDR("P:0>Lock"));
	fb_func(&b, "DriverEntry", 2);
	fb_call(&b, 0, "Lock", 1, V_ADDR("G:Adapter"));
	fb_call(&b, 0, "Probe", 0);
	fb_goto(&b, 0, 1);
	fb_call(&b, 1, "Unlock", 1, V_ADDR("G:Adapter"));
	fb_call(&b, 1, "Probe", 1, V_PATH("G:Adapter.Lock.OldIrql"));
	probe pr = run(b.tu, rs);
	ck_assert_int_eq(pr.calls, 2);
	ck_assert_int_eq(pr.irql.lo, IRQL_PASSIVE);
	ck_assert_int_eq(pr.irql.hi, IRQL_DISPATCH);
	/* the helper saved PASSIVE into the caller's object */
	ck_assert(irql_equal(pr.arg.saved, irql_exact(IRQL_PASSIVE)));
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(handle_pending_until_status_tested)
{
	/* s = RegMp(0, &G:h); Probe(G:h) [pending]; if (s != 0) return; Probe(G:h) [valid] */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 3);
	uint32_t id = fb_call(&b, 0, "RegMp", 2, V_INT(0), V_ADDR("G:h"));
	char *r = arena_printf(b.tu->arena, "R:%u", id);
	fb_assign(&b, 0, "L:s@1", V_PATH(r));
	fb_branch(&b, 0, 1, 2, V_PATH("L:s@1"), FX_CMP_NE, V_INT(0));
	fb_call(&b, 2, "Probe", 1, V_PATH("G:h"));
	probe pr = run(b.tu, rs);
	ck_assert_int_eq(pr.calls, 1);
	ck_assert(pr.arg.hbits == AV_HBIT(0, HS_VALID));
	ck_assert_int_eq(pr.arg.special, 0);
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(handle_failed_on_failure_edge_and_unchecked)
{
	/* RegMp(0, &G:h) -> R:0;  if (R:0 == 0) {} else { Probe(G:h) } ; and an unchecked one */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 3);
	uint32_t id = fb_call(&b, 0, "RegMp", 2, V_INT(0), V_ADDR("G:h"));
	fb_branch(&b, 0, 1, 2, V_PATH(arena_printf(b.tu->arena, "R:%u", id)), FX_CMP_EQ, V_INT(0));
	fb_call(&b, 2, "Probe", 1, V_PATH("G:h"));
	probe pr = run(b.tu, rs);
	ck_assert(pr.arg.hbits == AV_HBIT(0, HS_FAILED));
	fx_tu_free(b.tu);

	fb c = { .tu = fx_tu_new("u.c") };
	fb_func(&c, "DriverEntry", 1);
	fb_call(&c, 0, "RegMp", 2, V_INT(0), V_ADDR("G:h"));
	fb_call(&c, 0, "Probe", 1, V_PATH("G:h"));
	pr = run(c.tu, rs);
	ck_assert(pr.arg.hbits == AV_HBIT(0, HS_PENDING));
	fx_tu_free(c.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(handle_status_through_out_parameter)
{
	/* RegPr(&L:st, &G:p); if (L:st < 0) return; Probe(G:p) -> valid */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 3);
	fb_call(&b, 0, "RegPr", 2, V_ADDR("L:st@2"), V_ADDR("G:p"));
	fb_branch(&b, 0, 1, 2, V_PATH("L:st@2"), FX_CMP_LT, V_INT(0));
	fb_call(&b, 2, "Probe", 1, V_PATH("G:p"));
	probe pr = run(b.tu, rs);
	ck_assert(pr.arg.hbits == AV_HBIT(1, HS_VALID));
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(handle_copies_helpers_and_destroyer)
{
	/* Reg(PHANDLE out) { if (RegMp(0, out) != 0) return; }   -- writes *P:0
	 * DriverEntry: Reg(&G:g.h); L:x = G:g.h; Probe(L:x) [valid]; DeregMp(G:g.h); Probe(G:g.h) [destroyed] */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "Reg", 3);
	uint32_t id = fb_call(&b, 0, "RegMp", 2, V_INT(0), V_PATH("P:0"));
	fb_branch(&b, 0, 1, 2, V_PATH(arena_printf(b.tu->arena, "R:%u", id)), FX_CMP_NE, V_INT(0));
	fb_func(&b, "DriverEntry", 2);
	fb_call(&b, 0, "Reg", 1, V_ADDR("G:g.h"));
	fb_assign(&b, 0, "L:x@9", V_PATH("G:g.h"));
	fb_call(&b, 0, "Probe", 1, V_PATH("L:x@9"));
	fb_goto(&b, 0, 1);
	fb_call(&b, 1, "DeregMp", 1, V_PATH("G:g.h"));
	fb_call(&b, 1, "Probe", 1, V_PATH("G:g.h"));
	probe pr = run(b.tu, rs);
	/* Reg's two ways out (handle valid, registration failed) stay apart in
	   the caller: each reaches both probes */
	ck_assert_int_eq(pr.calls, 4);
	/* joined over both probes: failed (early return path still reaches), valid, destroyed */
	ck_assert(pr.arg.hbits & AV_HBIT(0, HS_VALID));
	ck_assert(pr.arg.hbits & AV_HBIT(0, HS_DESTROYED));
	ck_assert(!(pr.arg.hbits & AV_HBIT(0, HS_PENDING)));
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(uninitialised_and_null)
{
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 2);
	fb_call(&b, 0, "Probe", 1, V_PATH("G:never"));
	fb_goto(&b, 0, 1);
	fb_assign(&b, 1, "G:z", V_NULL());
	fb_call(&b, 1, "Probe", 1, V_PATH("G:z"));
	probe pr = run(b.tu, rs);
	ck_assert(pr.arg.special & AV_UNINIT);
	ck_assert(pr.arg.special & AV_NULL);
	ck_assert(pr.arg.hbits == 0);
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(loop_back_edge_carries_raised_irql)
{
	/* b0 -> b1: Probe(); if (c) { b2: lock; goto b1 } else b3 */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 4);
	fb_goto(&b, 0, 1);
	fb_call(&b, 1, "Probe", 0);
	fb_branch(&b, 1, 2, 3, V_PATH("G:c"), FX_CMP_NE, V_INT(0));
	fb_call(&b, 2, "NdisAcquireSpinLock", 1, V_ADDR("G:Lock"));
	fb_goto(&b, 2, 1);
	probe pr = run(b.tu, rs);
	ck_assert_int_eq(pr.irql.hi, IRQL_DISPATCH);
	ck_assert_int_eq(pr.irql.lo, IRQL_PASSIVE);
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(recursion_terminates)
{
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "A", 1);
	fb_call(&b, 0, "B", 0);
	fb_func(&b, "B", 1);
	fb_call(&b, 0, "A", 0);
	fb_call(&b, 0, "Probe", 0);
	fb_func(&b, "DriverEntry", 1);
	fb_call(&b, 0, "A", 0);
	probe pr = run(b.tu, rs);
	ck_assert_int_ge(pr.calls, 1);
	ck_assert(irql_equal(pr.irql, irql_exact(IRQL_PASSIVE)));
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(status_variable_tested_twice)
{
	/* s = RegMp(0, &G:h); if (s != 0) return; s = RegPr(&L:x, &G:p)...; if (s != 0) return; Probe(G:h)
	 * The twice-tested status makes s a partition flag; the status test must
	 * still settle the handle. */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 5);
	uint32_t id = fb_call(&b, 0, "RegMp", 2, V_INT(0), V_ADDR("G:h"));
	fb_assign(&b, 0, "L:s@1", V_PATH(arena_printf(b.tu->arena, "R:%u", id)));
	fb_branch(&b, 0, 1, 2, V_PATH("L:s@1"), FX_CMP_NE, V_INT(0));
	fb_assign(&b, 2, "L:s@1", V_INT(0));
	fb_branch(&b, 2, 3, 4, V_PATH("L:s@1"), FX_CMP_NE, V_INT(0));
	fb_call(&b, 4, "Probe", 1, V_PATH("G:h"));
	probe pr = run(b.tu, rs);
	ck_assert_int_eq(pr.calls, 1);
	ck_assert(pr.arg.hbits == AV_HBIT(0, HS_VALID));
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(correlated_flag_pairs_acquire_and_release)
{
	/* if (f) Acquire(&G:L); X(); if (f) Release(&G:L);  -- no path releases
	 * a free lock or leaves it held */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 5);
	fb_branch(&b, 0, 1, 2, V_PATH("P:0"), FX_CMP_NE, V_INT(0));
	fb_call(&b, 1, "NdisAcquireSpinLock", 1, V_ADDR("G:L"));
	fb_goto(&b, 1, 2);
	fb_branch(&b, 2, 3, 4, V_PATH("P:0"), FX_CMP_NE, V_INT(0));
	fb_call(&b, 3, "NdisReleaseSpinLock", 1, V_ADDR("G:L"));
	fb_goto(&b, 3, 4);
	probe pr = run(b.tu, rs);
	ck_assert_int_eq(pr.release_free, 0);
	ck_assert_int_eq(pr.release_held, 1);
	ck_assert(irql_equal(pr.root_exit, irql_exact(IRQL_PASSIVE)));
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(guard_narrows_irql)
{
	/* entered at <= DISPATCH: irql = KeGetCurrentIrql(); if (irql == PASSIVE_LEVEL) Probe(); */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 3);
	uint32_t id = fb_call(&b, 0, "KeGetCurrentIrql", 0);
	fb_assign(&b, 0, "L:irql@2", V_PATH(arena_printf(b.tu->arena, "R:%u", id)));
	fb_branch(&b, 0, 1, 2, V_PATH("L:irql@2"), FX_CMP_EQ, V_INT(IRQL_PASSIVE));
	fb_call(&b, 1, "Probe", 0);
	probe pr = run_at(b.tu, rs, irql_make(IRQL_PASSIVE, IRQL_DISPATCH));
	ck_assert_int_eq(pr.calls, 1);
	ck_assert(irql_equal(pr.irql, irql_exact(IRQL_PASSIVE)));
	fx_tu_free(b.tu);

	/* if (KeGetCurrentIrql() >= DISPATCH_LEVEL) Probe();  -> only DISPATCH */
	fb c = { .tu = fx_tu_new("u.c") };
	fb_func(&c, "DriverEntry", 3);
	id = fb_call(&c, 0, "KeGetCurrentIrql", 0);
	fb_branch(&c, 0, 1, 2, V_PATH(arena_printf(c.tu->arena, "R:%u", id)), FX_CMP_GE, V_INT(IRQL_DISPATCH));
	fb_call(&c, 1, "Probe", 0);
	pr = run_at(c.tu, rs, irql_make(IRQL_PASSIVE, IRQL_DISPATCH));
	ck_assert(irql_equal(pr.irql, irql_exact(IRQL_DISPATCH)));
	fx_tu_free(c.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(guard_makes_branch_infeasible)
{
	/* at PASSIVE: if (KeGetCurrentIrql() == DISPATCH_LEVEL) Probe();  -> never */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 3);
	uint32_t id = fb_call(&b, 0, "KeGetCurrentIrql", 0);
	fb_branch(&b, 0, 1, 2, V_PATH(arena_printf(b.tu->arena, "R:%u", id)), FX_CMP_EQ, V_INT(IRQL_DISPATCH));
	fb_call(&b, 1, "Probe", 0);
	probe pr = run(b.tu, rs);
	ck_assert_int_eq(pr.calls, 0);
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(assert_is_assumed)
{
	/* entered at <= DISPATCH: ASSERT(KeGetCurrentIrql() <= APC_LEVEL) as the
	 * model expands it: if (!(irql <= 1)) RtlAssert(...);  Probe(); -> <= APC */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 3);
	uint32_t id = fb_call(&b, 0, "KeGetCurrentIrql", 0);
	fb_branch(&b, 0, 1, 2, V_PATH(arena_printf(b.tu->arena, "R:%u", id)), FX_CMP_GT, V_INT(IRQL_APC));
	fb_call(&b, 1, "RtlAssert", 0);
	fb_goto(&b, 1, 2);
	fb_call(&b, 2, "Probe", 0);
	probe pr = run_at(b.tu, rs, irql_make(IRQL_PASSIVE, IRQL_DISPATCH));
	ck_assert_int_eq(pr.calls, 1);
	ck_assert(irql_equal(pr.irql, irql_make(IRQL_PASSIVE, IRQL_APC)));
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST


START_TEST(loop_first_test_decided)
{
	/* i = 0; while (i < 4) { P:0>S = 0; i = ?; }  if (P:0>S != 0) Probe();
	 * the first test cannot fail, so the loop only ends after the write
	 * (the entry state and the back edge's are kept apart at the head) */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 6);
	fb_assign(&b, 0, "L:i@1", V_INT(0));
	fb_goto(&b, 0, 1);
	fb_branch(&b, 1, 2, 3, V_PATH("L:i@1"), FX_CMP_LT, V_INT(4));
	fb_assign(&b, 2, "P:0>S", V_INT(0));
	fb_assign(&b, 2, "L:i@1", V_PATH("P:1"));
	fb_goto(&b, 2, 1);
	fb_branch(&b, 3, 4, 5, V_PATH("P:0>S"), FX_CMP_NE, V_INT(0));
	fb_call(&b, 4, "Probe", 0);
	probe pr = run(b.tu, rs);
	ck_assert_int_eq(pr.calls, 0);
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(tested_value_is_known_on_the_edge)
{
	/* if (P:0>N < 1) (unsigned: N == 0) { if (P:0>N >= 4) Probe(); }  -> never;
	 * if (P:0>M >= 4) { if (P:0>M == 0) Probe(); }  -> never */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 6);
	fb_branch(&b, 0, 1, 3, V_PATH("P:0>N"), FX_CMP_LT, V_INT(1));
	b.fn->blocks[0].cond.is_unsigned = true;
	fb_branch(&b, 1, 2, 3, V_PATH("P:0>N"), FX_CMP_GE, V_INT(4));
	fb_call(&b, 2, "Probe", 0);
	fb_goto(&b, 2, 3);
	fb_branch(&b, 3, 4, 5, V_PATH("P:0>M"), FX_CMP_GE, V_INT(4));
	fb_branch(&b, 4, 5, 5, V_PATH("P:0>M"), FX_CMP_EQ, V_INT(0));
	b.fn->blocks[4].succ[0] = 2;
	probe pr = run(b.tu, rs);
	ck_assert_int_eq(pr.calls, 0);
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(helper_ways_out_kept_apart)
{
	/* Helper: if (P:0>Run) { NdisAcquireSpinLock(&P:0>Lock); P:0>Locked = 1; } else P:0>Locked = 0;
	 * caller: Helper(P:0); if (P:0>Locked) NdisReleaseSpinLock(&P:0>Lock);
	 * joined, the release would find the lock "held or free" */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "Helper", 4);
	fb_branch(&b, 0, 1, 2, V_PATH("P:0>Run"), FX_CMP_NE, V_INT(0));
	fb_call(&b, 1, "NdisAcquireSpinLock", 1, V_ADDR("P:0>Lock"));
	fb_assign(&b, 1, "P:0>Locked", V_INT(1));
	fb_goto(&b, 1, 3);
	fb_assign(&b, 2, "P:0>Locked", V_INT(0));
	fb_goto(&b, 2, 3);
	fb_func(&b, "DriverEntry", 3);
	fb_call(&b, 0, "Helper", 1, V_PATH("P:0"));
	fb_branch(&b, 0, 1, 2, V_PATH("P:0>Locked"), FX_CMP_NE, V_INT(0));
	fb_call(&b, 1, "NdisReleaseSpinLock", 1, V_ADDR("P:0>Lock"));
	fb_goto(&b, 1, 2);
	probe pr = run(b.tu, rs);
	ck_assert_int_eq(pr.release_free, 0);
	ck_assert_int_ge(pr.release_held, 1);
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(write_through_pointer_read_from_memory)
{
	/* Clear(P:0) { p = P:0>Head; [Rewrite: P:0>Head = ?;] [Other();] p>S = 0; }
	 * DriverEntry: Clear(P:0); q = P:0>Head; if (q>S != 0) Probe();
	 * p's object is P:0>Head's while neither is written: Probe is
	 * unreachable; once the memory is rewritten, or a call may have
	 * changed it, p's object is some other one and Probe is reachable */
	ruleset *rs = load_rules();
	for (int variant = 0; variant < 3; variant++) {
		fb b = { .tu = fx_tu_new("t.c") };
		fb_func(&b, "Clear", 1);
		fb_assign(&b, 0, "L:p@1", V_PATH("P:0>Head"));
		if (variant == 1)
			fb_assign(&b, 0, "P:0>Head", V_PATH("P:1"));
		if (variant == 2)
			fb_call(&b, 0, "Other", 1, V_PATH("P:0"));
		fb_assign(&b, 0, "L:p@1>S", V_INT(0));
		fb_func(&b, "DriverEntry", 3);
		fb_call(&b, 0, "Clear", 1, V_PATH("P:0"));
		fb_assign(&b, 0, "L:q@1", V_PATH("P:0>Head"));
		fb_branch(&b, 0, 1, 2, V_PATH("L:q@1>S"), FX_CMP_NE, V_INT(0));
		fb_call(&b, 1, "Probe", 0);
		fb_goto(&b, 1, 2);
		probe pr = run(b.tu, rs);
		if (variant == 0)
			ck_assert_int_eq(pr.calls, 0);
		else
			ck_assert_int_ge(pr.calls, 1);
		fx_tu_free(b.tu);
	}
	ruleset_free(rs);
}
END_TEST

START_TEST(same_result_call_names_one_object)
{
	/* Get(h) { return GetCtxWorker(h, 7); }   (an accessor: same-result DDI)
	 * DriverEntry: NdisAcquireSpinLock(&Get(P:0)->Lock); [P:0 = P:1;]
	 *              NdisReleaseSpinLock(&Get(P:0 or P:1)->Lock);
	 * the same handle: one lock, released held; another handle, or the
	 * handle variable rewritten: another lock, released free */
	ruleset *rs = load_rules();
	for (int variant = 0; variant < 3; variant++) {
		fb b = { .tu = fx_tu_new("t.c") };
		fb_func(&b, "Get", 1);
		fb_call(&b, 0, "GetCtxWorker", 2, V_PATH("P:0"), V_INT(7));
		fx_event *r = fb_event(&b, 0);
		r->kind = FX_EV_RETURN;
		r->u.ret = V_PATH("R:0");
		fb_func(&b, "DriverEntry", 1);
		fb_call(&b, 0, "Get", 1, V_PATH("P:0"));
		fb_call(&b, 0, "NdisAcquireSpinLock", 1, V_ADDR("R:0>Lock"));
		if (variant == 2)
			fb_assign(&b, 0, "P:0", V_PATH("P:1"));
		fb_call(&b, 0, "Get", 1, V_PATH(variant == 1 ? "P:1" : "P:0"));
		fb_call(&b, 0, "NdisReleaseSpinLock", 1, V_ADDR("R:2>Lock"));
		probe pr = run(b.tu, rs);
		if (variant == 0) {
			ck_assert_int_ge(pr.release_held, 1);
			ck_assert_int_eq(pr.release_free, 0);
		} else {
			ck_assert_int_ge(pr.release_free, 1);
			ck_assert_int_eq(pr.release_held, 0);
		}
		fx_tu_free(b.tu);
	}
	ruleset_free(rs);
}
END_TEST

START_TEST(callee_gets_only_the_fields_it_names)
{
	/* Helper(P:0) { P:0>Cfg = P:0>Saved; }   (a struct copied whole)
	 * DriverEntry: P:0>Saved.X = 5; if (P:0>Mode) P:0>B = 0; else P:0>B = 1;
	 *              Helper(P:0);
	 *              if (P:0>Cfg.X == 0) Probe();
	 *              if (P:0>B == 0) { if (P:0>Mode == 0) Probe(); }
	 * Helper never names B or Mode: both states reach it as one (one walk
	 * of Helper, where each state was one before), each keeps its B and
	 * Mode, and the copied struct's field comes out: no Probe is reached */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "Helper", 1);
	fb_assign(&b, 0, "P:0>Cfg", V_PATH("P:0>Saved"));
	fb_func(&b, "DriverEntry", 9);
	fb_assign(&b, 0, "P:0>Saved.X", V_INT(5));
	fb_branch(&b, 0, 1, 2, V_PATH("P:0>Mode"), FX_CMP_NE, V_INT(0));
	fb_assign(&b, 1, "P:0>B", V_INT(0));
	fb_goto(&b, 1, 3);
	fb_assign(&b, 2, "P:0>B", V_INT(1));
	fb_goto(&b, 2, 3);
	fb_call(&b, 3, "Helper", 1, V_PATH("P:0"));
	fb_branch(&b, 3, 4, 5, V_PATH("P:0>Cfg.X"), FX_CMP_EQ, V_INT(0));
	fb_call(&b, 4, "Probe", 0);
	fb_goto(&b, 4, 5);
	fb_branch(&b, 5, 6, 8, V_PATH("P:0>B"), FX_CMP_EQ, V_INT(0));
	fb_branch(&b, 6, 7, 8, V_PATH("P:0>Mode"), FX_CMP_EQ, V_INT(0));
	fb_call(&b, 7, "Probe", 0);
	fb_goto(&b, 7, 8);
	probe pr = run(b.tu, rs);
	ck_assert_uint_eq(pr.walks, 2);   /* DriverEntry, and Helper once */
	ck_assert_int_eq(pr.calls, 0);
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(lock_state_through_helpers)
{
	/* Lock(p) { NdisAcquireSpinLock(&p->Lock); }
	 * DriverEntry: Lock(&G); NdisReleaseSpinLock(&G.Lock) [held];
	 *              NdisReleaseSpinLock(&G.Lock) [free!];
	 *              NdisAcquireSpinLock(&G.Lock) [free]; NdisAcquireSpinLock(&G.Lock) [held: deadlock];
	 *              Probe()  -- never reached: the second acquisition spins for ever */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "Lock", 1);
	fb_call(&b, 0, "NdisAcquireSpinLock", 1, V_ADDR("P:0>Lock"));
	fb_func(&b, "DriverEntry", 1);
	fb_call(&b, 0, "Lock", 1, V_ADDR("G:G"));
	fb_call(&b, 0, "NdisReleaseSpinLock", 1, V_ADDR("G:G.Lock"));
	fb_call(&b, 0, "NdisReleaseSpinLock", 1, V_ADDR("G:G.Lock"));
	fb_call(&b, 0, "NdisAcquireSpinLock", 1, V_ADDR("G:G.Lock"));
	fb_call(&b, 0, "NdisAcquireSpinLock", 1, V_ADDR("G:G.Lock"));
	fb_call(&b, 0, "Probe", 0);
	probe pr = run(b.tu, rs);
	ck_assert_int_eq(pr.release_held, 1);
	ck_assert_int_eq(pr.release_free, 1);
	ck_assert_int_eq(pr.acquire_free, 2);   /* the helper's, then DriverEntry's first */
	ck_assert_int_eq(pr.acquire_held, 1);
	ck_assert_int_eq(pr.calls, 0);
	ck_assert_int_eq(pr.exits_root, 0);
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

START_TEST(discipline_notes)
{
	/* entry at DISPATCH: KIRQL x; KeLowerIrql(x) [unsaved];
	 * KeLowerIrql(PASSIVE_LEVEL) [below entry]; exit at PASSIVE */
	ruleset *rs = load_rules();
	fb b = { .tu = fx_tu_new("t.c") };
	fb_func(&b, "DriverEntry", 1);
	fb_call(&b, 0, "KeLowerIrql", 1, V_PATH("L:x@2"));
	fb_call(&b, 0, "KeLowerIrql", 1, V_INT(IRQL_PASSIVE));
	probe pr = run_at(b.tu, rs, irql_exact(IRQL_DISPATCH));
	ck_assert_int_eq(pr.restore_unsaved, 1);
	ck_assert_int_eq(pr.lowered, 1);
	ck_assert_int_eq(pr.exits_root, 1);
	ck_assert(irql_equal(pr.root_exit, irql_exact(IRQL_PASSIVE)));
	fx_tu_free(b.tu);
	ruleset_free(rs);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("flow");
	TCase *tc = tcase_create("irql");
	tcase_add_test(tc, spin_lock_raises_and_restores);
	tcase_add_test(tc, release_restores_saved_level);
	tcase_add_test(tc, raise_and_lower_through_saved_local);
	tcase_add_test(tc, branch_join);
	tcase_add_test(tc, helpers_lock_and_unlock_through_parameters);
	tcase_add_test(tc, loop_back_edge_carries_raised_irql);
	tcase_add_test(tc, recursion_terminates);
	tcase_add_test(tc, guard_narrows_irql);
	tcase_add_test(tc, guard_makes_branch_infeasible);
	tcase_add_test(tc, assert_is_assumed);
	tcase_add_test(tc, lock_state_through_helpers);
	tcase_add_test(tc, correlated_flag_pairs_acquire_and_release);
	tcase_add_test(tc, status_variable_tested_twice);
	tcase_add_test(tc, discipline_notes);
	tcase_add_test(tc, loop_first_test_decided);
	tcase_add_test(tc, tested_value_is_known_on_the_edge);
	tcase_add_test(tc, helper_ways_out_kept_apart);
	tcase_add_test(tc, write_through_pointer_read_from_memory);
	tcase_add_test(tc, same_result_call_names_one_object);
	tcase_add_test(tc, callee_gets_only_the_fields_it_names);
	suite_add_tcase(s, tc);
	TCase *th = tcase_create("handles");
	tcase_add_test(th, handle_pending_until_status_tested);
	tcase_add_test(th, handle_failed_on_failure_edge_and_unchecked);
	tcase_add_test(th, handle_status_through_out_parameter);
	tcase_add_test(th, handle_copies_helpers_and_destroyer);
	tcase_add_test(th, uninitialised_and_null);
	suite_add_tcase(s, th);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
