/*
 * briefing_exec.c — the first things a board reads: the releases that name
 * our own watch list (関係先), the executive summary (what drove the month,
 * how it compares with the month before and with the usual level, where
 * the affected persons are, listed companies) and the checks the month's
 * facts call for.
 *
 * Every sentence is put together from kj_figures: a sentence whose figure
 * is missing is left out, never written with a guess, and no sentence is
 * canned prose that could be false for some month.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "briefing_internal.h"
#include "kaiji/text.h"

/* ------------------------------------------------------------- helpers */

/* Up to `max` sentences collected in the brief's arena. */
typedef struct sentences {
    const char **items;
    size_t n, max;
} sentences;

static void add(kj_brief *b, sentences *s, kj_buf *text)
{
    if (text->len && s->n < s->max)
        s->items[s->n++] = kj_arena_strdup(b->arena, text->data);
    kj_buf_reset(text);
}

/* `65` or `65.3`: an average with a decimal only when it needs one. */
static const char *mean_text(kj_brief *b, double v)
{
    char n[32];
    if (fabs(v - round(v)) < 0.05)
        return kj_arena_strdup(b->arena, kj_format_count(llround(v), n));
    return kj_arena_printf(b->arena, "%.1f", v);
}

/* 「前月（71件）の5.3倍」, 「直近3か月の平均（65件）比 約30%増」, 「…と同程度」. */
static void compare(kj_brief *b, kj_buf *t, const char *what, const char *base_text, double now,
                    double base)
{
    if (!(base > 0)) {
        kj_buf_printf(t, "%s（%s）", what, base_text);
        return;
    }
    double r = now / base;
    if (r >= 1.5)
        kj_buf_printf(t, "%s（%s）の%.1f倍", what, base_text, r);
    else if (r >= 1.05)
        kj_buf_printf(t, "%s（%s）比 約%.0f%%増", what, base_text, (r - 1) * 100);
    else if (r > 0.95)
        kj_buf_printf(t, "%s（%s）と同程度", what, base_text);
    else
        kj_buf_printf(t, "%s（%s）比 約%.0f%%減", what, base_text, (1 - r) * 100);
    (void)b;
}

/* The name a story goes by in a sentence. */
static const char *story_name(kj_brief *b, const kj_brief_story *s)
{
    if (s->wave)
        return s->wave->wave->label ? s->wave->wave->label : s->wave->wave->id;
    return kj_brief_incident_org(b, s->view->incident);
}

static const char *part_name(kj_brief *b, const kj_persons_item *p)
{
    if (p->wave)
        return p->wave->label ? p->wave->label : p->wave->id;
    return kj_brief_incident_org(b, p->view->incident);
}

/* Ransomware attacks (a vendor's breach behind many notices once). */
static int64_t ransomware(const kj_figures *f, bool previous)
{
    return previous ? f->previous.ransomware_attacks : f->totals.ransomware_attacks;
}

/* Ransomware incidents (every organisation's notices apart, those of a
 * ransomware wave among them whatever their own words). */
static int64_t ransomware_incidents(const kj_figures *f)
{
    return f->totals.ransomware_incidents;
}

/* ---------------------------------------------------- executive summary */

/* What drove the month: the waves, then the highest-scoring stories. */
static void drivers(kj_brief *b, kj_buf *t)
{
    const kj_figures *f = b->figures;
    char n1[32], n2[32], n3[32];
    if (!kj_brief_waves_lead(f, t))
        kj_buf_printf(t, "%sの公表は%s件（%s事案、%s組織）でした。", b->label,
                      kj_format_count(f->totals.count.releases, n1),
                      kj_format_count(f->totals.count.incidents, n2),
                      kj_format_count(f->totals.organizations, n3));
    size_t shown = 0;
    for (size_t i = 0; i < b->n_stories && shown < 2; i++) {
        const kj_brief_story *s = &b->stories[i];
        if (!s->n_reasons)
            break;
        kj_buf_puts(t, shown ? "、" : "評点の高い事案は");
        kj_buf_printf(t, "%s", story_name(b, s));
        if (s->figure != KJ_COUNT_NONE && s->part_before > 0)
            kj_buf_printf(t, "（%s、うち%sは前月までの公表）",
                          kj_brief_qualified_figure(b, s->figure, s->unit, s->qualifiers),
                          kj_brief_figure(b, s->part_before, s->unit));
        else if (s->figure != KJ_COUNT_NONE)
            kj_buf_printf(t, "（%s%s）",
                          kj_brief_qualified_figure(b, s->figure, s->unit, s->qualifiers),
                          s->figure_before ? "、前月までの公表" : "");
        shown++;
    }
    if (shown)
        kj_buf_puts(t, "です。");
}

/* Against the previous month, the last 3 and 12 months, a year earlier. */
static void levels(kj_brief *b, kj_buf *t)
{
    const kj_figures *f = b->figures;
    char n1[32], n2[32];
    int64_t now = f->totals.count.releases;
    /* the archive's first month: nothing before it to compare with */
    if (!kj_brief_previous_covered(b)) {
        kj_buf_printf(t, "公表件数は%s件です。前月%sは収録の範囲外です。", kj_format_count(now, n1),
                      f->year_ago ? "" : "と前年同月");
        return;
    }
    kj_buf_printf(t, "公表件数は%s件で、", kj_format_count(now, n1));
    compare(b, t, "前月",
            kj_arena_printf(b->arena, "%s件", kj_format_count(f->previous.count.releases, n2)),
            (double)now, (double)f->previous.count.releases);
    static const char *const what[2] = {"直近3か月の月平均", "直近12か月の月平均"};
    static const int full[2] = {3, 12};
    for (int k = 0; k < 2; k++) {
        const kj_baseline *base = &f->baseline[k];
        if (!base->months || (k == 1 && base->months <= f->baseline[0].months))
            continue; /* nothing covered, or the same months as the 3-month mean */
        const char *covered = base->months < full[k]
                                  ? kj_arena_printf(b->arena, "、収録のある%dか月", base->months)
                                  : "";
        kj_buf_puts(t, "、");
        compare(b, t, what[k],
                kj_arena_printf(b->arena, "%s件%s", mean_text(b, base->releases), covered),
                (double)now, base->releases);
    }
    kj_buf_puts(t, "です。");
    if (f->year_ago)
        kj_buf_printf(t, "前年同月（%d年%d月）は%s件でした。", f->year_ago->year,
                      f->year_ago->month, kj_format_count(f->year_ago->count.releases, n1));
    else if (f->n_history)
        kj_buf_puts(t, "前年同月は収録の範囲外です。");
}

/* The words before a part's number (「最大延べ」): its incident's, when the
 * part is that incident's own figure; a wave's origin total carries none
 * here (kj_persons_item keeps no qualifier of it). */
static const char *part_qualifier(const kj_persons_item *part)
{
    if (!part->view || part->view->facts.affected_persons != part->persons)
        return "";
    return kj_figure_qualifier_prefix(part->view->facts.affected_qualifiers);
}

/* A follow-up adds only the people beyond those an earlier month counted:
 * say so for the first `k` parts, or a figure reads as a misprint of the one
 * the same incident shows elsewhere on the page (30,000人 and 29,991人). */
static void parts_grown(kj_brief *b, kj_buf *t, size_t k)
{
    const kj_figures *f = b->figures;
    char n1[32], n2[32];
    for (size_t i = 0; i < k && i < f->n_top_persons; i++) {
        const kj_persons_item *part = &f->top_persons[i];
        if (!part->view || part->view->facts.affected_unit != KJ_AFFECTED_PERSONS ||
            part->view->facts.affected_persons == KJ_COUNT_NONE ||
            part->view->facts.affected_persons <= part->persons)
            continue;
        int64_t stated = part->view->facts.affected_persons;
        kj_buf_printf(t, "%sの数は、公表の%s人から前月までに公表された%s人を除いたものです。",
                      part_name(b, part), kj_format_count(stated, n1),
                      kj_format_count(stated - part->persons, n2));
    }
}

/* Where the affected persons are: the few parts that make most of them. */
static void concentration(kj_brief *b, kj_buf *t)
{
    const kj_figures *f = b->figures;
    const kj_affected_sum *a = &f->totals.affected[KJ_UNIT_INCIDENT];
    int64_t total = a->figure[KJ_AFFECTED_PERSONS];
    char n1[32], n2[32];
    if (total > 0 && f->n_top_persons) {
        if (f->n_persons_items == 1) {
            kj_buf_printf(t, "この月に新たに公表された影響人数は%sの%s人だけです。",
                          part_name(b, &f->top_persons[0]),
                          kj_format_count(f->top_persons[0].persons, n1));
            parts_grown(b, t, 1);
        } else {
            /* the fewest parts that make half of it, at most three */
            size_t k = 0;
            int64_t sum = 0;
            while (k < f->n_top_persons && k < 3 && sum * 2 < total)
                sum += f->top_persons[k++].persons;
            kj_buf_printf(t, "この月に新たに公表された影響人数の合計%s人のうち%.0f%%は上位%zu件（",
                          kj_format_count(total, n1), 100.0 * (double)sum / (double)total, k);
            for (size_t i = 0; i < k; i++)
                kj_buf_printf(t, "%s%s %s%s人", i ? "、" : "", part_name(b, &f->top_persons[i]),
                              part_qualifier(&f->top_persons[i]),
                              kj_format_count(f->top_persons[i].persons, n2));
            kj_buf_printf(t, "）で、人数を記載した%s件のうちの%s件です。",
                          kj_format_count((long long)f->n_persons_items, n1),
                          kj_format_count((long long)k, n2));
            parts_grown(b, t, k);
        }
    }
    /* records and accounts stay apart from people */
    const char *units[2] = {NULL, NULL};
    if (a->figure[KJ_AFFECTED_RECORDS] > 0)
        units[0] = kj_brief_figure(b, a->figure[KJ_AFFECTED_RECORDS], KJ_AFFECTED_RECORDS);
    if (a->figure[KJ_AFFECTED_ACCOUNTS] > 0)
        units[1] = kj_brief_figure(b, a->figure[KJ_AFFECTED_ACCOUNTS], KJ_AFFECTED_ACCOUNTS);
    if (units[0] || units[1])
        kj_buf_printf(
            t, "このほか、%s%s%s%sの影響が新たに公表されています（人数とは足していません）。",
            units[0] ? "件数で" : "", units[0] ? units[0] : "",
            units[1] ? (units[0] ? "、アカウント数で" : "アカウント数で") : "",
            units[1] ? units[1] : "");
}

/* Ransomware against the usual level; the listed companies that published. */
static void listed_and_ransomware(kj_brief *b, kj_buf *t)
{
    const kj_figures *f = b->figures;
    char n1[32], n2[32];
    int64_t now = ransomware(f, false), incidents = ransomware_incidents(f);
    kj_buf_printf(t, "ランサムウェア被害は%s件（", kj_format_count(now, n1));
    if (incidents != now)
        kj_buf_printf(t, "%s事案、", kj_format_count(incidents, n1));
    if (kj_brief_previous_covered(b))
        kj_buf_printf(t, "前月%s件", kj_format_count(ransomware(f, true), n2));
    else
        kj_buf_puts(t, "前月は収録の範囲外");
    if (f->baseline[1].months)
        kj_buf_printf(t, "、直近%dか月の月平均%s件", f->baseline[1].months,
                      mean_text(b, f->baseline[1].ransomware));
    const char *waves = kj_brief_ransomware_waves(b);
    if (*waves)
        kj_buf_printf(t, "）で、%sです。", waves);
    else
        kj_buf_puts(t, "）です。");
    if (!b->options.listed)
        return;
    int64_t listed = f->totals.listed.incidents;
    if (!listed) {
        kj_buf_puts(t, "上場企業の公表はありませんでした。");
        return;
    }
    kj_buf_printf(t, "上場企業の公表は%s事案（", kj_format_count(listed, n1));
    size_t shown = 0;
    for (size_t i = 0; i < f->n_incidents && shown < 3; i++)
        if (f->incidents[i].listed) {
            kj_buf_printf(t, "%s%s", shown ? "、" : "", f->incidents[i].listed->name);
            shown++;
        }
    kj_buf_printf(t, "%s）です。", (int64_t)shown < listed ? "など" : "");
}

static void watch_count(kj_brief *b, kj_buf *t)
{
    if (!b->options.watch)
        return;
    const kj_figures *f = b->figures;
    char n1[32], n2[32];
    size_t names = kj_watch_count(b->options.watch);
    if (f->totals.watch.releases)
        kj_buf_printf(t, "関係先（監視リストの%s件の名前）を含む公表が%s件あります（上記）。",
                      kj_format_count((long long)names, n1),
                      kj_format_count(f->totals.watch.releases, n2));
    else
        kj_buf_printf(t, "関係先（監視リストの%s件の名前）を含む公表はありませんでした。",
                      kj_format_count((long long)names, n1));
}

size_t kj_brief_exec_sentences(kj_brief *b, const char ***out)
{
    sentences s = {kj_arena_alloc(b->arena, 8 * sizeof(char *)), 0, 8};
    kj_buf t = {0};
    if (b->figures->totals.count.releases == 0) {
        kj_buf_printf(&t, "%sに公表された事案はありません。", b->label);
        add(b, &s, &t);
    } else {
        drivers(b, &t);
        add(b, &s, &t);
        levels(b, &t);
        add(b, &s, &t);
        concentration(b, &t);
        add(b, &s, &t);
        listed_and_ransomware(b, &t);
        add(b, &s, &t);
    }
    watch_count(b, &t);
    add(b, &s, &t);
    kj_buf_free(&t);
    *out = s.items;
    return s.n;
}

void kj_brief_exec_summary(kj_brief *b, kj_doc *doc)
{
    const char **items;
    size_t n = kj_brief_exec_sentences(b, &items);
    kj_doc_heading(doc, 2, "要点", false);
    kj_doc_bullets(doc, KJ_STYLE_BODY, items, n);
}

/* ------------------------------------------------------------- checks */

/* Data types whose rise calls for a look at who holds them. */
static const struct {
    kj_data_type type;
    const char *action;
} data_checks[] = {
    {KJ_DATA_CREDENTIALS, "使い回しのパスワードがないか、外部サービスに多要素認証を設定しているか"},
    {KJ_DATA_CREDIT_CARD, "決済画面を委託先に任せている場合はその改ざん検知の仕組み"},
    {KJ_DATA_MY_NUMBER, "マイナンバーを扱う委託先とその保管方法"},
    {KJ_DATA_HEALTH, "診療・健康情報を扱うシステムと委託先のアクセス管理"},
    {KJ_DATA_BANK_ACCOUNT, "口座情報を扱う委託先とその保管方法"},
};

size_t kj_brief_check_sentences(kj_brief *b, const char ***out)
{
    const kj_figures *f = b->figures;
    sentences s = {kj_arena_alloc(b->arena, 5 * sizeof(char *)), 0, 5};
    kj_buf t = {0};
    char n1[32], n2[32];

    /* 1. our own names first */
    const kj_breakdown *watch = &f->by[KJ_BY_WATCH];
    for (size_t r = 0; r < watch->n_rows && s.n < 2; r++) {
        if (!watch->rows[r].count.releases)
            continue;
        kj_buf_printf(&t,
                      "「%s」を含む公表が%s件あります。内容を読み、当社への影響（取引・委託・"
                      "利用の有無、共有している情報）を確かめてください。",
                      watch->rows[r].label, kj_format_count(watch->rows[r].count.releases, n1));
        add(b, &s, &t);
    }
    /* 2. the origins of the waves that drove the month */
    for (size_t w = 0; w < f->n_waves && s.n < 3; w++) {
        const kj_wave_view *v = &f->waves[w];
        if (v->organizations < 3)
            break; /* most first: the rest are smaller */
        if (v->watch.releases * 2 >= v->count.releases)
            continue; /* the watch list's check above covers it */
        kj_buf_printf(
            &t,
            "%s組織が「%s」に関して公表しました。当社と委託先が「%s」を利用していないか、"
            "利用している場合は発生元の案内に沿った対応が済んでいるかを確認してください。",
            kj_format_count(v->organizations, n1), v->wave->label ? v->wave->label : "",
            v->wave->origin ? v->wave->origin : v->wave->label);
        add(b, &s, &t);
    }
    /* 3. ransomware above its usual level */
    int64_t rw = ransomware(f, false), rw_prev = ransomware(f, true);
    double rw_mean = f->baseline[1].months ? f->baseline[1].ransomware : (double)rw_prev;
    if (rw > 0 && (double)rw >= rw_mean && s.n < 5) {
        kj_buf_printf(&t, "ランサムウェア被害が%s件ありました", kj_format_count(rw, n1));
        if (kj_brief_previous_covered(b))
            kj_buf_printf(&t, "（前月%s件）", kj_format_count(rw_prev, n2));
        kj_buf_puts(&t, "。バックアップが暗号化から切り離されているか、外部に公開している機器"
                        "（VPNなど）が更新されているかを点検してください。");
        add(b, &s, &t);
    }
    /* 4. a kind of data that rose */
    for (size_t i = 0; i < sizeof data_checks / sizeof data_checks[0] && s.n < 5; i++) {
        const kj_row *row = kj_breakdown_row(
            &f->by[KJ_BY_DATA], kj_vocab_name(KJ_VOCAB_DATA, (int)data_checks[i].type));
        /* a rise needs a month before it in the archive */
        if (!row || row->count.incidents < 3 ||
            row->count.incidents < 2 * row->previous.incidents || !kj_brief_previous_covered(b))
            continue;
        kj_buf_printf(&t, "%sを含む事案が%s件（前月%s件）ありました。%sを確認してください。",
                      row->label, kj_format_count(row->count.incidents, n1),
                      kj_format_count(row->previous.incidents, n2), data_checks[i].action);
        add(b, &s, &t);
        break;
    }
    /* 5. third parties, and the most frequent kind of attack, while fewer
     * than three checks are found */
    int64_t incidents = f->totals.count.incidents;
    if (s.n < 3 && f->totals.third_party.incidents > 0 && incidents > 0) {
        kj_buf_printf(&t,
                      "委託先や外部サービスで起きた事案が%s件（事案の%.0f%%）ありました。委託先の"
                      "一覧と、事故のときの連絡の取り決めを確認してください。",
                      kj_format_count(f->totals.third_party.incidents, n1),
                      100.0 * (double)f->totals.third_party.incidents / (double)incidents);
        add(b, &s, &t);
    }
    const kj_row *top = NULL;
    const kj_breakdown *attacks = &f->by[KJ_BY_ATTACK];
    for (size_t r = 0; r < attacks->n_rows; r++)
        if (strcmp(attacks->rows[r].key, "not_stated") != 0 &&
            (!top || attacks->rows[r].count.incidents > top->count.incidents))
            top = &attacks->rows[r];
    if (s.n < 3 && top && top->count.incidents > 0) {
        kj_buf_printf(&t,
                      "最も多い種別は%s（%s事案）でした。同じ手口への備え（該当するシステムの"
                      "設定と更新）を担当部署と確認してください。",
                      top->label, kj_format_count(top->count.incidents, n1));
        add(b, &s, &t);
    }
    const kj_lag_stats *lag = &f->totals.lag_detected[KJ_UNIT_INCIDENT];
    if (s.n < 3 && lag->n > 0) {
        kj_buf_printf(&t,
                      "検知から最初の公表までは中央値%g日（n=%s）でした。当社で同じことが起きた"
                      "場合に公表までにかかる日数と比べてください。",
                      lag->median, kj_format_count(lag->n, n1));
        add(b, &s, &t);
    }
    kj_buf_free(&t);
    *out = s.items;
    return s.n;
}

void kj_brief_checks(kj_brief *b, kj_doc *doc)
{
    const char **items;
    size_t n = kj_brief_check_sentences(b, &items);
    if (!n)
        return;
    kj_doc_heading(doc, 2, "確認をお勧めすること", false);
    kj_doc_bullets(doc, KJ_STYLE_BODY, items, n);
}

/* --------------------------------------------------------- watch list */

static const char *where_words(kj_watch_where w)
{
    return w == KJ_WATCH_ORGANIZATION ? "公表した組織" : w == KJ_WATCH_ORIGIN ? "発生元" : "本文";
}

void kj_brief_watch_section(kj_brief *b, kj_doc *doc)
{
    if (!b->options.watch)
        return;
    const kj_figures *f = b->figures;
    char n1[32], day[24];
    int64_t total = f->totals.watch.releases;
    kj_doc_heading(
        doc, 2, kj_arena_printf(b->arena, "関係先に関する公表（%s件）", kj_format_count(total, n1)),
        false);
    if (!total) {
        kj_doc_text(
            doc, KJ_STYLE_SMALL, KJ_ALIGN_LEFT,
            kj_arena_printf(b->arena, "監視リストの%s件の名前を含む公表は%sにはありません。",
                            kj_format_count((long long)kj_watch_count(b->options.watch), n1),
                            b->label));
        return;
    }
    /* Per name (most named first), its first three releases with the
     * sentence that names it; at most ten lines in all. */
    enum { PER_NAME = 3, LINES = 10 };
    const char **items = kj_arena_alloc(b->arena, (LINES + 1) * sizeof *items);
    bool *listed = kj_arena_alloc(b->arena, (f->n_releases + 1) * sizeof *listed);
    memset(listed, 0, (f->n_releases + 1) * sizeof *listed);
    size_t n = 0;
    int64_t shown = 0;
    const kj_breakdown *rows = &f->by[KJ_BY_WATCH];
    for (size_t r = 0; r < rows->n_rows && n < LINES; r++) {
        size_t per = 0;
        for (size_t i = 0; i < f->n_releases && per < PER_NAME && n < LINES; i++) {
            const kj_release *rel = f->releases[i];
            for (size_t h = 0; h < rel->n_watch_hits; h++) {
                const kj_watch_hit *hit = &rel->watch_hits[h];
                if (strcmp(hit->name, rows->rows[r].key) != 0)
                    continue;
                items[n++] = kj_arena_printf(b->arena, "【%s】%s %s（%s）：「%s」", hit->name,
                                             kj_brief_day(rel->published, day),
                                             kj_brief_release_orgs(b, rel), where_words(hit->where),
                                             hit->sentence ? hit->sentence : "");
                per++;
                shown += !listed[i];
                listed[i] = true;
                break;
            }
        }
    }
    kj_doc_bullets(doc, KJ_STYLE_SMALL, items, n);
    if (shown < total)
        kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_LEFT,
                    kj_arena_printf(b->arena,
                                    "ほか%s件は付録の公表一覧にあります（波及の表は表の前に件数、"
                                    "そのほかは［関係先］の印）。",
                                    kj_format_count(total - shown, n1)));
}
