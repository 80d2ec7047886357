/*
 * figure.c — charts placed in a document, and charts written alone as
 * SVG, PNG or PDF for slides and mail.
 */
#include <math.h>
#include <string.h>
#include <strings.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "kaiji/output.h"
#include "kaiji/text.h"
#include "render_internal.h"

double kj_figure_natural_height(kj_renderer *r, const kj_figure *fig, double width)
{
    if (fig->kind == KJ_FIGURE_TIMELINE && fig->timeline)
        return kj_timeline_height(r, fig->timeline, fig->timeline->n_rows, width);
    if (fig->kind == KJ_FIGURE_BARS && fig->bars)
        return kj_bars_natural_height(r, fig->bars, width);
    return 0;
}

void kj_figure_draw(kj_renderer *r, kj_canvas *cv, const kj_figure *fig, double x, double y,
                    double w, double h)
{
    if (fig->kind == KJ_FIGURE_BARS && fig->bars)
        kj_bars_draw(r, cv, fig->bars, x, y, w, h);
    else if (fig->kind == KJ_FIGURE_TIMELINE && fig->timeline)
        kj_timeline_draw(r, cv, fig->timeline, 0, fig->timeline->n_rows, false, x, y, w);
}

/* A timeline alone in the flow continues over pages, its head repeated. */
/* ------------------------------------------------------ alternative text */

static void append_date(kj_buf *b, kj_date date)
{
    if (!kj_date_is_set(date))
        kj_buf_puts(b, "日付不明");
    else if (date.day == 0)
        kj_buf_printf(b, "%d年%d月", date.year, date.month);
    else
        kj_buf_printf(b, "%d年%d月%d日", date.year, date.month, date.day);
}

/* A bar chart in words: its title, then every category with its values. */
static void bars_alt(const kj_bar_chart *c, kj_buf *b)
{
    kj_buf_puts(b, c->title && *c->title ? c->title : "棒グラフ");
    if (c->unit && *c->unit)
        kj_buf_printf(b, "（単位：%s）", c->unit);
    kj_buf_puts(b, "。");
    for (size_t k = 0; k < c->n_categories; k++) {
        kj_buf_printf(b, "%s：", c->categories[k] ? c->categories[k] : "");
        double total = 0;
        for (size_t s = 0; s < c->n_series; s++) {
            char v[32];
            kj_format_value(c->series[s].values[k], v);
            total += c->series[s].values[k];
            if (c->n_series > 1)
                kj_buf_printf(b, "%s%s %s", s ? "、" : "",
                              c->series[s].name ? c->series[s].name : "", v);
            else
                kj_buf_puts(b, v);
        }
        if (c->stacked && c->n_series > 1) {
            char v[32];
            kj_format_value(total, v);
            kj_buf_printf(b, "（計 %s）", v);
        }
        kj_buf_puts(b, "。");
    }
}

static const char *mark_word(kj_mark_kind kind)
{
    switch (kind) {
    case KJ_MARK_OCCURRED:
        return "発生";
    case KJ_MARK_DETECTED:
        return "検知";
    case KJ_MARK_RELEASE:
        return "公表";
    default:
        return "出来事";
    }
}

/* Rows [first, first + n) of a timeline in words: each row's label and its
 * dated marks. */
static void timeline_alt(const kj_timeline *tl, size_t first, size_t n, kj_buf *b)
{
    kj_buf_puts(b, tl->title && *tl->title ? tl->title : "時系列");
    kj_buf_puts(b, first > 0 ? "（続き）。" : "。");
    for (size_t i = first; i < first + n && i < tl->n_rows; i++) {
        const kj_timeline_row *row = &tl->rows[i];
        kj_buf_printf(b, "%s：", row->label && *row->label ? row->label : "");
        for (size_t k = 0; k < row->n_marks; k++) {
            const kj_timeline_mark *m = &row->marks[k];
            if (k)
                kj_buf_puts(b, "、");
            append_date(b, m->date);
            kj_buf_printf(b, " %s", m->label && *m->label ? m->label : mark_word(m->kind));
        }
        kj_buf_puts(b, "。");
    }
}

/* Opens a Figure element whose alternative text gives the figure's
 * figures. */
static void figure_begin(kj_doc *d, const kj_figure *fig, size_t first, size_t n)
{
    kj_buf alt = {0};
    if (fig->kind == KJ_FIGURE_BARS && fig->bars)
        bars_alt(fig->bars, &alt);
    else if (fig->kind == KJ_FIGURE_TIMELINE && fig->timeline)
        timeline_alt(fig->timeline, first, n, &alt);
    kj_doc_tag_begin(d, "Figure");
    kj_doc_figure_alt(d, alt.data ? alt.data : "");
    kj_buf_free(&alt);
}

static void flow_timeline(kj_doc *d, const kj_timeline *tl)
{
    kj_renderer *r = kj_doc_renderer(d);
    double w = kj_doc_frame_width(d);
    double head = kj_timeline_height(r, tl, 0, w);
    double rh = kj_timeline_height(r, tl, 1, w) - head;
    size_t n = tl->n_rows;
    kj_doc_begin_block(d, head + rh * (double)(n < 3 ? n : 3));
    size_t first = 0;
    do {
        size_t fit = (size_t)fmax(0, floor((kj_doc_remaining(d) - head + 1e-6) / rh));
        if (fit < 1 && n > 0) {
            if (!kj_doc_page_is_empty(d)) {
                kj_doc_new_page(d);
                continue;
            }
            fit = 1;
        }
        size_t k = n - first < fit ? n - first : fit;
        kj_figure part = {KJ_FIGURE_TIMELINE, NULL, tl};
        figure_begin(d, &part, first, k);
        kj_timeline_draw(r, kj_doc_canvas(d), tl, first, k, first > 0, kj_doc_frame_x(d),
                         kj_doc_y(d), w);
        kj_doc_tag_end(d, "Figure");
        kj_doc_advance(d, kj_timeline_height(r, tl, k, w));
        first += k;
        if (first < n)
            kj_doc_new_page(d);
    } while (first < n);
}

void kj_doc_figures(kj_doc *d, const kj_figure *figs, size_t n, double height)
{
    if (n == 0)
        return;
    kj_renderer *r = kj_doc_renderer(d);
    const kj_layout *l = kj_renderer_layout(r);
    if (n == 1 && figs[0].kind == KJ_FIGURE_TIMELINE && figs[0].timeline && height <= 0) {
        flow_timeline(d, figs[0].timeline);
        kj_doc_end_block(d, l->baseline * 4);
        return;
    }
    double gutter = l->grid_gutter * 2;
    double w = (kj_doc_frame_width(d) - (double)(n - 1) * gutter) / (double)n;
    /* A row is as tall as asked, or as its tallest figure needs. */
    double h = height > 0 ? height : 0;
    for (size_t i = 0; i < n; i++) {
        double nh = kj_figure_natural_height(r, &figs[i], w);
        if (nh <= 0 && height <= 0)
            nh = w * 0.6;
        h = nh > h ? nh : h;
    }
    double body = kj_doc_body_bottom(d) - kj_doc_body_top(d);
    if (h > body)
        h = body;
    kj_doc_begin_block(d, h);
    for (size_t i = 0; i < n; i++) {
        figure_begin(d, &figs[i], 0, figs[i].timeline ? figs[i].timeline->n_rows : 0);
        kj_figure_draw(r, kj_doc_canvas(d), &figs[i], kj_doc_frame_x(d) + (double)i * (w + gutter),
                       kj_doc_y(d), w, h);
        kj_doc_tag_end(d, "Figure");
    }
    kj_doc_advance(d, h);
    kj_doc_end_block(d, l->baseline * 4);
}

int kj_image_format_from_path(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (!dot)
        return -1;
    if (strcasecmp(dot, ".svg") == 0)
        return KJ_IMAGE_SVG;
    if (strcasecmp(dot, ".png") == 0)
        return KJ_IMAGE_PNG;
    if (strcasecmp(dot, ".pdf") == 0)
        return KJ_IMAGE_PDF;
    return -1;
}

#define FIGURE_PAD 8.0
#define PNG_SCALE 2.0

kj_status kj_figure_write(kj_renderer *r, const kj_figure *fig, double width, double height,
                          kj_image_format format, const char *path, kj_error *err)
{
    if (!(width > 2 * FIGURE_PAD + 40) || width > 10000 || height > 10000)
        return kj_error_set(err, KJ_ERR_USAGE, "%s: a figure is 57 to 10000 points wide", path);
    if (height <= 0) {
        double nh = kj_figure_natural_height(r, fig, width - 2 * FIGURE_PAD);
        height = (nh > 0 ? nh : (width - 2 * FIGURE_PAD) * 0.6) + 2 * FIGURE_PAD;
    }
    kj_output *out;
    kj_status st = kj_output_open(path, &out, err);
    if (st != KJ_OK)
        return st;
    FILE *f = kj_output_stream(out);
    cairo_surface_t *s;
    if (format == KJ_IMAGE_SVG)
        s = cairo_svg_surface_create_for_stream(kj_cairo_write_file, f, width, height);
    else if (format == KJ_IMAGE_PDF)
        s = cairo_pdf_surface_create_for_stream(kj_cairo_write_file, f, width, height);
    else
        s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)ceil(width * PNG_SCALE),
                                       (int)ceil(height * PNG_SCALE));
    cairo_t *cr = cairo_create(s);
    if (format == KJ_IMAGE_PNG)
        cairo_scale(cr, PNG_SCALE, PNG_SCALE);
    cairo_set_source_rgb(cr, 1, 1, 1); /* slides and dark-mode mail: never transparent */
    cairo_paint(cr);
    kj_canvas *cv = kj_canvas_direct(cr);
    kj_figure_draw(r, cv, fig, FIGURE_PAD, FIGURE_PAD, width - 2 * FIGURE_PAD,
                   height - 2 * FIGURE_PAD);
    kj_canvas_free(cv);
    cairo_destroy(cr);
    cairo_status_t cs = CAIRO_STATUS_SUCCESS;
    if (format == KJ_IMAGE_PNG)
        cs = cairo_surface_write_to_png_stream(s, kj_cairo_write_file, f);
    cairo_surface_finish(s);
    if (cs == CAIRO_STATUS_SUCCESS)
        cs = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (cs != CAIRO_STATUS_SUCCESS) {
        kj_output_abort(out);
        return kj_error_set(err, cs == CAIRO_STATUS_WRITE_ERROR ? KJ_ERR_IO : KJ_ERR_SOFTWARE,
                            "%s: cannot write the figure: %s", path, cairo_status_to_string(cs));
    }
    return kj_output_commit(out, err);
}
