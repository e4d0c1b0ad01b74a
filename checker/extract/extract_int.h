/* extract_int: state shared by the files of extract/ (TU walk, types,
 * expressions, CFG construction).  A ex_tu_ctx lives for one ex_extract_tu
 * call; an ex_fn_ctx for one function body (or one file-scope initialiser).
 * Working arrays are malloc'd and freed by their owner; everything that ends
 * up in the facts is copied into the TU's arena. */
#ifndef DDICHECK_EXTRACT_INT_H
#define DDICHECK_EXTRACT_INT_H

#include <stdbool.h>
#include <stdint.h>

#include <clang-c/Index.h>

#include "facts/facts.h"
#include "util/strmap.h"

/* libclang 17 (CINDEX 0.64) added operator kinds to the C API.  Older
 * versions (14..16) get the same enums and functions from extract_compat.c,
 * which reads the operator token instead. */
#if CINDEX_VERSION_MINOR < 64
enum CXBinaryOperatorKind {
	CXBinaryOperator_Invalid, CXBinaryOperator_PtrMemD, CXBinaryOperator_PtrMemI,
	CXBinaryOperator_Mul, CXBinaryOperator_Div, CXBinaryOperator_Rem, CXBinaryOperator_Add,
	CXBinaryOperator_Sub, CXBinaryOperator_Shl, CXBinaryOperator_Shr, CXBinaryOperator_Cmp,
	CXBinaryOperator_LT, CXBinaryOperator_GT, CXBinaryOperator_LE, CXBinaryOperator_GE,
	CXBinaryOperator_EQ, CXBinaryOperator_NE, CXBinaryOperator_And, CXBinaryOperator_Xor,
	CXBinaryOperator_Or, CXBinaryOperator_LAnd, CXBinaryOperator_LOr, CXBinaryOperator_Assign,
	CXBinaryOperator_MulAssign, CXBinaryOperator_DivAssign, CXBinaryOperator_RemAssign,
	CXBinaryOperator_AddAssign, CXBinaryOperator_SubAssign, CXBinaryOperator_ShlAssign,
	CXBinaryOperator_ShrAssign, CXBinaryOperator_AndAssign, CXBinaryOperator_XorAssign,
	CXBinaryOperator_OrAssign, CXBinaryOperator_Comma
};
enum CXUnaryOperatorKind {
	CXUnaryOperator_Invalid, CXUnaryOperator_PostInc, CXUnaryOperator_PostDec,
	CXUnaryOperator_PreInc, CXUnaryOperator_PreDec, CXUnaryOperator_AddrOf,
	CXUnaryOperator_Deref, CXUnaryOperator_Plus, CXUnaryOperator_Minus, CXUnaryOperator_Not,
	CXUnaryOperator_LNot, CXUnaryOperator_Real, CXUnaryOperator_Imag,
	CXUnaryOperator_Extension, CXUnaryOperator_Coawait
};
enum CXBinaryOperatorKind ex_compat_binop(CXCursor c);
enum CXUnaryOperatorKind ex_compat_unop(CXCursor c);
#define clang_getCursorBinaryOperatorKind ex_compat_binop
#define clang_getCursorUnaryOperatorKind ex_compat_unop
#endif

/* Walks deeper than this give up on the subtree (value UNKNOWN, statement
 * treated as opaque) and record one warning diag: it keeps pathological
 * input from exhausting the stack, far above what real drivers nest. */
enum { EX_MAX_DEPTH = 400 };

/* Spellings longer than this are cut (with "...") in fx_val.text/cond.text. */
enum { EX_TEXT_MAX = 120 };

typedef struct ex_curvec {
	CXCursor *v;
	unsigned n, cap;
} ex_curvec;

typedef struct ex_tu_ctx {
	CXTranslationUnit tu;
	fx_tu *out;
	arena *a;
	strmap files;              /* interned file names (keys and values in arena) */
	CXFile loc_file;           /* one-entry cache of the last file's interned name */
	const char *loc_name;
	CXFile text_file;          /* one-entry cache of clang_getFileContents */
	const char *text_data;
	size_t text_size;
	strmap used;               /* keys of functions called or referenced */
	strmap decl_info;          /* key -> ex_decl_info* (malloc'd): merged decl facts */
	fx_function *funcs;        /* malloc'd while walking, copied to the arena */
	uint32_t nfuncs, capfuncs;
	fx_event *inits;
	uint32_t ninits, capinits;
	fx_diag *diags;
	uint32_t ndiags, capdiags;
	bool depth_warned;
} ex_tu_ctx;

typedef struct ex_block {
	fx_event *ev;
	uint32_t nev, capev;
	uint32_t *succ;
	uint32_t nsucc, capsucc;
	fx_cond cond;
	fx_loc loc;
} ex_block;

typedef struct ex_case {
	int block;
	bool is_default;
	bool has_value;            /* single constant case, value in num */
	long long num;
	fx_val val;
} ex_case;

typedef struct ex_switch {
	struct ex_switch *outer;
	ex_case *cases;
	unsigned ncases, cap;
} ex_switch;

typedef struct ex_fn_ctx {
	ex_tu_ctx *t;
	CXCursor fn;               /* the function (null cursor for file-scope inits) */
	CXCursor *params;
	unsigned nparams;
	ex_block *blocks;
	uint32_t nblocks, capblocks;
	int cur;                   /* block receiving events; -1: unreachable point */
	uint32_t ncalls;
	uint64_t nemitted;         /* events emitted so far, to detect side effects */
	int brk, cont, leave;      /* jump targets, -1 when none */
	ex_switch *sw;
	strmap labels;             /* label name (arena) -> (void*)(block + 1) */
	int *igotos;               /* blocks ending in `goto *p` */
	unsigned nigotos, capigotos;
	unsigned depth;
} ex_fn_ctx;

/* extract.c */
void ex_diag(ex_tu_ctx *t, fx_severity sev, CXCursor at, const char *msg);
bool ex_enter(ex_fn_ctx *f, CXCursor at);  /* depth guard; false: too deep */
void ex_leave(ex_fn_ctx *f);
const char *ex_func_key(ex_tu_ctx *t, CXCursor fn);

/* extract_util.c */
void ex_children(CXCursor c, ex_curvec *out);   /* appends direct children */
void ex_curvec_free(ex_curvec *v);
unsigned ex_children_n(CXCursor c, CXCursor *buf, unsigned max);  /* returns total count */
const char *ex_str(ex_tu_ctx *t, CXString s);   /* copies into arena, disposes s */
fx_loc ex_loc(ex_tu_ctx *t, CXSourceLocation l);
fx_loc ex_cursor_loc(ex_tu_ctx *t, CXCursor c);  /* start of the extent */
const char *ex_text(ex_tu_ctx *t, CXCursor c);   /* source spelling or NULL */
bool ex_file_offset(CXSourceLocation l, CXFile *file, unsigned *off);
const char *ex_single_ident(ex_tu_ctx *t, CXCursor c);  /* extent is one identifier token */

/* extract_types.c */
CXType ex_type_peel(CXType t);               /* one layer of sugar, or t itself */
const char *ex_role_of_fn_type(ex_tu_ctx *t, CXType fnty);  /* function typedef name */
const char *ex_role_of_obj_type(ex_tu_ctx *t, CXType objty); /* pointer (array) to one */
const char *ex_type_spelling(ex_tu_ctx *t, CXType ty);
bool ex_type_is_pointer(CXType t);
bool ex_type_is_unsigned(CXType t);   /* unsigned of int rank or wider */
/* Element type of an array type, keeping the element's typedef sugar. */
CXType ex_elem_type(CXType t);
bool ex_type_is_array(CXType t);
bool ex_type_is_function(CXType t);
bool ex_type_is_integer(CXType t);
/* Function type called through an expression of type t (function or
 * pointer to function), or an invalid type. */
CXType ex_callee_fn_type(CXType t);

/* extract_expr.c */
CXCursor ex_strip(CXCursor c);               /* parens, casts, implicit casts */
bool ex_is_expr_kind(enum CXCursorKind k);
/* Evaluates c into the current block: emits its calls and assignments in
 * order, returns its value (text left NULL unless `want` asks for a value). */
fx_val ex_eval(ex_fn_ctx *f, CXCursor c, bool want);
fx_val ex_value(ex_fn_ctx *f, CXCursor c);   /* ex_eval(want) with text set */
bool ex_const_int(CXCursor c, long long *out);
bool ex_has_effects(ex_fn_ctx *f, CXCursor c);
void ex_emit_assign(ex_fn_ctx *f, CXCursor at, const char *lhs, CXType lhsty,
		    fx_val rhs, bool is_init);
/* One ASSIGN per leaf of an initialiser (list) written to `path` of type ty. */
void ex_emit_init(ex_fn_ctx *f, CXCursor init, const char *path, CXType ty, bool is_init);
const char *ex_local_path(ex_fn_ctx *f, CXCursor vardecl);

/* cfg_build.c */
void ex_fn_init(ex_fn_ctx *f, ex_tu_ctx *t, CXCursor fn);
void ex_fn_free(ex_fn_ctx *f);
int ex_new_block(ex_fn_ctx *f);
int ex_cur(ex_fn_ctx *f);                    /* current block, created if needed */
void ex_link(ex_fn_ctx *f, int from, int to);
void ex_emit(ex_fn_ctx *f, const fx_event *ev);
/* Emits the branch on `cond` from the current block: control goes to block
 * `t` when it holds and `e` otherwise; && || ! ?: become separate blocks. */
void ex_branch(ex_fn_ctx *f, CXCursor cond, int t, int e);
void ex_stmt(ex_fn_ctx *f, CXCursor s);
/* Builds the body's CFG and moves it into fn (blocks in the arena). */
int ex_cfg_build(ex_fn_ctx *f, CXCursor body, fx_function *fn);

#endif
