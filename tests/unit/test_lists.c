/*
 * Tests of the lists a user hands kaiji (lists.h): the exchange's list of
 * listed issues read from CSV (UTF-8 and CP932) and from an Excel 97–2003
 * workbook, matched against organisation names; the watch list, its names
 * found in text as whole names only, and the hits a release records
 * (kj_watch_scan).  The list is fictional (tests/data/listed-fictional.csv;
 * the workbook is written from it at build time by tests/tools/write_xls.py)
 * but for two real issues the corpus tests need.  Near misses — a
 * subsidiary whose name starts with its parent's, a name inside a longer
 * one — must not match.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "kaiji/extract.h"
#include "kaiji/lists.h"
#include "kaiji/parse.h"
#include "kaiji/text.h"

static char tmpdir[] = "/tmp/kaiji-test-lists-XXXXXX";

static const char *source_csv(void)
{
    return KAIJI_SOURCE_ROOT "/tests/data/listed-fictional.csv";
}

static void write_file(const char *path, const char *bytes, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(bytes, 1, len, f), len);
    fclose(f);
}

/* What every reading of the fictional list must give. */
static void check_fictional(const kj_listed *l)
{
    assert_int_equal(kj_listed_count(l), 11);
    const kj_listed_entry *e = kj_listed_match(l, "株式会社みなと精機");
    assert_non_null(e);
    assert_string_equal(e->code, "9001");
    assert_string_equal(e->market, "プライム（内国株式）");
    assert_string_equal(kj_listed_industry(e), "機械");
    assert_string_equal(e->industry17, "機械"); /* the trailing space is trimmed */
    assert_string_equal(e->date, "20260227");
    /* The legal form before or after, full width, a space. */
    assert_ptr_equal(kj_listed_match(l, "みなと精機株式会社"), e);
    assert_ptr_equal(kj_listed_match(l, "株式会社　みなと精機"), e);
    assert_ptr_equal(kj_listed_match(l, "㈱みなと精機"), e);
    /* Near misses: a longer and a shorter name are other companies. */
    assert_null(kj_listed_match(l, "株式会社みなと精機サービス"));
    assert_null(kj_listed_match(l, "株式会社みなと"));
    assert_null(kj_listed_match(l, "東みなと精機株式会社"));
    const kj_listed_entry *sales = kj_listed_match(l, "みなと精機販売株式会社");
    assert_non_null(sales);
    assert_string_equal(sales->code, "9002");
    /* A holding company is not its operating company, nor the reverse. */
    assert_null(kj_listed_match(l, "北浜フーズ株式会社"));
    assert_string_equal(kj_listed_match(l, "北浜フーズホールディングス株式会社")->code, "9006");
    /* The exchange's ＨＤ is ホールディングス. */
    assert_string_equal(kj_listed_match(l, "AOBA保険ホールディングス株式会社")->code, "9007");
    assert_string_equal(kj_listed_match(l, "aoba保険HD")->code, "9007");
    /* A code with a letter stays a string. */
    assert_string_equal(kj_listed_match(l, "株式会社ことぶき不動産")->code, "130A");
    /* An ETF has no industry. */
    const kj_listed_entry *etf = kj_listed_entry_at(l, 8);
    assert_string_equal(etf->code, "1399");
    assert_null(kj_listed_industry(etf));
    assert_string_equal(kj_listed_match(l, "カシオ計算機株式会社")->industry33, "電気機器");
    assert_null(kj_listed_match(l, "カシオ"));
    assert_null(kj_listed_match(l, "カシオ計算機サービス株式会社"));
    assert_null(kj_listed_match(l, ""));
    assert_null(kj_listed_match(l, "株式会社"));
}

static void listed_from_utf8_csv(void **state)
{
    (void)state;
    kj_listed *l = NULL;
    kj_error err;
    assert_int_equal(kj_listed_load(source_csv(), &l, &err), KJ_OK);
    check_fictional(l);
    kj_listed_free(l);
}

static void listed_from_cp932_csv(void **state)
{
    (void)state;
    /* CP932 with CRLF, as a spreadsheet saves it; the columns reordered
     * and a title line above the header. */
    static const char cp932[] =
        "\x93\x8c\x8f\xd8\x8f\xe3\x8f\xea\x96\xc1\x95\xbf\r\n" /* 東証上場銘柄 */
        "\x83\x52\x81\x5b\x83\x68,\x96\xc1\x95\xbf\x96\xbc,33\x8b\xc6\x8e\xed\x8b\xe6\x95\xaa\r\n"
        /* コード,銘柄名,33業種区分 */
        "9001,\x82\xdd\x82\xc8\x82\xc6\x90\xb8\x8b\x40,\x8b\x40\x8a\x42\r\n"; /* 9001,みなと精機,機械
                                                                               */
    char path[256];
    snprintf(path, sizeof path, "%s/cp932.csv", tmpdir);
    write_file(path, cp932, sizeof cp932 - 1);
    kj_listed *l = NULL;
    kj_error err;
    assert_int_equal(kj_listed_load(path, &l, &err), KJ_OK);
    assert_int_equal(kj_listed_count(l), 1);
    const kj_listed_entry *e = kj_listed_match(l, "株式会社みなと精機");
    assert_non_null(e);
    assert_string_equal(e->industry33, "機械");
    assert_string_equal(e->market, "-"); /* a column the file lacks */
    kj_listed_free(l);
}

static void listed_from_workbook(void **state)
{
    (void)state;
    const char *xls = getenv("KAIJI_LISTED_XLS");
    assert_non_null(xls); /* written by the build from the CSV */
    kj_listed *l = NULL;
    kj_error err;
    kj_status st = kj_listed_load(xls, &l, &err);
    if (st != KJ_OK)
        fprintf(stderr, "%s\n", err.message);
    assert_int_equal(st, KJ_OK);
    check_fictional(l);
    kj_listed_free(l);
}

static void listed_errors(void **state)
{
    (void)state;
    char path[256];
    kj_listed *l = (kj_listed *)1;
    kj_error err;
    snprintf(path, sizeof path, "%s/none.csv", tmpdir);
    assert_int_equal(kj_listed_load(path, &l, &err), KJ_ERR_NOINPUT);
    assert_null(l);
    snprintf(path, sizeof path, "%s/noheader.csv", tmpdir);
    write_file(path, "a,b\n1,2\n", 8);
    assert_int_equal(kj_listed_load(path, &l, &err), KJ_ERR_DATA);
    assert_non_null(strstr(err.message, "コード"));
    snprintf(path, sizeof path, "%s/empty.csv", tmpdir);
    write_file(path, "コード,銘柄名\n", strlen("コード,銘柄名\n"));
    assert_int_equal(kj_listed_load(path, &l, &err), KJ_ERR_DATA);
    assert_non_null(strstr(err.message, "no listed issue"));
    /* A broken workbook: the signature, then nothing. */
    snprintf(path, sizeof path, "%s/broken.xls", tmpdir);
    write_file(path, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1garbage", 15);
    assert_int_equal(kj_listed_load(path, &l, &err), KJ_ERR_DATA);
    assert_non_null(strstr(err.message, "workbook"));
}

/* -------------------------------------------------------------- watch */

static kj_watch *watch_of(const char *text)
{
    kj_watch *w = NULL;
    kj_error err;
    kj_status st = kj_watch_parse(text, strlen(text), "watch.txt", &w, &err);
    if (st != KJ_OK)
        fprintf(stderr, "%s\n", err.message);
    assert_int_equal(st, KJ_OK);
    return w;
}

/* The entry found in `text` (normalised first), or -1. */
static long found_in(const kj_watch *w, const char *text)
{
    kj_arena *a = kj_arena_new();
    size_t len, entry, at, n;
    const char *norm = kj_normalize(a, text, strlen(text), &len);
    long r = kj_watch_find(w, norm, len, &entry, &at, &n) ? (long)entry : -1;
    kj_arena_free(a);
    return r;
}

static void watch_names_and_aliases(void **state)
{
    (void)state;
    kj_watch *w = watch_of("# 当社と取引先\n"
                           "株式会社みなと精機, みなと精機(株)\n"
                           "\n"
                           "IIJ｜インターネットイニシアティブ\n"
                           "  斎藤コロタイプ印刷株式会社\t斎藤コロタイプ\n");
    assert_int_equal(kj_watch_count(w), 3);
    assert_string_equal(kj_watch_name(w, 0), "株式会社みなと精機");
    assert_string_equal(kj_watch_name(w, 1), "IIJ");
    assert_string_equal(kj_watch_name(w, 2), "斎藤コロタイプ印刷株式会社");

    /* Whole names, with their legal forms and the words that stay with them. */
    assert_int_equal(found_in(w, "株式会社みなと精機のサーバーが攻撃を受けました。"), 0);
    assert_int_equal(found_in(w, "委託先であるみなと精機（株）において"), 0);
    assert_int_equal(found_in(w, "みなと精機様からの連絡により"), 0);
    assert_int_equal(found_in(w, "当社とみなと精機は"), 0);
    assert_int_equal(found_in(w, "みなと精機グループの各社"), 0);
    assert_int_equal(found_in(w, "ＩＩＪ社のメールサービス"), 1);
    assert_int_equal(found_in(w, "株式会社インターネットイニシアティブが提供する"), 1);
    assert_int_equal(found_in(w, "斎藤コロタイプ社が製作する卒業アルバム"), 2);
    /* Near misses: names that continue, or begin, another name. */
    assert_int_equal(found_in(w, "みなと精機販売株式会社のサイトで"), -1);
    assert_int_equal(found_in(w, "東みなと精機株式会社は"), -1);
    assert_int_equal(found_in(w, "IIJmioをご利用のお客様"), -1);
    assert_int_equal(found_in(w, "AIIJ協会"), -1);
    assert_int_equal(found_in(w, "斎藤コロタイプ印刷所"), -1);
    assert_int_equal(found_in(w, "みなと"), -1);

    /* Organisation names: the same key, or the name inside as a whole name. */
    assert_int_equal(kj_watch_match_name(w, "みなと精機株式会社"), 0);
    assert_int_equal(kj_watch_match_name(w, "株式会社 インターネットイニシアティブ"), 1);
    assert_int_equal(kj_watch_match_name(w, "みなと精機販売株式会社"), -1);
    assert_int_equal(kj_watch_match_name(w, "株式会社みなと"), -1);
    kj_watch_free(w);
}

static void watch_errors(void **state)
{
    (void)state;
    kj_watch *w = NULL;
    kj_error err;
    assert_int_equal(kj_watch_parse("# nothing\n\n", 11, "w.txt", &w, &err), KJ_ERR_DATA);
    assert_null(w);
    const char *text = "株式会社みなと精機\n株式会社\n";
    assert_int_equal(kj_watch_parse(text, strlen(text), "w.txt", &w, &err), KJ_ERR_DATA);
    assert_non_null(strstr(err.message, "w.txt:2:"));
    text = "A\n";
    assert_int_equal(kj_watch_parse(text, strlen(text), "w.txt", &w, &err), KJ_ERR_DATA);
    assert_non_null(strstr(err.message, "too short"));
}

static kj_release *release_of(const char *org, const char *body)
{
    char text[8192];
    int n = snprintf(text, sizeof text,
                     "# 公表概要\n- 卒業アルバムの制作委託先におけるランサムウェア被害について\n"
                     "- 2026年2月3日\n- %s\n\n# 本文\n%s",
                     org, body);
    kj_release *rel = kj_release_new("t.md", "2026/02/03_t.md");
    kj_parse_release(rel, text, (size_t)n);
    return rel;
}

static void watch_hits_of_a_release(void **state)
{
    (void)state;
    kj_watch *w = watch_of("斎藤コロタイプ印刷株式会社\n学校法人さくら学園\nIIJ\n");
    /* Named in the text: the sentence that names it. */
    kj_release *rel = release_of("学校法人ためし高校",
                                 "本校は平素より格別のご支援を賜っております。"
                                 "卒業アルバムの制作を委託している斎藤コロタイプ印刷株式会社が"
                                 "ランサムウェアの被害を受けました。詳細は調査中です。\n");
    kj_watch_scan(w, rel);
    assert_int_equal(rel->n_watch_hits, 1);
    assert_int_equal(rel->watch_hits[0].entry, 0);
    assert_int_equal(rel->watch_hits[0].where, KJ_WATCH_TEXT);
    assert_string_equal(rel->watch_hits[0].name, "斎藤コロタイプ印刷株式会社");
    assert_string_equal(rel->watch_hits[0].sentence,
                        "卒業アルバムの制作を委託している斎藤コロタイプ印刷株式会社が"
                        "ランサムウェアの被害を受けました。");
    kj_release_free(rel);

    /* The organisation itself: the strongest place; its title when the
     * text does not name it. */
    rel = release_of("学校法人さくら学園", "本学園のサーバーに不正アクセスがありました。\n");
    rel->origin = "IIJ";
    kj_watch_scan(w, rel);
    assert_int_equal(rel->n_watch_hits, 2);
    assert_int_equal(rel->watch_hits[0].entry, 1);
    assert_int_equal(rel->watch_hits[0].where, KJ_WATCH_ORGANIZATION);
    assert_string_equal(rel->watch_hits[0].sentence,
                        "卒業アルバムの制作委託先におけるランサムウェア被害について");
    assert_int_equal(rel->watch_hits[1].entry, 2);
    assert_int_equal(rel->watch_hits[1].where, KJ_WATCH_ORIGIN);
    /* The hits survive compaction (the text dropped). */
    rel = kj_release_compact(rel);
    assert_int_equal(rel->n_watch_hits, 2);
    assert_string_equal(rel->watch_hits[1].name, "IIJ");
    kj_release_free(rel);

    /* A near miss names nothing. */
    rel = release_of("斎藤コロタイプ印刷所", "さくら学園前駅の近くにある当社の店舗で。\n");
    kj_watch_scan(w, rel);
    assert_int_equal(rel->n_watch_hits, 0);
    kj_release_free(rel);
    kj_watch_free(w);
}

static int setup(void **state)
{
    (void)state;
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(listed_from_utf8_csv),    cmocka_unit_test(listed_from_cp932_csv),
        cmocka_unit_test(listed_from_workbook),    cmocka_unit_test(listed_errors),
        cmocka_unit_test(watch_names_and_aliases), cmocka_unit_test(watch_errors),
        cmocka_unit_test(watch_hits_of_a_release),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
