/*
 * chart_common.c — what bar charts and timelines share: nice axis steps,
 * series colours, number labels, legends, markers and titles.
 */
#include <math.h>
#include <stdio.h>

#include "kaiji/render.h"
#include "kaiji/text.h"
#include "render_internal.h"

double kj_nice_step(double max, int target, double *top)
{
    if (target < 1)
        target = 1;
    if (!(max > 0)) {
        *top = 1;
        return 1;
    }
    double raw = max / target;
    double mag = pow(10, floor(log10(raw)));
    double step = 10 * mag;
    static const double nice[] = {1, 2, 5};
    for (size_t i = 0; i < sizeof nice / sizeof nice[0]; i++)
        if (nice[i] * mag >= raw - 1e-9) {
            step = nice[i] * mag;
            break;
        }
    if (step < 1)
        step = 1; /* counts: no tick at 0.5 persons */
    *top = ceil(max / step - 1e-9) * step;
    return step;
}

kj_color kj_series_color(const kj_layout *l, const kj_series *all, size_t i)
{
    if (all[i].other)
        return l->colors[KJ_COLOR_OTHER];
    size_t slot = 0;
    for (size_t k = 0; k < i; k++)
        if (!all[k].other)
            slot++;
    return l->palette[slot % l->n_palette];
}

void kj_format_value(double v, char buf[32])
{
    if (fabs(v - round(v)) < 1e-9 && fabs(v) < 1e15)
        kj_format_count((long long)llround(v), buf);
    else
        snprintf(buf, 32, "%.1f", v);
}

double kj_marker_half_width(kj_swatch shape, double radius)
{
    return radius * (shape == KJ_SWATCH_BAR ? 1.6 : shape == KJ_SWATCH_DIAMOND ? 1.15 : 1.0);
}

void kj_marker(cairo_t *cr, kj_swatch shape, double x, double y, double radius, kj_color c)
{
    cairo_new_path(cr); /* an arc would join the point text drawing left behind */
    kj_set_color(cr, c);
    switch (shape) {
    case KJ_SWATCH_BOX:
        cairo_rectangle(cr, x - radius, y - radius, 2 * radius, 2 * radius);
        cairo_fill(cr);
        break;
    case KJ_SWATCH_CIRCLE:
        cairo_arc(cr, x, y, radius, 0, 2 * M_PI);
        cairo_fill(cr);
        break;
    case KJ_SWATCH_RING:
        cairo_arc(cr, x, y, radius * 0.8, 0, 2 * M_PI);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_fill_preserve(cr);
        kj_set_color(cr, c);
        cairo_set_line_width(cr, radius * 0.45);
        cairo_stroke(cr);
        break;
    case KJ_SWATCH_DIAMOND:
        cairo_move_to(cr, x, y - radius * 1.15);
        cairo_line_to(cr, x + radius * 1.15, y);
        cairo_line_to(cr, x, y + radius * 1.15);
        cairo_line_to(cr, x - radius * 1.15, y);
        cairo_close_path(cr);
        cairo_fill(cr);
        break;
    case KJ_SWATCH_BAR:
        cairo_rectangle(cr, x - radius * 1.6, y - radius * 0.55, radius * 3.2, radius * 1.1);
        cairo_fill(cr);
        break;
    case KJ_SWATCH_BREAK:
        cairo_rectangle(cr, x - radius * 0.9, y - radius * 1.1, radius * 1.8, radius * 2.2);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_fill(cr);
        kj_set_color(cr, c);
        cairo_set_line_width(cr, radius * 0.3);
        for (int i = -1; i <= 1; i += 2) {
            cairo_move_to(cr, x + i * radius * 0.4 - radius * 0.35, y + radius);
            cairo_line_to(cr, x + i * radius * 0.4 + radius * 0.35, y - radius);
        }
        cairo_stroke(cr);
        break;
    }
}

double kj_legend(kj_renderer *r, kj_canvas *cv, const kj_legend_item *items, size_t n, double x,
                 double y, double w, bool measure_only)
{
    const kj_layout *l = kj_renderer_layout(r);
    double lead = kj_style_leading(r, KJ_STYLE_CHART);
    double size = l->styles[KJ_STYLE_CHART].size;
    double sw = size * 0.45; /* swatch radius */
    double cx = x, cy = y;
    for (size_t i = 0; i < n; i++) {
        PangoLayout *pl = kj_ts_layout(r, KJ_STYLE_CHART, KJ_ALIGN_LEFT, items[i].label, 0, 0);
        double tw = kj_ts_width(pl);
        double half = kj_marker_half_width(items[i].swatch, sw);
        double item_w = 2 * half + size * 0.4 + tw;
        if (cx > x && cx + item_w > x + w) {
            cx = x;
            cy += lead;
        }
        if (!measure_only) {
            kj_cv_marker(cv, items[i].swatch, cx + half, cy + lead / 2, sw, items[i].color);
            kj_cv_layout(cv, pl, cx + 2 * half + size * 0.4, cy, l->colors[KJ_COLOR_TEXT]);
        }
        g_object_unref(pl);
        cx += item_w + size * 1.2;
    }
    return n ? cy + lead - y : 0;
}

double kj_chart_title(kj_renderer *r, kj_canvas *cv, const char *title, bool continued, double x,
                      double y, double w, bool measure_only)
{
    if (!title || !*title)
        return 0;
    const kj_layout *l = kj_renderer_layout(r);
    char text[512];
    snprintf(text, sizeof text, "%s%s", title, continued ? "（続き）" : "");
    PangoLayout *pl = kj_ts_layout(r, KJ_STYLE_CAPTION, KJ_ALIGN_LEFT, text, w, 2);
    if (!measure_only)
        kj_cv_layout(cv, pl, x, y, l->styles[KJ_STYLE_CAPTION].color);
    double h = kj_ts_height(pl) + l->baseline;
    g_object_unref(pl);
    return h;
}
