/*
 * onepager_content.c — what an incident's one-pager says, as plain strings.
 *
 * Everything the page shows is decided here, from the incident, its
 * releases as known on a day and the passages captured from the newest
 * one; onepager.c only sets it.  Nothing here measures or draws.
 */
#include <stdlib.h>
#include <string.h>

#include "checked.h"
#include "kaiji/text.h"
#include "onepager_internal.h"

const char *kj_op_date_text(kj_arena *a, kj_date d)
{
    if (!kj_date_is_set(d))
        return "不明";
    if (d.day == 0)
        return kj_arena_printf(a, "%d年%d月", d.year, d.month);
    return kj_arena_printf(a, "%d年%d月%d日", d.year, d.month, d.day);
}

/* 第2報 / 最終報 / 調査完了 (kj_release_report_label), or NULL. */
static const char *report_label(kj_arena *a, const kj_release *rel)
{
    char buf[24];
    return *kj_release_report_label(rel, buf) ? kj_arena_strdup(a, buf) : NULL;
}

/* The labels of a vocabulary set joined by 、, or `none`. */
static const char *set_labels(kj_arena *a, kj_vocab vocab, kj_set set, const char *none)
{
    kj_buf buf = {0};
    for (int rank = 0; rank < kj_vocab_size(vocab); rank++) {
        int v = kj_vocab_display_value(vocab, rank);
        if (KJ_SET_HAS(set, v)) {
            if (buf.len)
                kj_buf_puts(&buf, "、");
            kj_buf_puts(&buf, kj_vocab_label(vocab, v));
        }
    }
    const char *s = buf.len ? kj_arena_strdup(a, buf.data) : none;
    kj_buf_free(&buf);
    return s;
}

static const char *count_text(kj_arena *a, int64_t n, const char *unit)
{
    char num[32];
    if (n == KJ_COUNT_NONE)
        return "—";
    return kj_arena_printf(a, "%s%s", kj_format_count((long long)n, num), unit);
}

/* Every organisation of the releases known, distinct by matching key,
 * first seen first. */
static const char **organizations_of(const kj_incident *inc, size_t k, kj_arena *a, size_t *n_out)
{
    size_t cap = 0;
    for (size_t i = 0; i < k; i++)
        cap += inc->members[i].release->overview.n_organizations;
    const char **names = kj_arena_alloc(a, (cap + 1) * sizeof *names);
    const char **keys = kj_arena_alloc(a, (cap + 1) * sizeof *keys);
    size_t n = 0;
    for (size_t i = 0; i < k; i++) {
        const kj_overview *ov = &inc->members[i].release->overview;
        for (size_t o = 0; o < ov->n_organizations; o++) {
            const char *key = kj_org_key(a, ov->organizations[o]);
            bool seen = false;
            for (size_t j = 0; j < n && !seen; j++)
                seen = strcmp(keys[j], key) == 0;
            if (!seen) {
                keys[n] = key;
                names[n++] = ov->organizations[o];
            }
        }
    }
    if (n == 0 && inc->organization)
        names[n++] = inc->organization;
    *n_out = n;
    return names;
}

/* Up to three names joined by 、, then ほかN組織. */
static const char *names_line(kj_arena *a, const char **names, size_t n)
{
    kj_buf buf = {0};
    for (size_t i = 0; i < n && i < 3; i++) {
        if (i)
            kj_buf_puts(&buf, "、");
        kj_buf_puts(&buf, names[i]);
    }
    if (n > 3)
        kj_buf_printf(&buf, " ほか%zu組織", n - 3);
    const char *s = kj_arena_strdup(a, buf.len ? buf.data : "（組織名なし）");
    kj_buf_free(&buf);
    return s;
}

static void build_kpis(op_content *c)
{
    kj_arena *a = c->arena;
    const kj_incident_facts *f = &c->facts;
    char num[32];
    kj_kpi *k = c->kpis;

    /* The figure in its own unit: people, records or accounts. */
    const char *unit =
        kj_affected_unit_label(f->affected_unit ? f->affected_unit : KJ_AFFECTED_PERSONS);
    k[0] = (kj_kpi){.label = f->affected_unit == KJ_AFFECTED_RECORDS    ? "影響件数"
                             : f->affected_unit == KJ_AFFECTED_ACCOUNTS ? "影響アカウント数"
                                                                        : "影響人数",
                    .value = "—",
                    .change = "記載なし"};
    if (f->affected_persons != KJ_COUNT_NONE) {
        k[0].value = kj_arena_strdup(a, kj_format_count((long long)f->affected_persons, num));
        /* an upper bound, a count with people twice in it or a provisional
         * count says so over the number (「影響人数（最大・延べ）」): the
         * large digits have no room for more */
        const char *words = kj_figure_qualifier_words(f->affected_qualifiers);
        if (*words)
            k[0].label = kj_arena_printf(a, "%s（%s）", k[0].label, words);
        /* separate groups in people and in records added up */
        if (f->affected_qualifiers & KJ_FIGURE_MIXED_UNITS)
            k[0].label = kj_arena_printf(a, "%s（人と件の合計）", k[0].label);
        k[0].unit = unit;
        if (f->figure_scope == KJ_SCOPE_ORIGIN_TOTAL)
            k[0].change = "発生元が公表した全体の数（この組織の分ではない）";
        else if (f->leak_status == KJ_LEAK_NONE)
            k[0].change = "流出は確認されなかったと公表";
        else if (f->affected_persons_confirmed == KJ_COUNT_NONE &&
                 f->leak_status == KJ_LEAK_CONFIRMED &&
                 (f->affected_qualifiers & KJ_FIGURE_PROVISIONAL))
            k[0].change = "流出を確認（数は暫定）"; /* the count stated, only not final */
        else if (f->affected_persons_confirmed == KJ_COUNT_NONE)
            k[0].change = "うち流出確定の数は記載なし";
        else if (f->affected_persons_confirmed >= f->affected_persons)
            k[0].change = "全数の流出が確認された"; /* not 「可能性 0」 */
        else {
            /* the parts of a count of records may be people (850名 of 2,050件):
             * only a count of people gives its parts a unit */
            const char *part =
                f->affected_unit == KJ_AFFECTED_RECORDS || f->affected_unit == KJ_AFFECTED_ACCOUNTS
                    ? ""
                    : unit;
            k[0].change = kj_arena_printf(a, "うち確定 %s・可能性 %s",
                                          count_text(a, f->affected_persons_confirmed, part),
                                          count_text(a, f->affected_persons_possible, part));
        }
        if (kj_page_figure_doubtful(c->checks)) {
            /* no fact: the mark, the number the release states and why */
            k[0].value = KJ_PAGE_DOUBT;
            k[0].unit = NULL;
            k[0].change = kj_arena_printf(
                a, "%s\n%s", kj_page_stated(a, f->affected_persons, f->affected_qualifiers, unit),
                kj_page_figure_doubt(c->checks));
        }
    }
    k[1] = (kj_kpi){.label = "影響を受けた組織", .value = "—", .change = "記載なし"};
    if (f->affected_organizations != KJ_COUNT_NONE) {
        k[1].value = kj_arena_strdup(a, kj_format_count((long long)f->affected_organizations, num));
        k[1].unit = "社";
        k[1].change = "取引先・団体など";
    }
    static const char *const leak_short[KJ_LEAK__COUNT] = {
        [KJ_LEAK_UNKNOWN] = "不明",
        [KJ_LEAK_NONE] = "なし",
        [KJ_LEAK_POSSIBLE] = "可能性",
        [KJ_LEAK_CONFIRMED] = "確認",
    };
    static const char *const leak_note[KJ_LEAK__COUNT] = {
        [KJ_LEAK_UNKNOWN] = "調査中、または記載なし",
        [KJ_LEAK_NONE] = "流出は確認されていない",
        [KJ_LEAK_POSSIBLE] = "流出したおそれがある",
        [KJ_LEAK_CONFIRMED] = "流出が確認された",
    };
    k[2] = (kj_kpi){.label = "情報の流出",
                    .value = leak_short[f->leak_status],
                    .change = leak_note[f->leak_status],
                    .tone = f->leak_status == KJ_LEAK_CONFIRMED ? KJ_TONE_WORSE : KJ_TONE_NEUTRAL};
    k[3] = (kj_kpi){.label = "検知から最初の公表まで", .value = "—"};
    if (f->lag_detected_days != KJ_LAG_NONE) {
        k[3].value = kj_arena_printf(a, "%d", (int)f->lag_detected_days);
        k[3].unit = "日";
    }
    if (f->lag_occurred_days != KJ_LAG_NONE)
        k[3].change = kj_arena_printf(a, "発生から %d日", (int)f->lag_occurred_days);
    else if (kj_date_is_set(f->occurred))
        k[3].change = kj_arena_printf(a, "発生 %s", kj_op_date_text(a, f->occurred));
    else
        k[3].change =
            f->lag_detected_days == KJ_LAG_NONE ? "発生・検知日の記載なし" : "発生日の記載なし";
}

/* The watch-list names the known releases contain, joined: `IIJ（発生元）`. */
static const char *watch_names(kj_arena *a, const kj_incident *inc, size_t k)
{
    static const char *const where[KJ_WATCH__COUNT] = {"公表した組織", "発生元", "本文"};
    kj_buf buf = {0};
    for (size_t i = 0; i < k; i++) {
        const kj_release *rel = inc->members[i].release;
        for (size_t h = 0; h < rel->n_watch_hits; h++) {
            const kj_watch_hit *hit = &rel->watch_hits[h];
            if (buf.data && strstr(buf.data, hit->name))
                continue;
            kj_buf_printf(&buf, "%s%s（%s）", buf.len ? "、" : "", hit->name,
                          (unsigned)hit->where < KJ_WATCH__COUNT ? where[hit->where] : "本文");
        }
    }
    const char *s = buf.len ? kj_arena_strdup(a, buf.data) : NULL;
    kj_buf_free(&buf);
    return s;
}

static void build_definitions(op_content *c, const kj_incident *inc, const char **orgs,
                              size_t n_orgs, size_t n_releases, const kj_onepager_options *o)
{
    kj_arena *a = c->arena;
    const kj_incident_facts *f = &c->facts;
    kj_definition *d = c->defs;
    size_t n = 0;
    /* What concerns us first. */
    const char *watched = watch_names(a, inc, n_releases);
    if (watched)
        d[n++] = (kj_definition){"関係先",
                                 kj_arena_printf(a, "監視リストの名前を含む：%s", watched), NULL};
    unsigned problems = kj_incident_date_problems(f) &
                        (KJ_DATES_DETECTED_BEFORE_OCCURRED | KJ_DATES_NOTICE_BEFORE_OCCURRED);
    if (problems)
        d[n++] = (kj_definition){
            "要確認",
            kj_arena_printf(
                a, "%sが発生日（%s）より前と読み取られています。原文を確認してください",
                problems & KJ_DATES_DETECTED_BEFORE_OCCURRED
                    ? kj_arena_printf(a, "検知日（%s）", kj_op_date_text(a, f->detected))
                    : kj_arena_printf(a, "最初の公表（%s）", kj_op_date_text(a, f->first_notice)),
                kj_op_date_text(a, f->occurred)),
            NULL};
    d[n++] = (kj_definition){"攻撃種別",
                             set_labels(a, KJ_VOCAB_ATTACK, f->attack_types, "記載なし"), NULL};
    d[n++] = (kj_definition){
        "被害者", set_labels(a, KJ_VOCAB_VICTIM, f->victim_categories, "記載なし"), NULL};
    d[n++] = (kj_definition){"報告先",
                             set_labels(a, KJ_VOCAB_AUTHORITY, f->reported_to, "記載なし"), NULL};
    /* false is "not at a third party as far as the text says": a contractor's
     * login used to break into the organisation's own systems is no
     * third-party incident, and 「記載なし」 would deny the text mentions one */
    d[n++] = (kj_definition){"第三者の関与",
                             f->third_party ? "あり（委託先など第三者のもとで発生）"
                                            : "なし（第三者のもとで起きたとの記載はない）",
                             NULL};
    d[n++] = (kj_definition){
        "発生・検知",
        kj_arena_printf(a, "発生 %s／検知 %s%s", kj_op_date_text(a, f->occurred),
                        kj_op_date_text(a, f->detected),
                        (c->checks & KJ_CHECKS_DATES) ? "（日付の前後が合わず" KJ_PAGE_DOUBT "）"
                                                      : ""),
        NULL};
    d[n++] = (kj_definition){
        "公表",
        f->first_notice_cited
            ? kj_arena_printf(a, "%zu件（最初の公表 %s は収録前、公表文の記載による。最新 %s）",
                              n_releases, kj_op_date_text(a, f->first_notice),
                              kj_op_date_text(a, f->last_published))
            : kj_arena_printf(a, "%zu件（初回 %s、最新 %s）", n_releases,
                              kj_op_date_text(a, f->first_published),
                              kj_op_date_text(a, f->last_published)),
        NULL};
    /* One breach many organisations told: the wave and where it happened. */
    const kj_wave *wave = o && o->set && inc->wave >= 0 && (size_t)inc->wave < o->set->n_waves
                              ? &o->set->waves[inc->wave]
                              : NULL;
    if (wave) {
        char num[32];
        kj_buf w = {0};
        kj_buf_printf(&w, "%s（%s組織が公表", wave->label ? wave->label : wave->id,
                      kj_format_count((long long)wave->n_organizations, num));
        if (wave->origin_total != KJ_COUNT_NONE)
            kj_buf_printf(&w, "、全体で%s%s", kj_format_count(wave->origin_total, num),
                          kj_affected_unit_label(wave->origin_total_unit));
        kj_buf_puts(&w, "）");
        d[n++] = (kj_definition){"波及", kj_arena_strdup(a, w.data), NULL};
        kj_buf_free(&w);
        /* A client quoting the origin's total (約1,750万件) shows the
         * origin's own figure (1,748万件), as the wave line does: one page,
         * one number for one breach. */
        kj_kpi *k = &c->kpis[0];
        int64_t figure;
        kj_affected_unit unit;
        if (!kj_page_figure_doubtful(c->checks) &&
            kj_incident_wave_figure(o->set, inc, f, &figure, &unit)) {
            k->value = kj_arena_strdup(a, kj_format_count(figure, num));
            k->unit = kj_affected_unit_label(unit);
            k->label = unit == KJ_AFFECTED_RECORDS    ? "影響件数"
                       : unit == KJ_AFFECTED_ACCOUNTS ? "影響アカウント数"
                                                      : "影響人数";
        }
    }
    const char *origin = NULL;
    for (size_t i = n_releases; i-- > 0 && !origin;)
        origin = inc->members[i].release->origin;
    if (origin || wave)
        d[n++] = (kj_definition){"発生元", origin ? origin : wave->origin, NULL};
    /* A listed company among the organisations. */
    for (size_t i = 0; o && o->listed && i < n_orgs; i++) {
        const kj_listed_entry *e = kj_listed_match(o->listed, orgs[i]);
        if (!e)
            continue;
        const char *industry = kj_listed_industry(e);
        d[n++] = (kj_definition){"上場",
                                 kj_arena_printf(a, "%s %s%s%s", e->code, e->market,
                                                 industry ? "・" : "", industry ? industry : ""),
                                 NULL};
        break;
    }
    if (n_orgs > 1) {
        kj_buf buf = {0};
        for (size_t i = 0; i < n_orgs; i++) {
            if (i)
                kj_buf_puts(&buf, "、");
            kj_buf_puts(&buf, orgs[i]);
        }
        d[n++] = (kj_definition){"組織", kj_arena_strdup(a, buf.data), NULL};
        kj_buf_free(&buf);
    }
    d[n++] = (kj_definition){"事案ID", inc->id, NULL};
    c->n_defs = n;
}

static void build_tags(op_content *c)
{
    const kj_incident_facts *f = &c->facts;
    size_t n = (size_t)kj_set_count(f->data_types) + (size_t)kj_set_count(f->data_types_excluded);
    c->tags = kj_arena_alloc(c->arena, (n + 1) * sizeof *c->tags);
    for (int v = 0; v < KJ_DATA__COUNT; v++) {
        if (!KJ_SET_HAS(f->data_types, v))
            continue;
        const char *label = kj_vocab_label(KJ_VOCAB_DATA, v);
        /* card data of only some of those counted: 「クレジットカード（10,423人）」 */
        if (v == KJ_DATA_CREDIT_CARD && f->affected_card_holders != KJ_COUNT_NONE &&
            f->affected_card_holders > 0 && f->affected_persons != KJ_COUNT_NONE &&
            f->affected_card_holders < f->affected_persons) {
            char count[32];
            label = kj_arena_printf(
                c->arena, "%s（%s%s）", label, kj_format_count(f->affected_card_holders, count),
                kj_affected_unit_label(f->affected_unit ? f->affected_unit : KJ_AFFECTED_PERSONS));
        }
        c->tags[c->n_tags++] = (kj_tag){label, KJ_TAG_ON};
    }
    for (int v = 0; v < KJ_DATA__COUNT; v++) {
        if (KJ_SET_HAS(f->data_types_excluded, v) && !KJ_SET_HAS(f->data_types, v)) {
            c->tags[c->n_tags++] = (kj_tag){kj_vocab_label(KJ_VOCAB_DATA, v), KJ_TAG_OFF};
            c->any_excluded = true;
        }
    }
}

/* Which events stay longest when rows must go: how it began and was
 * noticed, then the authorities, then containment and the rest. */
static int event_priority(kj_event_kind k)
{
    switch (k) {
    case KJ_EVENT_OCCURRED:
    case KJ_EVENT_DETECTED:
        return 0;
    case KJ_EVENT_REPORTED:
        return 1;
    case KJ_EVENT_CONTAINED:
    case KJ_EVENT_NOTIFIED:
    case KJ_EVENT_RESTORED:
        return 2;
    case KJ_EVENT_RELEASE:
        return 3;
    default:
        return 4;
    }
}

typedef struct sortable_row {
    op_row row;
    int order; /* kind order on the same day: events by kind, releases last */
    size_t index;
} sortable_row;

static int row_order(const void *pa, const void *pb)
{
    const sortable_row *a = pa, *b = pb;
    int c = kj_date_cmp(a->row.date, b->row.date);
    if (c)
        return c;
    if (a->order != b->order)
        return a->order < b->order ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

static bool has_event(const kj_timeline_entry *t, size_t n, kj_event_kind kind, kj_date d)
{
    for (size_t i = 0; i < n; i++)
        if (t[i].kind == kind && kj_date_cmp(t[i].date, d) == 0)
            return true;
    return false;
}

static void build_timeline(op_content *c, const kj_incident *inc, kj_date as_of, size_t k,
                           bool multi_org)
{
    kj_arena *a = c->arena;
    kj_timeline_entry *t;
    size_t n = kj_incident_timeline_as_of(inc, as_of, a, &t);
    sortable_row *rows = kj_arena_alloc(a, (n + 3) * sizeof *rows);
    size_t n_rows = 0;
    for (size_t i = 0; i < n; i++) {
        const kj_timeline_entry *e = &t[i];
        if (!kj_date_is_set(e->date))
            continue; /* only dated events have a place on a timeline */
        /* A release event on a member's own date is that member (the
         * timeline keeps no text event for a date a member has). */
        bool own_release = e->kind == KJ_EVENT_RELEASE && e->release &&
                           kj_date_cmp(e->release->published, e->date) == 0;
        op_row r = {.date = e->date, .date_text = kj_op_date_text(a, e->date), .text = e->text};
        if (own_release) {
            const char *label = report_label(a, e->release);
            r.kind = label ? kj_arena_printf(a, "公表（%s）", label) : "公表";
            r.release = true;
            /* Several disclosers (one contractor's breach): whose release it is. */
            const kj_overview *ov = &e->release->overview;
            if (multi_org && ov->n_organizations)
                r.text = kj_arena_printf(a, "［%s］%s", ov->organizations[0], e->text);
        } else {
            /* A publication the text mentions that is not in the archive. */
            r.kind = e->kind == KJ_EVENT_RELEASE ? "過去の公表" : kj_event_kind_label(e->kind);
            r.priority = event_priority(e->kind);
            r.event_kind = e->kind;
        }
        rows[n_rows] = (sortable_row){r, r.release ? KJ_EVENT__COUNT : (int)e->kind, n_rows};
        n_rows++;
    }
    /* The occurrence and detection the facts give, when no event says so. */
    const kj_date facts_dates[2] = {c->facts.occurred, c->facts.detected};
    const kj_event_kind facts_kinds[2] = {KJ_EVENT_OCCURRED, KJ_EVENT_DETECTED};
    for (size_t i = 0; i < 2; i++) {
        if (!kj_date_is_set(facts_dates[i]) || has_event(t, n, facts_kinds[i], facts_dates[i]))
            continue;
        op_row r = {.date = facts_dates[i],
                    .date_text = kj_op_date_text(a, facts_dates[i]),
                    .kind = kj_event_kind_label(facts_kinds[i]),
                    .text = i == 0 ? "発生日（公表文の記載から）" : "検知日（公表文の記載から）",
                    .priority = 0,
                    .event_kind = facts_kinds[i]};
        rows[n_rows] = (sortable_row){r, (int)facts_kinds[i], n_rows};
        n_rows++;
    }
    if (n_rows > 1)
        qsort(rows, n_rows, sizeof *rows, row_order);
    c->rows = kj_arena_alloc(a, (n_rows + 1) * sizeof *c->rows);
    for (size_t i = 0; i < n_rows; i++) {
        c->rows[i] = rows[i].row;
        c->n_events += !rows[i].row.release;
    }
    c->n_rows = n_rows;

    /* The chart's fixed marks: occurrence, detection (not drawn as fact when
     * their order cannot be), the first notice before the archive, the
     * releases. */
    c->marks = kj_arena_alloc(a, (k + 3) * sizeof *c->marks);
    bool doubtful = kj_incident_date_problems(&c->facts) &
                    (KJ_DATES_DETECTED_BEFORE_OCCURRED | KJ_DATES_NOTICE_BEFORE_OCCURRED);
    if (kj_date_is_set(c->facts.occurred) && !doubtful)
        c->marks[c->n_marks++] = (kj_timeline_mark){c->facts.occurred, KJ_MARK_OCCURRED, "発生"};
    if (kj_date_is_set(c->facts.detected) && !doubtful)
        c->marks[c->n_marks++] = (kj_timeline_mark){c->facts.detected, KJ_MARK_DETECTED, "検知"};
    if (c->facts.first_notice_cited)
        c->marks[c->n_marks++] =
            (kj_timeline_mark){c->facts.first_notice, KJ_MARK_RELEASE, "最初の公表（収録前）"};
    for (size_t i = 0; i < k; i++) {
        const kj_release *rel = inc->members[i].release;
        const char *label = report_label(a, rel);
        c->marks[c->n_marks++] = (kj_timeline_mark){rel->published, KJ_MARK_RELEASE,
                                                    label   ? label
                                                    : k > 1 ? kj_arena_printf(a, "%zu件目", i + 1)
                                                            : "公表"};
    }
}

/*
 * The lag in the key figures runs to the first notice: a notice before the
 * archive began, when the text names one, else the first release in the
 * archive.  When a release's text names another earlier publication (one
 * inside the archive's span, not taken as the first notice), the reader
 * must not take the lag for the time to the first word: the figure says so.
 */
static void note_earlier_publication(op_content *c)
{
    if (c->facts.first_notice_cited) {
        c->kpis[3].change =
            kj_arena_printf(c->arena, "%s\n最初の公表 %s（収録前）", c->kpis[3].change,
                            kj_op_date_text(c->arena, c->facts.first_notice));
        return;
    }
    /* nobody announces what it has not learnt: a "release" dated before
     * the incident was found (or happened) is a misreading, not a notice */
    kj_date floor = kj_date_is_set(c->facts.detected) ? c->facts.detected : c->facts.occurred;
    for (size_t i = 0; i < c->n_rows; i++) {
        const op_row *row = &c->rows[i];
        if (row->release || row->event_kind != KJ_EVENT_RELEASE ||
            kj_date_cmp(row->date, c->facts.first_published) >= 0 ||
            (kj_date_is_set(floor) && kj_date_cmp(row->date, floor) < 0))
            continue;
        c->kpis[3].change =
            kj_arena_printf(c->arena, "%s\n先の公表 %s", c->kpis[3].change, row->date_text);
        return; /* rows are by date: this is the earliest */
    }
}

/*
 * The status is the newest word; when an earlier release of the incident
 * stated the leak as confirmed and the newest hedges or clears it (「漏え
 * いしたことが確認されました」, later 「漏えいの可能性がある」), the reader
 * is told: a hedge may widen the scope rather than withdraw the finding.
 */
static void note_earlier_confirmation(op_content *c, const kj_incident *inc, size_t k)
{
    if (c->facts.leak_status == KJ_LEAK_CONFIRMED)
        return;
    for (size_t i = k; i-- > 0;) {
        const kj_release *rel = inc->members[i].release;
        if (rel->leak_status != KJ_LEAK_CONFIRMED)
            continue;
        c->kpis[2].change =
            kj_arena_printf(c->arena, "%s\n%sの公表では流出を確認", c->kpis[2].change,
                            kj_op_date_text(c->arena, rel->published));
        return;
    }
}

op_content *kj_op_content_build(const kj_incident *inc, kj_date as_of,
                                const kj_onepager_options *options, kj_arena *a)
{
    size_t k = kj_incident_members_as_of(inc, as_of);
    if (k == 0)
        return NULL;
    op_content *c = kj_arena_alloc(a, sizeof *c);
    c->arena = a;
    c->id = inc->id;
    c->newest = inc->members[k - 1].release;
    kj_incident_facts_as_of(inc, as_of, &c->facts);
    c->checks = kj_checks_incident(inc, &c->facts);

    size_t n_orgs;
    const char **orgs = organizations_of(inc, k, a, &n_orgs);
    c->organizations = names_line(a, orgs, n_orgs);
    c->doc_title = kj_arena_printf(a, "事案概要：%s", c->organizations);

    const kj_release *nw = c->newest;
    const char *label = report_label(a, nw);
    if (!label)
        label = k > 1 ? kj_arena_printf(a, "%zu件目の公表", k) : "初回の公表";
    c->newest_date = kj_op_date_text(a, nw->published);
    c->subtitle =
        kj_arena_printf(a, "%s公表（%s）\n%s", c->newest_date, label,
                        nw->overview.title && *nw->overview.title ? nw->overview.title : nw->path);

    build_kpis(c);
    build_definitions(c, inc, orgs, n_orgs, k, options);
    build_tags(c);
    build_timeline(c, inc, as_of, k, inc->n_chains > 1);
    note_earlier_publication(c);
    note_earlier_confirmation(c, inc, k);

    c->have_text = nw->snippets.captured;
    c->opening = nw->snippets.opening;
    c->opening_cut = nw->snippets.opening_cut;
    c->measures = nw->snippets.measures;
    c->n_measures = nw->snippets.n_measures;
    c->n_measures_found = nw->snippets.n_measures_found;
    c->measures_from = nw->snippets.measures_from;

    c->sources = kj_arena_alloc(a, k * sizeof *c->sources);
    for (size_t i = 0; i < k; i++) {
        const kj_release *rel = inc->members[i].release;
        const char *rl = report_label(a, rel);
        c->sources[i] = (op_source){kj_op_date_text(a, rel->published), rl ? rl : "",
                                    rel->overview.source_url, rel->path};
    }
    c->n_sources = k;
    return c;
}
