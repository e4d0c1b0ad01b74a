/* Operator kinds for libclang 14..16, which lack clang_getCursorBinaryOperatorKind
 * and clang_getCursorUnaryOperatorKind: the operator is the token that
 * follows the left operand (binary) or the first or last token (unary). */
#include "extract/extract_int.h"

#if CINDEX_VERSION_MINOR < 64

#include <string.h>

typedef struct first_child {
	CXCursor c;
	int found;
} first_child;

static enum CXChildVisitResult take_first(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	first_child *fc = d;
	fc->c = c;
	fc->found = 1;
	return CXChildVisit_Break;
}

/* Spelling of the token at index i of the cursor's extent, into buf. */
static int token_at(CXCursor c, int from_end, unsigned after_offset, char *buf, size_t size)
{
	CXTranslationUnit tu = clang_Cursor_getTranslationUnit(c);
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(tu, clang_getCursorExtent(c), &toks, &n);
	int ok = 0;
	for (unsigned k = 0; k < n && !ok; k++) {
		unsigned i = from_end ? n - 1 - k : k;
		if (clang_getTokenKind(toks[i]) != CXToken_Punctuation)
			continue;
		unsigned off;
		clang_getSpellingLocation(clang_getTokenLocation(tu, toks[i]), NULL, NULL, NULL, &off);
		if (!from_end && off < after_offset)
			continue;
		CXString s = clang_getTokenSpelling(tu, toks[i]);
		const char *p = clang_getCString(s);
		if (p && strlen(p) < size) {
			strcpy(buf, p);
			ok = 1;
		}
		clang_disposeString(s);
		if (from_end)
			break;
	}
	if (toks)
		clang_disposeTokens(tu, toks, n);
	return ok;
}

enum CXBinaryOperatorKind ex_compat_binop(CXCursor c)
{
	static const struct { const char *s; enum CXBinaryOperatorKind k; } ops[] = {
		{ "*", CXBinaryOperator_Mul }, { "/", CXBinaryOperator_Div }, { "%", CXBinaryOperator_Rem },
		{ "+", CXBinaryOperator_Add }, { "-", CXBinaryOperator_Sub }, { "<<", CXBinaryOperator_Shl },
		{ ">>", CXBinaryOperator_Shr }, { "<", CXBinaryOperator_LT }, { ">", CXBinaryOperator_GT },
		{ "<=", CXBinaryOperator_LE }, { ">=", CXBinaryOperator_GE }, { "==", CXBinaryOperator_EQ },
		{ "!=", CXBinaryOperator_NE }, { "&", CXBinaryOperator_And }, { "^", CXBinaryOperator_Xor },
		{ "|", CXBinaryOperator_Or }, { "&&", CXBinaryOperator_LAnd }, { "||", CXBinaryOperator_LOr },
		{ "=", CXBinaryOperator_Assign }, { "*=", CXBinaryOperator_MulAssign },
		{ "/=", CXBinaryOperator_DivAssign }, { "%=", CXBinaryOperator_RemAssign },
		{ "+=", CXBinaryOperator_AddAssign }, { "-=", CXBinaryOperator_SubAssign },
		{ "<<=", CXBinaryOperator_ShlAssign }, { ">>=", CXBinaryOperator_ShrAssign },
		{ "&=", CXBinaryOperator_AndAssign }, { "^=", CXBinaryOperator_XorAssign },
		{ "|=", CXBinaryOperator_OrAssign }, { ",", CXBinaryOperator_Comma },
	};
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k != CXCursor_BinaryOperator && k != CXCursor_CompoundAssignOperator)
		return CXBinaryOperator_Invalid;
	first_child fc = { .found = 0 };
	clang_visitChildren(c, take_first, &fc);
	if (!fc.found)
		return CXBinaryOperator_Invalid;
	unsigned end;
	clang_getSpellingLocation(clang_getRangeEnd(clang_getCursorExtent(fc.c)), NULL, NULL, NULL, &end);
	char op[8];
	if (!token_at(c, 0, end, op, sizeof(op)))
		return CXBinaryOperator_Invalid;
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
		if (strcmp(ops[i].s, op) == 0)
			return ops[i].k;
	return CXBinaryOperator_Invalid;
}

enum CXUnaryOperatorKind ex_compat_unop(CXCursor c)
{
	if (clang_getCursorKind(c) != CXCursor_UnaryOperator)
		return CXUnaryOperator_Invalid;
	char op[8];
	if (token_at(c, 0, 0, op, sizeof(op))) {
		/* a prefix operator is the first token; otherwise it is postfix */
		CXTranslationUnit tu = clang_Cursor_getTranslationUnit(c);
		CXToken *toks = NULL;
		unsigned n = 0;
		clang_tokenize(tu, clang_getCursorExtent(c), &toks, &n);
		int prefix = n && clang_getTokenKind(toks[0]) == CXToken_Punctuation;
		if (toks)
			clang_disposeTokens(tu, toks, n);
		if (prefix) {
			if (!strcmp(op, "++")) return CXUnaryOperator_PreInc;
			if (!strcmp(op, "--")) return CXUnaryOperator_PreDec;
			if (!strcmp(op, "&")) return CXUnaryOperator_AddrOf;
			if (!strcmp(op, "*")) return CXUnaryOperator_Deref;
			if (!strcmp(op, "+")) return CXUnaryOperator_Plus;
			if (!strcmp(op, "-")) return CXUnaryOperator_Minus;
			if (!strcmp(op, "~")) return CXUnaryOperator_Not;
			if (!strcmp(op, "!")) return CXUnaryOperator_LNot;
		}
	}
	if (token_at(c, 1, 0, op, sizeof(op))) {
		if (!strcmp(op, "++")) return CXUnaryOperator_PostInc;
		if (!strcmp(op, "--")) return CXUnaryOperator_PostDec;
	}
	return CXUnaryOperator_Invalid;
}

#else
/* libclang has the functions: nothing to provide (keep the unit non-empty). */
typedef int ex_compat_unused;
#endif
