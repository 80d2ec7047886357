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

static const char *const chart_names[KJ_CHART__COUNT] = {"trend",  "attack_type", "data_type",
                                                         "victim", "org_type",    "size_band",
                                                         "lag",    "timeline",    "industry"};

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

/* The median of the covered months' incidents other than month `skip`. */
static double usual_incidents(const kj_trend_month *t, size_t n, size_t skip)
{
    int64_t v[120];
    size_t k = 0;
    for (size_t m = 0; m < n && k < 120; m++)
        if (m != skip && kj_date_is_set(t[m].covered_from))
            v[k++] = t[m].count.incidents;
    for (size_t i = 1; i < k; i++)
        for (size_t j = i; j > 0 && v[j] < v[j - 1]; j--) {
            int64_t x = v[j];
            v[j] = v[j - 1];
            v[j - 1] = x;
        }
    if (!k)
        return 0;
    return k % 2 ? (double)v[k / 2] : (double)(v[k / 2 - 1] + v[k / 2]) / 2.0;
}

static void trend_chart(kj_brief *b, int number, kj_bar_chart *c)
{
    const kj_trend_month *all = b->figures->trend;
    size_t n_all = b->figures->n_trend;
    /* Only the months the archive covers: a month before it began is no
     * data, not zero. */
    size_t first = 0;
    while (first < n_all && !kj_date_is_set(all[first].covered_from))
        first++;
    const kj_trend_month *trend = all + first;
    size_t n = n_all - first;
    const char **months = kj_arena_alloc(b->arena, (n ? n : 1) * sizeof *months);
    kj_buf note = {0};
    for (size_t m = 0; m < n; m++) {
        int year = trend[m].year, month = trend[m].month;
        const char *name = m == 0 || month == 1 ? kj_arena_printf(b->arena, "%d年%d月", year, month)
                                                : kj_arena_printf(b->arena, "%d月", month);
        /* A month the archive covers from its middle says so. */
        if (trend[m].covered_from.day > 1)
            name = kj_arena_printf(b->arena, "%s（%d日〜）", name, trend[m].covered_from.day);
        /* A spike — twice the usual month and 20 more — is named by the wave
         * behind it when one wave makes a third of it. */
        double usual = usual_incidents(trend, n, m);
        const kj_trend_month *t = &trend[m];
        if (usual > 0 && (double)t->count.incidents >= 2 * usual &&
            (double)t->count.incidents >= usual + 20) {
            name = kj_arena_printf(b->arena, "%s※", name);
            char n1[32], n2[32];
            kj_buf_printf(&note, "%s※%d年%d月の%s事案は他の月の中央値（%g）の%.1f倍",
                          note.len ? "。" : "", year, month,
                          kj_format_count(t->count.incidents, n1), usual,
                          (double)t->count.incidents / usual);
            if (t->top_wave && t->top_wave_incidents * 3 >= t->count.incidents)
                kj_buf_printf(&note, "で、うち%s事案は%sに関するもの",
                              kj_format_count(t->top_wave_incidents, n2),
                              t->top_wave->label ? t->top_wave->label : t->top_wave->id);
        }
        months[m] = name;
    }
    if (first > 0 || (n && trend[0].covered_from.day > 1)) {
        char from[11];
        kj_buf_printf(&note, "%s収録は%sからで、それより前の月はデータがないため描いていません",
                      note.len ? "。" : "", kj_date_format(b->figures->coverage.from, from));
    }
    kj_buf_printf(&note,
                  "%s各事案は最も具体的な種別1つに数えています（図%d以下は該当する種別すべてに数え"
                  "るため、合計は事案数を超えます）。",
                  note.len ? "。" : "", number > 0 ? number + 1 : 2);
    b->chart_note[KJ_CHART_TREND] = kj_arena_strdup(b->arena, note.data);
    kj_buf_free(&note);

    /* The five main attack types of the months shown get their own colour;
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
    /* Incidents stating no type stay in the stack, so that each bar is the
     * month's incidents, as its label says. */
    double *none = values(b, n);
    bool any_none = false;
    for (size_t m = 0; m < n; m++) {
        none[m] = (double)trend[m].incidents_main_attack_not_stated;
        any_none |= none[m] > 0;
    }
    if (any_none || n_series == 0)
        series[n_series++] = (kj_series){"記載なし", none, true};

    const char *span = n < KJ_BRIEF_TREND_MONTHS
                           ? kj_arena_printf(b->arena, "（収録のある%zuか月、主な攻撃種別別）", n)
                           : "（直近12か月、主な攻撃種別別）";
    *c = (kj_bar_chart){.title = title(b, number, "事案数の推移", span),
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

/* Keys that mean "not stated" in every breakdown: kept out of the bars. */
static bool not_stated(const char *key)
{
    return strcmp(key, "not_stated") == 0 || strcmp(key, "unknown") == 0 ||
           strcmp(key, "none") == 0 || strcmp(key, "not_listed") == 0;
}

/*
 * Rows of breakdown `by` as this month against the previous one, both
 * labelled.  With `max_rows`, the rows are sorted by this month's count
 * and the largest `max_rows` named ones shown, the vocabulary's `other`
 * row after them; without, every row in vocabulary order, empty ones too
 * (size bands are a scale).  Rows that state nothing are never bars: the
 * note under the chart counts them, and the rows left out.
 */
static void breakdown_chart(kj_brief *b, kj_briefing_chart kind, kj_by by, size_t max_rows,
                            kj_bar_chart *c)
{
    const kj_breakdown *bd = &b->figures->by[by];
    bar_row *rows = kj_arena_alloc(b->arena, (bd->n_rows ? bd->n_rows : 1) * sizeof *rows);
    size_t n = 0;
    const kj_row *none = NULL, *other = NULL;
    for (size_t r = 0; r < bd->n_rows; r++) {
        const kj_row *row = &bd->rows[r];
        if (not_stated(row->key)) {
            none = row;
            continue;
        }
        if (max_rows && strcmp(row->key, "other") == 0) {
            other = row;
            continue;
        }
        if (max_rows && !row->count.incidents && !row->previous.incidents)
            continue;
        rows[n++] = (bar_row){row, r};
    }
    size_t hidden = 0;
    int64_t hidden_most = 0;
    if (max_rows) {
        if (n > 1)
            qsort(rows, n, sizeof *rows, by_count);
        if (n > max_rows) {
            hidden = n - max_rows;
            hidden_most = rows[max_rows].row->count.incidents;
            n = max_rows;
        }
        if (other && (other->count.incidents || other->previous.incidents))
            rows[n++] = (bar_row){other, bd->n_rows};
    }
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
                        .unit = "事案"};
    if (hidden)
        c->title =
            kj_arena_printf(b->arena, "（上位%zu項目%s）", max_rows, other ? "とその他" : "");
    /* The note: what is not a bar. */
    kj_buf note = {0};
    char n1[32], n2[32];
    if (none && (none->count.incidents || none->previous.incidents)) {
        kj_buf_printf(&note, "%s%s事案", none->label ? none->label : "記載なし",
                      kj_format_count(none->count.incidents, n1));
        if (kj_brief_previous_covered(b))
            kj_buf_printf(&note, "（前月%s事案）", kj_format_count(none->previous.incidents, n2));
    }
    if (hidden && hidden_most)
        kj_buf_printf(&note, "%sほか%zu項目（各%s事案以下）", note.len ? "、" : "", hidden,
                      kj_format_count(hidden_most, n1));
    else if (hidden)
        kj_buf_printf(&note, "%sほか前月だけの%zu項目", note.len ? "、" : "", hidden);
    b->chart_note[kind] = note.len ? kj_arena_strdup(b->arena, note.data) : NULL;
    kj_buf_free(&note);
}

/* ---------------------------------------------------------------- lag */

static void lag_chart(kj_brief *b, int number, kj_bar_chart *c)
{
    const kj_figures *f = b->figures;
    enum { BANDS = KJ_LAG_BAND_UNKNOWN }; /* the unknown band is no bar */
    const char **cats = kj_arena_alloc(b->arena, BANDS * sizeof *cats);
    double *detected = values(b, BANDS), *occurred = values(b, BANDS);
    for (int band = 0; band < BANDS; band++) {
        cats[band] = kj_lag_band_label((kj_lag_band)band);
        detected[band] = (double)f->incidents_by_lag_detected[band];
        occurred[band] = (double)f->incidents_by_lag_occurred[band];
    }
    /* The medians `kaiji stats` prints, with the number they are of. */
    const kj_lag_stats *det = &f->totals.lag_detected[KJ_UNIT_INCIDENT];
    const kj_lag_stats *occ = &f->totals.lag_occurred[KJ_UNIT_INCIDENT];
    char n1[32], n2[32];
    kj_series *series = kj_arena_alloc(b->arena, 2 * sizeof *series);
    series[0] =
        (kj_series){det->n ? kj_arena_printf(b->arena, "検知から公表まで（中央値%g日、n=%s）",
                                             det->median, kj_format_count(det->n, n1))
                           : "検知から公表まで（n=0）",
                    detected, false};
    series[1] =
        (kj_series){occ->n ? kj_arena_printf(b->arena, "発生から公表まで（中央値%g日、n=%s）",
                                             occ->median, kj_format_count(occ->n, n2))
                           : "発生から公表まで（n=0）",
                    occurred, false};
    *c = (kj_bar_chart){.title = title(b, number, "公表までの日数", NULL),
                        .categories = cats,
                        .n_categories = BANDS,
                        .series = series,
                        .n_series = 2,
                        .horizontal = true,
                        .value_labels = true,
                        .unit = "事案"};
    b->chart_note[KJ_CHART_LAG] =
        kj_arena_printf(b->arena, "日付の記載なし：検知%s事案、発生%s事案",
                        kj_format_count(f->incidents_by_lag_detected[KJ_LAG_BAND_UNKNOWN], n1),
                        kj_format_count(f->incidents_by_lag_occurred[KJ_LAG_BAND_UNKNOWN], n2));
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
    const kj_incident_view **pick;
    size_t n = kj_brief_timeline_views(b, b->options.timeline_rows, &pick);
    if (n > 1)
        qsort(pick, n, sizeof *pick, by_first_release);

    /* The axis ends with the month and reaches back to the earliest mark,
     * but not more than six months (a breach found years later would
     * squeeze the month into a sliver) nor before the archive begins.
     * Earlier marks sit at the broken left edge; the lag label still gives
     * the real number of days. */
    kj_date floor = months_before(b->month.from, 6), from = b->month.from;
    kj_date start = b->figures->coverage.from;
    if (kj_date_is_set(start) && kj_date_cmp(start, b->month.from) <= 0 &&
        kj_date_cmp((kj_date){start.year, start.month, 1}, floor) > 0)
        floor = (kj_date){start.year, start.month, 1};
    kj_timeline_row *rows = kj_arena_alloc(b->arena, (n ? n : 1) * sizeof *rows);
    kj_buf note = {0};
    char day[24];
    for (size_t i = 0; i < n; i++) {
        const kj_incident_view *v = pick[i];
        const kj_incident *inc = v->incident;
        const kj_incident_facts *fa = &v->facts;
        kj_timeline_mark *marks = kj_arena_alloc(b->arena, (inc->n_members + 3) * sizeof *marks);
        size_t k = 0;
        /* Dates in an impossible order are not drawn as fact. */
        unsigned problems = kj_incident_date_problems(fa) &
                            (KJ_DATES_DETECTED_BEFORE_OCCURRED | KJ_DATES_NOTICE_BEFORE_OCCURRED);
        const char *label = kj_brief_incident_org(b, inc);
        if (problems) {
            label = kj_arena_printf(b->arena, "%s ※要確認", label);
            kj_buf_printf(&note, "※要確認：%sは", kj_brief_incident_org(b, inc));
            if (problems & KJ_DATES_DETECTED_BEFORE_OCCURRED)
                kj_buf_printf(&note, "検知日（%s）", kj_brief_day(fa->detected, day));
            else
                kj_buf_printf(&note, "最初の公表（%s）", kj_brief_day(fa->first_notice, day));
            kj_buf_printf(&note,
                          "が発生日（%s）より前と読み取られているため、発生と検知を描いて"
                          "いません。",
                          kj_brief_day(fa->occurred, day));
        } else {
            if (kj_date_is_valid(fa->occurred))
                marks[k++] = (kj_timeline_mark){fa->occurred, KJ_MARK_OCCURRED, NULL};
            if (kj_date_is_valid(fa->detected))
                marks[k++] = (kj_timeline_mark){fa->detected, KJ_MARK_DETECTED, NULL};
        }
        /* The first notice, when the text names one published before the
         * archive began: the lag runs to it. */
        if (fa->first_notice_cited && kj_date_is_valid(fa->first_notice)) {
            marks[k++] = (kj_timeline_mark){fa->first_notice, KJ_MARK_RELEASE, "初報（収録前）"};
            kj_buf_printf(&note, "%sの初報（%d年%s）は収録前の公表で、公表文の記載によります。",
                          kj_brief_incident_org(b, inc), fa->first_notice.year,
                          kj_brief_day(fa->first_notice, day));
        }
        for (size_t m = 0; m < inc->n_members; m++) {
            const kj_release *rel = inc->members[m].release;
            if (kj_date_cmp(rel->published, b->month.to) > 0 || !kj_date_is_valid(rel->published))
                continue;
            char buf[24];
            const char *rep = kj_release_report_label(rel, buf);
            marks[k++] = (kj_timeline_mark){rel->published, KJ_MARK_RELEASE,
                                            *rep ? kj_arena_strdup(b->arena, rep) : NULL};
        }
        for (size_t m = 0; m < k; m++)
            if (kj_date_cmp(marks[m].date, from) < 0)
                from = marks[m].date;
        rows[i] = (kj_timeline_row){label, marks, k};
    }
    if (kj_date_cmp(from, floor) < 0)
        from = floor;
    b->chart_note[KJ_CHART_TIMELINE] = note.len ? kj_arena_strdup(b->arena, note.data) : NULL;
    kj_buf_free(&note);
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
        size_t max_rows; /* 0: every row in vocabulary order (a scale) */
    } breakdowns[KJ_CHART__COUNT] = {
        [KJ_CHART_ATTACK] = {KJ_BY_ATTACK, "攻撃・事故の種別", 8},
        [KJ_CHART_DATA] = {KJ_BY_DATA, "対象となった情報の種類", 8},
        [KJ_CHART_VICTIM] = {KJ_BY_VICTIM, "影響を受けた人の区分", 8},
        [KJ_CHART_ORG_TYPE] = {KJ_BY_ORG_TYPE, "公表した組織の種別", 0},
        [KJ_CHART_SIZE] = {KJ_BY_SIZE, "影響人数の規模", 0},
        [KJ_CHART_INDUSTRY] = {KJ_BY_INDUSTRY, "上場企業の業種（33業種）", 8},
    };
    b->chart_note[kind < KJ_CHART__COUNT ? kind : 0] = NULL;
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
            breakdown_chart(b, kind, breakdowns[kind].by, breakdowns[kind].max_rows, c);
            c->title = title(b, number, breakdowns[kind].what, c->title);
        }
        break;
    }
}
