/* Tests of the overview readers: organisations, URLs, archive links. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "kaiji/parse.h"
#include "kaiji/url.h"

static kj_arena *arena;

static int setup(void **state)
{
    (void)state;
    arena = kj_arena_new();
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    kj_arena_free(arena);
    return 0;
}

static void split_on_japanese_separators(void **state)
{
    (void)state;
    const char **names;
    size_t n = kj_split_organizations(arena, "株式会社みなと精機、北浜フーズ株式会社", &names);
    assert_int_equal(n, 2);
    assert_string_equal(names[0], "株式会社みなと精機");
    assert_string_equal(names[1], "北浜フーズ株式会社");
    n = kj_split_organizations(arena, "A株式会社 及び B株式会社，C協会", &names);
    assert_int_equal(n, 3);
    assert_string_equal(names[0], "A株式会社");
    assert_string_equal(names[1], "B株式会社");
    assert_string_equal(names[2], "C協会");
    n = kj_split_organizations(arena, "甲社および乙社", &names);
    assert_int_equal(n, 2);
    /* the group's other members, none named, are no organisation */
    n = kj_split_organizations(arena, "株式会社あおばホールディングス および グループ会社", &names);
    assert_int_equal(n, 1);
    assert_string_equal(names[0], "株式会社あおばホールディングス");
}

static void names_with_spaces_and_brackets_stay_whole(void **state)
{
    (void)state;
    const char **names;
    size_t n = kj_split_organizations(arena, "医療法人社団いずみ会 いずみ総合病院", &names);
    assert_int_equal(n, 1);
    assert_string_equal(names[0], "医療法人社団いずみ会 いずみ総合病院");
    n = kj_split_organizations(arena, "株式会社さくら（さくらホテル、さくら旅館）", &names);
    assert_int_equal(n, 1);
    n = kj_split_organizations(arena, "\u3000 ウェルス・サンプル株式会社 ", &names);
    assert_int_equal(n, 1);
    assert_string_equal(names[0], "ウェルス・サンプル株式会社");
    n = kj_split_organizations(arena, "、、", &names);
    assert_int_equal(n, 0);
}

static void names_lose_control_characters(void **state)
{
    (void)state;
    const char **names;
    size_t n = kj_split_organizations(arena, "株式会社\x1b[31m赤\x1b[0m、株式会社\aベル、\x01\x02",
                                      &names);
    assert_int_equal(n, 2);
    assert_string_equal(names[0], "株式会社[31m赤[0m");
    assert_string_equal(names[1], "株式会社ベル");
    /* trimmed after the controls go: no space left at either end */
    n = kj_split_organizations(arena, "\x0f 甲社 \x0f", &names);
    assert_int_equal(n, 1);
    assert_string_equal(names[0], "甲社");
    /* path-like names are kept as written: they are data, not paths */
    n = kj_split_organizations(arena, "../../etc/passwd、A/B株式会社", &names);
    assert_int_equal(n, 2);
    assert_string_equal(names[0], "../../etc/passwd");
}

static void web_urls_only(void **state)
{
    (void)state;
    assert_true(kj_url_is_web("https://www.example.co.jp/news/1.html"));
    assert_true(kj_url_is_web("HTTP://example.jp/"));
    assert_false(kj_url_is_web("javascript:alert(1)"));
    assert_false(kj_url_is_web("file:///etc/passwd"));
    assert_false(kj_url_is_web("https://"));
    assert_false(kj_url_is_web("https://exa mple.jp/"));
    assert_false(kj_url_is_web(NULL));
}

static void archive_paths_from_links(void **state)
{
    (void)state;
    const char *url = "https://github.com/piyokango/SecurityIncidentArchive/blob/main/2026/01/"
                      "20_%E6%A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE%E3%81%BF%E3%81%AA%E3%81%A8.md";
    assert_string_equal(kj_url_archive_path(arena, url), "2026/01/20_株式会社みなと.md");
    assert_string_equal(kj_url_archive_path(arena, "https://example.jp/a/2025/03/XX_甲社.md?x=1"),
                        "2025/03/XX_甲社.md");
    assert_null(kj_url_archive_path(arena, "https://example.jp/news/2025/03/28.html"));
    assert_null(kj_url_archive_path(arena, "https://example.jp/%E6%A0"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(split_on_japanese_separators),
        cmocka_unit_test(names_with_spaces_and_brackets_stay_whole),
        cmocka_unit_test(names_lose_control_characters),
        cmocka_unit_test(web_urls_only),
        cmocka_unit_test(archive_paths_from_links),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
