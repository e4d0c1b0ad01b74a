/* facts_io: a round trip keeps every fact; the same facts give the same
 * bytes; damaged, truncated and foreign data are refused with a reason,
 * never trusted. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "facts/facts_dump.h"
#include "facts/facts_io.h"
#include "factbuild.h"

static fx_tu *sample(void)
{
	fb b = { .tu = fx_tu_new("drv.c") };
	fb_func(&b, "Helper", 1);
	fb_role(&b, "KDEFERRED_ROUTINE");
	fb_func(&b, "DriverEntry", 3);
	uint32_t id = fb_call(&b, 0, "NdisMRegisterMiniportDriver", 2, V_INT(0), V_ADDR("G:g.h"));
	fb_assign(&b, 0, "L:s@4", V_PATH(arena_printf(b.tu->arena, "R:%u", id)));
	fb_branch(&b, 0, 1, 2, V_PATH("L:s@4"), FX_CMP_NE, V_INT(0));
	fb_register(&b, 2, "L:c@2.InitializeHandlerEx", "MINIPORT_INITIALIZE", "Helper");
	fb_call(&b, 2, "Probe", 2, V_NULL(), (fx_val){ .kind = FX_VAL_BITAND, .path = "P:3", .num = 1 });
	return b.tu;
}

static char *dump(const fx_tu *tu)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	fx_dump_tu(f, tu);
	fclose(f);
	return buf;
}

START_TEST(round_trip)
{
	fx_tu *tu = sample();
	strbuf a = STRBUF_INIT;
	ck_assert_int_eq(fxio_write(&a, tu), 0);
	fx_tu *back = NULL;
	char err[256];
	ck_assert_msg(fxio_read(&back, a.buf, a.len, err, sizeof(err)) == 0, "%s", err);
	char *d1 = dump(tu), *d2 = dump(back);
	ck_assert_str_eq(d1, d2);
	/* and the same facts serialise to the same bytes */
	strbuf b = STRBUF_INIT;
	ck_assert_int_eq(fxio_write(&b, back), 0);
	ck_assert_uint_eq(a.len, b.len);
	ck_assert(memcmp(a.buf, b.buf, a.len) == 0);
	free(d1);
	free(d2);
	strbuf_free(&a);
	strbuf_free(&b);
	fx_tu_free(tu);
	fx_tu_free(back);
}
END_TEST

START_TEST(damaged_input_is_refused)
{
	fx_tu *tu = sample();
	strbuf a = STRBUF_INIT;
	fxio_write(&a, tu);
	char err[256];
	fx_tu *back = NULL;
	/* truncated at every length */
	for (size_t n = 0; n < a.len; n += 7) {
		back = NULL;
		ck_assert_int_eq(fxio_read(&back, a.buf, n, err, sizeof(err)), -1);
		ck_assert_ptr_null(back);
		ck_assert(err[0] != '\0');
	}
	/* a flipped byte in the body */
	char *copy = malloc(a.len);
	memcpy(copy, a.buf, a.len);
	copy[a.len / 2] ^= 0x5a;
	ck_assert_int_eq(fxio_read(&back, copy, a.len, err, sizeof(err)), -1);
	/* foreign data */
	const char junk[] = "{\"not\": \"facts\"}";
	ck_assert_int_eq(fxio_read(&back, junk, sizeof(junk), err, sizeof(err)), -1);
	free(copy);
	strbuf_free(&a);
	fx_tu_free(tu);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("facts_io");
	TCase *tc = tcase_create("io");
	tcase_add_test(tc, round_trip);
	tcase_add_test(tc, damaged_input_is_refused);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
