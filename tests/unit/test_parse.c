/* Tests of the parse stage: Markdown text to overview and blocks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "kaiji/parse.h"
#include "kaiji/text.h"

static kj_release *parse(const char *path, const char *md)
{
    kj_release *rel = kj_release_new(path, path);
    kj_parse_release(rel, md, strlen(md));
    return rel;
}

static const char *fmt(kj_date d)
{
    static char buf[11];
    return kj_date_format(d, buf);
}

static bool has_problem(const kj_release *rel, kj_problem p)
{
    for (size_t i = 0; i < rel->n_diags; i++)
        if (rel->diags[i].problem == p)
            return true;
    return false;
}

static const char sample[] =
    "# 公表概要\n"
    "- ランサムウェア被害に関するお知らせ（第2報）\n"
    "- 2026年2月10日\n"
    "- 株式会社みなと精機、株式会社みなとロジ\n"
    "- https://www.example.co.jp/news/0210.html\n"
    "- 第1報：https://github.com/x/SecurityIncidentArchive/blob/main/2026/01/"
    "20_%E7%94%B2%E7%A4%BE.md\n"
    "\n"
    "# 事案ID\n"
    "- 2026-01-20-株式会社みなと精機\n"
    "# 公表種別\n"
    "- 続報\n"
    "\n"
    "# 本文\n"
    "当社サーバーが暗号化される被害を受けました。\n"
    "詳細は調査中です。\n"
    "\n"
    "## 1. 経緯\n"
    "### 個人情報（約2,850名）\n"
    "- 氏名\n"
    "- 住所\n"
    "  - 郵便番号を含む\n"
    "\n"
    "| 区分 | 件数 |\n"
    "|---|---|\n"
    "| お取引先様 | 約1,200件 |\n"
    "| 従業員 | 850名 |\n"
    "\n"
    "## 2. 対応\n"
    "> 引用された文\n"
    "\n"
    "```\n"
    "code text\n"
    "```\n";

static void overview_fields(void **state)
{
    (void)state;
    kj_release *rel = parse("2026/02/10_株式会社みなと精機.md", sample);
    const kj_overview *ov = &rel->overview;
    assert_true(ov->present);
    assert_string_equal(ov->title, "ランサムウェア被害に関するお知らせ（第2報）");
    assert_string_equal(fmt(rel->published), "2026-02-10");
    assert_int_equal(ov->n_organizations, 2);
    assert_string_equal(ov->organizations[1], "株式会社みなとロジ");
    assert_string_equal(ov->source_url, "https://www.example.co.jp/news/0210.html");
    assert_int_equal(ov->n_links, 1);
    assert_string_equal(ov->links[0].label, "第1報");
    assert_string_equal(ov->links[0].archive_path, "2026/01/20_甲社.md");
    assert_int_equal(ov->n_meta, 2);
    assert_string_equal(ov->meta[0].key, "事案ID");
    assert_string_equal(ov->meta[0].value, "2026-01-20-株式会社みなと精機");
    assert_string_equal(ov->meta[1].key, "公表種別");
    assert_string_equal(ov->meta[1].value, "続報");
    assert_int_equal(rel->n_diags, 0);
    kj_release_free(rel);
}

static const kj_block *find_block(const kj_release *rel, const char *norm)
{
    for (size_t i = 0; i < rel->doc.n_blocks; i++)
        if (strcmp(rel->doc.blocks[i].text.norm, norm) == 0)
            return &rel->doc.blocks[i];
    return NULL;
}

static void body_blocks(void **state)
{
    (void)state;
    kj_release *rel = parse("2026/02/10_株式会社みなと精機.md", sample);
    const kj_document *doc = &rel->doc;
    /* soft line break inside Japanese joins without a space */
    const kj_block *b =
        find_block(rel, "当社サーバーが暗号化される被害を受けました。詳細は調査中です。");
    assert_non_null(b);
    assert_int_equal(b->section, -1);
    assert_int_equal(b->list_item, -1);

    b = find_block(rel, "個人情報(約2,850名)");
    assert_non_null(b);
    assert_int_equal(b->kind, KJ_BLOCK_HEADING);
    assert_int_equal(b->heading_level, 3);
    assert_string_equal(b->text.raw, "個人情報（約2,850名）");
    assert_string_equal(doc->sections[b->section].path, "1.経緯 > 個人情報(約2,850名)");

    b = find_block(rel, "郵便番号を含む");
    assert_non_null(b);
    assert_int_equal(b->list_depth, 2);
    const kj_block *parent = find_block(rel, "住所");
    assert_int_equal(parent->list_depth, 1);
    assert_true(b->list_item != parent->list_item);

    b = find_block(rel, "約1,200件");
    assert_non_null(b);
    assert_int_equal(b->kind, KJ_BLOCK_TABLE_CELL);
    assert_int_equal(b->row, 1);
    assert_int_equal(b->col, 1);
    b = find_block(rel, "区分");
    assert_int_equal(b->row, 0);
    assert_int_equal(doc->n_tables, 1);

    b = find_block(rel, "引用された文");
    assert_true(b->quoted);
    assert_string_equal(doc->sections[b->section].path, "2.対応");
    b = find_block(rel, "code text");
    assert_int_equal(b->kind, KJ_BLOCK_CODE);
    kj_release_free(rel);
}

/* A PDF converted line by line: indented lines cut mid-sentence, each a
 * paragraph, are one paragraph again; a line that ends its sentence, or
 * one not indented, starts a new one. */
static void wrapped_lines_of_a_converted_pdf(void **state)
{
    (void)state;
    kj_release *rel =
        parse("2026/02/10_架空町.md",
              "# 公表概要\n- お知らせ\n- 2026年2月10日\n- 架空町\n- https://example.jp/\n\n"
              "# 本文\n## 経緯\n\n"
              "\xe3\x80\x80\xe3\x80\x80２月４日、町立中学校から、制作を受注した事業者の\n\n"
              "\xe3\x80\x80システムが攻撃を受けたと報告がありました。\n\n"
              "\xe3\x80\x80\xe3\x80\x80なお、二次被害は確認されていません。\n\n"
              "当面の対応は次のとおりです\n\n"
              "\xe3\x80\x80事業者と協議します。\n");
    const kj_document *doc = &rel->doc;
    const kj_block *b = find_block(
        rel,
        "2月4日、町立中学校から、制作を受注した事業者のシステムが攻撃を受けたと報告がありました。");
    assert_non_null(b);
    assert_int_equal(b->kind, KJ_BLOCK_PARAGRAPH);
    assert_non_null(find_block(rel, "なお、二次被害は確認されていません。"));
    assert_non_null(find_block(rel, "当面の対応は次のとおりです"));
    assert_non_null(find_block(rel, "事業者と協議します。"));
    assert_int_equal(doc->n_blocks, 5); /* heading, three paragraphs of lines, two more */
    kj_release_free(rel);
}

/* A timeline row wrapped under its text column: the row's date opens a line
 * that is not indented, its text goes on in a line indented four ideographic
 * spaces or more, and the two are one paragraph; a line indented less after
 * a finished row is not. */
static void timeline_rows_wrapped_under_their_column(void **state)
{
    (void)state;
    kj_release *rel =
        parse("2026/02/10_架空市.md",
              "# 公表概要\n- お知らせ\n- 2026年2月10日\n- 架空市\n- https://example.jp/\n\n"
              "# 本文\n## 経緯\n\n"
              "令和7年5月\xe3\x80\x80\xe3\x80\x80・制作会社が利用するシステムの管理会社の\n\n"
              "\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80"
              "サーバが不正アクセスを受けた。\n\n"
              "令和8年1月\xe3\x80\x80\xe3\x80\x80・文書が学校に届いた。\n\n"
              "\xe3\x80\x80勝田中学校\xe3\x80\x80\xe3\x80\x80\xe3\x80\x80"
              "2020年度\n");
    assert_non_null(find_block(
        rel, "令和7年5月・制作会社が利用するシステムの管理会社のサーバが不正アクセスを受けた。"));
    assert_non_null(find_block(rel, "令和8年1月・文書が学校に届いた。"));
    assert_non_null(find_block(rel, "勝田中学校2020年度"));
    kj_release_free(rel);
}

/* Items written one a line in a paragraph (`対象日:…` / `対象者:…`, a
 * note `※…`) are paragraphs of their own; a label with no value on its
 * line heads the lines under it, and a line wrapped mid-sentence is joined
 * as before. */
static void items_written_one_a_line(void **state)
{
    (void)state;
    kj_release *rel =
        parse("2026/02/10_架空商事.md",
              "# 公表概要\n- お知らせ\n- 2026年2月10日\n- 架空商事\n- https://example.jp/\n\n"
              "# 本文\n## 対象\n\n"
              "対象期間：2025年4月1日から2025年9月30日までのご注文\n"
              "・対象者 ：会員登録をされた方\n"
              "※カード情報は含まれておりません。\n\n"
              "・内訳：\n"
              "会員 30件\n\n"
              "当社は、外部の専門家と\n"
              "調査を進めております。\n");
    assert_non_null(find_block(rel, "対象期間:2025年4月1日から2025年9月30日までのご注文"));
    assert_non_null(find_block(rel, "・対象者:会員登録をされた方"));
    assert_non_null(find_block(rel, "※カード情報は含まれておりません。"));
    assert_non_null(find_block(rel, "・内訳:会員30件"));
    assert_non_null(find_block(rel, "当社は、外部の専門家と調査を進めております。"));
    kj_release_free(rel);
}

static void swapped_date_and_organisation(void **state)
{
    (void)state;
    kj_release *rel = parse("2026/03/31_甲社.md", "# 公表概要\n- 題名\n- 甲社\n- 2026年3月31日\n"
                                                  "- https://example.jp/\n\n# 本文\n本文。\n");
    assert_string_equal(fmt(rel->published), "2026-03-31");
    assert_int_equal(rel->overview.n_organizations, 1);
    assert_string_equal(rel->overview.organizations[0], "甲社");
    assert_string_equal(rel->overview.source_url, "https://example.jp/");
    kj_release_free(rel);
}

static void dash_without_space_is_still_a_bullet(void **state)
{
    (void)state;
    kj_release *rel = parse("2025/12/25_乙社.md",
                            "# 公表概要\n- 題名\n-2025年12月25日\n- 乙社\n\n# 本文\n本文。\n");
    assert_string_equal(fmt(rel->published), "2025-12-25");
    assert_string_equal(rel->overview.title, "題名");
    assert_string_equal(rel->overview.organizations[0], "乙社");
    kj_release_free(rel);
}

static void links_under_metadata_sections(void **state)
{
    (void)state;
    kj_release *rel =
        parse("2026/03/02_壬社.md",
              "# 公表概要\n- 題\n- 2026年3月2日\n- 壬社\n- https://example.jp/\n"
              "# 公表種別\n- 続報\n"
              "- 第1報：https://github.com/x/y/blob/main/2026/02/01_%E5%A3%AC%E7%A4%BE.md\n"
              "# 本文\n文。\n");
    assert_int_equal(rel->overview.n_links, 1);
    assert_string_equal(rel->overview.links[0].label, "第1報");
    assert_string_equal(rel->overview.links[0].archive_path, "2026/02/01_壬社.md");
    assert_int_equal(rel->overview.n_meta, 1);
    assert_string_equal(rel->overview.meta[0].key, "公表種別");
    assert_string_equal(rel->overview.meta[0].value, "続報");
    kj_release_free(rel);
}

/* Release `rel`'s dates: the date it counts on, the date its record keeps
 * (SCHEMA's `published`), and whether the file name's date was used in
 * place of the overview's (flagged, with a warning); then frees it. */
static void assert_dated(kj_release *rel, const char *counted, const char *kept, bool from_path)
{
    assert_string_equal(fmt(rel->published), counted);
    assert_string_equal(fmt(kj_release_schema_date(rel)), kept);
    assert_int_equal((rel->flags & KJ_RELEASE_DATE_FROM_PATH) != 0, from_path);
    assert_int_equal(has_problem(rel, KJ_PROBLEM_BAD_DATE), from_path);
    kj_release_free(rel);
}

/* An overview date a year from the folder the archive filed it in is a slip
 * of the notice: the file name's date is used, with a warning; a date a few
 * days off is the notice's own. */
static void a_far_overview_date_yields_to_the_folder(void **state)
{
    (void)state;
    kj_release *rel = parse("2025/01/08_戊社.md",
                            "# 公表概要\n- 題\n- 2026年1月8日\n- 戊社\n- https://example.jp/\n"
                            "# 本文\n文。\n");
    /* the record keeps the date as written (SCHEMA's `published`) */
    assert_dated(rel, "2025-01-08", "2026-01-08", true);
    rel = parse("2025/09/05_戊社.md",
                "# 公表概要\n- 題\n- 2025年8月25日\n- 戊社\n- https://example.jp/\n"
                "# 本文\n文。\n");
    assert_dated(rel, "2025-08-25", "2025-08-25", false);
}

/* A follow-up whose date bullet repeats the date of an earlier report it
 * links (the bullet copied from that report's overview) counts on the file
 * name's later date, with a warning; the record keeps the date as written. */
static void a_date_copied_from_the_linked_report(void **state)
{
    (void)state;
    kj_release *rel =
        parse("2026/05/08_己社.md",
              "# 公表概要\n- 題(更新)\n- 2026年4月20日\n- 己社\n- https://example.jp/\n"
              "- 第2報：https://github.com/x/y/blob/main/2026/04/20_%E5%B7%B1%E7%A4%BE.md\n"
              "# 本文\n文。\n");
    assert_dated(rel, "2026-05-08", "2026-04-20", true);
    /* a date of its own beside a link to an earlier report stands */
    rel = parse("2026/05/08_己社.md",
                "# 公表概要\n- 題(更新)\n- 2026年5月7日\n- 己社\n- https://example.jp/\n"
                "- 第2報：https://github.com/x/y/blob/main/2026/04/20_%E5%B7%B1%E7%A4%BE.md\n"
                "# 本文\n文。\n");
    assert_dated(rel, "2026-05-07", "2026-05-07", false);
}

static void missing_overview_falls_back_to_path(void **state)
{
    (void)state;
    kj_release *rel = parse("2026/02/XX_丙市、丁町.md", "本文だけのファイル。\n");
    assert_false(rel->overview.present);
    assert_true(has_problem(rel, KJ_PROBLEM_NO_OVERVIEW));
    assert_string_equal(fmt(rel->published), "2026-02");
    assert_true(rel->flags & KJ_RELEASE_DATE_FROM_PATH);
    assert_int_equal(rel->overview.n_organizations, 2);
    assert_string_equal(rel->overview.organizations[1], "丁町");
    assert_int_equal(rel->doc.n_blocks, 1);
    kj_release_free(rel);
}

static void unreadable_date_is_flagged(void **state)
{
    (void)state;
    kj_release *rel = parse("2025/04/01_戊社.md", "# 公表概要\n- 題名\n- 日付記載なし\n- 戊社\n");
    assert_true(has_problem(rel, KJ_PROBLEM_BAD_DATE));
    assert_string_equal(fmt(rel->published), "2025-04-01");
    kj_release_free(rel);
}

static void crlf_and_empty_input(void **state)
{
    (void)state;
    kj_release *rel =
        parse("2026/01/05_己社.md",
              "# 公表概要\r\n- 題名\r\n- 2026年1月5日\r\n- 己社\r\n\r\n# 本文\r\n文。\r\n");
    assert_string_equal(fmt(rel->published), "2026-01-05");
    assert_string_equal(rel->overview.organizations[0], "己社");
    assert_string_equal(rel->doc.blocks[0].text.raw, "文。");
    kj_release_free(rel);
    rel = parse("2026/01/06_庚社.md", "");
    assert_int_equal(rel->doc.n_blocks, 0);
    assert_string_equal(rel->overview.organizations[0], "庚社");
    kj_release_free(rel);
}

static void deep_nesting_does_not_crash(void **state)
{
    (void)state;
    kj_buf md = {0};
    kj_buf_puts(&md, "# 公表概要\n- t\n- 2026年1月1日\n- 辛社\n\n# 本文\n");
    for (int i = 0; i < 10000; i++)
        kj_buf_puts(&md, "> ");
    kj_buf_puts(&md, "deep\n\n");
    for (int i = 0; i < 2000; i++) {
        for (int k = 0; k < i; k++)
            kj_buf_puts(&md, "  ");
        kj_buf_puts(&md, "- item\n");
    }
    kj_release *rel = parse("2026/01/01_辛社.md", md.data);
    assert_true(rel->doc.n_blocks > 1);
    kj_release_free(rel);
    kj_buf_free(&md);
}

static void long_headings_are_cut_in_section_paths(void **state)
{
    (void)state;
    kj_buf md = {0};
    kj_buf_puts(&md, "# 公表概要\n- t\n- 2026年1月1日\n- 壬社\n\n# 本文\n# ");
    for (int i = 0; i < 100000; i++)
        kj_buf_puts(&md, "見");
    kj_buf_puts(&md, "\n");
    for (int i = 0; i < 1000; i++)
        kj_buf_puts(&md, "## 小見出し\n本文。\n");
    kj_release *rel = parse("2026/01/01_壬社.md", md.data);
    assert_int_equal(rel->doc.n_sections, 1001);
    /* the heading block keeps its text; paths carry 85 characters of it */
    assert_int_equal(rel->doc.blocks[0].text.norm_len, 300000);
    const char *path = rel->doc.sections[1000].path;
    assert_int_equal(strlen(path), 255 + strlen("… > 小見出し"));
    assert_true(kj_utf8_valid(path, strlen(path)));
    assert_true(kj_arena_used(rel->arena) < 8 * 1024 * 1024);
    kj_release_free(rel);
    kj_buf_free(&md);
}

static size_t table_cells(const kj_release *rel)
{
    size_t n = 0;
    for (size_t i = 0; i < rel->doc.n_blocks; i++)
        n += rel->doc.blocks[i].kind == KJ_BLOCK_TABLE_CELL;
    return n;
}

static void tables_too_large_are_read_as_text(void **state)
{
    (void)state;
    static const char head[] = "# 公表概要\n- t\n- 2026年1月1日\n- 癸社\n\n# 本文\n";
    kj_buf md = {0};
    /* A 3,000-column header over 3,000 one-word lines: nine million cells. */
    kj_buf_puts(&md, head);
    kj_buf_puts(&md, "|");
    for (int i = 0; i < 3000; i++)
        kj_buf_puts(&md, "列|");
    kj_buf_puts(&md, "\n|");
    for (int i = 0; i < 3000; i++)
        kj_buf_puts(&md, "-|");
    kj_buf_puts(&md, "\n");
    for (int i = 0; i < 3000; i++)
        kj_buf_puts(&md, "x\n");
    kj_release *rel = parse("2026/01/01_癸社.md", md.data);
    assert_true(has_problem(rel, KJ_PROBLEM_REPAIRED));
    assert_int_equal(table_cells(rel), 0);
    assert_int_equal(rel->doc.n_blocks, 1); /* the whole table as one paragraph */
    kj_release_free(rel);

    /* The same inside a block quote. */
    kj_buf_reset(&md);
    kj_buf_puts(&md, head);
    kj_buf_puts(&md, "> |a|b|c|d|e|f|g|h|\n> |-|-|-|-|-|-|-|-|\n");
    for (int i = 0; i < 40000; i++)
        kj_buf_puts(&md, "> x\n");
    rel = parse("2026/01/01_癸社.md", md.data);
    assert_true(has_problem(rel, KJ_PROBLEM_REPAIRED));
    assert_int_equal(table_cells(rel), 0);
    kj_release_free(rel);

    /* An ordinary table and a long table stay tables. */
    kj_buf_reset(&md);
    kj_buf_puts(&md, head);
    kj_buf_puts(&md, "| 区分 | 件数 |\n| --- | ---: |\n| 顧客 | 1件 |\n\n|a|b|\n|-|-|\n");
    for (int i = 0; i < 100000; i++)
        kj_buf_puts(&md, "|1|2|\n");
    rel = parse("2026/01/01_癸社.md", md.data);
    assert_false(has_problem(rel, KJ_PROBLEM_REPAIRED));
    assert_int_equal(table_cells(rel), 4 + 2 + 200000);
    kj_release_free(rel);
    kj_buf_free(&md);
}

static void file_name_that_is_not_utf8(void **state)
{
    (void)state;
    /* found by fuzz_release (regress/release/path-not-utf8.md): the record
     * lost its `path` and organisation, which JSON cannot hold as bytes */
    kj_release *rel = parse("2026/01/05_\xFF\x1B[2J社.md", "本文。\n");
    assert_string_equal(rel->path, "2026/01/05_\xEF\xBF\xBD\x1B[2J社.md");
    assert_string_equal(rel->file, "2026/01/05_\xFF\x1B[2J社.md");
    assert_true(has_problem(rel, KJ_PROBLEM_REPAIRED));
    assert_true(
        kj_utf8_valid(rel->overview.organizations[0], strlen(rel->overview.organizations[0])));
    kj_release_free(rel);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(overview_fields),
        cmocka_unit_test(body_blocks),
        cmocka_unit_test(wrapped_lines_of_a_converted_pdf),
        cmocka_unit_test(timeline_rows_wrapped_under_their_column),
        cmocka_unit_test(items_written_one_a_line),
        cmocka_unit_test(swapped_date_and_organisation),
        cmocka_unit_test(dash_without_space_is_still_a_bullet),
        cmocka_unit_test(links_under_metadata_sections),
        cmocka_unit_test(missing_overview_falls_back_to_path),
        cmocka_unit_test(a_far_overview_date_yields_to_the_folder),
        cmocka_unit_test(a_date_copied_from_the_linked_report),
        cmocka_unit_test(unreadable_date_is_flagged),
        cmocka_unit_test(crlf_and_empty_input),
        cmocka_unit_test(deep_nesting_does_not_crash),
        cmocka_unit_test(long_headings_are_cut_in_section_paths),
        cmocka_unit_test(tables_too_large_are_read_as_text),
        cmocka_unit_test(file_name_that_is_not_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
