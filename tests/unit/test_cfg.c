/* CFG construction (extract/cfg_build.c) through the real frontend: small
 * C functions parsed from memory, asserting block structure, successors and
 * normalised branch conditions for every construct the builder handles. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts/facts_dump.h"
#include "frontend/frontend.h"

typedef struct parsed {
	fe_session *s;
	fx_tu *tu;
} parsed;

static parsed parse(const char *src)
{
	parsed p;
	fe_config cfg = { NULL, NULL, 0 };
	p.s = fe_session_new(&cfg);
	ck_assert_ptr_nonnull(p.s);
	ck_assert_int_eq(fe_extract_buffer(p.s, "cfg.c", src, strlen(src), NULL, 0, &p.tu), 0);
	ck_assert_ptr_nonnull(p.tu);
	ck_assert(p.tu->parsed);
	if (p.tu->nerrors)
		fx_dump_tu(stderr, p.tu);
	ck_assert_uint_eq(p.tu->nerrors, 0);
	return p;
}

static void done(parsed *p)
{
	fx_tu_free(p->tu);
	fe_session_free(p->s);
}

static const fx_function *fn_get(const fx_tu *tu, const char *key)
{
	for (uint32_t i = 0; i < tu->nfuncs; i++)
		if (!strcmp(tu->funcs[i].key, key) && tu->funcs[i].is_definition)
			return &tu->funcs[i];
	ck_abort_msg("no definition of %s", key);
	return NULL;
}

/* The block holding the call to `callee` whose first argument is the
 * integer `arg` (snippets tag their blocks with mark(N) calls). */
static int blk_mark(const fx_function *fn, long long arg)
{
	for (uint32_t b = 0; b < fn->nblocks; b++)
		for (uint32_t i = 0; i < fn->blocks[b].nevents; i++) {
			const fx_event *e = &fn->blocks[b].events[i];
			if (e->kind == FX_EV_CALL && e->u.call.callee && !strcmp(e->u.call.callee, "mark") &&
			    e->u.call.nargs == 1 && e->u.call.args[0].kind == FX_VAL_INT &&
			    e->u.call.args[0].num == arg)
				return (int)b;
		}
	ck_abort_msg("no block with mark(%lld)", arg);
	return -1;
}

static bool edge(const fx_function *fn, int a, int b)
{
	for (uint32_t i = 0; i < fn->blocks[a].nsucc; i++)
		if ((int)fn->blocks[a].succ[i] == b)
			return true;
	return false;
}

/* Is b reachable from a (a itself counts when a loop leads back to it)? */
static bool reaches(const fx_function *fn, int a, int b)
{
	char *seen = calloc(fn->nblocks, 1);
	int *stack = malloc(sizeof(int) * (fn->nblocks + 1) * 4);
	int sp = 0;
	bool found = false;
	for (uint32_t i = 0; i < fn->blocks[a].nsucc; i++)
		stack[sp++] = (int)fn->blocks[a].succ[i];
	while (sp && !found) {
		int x = stack[--sp];
		if (x == b)
			found = true;
		if (seen[x])
			continue;
		seen[x] = 1;
		for (uint32_t i = 0; i < fn->blocks[x].nsucc; i++)
			stack[sp++] = (int)fn->blocks[x].succ[i];
	}
	free(seen);
	free(stack);
	return found;
}

/* Blocks are numbered in reverse postorder, so an edge to a block with a
 * lower or equal number is a loop's back edge. */
static int back_edges(const fx_function *fn)
{
	int n = 0;
	for (uint32_t b = 0; b < fn->nblocks; b++)
		for (uint32_t i = 0; i < fn->blocks[b].nsucc; i++)
			if (fn->blocks[b].succ[i] <= b)
				n++;
	return n;
}

static int count_exits(const fx_function *fn)
{
	int n = 0;
	for (uint32_t b = 0; b < fn->nblocks; b++)
		n += fn->blocks[b].nsucc == 0;
	return n;
}

#define PRE "void mark(int); int g(int); int h(void);\n"

START_TEST(if_else_blocks)
{
	parsed p = parse(PRE "int f(int a) { int r; mark(0); if (a) { mark(1); r = 1; } else { mark(2); r = 2; } mark(3); return r; }");
	const fx_function *fn = fn_get(p.tu, "f");
	ck_assert_uint_eq(fn->nblocks, 4);
	int b0 = blk_mark(fn, 0), b1 = blk_mark(fn, 1), b2 = blk_mark(fn, 2), b3 = blk_mark(fn, 3);
	ck_assert_int_eq(b0, 0);
	ck_assert_uint_eq(fn->blocks[0].nsucc, 2);
	ck_assert_int_eq(fn->blocks[0].succ[0], b1);   /* true first */
	ck_assert_int_eq(fn->blocks[0].succ[1], b2);
	ck_assert(fn->blocks[0].cond.known);
	ck_assert_int_eq(fn->blocks[0].cond.op, FX_CMP_NE);
	ck_assert_int_eq(fn->blocks[0].cond.lhs.kind, FX_VAL_PATH);
	ck_assert_str_eq(fn->blocks[0].cond.lhs.path, "P:0");
	ck_assert_int_eq(fn->blocks[0].cond.rhs.kind, FX_VAL_INT);
	ck_assert_int_eq(fn->blocks[0].cond.rhs.num, 0);
	ck_assert_str_eq(fn->blocks[0].cond.text, "a");
	ck_assert(edge(fn, b1, b3) && edge(fn, b2, b3));
	ck_assert_uint_eq(fn->blocks[b3].nsucc, 0);
	ck_assert_int_eq(fn->blocks[b3].events[fn->blocks[b3].nevents - 1].kind, FX_EV_RETURN);
	done(&p);
}
END_TEST

START_TEST(cond_normalisation)
{
	parsed p = parse(PRE "int f(int a, int *q) {\n"
			 "if (!q) mark(1);\n"
			 "if (a == 3) mark(2);\n"
			 "if (!(a < 4)) mark(3);\n"
			 "if (((a)) != (5)) mark(4);\n"
			 "if (!a) mark(5);\n"
			 "if (q == (void*)0) mark(6);\n"
			 "if (g(a) >= 0) mark(7);\n"
			 "return 0; }");
	const fx_function *fn = fn_get(p.tu, "f");
	struct { long long mark; fx_cmp op; const char *lhs; fx_val_kind rk; long long rnum; } want[] = {
		{ 1, FX_CMP_EQ, "P:1", FX_VAL_NULL, 0 },
		{ 2, FX_CMP_EQ, "P:0", FX_VAL_INT, 3 },
		{ 3, FX_CMP_GE, "P:0", FX_VAL_INT, 4 },
		{ 4, FX_CMP_NE, "P:0", FX_VAL_INT, 5 },
		{ 5, FX_CMP_EQ, "P:0", FX_VAL_INT, 0 },
		{ 6, FX_CMP_EQ, "P:1", FX_VAL_NULL, 0 },
		{ 7, FX_CMP_GE, "R:6", FX_VAL_INT, 0 },   /* mark(1..6) are R:0..R:5 */
	};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		int m = blk_mark(fn, want[i].mark);
		int found = 0;
		for (uint32_t b = 0; b < fn->nblocks; b++) {
			const fx_block *bl = &fn->blocks[b];
			if (bl->nsucc == 2 && (int)bl->succ[0] == m) {
				found = 1;
				ck_assert_msg(bl->cond.known, "mark %lld", want[i].mark);
				ck_assert_int_eq(bl->cond.op, want[i].op);
				ck_assert_str_eq(bl->cond.lhs.path, want[i].lhs);
				ck_assert_int_eq(bl->cond.rhs.kind, want[i].rk);
				ck_assert_int_eq(bl->cond.rhs.num, want[i].rnum);
			}
		}
		ck_assert_msg(found, "no branch to mark %lld", want[i].mark);
	}
	done(&p);
}
END_TEST

START_TEST(while_break_continue)
{
	parsed p = parse(PRE "void f(int a) { mark(0); while (a < 10) { mark(1); if (a == 5) break; if (a == 6) continue; mark(2); a++; } mark(3); }");
	const fx_function *fn = fn_get(p.tu, "f");
	int b1 = blk_mark(fn, 1), b2 = blk_mark(fn, 2), b3 = blk_mark(fn, 3);
	ck_assert(reaches(fn, b2, b1));         /* back edge */
	ck_assert(reaches(fn, b1, b3));         /* break */
	ck_assert(!reaches(fn, b3, b1));
	ck_assert_int_eq(back_edges(fn), 2);    /* end of body and continue */
	/* the loop head tests a < 10 and leaves to mark(3) */
	int head = -1;
	for (uint32_t b = 0; b < fn->nblocks; b++)
		if (fn->blocks[b].cond.known && fn->blocks[b].cond.op == FX_CMP_LT)
			head = (int)b;
	ck_assert_int_ge(head, 0);
	ck_assert_int_eq(fn->blocks[head].succ[0], b1);
	ck_assert_int_eq(fn->blocks[head].succ[1], b3);
	done(&p);
}
END_TEST

START_TEST(do_while_false_no_back_edge)
{
	parsed p = parse(PRE "#define FALSE 0\nint f(int a) { int s = 0; do { mark(1); if (g(a)) break; mark(2); } while (FALSE); mark(3); return s; }");
	const fx_function *fn = fn_get(p.tu, "f");
	ck_assert_int_eq(back_edges(fn), 0);
	int b1 = blk_mark(fn, 1), b2 = blk_mark(fn, 2), b3 = blk_mark(fn, 3);
	ck_assert(!reaches(fn, b2, b1));
	ck_assert(reaches(fn, b1, b3) && reaches(fn, b2, b3));
	ck_assert_uint_eq(fn->blocks[b2].nsucc, 1);   /* constant condition: one edge */
	done(&p);
}
END_TEST

START_TEST(do_while_loops)
{
	parsed p = parse(PRE "void f(int a) { do { mark(1); } while (g(a)); mark(2); }");
	const fx_function *fn = fn_get(p.tu, "f");
	int b1 = blk_mark(fn, 1), b2 = blk_mark(fn, 2);
	ck_assert_int_eq(back_edges(fn), 1);
	ck_assert(reaches(fn, b1, b1));
	ck_assert(reaches(fn, b1, b2));
	/* the condition is evaluated after the body, in its own block */
	ck_assert_uint_eq(fn->blocks[b1].nsucc, 1);
	int c = (int)fn->blocks[b1].succ[0];
	ck_assert_str_eq(fn->blocks[c].events[0].u.call.callee, "g");
	ck_assert(fn->blocks[c].cond.known);
	ck_assert_int_eq(fn->blocks[c].succ[0], b1);
	ck_assert_int_eq(fn->blocks[c].succ[1], b2);
	done(&p);
}
END_TEST

START_TEST(for_loops)
{
	parsed p = parse(PRE "#define TRUE 1\nvoid f(int n) { int i;\n"
			 "for (i = 0; i < n; i++) mark(1);\n"
			 "mark(2);\n"
			 "for (;;) { mark(3); if (g(3)) break; }\n"
			 "mark(4);\n"
			 "for (; n > 2;) mark(5);\n"
			 "for (i = 0; ; i++) { mark(6); if (i) break; }\n"
			 "while (TRUE) { mark(7); break; }\n"
			 "mark(8); }");
	const fx_function *fn = fn_get(p.tu, "f");
	int b1 = blk_mark(fn, 1), b2 = blk_mark(fn, 2), b3 = blk_mark(fn, 3), b4 = blk_mark(fn, 4);
	int b5 = blk_mark(fn, 5), b6 = blk_mark(fn, 6), b7 = blk_mark(fn, 7), b8 = blk_mark(fn, 8);
	ck_assert(reaches(fn, b1, b1) && reaches(fn, b1, b2));
	/* the increment goes after the body and before the test */
	bool inc_seen = false;
	for (uint32_t b = 0; b < fn->nblocks; b++)
		for (uint32_t i = 0; i < fn->blocks[b].nevents; i++) {
			const fx_event *e = &fn->blocks[b].events[i];
			if (e->kind == FX_EV_ASSIGN && e->loc.line == 4 && e->u.assign.rhs.kind == FX_VAL_UNKNOWN) {
				inc_seen = true;
				ck_assert(edge(fn, b1, (int)b));
			}
		}
	ck_assert(inc_seen);
	/* for (;;): no exit but the break */
	ck_assert(reaches(fn, b3, b3) && reaches(fn, b3, b4));
	ck_assert(!reaches(fn, b2, b4) || reaches(fn, b2, b3));
	/* for (; cond;): the condition is recognised */
	bool gt = false;
	for (uint32_t b = 0; b < fn->nblocks; b++)
		if (fn->blocks[b].cond.known && fn->blocks[b].cond.op == FX_CMP_GT &&
		    fn->blocks[b].cond.rhs.num == 2 && (int)fn->blocks[b].succ[0] == b5)
			gt = true;
	ck_assert(gt);
	ck_assert(reaches(fn, b6, b6) && reaches(fn, b6, b7));
	/* while (TRUE): the body always runs, only break leaves */
	ck_assert_uint_eq(fn->blocks[b7].nsucc, 1);
	ck_assert(edge(fn, b7, b8));
	int pred7 = 0;
	for (uint32_t b = 0; b < fn->nblocks; b++)
		pred7 += edge(fn, (int)b, b7);
	ck_assert_int_eq(pred7, 1);
	done(&p);
}
END_TEST

START_TEST(switch_fallthrough)
{
	parsed p = parse(PRE "void f(int a) { mark(0);\n"
			 "switch (a) { case 1: mark(1); case 2: case 3: mark(2); break; default: mark(3); }\n"
			 "mark(4);\n"
			 "switch (a) { case 10: mark(10); break; case 11: mark(11); }\n"
			 "mark(12);\n"
			 "switch (a) { case 7: mark(7); }\n"
			 "mark(8); }");
	const fx_function *fn = fn_get(p.tu, "f");
	int b0 = blk_mark(fn, 0), b1 = blk_mark(fn, 1), b2 = blk_mark(fn, 2), b3 = blk_mark(fn, 3), b4 = blk_mark(fn, 4);
	/* head: cases 1, 2 (empty, falls into 3), 3, then default */
	ck_assert_uint_ge(fn->blocks[b0].nsucc, 3);
	ck_assert_int_eq(fn->blocks[b0].succ[0], b1);
	ck_assert_int_eq(fn->blocks[b0].succ[fn->blocks[b0].nsucc - 1], b3);
	ck_assert(!fn->blocks[b0].cond.known);
	ck_assert(edge(fn, b1, b2));            /* fall-through */
	ck_assert(edge(fn, b2, b4) && edge(fn, b3, b4));
	ck_assert(!edge(fn, b2, b3));           /* break */
	/* no default: the head also goes to the code after the switch */
	int b10 = blk_mark(fn, 10), b11 = blk_mark(fn, 11), b12 = blk_mark(fn, 12);
	ck_assert_uint_eq(fn->blocks[b4].nsucc, 3);
	ck_assert(edge(fn, b4, b10) && edge(fn, b4, b11) && edge(fn, b4, b12));
	/* one case: an ordinary known branch a == 7 */
	int b7 = blk_mark(fn, 7), b8 = blk_mark(fn, 8);
	ck_assert_uint_eq(fn->blocks[b12].nsucc, 2);
	ck_assert(fn->blocks[b12].cond.known);
	ck_assert_int_eq(fn->blocks[b12].cond.op, FX_CMP_EQ);
	ck_assert_str_eq(fn->blocks[b12].cond.lhs.path, "P:0");
	ck_assert_int_eq(fn->blocks[b12].cond.rhs.num, 7);
	ck_assert_int_eq(fn->blocks[b12].succ[0], b7);
	ck_assert_int_eq(fn->blocks[b12].succ[1], b8);
	done(&p);
}
END_TEST

START_TEST(goto_labels)
{
	parsed p = parse(PRE "int f(int a) { mark(0);\n"
			 "again: mark(1);\n"
			 "if (g(a)) goto again;\n"
			 "if (g(2)) goto out;\n"
			 "mark(2);\n"
			 "out: mark(3); return 0; }");
	const fx_function *fn = fn_get(p.tu, "f");
	int b1 = blk_mark(fn, 1), b2 = blk_mark(fn, 2), b3 = blk_mark(fn, 3);
	ck_assert(reaches(fn, b1, b1));         /* backward goto */
	ck_assert_int_eq(back_edges(fn), 1);
	ck_assert(reaches(fn, b1, b3));
	ck_assert(reaches(fn, b2, b3));
	/* the forward goto skips mark(2) */
	bool skip = false;
	for (uint32_t b = 0; b < fn->nblocks; b++)
		if (fn->blocks[b].nsucc == 2 && (int)fn->blocks[b].succ[0] == b3 && (int)fn->blocks[b].succ[1] == b2)
			skip = true;
	ck_assert(skip);
	done(&p);
}
END_TEST

START_TEST(early_return)
{
	parsed p = parse(PRE "int f(int *p) { if (p == 0) return -1; mark(1); if (g(1) < 0) { mark(2); return g(2); } mark(3); return 0; mark(4); }");
	const fx_function *fn = fn_get(p.tu, "f");
	ck_assert_int_eq(count_exits(fn), 3);
	/* the first block returns -1 on the true side */
	int t = (int)fn->blocks[0].succ[0];
	ck_assert_uint_eq(fn->blocks[t].nsucc, 0);
	ck_assert_int_eq(fn->blocks[t].events[0].kind, FX_EV_RETURN);
	ck_assert_int_eq(fn->blocks[t].events[0].u.ret.kind, FX_VAL_INT);
	ck_assert_int_eq(fn->blocks[t].events[0].u.ret.num, -1);
	int b2 = blk_mark(fn, 2);
	const fx_block *bl = &fn->blocks[b2];
	ck_assert_uint_eq(bl->nsucc, 0);
	ck_assert_int_eq(bl->events[bl->nevents - 2].kind, FX_EV_CALL);
	ck_assert_int_eq(bl->events[bl->nevents - 1].kind, FX_EV_RETURN);
	ck_assert_str_eq(bl->events[bl->nevents - 1].u.ret.path, "R:3");
	/* code after the last return is unreachable and dropped */
	for (uint32_t b = 0; b < fn->nblocks; b++)
		for (uint32_t i = 0; i < fn->blocks[b].nevents; i++) {
			const fx_event *e = &fn->blocks[b].events[i];
			ck_assert(!(e->kind == FX_EV_CALL && e->u.call.nargs == 1 &&
				    e->u.call.args[0].kind == FX_VAL_INT && e->u.call.args[0].num == 4));
		}
	done(&p);
}
END_TEST

START_TEST(and_or_conditions)
{
	parsed p = parse(PRE "void f(int a, int *q) {\n"
			 "if (q && g(a)) mark(1); else mark(2);\n"
			 "if (a == 1 || !q) mark(3);\n"
			 "mark(4); }");
	const fx_function *fn = fn_get(p.tu, "f");
	int b1 = blk_mark(fn, 1), b2 = blk_mark(fn, 2), b3 = blk_mark(fn, 3), b4 = blk_mark(fn, 4);
	/* block 0 tests q, then a block with g's call tests its result */
	ck_assert(fn->blocks[0].cond.known);
	ck_assert_str_eq(fn->blocks[0].cond.lhs.path, "P:1");
	ck_assert_int_eq(fn->blocks[0].cond.op, FX_CMP_NE);
	int mid = (int)fn->blocks[0].succ[0];
	ck_assert_int_eq(fn->blocks[0].succ[1], b2);
	ck_assert_uint_eq(fn->blocks[mid].nevents, 1);
	ck_assert_str_eq(fn->blocks[mid].events[0].u.call.callee, "g");
	ck_assert_str_eq(fn->blocks[mid].cond.lhs.path, "R:0");
	ck_assert_int_eq(fn->blocks[mid].succ[0], b1);
	ck_assert_int_eq(fn->blocks[mid].succ[1], b2);
	/* ||: the first test goes straight to the body when true */
	int or1 = -1;
	for (uint32_t b = 0; b < fn->nblocks; b++)
		if (fn->blocks[b].cond.known && fn->blocks[b].cond.op == FX_CMP_EQ && fn->blocks[b].cond.rhs.num == 1)
			or1 = (int)b;
	ck_assert_int_ge(or1, 0);
	ck_assert_int_eq(fn->blocks[or1].succ[0], b3);
	int or2 = (int)fn->blocks[or1].succ[1];
	ck_assert_int_eq(fn->blocks[or2].cond.op, FX_CMP_EQ);
	ck_assert_int_eq(fn->blocks[or2].cond.rhs.kind, FX_VAL_NULL);
	ck_assert_int_eq(fn->blocks[or2].succ[0], b3);
	ck_assert_int_eq(fn->blocks[or2].succ[1], b4);
	done(&p);
}
END_TEST

START_TEST(short_circuit_in_expression)
{
	parsed p = parse(PRE "int f(int a) { int x; mark(0); x = a && g(1); mark(1); x = a ? g(2) : h(); mark(2); x = a || 0; return x; }");
	const fx_function *fn = fn_get(p.tu, "f");
	int b0 = blk_mark(fn, 0), b1 = blk_mark(fn, 1), b2 = blk_mark(fn, 2);
	/* g(1) runs only when a != 0: its own block */
	ck_assert(fn->blocks[b0].cond.known);
	ck_assert_str_eq(fn->blocks[b0].cond.lhs.path, "P:0");
	int gb = (int)fn->blocks[b0].succ[0];
	ck_assert_str_eq(fn->blocks[gb].events[0].u.call.callee, "g");
	ck_assert(edge(fn, gb, b1) && edge(fn, b0, b1));
	/* ?: with calls on both sides: two blocks */
	ck_assert_uint_eq(fn->blocks[b1].nsucc, 2);
	int ta = (int)fn->blocks[b1].succ[0], tb = (int)fn->blocks[b1].succ[1];
	ck_assert_str_eq(fn->blocks[ta].events[0].u.call.callee, "g");
	ck_assert_str_eq(fn->blocks[tb].events[0].u.call.callee, "h");
	ck_assert(edge(fn, ta, b2) && edge(fn, tb, b2));
	/* no call in the right operand: no split */
	ck_assert_uint_eq(fn->blocks[b2].nsucc, 0);
	done(&p);
}
END_TEST

START_TEST(conditional_in_branch)
{
	parsed p = parse(PRE "void f(int a, int b) { if (a ? b : !b) mark(1); mark(2); }");
	const fx_function *fn = fn_get(p.tu, "f");
	int b1 = blk_mark(fn, 1), b2 = blk_mark(fn, 2);
	ck_assert_str_eq(fn->blocks[0].cond.lhs.path, "P:0");
	int ta = (int)fn->blocks[0].succ[0], tb = (int)fn->blocks[0].succ[1];
	ck_assert_int_eq(fn->blocks[ta].cond.op, FX_CMP_NE);
	ck_assert_int_eq(fn->blocks[tb].cond.op, FX_CMP_EQ);
	ck_assert_str_eq(fn->blocks[tb].cond.lhs.path, "P:1");
	ck_assert(edge(fn, ta, b1) && edge(fn, ta, b2) && edge(fn, tb, b1) && edge(fn, tb, b2));
	done(&p);
}
END_TEST

START_TEST(seh_try_except_leave_finally)
{
	parsed p = parse(PRE "void f(int a) { mark(0);\n"
			 "__try { mark(1); if (a) __leave; mark(2); } __except (1) { mark(3); }\n"
			 "mark(4);\n"
			 "__try { mark(5); if (a) __leave; mark(6); } __finally { mark(7); }\n"
			 "mark(8); }");
	const fx_function *fn = fn_get(p.tu, "f");
	int b0 = blk_mark(fn, 0), b1 = blk_mark(fn, 1), b2 = blk_mark(fn, 2), b3 = blk_mark(fn, 3), b4 = blk_mark(fn, 4);
	/* the handler is reachable from the start of the try */
	ck_assert(reaches(fn, b0, b3));
	ck_assert(!reaches(fn, b1, b3));
	ck_assert(reaches(fn, b0, b1));
	/* __leave goes to the end of the try, skipping mark(2) */
	ck_assert(edge(fn, b1, b4) || reaches(fn, b1, b4));
	ck_assert(reaches(fn, b2, b4) && reaches(fn, b3, b4));
	ck_assert_uint_eq(fn->blocks[b1].nsucc, 2);
	ck_assert(edge(fn, b1, b4));
	/* __finally runs after the body and after __leave */
	int b5 = blk_mark(fn, 5), b6 = blk_mark(fn, 6), b7 = blk_mark(fn, 7), b8 = blk_mark(fn, 8);
	ck_assert(edge(fn, b5, b7) && edge(fn, b6, b7));
	ck_assert(b7 == b8 || reaches(fn, b7, b8));
	ck_assert(!reaches(fn, b5, b6) || edge(fn, b5, b6));
	done(&p);
}
END_TEST

START_TEST(statement_expression)
{
	parsed p = parse(PRE "int f(int a) { int x = ({ int y = g(a); if (y) mark(1); y; }); return x; }");
	const fx_function *fn = fn_get(p.tu, "f");
	ck_assert_str_eq(fn->blocks[0].cond.lhs.path, "L:y@2");
	int b1 = blk_mark(fn, 1);
	ck_assert(reaches(fn, b1, b1) == false);
	ck_assert_int_eq(count_exits(fn), 1);
	done(&p);
}
END_TEST

START_TEST(deep_nesting_is_approximate_not_fatal)
{
	/* a long else-if chain is walked iteratively; a long operator chain
	   hits the depth limit and gives a warning, not a crash */
	size_t n = 3000;
	char *src = malloc(n * 40 + 200);
	char *w = src;
	w += sprintf(w, PRE "int f(int a) {\n");
	for (size_t i = 0; i < n; i++)
		w += sprintf(w, "%sif (a == %zu) mark(%zu);\n", i ? "else " : "", i, i);
	w += sprintf(w, "return a");
	for (size_t i = 0; i < n; i++)
		w += sprintf(w, "+a");
	w += sprintf(w, "; }\n");
	parsed p = parse(src);
	const fx_function *fn = fn_get(p.tu, "f");
	ck_assert_uint_ge(fn->nblocks, n);
	ck_assert_int_ge(blk_mark(fn, (long long)n - 1), 0);
	bool warned = false;
	for (uint32_t i = 0; i < p.tu->ndiags; i++)
		if (p.tu->diags[i].severity == FX_DIAG_WARNING && strstr(p.tu->diags[i].message, "nesting"))
			warned = true;
	ck_assert(warned);
	done(&p);
	free(src);
}
END_TEST

START_TEST(dump_is_deterministic)
{
	const char *src = PRE "int f(int a) { if (a > 1) return g(a); return 0; }";
	parsed p = parse(src);
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	fx_dump_function(m, fn_get(p.tu, "f"));
	fclose(m);
	ck_assert_str_eq(buf, "def f at cfg.c:2:5 returns int\n"
			      "  param 0 a: int\n"
			      "  block 0 at 2:14 -> 1 2 if P:0 > 1\n"
			      "  block 1 at 2:27 -> exit\n"
			      "    2:34 call R:0 = g(P:0)\n"
			      "    2:27 return R:0\n"
			      "  block 2 at 2:40 -> exit\n"
			      "    2:40 return 0\n");
	free(buf);
	done(&p);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("cfg");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, if_else_blocks);
	tcase_add_test(tc, cond_normalisation);
	tcase_add_test(tc, while_break_continue);
	tcase_add_test(tc, do_while_false_no_back_edge);
	tcase_add_test(tc, do_while_loops);
	tcase_add_test(tc, for_loops);
	tcase_add_test(tc, switch_fallthrough);
	tcase_add_test(tc, goto_labels);
	tcase_add_test(tc, early_return);
	tcase_add_test(tc, and_or_conditions);
	tcase_add_test(tc, short_circuit_in_expression);
	tcase_add_test(tc, conditional_in_branch);
	tcase_add_test(tc, seh_try_except_leave_finally);
	tcase_add_test(tc, statement_expression);
	tcase_add_test(tc, deep_nesting_is_approximate_not_fatal);
	tcase_add_test(tc, dump_is_deterministic);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
