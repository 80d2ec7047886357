/*
 * briefing.c — the monthly briefing: its context (layout, fonts, figures
 * and what is derived from them), the document, and its sections in the
 * order the layout lists them.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "briefing_internal.h"
#include "checked.h"

const char *const kj_briefing_sections[] = {"summary", "trend",    "charts", "timeline",
                                            "repeat",  "releases", "method"};
const size_t kj_briefing_n_sections = sizeof kj_briefing_sections / sizeof kj_briefing_sections[0];

#define BRIEFING_TITLE "情報セキュリティ事案 月次ブリーフィング"

/* ------------------------------------------------------------- context */

static bool whole_month(kj_period p)
{
    if (!kj_date_is_valid(p.from) || !kj_date_is_valid(p.to) || p.from.day != 1 || !p.to.day ||
        p.from.year != p.to.year || p.from.month != p.to.month)
        return false;
    kj_date next = kj_date_from_days(kj_date_to_days(p.to) + 1);
    return next.day == 1;
}

kj_status kj_brief_open(kj_brief *b, const kj_incident_set *set, kj_period month,
                        const char *layout_path, const kj_briefing_options *options, kj_error *err)
{
    memset(b, 0, sizeof *b);
    if (!whole_month(month))
        return kj_error_set(err, KJ_ERR_USAGE, "a briefing covers one whole calendar month");
    kj_status st = kj_layout_load_named("briefing", layout_path, &b->layout, err);
    if (st == KJ_OK)
        st = kj_layout_check_sections(b->layout, kj_briefing_sections, kj_briefing_n_sections, err);
    if (st == KJ_OK)
        st = kj_renderer_new(b->layout, &b->r, err);
    if (st != KJ_OK) {
        kj_layout_free(b->layout);
        memset(b, 0, sizeof *b);
        return st;
    }
    kj_page_set_terms(b->r);
    b->set = set;
    b->month = month;
    if (options)
        b->options = *options;
    if (!b->options.highlights)
        b->options.highlights = 5;
    if (!b->options.timeline_rows)
        b->options.timeline_rows = 12;
    if (!b->options.author)
        b->options.author = "kaiji";
    if (!b->options.created) /* the month is complete: 00:00 UTC (09:00 JST) the day after */
        b->options.created = (time_t)(kj_date_to_days(month.to) + 1) * 86400;
    b->arena = kj_arena_new();
    kj_figures_options fo = {.largest = b->options.highlights,
                             .trend_months = KJ_BRIEF_TREND_MONTHS,
                             .listed = b->options.listed};
    b->figures = kj_figures_compute(set, month, &fo);
    snprintf(b->label, sizeof b->label, "%d年%d月", month.from.year, month.from.month);
    kj_date prev = b->figures->previous_period.from;
    snprintf(b->prev_label, sizeof b->prev_label, "%d年%d月", prev.year, prev.month);
    kj_brief_rank(b);
    return KJ_OK;
}

void kj_brief_close(kj_brief *b)
{
    kj_figures_free(b->figures);
    kj_arena_free(b->arena);
    kj_renderer_free(b->r);
    kj_layout_free(b->layout);
    memset(b, 0, sizeof *b);
}

/* ------------------------------------------------------------ sections */

/*
 * The height of a row of two charts: chosen so that a page holds the trend
 * (1.1 rows) and two rows of charts under their headings, and the next
 * page the last row and the timeline.
 */
static double chart_row_height(const kj_brief *b)
{
    const kj_layout *l = b->layout;
    double body = l->page_height - l->margin_top - l->margin_bottom;
    double h = floor((body - 36 * l->baseline) / 3.1 / l->baseline) * l->baseline;
    return h < 160 ? 160 : h;
}

/* Under a row of figures: what each leaves out (kj_brief_chart's notes). */
static void figure_notes(kj_brief *b, kj_doc *doc, const kj_briefing_chart *kinds,
                         const int *numbers, size_t n)
{
    kj_buf t = {0};
    for (size_t i = 0; i < n; i++) {
        const char *note = b->chart_note[kinds[i]];
        if (note && *note)
            kj_buf_printf(&t, "%s図%d：%s", t.len ? "　" : "", numbers[i], note);
    }
    if (t.len)
        kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY, t.data);
    kj_buf_free(&t);
}

static void section_trend(kj_brief *b, kj_doc *doc)
{
    kj_doc_heading(doc, 1, "事案数の推移", false);
    kj_figure fig;
    int number = ++b->figure_number;
    kj_brief_chart(b, KJ_CHART_TREND, number, &fig);
    if (fig.bars->n_categories == 0) {
        kj_doc_paragraph(doc, "収録された公表がありません。");
        return;
    }
    kj_doc_figures(doc, &fig, 1, chart_row_height(b) * 1.1);
    kj_briefing_chart kind = KJ_CHART_TREND;
    figure_notes(b, doc, &kind, &number, 1);
}

static void section_charts(kj_brief *b, kj_doc *doc)
{
    kj_doc_heading(doc, 1, "今月の内訳", false);
    static const kj_briefing_chart pairs[4][2] = {{KJ_CHART_ATTACK, KJ_CHART_DATA},
                                                  {KJ_CHART_VICTIM, KJ_CHART_ORG_TYPE},
                                                  {KJ_CHART_SIZE, KJ_CHART_LAG},
                                                  {KJ_CHART_INDUSTRY, KJ_CHART__COUNT}};
    /* the industries of the listed companies, as the annual surveys report
     * them, only when a list of listed issues was given */
    size_t rows = b->options.listed && b->figures->totals.listed.incidents ? 4 : 3;
    for (size_t p = 0; p < rows; p++) {
        kj_figure figs[2];
        int numbers[2];
        size_t n = pairs[p][1] == KJ_CHART__COUNT ? 1 : 2;
        for (size_t i = 0; i < n; i++)
            kj_brief_chart(b, pairs[p][i], numbers[i] = ++b->figure_number, &figs[i]);
        if (n == 1)
            kj_doc_set_frame(doc, 0, b->layout->grid_columns / 2);
        kj_doc_figures(doc, figs, n, chart_row_height(b));
        kj_doc_set_frame(doc, 0, 0);
        figure_notes(b, doc, pairs[p], numbers, n);
    }
}

static void section_timeline(kj_brief *b, kj_doc *doc)
{
    kj_figure fig;
    int number = ++b->figure_number;
    kj_brief_chart(b, KJ_CHART_TIMELINE, number, &fig);
    /* A timeline that fits one page is not split: it starts a page. */
    double need = kj_figure_natural_height(b->r, &fig, kj_doc_frame_width(doc)) +
                  kj_style_leading(b->r, KJ_STYLE_H1) * 3;
    double page = kj_doc_body_bottom(doc) - kj_doc_body_top(doc);
    kj_doc_heading(doc, 1, "主な事案の経過", need > kj_doc_remaining(doc) && need < page);
    if (fig.timeline->n_rows == 0) {
        kj_doc_paragraph(doc, "この月に公表された事案はありません。");
        return;
    }
    kj_doc_figures(doc, &fig, 1, 0);
    /* Under the figure: a heading keeps only its next block with it. */
    const char *extra = b->chart_note[KJ_CHART_TIMELINE];
    char *note = kj_arena_printf(
        b->arena,
        "注：%sに公表された主な事案（評点の高い順に%zu件、波及は発生元の事案）について、発生・検"
        "知から公表までの経過を示します。帯は検知（検知日が不明なら発生）から最初の公表までの期間"
        "で、帯の下の数字はその日数です。図の始まりより前の日付は左端に置き、線を省略の印で切って"
        "います。%s",
        b->label, fig.timeline->n_rows, extra ? extra : "");
    kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY, note);
}

typedef void (*section_fn)(kj_brief *b, kj_doc *doc);

static section_fn section_named(const char *name)
{
    static const struct {
        const char *name;
        section_fn fn;
    } sections[] = {{"summary", kj_brief_summary},   {"trend", section_trend},
                    {"charts", section_charts},      {"timeline", section_timeline},
                    {"releases", kj_brief_releases}, {"repeat", kj_brief_repeat},
                    {"method", kj_brief_method}};
    for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
        if (strcmp(sections[i].name, name) == 0)
            return sections[i].fn;
    return NULL;
}

/* The document with every section; `break_before_last` starts the last
 * section on a page of its own. */
static kj_doc *document(kj_brief *b, bool break_before_last)
{
    char subject[160], keywords[160];
    char from[11];
    snprintf(subject, sizeof subject, "%sに公表された情報セキュリティ事案の集計", b->label);
    snprintf(keywords, sizeof keywords, "情報セキュリティ, インシデント, 公表, %.7s",
             kj_date_format(b->month.from, from));
    kj_doc_info info = {.title = BRIEFING_TITLE,
                        .subtitle = b->label,
                        .author = b->options.author,
                        .subject = subject,
                        .keywords = keywords,
                        .created = b->options.created};
    kj_doc *doc = kj_doc_new(b->r, &info);

    char sub[160];
    if (kj_brief_previous_covered(b))
        snprintf(sub, sizeof sub, "%s（%d月1日〜%d日に公表された事案）　前月 %sとの比較", b->label,
                 b->month.from.month, b->month.to.day, b->prev_label);
    else
        snprintf(sub, sizeof sub, "%s（%d月1日〜%d日に公表された事案）　収録の最初の月", b->label,
                 b->month.from.month, b->month.to.day);
    kj_doc_title(doc, BRIEFING_TITLE, sub);

    const kj_layout *l = b->layout;
    size_t n = l->n_sections ? l->n_sections : kj_briefing_n_sections;
    for (size_t i = 0; i < n; i++) {
        section_fn fn = section_named(l->n_sections ? l->sections[i] : kj_briefing_sections[i]);
        if (i == n - 1 && i > 0 && break_before_last)
            kj_doc_page_break(doc);
        if (fn)
            fn(b, doc);
    }
    return doc;
}

/* Lines of body text on the last page so far. */
static double last_page_lines(const kj_brief *b, const kj_doc *doc)
{
    return (kj_doc_y(doc) - kj_doc_body_top(doc)) / kj_style_leading(b->r, KJ_STYLE_BODY);
}

kj_doc *kj_brief_document(kj_brief *b)
{
    /* No report ends with a page of a line or two: when the last page holds
     * fewer than five lines, the last section starts on a page of its own
     * (it then fills it), and the document is set again; failing that, the
     * method's last part starts a page too. */
    int figures = b->figure_number, tables = b->table_number;
    kj_doc *doc = document(b, false);
    if (kj_doc_page_count(doc) > 1 && last_page_lines(b, doc) < KJ_BRIEF_MIN_LAST_LINES) {
        kj_doc_free(doc);
        b->figure_number = figures;
        b->table_number = tables;
        doc = document(b, true);
    }
    /* The last section runs a few lines over a page of its own (the
     * method): its last part moves to the next page with its heading. */
    if (kj_doc_page_count(doc) > 1 && last_page_lines(b, doc) < KJ_BRIEF_MIN_LAST_LINES) {
        kj_doc_free(doc);
        b->figure_number = figures;
        b->table_number = tables;
        b->checks_on_new_page = true;
        doc = document(b, true);
    }
    return doc;
}

/* --------------------------------------------------------------- public */

kj_status kj_briefing_write(const kj_incident_set *set, kj_period month, const char *layout_path,
                            const char *out_path, const kj_briefing_options *options, kj_error *err)
{
    kj_brief b;
    kj_status st = kj_brief_open(&b, set, month, layout_path, options, err);
    if (st != KJ_OK)
        return st;
    kj_doc *doc = kj_brief_document(&b);
    st = kj_doc_write_pdf(doc, out_path, err);
    kj_doc_free(doc);
    kj_brief_close(&b);
    return st;
}

kj_status kj_briefing_chart_write(const kj_incident_set *set, kj_period month,
                                  kj_briefing_chart chart, const char *layout_path,
                                  kj_image_format format, double width, double height,
                                  const char *out_path, kj_error *err)
{
    return kj_briefing_chart_write_with(set, month, chart, layout_path, NULL, format, width, height,
                                        out_path, err);
}

kj_status kj_briefing_chart_write_with(const kj_incident_set *set, kj_period month,
                                       kj_briefing_chart chart, const char *layout_path,
                                       const kj_briefing_options *options, kj_image_format format,
                                       double width, double height, const char *out_path,
                                       kj_error *err)
{
    if ((unsigned)chart >= KJ_CHART__COUNT)
        return kj_error_set(err, KJ_ERR_USAGE, "unknown chart %d", (int)chart);
    kj_brief b;
    kj_status st = kj_brief_open(&b, set, month, layout_path, options, err);
    if (st != KJ_OK)
        return st;
    kj_figure fig;
    kj_brief_chart(&b, chart, 0, &fig);
    st = kj_figure_write(b.r, &fig, width, height, format, out_path, err);
    kj_brief_close(&b);
    return st;
}
