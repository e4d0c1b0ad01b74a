/* The IRQL lattice: ranges, join/meet, inclusion, level names and text. */
#include <check.h>
#include <stdlib.h>

#include "facts/irql.h"

START_TEST(join_and_meet)
{
	irql_range p = irql_exact(IRQL_PASSIVE), d = irql_exact(IRQL_DISPATCH);
	irql_range j = irql_join(p, d);
	ck_assert_int_eq(j.lo, IRQL_PASSIVE);
	ck_assert_int_eq(j.hi, IRQL_DISPATCH);
	ck_assert(irql_is_bottom(irql_meet(p, d)));
	irql_range m = irql_meet(j, irql_make(IRQL_APC, IRQL_HIGH));
	ck_assert_int_eq(m.lo, IRQL_APC);
	ck_assert_int_eq(m.hi, IRQL_DISPATCH);
	/* bottom is the identity of join */
	ck_assert(irql_equal(irql_join(IRQL_BOTTOM, d), d));
	ck_assert(irql_equal(irql_join(d, IRQL_BOTTOM), d));
}
END_TEST

START_TEST(within)
{
	irql_range upto_dispatch = irql_make(IRQL_PASSIVE, IRQL_DISPATCH);
	ck_assert(irql_within(irql_exact(IRQL_APC), upto_dispatch));
	ck_assert(!irql_within(irql_exact(IRQL_DIRQL), upto_dispatch));
	ck_assert(!irql_within(irql_make(IRQL_PASSIVE, IRQL_DISPATCH), irql_exact(IRQL_PASSIVE)));
	ck_assert(irql_within(IRQL_BOTTOM, irql_exact(IRQL_PASSIVE)));
	ck_assert(!irql_within(irql_exact(IRQL_PASSIVE), IRQL_BOTTOM));
}
END_TEST

START_TEST(parse_levels)
{
	ck_assert_int_eq(irql_parse_level("PASSIVE_LEVEL"), IRQL_PASSIVE);
	ck_assert_int_eq(irql_parse_level(" DISPATCH_LEVEL "), IRQL_DISPATCH);
	ck_assert_int_eq(irql_parse_level("apc_level"), IRQL_APC);
	ck_assert_int_eq(irql_parse_level("2"), IRQL_DISPATCH);
	ck_assert_int_eq(irql_parse_level("DIRQL"), IRQL_DIRQL);
	ck_assert_int_eq(irql_parse_level("HIGH_LEVEL"), IRQL_HIGH);
	ck_assert_int_eq(irql_parse_level("CLOCK_LEVEL"), IRQL_HIGH);
	ck_assert_int_eq(irql_parse_level("See Remarks"), -1);
	ck_assert_int_eq(irql_parse_level(""), -1);
	ck_assert_int_eq(irql_parse_level(NULL), -1);
}
END_TEST

START_TEST(range_text)
{
	char b[48];
	ck_assert_str_eq(irql_range_str(irql_exact(IRQL_PASSIVE), b, sizeof(b)), "PASSIVE_LEVEL");
	ck_assert_str_eq(irql_range_str(irql_make(IRQL_PASSIVE, IRQL_DISPATCH), b, sizeof(b)), "<= DISPATCH_LEVEL");
	ck_assert_str_eq(irql_range_str(irql_make(IRQL_DISPATCH, IRQL_HIGH), b, sizeof(b)), ">= DISPATCH_LEVEL");
	ck_assert_str_eq(irql_range_str(irql_make(IRQL_APC, IRQL_DISPATCH), b, sizeof(b)), "APC_LEVEL..DISPATCH_LEVEL");
	ck_assert_str_eq(irql_range_str(IRQL_ANY, b, sizeof(b)), "any IRQL");
	ck_assert_str_eq(irql_range_str(IRQL_BOTTOM, b, sizeof(b)), "no IRQL");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("irql_range");
	TCase *tc = tcase_create("lattice");
	tcase_add_test(tc, join_and_meet);
	tcase_add_test(tc, within);
	tcase_add_test(tc, parse_levels);
	tcase_add_test(tc, range_text);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
