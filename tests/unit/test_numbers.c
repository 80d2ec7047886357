/* Tests of the number reader (kj_read_number) on figures as disclosures
 * write them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "random_text.h"

#include "kaiji/extract.h"

/* Reads `s` and returns the value; *used gets the bytes read. */
static int64_t read(const char *s, size_t *used, unsigned *flags)
{
    kj_number n;
    size_t r = kj_read_number(s, strlen(s), &n);
    if (used)
        *used = r;
    if (flags)
        *flags = n.flags;
    return r ? n.high : -1;
}

static void ascii_digits_and_separators(void **state)
{
    (void)state;
    size_t used;
    assert_int_equal(read("38500名", &used, NULL), 38500);
    assert_int_equal(used, 5);
    assert_int_equal(read("20,161件", &used, NULL), 20161);
    assert_int_equal(used, 6);
    assert_int_equal(read("1,234,567人", NULL, NULL), 1234567);
    /* a comma not followed by three digits ends the number */
    assert_int_equal(read("12,34件", &used, NULL), 12);
    assert_int_equal(used, 2);
    assert_int_equal(read("7", NULL, NULL), 7);
    assert_int_equal(read("名", NULL, NULL), -1);
    assert_int_equal(read("", NULL, NULL), -1);
}

static void approximate_and_bounds(void **state)
{
    (void)state;
    unsigned flags;
    size_t used;
    assert_int_equal(read("約3,800件", &used, &flags), 3800);
    assert_true(flags & KJ_NUM_APPROX);
    assert_int_equal(used, strlen("約3,800"));
    assert_int_equal(read("最大で約1,250名", NULL, &flags), 1250);
    assert_true(flags & KJ_NUM_AT_MOST);
    assert_true(flags & KJ_NUM_APPROX);
    assert_int_equal(read("およそ40人", NULL, &flags), 40);
    assert_true(flags & KJ_NUM_APPROX);
    assert_int_equal(read("概ね600件", NULL, &flags), 600);
    assert_int_equal(read("500以上", NULL, &flags), 500);
    assert_true(flags & KJ_NUM_AT_LEAST);
    assert_int_equal(read("1万余", NULL, &flags), 10000);
    assert_true(flags & KJ_NUM_AT_LEAST);
}

static void multipliers_with_digits(void **state)
{
    (void)state;
    size_t used;
    unsigned flags;
    assert_int_equal(read("約28万2千件", &used, &flags), 282000);
    assert_true(flags & KJ_NUM_KANJI);
    assert_int_equal(used, strlen("約28万2千"));
    assert_int_equal(read("510万件", NULL, NULL), 5100000);
    assert_int_equal(read("1.5万人", NULL, NULL), 15000);
    assert_int_equal(read("1,234万", NULL, NULL), 12340000);
    assert_int_equal(read("3億2千万", NULL, NULL), 320000000);
    assert_int_equal(read("2千名", NULL, NULL), 2000);
    assert_int_equal(read("59万人分", NULL, NULL), 590000);
}

static void kanji_numerals(void **state)
{
    (void)state;
    assert_int_equal(read("三千件", NULL, NULL), 3000);
    assert_int_equal(read("二万五千人", NULL, NULL), 25000);
    assert_int_equal(read("百二十三名", NULL, NULL), 123);
    assert_int_equal(read("十二社", NULL, NULL), 12);
    assert_int_equal(read("千二百件", NULL, NULL), 1200);
    assert_int_equal(read("二〇二五", NULL, NULL), 2025);
    /* 万 alone is no number: 万が一 */
    assert_int_equal(read("万が一", NULL, NULL), -1);
}

static void vague_magnitudes_have_no_value(void **state)
{
    (void)state;
    unsigned flags;
    kj_number n;
    assert_true(kj_read_number("数百件", strlen("数百件"), &n) > 0);
    assert_true(n.flags & KJ_NUM_VAGUE);
    assert_int_equal(n.value, 0);
    read("数千名", NULL, &flags);
    assert_true(flags & KJ_NUM_VAGUE);
    read("十数件", NULL, &flags);
    assert_true(flags & KJ_NUM_VAGUE);
    read("百数十人", NULL, &flags);
    assert_true(flags & KJ_NUM_VAGUE);
    read("数万", NULL, &flags);
    assert_true(flags & KJ_NUM_VAGUE);
}

static void ranges(void **state)
{
    (void)state;
    kj_number n;
    size_t r = kj_read_number("100~200件", strlen("100~200件"), &n);
    assert_int_equal(r, strlen("100~200"));
    assert_true(n.flags & KJ_NUM_RANGE);
    assert_int_equal(n.value, 100);
    assert_int_equal(n.high, 200);
    /* a falling "range" is two numbers */
    r = kj_read_number("300~20", strlen("300~20"), &n);
    assert_int_equal(r, 3);
    assert_false(n.flags & KJ_NUM_RANGE);
}

static void never_reads_past_len_or_overflows(void **state)
{
    (void)state;
    kj_number n;
    /* len cuts the text: only "12" is visible */
    assert_int_equal(kj_read_number("12345", 2, &n), 2);
    assert_int_equal(n.value, 12);
    /* a cut multi-byte character is not read */
    assert_int_equal(kj_read_number("約", 2, &n), 0);
    /* absurd sizes are rejected, not wrapped */
    assert_int_equal(kj_read_number("99999999999999999999", 20, &n), 0);
    assert_int_equal(kj_read_number("9999999億9999999億", strlen("9999999億9999999億"), &n), 0);
    assert_int_equal(kj_read_number(NULL, 5, &n), 0);
}

/* Pieces of figures and dates in random order: the reader reads within
 * `len`, never past a cut character, and returns sane values. */
static void random_text_never_breaks_the_reader(void **state)
{
    (void)state;
    size_t n_pieces;
    const char *const *pieces = figure_pieces(&n_pieces);
    uint32_t seed = 12345;
    char buf[64];
    for (int i = 0; i < 20000; i++) {
        size_t len = random_text(&seed, pieces, n_pieces, 8, true, buf, sizeof buf);
        kj_number num;
        size_t r = kj_read_number(buf, len, &num);
        assert_true(r <= len);
        assert_true(num.value >= 0 && num.high >= num.value);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(random_text_never_breaks_the_reader),
        cmocka_unit_test(ascii_digits_and_separators),
        cmocka_unit_test(approximate_and_bounds),
        cmocka_unit_test(multipliers_with_digits),
        cmocka_unit_test(kanji_numerals),
        cmocka_unit_test(vague_magnitudes_have_no_value),
        cmocka_unit_test(ranges),
        cmocka_unit_test(never_reads_past_len_or_overflows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
