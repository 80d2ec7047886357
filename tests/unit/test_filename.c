/* Tests of kj_safe_filename: archive text as one safe file-name component. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "kaiji/output.h"

static const char *safe(const char *name)
{
    static char buf[64];
    kj_safe_filename(buf, sizeof buf, name);
    return buf;
}

static void japanese_names_pass_unchanged(void **state)
{
    (void)state;
    assert_string_equal(safe("株式会社かもめ通信"), "株式会社かもめ通信");
    assert_string_equal(safe("医療法人社団いずみ会 いずみ総合病院"),
                        "医療法人社団いずみ会 いずみ総合病院");
    assert_string_equal(safe("Ａ＆Ｂ（株）"), "Ａ＆Ｂ（株）");
}

static void separators_and_parent_folders_cannot_escape(void **state)
{
    (void)state;
    assert_string_equal(safe("../../etc/passwd"), "etc_passwd");
    assert_string_equal(safe(".."), "_");
    assert_string_equal(safe("."), "_");
    assert_string_equal(safe("/"), "_");
    assert_string_equal(safe("a/b"), "a_b");
    assert_string_equal(safe("a\\b"), "a_b");
    assert_string_equal(safe(".hidden"), "hidden");
    assert_string_equal(safe("x/../y"), "x_.._y");
}

static void quotes_and_reserved_characters(void **state)
{
    (void)state;
    assert_string_equal(safe("\"株式会社\"<a>|b:c*d?"), "株式会社_a_b_c_d_");
    assert_string_equal(safe("it's"), "it's");
}

static void control_and_format_characters(void **state)
{
    (void)state;
    assert_string_equal(safe("a\x1b[31mb"), "a_[31mb");
    assert_string_equal(safe("a\nb\tc\x7f"), "a_b_c_");
    assert_string_equal(safe("invoice\u202Efdp.exe"), "invoice_fdp.exe");
    assert_string_equal(safe("a\u200Bb"), "a_b");
    assert_string_equal(safe("a\xFF\xFE"
                             "b"),
                        "a_b"); /* not UTF-8 */
}

static void edges_and_empty_names(void **state)
{
    (void)state;
    assert_string_equal(safe(""), "_");
    assert_string_equal(safe(NULL), "_");
    assert_string_equal(safe("  \u3000名前。. "), "名前。");
    assert_string_equal(safe("name..."), "name");
}

static void long_names_are_cut_on_a_character(void **state)
{
    (void)state;
    char buf[11]; /* room for 3 three-byte characters, not 4 */
    assert_int_equal(kj_safe_filename(buf, sizeof buf, "あいうえお"), 9);
    assert_string_equal(buf, "あいう");
    char tiny[2];
    assert_int_equal(kj_safe_filename(tiny, sizeof tiny, "あ"), 1);
    assert_string_equal(tiny, "_");
    char none[1] = {'x'};
    assert_int_equal(kj_safe_filename(none, sizeof none, "a"), 0);
    assert_string_equal(none, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(japanese_names_pass_unchanged),
        cmocka_unit_test(separators_and_parent_folders_cannot_escape),
        cmocka_unit_test(quotes_and_reserved_characters),
        cmocka_unit_test(control_and_format_characters),
        cmocka_unit_test(edges_and_empty_names),
        cmocka_unit_test(long_names_are_cut_on_a_character),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
