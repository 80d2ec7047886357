/*
 * onepager.c — one A4 page per incident (see onepager.h).
 *
 * The page is set from its content (onepager_content.c) under a plan that
 * says how much of each part to show.  Fitting works on finished pages,
 * not on estimates: the page is set with the summary left out, and while
 * that does not fit the other parts are shortened (events, countermeasures,
 * their lines, sources …) by what spilled over; then the summary gets the
 * space left at the foot of the page, measured, and is set again one line
 * shorter until the page holds.  Every cut shows on the page: 「（以下略）」,
 * 「…ほか3件」.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/output.h"
#include "onepager_internal.h"
#include "checked.h"
#include "kaiji/render.h"

const char *const kj_onepager_sections[] = {"header",  "facts",           "data_types", "timeline",
                                            "summary", "countermeasures", "sources"};
const size_t kj_onepager_n_sections = sizeof kj_onepager_sections / sizeof *kj_onepager_sections;

/* The most the summary shows, and the fewest lines it keeps while other
 * parts can still give way. */
#define SUMMARY_MAX_LINES 24
#define SUMMARY_MIN_LINES 4
/* Countermeasures at first, and lines of each. */
#define MEASURES_FIRST 8
#define MEASURE_LINES_FIRST 2

/* How much of each part a setting of the page shows. */
typedef struct op_plan {
    size_t summary_lines; /* 0: the summary's text left out (a probe) */
    size_t measures;      /* countermeasure items */
    int measure_lines;    /* lines of each item */
    size_t events;        /* event rows of the timeline table */
    size_t sources;       /* release rows of the sources table (the rest summed up) */
    size_t releases;      /* release rows of the timeline table (the rest summed up) */
    bool chart;           /* the timeline chart above the table */
} op_plan;

typedef struct op_page {
    kj_renderer *r;
    const kj_layout *l;
    const op_content *c;
    kj_arena *scratch; /* strings of one setting */
    bool shortened;    /* the last setting cut something */
    size_t summary_shown;
} op_page;

/* ------------------------------------------------------------ fitting text */

static size_t prev_char(const char *s, size_t at)
{
    while (at > 0 && ((unsigned char)s[--at] & 0xC0) == 0x80)
        ;
    return at;
}

/*
 * `text` cut to `max_lines` lines of `style` at `width`: after a sentence
 * end when one fits, else after as many characters as fit, then `marker`.
 * Returns `text` itself when it fits whole.
 */
static const char *fit_lines(op_page *p, kj_style_id style, const char *text, double width,
                             size_t max_lines, const char *marker, bool *cut)
{
    enum { MAX_FIT_LINES = 64 };
    if (max_lines == 0) {
        *cut = true;
        return marker;
    }
    if (max_lines > MAX_FIT_LINES)
        max_lines = MAX_FIT_LINES;
    kj_text_line lines[MAX_FIT_LINES];
    size_t n = kj_text_lines(p->r, style, KJ_ALIGN_JUSTIFY, text, width, lines, max_lines);
    if (n <= max_lines)
        return text;
    *cut = true;
    size_t keep = kj_text_fit_sentences(p->r, style, text, width, max_lines, marker);
    if (keep > 0 && keep < strlen(text))
        return kj_arena_printf(p->scratch, "%.*s%s", (int)keep, text, marker);
    /* Not even one sentence fits: cut inside it, backing off from the end of
     * the last line until the marker fits too. */
    size_t end = lines[max_lines - 1].start + lines[max_lines - 1].length;
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' '))
        end--;
    while (end > 0) {
        end = prev_char(text, end);
        const char *s = kj_arena_printf(p->scratch, "%.*s…%s", (int)end, text, marker);
        if (kj_text_lines(p->r, style, KJ_ALIGN_JUSTIFY, s, width, NULL, 0) <= max_lines)
            return s;
    }
    return marker;
}

/* ------------------------------------------------------------------ parts */

static void part_header(op_page *p, kj_doc *doc)
{
    double w = kj_doc_frame_width(doc);
    const char *org = fit_lines(p, KJ_STYLE_TITLE, p->c->organizations, w, 2, "", &p->shortened);
    const char *sub = fit_lines(p, KJ_STYLE_SUBTITLE, p->c->subtitle, w, 3, "", &p->shortened);
    kj_doc_title(doc, org, sub);
}

static void part_facts(op_page *p, kj_doc *doc)
{
    const op_content *c = p->c;
    kj_doc_kpis(doc, c->kpis, 4, 4);
    /* The definitions in two columns: the left one takes the first half. */
    size_t left = (c->n_defs + 1) / 2;
    double top = kj_doc_y(doc);
    int half = kj_renderer_layout(p->r)->grid_columns / 2;
    kj_doc_set_frame(doc, 0, half);
    kj_doc_definitions(doc, c->defs, left, 7);
    double left_end = kj_doc_y(doc);
    int pages = kj_doc_page_count(doc);
    kj_doc_set_y(doc, top);
    kj_doc_set_frame(doc, half, half);
    kj_doc_definitions(doc, c->defs + left, c->n_defs - left, 7);
    if (kj_doc_page_count(doc) == pages && left_end > kj_doc_y(doc))
        kj_doc_set_y(doc, left_end);
    kj_doc_set_frame(doc, 0, 0);
}

static void part_data_types(op_page *p, kj_doc *doc)
{
    const op_content *c = p->c;
    kj_doc_heading(doc, 3,
                   c->any_excluded
                       ? "対象となった情報（取り消し線は「含まれない」と明記された情報）"
                       : "対象となった情報",
                   false);
    if (c->n_tags)
        kj_doc_tags(doc, c->tags, c->n_tags);
    else
        kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_LEFT, "記載なし");
}

/* Which event rows a plan keeps: the `keep` of highest priority (earliest
 * first within a priority). */
static bool *kept_events(op_page *p, size_t keep)
{
    const op_content *c = p->c;
    bool *kept = kj_arena_alloc(p->scratch, (c->n_rows + 1) * sizeof *kept);
    size_t n = 0;
    for (int prio = 0; prio <= 4 && n < keep; prio++)
        for (size_t i = 0; i < c->n_rows && n < keep; i++)
            if (!c->rows[i].release && c->rows[i].priority == prio) {
                kept[i] = true;
                n++;
            }
    return kept;
}

static void part_timeline(op_page *p, kj_doc *doc, const op_plan *plan)
{
    const op_content *c = p->c;
    kj_arena *a = p->scratch;
    kj_doc_heading(doc, 2, "経過", false);
    bool *kept = kept_events(p, plan->events);

    if (plan->chart) {
        kj_timeline_mark *marks = kj_arena_alloc(a, (c->n_marks + c->n_rows + 1) * sizeof *marks);
        memcpy(marks, c->marks, c->n_marks * sizeof *marks);
        size_t n = c->n_marks;
        for (size_t i = 0; i < c->n_rows; i++) {
            const op_row *row = &c->rows[i];
            /* Occurrence and detection are the chart's own marks (from the
             * facts); other kept events are grey squares. */
            if (kept[i] && row->event_kind != KJ_EVENT_OCCURRED &&
                row->event_kind != KJ_EVENT_DETECTED)
                marks[n++] = (kj_timeline_mark){row->date, KJ_MARK_EVENT, row->kind};
        }
        kj_timeline_row tl_row = {"", marks, n};
        kj_timeline tl = {.rows = &tl_row, .n_rows = 1};
        kj_figure fig = {KJ_FIGURE_TIMELINE, NULL, &tl};
        kj_doc_figures(doc, &fig, 1, 0);
    }

    /* The table: every release and the kept events, by date; releases
     * beyond the plan's are summed up in one row in the middle. */
    size_t n_releases = 0;
    for (size_t i = 0; i < c->n_rows; i++)
        n_releases += c->rows[i].release;
    size_t head = plan->releases / 2 + plan->releases % 2, tail = plan->releases / 2;
    kj_table_cell *cells = kj_arena_alloc(a, (c->n_rows + 2) * 3 * sizeof *cells);
    size_t n = 0, release_no = 0, dropped_events = 0;
    bool summed = false;
    for (size_t i = 0; i < c->n_rows; i++) {
        const op_row *row = &c->rows[i];
        if (row->release) {
            release_no++;
            if (n_releases > plan->releases && release_no > head &&
                release_no <= n_releases - tail) {
                if (!summed) {
                    cells[n * 3] = (kj_table_cell){"…", NULL};
                    cells[n * 3 + 1] = (kj_table_cell){"公表", NULL};
                    cells[n * 3 + 2] =
                        (kj_table_cell){kj_arena_printf(a, "ほか%zu件の公表（出典を参照）",
                                                        n_releases - head - tail),
                                        NULL};
                    n++;
                    summed = true;
                    p->shortened = true;
                }
                continue;
            }
        } else if (!kept[i]) {
            dropped_events++;
            continue;
        }
        cells[n * 3] = (kj_table_cell){row->date_text, NULL};
        cells[n * 3 + 1] = (kj_table_cell){row->kind, NULL};
        cells[n * 3 + 2] = (kj_table_cell){row->text, NULL};
        n++;
    }
    if (dropped_events) {
        p->shortened = true;
        cells[n * 3] = (kj_table_cell){"", NULL};
        cells[n * 3 + 1] = (kj_table_cell){"", NULL};
        cells[n * 3 + 2] = (kj_table_cell){
            kj_arena_printf(a, "…ほか%zu件の出来事（出典を参照）", dropped_events), NULL};
        n++;
    }
    static const kj_table_column cols[] = {
        {"日付", 8, 0, KJ_ALIGN_LEFT, 1},
        {"区分", 7.5, 0, KJ_ALIGN_LEFT, 1},
        {"内容（公表の表題、出来事を述べた文）", 0, 1, KJ_ALIGN_LEFT, 1},
    };
    kj_table table = {NULL, cols, 3, cells, n};
    kj_doc_table(doc, &table);
}

static void part_summary(op_page *p, kj_doc *doc, const op_plan *plan)
{
    const op_content *c = p->c;
    kj_doc_heading(doc, 2, "概要（最新の公表の冒頭）", false);
    p->summary_shown = 0;
    if (!c->have_text || !c->opening) {
        kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY,
                    !c->have_text ? "本文を読み込んでいないため表示できません。全文は出典を参照。"
                                  : "本文に概要となる段落がありません。全文は出典を参照。");
        return;
    }
    if (plan->summary_lines > 0) {
        bool cut = c->opening_cut;
        double w = kj_doc_frame_width(doc);
        const char *text =
            fit_lines(p, KJ_STYLE_BODY, c->opening, w, plan->summary_lines, "（以下略）", &cut);
        /* The passage itself may end before the text does: marked too. */
        if (cut && text == c->opening)
            text = kj_arena_printf(p->scratch, "%s（以下略）", c->opening);
        p->shortened |= cut;
        p->summary_shown = kj_text_lines(p->r, KJ_STYLE_BODY, KJ_ALIGN_JUSTIFY, text, w, NULL, 0);
        kj_doc_paragraph(doc, text);
    }
    kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_LEFT,
                kj_arena_printf(p->scratch, "※ %sの公表文の冒頭を抜粋。全文は出典を参照。",
                                c->newest_date));
}

static void part_countermeasures(op_page *p, kj_doc *doc, const op_plan *plan)
{
    const op_content *c = p->c;
    /* what the release puts under a heading of countermeasures is that; the
     * response in general (今後の対応) or a sentence elsewhere is called so,
     * not sold as prevention (「…の開示は控えさせていただきます」) */
    kj_doc_heading(doc, 2,
                   c->n_measures == 0 || c->measures_from == KJ_MEASURES_PREVENTION
                       ? "再発防止策・対策（最新の公表より）"
                       : "今後の対応（最新の公表より。再発防止策の項目はなし）",
                   false);
    if (!c->have_text || c->n_measures == 0) {
        kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY,
                    !c->have_text ? "本文を読み込んでいないため表示できません。"
                                  : "最新の公表に再発防止策・対策の項目は見当たりません。"
                                    "全文は出典を参照。");
        return;
    }
    size_t n = plan->measures < c->n_measures ? plan->measures : c->n_measures;
    const char **items = kj_arena_alloc(p->scratch, (n + 1) * sizeof *items);
    const kj_layout *l = kj_renderer_layout(p->r);
    /* The width of a bullet's text (blocks.c indents by 1.5 em). */
    double w = kj_doc_frame_width(doc) - l->styles[KJ_STYLE_BODY].size * 1.5;
    for (size_t i = 0; i < n; i++)
        items[i] = fit_lines(p, KJ_STYLE_BODY, c->measures[i], w, (size_t)plan->measure_lines, "",
                             &p->shortened);
    if (n)
        kj_doc_bullets(doc, KJ_STYLE_BODY, items, n);
    if (c->n_measures_found > n) {
        p->shortened = true;
        kj_doc_text(
            doc, KJ_STYLE_SMALL, KJ_ALIGN_LEFT,
            kj_arena_printf(p->scratch, "…ほか%zu件（全文は出典を参照）", c->n_measures_found - n));
    }
}

static void part_sources(op_page *p, kj_doc *doc, const op_plan *plan)
{
    const op_content *c = p->c;
    kj_arena *a = p->scratch;
    kj_doc_heading(doc, 2, "出典", false);
    /* The newest releases, oldest first; older ones summed up first. */
    size_t shown = plan->sources < c->n_sources ? plan->sources : c->n_sources;
    size_t skip = c->n_sources - shown;
    kj_table_cell *cells = kj_arena_alloc(a, (shown + 1) * 4 * sizeof *cells);
    size_t n = 0;
    if (skip) {
        p->shortened = true;
        cells[0] = (kj_table_cell){"…", NULL};
        cells[2] = (kj_table_cell){
            kj_arena_printf(a, "それ以前の%zu件（%s〜）", skip, c->sources[0].date_text), NULL};
        cells[3] = (kj_table_cell){kj_arena_printf(a, "%s ほか", c->sources[0].path), NULL};
        n++;
    }
    for (size_t i = skip; i < c->n_sources; i++, n++) {
        const op_source *s = &c->sources[i];
        cells[n * 4] = (kj_table_cell){s->date_text, NULL};
        cells[n * 4 + 1] = (kj_table_cell){s->report, NULL};
        cells[n * 4 + 2] = (kj_table_cell){s->url ? s->url : "（URLの記載なし）", s->url};
        cells[n * 4 + 3] = (kj_table_cell){s->path, NULL};
    }
    static const kj_table_column cols[] = {
        {"公表日", 8, 0, KJ_ALIGN_LEFT, 1},
        {"報", 4, 0, KJ_ALIGN_LEFT, 1},
        {"出典（クリックで原文）", 0, 3, KJ_ALIGN_LEFT, 1},
        {"アーカイブ内のファイル", 0, 2, KJ_ALIGN_LEFT, 2},
    };
    kj_table table = {NULL, cols, 4, cells, n};
    kj_doc_table(doc, &table);
}

/* ---------------------------------------------------------------- setting */

static kj_doc *set_page(op_page *p, const op_plan *plan, const kj_doc_info *info)
{
    p->shortened = false;
    kj_doc *doc = kj_doc_new(p->r, info);
    /* A layout that names no sections gets every part, in the usual order. */
    const char *const *parts =
        p->l->n_sections ? (const char *const *)p->l->sections : kj_onepager_sections;
    size_t n_parts = p->l->n_sections ? p->l->n_sections : kj_onepager_n_sections;
    for (size_t i = 0; i < n_parts; i++) {
        const char *s = parts[i];
        if (strcmp(s, "header") == 0)
            part_header(p, doc);
        else if (strcmp(s, "facts") == 0)
            part_facts(p, doc);
        else if (strcmp(s, "data_types") == 0)
            part_data_types(p, doc);
        else if (strcmp(s, "timeline") == 0)
            part_timeline(p, doc, plan);
        else if (strcmp(s, "summary") == 0)
            part_summary(p, doc, plan);
        else if (strcmp(s, "countermeasures") == 0)
            part_countermeasures(p, doc, plan);
        else if (strcmp(s, "sources") == 0)
            part_sources(p, doc, plan);
    }
    return doc;
}

static bool fits(const kj_doc *doc)
{
    return kj_doc_page_count(doc) <= 1 && kj_doc_ops_outside(doc) == 0;
}

/* How far a setting runs past the page: what landed on the pages after the
 * first (a block pushed over whole counts whole, so this may overstate). */
static double overflow(const kj_doc *doc)
{
    double body = kj_doc_body_bottom(doc) - kj_doc_body_top(doc);
    int pages = kj_doc_page_count(doc);
    if (pages <= 1)
        return kj_doc_ops_outside(doc) ? 1 : 0;
    return (pages - 2) * body + (kj_doc_y(doc) - kj_doc_body_top(doc));
}

static size_t less(size_t have, size_t floor, double need, double unit)
{
    size_t by = (size_t)ceil(need / unit);
    if (by < 1)
        by = 1;
    return have > floor + by ? have - by : floor;
}

/*
 * Shortens the plan by about `need` points, the cheapest loss first:
 * events beyond the first six, countermeasures beyond four, their second
 * lines, then the summary's floor, the remaining events, countermeasures
 * beyond two, older sources, the middle releases beyond six, the chart,
 * and at last what is left.  False when nothing is left to shorten.
 */
static bool shorten(op_page *p, op_plan *plan, double need, size_t *summary_floor)
{
    kj_renderer *r = p->r;
    double row = kj_style_leading(r, KJ_STYLE_TABLE) + p->l->baseline;
    double line = kj_style_leading(r, KJ_STYLE_BODY);
    if (plan->events > 6) {
        plan->events = less(plan->events, 6, need, row);
    } else if (plan->measures > 4) {
        plan->measures = less(plan->measures, 4, need, line * plan->measure_lines);
    } else if (plan->measure_lines > 1) {
        plan->measure_lines = 1;
    } else if (*summary_floor > 2) {
        *summary_floor = 2;
    } else if (plan->events > 0) {
        plan->events = less(plan->events, 0, need, row);
    } else if (plan->measures > 2) {
        plan->measures = less(plan->measures, 2, need, line);
    } else if (plan->sources > 3) {
        plan->sources = less(plan->sources, 3, need, row);
    } else if (plan->releases > 6) {
        plan->releases = less(plan->releases, 6, need, row);
    } else if (plan->chart) {
        plan->chart = false;
    } else if (*summary_floor > 1) {
        *summary_floor = 1;
    } else if (plan->measures > 0) {
        plan->measures = less(plan->measures, 0, need, line);
    } else if (plan->sources > 1) {
        plan->sources = less(plan->sources, 1, need, row);
    } else if (plan->releases > 2) {
        plan->releases = less(plan->releases, 2, need, row);
    } else {
        return false;
    }
    return true;
}

/*
 * The fitting loop (see the top of the file).  Returns the finished
 * document; `*overflowed` when even the shortest plan did not fit.
 */
static kj_doc *fit_page(op_page *p, const kj_doc_info *info, op_plan *plan, bool *overflowed)
{
    size_t summary_floor = SUMMARY_MIN_LINES;
    double line = kj_style_leading(p->r, KJ_STYLE_BODY);
    bool has_summary = p->c->have_text && p->c->opening;
    *overflowed = false;
    plan->summary_lines = 0;
    kj_doc *doc = NULL;
    /* The probe: every part but the summary's text, shortened while it runs
     * over or leaves the summary less than its floor.  Each round shortens
     * something, and there is only so much to shorten. */
    for (;;) {
        doc = set_page(p, plan, info);
        bool ok = fits(doc);
        /* Room for the summary's floor: its lines, the gap after the
         * paragraph and the grid's rounding (as `room` below). */
        double need = !ok           ? overflow(doc)
                      : has_summary ? ((double)summary_floor + 0.5) * line + p->l->baseline -
                                          kj_doc_remaining(doc)
                                    : 0;
        if (need <= 0 || !shorten(p, plan, need, &summary_floor)) {
            if (!ok) {
                *overflowed = true;
                return doc;
            }
            break;
        }
        kj_doc_free(doc);
    }
    if (!has_summary)
        return doc;
    /* The summary takes the room left: its lines, the gap after the
     * paragraph and the grid's rounding; one line less while it does not
     * fit after all. */
    double room = kj_doc_remaining(doc) - line * 0.5 - p->l->baseline;
    size_t lines = room > 0 ? (size_t)floor(room / line) : 0;
    if (lines > SUMMARY_MAX_LINES)
        lines = SUMMARY_MAX_LINES;
    for (; lines >= 1; lines--) {
        plan->summary_lines = lines;
        kj_doc *with = set_page(p, plan, info);
        if (fits(with)) {
            kj_doc_free(doc);
            return with;
        }
        kj_doc_free(with);
    }
    /* Not one line: the probe, the summary left as its note. */
    plan->summary_lines = 0;
    kj_doc_free(doc);
    return set_page(p, plan, info);
}

/* ------------------------------------------------------------------ API */

kj_status kj_onepager_write(kj_renderer *r, const kj_incident *inc,
                            const kj_onepager_options *options, const char *path,
                            kj_onepager_result *result, kj_error *err)
{
    kj_onepager_options none = {0};
    if (!options)
        options = &none;
    if (result)
        memset(result, 0, sizeof *result);
    const kj_layout *l = kj_renderer_layout(r);
    kj_status st = kj_layout_check_sections(l, kj_onepager_sections, kj_onepager_n_sections, err);
    if (st != KJ_OK)
        return st;
    /* whatever made the renderer, the page's terms are kept whole */
    kj_page_set_terms(r);
    kj_arena *arena = kj_arena_new();
    const op_content *c = kj_op_content_build(inc, options->as_of, options, arena);
    if (!c) {
        char day[11];
        kj_arena_free(arena);
        return kj_error_set(err, KJ_ERR_DATA, "incident %s: no release published by %s", inc->id,
                            kj_date_format(options->as_of, day));
    }
    kj_doc_info info = {.title = c->doc_title,
                        .subtitle = c->id,
                        .author = options->author ? options->author : "kaiji",
                        .subject = "情報セキュリティ事案の概要（1ページ）",
                        .keywords = c->id,
                        .created = options->created};
    op_page page = {.r = r, .l = l, .c = c, .scratch = arena};
    size_t n_releases = c->n_sources;
    op_plan plan = {.summary_lines = SUMMARY_MAX_LINES,
                    .measures = MEASURES_FIRST,
                    .measure_lines = MEASURE_LINES_FIRST,
                    .events = c->n_events,
                    .sources = n_releases,
                    .releases = n_releases,
                    .chart = true};
    bool overflowed;
    kj_doc *doc = fit_page(&page, &info, &plan, &overflowed);
    if (result) {
        result->pages = kj_doc_page_count(doc);
        result->overflow = overflowed || !fits(doc);
        result->shortened = page.shortened;
        double left = kj_doc_remaining(doc);
        result->free_points = kj_doc_page_count(doc) == 1 && left > 0 ? left : 0;
        result->summary_lines = page.summary_shown;
        result->measures_found = c->n_measures_found;
        result->measures_shown = plan.measures < c->n_measures ? plan.measures : c->n_measures;
        result->events_total = c->n_events;
        result->events_shown = plan.events < c->n_events ? plan.events : c->n_events;
        result->newest_path = c->newest->path;
    }
    st = kj_doc_write_pdf(doc, path, err);
    kj_doc_free(doc);
    kj_arena_free(arena);
    return st;
}

size_t kj_onepager_filename(const kj_incident *inc, char *out, size_t size)
{
    static const char prefix[] = "onepager-", suffix[] = ".pdf";
    size_t fixed = sizeof prefix - 1 + sizeof suffix - 1;
    if (size <= fixed + 1) {
        if (size)
            out[0] = '\0';
        return 0;
    }
    memcpy(out, prefix, sizeof prefix - 1);
    size_t n = kj_safe_filename(out + sizeof prefix - 1, size - fixed, inc->id);
    memcpy(out + sizeof prefix - 1 + n, suffix, sizeof suffix);
    return sizeof prefix - 1 + n + sizeof suffix - 1;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *copy_name(const char *name)
{
    char *copy = kj_xstrdup(name);
    return copy;
}

/* True when `name` is one of the first names (sorted) or one given since. */
static bool name_taken(char **sorted, size_t n, char **given, size_t n_given, const char *name)
{
    if (bsearch(&name, sorted, n, sizeof *sorted, compare_names))
        return true;
    for (size_t i = 0; i < n_given; i++) /* few: names only meet by accident */
        if (strcmp(given[i], name) == 0)
            return true;
    return false;
}

char **kj_onepager_filenames(const kj_incident *const *incidents, size_t n)
{
    size_t cap = n ? n : 1;
    char **names = kj_xmalloc(cap * sizeof *names);
    char **sorted = kj_xmalloc(cap * sizeof *sorted);
    char **given = kj_xmalloc(cap * sizeof *given);
    size_t *given_to = kj_xmalloc(cap * sizeof *given_to);
    bool *seen = kj_xcalloc(cap, sizeof *seen);
    char name[256];
    for (size_t i = 0; i < n; i++) {
        kj_onepager_filename(incidents[i], name, sizeof name);
        names[i] = copy_name(name);
    }
    memcpy(sorted, names, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, compare_names);

    /* In incident order, a name already seen (flagged at the first of its
     * run in `sorted`) gets the first free suffix. */
    size_t n_given = 0;
    for (size_t i = 0; i < n; i++) {
        char **hit = bsearch(&names[i], sorted, n, sizeof *sorted, compare_names);
        size_t first = (size_t)(hit - sorted);
        while (first > 0 && strcmp(sorted[first - 1], names[i]) == 0)
            first--;
        if (!seen[first]) {
            seen[first] = true;
            continue;
        }
        size_t stem = strlen(names[i]) - 4; /* ".pdf" */
        for (int k = 2;; k++) {
            /* The suffix must fit: cut the stem on a whole character. */
            size_t keep = stem, suffix = (size_t)snprintf(NULL, 0, "-%d.pdf", k);
            while (keep > 0 &&
                   (keep + suffix >= sizeof name || ((unsigned char)names[i][keep] & 0xC0) == 0x80))
                keep--;
            snprintf(name, sizeof name, "%.*s-%d.pdf", (int)keep, names[i], k);
            if (!name_taken(sorted, n, given, n_given, name))
                break;
        }
        given_to[n_given] = i;
        given[n_given++] = copy_name(name);
    }
    /* Only now: `sorted` points at the first names until here. */
    for (size_t g = 0; g < n_given; g++) {
        free(names[given_to[g]]);
        names[given_to[g]] = given[g];
    }
    free(seen);
    free(sorted);
    free(given);
    free(given_to);
    return names;
}

void kj_onepager_filenames_free(char **names, size_t n)
{
    if (!names)
        return;
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}
