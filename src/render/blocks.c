/*
 * blocks.c — the running-text blocks of a document: paragraphs, bullet
 * lists, link lines and KPI boxes.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "render_internal.h"

/*
 * Draws the lines of `pl` down the flow at `x`, continuing on new pages.
 * A page break never leaves one line of a paragraph behind (orphan) nor
 * carries one line alone to the next page (widow) when the paragraph has
 * lines enough to avoid it.  With `bullet`, a marker goes before the first
 * line at `bullet_x`.
 */
static void flow_lines(kj_doc *d, PangoLayout *pl, double x, kj_color c, double lead, bool bullet,
                       double bullet_x, const char *const *open, const char *const *close)
{
    int n = pango_layout_get_line_count(pl);
    /* What must go first: two lines, or all three of a paragraph that can
     * split neither 2 + 1 nor 1 + 2 (a heading above stays with it). */
    kj_doc_begin_block(d, lead * (n <= 3 ? n : 2));
    /* The structure elements open where the block starts (after a page
     * break the block itself asked for). */
    for (size_t i = 0; open && open[i]; i++)
        kj_doc_tag_begin(d, open[i]);
    int done = 0;
    while (done < n) {
        int fit = (int)floor((kj_doc_remaining(d) + 1e-6) / lead);
        int rest = n - done, take = rest;
        if (fit < rest) {
            take = fit;
            if (rest - take < 2)
                take = rest - 2;
            if (take < 2 || (done == 0 && take < 2)) {
                if (!kj_doc_page_is_empty(d)) {
                    kj_doc_new_page(d);
                    continue;
                }
                take = fit > 0 ? fit : 1; /* a page shorter than two lines */
            }
        }
        kj_canvas *cv = kj_doc_canvas(d);
        double y = kj_doc_y(d);
        kj_cv_layout_lines(cv, pl, done, take, x, y, c);
        if (bullet && done == 0) {
            const kj_layout *l = kj_renderer_layout(kj_doc_renderer(d));
            double size = pango_font_description_get_size(pango_layout_get_font_description(pl)) /
                          (double)PANGO_SCALE;
            double r = size * 0.16;
            kj_cv_rect(cv, bullet_x, y + lead / 2 - r, 2 * r, 2 * r, l->colors[KJ_COLOR_ACCENT]);
        }
        kj_doc_advance(d, take * lead);
        done += take;
        if (done < n)
            kj_doc_new_page(d);
    }
    for (size_t i = 0; close && close[i]; i++)
        kj_doc_tag_end(d, close[i]);
}

void kj_doc_text(kj_doc *d, kj_style_id style, kj_align align, const char *text)
{
    kj_renderer *r = kj_doc_renderer(d);
    const kj_layout *l = kj_renderer_layout(r);
    PangoLayout *pl = kj_ts_layout(r, style, align, text, kj_doc_frame_width(d), 0);
    double lead = kj_style_leading(r, style);
    static const char *const p_tag[] = {"P", NULL};
    flow_lines(d, pl, kj_doc_frame_x(d), l->styles[style].color, lead, false, 0, p_tag, p_tag);
    g_object_unref(pl);
    kj_doc_end_block(d, lead * 0.5);
}

void kj_doc_paragraph(kj_doc *d, const char *text)
{
    kj_doc_text(d, KJ_STYLE_BODY, KJ_ALIGN_JUSTIFY, text);
}

void kj_doc_bullets(kj_doc *d, kj_style_id style, const char *const *items, size_t n)
{
    kj_renderer *r = kj_doc_renderer(d);
    const kj_layout *l = kj_renderer_layout(r);
    double size = l->styles[style].size, lead = kj_style_leading(r, style);
    double indent = size * 1.5;
    double x = kj_doc_frame_x(d);
    for (size_t i = 0; i < n; i++) {
        PangoLayout *pl =
            kj_ts_layout(r, style, KJ_ALIGN_JUSTIFY, items[i], kj_doc_frame_width(d) - indent, 0);
        /* L, then LI and LBody for each item */
        static const char *const first[] = {"L", "LI", "LBody", NULL};
        static const char *const next[] = {"LI", "LBody", NULL};
        static const char *const close[] = {"LBody", "LI", NULL};
        flow_lines(d, pl, x + indent, l->styles[style].color, lead, true, x + size * 0.35,
                   i == 0 ? first : next, close);
        g_object_unref(pl);
        kj_doc_advance(d, lead * 0.25);
    }
    if (n > 0)
        kj_doc_tag_end(d, "L");
    kj_doc_end_block(d, lead * 0.25);
}

void kj_doc_link_line(kj_doc *d, const char *label, const char *url)
{
    kj_renderer *r = kj_doc_renderer(d);
    const kj_layout *l = kj_renderer_layout(r);
    double x = kj_doc_frame_x(d), w = kj_doc_frame_width(d);
    double label_w = 0;
    PangoLayout *lab = NULL;
    if (label && *label) {
        lab = kj_ts_layout(r, KJ_STYLE_SMALL, KJ_ALIGN_LEFT, label, w / 3, 1);
        label_w = kj_ts_width(lab) + l->styles[KJ_STYLE_SMALL].size;
    }
    bool web = kj_url_is_web(url);
    PangoLayout *u = kj_ts_layout(r, KJ_STYLE_SMALL, KJ_ALIGN_LEFT, url ? url : "", w - label_w, 0);
    double h = kj_ts_height(u);
    kj_doc_begin_block(d, h);
    kj_canvas *cv = kj_doc_canvas(d);
    double y = kj_doc_y(d);
    kj_cv_tag_begin(cv, "P", NULL);
    if (lab)
        kj_cv_layout(cv, lab, x, y, l->styles[KJ_STYLE_SMALL].color);
    bool linked = web && kj_doc_link_begin(d, x + label_w, y, kj_ts_width(u), h, url);
    kj_cv_layout(cv, u, x + label_w, y,
                 web ? l->colors[KJ_COLOR_LINK] : l->styles[KJ_STYLE_SMALL].color);
    if (linked)
        kj_doc_link_end(d);
    kj_cv_tag_end(cv, "P");
    kj_doc_advance(d, h);
    if (lab)
        g_object_unref(lab);
    g_object_unref(u);
    kj_doc_end_block(d, 0);
}

/* ------------------------------------------------------------------ KPIs */

typedef struct kpi_box {
    PangoLayout *label, *value, *unit, *change;
} kpi_box;

void kj_doc_kpis(kj_doc *d, const kj_kpi *kpis, size_t n, size_t per_row)
{
    kj_renderer *r = kj_doc_renderer(d);
    const kj_layout *l = kj_renderer_layout(r);
    if (per_row == 0 || per_row > n)
        per_row = n;
    if (per_row > 16)
        per_row = 16;
    if (n == 0)
        return;
    double gutter = l->grid_gutter;
    double box_w = (kj_doc_frame_width(d) - (double)(per_row - 1) * gutter) / (double)per_row;
    double pad = l->baseline * 2;
    double inner = box_w - 2 * pad;
    for (size_t row = 0; row < n; row += per_row) {
        size_t m = n - row < per_row ? n - row : per_row;
        kpi_box boxes[16];
        double box_h = 0;
        for (size_t i = 0; i < m; i++) {
            const kj_kpi *k = &kpis[row + i];
            kpi_box *b = &boxes[i];
            b->label = kj_ts_layout(r, KJ_STYLE_KPI_LABEL, KJ_ALIGN_LEFT, k->label, inner, 2);
            b->value = kj_ts_layout(r, KJ_STYLE_KPI_VALUE, KJ_ALIGN_LEFT, k->value, 0, 0);
            b->unit =
                k->unit ? kj_ts_layout(r, KJ_STYLE_KPI_LABEL, KJ_ALIGN_LEFT, k->unit, 0, 0) : NULL;
            b->change =
                k->change ? kj_ts_layout(r, KJ_STYLE_KPI_LABEL, KJ_ALIGN_LEFT, k->change, inner, 2)
                          : NULL;
            double h = 2 * pad + kj_ts_height(b->label) + kj_ts_height(b->value) +
                       (b->change ? kj_ts_height(b->change) : 0);
            if (h > box_h)
                box_h = h;
        }
        box_h = ceil(box_h / l->baseline) * l->baseline;
        kj_doc_begin_block(d, box_h);
        kj_canvas *cv = kj_doc_canvas(d);
        double y0 = kj_doc_y(d);
        for (size_t i = 0; i < m; i++) {
            const kj_kpi *k = &kpis[row + i];
            kpi_box *b = &boxes[i];
            double x = kj_doc_frame_x(d) + (double)i * (box_w + gutter);
            kj_cv_tag_begin(cv, "P", NULL);
            kj_cv_rect(cv, x, y0, box_w, box_h, l->colors[KJ_COLOR_FILL]);
            kj_cv_rect(cv, x, y0, box_w, 2, l->colors[KJ_COLOR_ACCENT]);
            double y = y0 + pad;
            kj_cv_layout(cv, b->label, x + pad, y, l->styles[KJ_STYLE_KPI_LABEL].color);
            y += kj_ts_height(b->label);
            kj_cv_layout(cv, b->value, x + pad, y, l->styles[KJ_STYLE_KPI_VALUE].color);
            if (b->unit) {
                /* The unit sits on the figure's baseline. */
                double base = pango_layout_get_baseline(b->value) / (double)PANGO_SCALE;
                double ubase = pango_layout_get_baseline(b->unit) / (double)PANGO_SCALE;
                kj_cv_layout(cv, b->unit, x + pad + kj_ts_width(b->value) + 2, y + base - ubase,
                             l->styles[KJ_STYLE_KPI_VALUE].color);
            }
            y += kj_ts_height(b->value);
            if (b->change) {
                kj_color c = k->tone == KJ_TONE_WORSE    ? l->colors[KJ_COLOR_WORSE]
                             : k->tone == KJ_TONE_BETTER ? l->colors[KJ_COLOR_BETTER]
                                                         : l->styles[KJ_STYLE_KPI_LABEL].color;
                kj_cv_layout(cv, b->change, x + pad, y, c);
            }
            kj_cv_tag_end(cv, "P");
            g_object_unref(b->label);
            g_object_unref(b->value);
            if (b->unit)
                g_object_unref(b->unit);
            if (b->change)
                g_object_unref(b->change);
        }
        kj_doc_advance(d, box_h);
        kj_doc_end_block(d, gutter);
    }
}

/* ------------------------------------------------------------------ tags */

void kj_doc_tags(kj_doc *d, const kj_tag *tags, size_t n)
{
    kj_renderer *r = kj_doc_renderer(d);
    const kj_layout *l = kj_renderer_layout(r);
    double em = l->styles[KJ_STYLE_TABLE].size, lead = kj_style_leading(r, KJ_STYLE_TABLE);
    double pad_x = em * 0.6, pad_y = l->baseline * 0.5, gap = em * 0.5;
    double chip_h = lead + 2 * pad_y;
    double x0 = kj_doc_frame_x(d), w = kj_doc_frame_width(d), x = x0;
    bool row_open = false;
    for (size_t i = 0; i < n; i++) {
        PangoLayout *pl =
            kj_ts_layout(r, KJ_STYLE_TABLE, KJ_ALIGN_LEFT, tags[i].label, w - 2 * pad_x, 1);
        double chip_w = kj_ts_width(pl) + 2 * pad_x;
        if (row_open && x + chip_w > x0 + w) {
            kj_doc_advance(d, chip_h + l->baseline);
            row_open = false;
        }
        if (!row_open) {
            kj_doc_begin_block(d, chip_h);
            x = x0;
            row_open = true;
        }
        if (i == 0)
            kj_doc_tag_begin(d, "L");
        kj_canvas *cv = kj_doc_canvas(d);
        double y = kj_doc_y(d);
        kj_cv_tag_begin(cv, "LI", NULL);
        if (tags[i].state == KJ_TAG_ON) {
            kj_cv_rect(cv, x, y, chip_w, chip_h, kj_color_tint(l->colors[KJ_COLOR_ACCENT], 0.85));
            kj_cv_layout(cv, pl, x + pad_x, y + pad_y, l->colors[KJ_COLOR_TEXT]);
        } else {
            kj_cv_frame(cv, x, y, chip_w, chip_h, 0.6, l->colors[KJ_COLOR_RULE]);
            kj_cv_layout(cv, pl, x + pad_x, y + pad_y, l->colors[KJ_COLOR_MUTED]);
            kj_cv_line(cv, x + pad_x * 0.6, y + chip_h / 2, x + chip_w - pad_x * 0.6,
                       y + chip_h / 2, 0.6, l->colors[KJ_COLOR_MUTED]);
        }
        kj_cv_tag_end(cv, "LI");
        g_object_unref(pl);
        x += chip_w + gap;
    }
    if (n > 0)
        kj_doc_tag_end(d, "L");
    if (row_open)
        kj_doc_advance(d, chip_h);
    kj_doc_end_block(d, l->baseline * 2);
}

/* ----------------------------------------------------------- definitions */

void kj_doc_definitions(kj_doc *d, const kj_definition *defs, size_t n, double term_em)
{
    kj_renderer *r = kj_doc_renderer(d);
    const kj_layout *l = kj_renderer_layout(r);
    double em = l->styles[KJ_STYLE_TABLE].size;
    double x = kj_doc_frame_x(d), w = kj_doc_frame_width(d);
    double term_w = term_em * em, gap = em, pad_y = l->baseline * 0.5;
    if (term_w > w / 2)
        term_w = w / 2;
    for (size_t i = 0; i < n; i++) {
        PangoLayout *term =
            kj_ts_layout(r, KJ_STYLE_TABLE_HEADER, KJ_ALIGN_LEFT, defs[i].term, term_w, 0);
        /* Ragged like a table cell: a value breaks between phrases, and a
         * justified line would spread the phrase it kept over the width. */
        PangoLayout *text = kj_ts_layout(r, KJ_STYLE_TABLE, KJ_ALIGN_LEFT,
                                         defs[i].text ? defs[i].text : "", w - term_w - gap, 0);
        double h = fmax(kj_ts_height(term), kj_ts_height(text)) + 2 * pad_y;
        kj_doc_begin_block(d, h);
        if (i == 0)
            kj_doc_tag_begin(d, "Table");
        kj_canvas *cv = kj_doc_canvas(d);
        double y = kj_doc_y(d);
        bool web = kj_url_is_web(defs[i].url);
        kj_cv_tag_begin(cv, "TR", NULL);
        kj_cv_tag_begin(cv, "TH", NULL);
        kj_cv_layout(cv, term, x, y + pad_y, l->styles[KJ_STYLE_TABLE_HEADER].color);
        kj_cv_tag_end(cv, "TH");
        kj_cv_tag_begin(cv, "TD", NULL);
        bool linked =
            web && kj_doc_link_begin(d, x + term_w + gap, y, kj_ts_width(text), h, defs[i].url);
        kj_cv_layout(cv, text, x + term_w + gap, y + pad_y,
                     web ? l->colors[KJ_COLOR_LINK] : l->styles[KJ_STYLE_TABLE].color);
        if (linked)
            kj_doc_link_end(d);
        kj_cv_tag_end(cv, "TD");
        kj_cv_tag_end(cv, "TR");
        kj_cv_rect(cv, x, y + h - 0.4, w, 0.4, l->colors[KJ_COLOR_RULE]);
        kj_doc_advance(d, h);
        g_object_unref(term);
        g_object_unref(text);
    }
    if (n > 0)
        kj_doc_tag_end(d, "Table");
    kj_doc_end_block(d, l->baseline * 2);
}
