/* Tests of kj_normalize: the matching form every extraction rule sees. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "kaiji/text.h"

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

static const char *norm(const char *s)
{
    return kj_normalize(arena, s, strlen(s), NULL);
}

static void full_width_digits_become_ascii(void **state)
{
    (void)state;
    assert_string_equal(norm("２０,１６１件"), "20,161件");
    assert_string_equal(norm("２０２６年２月３日"), "2026年2月3日");
    assert_string_equal(norm("約３，８００件"), "約3,800件");
}

static void full_width_brackets_and_colons(void **state)
{
    (void)state;
    assert_string_equal(norm("第2報：https://example.jp/"), "第2報:https://example.jp/");
    assert_string_equal(norm("個人情報（約2,850名）"), "個人情報(約2,850名)");
}

static void spaces_between_japanese_are_removed(void **state)
{
    (void)state;
    assert_string_equal(norm("2026 年 4 月 22 日"), "2026年4月22日");
    assert_string_equal(norm("IIJ セキュア MX サービス"), "IIJセキュアMXサービス");
    assert_string_equal(norm("氏名、\u3000住所"), "氏名、住所");
}

static void spaces_between_latin_words_stay(void **state)
{
    (void)state;
    assert_string_equal(norm("Emotet   malware"), "Emotet malware");
    assert_string_equal(norm("  SSL VPN\tdevice \n"), "SSL VPN device");
}

static void half_width_katakana_becomes_full_width(void **state)
{
    (void)state;
    /* ﾗﾝｻﾑｳｪｱ and a voiced mark that must recompose: ﾃﾞｰﾀ → データ */
    assert_string_equal(norm("ﾗﾝｻﾑｳｪｱ"), "ランサムウェア");
    assert_string_equal(norm("ﾃﾞｰﾀ"), "データ");
}

static void compatibility_ideographs_unify(void **state)
{
    (void)state;
    /* Kangxi radicals that PDF copy-paste leaves in names */
    assert_string_equal(norm("⼀般社団法⼈ ⽇本"), "一般社団法人日本");
}

static void dashes_and_waves_fold(void **state)
{
    (void)state;
    assert_string_equal(norm("2025年4月1日〜4月3日"), "2025年4月1日~4月3日");
    assert_string_equal(norm("1日～3日"), "1日~3日");
    assert_string_equal(norm("CVE\u20102025\u22121234"), "CVE-2025-1234");
    /* the long vowel mark is a letter, not a dash */
    assert_string_equal(norm("サーバー"), "サーバー");
}

static void invisible_characters_go(void **state)
{
    (void)state;
    assert_string_equal(norm("不正\u200Bアクセス\uFEFF"), "不正アクセス");
    assert_string_equal(norm("a\x01"
                             "b"),
                        "ab");
}

static void combining_sequences_compose(void **state)
{
    (void)state;
    /* か + combining voiced mark → が */
    assert_string_equal(norm("か\u3099"), "が");
    assert_string_equal(norm("e\u0301"), "\u00e9");
}

static void marks_cut_loose_compose(void **state)
{
    (void)state;
    /* A voiced mark after a space or an invisible character (PDF
     * copy-paste) composes once they are gone, as a second pass would. */
    assert_string_equal(norm("か \u3099"), "が");
    assert_string_equal(norm("ｶ\u3000ﾞ"), "ガ");
    assert_string_equal(norm("か\x01\u3099"), "が");
    /* marks from two sequences end up in canonical order */
    assert_string_equal(norm("%\u0301 \u3099"), "%\u3099\u0301");
    /* a mark after a space joins the letter before it, Latin too */
    assert_string_equal(norm("e \u0301"), "\u00e9");
}

static void normalising_twice_changes_nothing(void **state)
{
    (void)state;
    /* found by fuzz_normalize: regress/normalize/loose-marks*.txt */
    static const char *const inputs[] = {"が %\u0301 \u3099\u309a \uff9e",
                                         "が %\v\u0301 \u3099\u309a \uff9e"};
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        const char *once = norm(inputs[i]);
        assert_string_equal(norm(once), once);
    }
}

static void malformed_bytes_never_reach_the_output(void **state)
{
    (void)state;
    /* found by fuzz_normalize after the run-copying normaliser: a lead byte
     * whose sequence is cut short was copied as if it were a character */
    static const char stray[] = "G\u2010B\u2212C\uff0dD\xe3-\x9c\xb5\x9e"
                                "F\xe2\x80\x95";
    size_t n;
    const char *s = kj_normalize(arena, stray, sizeof stray - 1, &n);
    assert_true(kj_utf8_valid(s, n));
    assert_string_equal(s, "G-B-C-D-F-");
    /* a cut ideograph, an overlong form and a surrogate */
    static const char bad[] = "漢\xe6\xbc字\xe0\x80\xaf\xed\xa0\x80";
    s = kj_normalize(arena, bad, sizeof bad - 1, &n);
    assert_true(kj_utf8_valid(s, n));
    assert_string_equal(s, "漢字");
}

static void length_is_reported(void **state)
{
    (void)state;
    size_t n = 0;
    const char *s = kj_normalize(arena, "ＡＢＣ", strlen("ＡＢＣ"), &n);
    assert_string_equal(s, "ABC");
    assert_int_equal(n, 3);
    assert_string_equal(kj_normalize(arena, "", 0, &n), "");
    assert_int_equal(n, 0);
}

static void display_width_counts_wide_as_two(void **state)
{
    (void)state;
    assert_int_equal(kj_display_width("abc", 3), 3);
    assert_int_equal(kj_display_width("株式会社", strlen("株式会社")), 8);
    assert_int_equal(kj_display_width("A社", strlen("A社")), 3);
}

static void utf8_validation(void **state)
{
    (void)state;
    assert_true(kj_utf8_valid("日本語 text", strlen("日本語 text")));
    assert_false(kj_utf8_valid("\xC0\xAF", 2));     /* overlong */
    assert_false(kj_utf8_valid("\xED\xA0\x80", 3)); /* surrogate */
    assert_false(kj_utf8_valid("\xE6\x97", 2));     /* truncated */
    assert_true(kj_utf8_valid("a\0b", 3));          /* NUL is allowed */
}

/* The validator checks three-byte sequences by the word (two per eight
 * bytes, then one per four): every lead byte, in every position of a run
 * of kana, must still be judged exactly as decoding one character after
 * another judges it. */
static bool valid_by_decoding(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t adv;
        if (kj_utf8_decode(s + i, len - i, &adv) < 0)
            return false;
        i += adv;
    }
    return true;
}

static void utf8_validation_of_three_byte_runs(void **state)
{
    (void)state;
    /* the edges: U+0800 and U+07FF overlong, U+D7FF and U+D800, U+FFFF */
    static const char *const odd[] = {
        "\xE0\xA0\x80", "\xE0\x9F\xBF", "\xED\x9F\xBF",     "\xED\xA0\x80", "\xEF\xBF\xBF",
        "\xE3\x81",     "\xE3\x41\x81", "\xF0\x9F\x98\x80", "\xC3\xA9",     "\x80"};
    char buf[64];
    for (size_t k = 0; k < sizeof odd / sizeof odd[0]; k++) {
        for (size_t before = 0; before <= 7; before++) {
            for (size_t after = 0; after <= 7; after++) {
                size_t n = 0;
                for (size_t b = 0; b < before; b++, n += 3)
                    memcpy(buf + n, "あ", 3);
                memcpy(buf + n, odd[k], strlen(odd[k]));
                n += strlen(odd[k]);
                for (size_t a = 0; a < after; a++, n += 3)
                    memcpy(buf + n, "字", 3);
                assert_int_equal(kj_utf8_valid(buf, n), valid_by_decoding(buf, n));
            }
        }
    }
}

static const char *visible(const char *s)
{
    static char out[256];
    kj_buf b = {0};
    kj_buf_append_visible(&b, s);
    snprintf(out, sizeof out, "%s", b.data);
    kj_buf_free(&b);
    return out;
}

static void invisible_characters_made_visible(void **state)
{
    (void)state;
    assert_string_equal(visible("株式会社かもめ 通信"), "株式会社かもめ 通信");
    assert_string_equal(visible("a\x1b[2Jb"), "a\\x1B[2Jb");
    assert_string_equal(visible("line\nnext\ttab\r"), "line\\nnext\\ttab\\r");
    assert_string_equal(visible("bad\xff"
                                "byte"),
                        "bad\\xFFbyte");
    assert_string_equal(visible("rtl\u202Etxt.exe"), "rtl\\u202Etxt.exe");
    assert_string_equal(visible("c1\xC2\x85"), "c1\\u0085"); /* U+0085 */
    assert_string_equal(visible(""), "");
    assert_true(kj_is_invisible(0x1B) && kj_is_invisible(0x2066) && kj_is_invisible(0xFEFF));
    assert_false(kj_is_invisible(' ') || kj_is_invisible(0x3000) || kj_is_invisible(0x3042));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(full_width_digits_become_ascii),
        cmocka_unit_test(full_width_brackets_and_colons),
        cmocka_unit_test(spaces_between_japanese_are_removed),
        cmocka_unit_test(spaces_between_latin_words_stay),
        cmocka_unit_test(half_width_katakana_becomes_full_width),
        cmocka_unit_test(compatibility_ideographs_unify),
        cmocka_unit_test(dashes_and_waves_fold),
        cmocka_unit_test(invisible_characters_go),
        cmocka_unit_test(combining_sequences_compose),
        cmocka_unit_test(marks_cut_loose_compose),
        cmocka_unit_test(normalising_twice_changes_nothing),
        cmocka_unit_test(malformed_bytes_never_reach_the_output),
        cmocka_unit_test(length_is_reported),
        cmocka_unit_test(display_width_counts_wide_as_two),
        cmocka_unit_test(utf8_validation),
        cmocka_unit_test(utf8_validation_of_three_byte_runs),
        cmocka_unit_test(invisible_characters_made_visible),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
