/* Statements to a control-flow graph.  libclang has no CFG, so blocks are
 * built here from statement cursors: a "current block" receives events;
 * control statements close it and open new ones.  After a jump the current
 * block is -1 (unreachable point); blocks never reached from the entry are
 * dropped when the graph is copied into the arena. */
#include "extract/extract_int.h"

#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

void ex_fn_init(ex_fn_ctx *f, ex_tu_ctx *t, CXCursor fn)
{
	memset(f, 0, sizeof(*f));
	f->t = t;
	f->fn = fn;
	f->cur = -1;
	f->brk = f->cont = f->leave = -1;
	if (!clang_Cursor_isNull(fn)) {
		int n = clang_Cursor_getNumArguments(fn);
		if (n > 0) {
			f->params = xcalloc((size_t)n, sizeof(CXCursor));
			for (int i = 0; i < n; i++)
				f->params[i] = clang_Cursor_getArgument(fn, (unsigned)i);
			f->nparams = (unsigned)n;
		}
	}
}

void ex_fn_free(ex_fn_ctx *f)
{
	for (uint32_t i = 0; i < f->nblocks; i++) {
		free(f->blocks[i].ev);
		free(f->blocks[i].succ);
	}
	free(f->blocks);
	free(f->params);
	free(f->igotos);
	strmap_free(&f->labels);
	memset(f, 0, sizeof(*f));
}

int ex_new_block(ex_fn_ctx *f)
{
	ex_block b;
	memset(&b, 0, sizeof(b));
	VEC_PUSH(f->blocks, f->nblocks, f->capblocks, b);
	return (int)f->nblocks - 1;
}

int ex_cur(ex_fn_ctx *f)
{
	if (f->cur < 0)
		f->cur = ex_new_block(f);
	return f->cur;
}

void ex_link(ex_fn_ctx *f, int from, int to)
{
	if (from < 0 || to < 0)
		return;
	ex_block *b = &f->blocks[from];
	VEC_PUSH(b->succ, b->nsucc, b->capsucc, (uint32_t)to);
}

void ex_emit(ex_fn_ctx *f, const fx_event *ev)
{
	ex_block *b = &f->blocks[ex_cur(f)];
	VEC_PUSH(b->ev, b->nev, b->capev, *ev);
	if (!b->loc.line)
		b->loc = ev->loc;
	f->nemitted++;
}

static void set_loc(ex_fn_ctx *f, int blk, CXCursor at)
{
	if (blk >= 0 && !f->blocks[blk].loc.line)
		f->blocks[blk].loc = ex_cursor_loc(f->t, at);
}

/* ---- conditions ---- */

static bool cmp_of(CXCursor c, fx_cmp *op)
{
	if (clang_getCursorKind(c) != CXCursor_BinaryOperator)
		return false;
	switch (clang_getCursorBinaryOperatorKind(c)) {
	case CXBinaryOperator_EQ: *op = FX_CMP_EQ; return true;
	case CXBinaryOperator_NE: *op = FX_CMP_NE; return true;
	case CXBinaryOperator_LT: *op = FX_CMP_LT; return true;
	case CXBinaryOperator_LE: *op = FX_CMP_LE; return true;
	case CXBinaryOperator_GT: *op = FX_CMP_GT; return true;
	case CXBinaryOperator_GE: *op = FX_CMP_GE; return true;
	default: return false;
	}
}

static fx_cmp cmp_negate(fx_cmp op)
{
	switch (op) {
	case FX_CMP_EQ: return FX_CMP_NE;
	case FX_CMP_NE: return FX_CMP_EQ;
	case FX_CMP_LT: return FX_CMP_GE;
	case FX_CMP_LE: return FX_CMP_GT;
	case FX_CMP_GT: return FX_CMP_LE;
	case FX_CMP_GE: return FX_CMP_LT;
	}
	return op;
}

/* The 0 that `if (x)` compares with: NULL for pointers, so that `if (!h)`
 * and `if (h == NULL)` give the same facts. */
static fx_val zero_for(CXCursor c)
{
	fx_val z = { 0 };
	z.kind = ex_type_is_pointer(clang_getCursorType(c)) ? FX_VAL_NULL : FX_VAL_INT;
	return z;
}

static void branch_leaf(ex_fn_ctx *f, CXCursor s, int t, int e)
{
	fx_cond cond = { 0 };
	cond.known = true;
	cond.text = ex_text(f->t, s);
	CXCursor inner = s, ops[2];
	bool negate = false;
	fx_cmp op;
	if (clang_getCursorKind(s) == CXCursor_UnaryOperator &&
	    clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot &&
	    ex_children_n(s, ops, 1) == 1) {
		inner = ex_strip(ops[0]);
		negate = true;
	}
	if (cmp_of(inner, &op) && ex_children_n(inner, ops, 2) == 2) {
		cond.lhs = ex_value(f, ops[0]);
		cond.rhs = ex_value(f, ops[1]);
		cond.op = negate ? cmp_negate(op) : op;
		/* the usual arithmetic conversions: one unsigned operand of int
		   rank or wider makes the comparison unsigned */
		cond.is_unsigned = ex_type_is_unsigned(clang_getCursorType(ops[0])) ||
				   ex_type_is_unsigned(clang_getCursorType(ops[1]));
	} else {
		cond.lhs = ex_value(f, inner);
		cond.rhs = zero_for(inner);
		cond.op = negate ? FX_CMP_EQ : FX_CMP_NE;
	}
	int b = ex_cur(f);
	f->blocks[b].cond = cond;
	ex_link(f, b, t);
	ex_link(f, b, e);
	f->cur = -1;
}

static bool is_logical(CXCursor c, enum CXBinaryOperatorKind *op)
{
	if (clang_getCursorKind(c) != CXCursor_BinaryOperator)
		return false;
	*op = clang_getCursorBinaryOperatorKind(c);
	return *op == CXBinaryOperator_LAnd || *op == CXBinaryOperator_LOr || *op == CXBinaryOperator_Comma;
}

void ex_branch(ex_fn_ctx *f, CXCursor cond, int t, int e)
{
	if (!ex_enter(f, cond)) {
		int b = ex_cur(f);
		ex_link(f, b, t);
		ex_link(f, b, e);
		f->cur = -1;
		return;
	}
	CXCursor s = ex_strip(cond), k[3];
	enum CXBinaryOperatorKind bop;
	long long num;
	if (!ex_has_effects(f, s) && ex_const_int(s, &num)) {
		/* while (TRUE), do { } while (FALSE): one edge, no back edge */
		ex_link(f, ex_cur(f), num ? t : e);
		f->cur = -1;
	} else if (is_logical(s, &bop) && ex_children_n(s, k, 2) == 2) {
		if (bop == CXBinaryOperator_Comma) {
			ex_eval(f, k[0], false);
			ex_branch(f, k[1], t, e);
		} else {
			int mid = ex_new_block(f);
			if (bop == CXBinaryOperator_LAnd)
				ex_branch(f, k[0], mid, e);
			else
				ex_branch(f, k[0], t, mid);
			f->cur = mid;
			set_loc(f, mid, k[1]);
			ex_branch(f, k[1], t, e);
		}
	} else if (clang_getCursorKind(s) == CXCursor_ConditionalOperator && ex_children_n(s, k, 3) == 3) {
		int ta = ex_new_block(f), tb = ex_new_block(f);
		ex_branch(f, k[0], ta, tb);
		f->cur = ta;
		set_loc(f, ta, k[1]);
		ex_branch(f, k[1], t, e);
		f->cur = tb;
		set_loc(f, tb, k[2]);
		ex_branch(f, k[2], t, e);
	} else if (clang_getCursorKind(s) == CXCursor_UnaryOperator &&
		   clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot &&
		   ex_children_n(s, k, 1) == 1) {
		CXCursor in = ex_strip(k[0]);
		enum CXCursorKind ik = clang_getCursorKind(in);
		bool compound = is_logical(in, &bop) || ik == CXCursor_ConditionalOperator ||
				(ik == CXCursor_UnaryOperator &&
				 clang_getCursorUnaryOperatorKind(in) == CXUnaryOperator_LNot);
		if (compound)
			ex_branch(f, in, e, t);
		else
			branch_leaf(f, s, t, e);
	} else {
		branch_leaf(f, s, t, e);
	}
	ex_leave(f);
}

/* ---- statements ---- */

static int label_block(ex_fn_ctx *f, CXCursor named)
{
	CXString s = clang_getCursorSpelling(named);
	const char *name = clang_getCString(s);
	if (!name)
		name = "";
	void *v = strmap_get(&f->labels, name);
	int b;
	if (v) {
		b = (int)((intptr_t)v - 1);
	} else {
		b = ex_new_block(f);
		strmap_put(&f->labels, arena_strdup(f->t->a, name), (void *)(intptr_t)(b + 1));
	}
	clang_disposeString(s);
	return b;
}

static enum CXChildVisitResult stmt_cb(CXCursor c, CXCursor parent, CXClientData d)
{
	ex_stmt(d, c);
	return CXChildVisit_Continue;
}

static void stmt_if(ex_fn_ctx *f, CXCursor s)
{
	int join = ex_new_block(f);
	/* else-if chains are walked in a loop, not by recursion */
	for (;;) {
		CXCursor k[3];
		unsigned n = ex_children_n(s, k, 3);
		if (n < 2)
			break;
		int tb = ex_new_block(f);
		int eb = n == 3 ? ex_new_block(f) : join;
		ex_branch(f, k[0], tb, eb);
		f->cur = tb;
		set_loc(f, tb, k[1]);
		ex_stmt(f, k[1]);
		ex_link(f, f->cur, join);
		f->cur = -1;
		if (n < 3)
			break;
		f->cur = eb;
		set_loc(f, eb, k[2]);
		if (clang_getCursorKind(k[2]) == CXCursor_IfStmt) {
			s = k[2];
			continue;
		}
		ex_stmt(f, k[2]);
		ex_link(f, f->cur, join);
		break;
	}
	f->cur = join;
}

static void stmt_loop(ex_fn_ctx *f, CXCursor cond, bool has_cond, CXCursor body, CXCursor inc,
		      bool has_inc, bool cond_first)
{
	int saved_brk = f->brk, saved_cont = f->cont;
	int head = ex_new_block(f), bodyb = ex_new_block(f), exit = ex_new_block(f);
	int next = has_inc ? ex_new_block(f) : head;   /* where `continue` goes */
	if (cond_first) {
		ex_link(f, ex_cur(f), head);
		f->cur = head;
		set_loc(f, head, has_cond ? cond : body);
		if (has_cond)
			ex_branch(f, cond, bodyb, exit);
		else
			ex_link(f, head, bodyb);
	} else {
		/* do-while: body first, the condition block is the continue target */
		ex_link(f, ex_cur(f), bodyb);
		next = head;
	}
	f->brk = exit;
	f->cont = next;
	f->cur = bodyb;
	set_loc(f, bodyb, body);
	ex_stmt(f, body);
	f->brk = saved_brk;
	f->cont = saved_cont;
	if (cond_first) {
		ex_link(f, f->cur, next);
		if (has_inc) {
			f->cur = next;
			set_loc(f, next, inc);
			ex_eval(f, inc, false);
			ex_link(f, f->cur, head);
		}
	} else {
		ex_link(f, f->cur, head);
		f->cur = head;
		set_loc(f, head, cond);
		ex_branch(f, cond, bodyb, exit);
	}
	f->cur = exit;
}

static unsigned file_off(CXSourceLocation l)
{
	CXFile file;
	unsigned off;
	ex_file_offset(l, &file, &off);
	return off;
}

/* libclang omits absent parts of `for (init; cond; inc)` from the children,
 * so the parts are told apart by where they sit relative to the two
 * semicolons of the header.  Returns false when the tokens do not show the
 * header (a macro that expands to the whole loop). */
static bool for_parts(ex_fn_ctx *f, CXCursor s, ex_curvec *kids, int part[4])
{
	CXToken *toks = NULL;
	unsigned ntoks = 0;
	clang_tokenize(f->t->tu, clang_getCursorExtent(s), &toks, &ntoks);
	unsigned semi[2] = { 0, 0 }, nsemi = 0, rparen = 0;
	int depth = 0;
	bool ok = false;
	for (unsigned i = 0; i < ntoks; i++) {
		CXString sp = clang_getTokenSpelling(f->t->tu, toks[i]);
		const char *p = clang_getCString(sp);
		if (p && clang_getTokenKind(toks[i]) == CXToken_Punctuation) {
			if (!strcmp(p, "(")) {
				depth++;
			} else if (!strcmp(p, ")")) {
				if (--depth == 0) {
					rparen = file_off(clang_getTokenLocation(f->t->tu, toks[i]));
					ok = nsemi == 2;
					clang_disposeString(sp);
					break;
				}
			} else if (!strcmp(p, ";") && depth == 1 && nsemi < 2) {
				semi[nsemi++] = file_off(clang_getTokenLocation(f->t->tu, toks[i]));
			}
		}
		clang_disposeString(sp);
	}
	if (toks)
		clang_disposeTokens(f->t->tu, toks, ntoks);
	if (!ok)
		return false;
	for (unsigned i = 0; i + 1 < kids->n; i++) {
		unsigned off = file_off(clang_getRangeStart(clang_getCursorExtent(kids->v[i])));
		if (off < semi[0])
			part[0] = (int)i;
		else if (off < semi[1])
			part[1] = (int)i;
		else if (off < rparen)
			part[2] = (int)i;
		else
			return false;
	}
	return true;
}

static void stmt_for(ex_fn_ctx *f, CXCursor s)
{
	ex_curvec kids = { 0 };
	ex_children(s, &kids);
	if (kids.n == 0)
		goto cleanup;
	int part[4] = { -1, -1, -1, -1 };   /* init, cond, inc */
	if (kids.n == 4) {
		part[0] = 0, part[1] = 1, part[2] = 2;
	} else if (kids.n > 1 && !for_parts(f, s, &kids, part)) {
		/* unknown layout: run every header part before a loop whose
		   condition is unknown, which over-approximates the paths */
		for (unsigned i = 0; i + 1 < kids.n; i++)
			ex_stmt(f, kids.v[i]);
		int head = ex_new_block(f), bodyb = ex_new_block(f), exit = ex_new_block(f);
		ex_link(f, ex_cur(f), head);
		ex_link(f, head, bodyb);
		ex_link(f, head, exit);
		int sb = f->brk, sc = f->cont;
		f->brk = exit;
		f->cont = head;
		f->cur = bodyb;
		ex_stmt(f, kids.v[kids.n - 1]);
		ex_link(f, f->cur, head);
		f->brk = sb;
		f->cont = sc;
		f->cur = exit;
		goto cleanup;
	}
	if (part[0] >= 0)
		ex_stmt(f, kids.v[part[0]]);
	CXCursor nul = clang_getNullCursor();
	stmt_loop(f, part[1] >= 0 ? kids.v[part[1]] : nul, part[1] >= 0, kids.v[kids.n - 1],
		  part[2] >= 0 ? kids.v[part[2]] : nul, part[2] >= 0, true);
cleanup:
	ex_curvec_free(&kids);
}

static void stmt_switch(ex_fn_ctx *f, CXCursor s)
{
	ex_curvec kids = { 0 };
	ex_children(s, &kids);
	if (kids.n < 2) {
		ex_curvec_free(&kids);
		return;
	}
	CXCursor condc = kids.v[0];
	for (unsigned i = 0; i + 1 < kids.n; i++)
		if (ex_is_expr_kind(clang_getCursorKind(kids.v[i])))
			condc = kids.v[i];
	fx_val v = ex_value(f, condc);
	int head = ex_cur(f);
	ex_switch sw = { 0 };
	sw.outer = f->sw;
	f->sw = &sw;
	int saved_brk = f->brk;
	int exit = ex_new_block(f);
	f->brk = exit;
	f->cur = -1;   /* code before the first label is unreachable */
	ex_stmt(f, kids.v[kids.n - 1]);
	ex_link(f, f->cur, exit);
	f->brk = saved_brk;
	f->sw = sw.outer;

	int dflt = exit;
	unsigned nvals = 0;
	for (unsigned i = 0; i < sw.ncases; i++) {
		if (sw.cases[i].is_default)
			dflt = sw.cases[i].block;
		else
			nvals++;
	}
	for (unsigned i = 0; i < sw.ncases; i++)
		if (!sw.cases[i].is_default)
			ex_link(f, head, sw.cases[i].block);
	ex_link(f, head, dflt);
	/* one case: an ordinary two-way branch on `x == value` */
	if (nvals == 1) {
		for (unsigned i = 0; i < sw.ncases; i++) {
			if (!sw.cases[i].is_default && sw.cases[i].has_value) {
				fx_cond *c = &f->blocks[head].cond;
				c->known = true;
				c->op = FX_CMP_EQ;
				c->lhs = v;
				c->rhs = sw.cases[i].val;
				c->text = v.text;
			}
		}
	}
	free(sw.cases);
	ex_curvec_free(&kids);
	f->cur = exit;
}

static void stmt_case(ex_fn_ctx *f, CXCursor s, bool is_default)
{
	ex_curvec kids = { 0 };
	ex_children(s, &kids);
	int b = ex_new_block(f);
	ex_link(f, f->cur, b);   /* fall-through from the previous case */
	f->cur = b;
	set_loc(f, b, s);
	if (f->sw) {
		ex_case c = { 0 };
		c.block = b;
		c.is_default = is_default;
		if (!is_default && kids.n == 2 && ex_const_int(kids.v[0], &c.num)) {
			c.has_value = true;
			c.val.kind = FX_VAL_INT;
			c.val.num = c.num;
			c.val.text = ex_text(f->t, kids.v[0]);
			c.val.path = ex_single_ident(f->t, kids.v[0]);
		}
		VEC_PUSH(f->sw->cases, f->sw->ncases, f->sw->cap, c);
	}
	if (kids.n > 0 && (is_default || kids.n >= 2))
		ex_stmt(f, kids.v[kids.n - 1]);
	ex_curvec_free(&kids);
}

static void stmt_seh(ex_fn_ctx *f, CXCursor s)
{
	CXCursor k[2];
	if (ex_children_n(s, k, 2) != 2)
		return;
	int saved_leave = f->leave;
	if (clang_getCursorKind(k[1]) == CXCursor_SEHFinallyStmt) {
		int fin = ex_new_block(f);
		f->leave = fin;
		ex_stmt(f, k[0]);
		f->leave = saved_leave;
		ex_link(f, f->cur, fin);
		f->cur = fin;
		set_loc(f, fin, k[1]);
		CXCursor body;
		if (ex_children_n(k[1], &body, 1) == 1)
			ex_stmt(f, body);
		return;
	}
	/* __except: an exception can be raised anywhere in the body; the
	   handler is made reachable from the start of the body (an unknown
	   two-way branch), which keeps every state entering the try */
	int tryb = ex_new_block(f), bodyb = ex_new_block(f), handler = ex_new_block(f),
	    after = ex_new_block(f);
	ex_link(f, ex_cur(f), tryb);
	ex_link(f, tryb, bodyb);
	ex_link(f, tryb, handler);
	set_loc(f, tryb, s);
	f->leave = after;
	f->cur = bodyb;
	set_loc(f, bodyb, k[0]);
	ex_stmt(f, k[0]);
	ex_link(f, f->cur, after);
	f->leave = saved_leave;
	f->cur = handler;
	set_loc(f, handler, k[1]);
	ex_curvec h = { 0 };
	ex_children(k[1], &h);   /* filter expression, then the handler block */
	for (unsigned i = 0; i < h.n; i++) {
		if (ex_is_expr_kind(clang_getCursorKind(h.v[i])))
			ex_eval(f, h.v[i], false);
		else
			ex_stmt(f, h.v[i]);
	}
	ex_curvec_free(&h);
	ex_link(f, f->cur, after);
	f->cur = after;
}

static void stmt_decl(ex_fn_ctx *f, CXCursor s)
{
	ex_curvec kids = { 0 };
	ex_children(s, &kids);
	for (unsigned i = 0; i < kids.n; i++) {
		CXCursor d = kids.v[i];
		if (clang_getCursorKind(d) != CXCursor_VarDecl)
			continue;
		CXCursor init = clang_Cursor_getVarDeclInitializer(d);
		if (clang_Cursor_isNull(init))
			continue;
		ex_emit_init(f, init, ex_local_path(f, d), clang_getCursorType(d), true);
	}
	ex_curvec_free(&kids);
}

void ex_stmt(ex_fn_ctx *f, CXCursor s)
{
	if (!ex_enter(f, s))
		return;
	enum CXCursorKind k = clang_getCursorKind(s);
	CXCursor sub;
	if (k != CXCursor_CompoundStmt && k != CXCursor_LabelStmt && k != CXCursor_CaseStmt &&
	    k != CXCursor_DefaultStmt && k != CXCursor_NullStmt)
		set_loc(f, ex_cur(f), s);
	switch (k) {
	case CXCursor_CompoundStmt:
		clang_visitChildren(s, stmt_cb, f);
		break;
	case CXCursor_DeclStmt:
		stmt_decl(f, s);
		break;
	case CXCursor_IfStmt:
		stmt_if(f, s);
		break;
	case CXCursor_WhileStmt: {
		CXCursor kk[2];
		if (ex_children_n(s, kk, 2) == 2)
			stmt_loop(f, kk[0], true, kk[1], kk[1], false, true);
		break;
	}
	case CXCursor_DoStmt: {
		CXCursor kk[2];
		if (ex_children_n(s, kk, 2) == 2)
			stmt_loop(f, kk[1], true, kk[0], kk[0], false, false);
		break;
	}
	case CXCursor_ForStmt:
		stmt_for(f, s);
		break;
	case CXCursor_SwitchStmt:
		stmt_switch(f, s);
		break;
	case CXCursor_CaseStmt:
		stmt_case(f, s, false);
		break;
	case CXCursor_DefaultStmt:
		stmt_case(f, s, true);
		break;
	case CXCursor_BreakStmt:
		ex_link(f, f->cur, f->brk);
		f->cur = -1;
		break;
	case CXCursor_ContinueStmt:
		ex_link(f, f->cur, f->cont);
		f->cur = -1;
		break;
	case CXCursor_SEHLeaveStmt:
		ex_link(f, f->cur, f->leave);
		f->cur = -1;
		break;
	case CXCursor_ReturnStmt: {
		fx_event ev = { 0 };
		ev.kind = FX_EV_RETURN;
		if (ex_children_n(s, &sub, 1) == 1 && ex_is_expr_kind(clang_getCursorKind(sub)))
			ev.u.ret = ex_value(f, sub);
		ev.loc = ex_cursor_loc(f->t, s);
		ex_emit(f, &ev);
		f->cur = -1;   /* nsucc 0: function exit */
		break;
	}
	case CXCursor_GotoStmt:
		if (ex_children_n(s, &sub, 1) == 1)
			ex_link(f, f->cur, label_block(f, sub));
		f->cur = -1;
		break;
	case CXCursor_IndirectGotoStmt:
		if (ex_children_n(s, &sub, 1) == 1)
			ex_eval(f, sub, false);
		VEC_PUSH(f->igotos, f->nigotos, f->capigotos, ex_cur(f));
		f->cur = -1;
		break;
	case CXCursor_LabelStmt: {
		int b = label_block(f, s);
		ex_link(f, f->cur, b);
		f->cur = b;
		set_loc(f, b, s);
		if (ex_children_n(s, &sub, 1) == 1)
			ex_stmt(f, sub);
		break;
	}
	case CXCursor_SEHTryStmt:
		stmt_seh(f, s);
		break;
	case CXCursor_NullStmt:
	case CXCursor_AsmStmt:
	case CXCursor_MSAsmStmt:
		break;
	default:
		if (ex_is_expr_kind(k))
			ex_eval(f, s, false);
		else if (clang_isStatement(k))
			clang_visitChildren(s, stmt_cb, f);   /* e.g. attributed statements */
		break;
	}
	ex_leave(f);
}

/* ---- finishing ---- */

static bool is_forwarder(const ex_block *b)
{
	return b->nev == 0 && b->nsucc == 1 && !b->cond.known;
}

int ex_cfg_build(ex_fn_ctx *f, CXCursor body, fx_function *fn)
{
	arena *a = f->t->a;
	int *map = NULL, *stack = NULL;
	f->cur = ex_new_block(f);
	set_loc(f, f->cur, body);
	ex_stmt(f, body);
	f->cur = -1;
	/* `goto *p` may reach any label */
	for (unsigned i = 0; i < f->nigotos; i++)
		for (size_t j = 0; j < f->labels.cap; j++)
			if (f->labels.slots[j].key)
				ex_link(f, f->igotos[i], (int)((intptr_t)f->labels.slots[j].value - 1));

	/* Empty blocks that only pass control on (joins, loop heads without a
	   condition) are skipped; the entry stays block 0 even when empty, so
	   that it has no predecessors. */
	map = xmalloc(sizeof(int) * f->nblocks);
	for (uint32_t i = 0; i < f->nblocks; i++)
		map[i] = (int)i;
	for (uint32_t i = 1; i < f->nblocks; i++) {
		uint32_t y = i, steps = 0;
		while (y != 0 && is_forwarder(&f->blocks[y]) && steps++ <= f->nblocks)
			y = f->blocks[y].succ[0];
		if (steps <= f->nblocks)
			map[i] = (int)y;   /* else a cycle of empty blocks: keep as is */
	}
	for (uint32_t i = 0; i < f->nblocks; i++)
		for (uint32_t j = 0; j < f->blocks[i].nsucc; j++)
			f->blocks[i].succ[j] = (uint32_t)map[f->blocks[i].succ[j]];

	/* number the blocks reachable from the entry in reverse postorder
	   (each block before its successors, back edges aside), the order a
	   forward dataflow pass wants; unreachable blocks are dropped */
	uint32_t n = 0, sp = 0, npost = 0;
	uint32_t *post = xmalloc(sizeof(uint32_t) * f->nblocks);
	uint32_t *order = xmalloc(sizeof(uint32_t) * f->nblocks);
	stack = xmalloc(sizeof(int) * 2 * (f->nblocks + 1));
	for (uint32_t i = 0; i < f->nblocks; i++)
		map[i] = -1;   /* now: -1 unvisited, -2 on the stack, else visited */
	stack[sp++] = 0;
	stack[sp++] = (int)f->blocks[0].nsucc;
	map[0] = -2;
	while (sp) {
		int b = stack[sp - 2];
		int *next = &stack[sp - 1];
		if (*next > 0) {
			/* successors last to first, so that succ[0]'s side comes first */
			uint32_t s2 = f->blocks[b].succ[--*next];
			if (map[s2] == -1) {
				map[s2] = -2;
				stack[sp++] = (int)s2;
				stack[sp++] = (int)f->blocks[s2].nsucc;
			}
			continue;
		}
		post[npost++] = (uint32_t)b;
		map[b] = 0;
		sp -= 2;
	}
	for (uint32_t i = npost; i-- > 0;) {
		map[post[i]] = (int)n;
		order[n++] = post[i];
	}
	free(post);
	fn->nblocks = n;
	fn->blocks = arena_alloc(a, sizeof(fx_block) * (n ? n : 1));
	for (uint32_t i = 0; i < n; i++) {
		ex_block *eb = &f->blocks[order[i]];
		fx_block *ob = &fn->blocks[i];
		ob->nevents = eb->nev;
		ob->events = eb->nev ? arena_memdup(a, eb->ev, sizeof(fx_event) * eb->nev) : NULL;
		ob->nsucc = eb->nsucc;
		ob->succ = eb->nsucc ? arena_alloc(a, sizeof(uint32_t) * eb->nsucc) : NULL;
		for (uint32_t j = 0; j < eb->nsucc; j++)
			ob->succ[j] = (uint32_t)map[eb->succ[j]];
		ob->cond = eb->cond;
		ob->loc = eb->loc;
	}
	fn->ncalls = f->ncalls;
	free(order);
	free(map);
	free(stack);
	return 0;
}
