/* The TU walk: function declarations and definitions (key, role, IRQL
 * annotations, parameters, CFG), file-scope initialisers, and the
 * extraction diagnostics.  Declarations are merged per key so that a
 * definition carries the role and annotations of its earlier prototypes. */
#include "extract/extract.h"
#include "extract/extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

/* What the declarations of one function key say, merged over the TU. */
typedef struct ex_decl_info {
	const char *key;
	CXCursor first;            /* the declaration that represents it */
	bool in_main;              /* some declaration is in the main file */
	bool has_def;
	const char *role;
	fx_annot *annots;          /* arena */
	uint32_t nannots, capannots;
} ex_decl_info;

void ex_diag(ex_tu_ctx *t, fx_severity sev, CXCursor at, const char *msg)
{
	fx_diag d = { 0 };
	d.severity = sev;
	if (!clang_Cursor_isNull(at))
		d.loc = ex_cursor_loc(t, at);
	d.message = arena_strdup(t->a, msg);
	VEC_PUSH(t->diags, t->ndiags, t->capdiags, d);
}

bool ex_enter(ex_fn_ctx *f, CXCursor at)
{
	if (f->depth >= EX_MAX_DEPTH) {
		if (!f->t->depth_warned) {
			char msg[128];
			snprintf(msg, sizeof msg,
				 "nesting deeper than %d levels: the rest of this construct is "
				 "analysed approximately", EX_MAX_DEPTH);
			ex_diag(f->t, FX_DIAG_WARNING, at, msg);
			f->t->depth_warned = true;
		}
		return false;
	}
	f->depth++;
	return true;
}

void ex_leave(ex_fn_ctx *f)
{
	f->depth--;
}

/* Static functions are qualified by the main file's path, so that the same
 * name in two TUs stays two functions after linking. */
const char *ex_func_key(ex_tu_ctx *t, CXCursor fn)
{
	CXString s = clang_getCursorSpelling(fn);
	const char *name = clang_getCString(s);
	const char *key;
	if (clang_getCursorLinkage(fn) == CXLinkage_Internal) {
		char *k = arena_printf(t->a, "%s::%s", t->out->path, name ? name : "");
		key = strmap_get(&t->files, k);
		if (!key) {
			strmap_put(&t->files, k, k);
			key = k;
		}
	} else {
		key = strmap_get(&t->files, name ? name : "");
		if (!key) {
			key = arena_strdup(t->a, name ? name : "");
			strmap_put(&t->files, key, (void *)key);
		}
	}
	clang_disposeString(s);
	return key;
}

/* ---- annotations ---- */

static const struct {
	const char *name;
	fx_annot_kind kind;
} annot_kinds[] = {
	{ "requires", FX_ANNOT_REQUIRES },
	{ "requires_max", FX_ANNOT_REQUIRES_MAX },
	{ "requires_min", FX_ANNOT_REQUIRES_MIN },
	{ "raises", FX_ANNOT_RAISES },
	{ "requires_same", FX_ANNOT_REQUIRES_SAME },
	{ "saves_global", FX_ANNOT_SAVES_GLOBAL },
	{ "restores_global", FX_ANNOT_RESTORES_GLOBAL },
	{ "saves", FX_ANNOT_SAVES },
	{ "restores", FX_ANNOT_RESTORES },
	{ "always_function_max", FX_ANNOT_ALWAYS_FUNCTION_MAX },
	{ "always_function_min", FX_ANNOT_ALWAYS_FUNCTION_MIN },
};

#define ANNOT_PREFIX "ddicheck_irql:"

typedef struct annot_sink {
	ex_tu_ctx *t;
	ex_decl_info *info;
	int param;                 /* parameter index of the cursor visited, or -1 */
	CXCursor names_fn;         /* cursor whose ParmDecls name the parameters */
	CXCursor names_td;         /* role typedef, for typedef-declared functions */
} annot_sink;

static void add_annot(ex_decl_info *info, ex_tu_ctx *t, fx_annot an)
{
	for (uint32_t i = 0; i < info->nannots; i++) {
		fx_annot *o = &info->annots[i];
		if (o->kind == an.kind && o->param == an.param && !strcmp(o->arg, an.arg))
			return;
	}
	if (info->nannots == info->capannots) {
		uint32_t cap = info->capannots ? info->capannots * 2 : 4;
		fx_annot *n = arena_alloc(t->a, sizeof(fx_annot) * cap);
		if (info->nannots)
			memcpy(n, info->annots, sizeof(fx_annot) * info->nannots);
		info->annots = n;
		info->capannots = cap;
	}
	info->annots[info->nannots++] = an;
}

typedef struct parm_find {
	const char *name;
	int index, at;
} parm_find;

static enum CXChildVisitResult parm_find_cb(CXCursor c, CXCursor parent, CXClientData d)
{
	parm_find *pf = d;
	if (clang_getCursorKind(c) != CXCursor_ParmDecl)
		return CXChildVisit_Continue;
	CXString s = clang_getCursorSpelling(c);
	const char *n = clang_getCString(s);
	if (pf->index < 0 && n && !strcmp(n, pf->name))
		pf->index = pf->at;
	clang_disposeString(s);
	pf->at++;
	return CXChildVisit_Continue;
}

static int param_index(annot_sink *as, const char *name)
{
	int n = clang_Cursor_getNumArguments(as->names_fn);
	for (int i = 0; i < n; i++) {
		CXString s = clang_getCursorSpelling(clang_Cursor_getArgument(as->names_fn, (unsigned)i));
		const char *p = clang_getCString(s);
		bool eq = p && !strcmp(p, name);
		clang_disposeString(s);
		if (eq)
			return i;
	}
	if (!clang_Cursor_isNull(as->names_td)) {
		parm_find pf = { name, -1, 0 };
		clang_visitChildren(as->names_td, parm_find_cb, &pf);
		return pf.index;
	}
	return -1;
}

static void parse_annot(annot_sink *as, const char *text)
{
	if (strncmp(text, ANNOT_PREFIX, strlen(ANNOT_PREFIX)) != 0)
		return;
	const char *k = text + strlen(ANNOT_PREFIX);
	const char *colon = strchr(k, ':');
	size_t klen = colon ? (size_t)(colon - k) : strlen(k);
	const char *arg = colon ? colon + 1 : "";
	for (size_t i = 0; i < sizeof(annot_kinds) / sizeof(annot_kinds[0]); i++) {
		if (strlen(annot_kinds[i].name) != klen || strncmp(annot_kinds[i].name, k, klen))
			continue;
		fx_annot an = { 0 };
		an.kind = annot_kinds[i].kind;
		an.arg = arena_strdup(as->t->a, arg);
		an.level = -1;
		an.param = -1;
		switch (an.kind) {
		case FX_ANNOT_SAVES:
		case FX_ANNOT_RESTORES:
			if (as->param < 0)
				return;    /* only meaningful on a parameter */
			an.param = as->param;
			break;
		case FX_ANNOT_SAVES_GLOBAL:
		case FX_ANNOT_RESTORES_GLOBAL:
			an.param = param_index(as, arg);
			break;
		case FX_ANNOT_REQUIRES_SAME:
			break;
		default:
			an.level = irql_parse_level(arg);
			break;
		}
		add_annot(as->info, as->t, an);
		return;
	}
}

static enum CXChildVisitResult annot_cb(CXCursor c, CXCursor parent, CXClientData d)
{
	annot_sink *as = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_AnnotateAttr) {
		CXString s = clang_getCursorSpelling(c);
		const char *p = clang_getCString(s);
		if (p)
			parse_annot(as, p);
		clang_disposeString(s);
	}
	return CXChildVisit_Continue;
}

typedef struct td_parms {
	annot_sink *as;
	int at;
} td_parms;

static enum CXChildVisitResult td_parm_cb(CXCursor c, CXCursor parent, CXClientData d)
{
	td_parms *tp = d;
	if (clang_getCursorKind(c) != CXCursor_ParmDecl)
		return CXChildVisit_Continue;
	annot_sink sub = *tp->as;
	sub.param = tp->at++;
	clang_visitChildren(c, annot_cb, &sub);
	return CXChildVisit_Continue;
}

/* The function typedef a declaration uses (`KDEFERRED_ROUTINE MyDpc;`). */
static CXCursor role_typedef(CXCursor fn)
{
	CXType ty = clang_getCursorType(fn);
	for (int i = 0; i < 16; i++) {
		if (ty.kind == CXType_Typedef)
			return clang_getTypeDeclaration(ty);
		if (ty.kind != CXType_Elaborated && ty.kind != CXType_Attributed)
			break;
		ty = ex_type_peel(ty);
	}
	return clang_getNullCursor();
}

static void collect_annots(ex_tu_ctx *t, ex_decl_info *info, CXCursor fn)
{
	annot_sink as = { t, info, -1, fn, role_typedef(fn) };
	clang_visitChildren(fn, annot_cb, &as);
	int n = clang_Cursor_getNumArguments(fn);
	for (int i = 0; i < n; i++) {
		annot_sink sub = as;
		sub.param = i;
		clang_visitChildren(clang_Cursor_getArgument(fn, (unsigned)i), annot_cb, &sub);
	}
	/* the role typedef and the typedefs it is made of carry the DDI's own
	   annotations (`typedef _IRQL_requires_(PASSIVE_LEVEL) ... DRIVER_INITIALIZE`) */
	CXCursor td = as.names_td;
	for (int depth = 0; depth < 8 && !clang_Cursor_isNull(td); depth++) {
		if (clang_getCursorKind(td) != CXCursor_TypedefDecl)
			break;
		clang_visitChildren(td, annot_cb, &as);
		td_parms tp = { &as, 0 };
		clang_visitChildren(td, td_parm_cb, &tp);
		CXType under = clang_getTypedefDeclUnderlyingType(td);
		while (under.kind == CXType_Elaborated || under.kind == CXType_Attributed)
			under = ex_type_peel(under);
		td = under.kind == CXType_Typedef ? clang_getTypeDeclaration(under) : clang_getNullCursor();
	}
}

/* ---- functions ---- */

static ex_decl_info *decl_info(ex_tu_ctx *t, const char *key)
{
	ex_decl_info *info = strmap_get(&t->decl_info, key);
	if (!info) {
		info = xcalloc(1, sizeof(*info));
		info->key = key;
		info->first = clang_getNullCursor();
		strmap_put(&t->decl_info, key, info);
	}
	return info;
}

static void note_decl(ex_tu_ctx *t, CXCursor c)
{
	const char *key = ex_func_key(t, c);
	ex_decl_info *info = decl_info(t, key);
	bool main = clang_Location_isFromMainFile(clang_getCursorLocation(c)) != 0;
	if (clang_isCursorDefinition(c))
		info->has_def = true;
	else if (clang_Cursor_isNull(info->first) || (main && !info->in_main))
		info->first = c;
	if (main)
		info->in_main = true;
	if (!info->role)
		info->role = ex_role_of_fn_type(t, clang_getCursorType(c));
	collect_annots(t, info, c);
}

static void fill_function(ex_tu_ctx *t, fx_function *fn, CXCursor c, ex_decl_info *info)
{
	fn->key = info->key;
	fn->name = ex_str(t, clang_getCursorSpelling(c));
	fn->loc = ex_loc(t, clang_getCursorLocation(c));
	fn->is_definition = clang_isCursorDefinition(c) != 0;
	fn->is_static = clang_getCursorLinkage(c) == CXLinkage_Internal;
	fn->role = ex_role_of_fn_type(t, clang_getCursorType(c));
	if (!fn->role)
		fn->role = info->role;
	fn->nannots = info->nannots;
	fn->annots = info->annots;
	int n = clang_Cursor_getNumArguments(c);
	if (n > 0) {
		fn->nparams = (uint32_t)n;
		fn->params = arena_alloc(t->a, sizeof(char *) * (size_t)n);
		fn->param_types = arena_alloc(t->a, sizeof(char *) * (size_t)n);
		for (int i = 0; i < n; i++) {
			CXCursor p = clang_Cursor_getArgument(c, (unsigned)i);
			fn->params[i] = ex_str(t, clang_getCursorSpelling(p));
			fn->param_types[i] = ex_type_spelling(t, clang_getCursorType(p));
		}
	}
	fn->ret_type = ex_type_spelling(t, clang_getResultType(clang_getCursorType(c)));
}

static enum CXChildVisitResult body_cb(CXCursor c, CXCursor parent, CXClientData d)
{
	if (clang_getCursorKind(c) == CXCursor_CompoundStmt)
		*(CXCursor *)d = c;
	return CXChildVisit_Continue;
}

static void do_definition(ex_tu_ctx *t, CXCursor c)
{
	ex_decl_info *info = decl_info(t, ex_func_key(t, c));
	fx_function fn;
	memset(&fn, 0, sizeof(fn));
	fill_function(t, &fn, c, info);
	CXCursor body = clang_getNullCursor();
	clang_visitChildren(c, body_cb, &body);
	ex_fn_ctx f;
	ex_fn_init(&f, t, c);
	if (!clang_Cursor_isNull(body))
		ex_cfg_build(&f, body, &fn);
	ex_fn_free(&f);
	VEC_PUSH(t->funcs, t->nfuncs, t->capfuncs, fn);
}

/* `static CHARS c = { .F = f };` gives ASSIGN G:...c.F <- FUNC f. */
static void do_global_init(ex_tu_ctx *t, CXCursor v)
{
	CXCursor init = clang_Cursor_getVarDeclInitializer(v);
	if (clang_Cursor_isNull(init))
		return;
	ex_fn_ctx f;
	ex_fn_init(&f, t, clang_getNullCursor());
	f.cur = ex_new_block(&f);
	ex_emit_init(&f, init, ex_local_path(&f, v), clang_getCursorType(v), true);
	for (uint32_t b = 0; b < f.nblocks; b++)
		for (uint32_t i = 0; i < f.blocks[b].nev; i++)
			VEC_PUSH(t->inits, t->ninits, t->capinits, f.blocks[b].ev[i]);
	ex_fn_free(&f);
}

static enum CXChildVisitResult pass1_cb(CXCursor c, CXCursor parent, CXClientData d)
{
	if (clang_getCursorKind(c) == CXCursor_FunctionDecl)
		note_decl(d, c);
	return CXChildVisit_Continue;
}

static enum CXChildVisitResult pass2_cb(CXCursor c, CXCursor parent, CXClientData d)
{
	ex_tu_ctx *t = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) {
		do_definition(t, c);
	} else if (k == CXCursor_VarDecl) {
		/* the model headers are system headers; their data is not the driver's */
		CXSourceLocation l = clang_getCursorLocation(c);
		if (clang_Location_isFromMainFile(l) || !clang_Location_isInSystemHeader(l))
			do_global_init(t, c);
	}
	return CXChildVisit_Continue;
}

static int cmp_key(const void *a, const void *b)
{
	const ex_decl_info *x = *(ex_decl_info *const *)a, *y = *(ex_decl_info *const *)b;
	return strcmp(x->key, y->key);
}

int ex_extract_tu(CXTranslationUnit tu, fx_tu *out)
{
	ex_tu_ctx t;
	memset(&t, 0, sizeof(t));
	t.tu = tu;
	t.out = out;
	t.a = out->arena;
	int rc = 0;
	ex_decl_info **decls = NULL;
	CXCursor root = clang_getTranslationUnitCursor(tu);

	clang_visitChildren(root, pass1_cb, &t);
	clang_visitChildren(root, pass2_cb, &t);

	/* declarations without a definition here: those in the main file, those
	   with a role or annotations, and those this TU calls or references;
	   sorted by key so that the output does not depend on hashing */
	size_t nd = 0;
	decls = xcalloc(t.decl_info.count + 1, sizeof(*decls));
	for (size_t i = 0; i < t.decl_info.cap; i++)
		if (t.decl_info.slots[i].key)
			decls[nd++] = t.decl_info.slots[i].value;
	qsort(decls, nd, sizeof(*decls), cmp_key);
	for (size_t i = 0; i < nd; i++) {
		ex_decl_info *info = decls[i];
		if (info->has_def || clang_Cursor_isNull(info->first))
			continue;
		if (!info->in_main && !info->role && !info->nannots && !strmap_has(&t.used, info->key))
			continue;
		fx_function fn;
		memset(&fn, 0, sizeof(fn));
		fill_function(&t, &fn, info->first, info);
		VEC_PUSH(t.funcs, t.nfuncs, t.capfuncs, fn);
	}

	out->nfuncs = t.nfuncs;
	out->funcs = t.nfuncs ? arena_memdup(t.a, t.funcs, sizeof(fx_function) * t.nfuncs) : NULL;
	out->ninits = t.ninits;
	out->inits = t.ninits ? arena_memdup(t.a, t.inits, sizeof(fx_event) * t.ninits) : NULL;
	if (t.ndiags) {
		fx_diag *all = arena_alloc(t.a, sizeof(fx_diag) * (out->ndiags + t.ndiags));
		if (out->ndiags)
			memcpy(all, out->diags, sizeof(fx_diag) * out->ndiags);
		memcpy(all + out->ndiags, t.diags, sizeof(fx_diag) * t.ndiags);
		out->diags = all;
		out->ndiags += t.ndiags;
	}

	for (size_t i = 0; i < nd; i++)
		free(decls[i]);
	free(decls);
	free(t.funcs);
	free(t.inits);
	free(t.diags);
	strmap_free(&t.files);
	strmap_free(&t.used);
	strmap_free(&t.decl_info);
	return rc;
}
