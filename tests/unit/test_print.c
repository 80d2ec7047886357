/*
 * Tests of what print quality asks of the engine (issue 16): quoted text
 * printed in one form, the JLReq quarter em between Japanese and Latin
 * letters or digits, no ligatures, widow control, cells broken between
 * phrases with dates kept with their labels, columns sized from what they
 * hold, and a tagged PDF.  Every sentence and name is composed for the
 * test.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../src/render/render_internal.h"
#include "kaiji/render.h"
#include "renderer_fixture.h"
#include "kaiji/text.h"

static int setup(void **state)
{
    (void)state;
    return renderer_setup("print");
}

static int teardown(void **state)
{
    (void)state;
    return renderer_teardown();
}

/* ------------------------------------------------------------ display */

/* The display form of `text`, the quarter ems shown as '_'. */
static char *shown(const char *text)
{
    kj_display_text d;
    kj_display_text_make(text, strlen(text), &d);
    char *out = strdup(d.text);
    for (size_t i = 0; i < d.n_spaces; i++)
        out[d.spaces[i]] = '_';
    /* every byte maps back into the input, in order */
    for (size_t i = 0; i < d.len; i++)
        assert_true(d.src[i] <= d.src[i + 1] && d.src[i] <= strlen(text));
    assert_int_equal(d.src[d.len], strlen(text));
    kj_display_text_free(&d);
    return out;
}

static void expect_shown(const char *text, const char *want)
{
    char *got = shown(text);
    if (strcmp(got, want) != 0)
        fprintf(stderr, "'%s' shown as '%s', not '%s'\n", text, got, want);
    assert_string_equal(got, want);
    free(got);
}

static void quoted_text_is_printed_in_one_form(void **state)
{
    (void)state;
    /* full-width digits and letters, stray spaces */
    expect_shown("2026 年 5 月 1５日に公表", "2026年5月15日に公表");
    expect_shown("ＡＢＣ社の２５件", "ABC_社の_25件");
    /* half-width katakana with voicing marks */
    expect_shown("ｶﾞｲﾄﾞﾌﾞｯｸ｢ﾃｽﾄ｣", "ガイドブック「テスト」");
    /* ASCII brackets and colons inside Japanese */
    expect_shown("見本商事(株)の東京(本社)", "見本商事（株）の東京（本社）");
    expect_shown("日時:10時30分", "日時：10時30分");
    expect_shown("see (page 3): done", "see (page 3): done");
    /* a space between Japanese words goes, one between Latin words stays */
    expect_shown("見本 商事の Office Suite", "見本商事の_Office Suite");
    /* Kangxi radicals pasted from a PDF, invisible characters */
    expect_shown("⽇本\u200bの⼈", "日本の人");
    /* URLs and addresses exactly as written */
    expect_shown("詳細はhttps://example.jp/(a)/ＡＢをご覧ください",
                 "詳細は_https://example.jp/(a)/AB_をご覧ください");
    expect_shown("info@example.jpまで", "info@example.jp_まで");
}

static void a_quarter_em_between_japanese_and_latin(void **state)
{
    (void)state;
    /* JLReq 3.2.6: between Japanese and a Latin letter or a digit ... */
    expect_shown("顧客2,528,500人が対象", "顧客_2,528,500人が対象");
    expect_shown("原因はEmotetと呼ばれるマルウェア", "原因は_Emotet_と呼ばれるマルウェア");
    expect_shown("IDとパスワード", "ID_とパスワード");
    /* ... not inside a number with its unit, nor next to brackets and
     * stops, which carry their own space */
    expect_shown("2025年4月1日に第2報", "2025年4月1日に第2報");
    expect_shown("約1,200件と3万8千人", "約1,200件と_3万8千人");
    expect_shown("攻撃（Emotet）、Qbot。", "攻撃（Emotet）、Qbot。");
    expect_shown("令和7年度は12.5%増", "令和7年度は_12.5%増");
    /* a figure in brackets after a figure is no report label: its own
     * boundaries get the space (a label such as （第2報） has none) */
    expect_shown("20件（前月10件）", "20件（前月_10件）");
    expect_shown("20件（事案の32%）", "20件（事案の_32%）");
    expect_shown("6月25日（第2報）", "6月25日（第2報）");
    /* the briefing's counters belong to their numbers like 件 */
    expect_shown("222件（163事案）は", "222件（163事案）は");

    /* Set, the space is a quarter of the size wide, and nothing at a line's
     * end. */
    double em = layout->styles[KJ_STYLE_BODY].size;
    double spaced = kj_text_width(renderer, KJ_STYLE_BODY, "顧客2,528,500人");
    double parts = kj_text_width(renderer, KJ_STYLE_BODY, "顧客") +
                   kj_text_width(renderer, KJ_STYLE_BODY, "2,528,500人");
    assert_true(fabs(spaced - parts - 0.25 * em) < 0.05);
    for (double w = 4 * em; w <= 12 * em; w += 0.25 * em) {
        kj_text_line lines[16];
        size_t n = kj_text_lines(renderer, KJ_STYLE_BODY, KJ_ALIGN_LEFT,
                                 "当社の顧客ABCDEの情報です", w, lines, 16);
        for (size_t i = 0; i < n; i++)
            assert_true(lines[i].width <= w + 0.01);
    }
}

static void no_ligatures_in_urls_or_codes(void **state)
{
    (void)state;
    const char *text = "https://campfire.example/office-fi";
    PangoLayout *pl = kj_ts_layout(renderer, KJ_STYLE_SMALL, KJ_ALIGN_LEFT, text, 0, 0);
    int glyphs = 0;
    PangoLayoutLine *line = pango_layout_get_line_readonly(pl, 0);
    for (GSList *r = line->runs; r; r = r->next)
        glyphs += ((PangoGlyphItem *)r->data)->glyphs->num_glyphs;
    assert_int_equal(glyphs, (int)strlen(text)); /* one glyph a letter: no ﬁ */
    g_object_unref(pl);
}

/* -------------------------------------------------------- line breaking */

/* Characters of a line that count: not the closing brackets and stops at
 * its end, nor the line feed. */
static size_t counted(const char *s, size_t len)
{
    while (len > 0 && s[len - 1] == '\n')
        len--;
    size_t n = 0, i = 0, end = len;
    /* trailing marks that may not start a line */
    for (;;) {
        size_t k = end;
        while (k > 0 && ((unsigned char)s[k - 1] & 0xC0) == 0x80)
            k--;
        if (k == 0)
            break;
        k--;
        size_t adv;
        int32_t c = kj_utf8_decode(s + k, end - k, &adv);
        if (!kj_jlreq_no_line_start((uint32_t)c))
            break;
        end = k;
    }
    while (i < end) {
        size_t adv;
        int32_t c = kj_utf8_decode(s + i, end - i, &adv);
        n += c != ' ';
        i += adv;
    }
    return n;
}

static void no_last_line_of_fewer_than_three_characters(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "当社が利用するメールシステムへの不正アクセスについてお知らせいたします。",
        "委託先のサーバーがランサムウェアに感染し、顧客情報が流出した可能性があります（別表）",
        "第2報として、調査の結果と今後の対応についてご報告申し上げます。",
    };
    const kj_style_id styles[] = {KJ_STYLE_BODY, KJ_STYLE_TABLE};
    int checked = 0;
    for (size_t s = 0; s < 2; s++) {
        double em = layout->styles[styles[s]].size;
        for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++)
            for (double w = 5 * em; w <= 30 * em; w += 0.5 * em) {
                kj_text_line lines[64];
                size_t n =
                    kj_text_lines(renderer, styles[s], KJ_ALIGN_JUSTIFY, texts[t], w, lines, 64);
                if (n < 2)
                    continue;
                size_t last = counted(texts[t] + lines[n - 1].start, lines[n - 1].length);
                if (last < 3)
                    fprintf(stderr, "width %.1f: last line '%.*s'\n", w, (int)lines[n - 1].length,
                            texts[t] + lines[n - 1].start);
                assert_true(last >= 3);
                checked++;
            }
    }
    assert_true(checked > 50);
}

/* The lines of `text` in a table cell `w` wide, joined by '/'. */
static void cell_lines(const char *text, double w, char *out, size_t size)
{
    kj_text_line lines[16];
    size_t n = kj_text_lines(renderer, KJ_STYLE_TABLE, KJ_ALIGN_LEFT, text, w, lines, 16);
    out[0] = '\0';
    for (size_t i = 0; i < n && i < 16; i++) {
        size_t used = strlen(out);
        snprintf(out + used, size - used, "%s%.*s", i ? "/" : "", (int)lines[i].length,
                 text + lines[i].start);
    }
}

static void cells_break_between_phrases(void **state)
{
    (void)state;
    double em = layout->styles[KJ_STYLE_TABLE].size;
    char got[512];
    /* An organisation too long for its cell breaks after its legal form. */
    const char *org = "株式会社サンプルワークス";
    double word = kj_text_width(renderer, KJ_STYLE_TABLE, "サンプルワークス");
    assert_true(word < 8 * em);
    for (double w = word + 0.1; w < kj_text_width(renderer, KJ_STYLE_TABLE, org); w += 0.25 * em) {
        cell_lines(org, w, got, sizeof got);
        assert_string_equal(got, "株式会社/サンプルワークス");
    }
    /* A title breaks after the kana that close its phrases; お知らせ and
     * ご報告 stay whole. */
    const char *title = "当社が利用するメールシステムへの不正アクセスに関するお知らせ";
    static const char *const phrases[] = {
        "当社が", "利用する", "メールシステムへの", "不正", "アクセスに", "関する", "お知らせ"};
    double widest = 0;
    for (size_t k = 0; k < sizeof phrases / sizeof phrases[0]; k++)
        widest = fmax(widest, kj_text_width(renderer, KJ_STYLE_TABLE, phrases[k]));
    for (double w = widest + 0.1; w <= 20 * em; w += 0.5 * em) {
        cell_lines(title, w, got, sizeof got);
        /* every break falls between two phrases */
        char rebuilt[512] = "";
        const char *p = got;
        for (size_t k = 0; k < sizeof phrases / sizeof phrases[0]; k++) {
            size_t pl = strlen(phrases[k]);
            assert_memory_equal(p, phrases[k], pl);
            p += pl;
            if (*p == '/')
                p++;
            strcat(rebuilt, phrases[k]);
        }
        assert_string_equal(rebuilt, title);
    }
}

/* A label of a closed vocabulary is one unit: 「迷惑メール踏み台」 split
 * over two lines of a column holding one label a line reads as two. */
static void category_labels_are_one_unit(void **state)
{
    (void)state;
    static const char *const terms[] = {"迷惑メール踏み台", "不正アクセス", "医療法人社団"};
    kj_renderer_set_terms(renderer, terms, 3);
    double em = layout->styles[KJ_STYLE_TABLE].size;
    const char *cell = "迷惑メール踏み台\n不正アクセス";
    double label = kj_text_width(renderer, KJ_STYLE_TABLE, "迷惑メール踏み台");
    double lo, hi;
    kj_ts_measure(renderer, KJ_STYLE_TABLE, cell, &lo, &hi);
    assert_true(fabs(lo - label) < 0.05); /* a column is sized to hold it */
    char got[512];
    for (double w = label + 0.1; w < label + 4 * em; w += 0.25 * em) {
        cell_lines(cell, w, got, sizeof got);
        assert_string_equal(got, "迷惑メール踏み台/不正アクセス");
    }
    /* a cell that cannot hold it at all breaks it rather than overflow */
    kj_text_line lines[8];
    size_t n = kj_text_lines(renderer, KJ_STYLE_TABLE, KJ_ALIGN_LEFT, cell, 0.7 * label, lines, 8);
    assert_true(n > 2);
    for (size_t i = 0; i < n; i++)
        assert_true(lines[i].width <= 0.7 * label + 0.01);
    kj_renderer_set_terms(renderer, NULL, 0);
    /* without the terms the words of the label break apart */
    cell_lines(cell, label - 1, got, sizeof got);
    assert_non_null(strstr(got, "迷惑メール/踏み台"));
}

/* An organisation's name breaks after its legal form and at a space its
 * source had, its words whole; inside a word only when nothing else fits. */
static void organisation_names_break_between_their_words(void **state)
{
    (void)state;
    static const char *const terms[] = {"医療法人社団", "学校法人", "株式会社"};
    kj_renderer_set_terms(renderer, terms, 3);
    double em = layout->styles[KJ_STYLE_TABLE].size;
    char got[512];
    /* 「医療法人社団見本会見本台病院」: one run of kanji */
    const char *medical = "医療法人社団見本会見本台病院";
    double rest = kj_text_width(renderer, KJ_STYLE_TABLE, "見本会見本台病院");
    double lo, hi;
    kj_ts_measure(renderer, KJ_STYLE_TABLE, medical, &lo, &hi);
    assert_true(fabs(lo - rest) < 0.05);
    for (double w = rest + 0.1; w < kj_text_width(renderer, KJ_STYLE_TABLE, medical);
         w += 0.25 * em) {
        cell_lines(medical, w, got, sizeof got);
        assert_string_equal(got, "医療法人社団/見本会見本台病院");
    }
    /* the space of 「見本大学 見本学部」 is gone from the page, not the break */
    const char *school = "学校法人見本大学 見本学部";
    double faculty = kj_text_width(renderer, KJ_STYLE_TABLE, "学校法人見本大学");
    cell_lines(school, faculty + 0.1, got, sizeof got);
    assert_string_equal(got, "学校法人見本大学 /見本学部");
    kj_renderer_set_terms(renderer, NULL, 0);
    cell_lines(medical, rest + 0.1, got, sizeof got);
    assert_string_not_equal(got, "医療法人社団/見本会見本台病院");
}

/* A cell of at most two lines cuts a longer title between phrases, with
 * 「…」, and prints what it shows (no hidden rest in the text layer). */
static void cut_titles_end_at_a_phrase(void **state)
{
    (void)state;
    double em = layout->styles[KJ_STYLE_TABLE].size;
    const char *title = "当社が利用するメールシステムへの不正アクセスに関するお知らせとお詫び、"
                        "および今後の対応について";
    static const char *const phrases[] = {"当社が",     "利用する",   "メールシステムへの",
                                          "不正",       "アクセスに", "関する",
                                          "お知らせと", "お詫び",     "および",
                                          "今後の",     "対応に",     "ついて"};
    size_t checked = 0;
    for (double w = 6 * em; w <= 16 * em; w += 0.25 * em) {
        PangoLayout *l = kj_ts_layout(renderer, KJ_STYLE_TABLE, KJ_ALIGN_LEFT, title, w, 2);
        const char *set = pango_layout_get_text(l);
        assert_true(pango_layout_get_line_count(l) <= 2);
        assert_false(pango_layout_is_ellipsized(l));
        size_t len = strlen(set), dots = strlen("…");
        assert_true(len > dots && strcmp(set + len - dots, "…") == 0);
        /* what comes before 「…」 is whole phrases, no 、 */
        size_t at = 0, k = 0;
        while (k < sizeof phrases / sizeof phrases[0] && at < len - dots) {
            size_t pl = strlen(phrases[k]);
            assert_memory_equal(set + at, phrases[k], pl);
            at += pl;
            if (strncmp(set + at, "、", 3) == 0 && at + 3 < len - dots)
                at += 3;
            k++;
        }
        assert_int_equal(at, len - dots);
        g_object_unref(l);
        checked++;
    }
    assert_true(checked > 30);
}

static void dates_keep_their_report_labels(void **state)
{
    (void)state;
    double em = layout->styles[KJ_STYLE_TABLE].size;
    const char *text = "2025年6月25日（第2報）、2025年7月3日（最終報）";
    char got[512];
    /* from the narrowest cell that holds a month, a day and a label */
    double narrowest = kj_text_width(renderer, KJ_STYLE_TABLE, "12月25日（最終報）");
    for (double w = narrowest; w <= 24 * em; w += 0.25 * em) {
        cell_lines(text, w, got, sizeof got);
        assert_null(strstr(got, "日/（"));
        assert_null(strstr(got, "（第/")); /* and the label stays whole */
        assert_null(strstr(got, "25/日"));
    }
}

static void measures_give_the_longest_word_and_the_line(void **state)
{
    (void)state;
    double lo, hi;
    kj_ts_measure(renderer, KJ_STYLE_TABLE, "株式会社サンプルワークス", &lo, &hi);
    double org = kj_text_width(renderer, KJ_STYLE_TABLE, "株式会社サンプルワークス");
    double word = kj_text_width(renderer, KJ_STYLE_TABLE, "サンプルワークス");
    assert_true(fabs(hi - org) < 0.05);
    assert_true(fabs(lo - word) < 0.05);
    kj_ts_measure(renderer, KJ_STYLE_TABLE, "2025年12月31日", &lo, &hi);
    assert_true(fabs(lo - hi) < 0.05); /* a date is one piece */
}

/* ---------------------------------------------------------------- tables */

static void columns_are_sized_from_what_they_hold(void **state)
{
    (void)state;
    enum { ROWS = 40 };
    static const kj_table_column cols[] = {
        {"番号", 3, 0, KJ_ALIGN_RIGHT, 1},
        {"組織", 0, 1, KJ_ALIGN_LEFT, 0},
        {"種別", 0, 1, KJ_ALIGN_LEFT, 0},
        {"表題", 0, 1, KJ_ALIGN_LEFT, 3},
    };
    static char texts[ROWS][4][160];
    kj_table_cell cells[ROWS * 4];
    for (size_t i = 0; i < ROWS; i++) {
        snprintf(texts[i][0], 160, "%zu", i + 1);
        snprintf(texts[i][1], 160, "株式会社見本ホールディングス%zu", i);
        snprintf(texts[i][2], 160, "%s", i % 2 ? "不正アクセス" : "誤送信");
        snprintf(texts[i][3], 160,
                 "当社が利用するクラウドサービスへの不正アクセスと情報流出の可能性についての"
                 "ご報告（第%zu報）",
                 i % 3 + 1);
        for (size_t c = 0; c < 4; c++)
            cells[i * 4 + c] = (kj_table_cell){texts[i][c], NULL};
    }
    kj_table t = {"表　見本", cols, 4, cells, ROWS};
    kj_table_plan p;
    double w = 480;
    kj_table_plan_make(renderer, &t, w, 700, 700, &p);
    double lo, hi;
    /* the short column gets about its natural width, not a weight's share */
    kj_ts_measure(renderer, KJ_STYLE_TABLE, "不正アクセス", &lo, &hi);
    assert_true(p.col_w[2] < hi + 4 * layout->styles[KJ_STYLE_TABLE].size);
    /* the organisations fit on one line: no column starves */
    kj_ts_measure(renderer, KJ_STYLE_TABLE, "株式会社見本ホールディングス39", &lo, &hi);
    assert_true(p.col_w[1] >= hi + 8);
    /* every column at least its longest word */
    kj_ts_measure(renderer, KJ_STYLE_TABLE, texts[0][3], &lo, &hi);
    assert_true(p.col_w[3] >= lo);
    assert_true(fabs(p.col_x[3] + p.col_w[3] - w) < 1e-6);
    kj_table_plan_free(&p);
}

/* A column cut with … (a URL) does not claim the table with its longest
 * word: the file path beside it keeps room for its words. */
static void a_cut_column_does_not_starve_its_neighbours(void **state)
{
    (void)state;
    static const kj_table_column cols[] = {
        {"公表日", 8, 0, KJ_ALIGN_LEFT, 1},
        {"出典", 0, 3, KJ_ALIGN_LEFT, 1},
        {"ファイル", 0, 2, KJ_ALIGN_LEFT, 2},
    };
    kj_table_cell cells[] = {
        {"2025年4月7日", NULL},
        {"https://example.jp/wp-content/uploads/2025/03/%E6%A5%AD%E5%8B%99%E5%A7%94%E8%A8%97"
         "%E5%85%88%E3%81%AB%E3%81%8A%E3%81%91%E3%82%8B%E4%B8%8D%E6%AD%A3%E3%82%A2.pdf",
         "https://example.jp/"},
        {"2025/04/07 見本ホーム株式会社.md", NULL},
    };
    kj_table t = {NULL, cols, 3, cells, 1};
    kj_table_plan p;
    double w = 480;
    kj_table_plan_make(renderer, &t, w, 700, 700, &p);
    double lo, hi;
    kj_ts_measure(renderer, KJ_STYLE_TABLE, cells[2].text, &lo, &hi);
    assert_true(p.col_w[2] >= lo);
    assert_true(p.col_w[2] >= hi); /* room to spare: the path on one line */
    assert_true(fabs(p.col_x[2] + p.col_w[2] - w) < 1e-6);
    kj_table_plan_free(&p);
}

/* ---------------------------------------------------------- tagged PDF */

static const char *run(const char *cmd)
{
    static char out[1 << 20];
    FILE *f = popen(cmd, "r");
    assert_non_null(f);
    size_t n = fread(out, 1, sizeof out - 1, f);
    out[n] = '\0';
    pclose(f);
    return out;
}

static void the_pdf_is_tagged(void **state)
{
    (void)state;
    if (system("command -v qpdf >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1") != 0) {
        fprintf(stderr, "(qpdf or pdfinfo missing: tagging not checked)\n");
        return;
    }
    kj_doc_info info = {.title = "見本の報告書", .subject = "構造の確認", .created = 1746057600};
    kj_doc *doc = kj_doc_new(renderer, &info);
    kj_doc_title(doc, "見本の報告書", "2025年4月");
    kj_doc_heading(doc, 1, "概要", false);
    kj_doc_paragraph(doc, "見本の段落です。");
    const char *items[] = {"一つ目", "二つ目"};
    kj_doc_bullets(doc, KJ_STYLE_BODY, items, 2);
    static const kj_table_column cols[] = {{"組織", 0, 1, KJ_ALIGN_LEFT, 0},
                                           {"出典", 3, 0, KJ_ALIGN_LEFT, 1}};
    kj_table_cell cells[] = {{"株式会社見本", NULL}, {"原文", "https://example.com/a"}};
    kj_table t = {"表　見本", cols, 2, cells, 1};
    kj_doc_table(doc, &t);
    const char *cats[] = {"4月", "5月"};
    double v[] = {3, 12};
    kj_series s = {"件数", v, false};
    kj_bar_chart bars = {"図　見本の推移", cats, 2, &s, 1, false, false, true, "件", 0};
    kj_figure fig = {KJ_FIGURE_BARS, &bars, NULL};
    kj_doc_figures(doc, &fig, 1, 200);
    char path[128];
    snprintf(path, sizeof path, "%s/tagged.pdf", dir);
    kj_error err;
    assert_int_equal(kj_doc_write_pdf(doc, path, &err), KJ_OK);
    kj_doc_free(doc);

    char cmd[256];
    snprintf(cmd, sizeof cmd, "qpdf --check '%s' 2>&1", path);
    assert_non_null(strstr(run(cmd), "No syntax or stream encoding errors"));
    snprintf(cmd, sizeof cmd, "pdfinfo '%s'", path);
    const char *pdfinfo = run(cmd);
    assert_non_null(strstr(pdfinfo, "Tagged:          yes"));
    assert_non_null(strstr(pdfinfo, "見本の報告書"));
    assert_non_null(strstr(pdfinfo, "構造の確認"));
    snprintf(cmd, sizeof cmd, "qpdf --json '%s'", path);
    const char *json = run(cmd);
    assert_non_null(strstr(json, "\"/StructTreeRoot\""));
    assert_non_null(strstr(json, "\"/Lang\": \"u:ja-JP\""));
    assert_non_null(strstr(json, "\"/DisplayDocTitle\": true"));
    static const char *const tags[] = {"/Document", "/H1",    "/H2",    "/P",  "/L",
                                       "/LI",       "/Table", "/TR",    "/TH", "/TD",
                                       "/Caption",  "/Link",  "/Figure"};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        char want[64];
        snprintf(want, sizeof want, "\"/S\": \"%s\"", tags[i]);
        if (!strstr(json, want))
            fprintf(stderr, "no %s element\n", tags[i]);
        assert_non_null(strstr(json, want));
    }
    /* the figure's alternative text gives its figures */
    assert_non_null(strstr(json, "\"/Alt\": \"u:図　見本の推移（単位：件）。4月：3。5月：12。\""));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(quoted_text_is_printed_in_one_form),
        cmocka_unit_test(a_quarter_em_between_japanese_and_latin),
        cmocka_unit_test(a_cut_column_does_not_starve_its_neighbours),
        cmocka_unit_test(no_ligatures_in_urls_or_codes),
        cmocka_unit_test(no_last_line_of_fewer_than_three_characters),
        cmocka_unit_test(cells_break_between_phrases),
        cmocka_unit_test(category_labels_are_one_unit),
        cmocka_unit_test(organisation_names_break_between_their_words),
        cmocka_unit_test(cut_titles_end_at_a_phrase),
        cmocka_unit_test(dates_keep_their_report_labels),
        cmocka_unit_test(measures_give_the_longest_word_and_the_line),
        cmocka_unit_test(columns_are_sized_from_what_they_hold),
        cmocka_unit_test(the_pdf_is_tagged),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
