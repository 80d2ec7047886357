/* Tests of the archive stage: walking folders and decoding bytes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "kaiji/archive.h"
#include "kaiji/text.h"

static char root[64];

static void write_file(const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void make_dir(const char *rel)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    assert_int_equal(mkdir(path, 0755), 0);
}

static int setup(void **state)
{
    (void)state;
    snprintf(root, sizeof root, "/tmp/kaiji-archive-XXXXXX");
    if (!mkdtemp(root))
        return -1;
    make_dir("2026");
    make_dir("2026/01");
    make_dir("2026/02");
    make_dir(".git");
    write_file("2026/02/10_乙社.md", "# 公表概要\n");
    write_file("2026/01/20_甲社.md", "# 公表概要\n");
    write_file("2026/01/XX_丙社.md", "# 公表概要\n");
    write_file("2026/01/notes.txt", "not a release");
    write_file("2026/01/README.md", "not a release either");
    write_file(".git/2026-01-01_x.md", "hidden");
    write_file("README.md", "top-level readme");
    char target[512], link[512];
    /* a loop: 2026/02/loop -> the root */
    snprintf(link, sizeof link, "%s/2026/02/loop", root);
    assert_int_equal(symlink(root, link), 0);
    /* a second name for a file already taken */
    snprintf(target, sizeof target, "%s/2026/01/20_甲社.md", root);
    snprintf(link, sizeof link, "%s/2026/02/11_甲社.md", root);
    assert_int_equal(symlink(target, link), 0);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    return system(cmd);
}

typedef struct skips {
    int warnings, notices;
} skips;

static void on_skip(void *ctx, const char *file, const char *reason, bool warning)
{
    (void)file;
    (void)reason;
    skips *s = ctx;
    if (warning)
        s->warnings++;
    else
        s->notices++;
}

static void walk_takes_layout_files_in_order(void **state)
{
    (void)state;
    kj_file_list list = {0};
    skips s = {0};
    const char *inputs[] = {root};
    assert_int_equal(kj_archive_collect(inputs, 1, &list, on_skip, &s, NULL), KJ_OK);
    assert_int_equal(list.n_files, 3);
    assert_string_equal(list.files[0].path, "2026/01/20_甲社.md");
    assert_string_equal(list.files[1].path, "2026/01/XX_丙社.md");
    assert_string_equal(list.files[2].path, "2026/02/10_乙社.md");
    assert_int_equal(s.warnings, 1); /* the loop */
    assert_true(s.notices >= 3);     /* notes.txt, 2026/01/README.md, README.md */
    kj_file_list_free(&list);
}

/* A run that reads nothing after a month does not open later folders, but
 * takes everything up to the month as the whole walk does. */
static void walk_until_leaves_later_months_shut(void **state)
{
    (void)state;
    const char *inputs[] = {root};
    kj_file_list list = {0};
    skips s = {0};
    kj_date january = {2026, 1, 31};
    assert_int_equal(kj_archive_collect_until(inputs, 1, january, &list, on_skip, &s, NULL), KJ_OK);
    assert_int_equal(list.n_files, 2);
    assert_string_equal(list.files[0].path, "2026/01/20_甲社.md");
    assert_string_equal(list.files[1].path, "2026/01/XX_丙社.md");
    assert_int_equal(list.n_later, 1); /* 2026/02 */
    assert_int_equal(s.warnings, 0);   /* its loop is never met */
    kj_file_list_free(&list);
    assert_int_equal(list.n_later, 0);

    /* a year after the bound: the year folder stays shut */
    kj_date before = {2025, 12, 31};
    assert_int_equal(kj_archive_collect_until(inputs, 1, before, &list, NULL, NULL, NULL), KJ_OK);
    assert_int_equal(list.n_files, 0);
    assert_int_equal(list.n_later, 1);
    kj_file_list_free(&list);

    /* a bound after everything, or none: the whole walk */
    kj_date later = {2026, 2, 28};
    assert_int_equal(kj_archive_collect_until(inputs, 1, later, &list, NULL, NULL, NULL), KJ_OK);
    assert_int_equal(list.n_files, 3);
    assert_int_equal(list.n_later, 0);
    kj_file_list_free(&list);
    assert_int_equal(kj_archive_collect_until(inputs, 1, KJ_DATE_NONE, &list, NULL, NULL, NULL),
                     KJ_OK);
    assert_int_equal(list.n_files, 3);
    kj_file_list_free(&list);

    /* a month folder named as the input itself is always walked */
    char month[512];
    snprintf(month, sizeof month, "%s/2026/02", root);
    const char *month_input[] = {month};
    assert_int_equal(kj_archive_collect_until(month_input, 1, before, &list, NULL, NULL, NULL),
                     KJ_OK);
    /* 10_乙社, and the link 11_甲社: its real name lies outside the input */
    assert_int_equal(list.n_files, 2);
    kj_file_list_free(&list);
}

static void files_named_directly_and_twice(void **state)
{
    (void)state;
    char a[512], month[512];
    snprintf(a, sizeof a, "%s/2026/01/20_甲社.md", root);
    snprintf(month, sizeof month, "%s/2026/01", root);
    const char *inputs[] = {a, month, a};
    kj_file_list list = {0};
    assert_int_equal(kj_archive_collect(inputs, 3, &list, NULL, NULL, NULL), KJ_OK);
    assert_int_equal(list.n_files, 2);
    kj_file_list_free(&list);
}

static void missing_input_is_an_error(void **state)
{
    (void)state;
    const char *inputs[] = {"/nonexistent/kaiji/archive"};
    kj_file_list list = {0};
    kj_error err;
    assert_int_equal(kj_archive_collect(inputs, 1, &list, NULL, NULL, &err), KJ_ERR_NOINPUT);
    assert_non_null(strstr(err.message, "/nonexistent/kaiji/archive"));
    kj_file_list_free(&list);
}

static void path_tails(void **state)
{
    (void)state;
    size_t tail;
    assert_true(kj_archive_path_tail("/a/b/2025/06/03_日本.md", &tail));
    assert_int_equal(tail, 5);
    assert_true(kj_archive_path_tail("2025/12/XX_日産.md", &tail));
    assert_int_equal(tail, 0);
    assert_false(kj_archive_path_tail("2025/13/03_x.md", NULL));
    assert_false(kj_archive_path_tail("2025/06/3_x.md", NULL));
    assert_false(kj_archive_path_tail("2025/06/03_x.txt", NULL));
    assert_false(kj_archive_path_tail("x2025/06/03_x.md", NULL));
    assert_false(kj_archive_path_tail("06/03_x.md", NULL));
}

static void decode_utf8_bom_cp932_invalid(void **state)
{
    (void)state;
    char *text;
    size_t len;
    assert_int_equal(kj_decode("abc", 3, &text, &len), KJ_ENCODING_UTF8);
    assert_string_equal(text, "abc");
    free(text);
    assert_int_equal(kj_decode("\xEF\xBB\xBF# x", 6, &text, &len), KJ_ENCODING_UTF8_BOM);
    assert_string_equal(text, "# x");
    free(text);
    static const char sjis[] = "\x23\x20\x8C\xF6\x95\x5C\x8A\x54\x97\x76\x0A\x2D\x20\x8C\xC2\x90"
                               "\x6C\x8F\xEE\x95\xF1\x82\xCC\x98\x52\x82\xA6\x82\xA2\x0A";
    assert_int_equal(kj_decode(sjis, sizeof sjis - 1, &text, &len), KJ_ENCODING_CP932);
    assert_string_equal(text, "# 公表概要\n- 個人情報の漏えい\n");
    free(text);
    assert_int_equal(kj_decode("\xFF\xFE\xFD\x80\x00\x01", 6, &text, &len), KJ_ENCODING_INVALID);
    assert_null(text);
}

/* Half-width katakana are one byte in CP932 and three in UTF-8: a line of
 * them grows the text threefold, more than twice its CP932 length. */
static void decode_cp932_half_width_katakana(void **state)
{
    (void)state;
    static const char sjis[] =
        "\x23\x20\x8C\xF6\x95\x5C\x8A\x54\x97\x76\x0A\x2D\x20\xBC\xBD\xC3\xD1\xD2\xDD"
        "\xC3\xC5\xDD\xBD\xC6\xC2\xB2\xC3\xC9\xB5\xBC\xD7\xBE\x20\xBB\xB0\xCB\xDE\xBD"
        "\x20\xC3\xB2\xBC\x20\xC9\x20\xBA\xDE\xB1\xDD\xC5\xB2\x0A";
    static const char utf8[] = "# 公表概要\n- ｼｽﾃﾑﾒﾝﾃﾅﾝｽﾆﾂｲﾃﾉｵｼﾗｾ ｻｰﾋﾞｽ ﾃｲｼ ﾉ ｺﾞｱﾝﾅｲ\n";
    assert_true(sizeof utf8 - 1 > 2 * (sizeof sjis - 1) + 16);
    char *text;
    size_t len;
    assert_int_equal(kj_decode(sjis, sizeof sjis - 1, &text, &len), KJ_ENCODING_CP932);
    assert_string_equal(text, utf8);
    assert_int_equal(len, sizeof utf8 - 1);
    free(text);

    /* Nothing but half-width katakana: the worst case, three bytes each. */
    size_t n = 3000;
    char *kana = malloc(n);
    for (size_t i = 0; i < n; i++)
        kana[i] = (char)(0xB1 + i % 3 * 0x10); /* ｱ ﾁ ﾑ: no UTF-8 sequence among them */
    assert_int_equal(kj_decode(kana, n, &text, &len), KJ_ENCODING_CP932);
    assert_int_equal(len, 3 * n);
    assert_memory_equal(text, "ｱﾁﾑ", 9);
    free(text);
    free(kana);
}

static void decode_keeps_utf8_with_stray_bytes(void **state)
{
    (void)state;
    char *text;
    size_t len;
    /* One damaged byte in a UTF-8 release: kept, the byte read as U+FFFD,
     * neither dropped nor guessed to be CP932 mojibake. */
    static const char damaged[] = "# 公表概要\n- 個人情報の漏えい\xFFについて\n- 2026年1月7日\n";
    assert_int_equal(kj_decode(damaged, sizeof damaged - 1, &text, &len),
                     KJ_ENCODING_UTF8_REPAIRED);
    assert_string_equal(text, "# 公表概要\n- 個人情報の漏えい\uFFFDについて\n- 2026年1月7日\n");
    assert_int_equal(len, strlen(text));
    free(text);
    /* a truncated sequence at the end */
    static const char cut[] = "不正アクセスについてのお知らせ\xE6\x97";
    assert_int_equal(kj_decode(cut, sizeof cut - 1, &text, &len), KJ_ENCODING_UTF8_REPAIRED);
    assert_string_equal(text, "不正アクセスについてのお知らせ\uFFFD\uFFFD");
    free(text);
    /* a byte-order mark on bytes that are no UTF-8 is still refused */
    assert_int_equal(kj_decode("\xEF\xBB\xBF\xFF\xFE\x80", 6, &text, &len), KJ_ENCODING_INVALID);
    assert_null(text);
}

static void utf8_repair_in_buffers(void **state)
{
    (void)state;
    kj_buf b = {0};
    assert_int_equal(kj_buf_append_utf8(&b,
                                        "a\xC0\xAF"
                                        "b\xED\xA0\x80"
                                        "c",
                                        8),
                     5);
    assert_true(kj_utf8_valid(b.data, b.len));
    assert_string_equal(b.data, "a\uFFFD\uFFFD"
                                "b\uFFFD\uFFFD\uFFFD"
                                "c");
    kj_buf_reset(&b);
    assert_int_equal(kj_buf_append_utf8(&b, "", 0), 0);
    assert_string_equal(b.data, "");
    kj_buf_free(&b);
}

static void read_reports_missing_files(void **state)
{
    (void)state;
    char *text;
    size_t len;
    kj_encoding enc;
    kj_error err;
    assert_int_equal(kj_archive_read("/nonexistent/x.md", &text, &len, &enc, &err), KJ_ERR_NOINPUT);
    assert_non_null(strstr(err.message, "cannot open"));
    assert_int_equal(kj_archive_read(root, &text, &len, &enc, &err), KJ_ERR_NOINPUT);
}

static void walk_counts_entries_it_cannot_read(void **state)
{
    (void)state;
    char dir[512], path[600];
    snprintf(dir, sizeof dir, "%s/lost/2026/03", root);
    snprintf(path, sizeof path, "%s/lost", root);
    assert_int_equal(mkdir(path, 0755), 0);
    snprintf(path, sizeof path, "%s/lost/2026", root);
    assert_int_equal(mkdir(path, 0755), 0);
    assert_int_equal(mkdir(dir, 0755), 0);
    /* lost: a dangling link and a FIFO named like releases */
    snprintf(path, sizeof path, "%s/05_リンク切れ.md", dir);
    assert_int_equal(symlink("/nonexistent/x.md", path), 0);
    snprintf(path, sizeof path, "%s/06_パイプ.md", dir);
    assert_int_equal(mkfifo(path, 0644), 0);
    /* not lost: a loop (its folder is walked anyway), a dangling note */
    snprintf(path, sizeof path, "%s/loop", dir);
    assert_int_equal(symlink("..", path), 0);
    snprintf(path, sizeof path, "%s/notes.md", dir);
    assert_int_equal(symlink("/nonexistent/notes.md", path), 0);
    write_file("lost/2026/03/07_甲社.md", "# 公表概要\n");

    snprintf(path, sizeof path, "%s/lost", root);
    const char *inputs[] = {path};
    kj_file_list list = {0};
    skips s = {0};
    kj_error err;
    assert_int_equal(kj_archive_collect(inputs, 1, &list, on_skip, &s, &err), KJ_OK);
    assert_int_equal(list.n_files, 1);
    assert_int_equal(list.n_unreadable, 2);
    assert_int_equal(s.warnings, 4);
    kj_file_list_free(&list);
    assert_int_equal(list.n_unreadable, 0);
}

static void read_refuses_fifos_and_huge_files(void **state)
{
    (void)state;
    char path[512];
    char *text;
    size_t len;
    kj_encoding enc;
    kj_error err;
    /* A FIFO without a writer: refused at once, not waited on. */
    snprintf(path, sizeof path, "%s/fifo.md", root);
    assert_int_equal(mkfifo(path, 0644), 0);
    assert_int_equal(kj_archive_read(path, &text, &len, &enc, &err), KJ_ERR_NOINPUT);
    assert_non_null(strstr(err.message, "not a regular file"));
    unlink(path);
    /* Over the limit (a sparse file: no disk used): refused unread. */
    snprintf(path, sizeof path, "%s/huge.md", root);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fclose(f);
    assert_int_equal(truncate(path, (off_t)KJ_ARCHIVE_MAX_FILE_BYTES + 1), 0);
    assert_int_equal(kj_archive_read(path, &text, &len, &enc, &err), KJ_ERR_DATA);
    assert_non_null(strstr(err.message, "file too large: 33 MB"));
    assert_null(text);
    /* At the limit: read. */
    assert_int_equal(truncate(path, (off_t)KJ_ARCHIVE_MAX_FILE_BYTES), 0);
    assert_int_equal(kj_archive_read(path, &text, &len, &enc, &err), KJ_OK);
    assert_int_equal(len, KJ_ARCHIVE_MAX_FILE_BYTES);
    free(text);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(walk_takes_layout_files_in_order),
        cmocka_unit_test(walk_until_leaves_later_months_shut),
        cmocka_unit_test(files_named_directly_and_twice),
        cmocka_unit_test(missing_input_is_an_error),
        cmocka_unit_test(path_tails),
        cmocka_unit_test(decode_utf8_bom_cp932_invalid),
        cmocka_unit_test(decode_cp932_half_width_katakana),
        cmocka_unit_test(decode_keeps_utf8_with_stray_bytes),
        cmocka_unit_test(utf8_repair_in_buffers),
        cmocka_unit_test(read_reports_missing_files),
        cmocka_unit_test(walk_counts_entries_it_cannot_read),
        cmocka_unit_test(read_refuses_fifos_and_huge_files),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
