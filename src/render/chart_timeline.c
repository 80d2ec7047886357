/*
 * chart_timeline.c — the disclosure timeline: one row per incident on a
 * shared date axis, occurred ○ ▸ detected ◆ ▸ each release ●, and a bar
 * from detection (or occurrence) to the first release so the disclosure
 * lag reads at a glance, with its length in days under it.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "render_internal.h"

typedef struct axis {
    int32_t from, to; /* days since 1970, [from, to) */
    double x, w;      /* plot area */
} axis;

/* Where a mark sits: the middle of its day, or mid-month when only the
 * month is known. */
static double mark_day(kj_date d)
{
    if (d.day == 0) {
        kj_date mid = {d.year, d.month, 15};
        return kj_date_to_days(mid) + 0.5;
    }
    return kj_date_to_days(d) + 0.5;
}

static double axis_x(const axis *a, double day)
{
    double t = (day - a->from) / (double)(a->to - a->from);
    if (t < 0)
        t = 0;
    if (t > 1)
        t = 1;
    return a->x + a->w * t;
}

static kj_date first_of_month(int year, int month)
{
    while (month > 12) {
        month -= 12;
        year++;
    }
    return (kj_date){(int16_t)year, (int8_t)month, 1};
}

/* The axis runs over whole months around every mark of the timeline. */
static void axis_range(const kj_timeline *tl, int32_t *from, int32_t *to)
{
    kj_date lo = tl->from, hi = tl->to;
    if (!kj_date_is_set(lo) || !kj_date_is_set(hi)) {
        kj_date mlo = {0, 0, 0}, mhi = {0, 0, 0};
        for (size_t r = 0; r < tl->n_rows; r++)
            for (size_t m = 0; m < tl->rows[r].n_marks; m++) {
                kj_date d = tl->rows[r].marks[m].date;
                if (!kj_date_is_valid(d))
                    continue;
                if (!kj_date_is_set(mlo) || kj_date_cmp(d, mlo) < 0)
                    mlo = d;
                if (!kj_date_is_set(mhi) || kj_date_cmp(d, mhi) > 0)
                    mhi = d;
            }
        if (!kj_date_is_set(lo))
            lo = mlo;
        if (!kj_date_is_set(hi))
            hi = mhi;
    }
    if (!kj_date_is_set(lo) || !kj_date_is_set(hi)) {
        lo = hi = kj_date_from_days((int32_t)(time(NULL) / 86400));
    }
    kj_date start = first_of_month(lo.year, lo.month);
    kj_date end = first_of_month(hi.year, hi.month + 1);
    *from = kj_date_to_days(start);
    *to = kj_date_to_days(end);
    if (*to - *from < 28)
        *to = *from + 28;
}

/*
 * A row has three lanes: the marks' labels above, the line with its marks
 * and the lag bar, and under the bar the days it measures.  The days have a
 * lane of their own so that they sit by their bar, on no line and beside no
 * other mark, whose interval they could be read as.
 */
typedef struct row_lanes {
    double line;     /* the line's y, from the row's top */
    double days;     /* top of the days' ink, from the row's top */
    double days_ink; /* height of the days' ink */
    double height;   /* the whole row */
} row_lanes;

static row_lanes lanes(kj_renderer *r)
{
    double size = kj_renderer_layout(r)->styles[KJ_STYLE_CHART].size;
    PangoLayout *pl = kj_ts_layout(r, KJ_STYLE_CHART, KJ_ALIGN_LEFT, "0123456789日", 0, 0);
    PangoRectangle ink;
    pango_layout_get_extents(pl, &ink, NULL);
    g_object_unref(pl);
    row_lanes ln;
    /* below the labels, clear of the largest marker (a diamond) */
    ln.line = kj_style_leading(r, KJ_STYLE_CHART) + 0.5 + size * 0.5;
    ln.days = ln.line + size * 0.75;
    ln.days_ink = ink.height / (double)PANGO_SCALE;
    ln.height = ln.days + ln.days_ink + size * 0.3;
    return ln;
}

static double row_height(kj_renderer *r)
{
    return lanes(r).height;
}

static double head_height(kj_renderer *r, const kj_timeline *tl, double w, bool continued,
                          kj_canvas *cv, double x, double y, bool measure_only);

double kj_timeline_height(kj_renderer *r, const kj_timeline *tl, size_t n_rows, double w)
{
    return head_height(r, tl, w, false, NULL, 0, 0, true) + (double)n_rows * row_height(r) + 2;
}

static const kj_swatch mark_shape[] = {KJ_SWATCH_RING, KJ_SWATCH_DIAMOND, KJ_SWATCH_CIRCLE,
                                       KJ_SWATCH_BOX};

static kj_color mark_color(const kj_layout *l, kj_mark_kind k)
{
    if (k == KJ_MARK_EVENT)
        return l->colors[KJ_COLOR_OTHER];
    /* Vermillion, orange, blue of the Okabe–Ito set (palette 3, 1, 0). */
    size_t slot = k == KJ_MARK_OCCURRED ? 3 : k == KJ_MARK_DETECTED ? 1 : 0;
    return l->palette[slot % l->n_palette];
}

/* What the rows draw besides the fixed marks, so that the legend names
 * exactly what is on the chart. */
typedef struct drawn {
    bool events;     /* grey squares */
    bool month_only; /* lighter marks: only the month is known */
    bool clipped;    /* a date before the axis: the row's line is broken */
} drawn;

static drawn what_is_drawn(const kj_timeline *tl)
{
    drawn d = {false, false, false};
    int32_t from, to;
    axis_range(tl, &from, &to);
    for (size_t r = 0; r < tl->n_rows; r++)
        for (size_t m = 0; m < tl->rows[r].n_marks; m++) {
            const kj_timeline_mark *mk = &tl->rows[r].marks[m];
            if (!kj_date_is_valid(mk->date))
                continue;
            d.events |= mk->kind == KJ_MARK_EVENT;
            d.month_only |= mk->date.day == 0;
            d.clipped |= kj_date_to_days(mk->date) < from;
        }
    return d;
}

static double head_height(kj_renderer *r, const kj_timeline *tl, double w, bool continued,
                          kj_canvas *cv, double x, double y, bool measure_only)
{
    const kj_layout *l = kj_renderer_layout(r);
    double h = kj_chart_title(r, cv, tl->title, continued, x, y, w, measure_only);
    kj_color lag = kj_color_tint(l->colors[KJ_COLOR_ACCENT], 0.6);
    drawn d = what_is_drawn(tl);
    kj_legend_item items[7] = {
        {"発生", mark_color(l, KJ_MARK_OCCURRED), KJ_SWATCH_RING},
        {"検知", mark_color(l, KJ_MARK_DETECTED), KJ_SWATCH_DIAMOND},
        {"公表", mark_color(l, KJ_MARK_RELEASE), KJ_SWATCH_CIRCLE},
        {"検知（不明なら発生）から初回公表まで（日数）", lag, KJ_SWATCH_BAR},
    };
    size_t n_items = 4;
    if (d.events)
        items[n_items++] =
            (kj_legend_item){"その他の出来事", mark_color(l, KJ_MARK_EVENT), KJ_SWATCH_BOX};
    if (d.month_only)
        items[n_items++] =
            (kj_legend_item){"月までの日付（淡色）",
                             kj_color_tint(mark_color(l, KJ_MARK_RELEASE), 0.45), KJ_SWATCH_CIRCLE};
    if (d.clipped)
        items[n_items++] = (kj_legend_item){"図の始まりより前の日付（軸を省略）",
                                            l->colors[KJ_COLOR_TEXT], KJ_SWATCH_BREAK};
    h += kj_legend(r, cv, items, n_items, x, y + h, w, measure_only) + l->baseline;
    h += kj_style_leading(r, KJ_STYLE_CHART) * 1.3; /* month labels */
    return h;
}

/* The label of month `m` on the axis: with its year when it is the first
 * label or the year has changed since the label before. */
static void month_label(kj_date m, int prev_year, char label[32])
{
    if (m.year != prev_year)
        snprintf(label, 32, "%d年%d月", m.year, m.month);
    else
        snprintf(label, 32, "%d月", m.month);
}

/* Whether the month labels, one every `every` months, fit the axis with at
 * least `gap` between them; draws them when `cv` is given. */
static bool month_labels(kj_renderer *r, kj_canvas *cv, const axis *a, int months, int every,
                         double gap, double y_labels)
{
    const kj_layout *l = kj_renderer_layout(r);
    kj_date d = kj_date_from_days(a->from);
    double last_end = -1e9;
    int prev_year = 0;
    for (int i = 0; i < months; i += every) {
        kj_date m = first_of_month(d.year, d.month + i);
        double x = axis_x(a, kj_date_to_days(m)) + 2;
        char label[32];
        month_label(m, prev_year, label);
        prev_year = m.year;
        PangoLayout *pl = kj_ts_layout(r, KJ_STYLE_CHART, KJ_ALIGN_LEFT, label, 0, 0);
        double tw = kj_ts_width(pl);
        bool fits = x >= last_end + gap && x + tw <= a->x + a->w + 1;
        if (cv && fits)
            kj_cv_layout(cv, pl, x, y_labels, l->styles[KJ_STYLE_CHART].color);
        g_object_unref(pl);
        if (!fits && !cv)
            return false;
        if (fits)
            last_end = x + tw;
    }
    return true;
}

static void draw_axis(kj_renderer *r, kj_canvas *cv, const axis *a, double y_labels, double y0,
                      double y1)
{
    const kj_layout *l = kj_renderer_layout(r);
    kj_date d = kj_date_from_days(a->from);
    int months = 0;
    for (int32_t day = a->from; day < a->to; months++) {
        kj_date m = first_of_month(d.year, d.month + months);
        day = kj_date_to_days(m);
        if (day >= a->to)
            break;
    }
    for (int i = 0; i < months; i++) {
        kj_date m = first_of_month(d.year, d.month + i);
        double x = axis_x(a, kj_date_to_days(m));
        kj_cv_line(cv, x, y0, x, y1, 0.4, l->colors[KJ_COLOR_RULE]);
    }
    /* Every month labelled if they fit, else every 2nd, 3rd, … evenly: a
     * scale with one label missing in its middle reads as a gap in time.
     * Labels are kept apart by most of an em, or they read as one. */
    static const int steps[] = {1, 2, 3, 4, 6, 12};
    double gap = l->styles[KJ_STYLE_CHART].size * 0.75;
    int every = 12;
    for (size_t k = 0; k < sizeof steps / sizeof steps[0]; k++)
        if (month_labels(r, NULL, a, months, steps[k], gap, y_labels)) {
            every = steps[k];
            break;
        }
    month_labels(r, cv, a, months, every, gap, y_labels);
    kj_cv_line(cv, a->x, y0, a->x + a->w, y0, 0.8, l->colors[KJ_COLOR_RULE]);
}

/* The stretch the lag bar covers: detection (else occurrence) to the first
 * release.  False when either end is missing. */
static bool lag_span(const kj_timeline_row *row, kj_date *start, kj_date *first_release)
{
    kj_date detected = KJ_DATE_NONE, occurred = KJ_DATE_NONE, release = KJ_DATE_NONE;
    for (size_t m = 0; m < row->n_marks; m++) {
        const kj_timeline_mark *mk = &row->marks[m];
        if (!kj_date_is_valid(mk->date) || mk->kind == KJ_MARK_EVENT)
            continue;
        kj_date *slot = mk->kind == KJ_MARK_DETECTED   ? &detected
                        : mk->kind == KJ_MARK_OCCURRED ? &occurred
                                                       : &release;
        if (!kj_date_is_set(*slot) || kj_date_cmp(mk->date, *slot) < 0)
            *slot = mk->date;
    }
    *start = kj_date_is_set(detected) ? detected : occurred;
    *first_release = release;
    return kj_date_is_set(*start) && kj_date_is_set(release) && kj_date_cmp(*start, release) <= 0;
}

static void draw_row(kj_renderer *r, kj_canvas *cv, const axis *a, const row_lanes *lane,
                     const kj_timeline_row *row, double y)
{
    const kj_layout *l = kj_renderer_layout(r);
    row_lanes ln = *lane;
    double cy = y + ln.line;
    double lo = 1e18, hi = -1e18;
    for (size_t m = 0; m < row->n_marks; m++) {
        if (!kj_date_is_valid(row->marks[m].date))
            continue;
        double x = axis_x(a, mark_day(row->marks[m].date));
        lo = x < lo ? x : lo;
        hi = x > hi ? x : hi;
    }
    if (lo > hi)
        return;
    kj_cv_line(cv, lo, cy, hi, cy, 0.8, l->colors[KJ_COLOR_OTHER]);

    kj_date start, release;
    char lag_text[48] = "";
    double lag_x0 = 0, lag_x1 = 0;
    if (lag_span(row, &start, &release)) {
        double x0 = axis_x(a, mark_day(start)), x1 = axis_x(a, mark_day(release));
        lag_x0 = x0;
        lag_x1 = x1;
        /* A month-precision start sits mid-month, which can be after a
         * release early in that month: then neither bar nor length is
         * known well enough to draw. */
        long approx = lround(mark_day(release) - mark_day(start));
        bool exact = start.day && release.day;
        if (exact || approx > 0)
            kj_cv_rect(cv, x0, cy - 2.6, x1 - x0 > 0.8 ? x1 - x0 : 0.8, 5.2,
                       kj_color_tint(l->colors[KJ_COLOR_ACCENT], 0.6));
        if (exact)
            snprintf(lag_text, sizeof lag_text, "%d日",
                     (int)(kj_date_to_days(release) - kj_date_to_days(start)));
        else if (approx > 0)
            snprintf(lag_text, sizeof lag_text, "約%ld日", approx);
    }
    /* Markers: other events, occurred and detected first, releases on top. */
    double size = l->styles[KJ_STYLE_CHART].size;
    for (int pass = 0; pass < 2; pass++)
        for (size_t m = 0; m < row->n_marks; m++) {
            const kj_timeline_mark *mk = &row->marks[m];
            if (!kj_date_is_valid(mk->date) || (mk->kind == KJ_MARK_RELEASE) != (pass == 1))
                continue;
            kj_color c = mark_color(l, mk->kind);
            if (mk->date.day == 0)
                c = kj_color_tint(c, 0.45); /* only the month is known */
            double radius = size * (mk->kind == KJ_MARK_EVENT ? 0.3 : 0.42);
            kj_cv_marker(cv, mark_shape[mk->kind], axis_x(a, mark_day(mk->date)), cy, radius, c);
        }
    /* Labels above their marks: the releases' first, then the others where
     * they still fit; a label that would overlap a placed one is left out. */
    enum { MAX_LABELS = 64 };
    double placed_from[MAX_LABELS], placed_to[MAX_LABELS];
    size_t n_placed = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t m = 0; m < row->n_marks && n_placed < MAX_LABELS; m++) {
            const kj_timeline_mark *mk = &row->marks[m];
            if (!kj_date_is_valid(mk->date) || !mk->label || !*mk->label ||
                (mk->kind == KJ_MARK_RELEASE) != (pass == 0))
                continue;
            double x = axis_x(a, mark_day(mk->date));
            PangoLayout *pl = kj_ts_layout(r, KJ_STYLE_CHART, KJ_ALIGN_LEFT, mk->label, 0, 0);
            double tw = kj_ts_width(pl);
            double from = x - tw / 2, to = x + tw / 2;
            if (to > a->x + a->w) { /* at an edge of the frame: end there instead */
                to = a->x + a->w;
                from = to - tw;
            }
            if (from < a->x) {
                from = a->x;
                to = from + tw;
            }
            bool free_space = true;
            for (size_t i = 0; i < n_placed && free_space; i++)
                free_space = to + 2 <= placed_from[i] || from >= placed_to[i] + 2;
            if (free_space) {
                kj_cv_layout(cv, pl, from, y + 0.5, l->styles[KJ_STYLE_CHART].color);
                placed_from[n_placed] = from;
                placed_to[n_placed++] = to;
            }
            g_object_unref(pl);
        }
    /* A date before the axis sits at its left edge: the line is broken there. */
    for (size_t m = 0; m < row->n_marks; m++)
        if (kj_date_is_valid(row->marks[m].date) && mark_day(row->marks[m].date) < a->from) {
            kj_cv_marker(cv, KJ_SWATCH_BREAK, a->x + size * 0.2, cy, size * 0.45,
                         l->colors[KJ_COLOR_TEXT]);
            break;
        }
    if (*lag_text) {
        /* The days under the bar they measure, centred on it, within the frame. */
        PangoLayout *pl = kj_ts_layout(r, KJ_STYLE_CHART, KJ_ALIGN_LEFT, lag_text, 0, 0);
        PangoRectangle ink;
        pango_layout_get_extents(pl, &ink, NULL);
        double ix = ink.x / (double)PANGO_SCALE, iw = ink.width / (double)PANGO_SCALE;
        double from = (lag_x0 + lag_x1) / 2 - iw / 2;
        if (from + iw > a->x + a->w)
            from = a->x + a->w - iw;
        if (from < a->x)
            from = a->x;
        kj_cv_layout(cv, pl, from - ix, y + ln.days - ink.y / (double)PANGO_SCALE,
                     l->colors[KJ_COLOR_TEXT]);
        g_object_unref(pl);
    }
}

void kj_timeline_draw(kj_renderer *r, kj_canvas *cv, const kj_timeline *tl, size_t first, size_t n,
                      bool continued, double x, double y, double w)
{
    const kj_layout *l = kj_renderer_layout(r);
    double lead = kj_style_leading(r, KJ_STYLE_CHART);
    double head = head_height(r, tl, w, continued, cv, x, y, false);
    row_lanes ln = lanes(r); /* one measure for every row */
    double rh = ln.height;

    double label_w = 0;
    for (size_t i = first; i < first + n && i < tl->n_rows; i++) {
        double tw = kj_text_width(r, KJ_STYLE_CHART, tl->rows[i].label);
        label_w = tw > label_w ? tw : label_w;
    }
    label_w += 6;
    if (label_w > w * 0.28)
        label_w = w * 0.28;
    /* Every label stays inside the frame; right of it only room for the
     * half of a marker at the axis's end. */
    double pad = l->styles[KJ_STYLE_CHART].size * 0.5;
    axis a;
    axis_range(tl, &a.from, &a.to);
    a.x = x + label_w;
    a.w = w - label_w - pad;

    double rows_top = y + head;
    for (size_t i = 0; i < n && first + i < tl->n_rows; i++) {
        double ry = rows_top + rh * (double)i;
        if (i % 2 == 1) {
            kj_cv_rect(cv, x, ry, w, rh, l->colors[KJ_COLOR_STRIPE]);
        }
    }
    draw_axis(r, cv, &a, rows_top - lead * 1.3, rows_top, rows_top + rh * (double)n);
    for (size_t i = 0; i < n && first + i < tl->n_rows; i++) {
        const kj_timeline_row *row = &tl->rows[first + i];
        double ry = rows_top + rh * (double)i;
        PangoLayout *pl =
            kj_ts_layout(r, KJ_STYLE_CHART, KJ_ALIGN_LEFT, row->label, label_w - 6, 1);
        kj_cv_layout(cv, pl, x, ry + ln.line - kj_ts_height(pl) / 2, l->colors[KJ_COLOR_TEXT]);
        g_object_unref(pl);
        draw_row(r, cv, &a, &ln, row, ry);
    }
}
