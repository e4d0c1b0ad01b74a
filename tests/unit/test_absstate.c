/* Check suite for analysis/absstate: the value lattice's second name for a
 * pointer (from), the digest of what a call changed, and the bounded sets. */
#include <check.h>
#include <stdlib.h>

#include "analysis/absstate.h"
#include "util/intern.h"

static av nonzero(void)
{
	av v = av_other();
	v.special = AV_NONZERO;
	return v;
}

static av zero(void)
{
	av v = av_other();
	v.special = AV_NULL;
	return v;
}

START_TEST(from_survives_a_join_only_when_equal)
{
	interner in;
	intern_init(&in);
	const char *f1 = intern(&in, "P:0>Head");
	const char *f2 = intern(&in, "P:0>Tail");
	av a = av_other(), b = av_other();
	a.from = f1;
	b.from = f1;
	ck_assert_ptr_eq(av_join(a, b).from, f1);
	ck_assert(av_equal(&a, &b));
	b.from = f2;
	ck_assert_ptr_null(av_join(a, b).from);
	ck_assert(!av_equal(&a, &b));
	/* equal values hash equal */
	b.from = f1;
	ck_assert_uint_eq(av_hash(&a), av_hash(&b));
	intern_free(&in);
}
END_TEST

START_TEST(delta_hash_names_the_changes_not_the_state)
{
	interner in;
	intern_init(&in);
	const char *count = intern(&in, "P:0>Count");
	const char *busy = intern(&in, "P:0>Busy");
	const char *ret = intern(&in, "R:3");
	/* two caller states that differ in Busy; the same call sets Count to
	   zero in both: the same change */
	astate a0, a1, b0, b1;
	astate_init(&a0);
	astate_init(&b0);
	a0.reached = b0.reached = true;
	a0.irql = b0.irql = irql_exact(IRQL_DISPATCH);
	astate_set(&a0, busy, zero());
	astate_set(&b0, busy, nonzero());
	astate_init(&a1);
	astate_init(&b1);
	astate_copy(&a1, &a0);
	astate_copy(&b1, &b0);
	astate_set(&a1, count, zero());
	astate_set(&b1, count, zero());
	ck_assert_uint_eq(astate_delta_hash(&a0, &a1, NULL), astate_delta_hash(&b0, &b1, NULL));

	/* the other way out sets Count non-zero: another change */
	astate c1;
	astate_init(&c1);
	astate_copy(&c1, &a0);
	astate_set(&c1, count, nonzero());
	ck_assert_uint_ne(astate_delta_hash(&a0, &a1, NULL), astate_delta_hash(&a0, &c1, NULL));

	/* a change of the IRQL is a change */
	astate d1;
	astate_init(&d1);
	astate_copy(&d1, &a1);
	d1.irql = irql_exact(IRQL_PASSIVE);
	ck_assert_uint_ne(astate_delta_hash(&a0, &a1, NULL), astate_delta_hash(&a0, &d1, NULL));

	/* the ignored path (the call's result) tells nothing apart */
	astate_set(&a1, ret, nonzero());
	astate_set(&b1, ret, zero());
	ck_assert_uint_eq(astate_delta_hash(&a0, &a1, ret), astate_delta_hash(&b0, &b1, ret));
	ck_assert_uint_ne(astate_delta_hash(&a0, &a1, NULL), astate_delta_hash(&b0, &b1, NULL));

	/* removing a slot (back to its default) is a change too */
	astate e1;
	astate_init(&e1);
	astate_copy(&e1, &a0);
	astate_remove(&e1, busy);
	ck_assert_uint_ne(astate_delta_hash(&a0, &e1, NULL), astate_delta_hash(&a0, &a0, NULL));

	astate_free(&a0);
	astate_free(&a1);
	astate_free(&b0);
	astate_free(&b1);
	astate_free(&c1);
	astate_free(&d1);
	astate_free(&e1);
	intern_free(&in);
}
END_TEST

START_TEST(set_keeps_four_apart_then_joins_the_nearest)
{
	interner in;
	intern_init(&in);
	const char *p[5];
	for (int i = 0; i < 5; i++)
		p[i] = intern_printf(&in, "P:0>F%d", i);
	aset s;
	aset_init(&s);
	for (int i = 0; i < ASET_MAX; i++) {
		astate t;
		astate_init(&t);
		t.reached = true;
		t.irql = irql_exact(IRQL_PASSIVE);
		astate_set(&t, p[i], zero());
		ck_assert(aset_take(&s, &t));
	}
	ck_assert_uint_eq(s.n, ASET_MAX);
	/* a state covered by an element adds nothing */
	astate dup;
	astate_init(&dup);
	dup.reached = true;
	dup.irql = irql_exact(IRQL_PASSIVE);
	astate_set(&dup, p[0], zero());
	ck_assert(!aset_take(&s, &dup));
	/* a fifth state is joined into one element: still four */
	astate t;
	astate_init(&t);
	t.reached = true;
	t.irql = irql_exact(IRQL_PASSIVE);
	astate_set(&t, p[0], nonzero());
	ck_assert(aset_take(&s, &t));
	ck_assert_uint_eq(s.n, ASET_MAX);
	/* the element it was nearest to (F0 zero) now holds F0 either way */
	bool found = false;
	for (size_t i = 0; i < s.n; i++) {
		const av *v = astate_get(&s.s[i], p[0]);
		if (v && (v->special & AV_NULL) && (v->special & AV_NONZERO))
			found = true;
	}
	ck_assert(found);
	aset_free(&s);
	intern_free(&in);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("absstate");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, from_survives_a_join_only_when_equal);
	tcase_add_test(tc, delta_hash_names_the_changes_not_the_state);
	tcase_add_test(tc, set_keeps_four_apart_then_joins_the_nearest);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
