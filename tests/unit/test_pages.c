/*
 * Tests of documents: tables split across pages with their header row
 * repeated, paragraphs split between lines, nothing drawn outside the page
 * body, and the PDF's furniture (n / N, metadata, outline, links).
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

static int setup(void **state)
{
    (void)state;
    return renderer_setup("pages");
}

static int teardown(void **state)
{
    (void)state;
    return renderer_teardown();
}

static const kj_table_column columns[] = {
    {"日付", 8, 0, KJ_ALIGN_LEFT, 0},
    {"組織", 0, 2, KJ_ALIGN_LEFT, 0},
    {"概要", 0, 3, KJ_ALIGN_JUSTIFY, 0},
    {"人数", 5, 0, KJ_ALIGN_RIGHT, 1},
};

static char texts[400][4][160];

/* n rows of composed text; every 7th row has a long summary that wraps. */
static kj_table_cell *make_cells(size_t n)
{
    kj_table_cell *cells = calloc(n * 4, sizeof *cells);
    for (size_t i = 0; i < n && i < 400; i++) {
        snprintf(texts[i][0], 160, "2025-04-%02zu", i % 30 + 1);
        snprintf(texts[i][1], 160, "見本組織%zu号株式会社", i);
        snprintf(texts[i][2], 160, "%s",
                 i % 7 == 3
                     ? "不正アクセスにより顧客情報が外部から閲覧された可能性がある事案の第2報"
                     : "メール誤送信");
        snprintf(texts[i][3], 160, "%zu", i * 37);
        for (size_t c = 0; c < 4; c++)
            cells[i * 4 + c].text = texts[i][c];
    }
    return cells;
}

static void plan_covers_every_row_once_in_order(void **state)
{
    (void)state;
    size_t n = 150;
    kj_table_cell *cells = make_cells(n);
    kj_table t = {"表　見本", columns, 4, cells, n};
    kj_table_plan p;
    /* narrow enough that the long summaries wrap */
    double page = 700, first = 200, w = 330;
    kj_table_plan_make(renderer, &t, w, first, page, &p);
    assert_true(p.n_chunks >= 3);
    assert_int_equal(p.first_row[0], 0);
    assert_int_equal(p.first_row[p.n_chunks], n);
    for (size_t c = 0; c < p.n_chunks; c++) {
        assert_true(p.first_row[c] < p.first_row[c + 1]); /* no empty chunk */
        double h = p.caption_height + p.header_height;
        for (size_t r = p.first_row[c]; r < p.first_row[c + 1]; r++)
            h += p.row_height[r];
        assert_true(h <= (c == 0 ? first : page) + 1e-6);
        /* and the next row would not have fitted */
        if (c + 1 < p.n_chunks)
            assert_true(h + p.row_height[p.first_row[c + 1]] > (c == 0 ? first : page));
    }
    /* wrapped rows are taller */
    assert_true(p.row_height[3] > p.row_height[4]);
    /* columns fill the width */
    assert_true(fabs(p.col_x[3] + p.col_w[3] - w) < 1e-6);
    kj_table_plan_free(&p);
    free(cells);
}

static void a_table_starts_over_when_no_row_fits(void **state)
{
    (void)state;
    kj_table_cell *cells = make_cells(10);
    kj_table t = {"表　見本", columns, 4, cells, 10};
    kj_table_plan p;
    kj_table_plan_make(renderer, &t, 480, 30, 700, &p);
    assert_int_equal(p.first_row[1], 0); /* nothing on the part page */
    assert_int_equal(p.n_chunks, 2);
    assert_int_equal(p.first_row[2], 10);
    kj_table_plan_free(&p);
    free(cells);
}

/* Runs `cmd` and returns its standard output (static buffer). */
static const char *run(const char *cmd)
{
    static char out[1 << 16];
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    pclose(p);
    return out;
}

static bool have(const char *tool)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", tool);
    return system(cmd) == 0;
}

static int count(const char *haystack, const char *needle)
{
    int n = 0;
    for (const char *p = haystack; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

static void long_tables_repeat_their_header_on_every_page(void **state)
{
    (void)state;
    size_t n = 200;
    kj_table_cell *cells = make_cells(n);
    cells[5 * 4 + 1].url = "https://example.com/notice/5";
    cells[6 * 4 + 1].url = "ftp://example.com/not-a-link";
    cells[8 * 4 + 1].url = "https://例え.jp/お知らせ";
    kj_table t = {"表　見本一覧", columns, 4, cells, n};
    kj_doc_info info = {.title = "見本",
                        .subtitle = "2025年4月",
                        .author = "kaiji-test",
                        .subject = "表の分割",
                        .created = 1746057600};
    kj_doc *doc = kj_doc_new(renderer, &info);
    kj_doc_heading(doc, 1, "一覧", false);
    kj_doc_paragraph(doc, "表の前の段落です。");
    kj_doc_table(doc, &t);
    int pages = kj_doc_page_count(doc);
    assert_true(pages >= 4);
    assert_int_equal(kj_doc_ops_outside(doc), 0);

    char path[128];
    snprintf(path, sizeof path, "%s/table.pdf", dir);
    kj_error err;
    assert_int_equal(kj_doc_write_pdf(doc, path, &err), KJ_OK);
    kj_doc_free(doc);
    free(cells);

    if (!have("pdftotext") || !have("qpdf")) {
        fprintf(stderr, "(pdftotext or qpdf missing: PDF checks skipped)\n");
        return;
    }
    char cmd[512];
    for (int pg = 1; pg <= pages; pg++) {
        snprintf(cmd, sizeof cmd, "pdftotext -f %d -l %d '%s' -", pg, pg, path);
        const char *text = run(cmd);
        assert_non_null(strstr(text, "日付"));
        assert_non_null(strstr(text, "組織"));
        /* the footer's "n / N" (pdftotext may drop the narrow spaces) */
        char n_of[32], n_of_tight[32];
        snprintf(n_of, sizeof n_of, "%d / %d", pg, pages);
        snprintf(n_of_tight, sizeof n_of_tight, "%d/%d", pg, pages);
        assert_true(strstr(text, n_of) || strstr(text, n_of_tight));
        if (pg > 1)
            assert_non_null(strstr(text, "見本一覧（続き）"));
    }
    /* every row exactly once (pdftotext shows the quarter em between
     * 組織 and 12 as a space: compared without spaces) */
    snprintf(cmd, sizeof cmd, "pdftotext '%s' - | tr -d ' '", path);
    const char *all = run(cmd);
    for (size_t i = 0; i < n; i += 13) {
        char org[64];
        snprintf(org, sizeof org, "見本組織%zu号株式会社", i);
        assert_int_equal(count(all, org), 1);
    }
    snprintf(cmd, sizeof cmd, "qpdf --check '%s' 2>&1", path);
    assert_non_null(strstr(run(cmd), "No syntax or stream encoding errors"));
    /* links: the web ones only, non-ASCII percent-encoded */
    snprintf(cmd, sizeof cmd,
             "qpdf --qdf --object-streams=disable '%s' - 2>/dev/null | grep -a '/URI ('", path);
    const char *uris = run(cmd);
    assert_int_equal(count(uris, "/URI ("), 2);
    assert_non_null(strstr(uris, "https://example.com/notice/5"));
    assert_non_null(strstr(uris, "https://%E4%BE%8B%E3%81%88.jp/"));
    assert_null(strstr(uris, "ftp:"));
    snprintf(cmd, sizeof cmd, "pdfinfo '%s'", path);
    const char *info_text = run(cmd);
    assert_non_null(strstr(info_text, "kaiji-test"));
    assert_non_null(strstr(info_text, "表の分割"));
    assert_non_null(strstr(info_text, "2025"));
}

static void paragraphs_split_without_widows_or_orphans(void **state)
{
    (void)state;
    kj_doc *doc = kj_doc_new(renderer, NULL);
    char text[8192] = "";
    for (int i = 0; i < 40; i++)
        strcat(text, "この文は段落を長くするために繰り返されています。");
    /* Fill the page to four lines above the bottom, then set the paragraph. */
    double lead = kj_style_leading(renderer, KJ_STYLE_BODY);
    kj_doc_paragraph(doc, "最初の段落です。");
    kj_doc_set_y(doc, kj_doc_y(doc) + kj_doc_remaining(doc) - 1.5 * lead);
    kj_doc_paragraph(doc, text);
    assert_true(kj_doc_page_count(doc) >= 2);
    /* 1.5 lines were left: an orphan would have gone there; the whole
     * paragraph moved to the next page instead */
    assert_int_equal(kj_doc_ops_outside(doc), 0);
    kj_doc_free(doc);
}

static void figures_and_blocks_stay_inside_the_body(void **state)
{
    (void)state;
    kj_doc *doc = kj_doc_new(renderer, NULL);
    kj_doc_title(doc, "見本の表題", "副題");
    kj_kpi k[] = {{"件数", "1,234,567", "件", "前月比 +12（+3.3%）", KJ_TONE_WORSE},
                  {"人数", "38,600", "人", NULL, KJ_TONE_NEUTRAL},
                  {"長いラベルの指標名がここに入ります", "0", NULL, "前月と同じ", KJ_TONE_BETTER}};
    kj_doc_kpis(doc, k, 3, 3);
    static const char *const cats[] = {"一月", "二月", "三月の長いラベルが入る場合"};
    double v1[] = {3, 0, 12}, v2[] = {1, 5, 2};
    kj_series s[] = {{"甲", v1, false}, {"乙", v2, true}};
    kj_bar_chart bars = {.title = "図　見本",
                         .categories = cats,
                         .n_categories = 3,
                         .series = s,
                         .n_series = 2,
                         .stacked = true,
                         .value_labels = true,
                         .unit = "件"};
    kj_bar_chart hbars = {.title = "図　横",
                          .categories = cats,
                          .n_categories = 3,
                          .series = s,
                          .n_series = 2,
                          .horizontal = true,
                          .value_labels = true,
                          .unit = "件"};
    kj_figure f[] = {{KJ_FIGURE_BARS, &bars, NULL}, {KJ_FIGURE_BARS, &hbars, NULL}};
    kj_doc_figures(doc, f, 2, 0);
    kj_timeline_mark m[] = {{{2025, 1, 5}, KJ_MARK_OCCURRED, NULL},
                            {{2025, 3, 0}, KJ_MARK_DETECTED, NULL},
                            {{2025, 4, 30}, KJ_MARK_RELEASE, "第1報"}};
    kj_timeline_row rows[60];
    for (int i = 0; i < 60; i++)
        rows[i] = (kj_timeline_row){"見本の組織名", m, 3};
    kj_timeline tl = {"時系列", rows, 60, KJ_DATE_NONE, KJ_DATE_NONE};
    kj_figure ft = {KJ_FIGURE_TIMELINE, NULL, &tl};
    int before = kj_doc_page_count(doc);
    kj_doc_figures(doc, &ft, 1, 0); /* taller than a page: continues */
    assert_true(kj_doc_page_count(doc) >= before + 1);
    const char *items[] = {"一つ目",
                           "二つ目の項目は長く、折り返して二行目に続くように書かれています。"
                           "さらに続けて三行目まで届くようにします。"};
    kj_doc_bullets(doc, KJ_STYLE_BODY, items, 2);
    kj_tag tags[40];
    for (int i = 0; i < 40; i++)
        tags[i] = (kj_tag){i % 3 ? "メールアドレス" : "クレジットカード情報",
                           i % 4 ? KJ_TAG_ON : KJ_TAG_OFF};
    kj_doc_tags(doc, tags, 40); /* wraps over several rows */
    kj_definition defs[] = {{"組織", "見本株式会社", NULL},
                            {"とても長い項目名が入る場合の折り返し", "値", NULL},
                            {"出典", "https://example.com/source", "https://example.com/source"}};
    kj_doc_definitions(doc, defs, 3, 6);
    kj_doc_link_line(doc, "出典：",
                     "https://example.com/a/very/long/path/that/keeps/going/and/going/"
                     "until/it/has/to/wrap/onto/the/next/line/of/the/page.html");
    assert_int_equal(kj_doc_ops_outside(doc), 0);
    kj_doc_free(doc);
}

static void figures_write_alone(void **state)
{
    (void)state;
    static const char *const cats[] = {"一", "二"};
    double v[] = {3, 4};
    kj_series s[] = {{"件数", v, false}};
    kj_bar_chart bars = {.title = "図",
                         .categories = cats,
                         .n_categories = 2,
                         .series = s,
                         .n_series = 1,
                         .value_labels = true};
    kj_figure f = {KJ_FIGURE_BARS, &bars, NULL};
    const char *ext[] = {"svg", "png", "pdf"};
    const char *magic[] = {"<?xml", "\x89PNG", "%PDF"};
    for (int i = 0; i < 3; i++) {
        char path[128];
        snprintf(path, sizeof path, "%s/chart.%s", dir, ext[i]);
        int fmt = kj_image_format_from_path(path);
        assert_int_equal(fmt, i);
        kj_error err;
        assert_int_equal(kj_figure_write(renderer, &f, 300, 0, (kj_image_format)fmt, path, &err),
                         KJ_OK);
        FILE *file = fopen(path, "rb");
        char head[8] = "";
        assert_true(fread(head, 1, 5, file) >= 4);
        fclose(file);
        assert_memory_equal(head, magic[i], strlen(magic[i]));
    }
    assert_int_equal(kj_image_format_from_path("chart.gif"), -1);
    kj_error err;
    assert_int_equal(
        kj_figure_write(renderer, &f, 300, 0, KJ_IMAGE_PNG, "/nonexistent/x.png", &err),
        KJ_ERR_CANTCREAT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plan_covers_every_row_once_in_order),
        cmocka_unit_test(a_table_starts_over_when_no_row_fits),
        cmocka_unit_test(long_tables_repeat_their_header_on_every_page),
        cmocka_unit_test(paragraphs_split_without_widows_or_orphans),
        cmocka_unit_test(figures_and_blocks_stay_inside_the_body),
        cmocka_unit_test(figures_write_alone),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
