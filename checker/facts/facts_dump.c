#include "facts/facts_dump.h"

#include <inttypes.h>

static const char *annot_name(fx_annot_kind k)
{
	switch (k) {
	case FX_ANNOT_REQUIRES: return "requires";
	case FX_ANNOT_REQUIRES_MAX: return "requires_max";
	case FX_ANNOT_REQUIRES_MIN: return "requires_min";
	case FX_ANNOT_RAISES: return "raises";
	case FX_ANNOT_REQUIRES_SAME: return "requires_same";
	case FX_ANNOT_SAVES_GLOBAL: return "saves_global";
	case FX_ANNOT_RESTORES_GLOBAL: return "restores_global";
	case FX_ANNOT_SAVES: return "saves";
	case FX_ANNOT_RESTORES: return "restores";
	case FX_ANNOT_ALWAYS_FUNCTION_MAX: return "always_function_max";
	case FX_ANNOT_ALWAYS_FUNCTION_MIN: return "always_function_min";
	}
	return "?";
}

static const char *cmp_name(fx_cmp op)
{
	switch (op) {
	case FX_CMP_EQ: return "==";
	case FX_CMP_NE: return "!=";
	case FX_CMP_LT: return "<";
	case FX_CMP_LE: return "<=";
	case FX_CMP_GT: return ">";
	case FX_CMP_GE: return ">=";
	}
	return "?";
}

static const char *sev_name(fx_severity s)
{
	switch (s) {
	case FX_DIAG_WARNING: return "warning";
	case FX_DIAG_ERROR: return "error";
	case FX_DIAG_FATAL: return "fatal";
	case FX_DIAG_MSVC: return "msvc-accepted";
	}
	return "?";
}

static const char *s_or(const char *s, const char *dflt)
{
	return s ? s : dflt;
}

const char *fx_dump_val(const fx_val *v, char *buf, size_t size)
{
	switch (v->kind) {
	case FX_VAL_INT:
		if (v->path)
			snprintf(buf, size, "%lld=%s", v->num, v->path);
		else
			snprintf(buf, size, "%lld", v->num);
		break;
	case FX_VAL_NULL:
		snprintf(buf, size, "NULL");
		break;
	case FX_VAL_PATH:
		snprintf(buf, size, "%s", s_or(v->path, "?"));
		break;
	case FX_VAL_ADDR:
		snprintf(buf, size, "&%s", s_or(v->path, "?"));
		break;
	case FX_VAL_FUNC:
		snprintf(buf, size, "fn:%s", s_or(v->path, "?"));
		break;
	case FX_VAL_BITAND:
		snprintf(buf, size, "(%s & 0x%llx)", s_or(v->path, "?"), (unsigned long long)v->num);
		break;
	case FX_VAL_EQ:
		snprintf(buf, size, "(%s == %lld)", s_or(v->path, "?"), v->num);
		break;
	default:
		snprintf(buf, size, "?");
		break;
	}
	return buf;
}

static void dump_loc(FILE *f, fx_loc l)
{
	fprintf(f, "%" PRIu32 ":%" PRIu32, l.line, l.col);
}

static void dump_event(FILE *f, const fx_event *e, const char *indent)
{
	char b1[512], b2[512];
	fprintf(f, "%s", indent);
	dump_loc(f, e->loc);
	switch (e->kind) {
	case FX_EV_CALL: {
		const fx_call *c = &e->u.call;
		fprintf(f, " call R:%" PRIu32 " = %s(", c->id,
			c->callee ? c->callee : fx_dump_val(&c->target, b1, sizeof b1));
		for (uint32_t i = 0; i < c->nargs; i++) {
			fprintf(f, "%s%s", i ? ", " : "", fx_dump_val(&c->args[i], b2, sizeof b2));
			if (c->arg_roles && c->arg_roles[i])
				fprintf(f, " {%s}", c->arg_roles[i]);
		}
		fprintf(f, ")%s\n", c->callee ? "" : " indirect");
		break;
	}
	case FX_EV_ASSIGN: {
		const fx_assign *a = &e->u.assign;
		fprintf(f, " %s %s <- %s", a->is_init ? "init" : "assign", s_or(a->lhs, "?"),
			fx_dump_val(&a->rhs, b1, sizeof b1));
		if (a->lhs_role)
			fprintf(f, " {%s}", a->lhs_role);
		fprintf(f, "\n");
		break;
	}
	case FX_EV_RETURN:
		fprintf(f, " return %s\n", fx_dump_val(&e->u.ret, b1, sizeof b1));
		break;
	default:
		fprintf(f, " ?event\n");
		break;
	}
}

void fx_dump_function(FILE *f, const fx_function *fn)
{
	char b1[512], b2[512];
	fprintf(f, "%s %s%s at %s:", fn->is_definition ? "def" : "decl", s_or(fn->key, "?"),
		fn->is_static ? " static" : "", s_or(fn->loc.file, "?"));
	dump_loc(f, fn->loc);
	fprintf(f, " returns %s", s_or(fn->ret_type, "?"));
	if (fn->role)
		fprintf(f, " role %s", fn->role);
	fprintf(f, "\n");
	for (uint32_t i = 0; i < fn->nparams; i++)
		fprintf(f, "  param %" PRIu32 " %s: %s\n", i, s_or(fn->params[i], ""),
			fn->param_types ? s_or(fn->param_types[i], "?") : "?");
	for (uint32_t i = 0; i < fn->nannots; i++) {
		const fx_annot *a = &fn->annots[i];
		fprintf(f, "  annot %s(%s) level %d param %d\n", annot_name(a->kind), s_or(a->arg, ""),
			a->level, a->param);
	}
	for (uint32_t b = 0; b < fn->nblocks; b++) {
		const fx_block *bl = &fn->blocks[b];
		fprintf(f, "  block %" PRIu32 " at ", b);
		dump_loc(f, bl->loc);
		fprintf(f, " ->");
		for (uint32_t i = 0; i < bl->nsucc; i++)
			fprintf(f, " %" PRIu32, bl->succ[i]);
		if (bl->nsucc == 0)
			fprintf(f, " exit");
		if (bl->cond.known)
			fprintf(f, " if %s %s %s", fx_dump_val(&bl->cond.lhs, b1, sizeof b1),
				cmp_name(bl->cond.op), fx_dump_val(&bl->cond.rhs, b2, sizeof b2));
		fprintf(f, "\n");
		for (uint32_t i = 0; i < bl->nevents; i++)
			dump_event(f, &bl->events[i], "    ");
	}
}

void fx_dump_tu(FILE *f, const fx_tu *tu)
{
	fprintf(f, "facts v%d %s parsed %d errors %" PRIu32 "\n", FX_FORMAT_VERSION, s_or(tu->path, "?"),
		tu->parsed ? 1 : 0, tu->nerrors);
	for (uint32_t i = 0; i < tu->ndiags; i++) {
		const fx_diag *d = &tu->diags[i];
		fprintf(f, "%s %s:", sev_name(d->severity), s_or(d->loc.file, "?"));
		dump_loc(f, d->loc);
		fprintf(f, ": %s\n", s_or(d->message, ""));
	}
	for (uint32_t i = 0; i < tu->nfuncs; i++)
		fx_dump_function(f, &tu->funcs[i]);
	for (uint32_t i = 0; i < tu->ninits; i++)
		dump_event(f, &tu->inits[i], "global ");
}
