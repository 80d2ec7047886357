/* Tests of calendar dates and the overview date reader. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "kaiji/parse.h"

static const char *fmt(kj_date d)
{
    static char buf[11];
    return kj_date_format(d, buf);
}

static void iso_round_trip(void **state)
{
    (void)state;
    assert_string_equal(fmt(kj_date_parse_iso("2025-06-03")), "2025-06-03");
    assert_string_equal(fmt(kj_date_parse_iso("2025-12")), "2025-12");
    assert_string_equal(fmt(kj_date_parse_iso("2025-02-30")), "");
    assert_string_equal(fmt(kj_date_parse_iso("2025-13-01")), "");
    assert_string_equal(fmt(kj_date_parse_iso("25-01-01")), "");
    assert_string_equal(fmt(KJ_DATE_NONE), "");
}

static void days_are_exact(void **state)
{
    (void)state;
    assert_int_equal(kj_date_to_days((kj_date){1970, 1, 1}), 0);
    assert_int_equal(kj_date_to_days((kj_date){2024, 3, 1}) -
                         kj_date_to_days((kj_date){2024, 2, 28}),
                     2); /* leap year */
    for (int32_t d = 19000; d < 21000; d += 37)
        assert_int_equal(kj_date_to_days(kj_date_from_days(d)), d);
    assert_true(kj_date_cmp((kj_date){2025, 4, 0}, (kj_date){2025, 4, 1}) < 0);
    assert_true(kj_date_cmp((kj_date){2025, 4, 30}, (kj_date){2025, 5, 0}) < 0);
}

static void overview_dates(void **state)
{
    (void)state;
    assert_string_equal(fmt(kj_parse_overview_date("2025年6月2日")), "2025-06-02");
    assert_string_equal(fmt(kj_parse_overview_date("2025年12月25日、2026年1月5日更新")),
                        "2025-12-25");
    assert_string_equal(fmt(kj_parse_overview_date("2025年12月")), "2025-12");
    assert_string_equal(fmt(kj_parse_overview_date("2025年3月XX日?")), "2025-03");
    assert_string_equal(fmt(kj_parse_overview_date("2025-06-02")), "2025-06-02");
    assert_string_equal(fmt(kj_parse_overview_date("2025/6/2")), "2025-06-02");
    assert_string_equal(fmt(kj_parse_overview_date("令和7年6月2日")), "2025-06-02");
    assert_string_equal(fmt(kj_parse_overview_date("令和元年5月1日")), "2019-05-01");
    assert_string_equal(fmt(kj_parse_overview_date("平成31年4月30日")), "2019-04-30");
    assert_string_equal(fmt(kj_parse_overview_date("日付記載なし")), "");
    assert_string_equal(fmt(kj_parse_overview_date("株式会社サンプル")), "");
    assert_string_equal(fmt(kj_parse_overview_date("2025年13月1日")), "");
    /* an impossible day keeps the month */
    assert_string_equal(fmt(kj_parse_overview_date("2025年2月30日")), "2025-02");
    assert_string_equal(fmt(kj_parse_overview_date("令和999年13月40日")), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(iso_round_trip),
        cmocka_unit_test(days_are_exact),
        cmocka_unit_test(overview_dates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
