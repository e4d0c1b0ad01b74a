/* Expressions to facts: values (fx_val), access paths, call events and
 * assignment events, emitted into the current block in evaluation order
 * (operands left to right, inner calls before the outer call). */
#include "extract/extract_int.h"

#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

static fx_val val_unknown(void)
{
	fx_val v = { 0 };
	v.kind = FX_VAL_UNKNOWN;
	return v;
}

static fx_val val_path(fx_val_kind k, const char *path)
{
	fx_val v = { 0 };
	v.kind = path ? k : FX_VAL_UNKNOWN;
	v.path = path;
	return v;
}

bool ex_is_expr_kind(enum CXCursorKind k)
{
	return clang_isExpression(k) != 0;
}

/* The last child that is an expression (a cast's operand follows the
 * TypeRef of its written type). */
static bool last_expr_child(CXCursor c, CXCursor *out)
{
	ex_curvec v = { 0 };
	ex_children(c, &v);
	bool found = false;
	for (unsigned i = v.n; i-- > 0;) {
		if (ex_is_expr_kind(clang_getCursorKind(v.v[i]))) {
			*out = v.v[i];
			found = true;
			break;
		}
	}
	ex_curvec_free(&v);
	return found;
}

/* An implicit conversion shows up as an UnexposedExpr with exactly one
 * expression child; other unexposed expressions have none or several. */
static bool implicit_child(CXCursor c, CXCursor *out)
{
	CXCursor buf[2];
	if (ex_children_n(c, buf, 2) != 1 || !ex_is_expr_kind(clang_getCursorKind(buf[0])))
		return false;
	*out = buf[0];
	return true;
}

CXCursor ex_strip(CXCursor c)
{
	for (int i = 0; i < EX_MAX_DEPTH; i++) {
		CXCursor n;
		switch (clang_getCursorKind(c)) {
		case CXCursor_ParenExpr:
		case CXCursor_UnexposedExpr:
			if (!implicit_child(c, &n))
				return c;
			break;
		case CXCursor_CStyleCastExpr:
			if (!last_expr_child(c, &n))
				return c;
			break;
		default:
			return c;
		}
		c = n;
	}
	return c;
}

bool ex_const_int(CXCursor c, long long *out)
{
	CXEvalResult r = clang_Cursor_Evaluate(c);
	if (!r)
		return false;
	bool ok = clang_EvalResult_getKind(r) == CXEval_Int;
	if (ok)
		*out = clang_EvalResult_isUnsignedInt(r) ? (long long)clang_EvalResult_getAsUnsigned(r)
							 : clang_EvalResult_getAsLongLong(r);
	clang_EvalResult_dispose(r);
	return ok;
}

static enum CXChildVisitResult effects_cb(CXCursor c, CXCursor parent, CXClientData d)
{
	bool *found = d;
	switch (clang_getCursorKind(c)) {
	case CXCursor_CallExpr:
	case CXCursor_CompoundAssignOperator:
	case CXCursor_StmtExpr:
		*found = true;
		return CXChildVisit_Break;
	case CXCursor_BinaryOperator:
		if (clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign) {
			*found = true;
			return CXChildVisit_Break;
		}
		break;
	case CXCursor_UnaryOperator:
		switch (clang_getCursorUnaryOperatorKind(c)) {
		case CXUnaryOperator_PostInc:
		case CXUnaryOperator_PostDec:
		case CXUnaryOperator_PreInc:
		case CXUnaryOperator_PreDec:
			*found = true;
			return CXChildVisit_Break;
		default:
			break;
		}
		break;
	default:
		break;
	}
	return CXChildVisit_Recurse;
}

/* Would evaluating c emit an event?  (libclang recurses, not us, so this
 * is safe on deep trees.) */
bool ex_has_effects(ex_fn_ctx *f, CXCursor c)
{
	bool found = false;
	if (effects_cb(c, clang_getNullCursor(), &found) == CXChildVisit_Break)
		return true;
	clang_visitChildren(c, effects_cb, &found);
	return found;
}

static const char *path_add(ex_tu_ctx *t, const char *base, const char *sel)
{
	return arena_printf(t->a, "%s%s", base, sel);
}

/* base.f, normalising (*p).f to p>f */
static const char *path_field(ex_tu_ctx *t, const char *base, const char *field, bool arrow)
{
	size_t n = strlen(base);
	if (arrow)
		return arena_printf(t->a, "%s>%s", base, field);
	if (n > 0 && base[n - 1] == '^')
		return arena_printf(t->a, "%.*s>%s", (int)(n - 1), base, field);
	return arena_printf(t->a, "%s.%s", base, field);
}

const char *ex_local_path(ex_fn_ctx *f, CXCursor d)
{
	ex_tu_ctx *t = f->t;
	CXString s = clang_getCursorSpelling(d);
	const char *name = clang_getCString(s);
	const char *r;
	enum CXCursorKind pk = clang_getCursorKind(clang_getCursorSemanticParent(d));
	bool global = pk == CXCursor_TranslationUnit || clang_Cursor_hasVarDeclExternalStorage(d) == 1;
	if (clang_getCursorKind(d) == CXCursor_ParmDecl) {
		for (unsigned i = 0; i < f->nparams; i++) {
			if (clang_equalCursors(f->params[i], d)) {
				r = arena_printf(t->a, "P:%u", i);
				goto done;
			}
		}
		global = false;
	}
	if (global && clang_Cursor_getStorageClass(d) == CX_SC_Static)
		r = arena_printf(t->a, "G:%s::%s", t->out->path, name ? name : "");
	else if (global)
		r = arena_printf(t->a, "G:%s", name ? name : "");
	else
		r = arena_printf(t->a, "L:%s@%u", name ? name : "",
				 ex_loc(t, clang_getCursorLocation(d)).line);
done:
	clang_disposeString(s);
	return r;
}

void ex_emit_assign(ex_fn_ctx *f, CXCursor at, const char *lhs, CXType lhsty, fx_val rhs, bool is_init)
{
	fx_event ev = { 0 };
	ev.kind = FX_EV_ASSIGN;
	ev.loc = ex_cursor_loc(f->t, at);
	ev.u.assign.lhs = lhs ? lhs : "?";
	ev.u.assign.lhs_role = ex_role_of_obj_type(f->t, lhsty);
	ev.u.assign.lhs_type = ex_type_spelling(f->t, lhsty);
	ev.u.assign.rhs = rhs;
	ev.u.assign.is_init = is_init;
	ex_emit(f, &ev);
}

fx_val ex_value(ex_fn_ctx *f, CXCursor c)
{
	fx_val v = ex_eval(f, c, true);
	if (!v.text)
		v.text = ex_text(f->t, c);
	return v;
}

static fx_val eval_declref(ex_fn_ctx *f, CXCursor c)
{
	ex_tu_ctx *t = f->t;
	CXCursor d = clang_getCursorReferenced(c);
	switch (clang_getCursorKind(d)) {
	case CXCursor_FunctionDecl: {
		const char *key = ex_func_key(t, d);
		strmap_put(&t->used, key, (void *)key);
		return val_path(FX_VAL_FUNC, key);
	}
	case CXCursor_EnumConstantDecl: {
		fx_val v = { 0 };
		v.kind = FX_VAL_INT;
		v.num = clang_getEnumConstantDeclValue(d);
		v.path = ex_str(t, clang_getCursorSpelling(d));
		return v;
	}
	case CXCursor_VarDecl:
	case CXCursor_ParmDecl:
		return val_path(FX_VAL_PATH, ex_local_path(f, d));
	default:
		return val_unknown();
	}
}

static fx_val eval_member(ex_fn_ctx *f, CXCursor c)
{
	CXCursor base;
	CXCursor buf[2];
	if (ex_children_n(c, buf, 2) < 1 || !ex_is_expr_kind(clang_getCursorKind(buf[0])))
		return val_unknown();
	base = buf[0];
	fx_val b = ex_eval(f, base, false);
	bool arrow = ex_type_is_pointer(clang_getCursorType(base));
	CXString s = clang_getCursorSpelling(c);
	const char *field = clang_getCString(s);
	fx_val r = val_unknown();
	if (b.kind == FX_VAL_ADDR && arrow) {
		b.kind = FX_VAL_PATH;   /* (&x)->f is x.f */
		arrow = false;
	}
	if (b.kind == FX_VAL_PATH) {
		if (!field || !*field)   /* anonymous struct/union member: no name of its own */
			r = val_path(FX_VAL_PATH, arrow ? path_add(f->t, b.path, "^") : b.path);
		else
			r = val_path(FX_VAL_PATH, path_field(f->t, b.path, field, arrow));
	}
	clang_disposeString(s);
	return r;
}

static fx_val eval_call(ex_fn_ctx *f, CXCursor c)
{
	ex_tu_ctx *t = f->t;
	fx_event ev = { 0 };
	ev.kind = FX_EV_CALL;
	ev.loc = ex_cursor_loc(t, c);
	CXCursor buf[1];
	if (ex_children_n(c, buf, 1) < 1)
		return val_unknown();
	CXCursor callee = buf[0];
	/* direct call: through parens, decay, `(*f)()` and `(&f)()` to a FunctionDecl */
	CXCursor s = callee;
	for (int i = 0; i < 16; i++) {
		s = ex_strip(s);
		if (clang_getCursorKind(s) != CXCursor_UnaryOperator)
			break;
		enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(s);
		CXCursor sub;
		if ((op != CXUnaryOperator_Deref && op != CXUnaryOperator_AddrOf) ||
		    !implicit_child(s, &sub))
			break;
		s = sub;
	}
	CXCursor d = clang_getCursorReferenced(s);
	if (clang_getCursorKind(s) == CXCursor_DeclRefExpr && clang_getCursorKind(d) == CXCursor_FunctionDecl) {
		ev.u.call.callee = ex_func_key(t, d);
		ev.u.call.callee_name = ex_str(t, clang_getCursorSpelling(d));
		strmap_put(&t->used, ev.u.call.callee, (void *)ev.u.call.callee);
	} else {
		ev.u.call.target = ex_value(f, callee);
	}
	CXType fnty = ex_callee_fn_type(clang_getCursorType(callee));
	int nparams = fnty.kind == CXType_Invalid ? -1 : clang_getNumArgTypes(fnty);
	int nargs = clang_Cursor_getNumArguments(c);
	if (nargs > 0) {
		ev.u.call.nargs = (uint32_t)nargs;
		ev.u.call.args = arena_alloc(t->a, sizeof(fx_val) * (size_t)nargs);
		ev.u.call.arg_roles = arena_alloc(t->a, sizeof(char *) * (size_t)nargs);
		ev.u.call.arg_types = arena_alloc(t->a, sizeof(char *) * (size_t)nargs);
		for (int i = 0; i < nargs; i++) {
			ev.u.call.args[i] = ex_value(f, clang_Cursor_getArgument(c, (unsigned)i));
			if (i < nparams) {
				CXType pt = clang_getArgType(fnty, (unsigned)i);
				ev.u.call.arg_types[i] = ex_type_spelling(t, pt);
				ev.u.call.arg_roles[i] = ex_role_of_obj_type(t, pt);
			}
		}
	}
	ev.u.call.id = f->ncalls++;
	ex_emit(f, &ev);
	return val_path(FX_VAL_PATH, arena_printf(t->a, "R:%u", ev.u.call.id));
}

static void eval_children(ex_fn_ctx *f, CXCursor c)
{
	ex_curvec v = { 0 };
	ex_children(c, &v);
	for (unsigned i = 0; i < v.n; i++)
		if (ex_is_expr_kind(clang_getCursorKind(v.v[i])))
			ex_eval(f, v.v[i], false);
	ex_curvec_free(&v);
}

/* a && b / a || b whose right operand has effects: its own blocks. */
static void eval_logical(ex_fn_ctx *f, CXCursor c, CXCursor l, CXCursor r, bool is_and)
{
	int mid = ex_new_block(f), join = ex_new_block(f);
	if (is_and)
		ex_branch(f, l, mid, join);
	else
		ex_branch(f, l, join, mid);
	f->cur = mid;
	ex_eval(f, r, false);
	ex_link(f, f->cur, join);
	f->cur = join;
}

static fx_val eval_conditional(ex_fn_ctx *f, CXCursor c, bool want)
{
	CXCursor k[3];
	if (ex_children_n(c, k, 3) != 3) {
		eval_children(f, c);
		return val_unknown();
	}
	long long num;
	if (!ex_has_effects(f, k[0]) && ex_const_int(k[0], &num))
		return ex_eval(f, num ? k[1] : k[2], want);
	if (ex_has_effects(f, k[1]) || ex_has_effects(f, k[2])) {
		int ta = ex_new_block(f), tb = ex_new_block(f), join = ex_new_block(f);
		ex_branch(f, k[0], ta, tb);
		f->cur = ta;
		ex_eval(f, k[1], false);
		ex_link(f, f->cur, join);
		f->cur = tb;
		ex_eval(f, k[2], false);
		ex_link(f, f->cur, join);
		f->cur = join;
		return val_unknown();
	}
	fx_val cv = ex_eval(f, k[0], false);
	fx_val a = ex_eval(f, k[1], want), b = ex_eval(f, k[2], want);
	/* (Flags & M) ? TRUE : FALSE is the bit test itself */
	if (cv.kind == FX_VAL_BITAND && a.kind == FX_VAL_INT && a.num && b.kind == FX_VAL_INT && !b.num)
		return cv;
	if (a.kind == b.kind && a.kind != FX_VAL_UNKNOWN && a.num == b.num &&
	    ((!a.path && !b.path) || (a.path && b.path && strcmp(a.path, b.path) == 0)))
		return a;
	return val_unknown();
}

static fx_val eval_stmtexpr(ex_fn_ctx *f, CXCursor c, bool want)
{
	CXCursor body;
	fx_val v = val_unknown();
	if (ex_children_n(c, &body, 1) != 1)
		return v;
	ex_curvec st = { 0 };
	ex_children(body, &st);
	for (unsigned i = 0; i < st.n; i++) {
		if (i + 1 == st.n && ex_is_expr_kind(clang_getCursorKind(st.v[i])))
			v = ex_eval(f, st.v[i], want);
		else
			ex_stmt(f, st.v[i]);
	}
	ex_curvec_free(&st);
	return v;
}

static fx_val eval_unary(ex_fn_ctx *f, CXCursor c, bool want)
{
	CXCursor sub;
	if (!implicit_child(c, &sub))
		return val_unknown();
	fx_val v;
	switch (clang_getCursorUnaryOperatorKind(c)) {
	case CXUnaryOperator_AddrOf:
		v = ex_eval(f, sub, false);
		if (v.kind == FX_VAL_PATH) {
			size_t n = strlen(v.path);
			if (n > 0 && v.path[n - 1] == '^')   /* &*p is p */
				v.path = arena_strndup(f->t->a, v.path, n - 1);
			else
				v.kind = FX_VAL_ADDR;
			return v;
		}
		return v.kind == FX_VAL_FUNC ? v : val_unknown();
	case CXUnaryOperator_Deref:
		v = ex_eval(f, sub, false);
		if (ex_type_is_function(clang_getCursorType(c)) || v.kind == FX_VAL_FUNC)
			return v;   /* *fp calls the same function as fp */
		if (v.kind == FX_VAL_ADDR) {   /* *&x is x */
			v.kind = FX_VAL_PATH;
			return v;
		}
		if (v.kind == FX_VAL_PATH)
			return val_path(FX_VAL_PATH, path_add(f->t, v.path, "^"));
		return val_unknown();
	case CXUnaryOperator_PostInc:
	case CXUnaryOperator_PostDec:
	case CXUnaryOperator_PreInc:
	case CXUnaryOperator_PreDec:
		v = ex_eval(f, sub, false);
		ex_emit_assign(f, c, v.kind == FX_VAL_PATH ? v.path : NULL, clang_getCursorType(sub),
			       val_unknown(), false);
		return val_unknown();
	case CXUnaryOperator_Extension:
		return ex_eval(f, sub, want);
	default:
		ex_eval(f, sub, false);
		return val_unknown();
	}
}

static fx_val eval_binary(ex_fn_ctx *f, CXCursor c, bool want)
{
	CXCursor k[2];
	if (ex_children_n(c, k, 2) != 2) {
		eval_children(f, c);
		return val_unknown();
	}
	fx_val l, r;
	switch (clang_getCursorBinaryOperatorKind(c)) {
	case CXBinaryOperator_Assign:
		l = ex_eval(f, k[0], false);
		r = ex_value(f, k[1]);
		ex_emit_assign(f, c, l.kind == FX_VAL_PATH ? l.path : NULL, clang_getCursorType(k[0]), r,
			       false);
		return r;
	case CXBinaryOperator_Comma:
		ex_eval(f, k[0], false);
		return ex_eval(f, k[1], want);
	case CXBinaryOperator_LAnd:
	case CXBinaryOperator_LOr:
		if (ex_has_effects(f, k[1])) {
			eval_logical(f, c, k[0], k[1],
				     clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_LAnd);
			return val_unknown();
		}
		break;
	case CXBinaryOperator_And:
	case CXBinaryOperator_EQ:
	case CXBinaryOperator_NE: {
		/* bit tests of a flag word: x & M, (x & M) == M, (x & M) != 0 */
		long long m;
		l = ex_eval(f, k[0], true);
		r = ex_eval(f, k[1], true);
		enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
		if (op == CXBinaryOperator_And) {
			if (l.kind == FX_VAL_PATH && r.kind == FX_VAL_INT && r.num)
				return (fx_val){ .kind = FX_VAL_BITAND, .num = r.num, .path = l.path, .text = l.text };
			if (r.kind == FX_VAL_PATH && l.kind == FX_VAL_INT && l.num)
				return (fx_val){ .kind = FX_VAL_BITAND, .num = l.num, .path = r.path, .text = r.text };
			return val_unknown();
		}
		/* a comparison of a variable or call result with a constant, kept as
		   a value when it is stored (a flag tested later) */
		if (op == CXBinaryOperator_EQ && l.kind == FX_VAL_PATH && r.kind == FX_VAL_INT)
			return (fx_val){ .kind = FX_VAL_EQ, .num = r.num, .path = l.path, .text = l.text };
		if (op == CXBinaryOperator_EQ && r.kind == FX_VAL_PATH && l.kind == FX_VAL_INT)
			return (fx_val){ .kind = FX_VAL_EQ, .num = l.num, .path = r.path, .text = r.text };
		fx_val b = l.kind == FX_VAL_BITAND ? l : r, o = l.kind == FX_VAL_BITAND ? r : l;
		if (b.kind == FX_VAL_BITAND && o.kind == FX_VAL_INT) {
			m = o.num;
			/* single-bit masks: == M and != 0 both mean "the bit is set" */
			bool single = (b.num & (b.num - 1)) == 0;
			if (single && ((op == CXBinaryOperator_EQ && m == b.num) || (op == CXBinaryOperator_NE && m == 0)))
				return b;
		}
		return val_unknown();
	}
	case CXBinaryOperator_Add:
	case CXBinaryOperator_Sub:
		/* p + i points into the same array as p: paths are index-insensitive */
		if (ex_type_is_pointer(clang_getCursorType(c))) {
			bool lp = ex_type_is_pointer(clang_getCursorType(k[0])) ||
				  ex_type_is_array(clang_getCursorType(k[0]));
			l = ex_eval(f, k[0], false);
			r = ex_eval(f, k[1], false);
			fx_val p = lp ? l : r;
			if (p.kind == FX_VAL_PATH || p.kind == FX_VAL_ADDR)
				return p;
			return val_unknown();
		}
		break;
	default:
		break;
	}
	ex_eval(f, k[0], false);
	ex_eval(f, k[1], false);
	return val_unknown();
}

fx_val ex_eval(ex_fn_ctx *f, CXCursor c, bool want)
{
	if (!ex_enter(f, c))
		return val_unknown();
	uint64_t before = f->nemitted;
	CXCursor sub;
	fx_val v = val_unknown();
	CXType ty = clang_getCursorType(c);
	switch (clang_getCursorKind(c)) {
	case CXCursor_ParenExpr:
		if (implicit_child(c, &sub))
			v = ex_eval(f, sub, want);
		break;
	case CXCursor_UnexposedExpr:
		if (!implicit_child(c, &sub)) {
			eval_children(f, c);
			break;
		}
		v = ex_eval(f, sub, want);
		if (v.kind == FX_VAL_PATH && ex_type_is_array(clang_getCursorType(sub)) &&
		    ex_type_is_pointer(ty))
			v.kind = FX_VAL_ADDR;   /* array decay */
		v.text = NULL;
		break;
	case CXCursor_CStyleCastExpr:
		if (last_expr_child(c, &sub))
			v = ex_eval(f, sub, want);
		v.text = NULL;
		break;
	case CXCursor_DeclRefExpr:
		v = eval_declref(f, c);
		break;
	case CXCursor_MemberRefExpr:
		v = eval_member(f, c);
		break;
	case CXCursor_ArraySubscriptExpr: {
		CXCursor k[2];
		if (ex_children_n(c, k, 2) == 2) {
			fx_val b = ex_eval(f, k[0], false);
			ex_eval(f, k[1], false);
			if (b.kind == FX_VAL_PATH || b.kind == FX_VAL_ADDR)
				v = val_path(FX_VAL_PATH, path_add(f->t, b.path, "[]"));
		}
		break;
	}
	case CXCursor_UnaryOperator:
		v = eval_unary(f, c, want);
		break;
	case CXCursor_BinaryOperator:
		v = eval_binary(f, c, want);
		break;
	case CXCursor_CompoundAssignOperator: {
		CXCursor k[2];
		if (ex_children_n(c, k, 2) == 2) {
			fx_val l = ex_eval(f, k[0], false);
			ex_eval(f, k[1], false);
			ex_emit_assign(f, c, l.kind == FX_VAL_PATH ? l.path : NULL,
				       clang_getCursorType(k[0]), val_unknown(), false);
		}
		break;
	}
	case CXCursor_ConditionalOperator:
		v = eval_conditional(f, c, want);
		break;
	case CXCursor_CallExpr:
		v = eval_call(f, c);
		break;
	case CXCursor_StmtExpr:
		v = eval_stmtexpr(f, c, want);
		break;
	case CXCursor_UnaryExpr:        /* sizeof/alignof: operand not evaluated */
	case CXCursor_IntegerLiteral:
	case CXCursor_CharacterLiteral:
	case CXCursor_StringLiteral:
	case CXCursor_FloatingLiteral:
		break;
	default:
		eval_children(f, c);
		break;
	}
	long long num;
	if (want && v.kind == FX_VAL_UNKNOWN && f->nemitted == before && ex_type_is_integer(ty) &&
	    ex_const_int(c, &num)) {
		v.kind = FX_VAL_INT;
		v.num = num;
		v.path = ex_single_ident(f->t, c);   /* a macro such as STATUS_SUCCESS */
	}
	/* a constant 0 converted to a pointer is a null pointer constant */
	if (v.kind == FX_VAL_INT && v.num == 0 && ex_type_is_pointer(ty)) {
		v.kind = FX_VAL_NULL;
		v.path = NULL;
	}
	ex_leave(f);
	return v;
}

/* ---- initialisers ---- */

typedef struct fieldvec {
	CXCursor *v;
	unsigned n, cap;
} fieldvec;

static enum CXVisitorResult field_cb(CXCursor c, CXClientData d)
{
	fieldvec *fv = d;
	VEC_PUSH(fv->v, fv->n, fv->cap, c);
	return CXVisit_Continue;
}

static const char *field_path(ex_fn_ctx *f, const char *path, CXCursor field)
{
	CXString s = clang_getCursorSpelling(field);
	const char *name = clang_getCString(s);
	const char *r = (name && *name && !clang_Cursor_isAnonymousRecordDecl(field))
				? path_field(f->t, path, name, false)
				: path;
	clang_disposeString(s);
	return r;
}

static void emit_init_list(ex_fn_ctx *f, CXCursor init, const char *path, CXType ty, bool is_init)
{
	CXType canon = clang_getCanonicalType(ty);
	bool is_record = canon.kind == CXType_Record;
	bool is_array = ex_type_is_array(ty);
	fieldvec fields = { 0 };
	if (is_record)
		clang_Type_visitFields(canon, field_cb, &fields);
	ex_curvec items = { 0 };
	ex_children(init, &items);
	unsigned pos = 0;
	for (unsigned i = 0; i < items.n; i++) {
		CXCursor it = items.v[i];
		if (!ex_is_expr_kind(clang_getCursorKind(it)))
			continue;
		CXCursor parts[1];
		unsigned nparts = ex_children_n(it, parts, 1);
		/* a designated initialiser: designators (MemberRef for .f, an
		   index expression for [i]) then the value, with type void */
		if (clang_getCursorKind(it) == CXCursor_UnexposedExpr &&
		    clang_getCursorType(it).kind == CXType_Void && nparts >= 2) {
			ex_curvec d = { 0 };
			ex_children(it, &d);
			const char *p = path;
			CXType t = ty;
			for (unsigned j = 0; j + 1 < d.n; j++) {
				if (clang_getCursorKind(d.v[j]) == CXCursor_MemberRef) {
					CXCursor fd = clang_getCursorReferenced(d.v[j]);
					p = field_path(f, p, fd);
					t = clang_getCursorType(fd);
					for (unsigned q = 0; j == 0 && q < fields.n; q++)
						if (clang_equalCursors(fields.v[q], fd))
							pos = q + 1;
				} else {
					p = path_add(f->t, p, "[]");
					t = ex_elem_type(t);
				}
			}
			ex_emit_init(f, d.v[d.n - 1], p, t, is_init);
			ex_curvec_free(&d);
			continue;
		}
		if (is_record) {
			if (pos >= fields.n)
				continue;
			CXCursor fd = fields.v[pos++];
			ex_emit_init(f, it, field_path(f, path, fd), clang_getCursorType(fd), is_init);
		} else if (is_array) {
			ex_emit_init(f, it, path_add(f->t, path, "[]"), ex_elem_type(ty), is_init);
		} else {
			ex_emit_init(f, it, path, ty, is_init);   /* int x = { 1 }; */
		}
	}
	ex_curvec_free(&items);
	free(fields.v);
}

void ex_emit_init(ex_fn_ctx *f, CXCursor init, const char *path, CXType ty, bool is_init)
{
	if (!ex_enter(f, init))
		return;
	CXCursor s = init, sub;
	while ((clang_getCursorKind(s) == CXCursor_UnexposedExpr || clang_getCursorKind(s) == CXCursor_ParenExpr) &&
	       implicit_child(s, &sub))
		s = sub;
	if (clang_getCursorKind(s) == CXCursor_InitListExpr)
		emit_init_list(f, s, path, ty, is_init);
	else
		ex_emit_assign(f, init, path, ty, ex_value(f, init), is_init);
	ex_leave(f);
}
