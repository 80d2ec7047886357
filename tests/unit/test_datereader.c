/* Tests of the body date reader (kj_read_date): 西暦, 和暦, months,
 * relative dates and years taken from context. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "random_text.h"

#include "kaiji/extract.h"

static const kj_date published = {2026, 2, 20};

/* Reads `s` against `previous` (near or not) and returns the ISO form. */
static const char *read_ctx(const char *s, kj_date previous, bool near, size_t *used,
                            unsigned *flags)
{
    static char buf[11];
    kj_date_context ctx = {.published = published, .previous = previous, .previous_is_near = near};
    kj_date d;
    size_t r = kj_read_date(s, strlen(s), &ctx, &d, flags);
    if (used)
        *used = r;
    return r ? kj_date_format(d, buf) : "-";
}

static const char *read(const char *s)
{
    return read_ctx(s, KJ_DATE_NONE, false, NULL, NULL);
}

static void western_dates(void **state)
{
    (void)state;
    size_t used;
    assert_string_equal(read_ctx("2025年4月5日に発生", KJ_DATE_NONE, false, &used, NULL),
                        "2025-04-05");
    assert_int_equal(used, strlen("2025年4月5日"));
    assert_string_equal(read("2025 年 4 月 22 日"), "2025-04-22");
    assert_string_equal(read("2025/4/5"), "2025-04-05");
    assert_string_equal(read("2025-04-05"), "2025-04-05");
    assert_string_equal(read("2025.11.3"), "2025-11-03");
    /* a circled list number folds to a digit touching the year (`①2021年`) */
    assert_string_equal(read("12021年5月1日~2024年5月31日"), "2021-05-01");
    assert_string_equal(read("32024年6月25日"), "2024-06-25");
    /* a weekday in parentheses belongs to the date */
    assert_string_equal(read_ctx("2025年10月4日(土)02:25", KJ_DATE_NONE, false, &used, NULL),
                        "2025-10-04");
    assert_int_equal(used, strlen("2025年10月4日(土)"));
}

static void japanese_era(void **state)
{
    (void)state;
    unsigned flags;
    assert_string_equal(read_ctx("令和7年9月7日", KJ_DATE_NONE, false, NULL, &flags), "2025-09-07");
    assert_true(flags & KJ_DATEF_ERA);
    assert_string_equal(read("令和元年5月1日"), "2019-05-01");
    assert_string_equal(read("平成31年4月30日"), "2019-04-30");
    assert_string_equal(read("令和 8 年 1 月 15 日"), "2026-01-15");
    /* with the Western year beside it (full-width brackets are folded) */
    assert_string_equal(read("令和6年(2024年)11月3日"), "2024-11-03");
    assert_string_equal(read("令和6(2024)年11月3日"), "2024-11-03");
    assert_string_equal(read("令和6年(2024年度)"), "-");
    /* a fiscal year is no date */
    assert_string_equal(read("令和6年度"), "-");
    assert_string_equal(read("2025年度"), "-");
}

static void months_only(void **state)
{
    (void)state;
    unsigned flags;
    assert_string_equal(read("2025年10月に"), "2025-10");
    assert_string_equal(read_ctx("令和7年12月中旬", KJ_DATE_NONE, false, NULL, &flags), "2025-12");
    assert_true(flags & KJ_DATEF_PART);
    assert_string_equal(read("2024年11月上旬"), "2024-11");
    assert_string_equal(read("2025年6月末"), "2025-06");
    assert_string_equal(read("2023年11月後半に"), "2023-11");
    assert_string_equal(read("2024年8月前半"), "2024-08");
    /* a two-digit year of this century: `本校24年3月の卒業生` */
    assert_string_equal(read("24年3月の卒業生"), "2024-03");
    /* the first day of a span of days: `期間:7月8~10日` */
    assert_string_equal(read("2025年7月8~10日"), "2025-07-08");
    assert_string_equal(read("2021年5月1~2024年5月31日"), "2021-05-01");
    /* but a month followed by a count stays a month */
    assert_string_equal(read("2025年7月8件"), "2025-07");
    /* a year alone, a fiscal period or a month count is no date */
    assert_string_equal(read("2025年から"), "-");
    assert_string_equal(read("2025年3月期"), "-");
}

static void years_from_context(void **state)
{
    (void)state;
    unsigned flags;
    /* no year: the release's year, or the year before when that would lie
     * after the release */
    assert_string_equal(read_ctx("1月31日", KJ_DATE_NONE, false, NULL, &flags), "2026-01-31");
    assert_true(flags & KJ_DATEF_NO_YEAR);
    assert_string_equal(read("12月25日"), "2025-12-25");
    /* a date earlier in the same passage gives its year */
    assert_string_equal(read_ctx("4月7日", (kj_date){2024, 3, 1}, true, NULL, NULL), "2024-04-07");
    /* and the year turns from December to January */
    assert_string_equal(read_ctx("1月5日", (kj_date){2024, 12, 28}, true, NULL, NULL),
                        "2025-01-05");
    /* a timeline written as 4/14(月) */
    assert_string_equal(read("2/14(土)"), "2026-02-14");
    /* or 4/14夕方 */
    assert_string_equal(read("2/14夕方に"), "2026-02-14");
    /* or an hour by the clock after it (`3/8の21時頃から`, `3/8 21:00`) */
    assert_string_equal(read("2/14の21時頃から"), "2026-02-14");
    assert_string_equal(read("2/14 9:30"), "2026-02-14");
    assert_string_equal(read("1/3の割合"), "-");
    /* but 4/5 alone may be anything */
    assert_string_equal(read("4/5"), "-");
    assert_string_equal(read("1/3に減少"), "-");
}

static void relative_dates(void **state)
{
    (void)state;
    kj_date prev = {2026, 1, 16};
    unsigned flags;
    assert_string_equal(read_ctx("同日", prev, false, NULL, &flags), "2026-01-16");
    assert_true(flags & KJ_DATEF_RELATIVE);
    assert_string_equal(read_ctx("当日", prev, false, NULL, NULL), "2026-01-16");
    assert_string_equal(read_ctx("翌日", prev, false, NULL, NULL), "2026-01-17");
    assert_string_equal(read_ctx("前日", prev, false, NULL, NULL), "2026-01-15");
    assert_string_equal(read_ctx("翌17日", prev, false, NULL, NULL), "2026-01-17");
    assert_string_equal(read_ctx("同月28日", prev, false, NULL, NULL), "2026-01-28");
    assert_string_equal(read_ctx("翌月3日", prev, false, NULL, NULL), "2026-02-03");
    assert_string_equal(read_ctx("同年3月1日", prev, false, NULL, NULL), "2026-03-01");
    assert_string_equal(read_ctx("翌年2月", prev, false, NULL, NULL), "2027-02");
    /* 翌3日 after 12月30日 is in January */
    assert_string_equal(read_ctx("翌3日", (kj_date){2025, 12, 30}, false, NULL, NULL),
                        "2026-01-03");
    assert_string_equal(read_ctx("翌日", (kj_date){2025, 12, 31}, false, NULL, NULL), "2026-01-01");
    /* 本年 / 昨年 come from the release's date */
    assert_string_equal(read_ctx("昨年11月2日", KJ_DATE_NONE, false, NULL, NULL), "2025-11-02");
    /* 本日 / 今日 / 昨日: the release's own day and the day before */
    assert_string_equal(read_ctx("本日、当社の", KJ_DATE_NONE, false, NULL, &flags), "2026-02-20");
    assert_true(flags & KJ_DATEF_PUBLICATION);
    assert_string_equal(read_ctx("今日", KJ_DATE_NONE, false, NULL, NULL), "2026-02-20");
    assert_string_equal(read_ctx("昨日発表", KJ_DATE_NONE, false, NULL, NULL), "2026-02-19");
    {
        kj_date_context month_only = {.published = {2026, 2, 0}};
        kj_date d;
        assert_int_equal(kj_read_date("本日", strlen("本日"), &month_only, &d, NULL), 0);
    }
    /* without a previous date, relative forms are not dates */
    assert_string_equal(read("同日"), "-");
    assert_string_equal(read("翌25日"), "-");
    /* words that only look like them */
    assert_string_equal(read_ctx("同社", prev, false, NULL, NULL), "-");
    assert_string_equal(read_ctx("当社", prev, false, NULL, NULL), "-");
    assert_string_equal(read_ctx("本件", prev, false, NULL, NULL), "-");
}

/* Reads `s` under `rules` against `previous` (and the publication date). */
static const char *read_rules(const char *s, unsigned rules, kj_date previous, unsigned *flags)
{
    static char buf[11];
    kj_date_context ctx = {.published = published, .previous = previous, .rules = rules};
    kj_date d;
    size_t r = kj_read_date(s, strlen(s), &ctx, &d, flags);
    return r ? kj_date_format(d, buf) : "-";
}

static void nearest_year_rule(void **state)
{
    (void)state;
    /* 12月25日 after 2026年1月5日 is the December before; by the default
     * rule it would take the year of the date before it. */
    kj_date jan5 = {2026, 1, 5};
    assert_string_equal(read_rules("12月25日", KJ_DATE_NEAREST_YEAR, jan5, NULL), "2025-12-25");
    assert_string_equal(read_rules("1月7日", KJ_DATE_NEAREST_YEAR, (kj_date){2025, 12, 28}, NULL),
                        "2026-01-07");
    /* No date before: the publication date (2026-02-20) is the anchor. */
    assert_string_equal(read_rules("11月30日", KJ_DATE_NEAREST_YEAR, KJ_DATE_NONE, NULL),
                        "2025-11-30");
    unsigned flags;
    assert_string_equal(read_rules("4/5(土)", KJ_DATE_NEAREST_YEAR, jan5, &flags), "2026-04-05");
    assert_true(flags & KJ_DATEF_NUMERIC);
    assert_true(flags & KJ_DATEF_NO_YEAR);
}

static void date_field_rule(void **state)
{
    (void)state;
    /* The overview's date bullet: a month alone in any form, R/H eras, a
     * day past the month's end dropped to the month. */
    kj_date none = KJ_DATE_NONE;
    assert_string_equal(read_rules("2025-06", KJ_DATE_FIELD, none, NULL), "2025-06");
    assert_string_equal(read_rules("2025年3月XX日?", KJ_DATE_FIELD, none, NULL), "2025-03");
    assert_string_equal(read_rules("2025年2月30日", KJ_DATE_FIELD, none, NULL), "2025-02");
    assert_string_equal(read_rules("R7年6月2日", KJ_DATE_FIELD, none, NULL), "2025-06-02");
    assert_string_equal(read_rules("2025 / 6 / 2", KJ_DATE_FIELD, none, NULL), "2025-06-02");
    /* In body text none of these is a date. */
    assert_string_equal(read_rules("2025-06", 0, none, NULL), "-");
    assert_string_equal(read_rules("2025年2月30日", 0, none, NULL), "-");
    assert_string_equal(read_rules("R7年6月2日", 0, none, NULL), "-");
}

static void invalid_dates_are_rejected(void **state)
{
    (void)state;
    assert_string_equal(read("2025年2月30日"), "-");
    assert_string_equal(read("2025年13月1日"), "-");
    assert_string_equal(read("令和100年1月1日"), "-");
    assert_string_equal(read("12345年1月1日"), "-");
    kj_date d;
    /* len cuts the text */
    assert_int_equal(kj_read_date("2025年4月5日", 4, NULL, &d, NULL), 0);
    assert_int_equal(kj_read_date(NULL, 0, NULL, &d, NULL), 0);
    /* no context: a date without a year cannot be placed */
    assert_int_equal(kj_read_date("4月5日", strlen("4月5日"), NULL, &d, NULL), 0);
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
        kj_date d;
        kj_date_context ctx = {
            .published = published, .previous = {2025, 12, 31}, .previous_is_near = i & 1};
        size_t r = kj_read_date(buf, len, &ctx, &d, NULL);
        assert_true(r <= len);
        assert_true(!r || kj_date_is_valid(d));
    }
}

/* A weekday that is not the date's own (2025年3月31日 was a Monday) is
 * flagged: the day or the weekday is mistyped.  The date is still read. */
static void a_weekday_that_is_another_days(void **state)
{
    (void)state;
    unsigned flags;
    assert_string_equal(read_ctx("2025年3月31日(日)", KJ_DATE_NONE, false, NULL, &flags),
                        "2025-03-31");
    assert_true(flags & KJ_DATEF_WEEKDAY_OFF);
    assert_string_equal(read_ctx("2025年3月31日(月)", KJ_DATE_NONE, false, NULL, &flags),
                        "2025-03-31");
    assert_false(flags & KJ_DATEF_WEEKDAY_OFF);
    assert_string_equal(read_ctx("令和6年12月11日(木曜日)", KJ_DATE_NONE, false, NULL, &flags),
                        "2024-12-11");
    assert_true(flags & KJ_DATEF_WEEKDAY_OFF);
    /* without a year, and numeric: 2026年2月14日 is a Saturday */
    assert_string_equal(read_ctx("2/14(土)", KJ_DATE_NONE, false, NULL, &flags), "2026-02-14");
    assert_false(flags & KJ_DATEF_WEEKDAY_OFF);
    assert_string_equal(read_ctx("2/14(金)", KJ_DATE_NONE, false, NULL, &flags), "2026-02-14");
    assert_true(flags & KJ_DATEF_WEEKDAY_OFF);
    assert_string_equal(read_ctx("2月14日(金)", KJ_DATE_NONE, false, NULL, &flags), "2026-02-14");
    assert_true(flags & KJ_DATEF_WEEKDAY_OFF);
    /* (日本時間) is no weekday */
    assert_string_equal(read_ctx("3月7日(日本時間)", KJ_DATE_NONE, false, NULL, &flags),
                        "2026-03-07");
    assert_false(flags & KJ_DATEF_WEEKDAY_OFF);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(random_text_never_breaks_the_reader),
        cmocka_unit_test(western_dates),
        cmocka_unit_test(japanese_era),
        cmocka_unit_test(months_only),
        cmocka_unit_test(years_from_context),
        cmocka_unit_test(relative_dates),
        cmocka_unit_test(invalid_dates_are_rejected),
        cmocka_unit_test(nearest_year_rule),
        cmocka_unit_test(date_field_rule),
        cmocka_unit_test(a_weekday_that_is_another_days),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
