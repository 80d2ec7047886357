/*
 * Tests of chart labels: every label sits by what it names, never on
 * another label, a line or a mark, and inside its chart.  The charts are
 * composed for the tests; what is drawn is read back from a list canvas.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/render/render_internal.h"
#include "kaiji/render.h"

#include "renderer_fixture.h"

static int setup(void **state)
{
    (void)state;
    return renderer_setup("charts");
}

static int teardown(void **state)
{
    (void)state;
    return renderer_teardown();
}

enum { MAX_DRAWN = 512 };

static bool overlap(const kj_drawn *a, const kj_drawn *b)
{
    return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static bool is_value(const kj_drawn *d)
{
    return d->kind == KJ_DRAWN_TEXT && d->text[0] >= '0' && d->text[0] <= '9';
}

/* ------------------------------------------------------------ paired bars */

static const char *const categories[] = {"企業", "学校・教育", "医療・福祉", "自治体"};
static const double now[] = {58, 11, 19, 3};
static const double before[] = {58, 11, 18, 0};
static const kj_series pair[] = {{"2026年3月", now, false}, {"2026年2月", before, true}};
static const kj_bar_chart paired = {.categories = categories,
                                    .n_categories = 4,
                                    .series = pair,
                                    .n_series = 2,
                                    .horizontal = true,
                                    .value_labels = true,
                                    .unit = "事案"};

/* Draws the paired chart in a box `h` high; checks that no two values share
 * a place.  Returns how many values were drawn. */
static size_t values_apart(double h, kj_drawn *d, size_t *n)
{
    kj_canvas *cv = kj_canvas_list();
    kj_bars_draw(renderer, cv, &paired, 0, 0, 250, h);
    *n = kj_canvas_drawn(cv, d, MAX_DRAWN);
    assert_true(*n < MAX_DRAWN);
    size_t values = 0;
    for (size_t i = 0; i < *n; i++) {
        if (!is_value(&d[i]) || d[i].y0 < 20) /* (not the axis's numbers) */
            continue;
        if (d[i].y1 > h - 12)
            continue;
        values++;
        for (size_t j = i + 1; j < *n; j++)
            if (is_value(&d[j]) && d[j].y1 <= h - 12 && overlap(&d[i], &d[j])) {
                fprintf(stderr, "\"%s\" and \"%s\" share a place\n", d[i].text, d[j].text);
                fail();
            }
    }
    kj_canvas_free(cv);
    return values;
}

static void paired_values_sit_each_at_its_own_bar(void **state)
{
    (void)state;
    kj_drawn d[MAX_DRAWN];
    size_t n;
    double h = kj_bars_natural_height(renderer, &paired, 250);
    assert_true(h > 0);
    assert_int_equal(values_apart(h, d, &n), 7); /* the zero has no bar */
    /* at its natural height each value is level with its own bar's end */
    kj_canvas *cv = kj_canvas_list();
    kj_bars_draw(renderer, cv, &paired, 0, 0, 250, h);
    n = kj_canvas_drawn(cv, d, MAX_DRAWN);
    for (size_t i = 0; i < n; i++) {
        if (!is_value(&d[i]) || d[i].y0 < 20 || d[i].y1 > h - 12)
            continue;
        double mid = (d[i].y0 + d[i].y1) / 2;
        bool at_bar = false;
        for (size_t j = 0; j < n && !at_bar; j++)
            at_bar = d[j].kind == KJ_DRAWN_RECT && mid >= d[j].y0 && mid <= d[j].y1 &&
                     d[i].x0 >= d[j].x1 && d[i].x0 < d[j].x1 + 4;
        if (!at_bar) {
            fprintf(stderr, "\"%s\" is not at the end of a bar level with it\n", d[i].text);
            fail();
        }
    }
    kj_canvas_free(cv);
}

static void paired_values_stay_apart_in_a_cramped_box(void **state)
{
    (void)state;
    kj_drawn d[MAX_DRAWN];
    size_t n;
    assert_int_equal(values_apart(90, d, &n), 7);
}

/* -------------------------------------------------------------- timeline */

static const kj_timeline_mark hospital[] = {{{2026, 1, 30}, KJ_MARK_OCCURRED, "発生"},
                                            {{2026, 2, 13}, KJ_MARK_DETECTED, "検知"},
                                            {{2026, 2, 17}, KJ_MARK_RELEASE, "1件目"},
                                            {{2026, 2, 18}, KJ_MARK_RELEASE, "第2報"},
                                            {{2026, 3, 27}, KJ_MARK_RELEASE, "第6報"}};
static const kj_timeline_mark long_wait[] = {{{2025, 11, 5}, KJ_MARK_DETECTED, "検知"},
                                             {{2026, 3, 26}, KJ_MARK_RELEASE, "公表"}};
static const kj_timeline_mark crowded[] = {{{2026, 3, 1}, KJ_MARK_OCCURRED, "発生"},
                                           {{2026, 3, 3}, KJ_MARK_RELEASE, "1件目"},
                                           {{2026, 3, 4}, KJ_MARK_RELEASE, "第2報"},
                                           {{2026, 3, 26}, KJ_MARK_RELEASE, "第4報"}};
static const kj_timeline_row rows[] = {
    {"病院", hospital, 5}, {"工業", long_wait, 2}, {"豊岡", crowded, 4}};

/* Draws the timeline on a new canvas (which holds the texts of `d`);
 * `*n`: how many operations. */
static kj_canvas *draw_timeline(const kj_timeline *tl, double w, kj_drawn *d, size_t *n)
{
    kj_canvas *cv = kj_canvas_list();
    kj_timeline_draw(renderer, cv, tl, 0, tl->n_rows, false, 0, 0, w);
    *n = kj_canvas_drawn(cv, d, MAX_DRAWN);
    assert_true(*n < MAX_DRAWN);
    return cv;
}

static void days_sit_under_the_bar_they_measure(void **state)
{
    (void)state;
    const kj_timeline tl = {.rows = rows, .n_rows = 3};
    kj_drawn d[MAX_DRAWN];
    size_t n;
    kj_canvas *cv = draw_timeline(&tl, 420, d, &n);
    /* the frame: the axis's rule, the widest line */
    double frame_x0 = 1e9, frame_x1 = -1e9;
    for (size_t i = 0; i < n; i++)
        if (d[i].kind == KJ_DRAWN_LINE && d[i].y0 == d[i].y1) {
            frame_x0 = fmin(frame_x0, d[i].x0);
            frame_x1 = fmax(frame_x1, d[i].x1);
        }
    static const char *const days[] = {"4日", "141日", "2日"};
    for (size_t k = 0; k < 3; k++) {
        const kj_drawn *t = NULL;
        for (size_t i = 0; i < n; i++)
            if (d[i].kind == KJ_DRAWN_TEXT && strcmp(d[i].text, days[k]) == 0)
                t = &d[i];
        assert_non_null(t);
        /* the bar: the rect right above it, whose middle it is under */
        const kj_drawn *bar = NULL;
        for (size_t i = 0; i < n; i++)
            if (d[i].kind == KJ_DRAWN_RECT && d[i].y1 <= t->y0 && d[i].y1 > t->y0 - 6 &&
                d[i].y1 - d[i].y0 < 8)
                bar = &d[i];
        if (!bar) {
            fprintf(stderr, "%s is not under a bar\n", days[k]);
            fail();
        }
        double mid = (bar->x0 + bar->x1) / 2;
        assert_true(fabs((t->x0 + t->x1) / 2 - mid) < 1 || t->x0 <= frame_x0 + 0.5 ||
                    t->x1 >= frame_x1 - 0.5);
        /* inside the frame, struck by no line, on no mark */
        assert_true(t->x0 >= frame_x0 - 0.5 && t->x1 <= frame_x1 + 0.5);
        for (size_t i = 0; i < n; i++)
            if ((d[i].kind == KJ_DRAWN_MARKER ||
                 (d[i].kind == KJ_DRAWN_LINE && d[i].y0 == d[i].y1)) &&
                overlap(t, &d[i])) {
                fprintf(stderr, "%s is drawn over a line or a mark\n", days[k]);
                fail();
            }
    }
    /* the marks' labels too stay in the frame */
    for (size_t i = 0; i < n; i++)
        if (d[i].kind == KJ_DRAWN_TEXT && strstr(d[i].text, "報"))
            assert_true(d[i].x1 <= frame_x1 + 0.5);
    kj_canvas_free(cv);
}

/* The month of a label: "2025年4月" or "6月" after a year already read. */
static int label_month(const char *text, int *year)
{
    int y, m;
    if (sscanf(text, "%d年%d月", &y, &m) == 2)
        *year = y;
    else if (sscanf(text, "%d月", &m) != 1)
        return -1;
    return *year * 12 + m - 1;
}

static void month_labels_are_thinned_evenly(void **state)
{
    (void)state;
    /* twelve months from April, in a box too narrow for every label */
    static const kj_timeline_mark marks[] = {{{2025, 4, 20}, KJ_MARK_OCCURRED, NULL},
                                             {{2025, 8, 6}, KJ_MARK_RELEASE, NULL},
                                             {{2026, 3, 20}, KJ_MARK_RELEASE, NULL}};
    static const kj_timeline_row row = {"ネクサス", marks, 3};
    const kj_timeline tl = {.rows = &row, .n_rows = 1};
    kj_drawn d[MAX_DRAWN];
    for (double w = 260; w <= 560; w += 20) {
        size_t n;
        kj_canvas *cv = draw_timeline(&tl, w, d, &n);
        int months[16] = {0}, year = 0;
        size_t k = 0;
        const kj_drawn *prev = NULL;
        for (size_t i = 0; i < n && k < 16; i++) {
            if (d[i].kind != KJ_DRAWN_TEXT || !strstr(d[i].text, "月") || strstr(d[i].text, "（"))
                continue;
            int m = label_month(d[i].text, &year);
            if (m < 0)
                continue;
            /* apart by more than a hair: they would read as one label */
            if (prev)
                assert_true(d[i].x0 - prev->x1 >= 3);
            prev = &d[i];
            months[k++] = m;
        }
        assert_true(k >= 2);
        assert_int_equal(months[0], 2025 * 12 + 3); /* the first month is labelled */
        for (size_t i = 2; i < k; i++)
            if (months[i] - months[i - 1] != months[1] - months[0]) {
                fprintf(stderr, "at width %.0f: a month label is missing in the middle\n", w);
                fail();
            }
        kj_canvas_free(cv);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(paired_values_sit_each_at_its_own_bar),
        cmocka_unit_test(paired_values_stay_apart_in_a_cramped_box),
        cmocka_unit_test(days_sit_under_the_bar_they_measure),
        cmocka_unit_test(month_labels_are_thinned_evenly),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
