/*
 * briefing_tables.c — the briefing's tables: every release of the month
 * with its source link, and the repeat disclosures (organisations that
 * published several times, incidents with follow-up releases, contractors
 * named by several organisations).
 */
#include <stdio.h>
#include <string.h>

#include "briefing_internal.h"
#include "checked.h"
#include "kaiji/checks.h"
#include "kaiji/text.h"

/* Short leak-status words for a narrow column. */
static const char *leak_short(kj_leak_status s)
{
    static const char *const words[KJ_LEAK__COUNT] = {
        [KJ_LEAK_UNKNOWN] = "不明",
        [KJ_LEAK_NONE] = "なし",
        [KJ_LEAK_POSSIBLE] = "可能性",
        [KJ_LEAK_CONFIRMED] = "確認",
    };
    return (unsigned)s < KJ_LEAK__COUNT ? words[s] : "";
}

/* The attack types of a release, one a line (main type first), so a
 * narrow column breaks between types rather than inside one. */
static const char *attack_cell(kj_brief *b, kj_set attacks)
{
    int main_attack = kj_main_attack(attacks);
    if (main_attack < 0)
        return "—";
    kj_buf s = {0};
    kj_buf_puts(&s, kj_vocab_label(KJ_VOCAB_ATTACK, main_attack));
    for (int a = 0; a < KJ_ATTACK__COUNT; a++)
        if (a != main_attack && KJ_SET_HAS(attacks, a))
            kj_buf_printf(&s, "\n%s", kj_vocab_label(KJ_VOCAB_ATTACK, a));
    const char *out = kj_arena_strdup(b->arena, s.data);
    kj_buf_free(&s);
    return out;
}

/* "2,050人" / "2,050人\nうち確認 850" / "—\n430社": the affected column; a
 * figure that is its wave's origin's total says so rather than counting as
 * this organisation's, and one that fails a check is marked 要確認. */
static const char *affected_cell(kj_brief *b, const kj_release *rel, size_t index)
{
    char n1[32];
    kj_buf s = {0};
    kj_scope scope = b->set->scope_of ? b->set->scope_of[index] : rel->figure_scope;
    int64_t persons = rel->affected_persons, confirmed = rel->affected_persons_confirmed;
    if (persons == KJ_COUNT_NONE)
        kj_buf_puts(&s, "—");
    else
        kj_buf_puts(&s, kj_brief_qualified_figure(b, persons, rel->affected_unit,
                                                  rel->affected_qualifiers));
    /* a figure that fails a check is marked "173,000件\n要確認" */
    if (persons != KJ_COUNT_NONE && kj_page_figure_doubtful(kj_checks_release(b->set, index)))
        kj_buf_puts(&s, "\n" KJ_PAGE_DOUBT);
    if (persons != KJ_COUNT_NONE && scope == KJ_SCOPE_ORIGIN_TOTAL)
        kj_buf_puts(&s, "\n（発生元全体）");
    else if (confirmed != KJ_COUNT_NONE && persons != KJ_COUNT_NONE && confirmed != persons)
        kj_buf_printf(&s, "\nうち確認 %s", kj_format_count(confirmed, n1));
    if (rel->affected_organizations != KJ_COUNT_NONE && rel->affected_organizations > 0)
        kj_buf_printf(&s, "\n%s社", kj_format_count(rel->affected_organizations, n1));
    const char *out = kj_arena_strdup(b->arena, s.data);
    kj_buf_free(&s);
    return out;
}

static const char *date_cell(kj_brief *b, const kj_release *rel)
{
    char day[24], rep[24];
    kj_brief_day(rel->published, day);
    if (*kj_release_report_label(rel, rep))
        return kj_arena_printf(b->arena, "%s\n%s", day, rep);
    return kj_arena_strdup(b->arena, day);
}

/* The organisations, marked ［上場 7203］ and (with `watch_mark`) ［関係先］. */
static const char *org_cell(kj_brief *b, size_t i, bool watch_mark)
{
    const kj_figures *f = b->figures;
    const kj_release *rel = f->releases[i];
    const char *orgs = kj_brief_release_orgs(b, rel);
    const kj_listed_entry *listed = f->release_listed ? f->release_listed[i] : NULL;
    bool watched = watch_mark && rel->n_watch_hits;
    if (!listed && !watched)
        return orgs;
    return kj_arena_printf(b->arena, "%s%s%s%s%s", orgs, listed ? "［上場 " : "",
                           listed ? listed->code : "", listed ? "］" : "",
                           watched ? "［関係先］" : "");
}

/* One group's releases in full: date, organisation, title, attack, figure,
 * leak and source. */
static void group_table(kj_brief *b, kj_doc *doc, const kj_release_group *g, const char *caption)
{
    const kj_figures *f = b->figures;
    static const kj_table_column cols[] = {
        {"公表日", 4.5, 0, KJ_ALIGN_LEFT, 2}, {"組織", 0, 2, KJ_ALIGN_LEFT, 0},
        {"表題", 0, 3.0, KJ_ALIGN_LEFT, 3},   {"攻撃・事故", 0, 1.5, KJ_ALIGN_LEFT, 3},
        {"影響", 7.5, 0, KJ_ALIGN_RIGHT, 3},  {"流出", 3.2, 0, KJ_ALIGN_LEFT, 1},
        {"出典", 2.6, 0, KJ_ALIGN_CENTER, 1},
    };
    enum { NC = sizeof cols / sizeof cols[0] };
    kj_table_cell *cells = kj_arena_alloc(b->arena, g->n * NC * sizeof *cells);
    for (size_t k = 0; k < g->n; k++) {
        size_t i = g->releases[k];
        const kj_release *rel = f->releases[i];
        size_t index = f->release_indexes[i];
        bool web = rel->overview.source_url && *rel->overview.source_url;
        kj_table_cell *row = cells + k * NC;
        row[0] = (kj_table_cell){date_cell(b, rel), NULL};
        row[1] = (kj_table_cell){org_cell(b, i, true), NULL};
        row[2] = (kj_table_cell){rel->overview.title ? rel->overview.title : "", NULL};
        row[3] = (kj_table_cell){attack_cell(b, rel->attack_types), NULL};
        row[4] = (kj_table_cell){affected_cell(b, rel, index), NULL};
        row[5] = (kj_table_cell){leak_short(rel->leak_status), NULL};
        row[6] = (kj_table_cell){web ? "原文" : "—", web ? rel->overview.source_url : NULL};
    }
    kj_table table = {caption, cols, NC, cells, g->n};
    kj_doc_table(doc, &table);
}

/* A wave's notices two to a row, read down the left half first: the story
 * is told once in the heading, each notice is its date, organisation, own
 * figure and source. */
static void wave_table(kj_brief *b, kj_doc *doc, const kj_release_group *g, const char *caption)
{
    const kj_figures *f = b->figures;
    /* a name breaks between its words now, not inside them: three lines
     * hold the long ones whole (「株式会社 / 北國フィナンシャル / ホールディングス」) */
    static const kj_table_column cols[] = {
        {"公表日", 4, 0, KJ_ALIGN_LEFT, 1},  {"組織", 0, 1, KJ_ALIGN_LEFT, 3},
        {"影響", 6.5, 0, KJ_ALIGN_RIGHT, 2}, {"出典", 2.6, 0, KJ_ALIGN_CENTER, 1},
        {"公表日", 4, 0, KJ_ALIGN_LEFT, 1},  {"組織", 0, 1, KJ_ALIGN_LEFT, 3},
        {"影響", 6.5, 0, KJ_ALIGN_RIGHT, 2}, {"出典", 2.6, 0, KJ_ALIGN_CENTER, 1},
    };
    enum { NC = sizeof cols / sizeof cols[0], HALF = NC / 2 };
    size_t rows = (g->n + 1) / 2;
    kj_table_cell *cells = kj_arena_alloc(b->arena, rows * NC * sizeof *cells);
    memset(cells, 0, rows * NC * sizeof *cells);
    for (size_t k = 0; k < g->n; k++) {
        size_t i = g->releases[k];
        const kj_release *rel = f->releases[i];
        size_t index = f->release_indexes[i];
        bool web = rel->overview.source_url && *rel->overview.source_url;
        kj_table_cell *cell = cells + (k % rows) * NC + (k / rows) * HALF;
        cell[0] = (kj_table_cell){kj_brief_day(rel->published, kj_arena_alloc(b->arena, 24)), NULL};
        cell[1] = (kj_table_cell){org_cell(b, i, false), NULL};
        cell[2] = (kj_table_cell){affected_cell(b, rel, index), NULL};
        cell[3] = (kj_table_cell){web ? "原文" : "—", web ? rel->overview.source_url : NULL};
    }
    kj_table table = {caption, cols, NC, cells, rows};
    kj_doc_table(doc, &table);
}

void kj_brief_releases(kj_brief *b, kj_doc *doc)
{
    const kj_figures *f = b->figures;
    kj_doc_heading(doc, 1, "付録　公表一覧", true);
    char n1[32], n2[32];
    kj_doc_text(
        doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY,
        kj_arena_printf(b->arena,
                        "%sに公表された%s件を、同じ発生元の侵害による公表（波及）ごと、その"
                        "ほかは公表した組織の種別ごとに、公表日順に並べています。影響・流出は"
                        "各公表の時点での記載によります（「—」は記載なし。単位は人・件・アカ"
                        "ウント）。［上場］は上場企業、［関係先］は監視リストの名前を含む公表、"
                        "「原文」は各組織の公表ページへのリンクです。",
                        b->label, kj_format_count((long long)f->n_releases, n1)));
    if (f->n_releases == 0) {
        kj_doc_paragraph(doc, "この月に公表された事案はありません。");
        return;
    }
    for (size_t g = 0; g < f->n_groups; g++) {
        const kj_release_group *grp = &f->groups[g];
        const char *heading, *caption;
        if (grp->wave) {
            const kj_wave_view *w = grp->wave;
            const char *label = w->wave->label ? w->wave->label : w->wave->id;
            heading = kj_arena_printf(b->arena, "%s（%s件）", label,
                                      kj_format_count((long long)grp->n, n1));
            caption = kj_arena_printf(b->arena, "表%d　%sに関する公表", ++b->table_number, label);
            kj_doc_heading(doc, 2, heading, false);
            kj_buf t = {0};
            kj_buf_printf(&t, "発生元：%s。%s組織が公表しました。",
                          w->wave->origin ? w->wave->origin : label,
                          kj_format_count(w->organizations, n2));
            if (w->origin_total != KJ_COUNT_NONE)
                kj_buf_printf(&t, "全体の影響は%s（%s）で、集計ではこの数を1回だけ数えています。",
                              kj_brief_figure(b, w->origin_total, w->origin_total_unit),
                              w->origin_total_own ? "発生元の公表" : "各組織が引用した数");
            if (w->watch.releases)
                kj_buf_printf(&t, "このうち%s件が監視リストの名前を含みます。",
                              kj_format_count(w->watch.releases, n2));
            kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY, t.data);
            kj_buf_free(&t);
        } else {
            const char *type = kj_org_type_label((kj_org_type)grp->org_type);
            heading = kj_arena_printf(b->arena, "%s（%s件）", type,
                                      kj_format_count((long long)grp->n, n1));
            caption = kj_arena_printf(b->arena, "表%d　%sの公表", ++b->table_number, type);
            kj_doc_heading(doc, 2, heading, false);
        }
        if (grp->wave)
            wave_table(b, doc, grp, caption);
        else
            group_table(b, doc, grp, caption);
    }
}

/* ------------------------------------------------------------- repeat */

/* "4月18日（第2報）": a release in a list of the month's releases. */
static void put_release_day(kj_buf *s, const kj_release *rel)
{
    char day[24], rep[24];
    if (s->len)
        kj_buf_puts(s, "、");
    kj_buf_puts(s, kj_brief_day(rel->published, day));
    if (*kj_release_report_label(rel, rep))
        kj_buf_printf(s, "（%s）", rep);
}

/* True when release `i` of the month is organisation `key`'s. */
static bool release_of_org(const kj_brief *b, size_t i, const char *key)
{
    const kj_release *rel = b->figures->releases[i];
    for (size_t o = 0; o < rel->overview.n_organizations; o++)
        if (strcmp(kj_brief_org_key(b, b->figures->release_indexes[i], o), key) == 0)
            return true;
    return false;
}

/* True when every release of organisation `key` in the month is a knock-on
 * notice of a wave: those are told with their wave, in the appendix. */
static bool only_knock_on(const kj_brief *b, const char *key)
{
    const kj_figures *f = b->figures;
    for (size_t i = 0; i < f->n_releases; i++)
        if (release_of_org(b, i, key) &&
            !(b->set->knock_on && b->set->knock_on[f->release_indexes[i]]))
            return false;
    return true;
}

/* The month's releases of organisation `key`: "4月3日、4月18日（第2報）". */
static const char *org_release_days(kj_brief *b, const char *key)
{
    const kj_figures *f = b->figures;
    kj_buf s = {0};

    for (size_t i = 0; i < f->n_releases; i++)
        if (release_of_org(b, i, key))
            put_release_day(&s, f->releases[i]);
    const char *out = kj_arena_strdup(b->arena, s.data ? s.data : "");
    kj_buf_free(&s);
    return out;
}

static void repeat_disclosers(kj_brief *b, kj_doc *doc)
{
    const kj_figures *f = b->figures;
    kj_doc_heading(doc, 2, "複数回公表した組織", false);
    size_t n = f->n_repeat_disclosers;
    if (n == 0) {
        kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_LEFT,
                    "この月に2件以上公表した組織はありません。");
        return;
    }
    static const kj_table_column cols[] = {
        {"組織", 0, 2, KJ_ALIGN_LEFT, 0},
        {"公表", 3, 0, KJ_ALIGN_RIGHT, 1},
        {"事案", 3, 0, KJ_ALIGN_RIGHT, 1},
        {"この月の公表日", 0, 3, KJ_ALIGN_LEFT, 0},
    };
    enum { NC = sizeof cols / sizeof cols[0] };
    kj_table_cell *cells = kj_arena_alloc(b->arena, n * NC * sizeof *cells);
    size_t shown = 0;
    for (size_t i = 0; i < n; i++) {
        const kj_row *row = f->repeat_disclosers[i];
        if (only_knock_on(b, row->key))
            continue;
        kj_table_cell *c = cells + shown++ * NC;
        c[0].text = row->label ? row->label : row->key;
        c[1].text = kj_arena_printf(b->arena, "%lld", (long long)row->count.releases);
        c[2].text = kj_arena_printf(b->arena, "%lld", (long long)row->count.incidents);
        c[3].text = org_release_days(b, row->key);
    }
    if (shown < n)
        kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_LEFT,
                    kj_arena_printf(b->arena,
                                    "ほかに、他社の侵害についての公表だけを2件以上出した組織が%zu"
                                    "あります（付録の波及ごとの表）。",
                                    n - shown));
    if (!shown)
        return;
    kj_table t = {
        kj_arena_printf(b->arena, "表%d　%sに2件以上公表した組織", ++b->table_number, b->label),
        cols, NC, cells, shown};
    kj_doc_table(doc, &t);
}

static void followups(kj_brief *b, kj_doc *doc)
{
    kj_doc_heading(doc, 2, "続報のあった事案", false);
    kj_brief_followup *list;
    size_t n = kj_brief_followups(b, &list);
    if (n == 0) {
        kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_LEFT,
                    "この月に続報が公表された事案はありません。");
        return;
    }
    static const kj_table_column cols[] = {
        {"事案（公表した組織）", 0, 2, KJ_ALIGN_LEFT, 0}, {"最初の公表", 8, 0, KJ_ALIGN_LEFT, 1},
        {"この月の公表", 0, 2, KJ_ALIGN_LEFT, 0},         {"公表回数", 4, 0, KJ_ALIGN_RIGHT, 1},
        {"月末時点の状況", 0, 1.6, KJ_ALIGN_LEFT, 0},
    };
    enum { NC = sizeof cols / sizeof cols[0] };
    kj_table_cell *cells = kj_arena_alloc(b->arena, n * NC * sizeof *cells);
    char day[24];
    size_t shown = 0;
    for (size_t i = 0; i < n; i++) {
        const kj_incident_view *v = list[i].view;
        const kj_incident *inc = v->incident;
        if (inc->knock_on)
            continue; /* a notice of another's breach: told with its wave */
        kj_table_cell *c = cells + shown++ * NC;
        c[0].text = kj_brief_incident_org(b, inc);
        kj_date first = inc->members[0].release->published;
        c[1].text = first.year == b->month.from.year
                        ? kj_arena_strdup(b->arena, kj_brief_day(first, day))
                        : kj_arena_printf(b->arena, "%d年%s", first.year, kj_brief_day(first, day));
        kj_buf s = {0};
        size_t published = kj_incident_members_as_of(inc, b->month.to);
        for (size_t m = 0; m < published; m++) {
            const kj_release *rel = inc->members[m].release;
            if (kj_period_contains(b->month, rel->published))
                put_release_day(&s, rel);
        }
        c[2].text = kj_arena_strdup(b->arena, s.data ? s.data : "");
        kj_buf_free(&s);
        c[3].text = kj_arena_printf(b->arena, "%zu", published);
        const kj_incident_facts *fa = &v->facts;
        const char *leak = kj_vocab_label(KJ_VOCAB_LEAK, (int)fa->leak_status);
        c[4].text =
            fa->affected_persons != KJ_COUNT_NONE
                ? kj_arena_printf(b->arena, "%s、%s", leak,
                                  kj_brief_figure(b, fa->affected_persons, fa->affected_unit))
                : leak;
    }
    if (shown < n)
        kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_LEFT,
                    kj_arena_printf(b->arena,
                                    "ほかに、他社の侵害についての公表に続報のあったものが%zu件あり"
                                    "ます（付録の波及ごとの表）。",
                                    n - shown));
    if (!shown)
        return;
    kj_table t = {
        kj_arena_printf(b->arena, "表%d　%sに続報のあった事案", ++b->table_number, b->label), cols,
        NC, cells, shown};
    kj_doc_table(doc, &t);
}

static void contractors(kj_brief *b, kj_doc *doc)
{
    kj_doc_heading(doc, 2, "複数の組織が名指しした委託先", false);
    kj_brief_contractor *list;
    size_t n = kj_brief_contractors(b, 2, &list);
    if (n == 0) {
        kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_LEFT,
                    "この月に複数の組織が同じ委託先・サービス事業者での事故として公表した例は"
                    "ありません。");
        return;
    }
    static const kj_table_column cols[] = {
        {"発生元", 0, 1.8, KJ_ALIGN_LEFT, 0},
        {"組織数", 4, 0, KJ_ALIGN_RIGHT, 1},
        {"公表した組織", 0, 3, KJ_ALIGN_LEFT, 0},
    };
    enum { NC = sizeof cols / sizeof cols[0] };
    kj_table_cell *cells = kj_arena_alloc(b->arena, n * NC * sizeof *cells);
    for (size_t i = 0; i < n; i++) {
        kj_table_cell *c = cells + i * NC;
        c[0].text = list[i].name;
        c[1].text = kj_arena_printf(b->arena, "%zu", list[i].n_organizations);
        c[2].text = kj_brief_join(b, list[i].organizations, list[i].n_organizations, "、");
    }
    const char *caption =
        kj_arena_printf(b->arena, "表%d　複数の組織が名指しした委託先（%s）", ++b->table_number,
                        "本文が事故の起きた先として挙げた事業者。発生元自身の公表は除く");
    kj_table t = {caption, cols, NC, cells, n};
    kj_doc_table(doc, &t);
}

void kj_brief_repeat(kj_brief *b, kj_doc *doc)
{
    kj_doc_heading(doc, 1, "続報と複数回の公表", false);
    repeat_disclosers(b, doc);
    followups(b, doc);
    contractors(b, doc);
}
