/* Type questions extraction asks libclang: peeling typedef/elaborated
 * sugar one layer at a time (the names in that sugar are the role types),
 * and the function type behind a callee expression. */
#include "extract/extract_int.h"

#include <string.h>

enum { PEEL_MAX = 64 };   /* typedef chains are short; this only stops cycles */

CXType ex_type_peel(CXType t)
{
	switch (t.kind) {
	case CXType_Elaborated:
		return clang_Type_getNamedType(t);
	case CXType_Typedef:
		return clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(t));
	case CXType_Attributed:
		return clang_Type_getModifiedType(t);
	case CXType_Unexposed: {
		CXType c = clang_getCanonicalType(t);
		return c.kind == CXType_Unexposed ? t : c;
	}
	default:
		return t;
	}
}

static bool peelable(CXType t)
{
	return t.kind == CXType_Elaborated || t.kind == CXType_Typedef ||
	       t.kind == CXType_Attributed || t.kind == CXType_Unexposed;
}

bool ex_type_is_function(CXType t)
{
	CXType c = clang_getCanonicalType(t);
	return c.kind == CXType_FunctionProto || c.kind == CXType_FunctionNoProto;
}

bool ex_type_is_pointer(CXType t)
{
	return clang_getCanonicalType(t).kind == CXType_Pointer;
}

bool ex_type_is_unsigned(CXType t)
{
	switch (clang_getCanonicalType(t).kind) {
	case CXType_UInt:
	case CXType_ULong:
	case CXType_ULongLong:
	case CXType_UInt128:
		return true;   /* narrower unsigned types are promoted to int */
	default:
		return false;
	}
}

bool ex_type_is_array(CXType t)
{
	switch (clang_getCanonicalType(t).kind) {
	case CXType_ConstantArray:
	case CXType_IncompleteArray:
	case CXType_VariableArray:
	case CXType_DependentSizedArray:
		return true;
	default:
		return false;
	}
}

bool ex_type_is_integer(CXType t)
{
	enum CXTypeKind k = clang_getCanonicalType(t).kind;
	return (k >= CXType_Bool && k <= CXType_Int128) || k == CXType_Enum;
}

/* The outermost typedef name in fnty's sugar whose type is a function:
 * `KDEFERRED_ROUTINE MyDpc;` gives "KDEFERRED_ROUTINE". */
const char *ex_role_of_fn_type(ex_tu_ctx *t, CXType fnty)
{
	if (!ex_type_is_function(fnty))
		return NULL;
	for (int i = 0; i < PEEL_MAX; i++) {
		if (fnty.kind == CXType_Typedef)
			return ex_str(t, clang_getTypedefName(fnty));
		if (!peelable(fnty))
			return NULL;
		CXType n = ex_type_peel(fnty);
		if (n.kind == fnty.kind && clang_equalTypes(n, fnty))
			return NULL;
		fnty = n;
	}
	return NULL;
}

/* An object holding a callback: a pointer to a function typedef, through
 * any typedefs of the pointer (`PDRIVER_DISPATCH`) and arrays of them. */
const char *ex_role_of_obj_type(ex_tu_ctx *t, CXType ty)
{
	for (int i = 0; i < PEEL_MAX; i++) {
		switch (ty.kind) {
		case CXType_Pointer:
			return ex_role_of_fn_type(t, clang_getPointeeType(ty));
		case CXType_ConstantArray:
		case CXType_IncompleteArray:
		case CXType_VariableArray:
		case CXType_DependentSizedArray:
			ty = clang_getArrayElementType(ty);
			continue;
		default:
			break;
		}
		if (!peelable(ty))
			return NULL;
		CXType n = ex_type_peel(ty);
		if (n.kind == ty.kind && clang_equalTypes(n, ty))
			return NULL;
		ty = n;
	}
	return NULL;
}

CXType ex_elem_type(CXType ty)
{
	for (int i = 0; i < PEEL_MAX; i++) {
		switch (ty.kind) {
		case CXType_ConstantArray:
		case CXType_IncompleteArray:
		case CXType_VariableArray:
		case CXType_DependentSizedArray:
			return clang_getArrayElementType(ty);
		default:
			break;
		}
		CXType n = ex_type_peel(ty);
		if (n.kind == ty.kind && clang_equalTypes(n, ty))
			break;
		ty = n;
	}
	return clang_getArrayElementType(clang_getCanonicalType(ty));
}

const char *ex_type_spelling(ex_tu_ctx *t, CXType ty)
{
	if (ty.kind == CXType_Invalid)
		return NULL;
	CXString s = clang_getTypeSpelling(ty);
	const char *c = clang_getCString(s);
	const char *r = NULL;
	if (c) {
		r = strmap_get(&t->files, c);
		if (!r) {
			r = arena_strdup(t->a, c);
			strmap_put(&t->files, r, (void *)r);
		}
	}
	clang_disposeString(s);
	return r;
}

CXType ex_callee_fn_type(CXType ty)
{
	for (int i = 0; i < PEEL_MAX; i++) {
		if (ty.kind == CXType_Pointer)
			ty = clang_getPointeeType(ty);
		if (ty.kind == CXType_FunctionProto || ty.kind == CXType_FunctionNoProto ||
		    (ex_type_is_function(ty) && clang_getNumArgTypes(ty) >= 0))
			return ty;
		if (!peelable(ty))
			break;
		CXType n = ex_type_peel(ty);
		if (n.kind == ty.kind && clang_equalTypes(n, ty))
			break;
		ty = n;
	}
	CXType inval;
	memset(&inval, 0, sizeof(inval));
	inval.kind = CXType_Invalid;
	return inval;
}
