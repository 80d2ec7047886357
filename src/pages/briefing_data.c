/*
 * briefing_data.c — what the briefing's pages say, derived from the
 * figures of the month: which incidents matter most, how each is described
 * in one line, the trend by main attack type, lag bands, the incidents
 * with follow-up releases and the contractors several organisations name.
 *
 * Nothing here draws; everything lives in the brief's arena.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "briefing_internal.h"
#include "checked.h"
#include "kaiji/text.h"

static void sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1) /* qsort's pointer must not be NULL, even for nothing */
        qsort(base, n, size, cmp);
}

/* ------------------------------------------------------------ ranking */

/* Data whose loss hurts most: money, identity numbers, health. */
static const kj_set sensitive_data = (1u << KJ_DATA_MY_NUMBER) | (1u << KJ_DATA_CREDIT_CARD) |
                                     (1u << KJ_DATA_BANK_ACCOUNT) | (1u << KJ_DATA_PASSPORT) |
                                     (1u << KJ_DATA_DRIVERS_LICENSE) | (1u << KJ_DATA_HEALTH);

int kj_brief_score(const kj_brief_marks *m, kj_brief_reason *reasons, size_t *n)
{
    static const struct {
        int64_t from;
        int points;
        const char *label;
    } sizes[] = {{1000000, 4, "規模（100万以上）"},
                 {100000, 3, "規模（10万以上）"},
                 {10000, 2, "規模（1万以上）"},
                 {1000, 1, "規模（1,000以上）"}};
    size_t k = 0;
    int score = 0;
#define REASON(text, pts)                                                                          \
    do {                                                                                           \
        reasons[k++] = (kj_brief_reason){text, pts};                                               \
        score += pts;                                                                              \
    } while (0)
    if (m->watch)
        REASON("関係先", 5);
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        if (m->figure != KJ_COUNT_NONE && m->figure >= sizes[i].from) {
            REASON(sizes[i].label, sizes[i].points);
            break;
        }
    if (m->leak == KJ_LEAK_CONFIRMED)
        REASON("流出確認", 2);
    if (m->data_types & sensitive_data)
        REASON("機微な情報", 2);
    if (KJ_SET_HAS(m->attack_types, KJ_ATTACK_RANSOMWARE))
        REASON("ランサムウェア", 2);
    if (m->organizations >= 3)
        REASON("複数組織", 2);
    /* an organisation publishing again and again within one month is
     * telling a breach still unfolding (a ransomware outage with notices
     * every few days), whatever figure it has yet stated */
    if (m->releases >= 3)
        REASON("続報（月内3件以上）", 2);
    if (m->listed)
        REASON("上場企業", 1);
#undef REASON
    *n = k;
    return score;
}

const char *kj_brief_reasons_text(kj_brief *b, const kj_brief_story *s)
{
    kj_buf t = {0};
    for (size_t i = 0; i < s->n_reasons; i++)
        kj_buf_printf(&t, "%s%s+%d", i ? "・" : "", s->reasons[i].label, s->reasons[i].points);
    const char *out = kj_arena_strdup(b->arena, t.data ? t.data : "");
    kj_buf_free(&t);
    return out;
}

static int story_order(const void *a, const void *b)
{
    const kj_brief_story *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    int64_t fx = x->figure == KJ_COUNT_NONE ? -1 : x->figure;
    int64_t fy = y->figure == KJ_COUNT_NONE ? -1 : y->figure;
    if (fx != fy)
        return fx > fy ? -1 : 1;
    kj_date dx = x->wave ? x->wave->wave->first : x->view->facts.first_published;
    kj_date dy = y->wave ? y->wave->wave->first : y->view->facts.first_published;
    int c = kj_date_cmp(dx, dy);
    if (c)
        return c;
    return strcmp(x->wave ? x->wave->wave->id : x->view->incident->id,
                  y->wave ? y->wave->wave->id : y->view->incident->id);
}

/* The largest of a wave's own figures, by unit. */
static void wave_own_figure(const kj_wave_view *w, int64_t *figure, kj_affected_unit *unit)
{
    *figure = KJ_COUNT_NONE;
    *unit = KJ_AFFECTED_PERSONS;
    for (int u = 1; u < KJ_AFFECTED__COUNT; u++)
        if (w->own[u] > 0 && w->own[u] > *figure) {
            *figure = w->own[u];
            *unit = (kj_affected_unit)u;
        }
}

/* The view of wave `wv`'s origin incident when it has a release in the
 * period, else NULL. */
static const kj_incident_view *origin_view(const kj_brief *b, const kj_wave_view *wv)
{
    const kj_figures *f = b->figures;
    if (wv->wave->origin_incident < 0)
        return NULL;
    for (size_t k = 0; k < f->n_incidents; k++)
        if (f->incidents[k].incident == &b->set->items[wv->wave->origin_incident])
            return &f->incidents[k];
    return NULL;
}

void kj_brief_rank(kj_brief *b)
{
    const kj_figures *f = b->figures;
    size_t cap = f->n_waves + f->n_incidents + 1;
    kj_brief_story *list = kj_arena_alloc(b->arena, cap * sizeof *list);
    size_t n = 0;
    /* a wave whose only notices of the month are its origin's own is told
     * as the origin's incident: the line then names whose data and which
     * data, where a wave line (「…の被害：1組織が公表」) names neither */
    bool *told_alone = kj_arena_alloc(b->arena, (f->n_waves + 1) * sizeof *told_alone);
    for (size_t w = 0; w < f->n_waves; w++) {
        const kj_wave_view *wv = &f->waves[w];
        told_alone[w] = wv->count.incidents == 1 && origin_view(b, wv) != NULL;
        if (told_alone[w])
            continue;
        kj_brief_story *s = &list[n++];
        memset(s, 0, sizeof *s);
        s->wave = wv;
        s->figure = wv->origin_total;
        s->unit = wv->origin_total_unit;
        s->qualifiers = wv->origin_total_qualifiers;
        if (s->figure == KJ_COUNT_NONE) {
            wave_own_figure(wv, &s->figure, &s->unit);
            s->qualifiers = wv->own_qualifiers[s->unit];
            /* a sum of members' figures is the month's only as far as its
             * parts were published in the month */
            if (s->figure != KJ_COUNT_NONE)
                s->part_before = wv->own_before[s->unit];
        }
        s->figure_before =
            s->figure != KJ_COUNT_NONE &&
            (wv->origin_total_before || !wv->figure_stated || s->part_before >= s->figure);
        if (s->figure_before)
            s->part_before = 0;
        s->watch = wv->watch.releases > 0;
        s->view = origin_view(b, wv);
        /* a figure of an earlier month was scored in that month: its size
         * does not make the wave this month's news again; the origin's own
         * follow-ups of the month count as they would on its own line */
        kj_brief_marks m = {s->figure_before ? KJ_COUNT_NONE : s->figure - s->part_before,
                            s->unit,
                            wv->leak_status,
                            wv->data_types,
                            wv->attack_types,
                            wv->listed.incidents > 0,
                            s->watch,
                            wv->organizations,
                            s->view ? s->view->releases_in_period : 0};
        s->score = kj_brief_score(&m, s->reasons, &s->n_reasons);
    }
    for (size_t k = 0; k < f->n_incidents; k++) {
        const kj_incident_view *v = &f->incidents[k];
        bool in_shown_wave = false;
        for (size_t w = 0; w < f->n_waves && !in_shown_wave; w++) {
            if (told_alone[w])
                continue;
            const kj_wave *wave = f->waves[w].wave;
            in_shown_wave = v->incident->wave == (int32_t)f->waves[w].index ||
                            (wave->origin_incident >= 0 &&
                             v->incident == &b->set->items[wave->origin_incident]);
        }
        if (in_shown_wave)
            continue; /* told with its wave */
        kj_brief_story *s = &list[n++];
        memset(s, 0, sizeof *s);
        s->view = v;
        s->figure = v->facts.affected_persons;
        s->unit = v->facts.affected_unit ? v->facts.affected_unit : KJ_AFFECTED_PERSONS;
        s->qualifiers = v->facts.affected_qualifiers;
        s->figure_before = s->figure != KJ_COUNT_NONE && v->figure_before;
        s->watch = v->watch;
        kj_brief_marks m = {s->figure_before ? KJ_COUNT_NONE : s->figure,
                            s->unit,
                            v->facts.leak_status,
                            v->facts.data_types,
                            v->facts.attack_types,
                            v->listed != NULL,
                            v->watch,
                            (int64_t)v->incident->n_organizations,
                            v->releases_in_period};
        s->score = kj_brief_score(&m, s->reasons, &s->n_reasons);
    }
    sort(list, n, sizeof *list, story_order);
    b->stories = list;
    b->n_stories = n;
}

size_t kj_brief_timeline_views(kj_brief *b, size_t max, const kj_incident_view ***out)
{
    const kj_incident_view **views = kj_arena_alloc(b->arena, (max ? max : 1) * sizeof *views);
    size_t n = 0;
    for (size_t i = 0; i < b->n_stories && n < max; i++)
        if (b->stories[i].view)
            views[n++] = b->stories[i].view;
    *out = views;
    return n;
}

/* ---------------------------------------------------------- follow-ups */

static bool in_month(const kj_brief *b, kj_date d)
{
    return kj_period_contains(b->month, d);
}

size_t kj_brief_followups(kj_brief *b, kj_brief_followup **out)
{
    const kj_figures *f = b->figures;
    kj_brief_followup *list =
        kj_arena_alloc(b->arena, (f->n_incidents ? f->n_incidents : 1) * sizeof *list);
    size_t n = 0;
    for (size_t i = 0; i < f->n_incidents; i++) {
        const kj_incident_view *v = &f->incidents[i];
        const kj_incident *inc = v->incident;
        size_t first = inc->n_members;
        bool follow_up = false;
        for (size_t m = 0; m < inc->n_members; m++) {
            if (!in_month(b, inc->members[m].release->published))
                continue;
            if (first == inc->n_members)
                first = m;
            follow_up |= m > 0; /* not the incident's first release */
        }
        if (follow_up)
            list[n++] = (kj_brief_followup){v, first};
    }
    *out = list;
    return n;
}

/* --------------------------------------------------------- contractors */

const char *kj_brief_org_key(const kj_brief *b, size_t index, size_t o)
{
    const char *key = b->set->org_keys_of[index][o];
    return key && *key ? key : b->set->releases[index]->overview.organizations[o];
}

/* Adds `org` (the name of organisation `o` of release `i` of the period) to
 * `names` unless its key is among `keys` already. */
static void add_org(kj_brief *b, size_t i, size_t o, const char **names, const char **keys,
                    size_t *k)
{
    const kj_figures *f = b->figures;
    const char *key = kj_brief_org_key(b, f->release_indexes[i], o);
    for (size_t j = 0; j < *k; j++)
        if (strcmp(keys[j], key) == 0)
            return;
    keys[*k] = key;
    names[(*k)++] = f->releases[i]->overview.organizations[o];
}

size_t kj_brief_contractors(kj_brief *b, size_t min_orgs, kj_brief_contractor **out)
{
    const kj_figures *f = b->figures;
    const kj_breakdown *rows = &f->by[KJ_BY_CONTRACTOR];
    kj_brief_contractor *list =
        kj_arena_alloc(b->arena, (f->n_waves + rows->n_rows + 1) * sizeof *list);
    const char **keys = kj_xmalloc((f->n_releases ? f->n_releases : 1) * sizeof *keys);
    size_t n = 0;
    /* the waves first: the organisations whose notices name one origin (the
     * origin's own notices are no naming of it) */
    for (size_t w = 0; w < f->n_waves; w++) {
        const kj_wave_view *wv = &f->waves[w];
        const char **names = kj_arena_alloc(b->arena, f->n_releases * sizeof *names + 1);
        size_t k = 0;
        for (size_t i = 0; i < f->n_releases; i++) {
            size_t index = f->release_indexes[i];
            if (kj_wave_of(b->set, index) != wv->wave ||
                (wv->wave->origin_incident >= 0 &&
                 kj_incident_of(b->set, index) == &b->set->items[wv->wave->origin_incident]))
                continue;
            for (size_t o = 0; o < f->releases[i]->overview.n_organizations; o++)
                add_org(b, i, o, names, keys, &k);
        }
        if (k >= min_orgs)
            list[n++] = (kj_brief_contractor){wv->wave->origin ? wv->wave->origin : wv->wave->label,
                                              names, k};
    }
    /* then contractors the texts name outside any wave */
    for (size_t r = 0; r < rows->n_rows; r++) {
        const kj_row *row = &rows->rows[r];
        if (!row->count.releases)
            continue;
        const char **names = kj_arena_alloc(b->arena, f->n_releases * sizeof *names + 1);
        size_t k = 0;
        for (size_t i = 0; i < f->n_releases; i++) {
            const kj_release *rel = f->releases[i];
            if (!rel->cues.contractor || strcmp(rel->cues.contractor, row->key) != 0 ||
                kj_wave_of(b->set, f->release_indexes[i]))
                continue;
            for (size_t o = 0; o < rel->overview.n_organizations; o++)
                add_org(b, i, o, names, keys, &k);
        }
        if (k >= min_orgs)
            list[n++] = (kj_brief_contractor){row->label ? row->label : row->key, names, k};
    }
    free(keys);
    *out = list;
    return n;
}

/* -------------------------------------------------------------- words */

const char *kj_brief_join(kj_brief *b, const char *const *items, size_t n, const char *sep)
{
    if (n == 0)
        return "";
    if (n == 1)
        return items[0];
    kj_buf s = {0};
    for (size_t i = 0; i < n; i++) {
        if (i)
            kj_buf_puts(&s, sep);
        kj_buf_puts(&s, items[i]);
    }
    const char *out = kj_arena_strdup(b->arena, s.data);
    kj_buf_free(&s);
    return out;
}

const char *kj_brief_release_orgs(kj_brief *b, const kj_release *rel)
{
    return kj_brief_join(b, rel->overview.organizations, rel->overview.n_organizations, "、");
}

const char *kj_brief_incident_org(kj_brief *b, const kj_incident *inc)
{
    if (inc->n_organizations <= 1)
        return inc->organization;
    return kj_arena_printf(b->arena, "%sほか%zu組織", inc->organization, inc->n_organizations - 1);
}

static const char *join_labels(kj_brief *b, kj_vocab vocab, kj_set set, kj_set first, size_t max,
                               const char *sep)
{
    kj_buf s = {0};
    size_t n = 0, total = (size_t)kj_set_count(set);
    for (int pass = 0; pass < 2; pass++)
        for (int rank = 0; rank < kj_vocab_size(vocab) && n < max; rank++) {
            int v = kj_vocab_display_value(vocab, rank);
            if (!KJ_SET_HAS(set, v) || KJ_SET_HAS(first, v) != (pass == 0))
                continue;
            if (n++)
                kj_buf_puts(&s, sep);
            kj_buf_puts(&s, kj_vocab_label(vocab, v));
        }
    if (total > max)
        kj_buf_puts(&s, "など");
    const char *out = kj_arena_strdup(b->arena, s.data ? s.data : "");
    kj_buf_free(&s);
    return out;
}

const char *kj_brief_attack_labels(kj_brief *b, kj_set attacks)
{
    /* The main type first, then the others in vocabulary order. */
    int main_attack = kj_main_attack(attacks);
    if (main_attack < 0)
        return "";
    const char *rest = join_labels(b, KJ_VOCAB_ATTACK, attacks & ~(1u << main_attack), 0, 3, "・");
    return kj_arena_printf(b->arena, "%s%s%s", kj_vocab_label(KJ_VOCAB_ATTACK, main_attack),
                           *rest ? "・" : "", rest);
}

char *kj_brief_day(kj_date d, char buf[24])
{
    if (!kj_date_is_set(d))
        buf[0] = '\0';
    else if (!d.day)
        snprintf(buf, 24, "%d月", d.month);
    else
        snprintf(buf, 24, "%d月%d日", d.month, d.day);
    return buf;
}

/* What the affected people were, for a line: "顧客", "従業員・取引先";
 * "従業員など" when other people are among them (研究の参加者、…および教職員:
 * a figure for both is not the staff's alone). */
static const char *victims_word(kj_brief *b, kj_set victims)
{
    kj_set named = victims & ~(1u << KJ_VICTIM_OTHER);
    const char *word = join_labels(b, KJ_VOCAB_VICTIM, named, 0, 2, "・");
    if (*word && named != victims && kj_set_count(named) <= 2)
        return kj_arena_printf(b->arena, "%sなど", word);
    return word;
}

const char *kj_brief_describe(kj_brief *b, const kj_incident_view *v)
{
    const kj_incident_facts *f = &v->facts;
    char n1[32], n2[32], day[24], rep[24];
    kj_buf s = {0};
    kj_buf_printf(&s, "%s：", kj_brief_incident_org(b, v->incident));
    const char *attack = kj_brief_attack_labels(b, f->attack_types);
    kj_buf_printf(&s, "%s。", *attack ? attack : "攻撃・事故の種別は記載なし");

    /* Who and what, then whether it left: "顧客6,724人の氏名・住所などが
     * 流出した可能性". */
    const char *who = victims_word(b, f->victim_categories);
    /* the gravest data first: a card number must not hide behind 「など」 */
    bool persons = f->affected_persons != KJ_COUNT_NONE && f->affected_persons > 0;
    /* card data of only some of them (`個人情報103,006件、内クレジットカード情報
     * 6,929件`): the card is said with its own count, not over everyone's */
    bool card_part = persons && KJ_SET_HAS(f->data_types, KJ_DATA_CREDIT_CARD) &&
                     f->affected_card_holders != KJ_COUNT_NONE && f->affected_card_holders > 0 &&
                     f->affected_card_holders < f->affected_persons;
    kj_set kinds = f->data_types & ~(1u << KJ_DATA_OTHER);
    if (card_part)
        kinds &= ~(1u << KJ_DATA_CREDIT_CARD);
    const char *what = join_labels(b, KJ_VOCAB_DATA, kinds, sensitive_data, 3, "・");
    bool confirmed_part = f->affected_persons_confirmed != KJ_COUNT_NONE &&
                          f->affected_persons_confirmed > 0 &&
                          f->affected_persons_confirmed < f->affected_persons;
    static const char *const after_noun[KJ_LEAK__COUNT] = {
        [KJ_LEAK_UNKNOWN] = "の流出の有無は調査中",
        [KJ_LEAK_NONE] = "の流出は確認されていない",
        [KJ_LEAK_POSSIBLE] = "が流出した可能性",
        [KJ_LEAK_CONFIRMED] = "の流出を確認",
    };
    kj_leak_status leak = f->leak_status < KJ_LEAK__COUNT ? f->leak_status : KJ_LEAK_UNKNOWN;
    if (confirmed_part && leak == KJ_LEAK_CONFIRMED)
        leak = KJ_LEAK_POSSIBLE; /* part confirmed: the rest is "possible" */
    const char *unit =
        kj_affected_unit_label(f->affected_unit ? f->affected_unit : KJ_AFFECTED_PERSONS);
    if (persons && kj_page_figure_doubtful(kj_checks_incident(v->incident, f))) {
        /* a figure that fails a check is no fact: "顧客の氏名などが流出した
         * 可能性（影響人数 要確認：公表文では173,000件）" */
        kj_buf_printf(&s, "%s%s%s%s（影響人数 " KJ_PAGE_DOUBT "：%s）", who, *who ? "の" : "",
                      *what ? what : "情報", after_noun[leak],
                      kj_page_stated(b->arena, f->affected_persons, f->affected_qualifiers, unit));
    } else if (persons) {
        /* 人 reads "顧客6,724人の氏名"; 件 and アカウント read "氏名など6,724件";
         * an upper bound, a count with duplicates or a provisional count
         * says so: "学生ら最大延べ193,118人の氏名", "従業員31,500人（暫定）の" */
        const char *qualifier = kj_figure_qualifier_prefix(f->affected_qualifiers);
        const char *after = kj_figure_qualifier_suffix(f->affected_qualifiers);
        /* "…の氏名・住所など（うちクレジットカード情報10,423人）" */
        const char *card =
            card_part ? kj_arena_printf(b->arena, "（うちクレジットカード情報%s%s）",
                                        kj_format_count(f->affected_card_holders, n2), unit)
                      : "";
        if (f->affected_unit == KJ_AFFECTED_RECORDS || f->affected_unit == KJ_AFFECTED_ACCOUNTS)
            kj_buf_printf(&s, "%s%s%s%s%s%s%s%s", who, *who ? "の" : "", *what ? what : "情報",
                          qualifier, kj_format_count(f->affected_persons, n1), unit, after, card);
        else
            kj_buf_printf(&s, "%s%s%s%s%sの%s%s", who, qualifier,
                          kj_format_count(f->affected_persons, n1), unit, after,
                          *what ? what : "情報", card);
        if (f->figure_scope == KJ_SCOPE_ORIGIN_TOTAL)
            kj_buf_puts(&s, "（委託先全体の数）");
        /* A leak confirmed but no count stated as confirmed: the figure may
         * be "発生またはそのおそれ" (the key figures count it as possible), so
         * the line does not say that all of it left. */
        /* A provisional count of what leaked says 暫定 by its number: the
         * count is stated, only not final. */
        if (leak == KJ_LEAK_CONFIRMED && f->affected_persons_confirmed == KJ_COUNT_NONE &&
            (f->affected_qualifiers & KJ_FIGURE_PROVISIONAL))
            kj_buf_puts(&s, after_noun[leak]);
        else if (leak == KJ_LEAK_CONFIRMED && f->affected_persons_confirmed == KJ_COUNT_NONE)
            kj_buf_puts(&s, "が対象で、流出を確認（確認された数は記載なし）");
        else
            kj_buf_puts(&s, after_noun[leak]);
        if (confirmed_part)
            kj_buf_printf(&s, "（うち%s%sは流出を確認）",
                          kj_format_count(f->affected_persons_confirmed, n2), unit);

    } else if (*what) {
        kj_buf_printf(&s, "%s%s%s", *who ? who : "", *who ? "の" : "", what);
        kj_buf_puts(&s, after_noun[leak]);
    } else {
        kj_buf_puts(&s, leak == KJ_LEAK_UNKNOWN ? "影響の範囲は調査中" : "情報");
        if (leak != KJ_LEAK_UNKNOWN)
            kj_buf_puts(&s, after_noun[leak]);
    }
    if (f->affected_organizations > 0)
        kj_buf_printf(&s, "、取引先など%s社に影響", kj_format_count(f->affected_organizations, n1));

    /* When: the month's releases of it ("2月12日・24日公表", the newest's 第N報). */
    const kj_incident *inc = v->incident;
    kj_buf_puts(&s, "（");
    size_t shown = 0;
    int last_month = 0;
    kj_date last_day = KJ_DATE_NONE;
    const kj_release *newest = NULL;
    for (size_t m = 0; m < inc->n_members; m++) {
        const kj_release *rel = inc->members[m].release;
        if (!in_month(b, rel->published))
            continue;
        newest = rel;
        /* two releases of one day (a group's joint notice): the day once */
        if (kj_date_is_set(last_day) && kj_date_cmp(last_day, rel->published) == 0)
            continue;
        last_day = rel->published;
        if (shown == 3) {
            kj_buf_puts(&s, "ほか");
            shown++;
            continue;
        }
        if (shown > 3)
            continue;
        if (shown)
            kj_buf_puts(&s, "・");
        if (rel->published.month == last_month && rel->published.day)
            kj_buf_printf(&s, "%d日", rel->published.day);
        else
            kj_buf_puts(&s, kj_brief_day(rel->published, day));
        last_month = rel->published.month;
        shown++;
    }
    kj_buf_puts(&s, "公表");
    if (newest && *kj_release_report_label(newest, rep))
        kj_buf_printf(&s, "、%s", rep);
    /* a follow-up that does not number itself would read as a new case:
     * say when the incident was first published — the first public word,
     * which may be a notice the text names from before the archive began
     * (「2024年8月27日に公表いたしました」) on a release that is new here */
    kj_date first = v->facts.first_notice; /* first_published when no text names one */
    if ((!v->is_new || v->facts.first_notice_cited) && kj_date_is_set(first)) {
        if (first.year != b->month.from.year)
            kj_buf_printf(&s, "、最初の公表%d年%s", first.year, kj_brief_day(first, day));
        else
            kj_buf_printf(&s, "、最初の公表%s", kj_brief_day(first, day));
    }
    /* the month's key figures do not count the figure again: say why */
    if (persons && v->figure_before) {
        kj_buf_puts(&s, "。数は前月までの公表");
        /* the people stood, their confirmation is the month's news */
        if (v->confirmed_in_period > 0)
            kj_buf_printf(&s, "、うち%sの流出は今月確認",
                          kj_brief_figure(b, v->confirmed_in_period, f->affected_unit));
    }
    kj_buf_puts(&s, "）");
    const char *out = kj_arena_strdup(b->arena, s.data);
    kj_buf_free(&s);
    return out;
}

bool kj_brief_previous_covered(const kj_brief *b)
{
    kj_date from = b->figures->coverage.from;
    return kj_date_is_set(from) && kj_date_cmp(from, b->month.from) < 0;
}

const char *kj_brief_change(kj_brief *b, int64_t now, int64_t prev)
{
    char a[32];
    /* the archive's first month: its previous month is no data, not 0 */
    if (!kj_brief_previous_covered(b))
        return "前月は収録の範囲外";
    int64_t diff = now - prev;
    if (diff == 0)
        return "＝ 前月と同数";
    /* An arrow, not a colour: a rise is not "worse" of itself (more
     * disclosures can mean more honesty), and red/green fails colour-blind
     * readers.  U+2212 MINUS SIGN: a hyphen reads as a dash in Japanese. */
    const char *arrow = diff > 0 ? "▲" : "▼";
    const char *sign = diff > 0 ? "+" : "−";
    kj_format_count(diff > 0 ? diff : -diff, a);
    if (prev <= 0)
        return kj_arena_printf(b->arena, "%s 前月比 %s%s（前月 0）", arrow, sign, a);
    double pct = 100.0 * (double)(diff > 0 ? diff : -diff) / (double)prev;
    if (pct < 200)
        return kj_arena_printf(b->arena, "%s 前月比 %s%s（%s%.1f%%）", arrow, sign, a, sign, pct);
    /* Large growth reads better as a multiple: "前月の3.0倍", "前月の968倍". */
    double times = (double)now / (double)prev;
    if (times < 10)
        return kj_arena_printf(b->arena, "%s 前月比 %s%s（前月の%.1f倍）", arrow, sign, a, times);
    char t[32];
    return kj_arena_printf(b->arena, "%s 前月比 %s%s（前月の%s倍）", arrow, sign, a,
                           kj_format_count(llround(times), t));
}

const char *kj_brief_figure(kj_brief *b, int64_t n, kj_affected_unit unit)
{
    char num[32];
    return kj_arena_printf(b->arena, "%s%s", kj_format_count(n, num),
                           kj_affected_unit_label(unit ? unit : KJ_AFFECTED_PERSONS));
}

const char *kj_brief_qualified_figure(kj_brief *b, int64_t n, kj_affected_unit unit,
                                      unsigned qualifiers)
{
    return kj_arena_printf(b->arena, "%s%s%s", kj_figure_qualifier_prefix(qualifiers),
                           kj_brief_figure(b, n, unit), kj_figure_qualifier_suffix(qualifiers));
}

const char *kj_brief_ransomware_waves(kj_brief *b)
{
    const kj_figures *f = b->figures;
    size_t n_waves = b->set ? b->set->n_waves : 0;
    if (!n_waves)
        return "";
    int64_t *per_wave = kj_xcalloc(n_waves, sizeof *per_wave);
    for (size_t i = 0; i < f->n_incidents; i++) {
        const kj_incident_view *v = &f->incidents[i];
        long w = v->incident->wave;
        if (w >= 0 && (size_t)w < n_waves &&
            (KJ_SET_HAS(v->facts.attack_types, KJ_ATTACK_RANSOMWARE) ||
             b->set->waves[w].ransomware))
            per_wave[w]++;
    }
    int64_t notices = 0, waves = 0;
    long named = -1;
    for (size_t w = 0; w < n_waves; w++)
        if (per_wave[w] >= 2) {
            notices += per_wave[w];
            waves++;
            named = (long)w;
        }
    free(per_wave);
    if (!waves)
        return "";
    char n1[32], n2[32];
    if (waves == 1) {
        const kj_wave *wave = &b->set->waves[named];
        return kj_arena_printf(b->arena, "うち%s事案は%sによる各組織の公表",
                               kj_format_count(notices, n1), wave->label ? wave->label : wave->id);
    }
    return kj_arena_printf(b->arena, "うち%s事案は%s件の委託先などの被害による各組織の公表",
                           kj_format_count(notices, n1), kj_format_count(waves, n2));
}

const char *kj_brief_ratio(kj_brief *b, double now, double base)
{
    if (!(base > 0))
        return NULL;
    double r = now / base;
    if (r >= 1.5)
        return kj_arena_printf(b->arena, "%.1f倍", r);
    if (r >= 1.05)
        return kj_arena_printf(b->arena, "約%.0f%%多い", (r - 1) * 100);
    if (r > 0.95)
        return "同程度";
    return kj_arena_printf(b->arena, "約%.0f%%少ない", (1 - r) * 100);
}

/* `、うち102,700件の流出を確認` after the origin's own total: the part of it
 * the origin states as confirmed leaked (all of it: `、流出を確認`). */
static const char *origin_confirmed(kj_brief *b, const kj_wave_view *w)
{
    if (!w->origin_total_own || w->origin_total_confirmed == KJ_COUNT_NONE ||
        w->origin_total_confirmed <= 0 || w->origin_total_confirmed > w->origin_total)
        return "";
    if (w->origin_total_confirmed == w->origin_total)
        return "、流出を確認";
    return kj_arena_printf(b->arena, "、うち%sの流出を確認",
                           kj_brief_figure(b, w->origin_total_confirmed, w->origin_total_unit));
}

/* Incident `k`'s first public word as known at the month's end, when a
 * text names it before `first`; else `first`. */
static kj_date earlier_cited(kj_brief *b, size_t k, kj_date first)
{
    kj_incident_facts f;
    if (kj_incident_facts_as_of(&b->set->items[k], b->month.to, &f) && f.first_notice_cited &&
        kj_date_cmp(f.first_notice, first) < 0)
        return f.first_notice;
    return first;
}

/* The wave's first public word: its first member's release, or an earlier
 * notice one of its incidents names from before the archive began (the
 * origin's own 第1報 months before its clients wrote: 「2024年5月23日本件公表
 * (1回目)」), as known at the month's end.  The origin's incident is among
 * the wave's when its notice is a member (waves.c). */
static kj_date wave_first_notice(kj_brief *b, const kj_wave *wave)
{
    kj_date first = wave->first;
    for (size_t k = 0; k < wave->n_incidents; k++)
        first = earlier_cited(b, wave->incidents[k], first);
    return first;
}

/* `、1月の公表では136,346件` after the origin's own total: a client's earlier
 * count of the same data that the origin's figure revises (the wave adds
 * the two no more; the reader learns why the earlier number is gone). */
static const char *earlier_count(kj_brief *b, const kj_wave_view *w)
{
    if (!w->origin_total_own || w->earlier_count == KJ_COUNT_NONE ||
        !kj_date_is_set(w->earlier_published))
        return "";
    const char *figure = kj_brief_figure(b, w->earlier_count, w->origin_total_unit);
    if (w->earlier_published.year != b->month.from.year)
        return kj_arena_printf(b->arena, "、%d年%d月の公表では%s", w->earlier_published.year,
                               w->earlier_published.month, figure);
    return kj_arena_printf(b->arena, "、%d月の公表では%s", w->earlier_published.month, figure);
}

const char *kj_brief_story_line(kj_brief *b, const kj_brief_story *s)
{
    kj_buf t = {0};
    kj_buf_printf(&t, "〔%d点〕", s->score);
    if (s->wave) {
        const kj_wave_view *w = s->wave;
        char n1[32], n2[32], day[24];
        kj_buf_printf(&t, "%s：%s組織が公表（%s件", w->wave->label ? w->wave->label : w->wave->id,
                      kj_format_count(w->organizations, n1),
                      kj_format_count(w->count.releases, n2));
        if (w->listed.incidents)
            kj_buf_printf(&t, "、うち上場企業%s事案", kj_format_count(w->listed.incidents, n1));
        kj_buf_puts(&t, "）。");
        const char *before = s->figure_before ? "、数は前月までの公表" : "";
        if (w->origin_total != KJ_COUNT_NONE)
            kj_buf_printf(&t, "影響は全体で%s（%s%s%s%s%s）",
                          kj_brief_qualified_figure(b, w->origin_total, w->origin_total_unit,
                                                    w->origin_total_qualifiers),
                          w->origin_total_own ? "発生元の公表" : "各組織が引用した発生元の数",
                          origin_confirmed(b, w), w->origin_final ? "、発生元の最終報" : "",
                          earlier_count(b, w), before);
        else if (s->figure != KJ_COUNT_NONE) {
            /* the sums in the other units too (4,114件 of one member and 8人
             * of two others): none is left out, none added to another */
            kj_buf_printf(&t, "各組織が公表した影響の合計%s",
                          kj_brief_figure(b, s->figure, s->unit));
            /* a sum is no upper bound of one notice: say what is in it */
            unsigned sum_words = s->qualifiers & (KJ_FIGURE_AT_MOST | KJ_FIGURE_GROSS);
            if (sum_words)
                kj_buf_printf(&t, "（%sの数を含む）", kj_figure_qualifier_words(sum_words));
            for (int u = 1; u < KJ_AFFECTED__COUNT; u++)
                if (u != (int)s->unit && w->own[u] > 0)
                    kj_buf_printf(&t, "・%s",
                                  kj_brief_qualified_figure(b, w->own[u], (kj_affected_unit)u,
                                                            w->own_qualifiers[u]));
            if (*before)
                kj_buf_printf(&t, "（%s）", before + strlen("、"));
            else if (s->part_before > 0)
                kj_buf_printf(&t, "（うち%sは前月までの公表）",
                              kj_brief_figure(b, s->part_before, s->unit));
        } else
            kj_buf_puts(&t, "影響の数は記載なし");
        const char *attack = kj_brief_attack_labels(b, w->attack_types);
        if (*attack)
            kj_buf_printf(&t, "、%s", attack);
        kj_date first = wave_first_notice(b, w->wave);
        if (first.year != b->month.from.year)
            kj_buf_printf(&t, "（最初の公表%d年%s）", first.year, kj_brief_day(first, day));
        else
            kj_buf_printf(&t, "（最初の公表%s）", kj_brief_day(first, day));
    } else {
        kj_buf_puts(&t, kj_brief_describe(b, s->view));
    }
    if (s->view && !s->wave && s->view->listed)
        kj_buf_printf(&t, "［上場 %s］", s->view->listed->code);
    if (s->n_reasons)
        kj_buf_printf(&t, "。評点の内訳：%s", kj_brief_reasons_text(b, s));
    const char *out = kj_arena_strdup(b->arena, t.data);
    kj_buf_free(&t);
    return out;
}
