/*
 * briefing_charts.c — the briefing's charts as renderer specifications:
 * the 12-month trend stacked by main attack type, the month's breakdowns
 * against the previous month, the disclosure lag and the timeline of the
 * main incidents.  The PDF places them (briefing.c); `kaiji chart` writes
 * one alone (kj_briefing_chart_write).
 *
 * Counts are incidents (事案), with their facts as known at the month's end,
 * exactly as `kaiji stats` counts them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefing_internal.h"

static const char *const chart_names[KJ_CHART__COUNT] = {
    "trend", "attack_type", "data_type", "victim", "org_type", "size_band", "lag", "timeline"};

const char *kj_briefing_chart_name(kj_briefing_chart chart)
{
    return (unsigned)chart < KJ_CHART__COUNT ? chart_names[chart] : NULL;
}

int kj_briefing_chart_lookup(const char *name)
{
    for (int c = 0; name && c < KJ_CHART__COUNT; c++)
        if (strcmp(name, chart_names[c]) == 0)
            return c;
    return -1;
}

/* "図3　攻撃・事故の種別" in the PDF; "攻撃・事故の種別（2025年4月）" alone. */
static const char *title(kj_brief *b, int number, const char *what, const char *note)
{
    if (number > 0)
        return kj_arena_printf(b->arena, "図%d　%s%s", number, what, note ? note : "");
    /* Alone, the month joins the note: "（上位10項目、2025年4月）". */
    size_t n = note ? strlen(note) : 0;
    static const char close[] = "）";
    if (n > 3 && strcmp(note + n - 3, close) == 0)
        return kj_arena_printf(b->arena, "%s%.*s、%s）", what, (int)(n - 3), note, b->label);
    return kj_arena_printf(b->arena, "%s（%s）", what, b->label);
}

static double *values(kj_brief *b, size_t n)
{
    double *v = kj_arena_alloc(b->arena, (n ? n : 1) * sizeof *v);
    memset(v, 0, (n ? n : 1) * sizeof *v);
    return v;
}

/* ------------------------------------------------------------- trend */

static void trend_chart(kj_brief *b, int number, kj_bar_chart *c)
{
    const kj_trend_month *trend = b->figures->trend;
    size_t n = b->figures->n_trend;
    const char **months = kj_arena_alloc(b->arena, n * sizeof *months);
    for (size_t m = 0; m < n; m++) {
        int year = trend[m].year, month = trend[m].month;
        /* The year where it changes (and on the first bar). */
        months[m] = m == 0 || month == 1 ? kj_arena_printf(b->arena, "%d年%d月", year, month)
                                         : kj_arena_printf(b->arena, "%d月", month);
    }

    /* The five main attack types of the twelve months get their own colour;
     * the rest share one, and incidents with none stated are grey. */
    int64_t total[KJ_ATTACK__COUNT] = {0};
    for (size_t m = 0; m < n; m++)
        for (int a = 0; a < KJ_ATTACK__COUNT; a++)
            total[a] += trend[m].incidents_by_main_attack[a];
    int order[KJ_ATTACK__COUNT];
    int n_order = 0;
    for (int i = 0; i < KJ_ATTACK__COUNT; i++) /* by total, ties in priority order */
        if (total[kj_attack_priority[i]] > 0)
            order[n_order++] = (int)kj_attack_priority[i];
    for (int i = 1; i < n_order; i++)
        for (int j = i; j > 0 && total[order[j]] > total[order[j - 1]]; j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    enum { SHOWN = 5 };
    kj_series *series = kj_arena_alloc(b->arena, (SHOWN + 2) * sizeof *series);
    size_t n_series = 0;
    for (int i = 0; i < n_order && i < SHOWN; i++) {
        double *v = values(b, n);
        for (size_t m = 0; m < n; m++)
            v[m] = (double)trend[m].incidents_by_main_attack[order[i]];
        series[n_series++] = (kj_series){kj_vocab_label(KJ_VOCAB_ATTACK, order[i]), v, false};
    }
    if (n_order > SHOWN) {
        double *v = values(b, n);
        for (size_t m = 0; m < n; m++)
            for (int i = SHOWN; i < n_order; i++)
                v[m] += (double)trend[m].incidents_by_main_attack[order[i]];
        series[n_series++] = (kj_series){"その他の種別", v, false};
    }
    double *none = values(b, n);
    bool any_none = false;
    for (size_t m = 0; m < n; m++) {
        none[m] = (double)trend[m].incidents_main_attack_not_stated;
        any_none |= none[m] > 0;
    }
    if (any_none || n_series == 0)
        series[n_series++] = (kj_series){"種別の記載なし", none, true};

    *c = (kj_bar_chart){.title = title(b, number, "事案数の推移", "（直近12か月、主な攻撃種別別）"),
                        .categories = months,
                        .n_categories = n,
                        .series = series,
                        .n_series = n_series,
                        .stacked = true,
                        .value_labels = true,
                        .unit = "事案"};
}

/* -------------------------------------------------------- breakdowns */

typedef struct bar_row {
    const kj_row *row;
    size_t order; /* vocabulary position */
} bar_row;

static int by_count(const void *a, const void *b)
{
    const bar_row *x = a, *y = b;
    if (x->row->count.incidents != y->row->count.incidents)
        return x->row->count.incidents > y->row->count.incidents ? -1 : 1;
    if (x->row->previous.incidents != y->row->previous.incidents)
        return x->row->previous.incidents > y->row->previous.incidents ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/*
 * Rows of breakdown `by` as this month against the previous one.  With
 * `ranked`, rows are sorted by this month's count (the `none_key` row,
 * "not stated", kept last) and at most `max_rows` are shown; without,
 * every row in vocabulary order, empty ones too (size bands are a scale).
 */
static void breakdown_chart(kj_brief *b, kj_by by, bool ranked, size_t max_rows,
                            const char *none_key, kj_bar_chart *c)
{
    const kj_breakdown *bd = &b->figures->by[by];
    bar_row *rows = kj_arena_alloc(b->arena, (bd->n_rows ? bd->n_rows : 1) * sizeof *rows);
    size_t n = 0;
    const kj_row *none = NULL;
    for (size_t r = 0; r < bd->n_rows; r++) {
        const kj_row *row = &bd->rows[r];
        if (none_key && strcmp(row->key, none_key) == 0) {
            none = row;
            continue;
        }
        if (ranked && !row->count.incidents && !row->previous.incidents)
            continue;
        rows[n++] = (bar_row){row, r};
    }
    size_t hidden = 0;
    if (ranked) {
        if (n > 1)
            qsort(rows, n, sizeof *rows, by_count);
        if (n > max_rows) {
            hidden = n - max_rows;
            n = max_rows;
        }
    }
    if (none && (none->count.incidents || none->previous.incidents || n == 0))
        rows[n++] = (bar_row){none, bd->n_rows};
    const char **cats = kj_arena_alloc(b->arena, (n ? n : 1) * sizeof *cats);
    double *now = values(b, n), *prev = values(b, n);
    for (size_t i = 0; i < n; i++) {
        cats[i] = rows[i].row->label ? rows[i].row->label : rows[i].row->key;
        now[i] = (double)rows[i].row->count.incidents;
        prev[i] = (double)rows[i].row->previous.incidents;
    }
    kj_series *series = kj_arena_alloc(b->arena, 2 * sizeof *series);
    series[0] = (kj_series){b->label, now, false};
    series[1] = (kj_series){b->prev_label, prev, true};
    *c = (kj_bar_chart){.categories = cats,
                        .n_categories = n,
                        .series = series,
                        .n_series = 2,
                        .horizontal = true,
                        .value_labels = true,
                        .unit = "事案",
                        .labelled_series = 1}; /* the previous month: for comparison only */
    if (hidden)
        c->title = kj_arena_printf(b->arena, "（上位%zu項目）", max_rows);
}

/* ---------------------------------------------------------------- lag */

static void lag_chart(kj_brief *b, int number, kj_bar_chart *c)
{
    const kj_figures *f = b->figures;
    const char **cats = kj_arena_alloc(b->arena, KJ_LAG_BAND__COUNT * sizeof *cats);
    double *detected = values(b, KJ_LAG_BAND__COUNT), *occurred = values(b, KJ_LAG_BAND__COUNT);
    for (int band = 0; band < KJ_LAG_BAND__COUNT; band++) {
        cats[band] = kj_lag_band_label((kj_lag_band)band);
        detected[band] = (double)f->incidents_by_lag_detected[band];
        occurred[band] = (double)f->incidents_by_lag_occurred[band];
    }
    /* The medians `kaiji stats` prints, in the legend. */
    const kj_lag_stats *det = &f->totals.lag_detected[KJ_UNIT_INCIDENT];
    const kj_lag_stats *occ = &f->totals.lag_occurred[KJ_UNIT_INCIDENT];
    kj_series *series = kj_arena_alloc(b->arena, 2 * sizeof *series);
    series[0] = (kj_series){
        det->n ? kj_arena_printf(b->arena, "検知から公表まで（中央値%g日）", det->median)
               : "検知から公表まで",
        detected, false};
    series[1] = (kj_series){
        occ->n ? kj_arena_printf(b->arena, "発生から公表まで（中央値%g日）", occ->median)
               : "発生から公表まで",
        occurred, false};
    *c = (kj_bar_chart){.title = title(b, number, "公表までの日数", NULL),
                        .categories = cats,
                        .n_categories = KJ_LAG_BAND__COUNT,
                        .series = series,
                        .n_series = 2,
                        .horizontal = true,
                        .value_labels = true,
                        .unit = "事案"};
}

/* ----------------------------------------------------------- timeline */

static int by_first_release(const void *a, const void *b)
{
    const kj_incident_view *x = *(const kj_incident_view *const *)a;
    const kj_incident_view *y = *(const kj_incident_view *const *)b;
    int c = kj_date_cmp(x->facts.first_published, y->facts.first_published);
    return c ? c : strcmp(x->incident->id, y->incident->id);
}

/* The first day of the month `months` before `d`'s month. */
static kj_date months_before(kj_date d, int months)
{
    int k = d.year * 12 + (d.month - 1) - months;
    return (kj_date){(int16_t)(k / 12), (int8_t)(k % 12 + 1), 1};
}

static void timeline_chart(kj_brief *b, int number, kj_timeline *tl)
{
    size_t want = b->options.timeline_rows;
    size_t n = b->n_ranked < want ? b->n_ranked : want;
    const kj_incident_view **pick = kj_arena_alloc(b->arena, (n ? n : 1) * sizeof *pick);
    memcpy(pick, b->ranked, n * sizeof *pick);
    if (n > 1)
        qsort(pick, n, sizeof *pick, by_first_release);

    /* The axis ends with the month and reaches back to the earliest mark,
     * but not more than six months: a breach found years later would
     * squeeze the month into a sliver.  Earlier marks sit at the edge and
     * the lag label still gives the real number of days. */
    kj_date floor = months_before(b->month.from, 6), from = b->month.from;
    kj_timeline_row *rows = kj_arena_alloc(b->arena, (n ? n : 1) * sizeof *rows);
    for (size_t i = 0; i < n; i++) {
        const kj_incident_view *v = pick[i];
        const kj_incident *inc = v->incident;
        kj_timeline_mark *marks = kj_arena_alloc(b->arena, (inc->n_members + 2) * sizeof *marks);
        size_t k = 0;
        if (kj_date_is_valid(v->facts.occurred))
            marks[k++] = (kj_timeline_mark){v->facts.occurred, KJ_MARK_OCCURRED, NULL};
        if (kj_date_is_valid(v->facts.detected))
            marks[k++] = (kj_timeline_mark){v->facts.detected, KJ_MARK_DETECTED, NULL};
        for (size_t m = 0; m < inc->n_members; m++) {
            const kj_release *rel = inc->members[m].release;
            if (kj_date_cmp(rel->published, b->month.to) > 0 || !kj_date_is_valid(rel->published))
                continue;
            char buf[24];
            const char *label = kj_brief_report_label(rel->report, buf);
            marks[k++] = (kj_timeline_mark){rel->published, KJ_MARK_RELEASE,
                                            *label ? kj_arena_strdup(b->arena, label) : NULL};
        }
        for (size_t m = 0; m < k; m++)
            if (kj_date_cmp(marks[m].date, from) < 0)
                from = marks[m].date;
        rows[i] = (kj_timeline_row){kj_brief_incident_org(b, inc), marks, k};
    }
    if (kj_date_cmp(from, floor) < 0)
        from = floor;
    *tl = (kj_timeline){.title = title(b, number, "主な事案の公表までの経過", NULL),
                        .rows = rows,
                        .n_rows = n,
                        .from = (kj_date){from.year, from.month, 1},
                        .to = b->month.to};
}

/* --------------------------------------------------------------- all */

void kj_brief_chart(kj_brief *b, kj_briefing_chart kind, int number, kj_figure *fig)
{
    kj_bar_chart *c = kj_arena_alloc(b->arena, sizeof *c);
    memset(c, 0, sizeof *c);
    *fig = (kj_figure){KJ_FIGURE_BARS, c, NULL};
    static const struct {
        kj_by by;
        const char *what;
        bool ranked;
        size_t max_rows;
        const char *none_key;
    } breakdowns[KJ_CHART__COUNT] = {
        [KJ_CHART_ATTACK] = {KJ_BY_ATTACK, "攻撃・事故の種別", true, 10, "not_stated"},
        [KJ_CHART_DATA] = {KJ_BY_DATA, "対象となった情報の種類", true, 10, "not_stated"},
        [KJ_CHART_VICTIM] = {KJ_BY_VICTIM, "影響を受けた人の区分", true, 10, "not_stated"},
        [KJ_CHART_ORG_TYPE] = {KJ_BY_ORG_TYPE, "公表した組織の種別", false, 0, NULL},
        [KJ_CHART_SIZE] = {KJ_BY_SIZE, "影響人数の規模", false, 0, NULL},
    };
    switch (kind) {
    case KJ_CHART_TREND:
        trend_chart(b, number, c);
        break;
    case KJ_CHART_LAG:
        lag_chart(b, number, c);
        break;
    case KJ_CHART_TIMELINE: {
        kj_timeline *tl = kj_arena_alloc(b->arena, sizeof *tl);
        timeline_chart(b, number, tl);
        *fig = (kj_figure){KJ_FIGURE_TIMELINE, NULL, tl};
        break;
    }
    default:
        if ((unsigned)kind < KJ_CHART__COUNT && breakdowns[kind].what) {
            breakdown_chart(b, breakdowns[kind].by, breakdowns[kind].ranked,
                            breakdowns[kind].max_rows, breakdowns[kind].none_key, c);
            c->title = title(b, number, breakdowns[kind].what, c->title);
        }
        break;
    }
}
