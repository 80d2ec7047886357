/*
 * chart_bars.c — bar charts, vertical or horizontal, stacked or grouped.
 *
 * The box given is filled top to bottom: title, legend (only for several
 * series), then the plot with its axis.  The value axis starts at 0 and
 * ends on a nice tick; there is headroom for the value labels.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "render_internal.h"

static double category_total(const kj_bar_chart *c, size_t cat)
{
    double t = 0;
    for (size_t s = 0; s < c->n_series; s++)
        t += c->series[s].values[cat] > 0 ? c->series[s].values[cat] : 0;
    return t;
}

static double chart_max(const kj_bar_chart *c)
{
    double max = 0;
    for (size_t cat = 0; cat < c->n_categories; cat++) {
        if (c->stacked) {
            double t = category_total(c, cat);
            if (t > max)
                max = t;
        } else {
            for (size_t s = 0; s < c->n_series; s++)
                if (c->series[s].values[cat] > max)
                    max = c->series[s].values[cat];
        }
    }
    return max;
}

/* Title and legend; returns the height they take. */
static double chart_head(kj_renderer *r, kj_canvas *cv, const kj_bar_chart *c, double x, double y,
                         double w, bool measure_only)
{
    const kj_layout *l = kj_renderer_layout(r);
    double h = kj_chart_title(r, cv, c->title, false, x, y, w, measure_only);
    if (c->n_series > 1) {
        kj_legend_item items[32];
        size_t n = c->n_series < 32 ? c->n_series : 32;
        for (size_t s = 0; s < n; s++)
            items[s] = (kj_legend_item){c->series[s].name, kj_series_color(l, c->series, s),
                                        KJ_SWATCH_BOX};
        h += kj_legend(r, cv, items, n, x, y + h, w, measure_only) + l->baseline;
    }
    return h;
}

static void axis_unit(kj_renderer *r, kj_canvas *cv, const kj_bar_chart *c, double x, double y,
                      kj_align align, double w)
{
    if (!c->unit || !*c->unit)
        return;
    char text[64];
    snprintf(text, sizeof text, "（%s）", c->unit);
    kj_ts_label(r, cv, KJ_STYLE_CHART, align, text, x, y, w,
                kj_renderer_layout(r)->styles[KJ_STYLE_CHART].color);
}

static void value_label(kj_renderer *r, kj_canvas *cv, double v, double x, double y, kj_align align,
                        double w)
{
    char text[32];
    kj_format_value(v, text);
    kj_ts_label(r, cv, KJ_STYLE_CHART, align, text, x, y, w,
                kj_renderer_layout(r)->colors[KJ_COLOR_TEXT]);
}

/* A value label for a horizontal bar: its ink centred on `cy`, from `x`.
 * Returns where its ink ends on the right; its ink's top and bottom go to
 * `*top` and `*bottom`. */
static double row_value_label(kj_renderer *r, kj_canvas *cv, double v, double x, double cy,
                              double *top, double *bottom)
{
    char text[32];
    kj_format_value(v, text);
    PangoLayout *pl = kj_ts_layout(r, KJ_STYLE_CHART, KJ_ALIGN_LEFT, text, 0, 0);
    PangoRectangle ink;
    pango_layout_get_extents(pl, &ink, NULL);
    double iy = ink.y / (double)PANGO_SCALE, ih = ink.height / (double)PANGO_SCALE;
    kj_cv_layout(cv, pl, x, cy - iy - ih / 2, kj_renderer_layout(r)->colors[KJ_COLOR_TEXT]);
    g_object_unref(pl);
    *top = cy - ih / 2;
    *bottom = cy + ih / 2;
    return x + (ink.x + ink.width) / (double)PANGO_SCALE;
}

/* The height of the figures' ink (no ascender or descender room). */
static double figure_ink_height(kj_renderer *r)
{
    PangoLayout *pl = kj_ts_layout(r, KJ_STYLE_CHART, KJ_ALIGN_LEFT, "0123456789", 0, 0);
    PangoRectangle ink;
    pango_layout_get_extents(pl, &ink, NULL);
    g_object_unref(pl);
    return ink.height / (double)PANGO_SCALE;
}

/* Whether series `s` of a side-by-side chart carries value labels. */
static bool labelled(const kj_bar_chart *c, size_t s)
{
    return c->value_labels && (c->labelled_series == 0 || s < c->labelled_series);
}

/* How much of a row side-by-side bars fill at most: the rest parts the
 * categories. */
#define ROW_FILL 0.85

/*
 * Side by side, each value is set level with its own bar's end, so the
 * bars of a group whose values are labelled are each as thick as a figure's
 * ink and a gap: the labels of two neighbouring bars never share a place.
 * 0 when at most one bar of a group is labelled.
 */
static double labelled_group_thickness(kj_renderer *r, const kj_bar_chart *c)
{
    size_t n_labelled = 0;
    for (size_t s = 0; s < c->n_series && !c->stacked; s++)
        n_labelled += labelled(c, s);
    if (n_labelled < 2)
        return 0;
    double gap = kj_renderer_layout(r)->styles[KJ_STYLE_CHART].size * 0.25;
    return (figure_ink_height(r) + gap) * (double)c->n_series;
}

double kj_bars_natural_height(kj_renderer *r, const kj_bar_chart *c, double w)
{
    double thick = labelled_group_thickness(r, c);
    if (!c->horizontal || !(thick > 0))
        return 0;
    double lead = kj_style_leading(r, KJ_STYLE_CHART);
    double unit = c->unit && *c->unit ? lead : 0;
    return chart_head(r, NULL, c, 0, 0, w, true) + unit +
           thick / ROW_FILL * (double)c->n_categories + lead + 2;
}

static void hairline(kj_canvas *cv, double x0, double y0, double x1, double y1, kj_color c,
                     double width)
{
    kj_cv_line(cv, x0, y0, x1, y1, width, c);
}

static void draw_vertical(kj_renderer *r, kj_canvas *cv, const kj_bar_chart *c, double x, double y,
                          double w, double h)
{
    const kj_layout *l = kj_renderer_layout(r);
    double lead = kj_style_leading(r, KJ_STYLE_CHART);
    double top;
    double step = kj_nice_step(chart_max(c), 5, &top);
    char text[32];
    kj_format_value(top, text);
    double axis_w = kj_text_width(r, KJ_STYLE_CHART, text) + 4;
    if (c->unit && *c->unit)
        axis_unit(r, cv, c, x, y, KJ_ALIGN_LEFT, w);
    double plot_x = x + axis_w, plot_w = w - axis_w;
    size_t n = c->n_categories ? c->n_categories : 1;
    double slot = plot_w / (double)n;

    /* Category labels: one line if they fit the slot, else two, else cut. */
    int label_lines = 1;
    for (size_t i = 0; i < c->n_categories; i++)
        if (kj_text_width(r, KJ_STYLE_CHART, c->categories[i]) > slot - 2)
            label_lines = 2;
    double plot_top = y + lead * 1.5; /* unit line and value-label headroom */
    double plot_bottom = y + h - lead * label_lines - 3;
    if (plot_bottom < plot_top + 10)
        plot_bottom = plot_top + 10;
    double plot_h = plot_bottom - plot_top;

    for (double t = 0; t <= top + 1e-9; t += step) {
        double ty = plot_bottom - plot_h * t / top;
        hairline(cv, plot_x, ty, plot_x + plot_w, ty, l->colors[KJ_COLOR_RULE], t == 0 ? 0.8 : 0.4);
        kj_format_value(t, text);
        kj_ts_label(r, cv, KJ_STYLE_CHART, KJ_ALIGN_RIGHT, text, x, ty - lead / 2, axis_w - 3,
                    l->styles[KJ_STYLE_CHART].color);
    }
    double group = slot * 0.72;
    size_t per = c->stacked ? 1 : (c->n_series ? c->n_series : 1);
    double bar_w = group / (double)per;
    for (size_t cat = 0; cat < c->n_categories; cat++) {
        double gx = plot_x + slot * (double)cat + (slot - group) / 2;
        double base = plot_bottom;
        for (size_t s = 0; s < c->n_series; s++) {
            double v = c->series[s].values[cat];
            if (!(v > 0))
                continue;
            double bh = plot_h * v / top;
            double bx = c->stacked ? gx : gx + bar_w * (double)s;
            double by = c->stacked ? base - bh : plot_bottom - bh;
            kj_cv_rect(cv, bx, by, bar_w - (c->stacked ? 0 : 0.6), bh,
                       kj_series_color(l, c->series, s));
            if (c->stacked && s > 0 && base < plot_bottom)
                hairline(cv, bx, base, bx + bar_w, base, (kj_color){1, 1, 1}, 0.5);
            if (c->stacked)
                base -= bh;
            else if (labelled(c, s))
                value_label(r, cv, v, bx - slot, by - lead, KJ_ALIGN_CENTER, bar_w + 2 * slot);
        }
        if (c->stacked && c->value_labels) {
            double t = category_total(c, cat);
            if (t > 0)
                value_label(r, cv, t, gx - slot, base - lead, KJ_ALIGN_CENTER, group + 2 * slot);
        }
        PangoLayout *pl = kj_ts_layout(r, KJ_STYLE_CHART, KJ_ALIGN_CENTER, c->categories[cat],
                                       slot - 1, label_lines);
        kj_cv_layout(cv, pl, plot_x + slot * (double)cat + 0.5, plot_bottom + 3,
                     l->styles[KJ_STYLE_CHART].color);
        g_object_unref(pl);
    }
}

static void draw_horizontal(kj_renderer *r, kj_canvas *cv, const kj_bar_chart *c, double x,
                            double y, double w, double h)
{
    const kj_layout *l = kj_renderer_layout(r);
    double lead = kj_style_leading(r, KJ_STYLE_CHART);
    double top;
    double step = kj_nice_step(chart_max(c), 4, &top);
    char text[32];

    /* Label column as wide as the widest label, at most 40% of the box. */
    double label_w = 0;
    for (size_t i = 0; i < c->n_categories; i++) {
        double tw = kj_text_width(r, KJ_STYLE_CHART, c->categories[i]);
        if (tw > label_w)
            label_w = tw;
    }
    label_w += 4;
    if (label_w > w * 0.4)
        label_w = w * 0.4;
    kj_format_value(top, text);
    double value_w = c->value_labels ? kj_text_width(r, KJ_STYLE_CHART, text) + 4 : 0;
    double plot_x = x + label_w, plot_w = w - label_w - value_w;
    double plot_top = y, plot_bottom = y + h - lead - 2;
    if (c->unit && *c->unit) {
        axis_unit(r, cv, c, x, y, KJ_ALIGN_RIGHT, w);
        plot_top += lead;
    }
    size_t n = c->n_categories ? c->n_categories : 1;
    double row = (plot_bottom - plot_top) / (double)n;
    double thick = row * 0.68 > 11 ? 11 : row * 0.68;
    size_t per = c->stacked ? 1 : (c->n_series ? c->n_series : 1);
    double gap = l->styles[KJ_STYLE_CHART].size * 0.25;
    double want = labelled_group_thickness(r, c);
    if (thick < want)
        thick = want < row * ROW_FILL ? want : row * ROW_FILL;

    for (double t = 0; t <= top + 1e-9; t += step) {
        double tx = plot_x + plot_w * t / top;
        hairline(cv, tx, plot_top, tx, plot_bottom, l->colors[KJ_COLOR_RULE], t == 0 ? 0.8 : 0.4);
        kj_format_value(t, text);
        kj_ts_label(r, cv, KJ_STYLE_CHART, KJ_ALIGN_CENTER, text, tx - 30, plot_bottom + 2, 60,
                    l->styles[KJ_STYLE_CHART].color);
    }
    double label_half = figure_ink_height(r) / 2; /* one measure for every value */
    for (size_t cat = 0; cat < c->n_categories; cat++) {
        double cy = plot_top + row * (double)cat + row / 2;
        PangoLayout *pl =
            kj_ts_layout(r, KJ_STYLE_CHART, KJ_ALIGN_RIGHT, c->categories[cat], label_w - 4, 1);
        kj_cv_layout(cv, pl, x, cy - kj_ts_height(pl) / 2, l->colors[KJ_COLOR_TEXT]);
        g_object_unref(pl);
        double bar_h = thick / (double)per;
        double base = plot_x;
        /* Labels set so far in this row: where a cramped row still puts one
         * beside another, the later one moves past it, never on top. */
        double lab_top[32], lab_bottom[32], lab_end[32];
        size_t n_lab = 0;
        for (size_t s = 0; s < c->n_series; s++) {
            double v = c->series[s].values[cat];
            if (!(v > 0))
                continue;
            double bw = plot_w * v / top;
            double by = c->stacked ? cy - thick / 2 : cy - thick / 2 + bar_h * (double)s;
            double bx = c->stacked ? base : plot_x;
            kj_cv_rect(cv, bx, by, bw, bar_h - (c->stacked ? 0 : 0.5),
                       kj_series_color(l, c->series, s));
            if (c->stacked && s > 0 && base > plot_x)
                hairline(cv, base, by, base, by + bar_h, (kj_color){1, 1, 1}, 0.5);
            if (c->stacked)
                base += bw;
            else if (labelled(c, s) && n_lab < 32) {
                double lx = bx + bw + 2, mid = by + bar_h / 2, half = label_half;
                for (size_t i = 0; i < n_lab; i++)
                    if (mid - half < lab_bottom[i] + gap / 2 && mid + half > lab_top[i] - gap / 2 &&
                        lx < lab_end[i] + gap)
                        lx = lab_end[i] + gap * 2;
                lab_end[n_lab] =
                    row_value_label(r, cv, v, lx, mid, &lab_top[n_lab], &lab_bottom[n_lab]);
                n_lab++;
            }
        }
        if (c->stacked && c->value_labels) {
            double t = category_total(c, cat);
            if (t > 0)
                value_label(r, cv, t, base + 2, cy - lead / 2, KJ_ALIGN_LEFT, 0);
        }
    }
}

void kj_bars_draw(kj_renderer *r, kj_canvas *cv, const kj_bar_chart *c, double x, double y,
                  double w, double h)
{
    double head = chart_head(r, cv, c, x, y, w, false);
    if (c->horizontal)
        draw_horizontal(r, cv, c, x, y + head, w, h - head);
    else
        draw_vertical(r, cv, c, x, y + head, w, h - head);
}
