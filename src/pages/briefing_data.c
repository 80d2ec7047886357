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
                                     (1u << KJ_DATA_DRIVERS_LICENSE) | (1u << KJ_DATA_HEALTH) |
                                     (1u << KJ_DATA_CREDENTIALS);

double kj_brief_significance(const kj_incident_view *v)
{
    const kj_incident_facts *f = &v->facts;
    double s = 0;
    /* An order of magnitude of affected persons is worth one point ... */
    if (f->affected_persons > 0)
        s += log10((double)f->affected_persons);
    if (f->affected_organizations > 0)
        s += 0.5 * log10((double)f->affected_organizations + 1);
    /* ... and so are the marks of a grave case. */
    if (KJ_SET_HAS(f->attack_types, KJ_ATTACK_RANSOMWARE))
        s += 2;
    if (f->leak_status == KJ_LEAK_CONFIRMED)
        s += 1.5;
    else if (f->leak_status == KJ_LEAK_POSSIBLE)
        s += 0.5;
    if (f->data_types & sensitive_data)
        s += 1;
    if (v->incident->n_organizations > 1)
        s += 1;
    return s;
}

typedef struct ranked {
    const kj_incident_view *v;
    double score;
} ranked;

static int rank_order(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    int64_t px = x->v->facts.affected_persons, py = y->v->facts.affected_persons;
    if (px != py)
        return px > py ? -1 : 1;
    if (x->v->releases_in_period != y->v->releases_in_period)
        return x->v->releases_in_period > y->v->releases_in_period ? -1 : 1;
    int c = kj_date_cmp(x->v->facts.first_published, y->v->facts.first_published);
    return c ? c : strcmp(x->v->incident->id, y->v->incident->id);
}

void kj_brief_rank(kj_brief *b)
{
    const kj_figures *f = b->figures;
    ranked *tmp = kj_xmalloc((f->n_incidents ? f->n_incidents : 1) * sizeof *tmp);
    for (size_t i = 0; i < f->n_incidents; i++)
        tmp[i] = (ranked){&f->incidents[i], kj_brief_significance(&f->incidents[i])};
    sort(tmp, f->n_incidents, sizeof *tmp, rank_order);
    b->ranked = kj_arena_alloc(b->arena, (f->n_incidents ? f->n_incidents : 1) * sizeof(void *));
    for (size_t i = 0; i < f->n_incidents; i++)
        b->ranked[i] = tmp[i].v;
    b->n_ranked = f->n_incidents;
    free(tmp);
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

size_t kj_brief_contractors(kj_brief *b, size_t min_orgs, kj_brief_contractor **out)
{
    const kj_figures *f = b->figures;
    const kj_breakdown *rows = &f->by[KJ_BY_CONTRACTOR];
    kj_brief_contractor *list =
        kj_arena_alloc(b->arena, (rows->n_rows ? rows->n_rows : 1) * sizeof *list);
    size_t n = 0;
    for (size_t r = 0; r < rows->n_rows; r++) {
        const kj_row *row = &rows->rows[r];
        if (!row->count.releases)
            continue;
        const char **names = kj_arena_alloc(b->arena, f->n_releases * sizeof *names + 1);
        const char **keys = kj_xmalloc((f->n_releases ? f->n_releases : 1) * sizeof *keys);
        size_t k = 0;
        for (size_t i = 0; i < f->n_releases; i++) {
            const kj_release *rel = f->releases[i];
            if (!rel->cues.contractor || strcmp(rel->cues.contractor, row->key) != 0)
                continue;
            for (size_t o = 0; o < rel->overview.n_organizations; o++) {
                const char *key = kj_brief_org_key(b, f->release_indexes[i], o);
                bool seen = false;
                for (size_t j = 0; j < k && !seen; j++)
                    seen = strcmp(keys[j], key) == 0;
                if (!seen) {
                    keys[k] = key;
                    names[k++] = rel->overview.organizations[o];
                }
            }
        }
        free(keys);
        if (k >= min_orgs)
            list[n++] = (kj_brief_contractor){row, names, k};
    }
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

static const char *join_labels(kj_brief *b, kj_vocab vocab, kj_set set, size_t max, const char *sep)
{
    kj_buf s = {0};
    size_t n = 0, total = (size_t)kj_set_count(set);
    for (int v = 0; v < kj_vocab_size(vocab); v++) {
        if (!KJ_SET_HAS(set, v))
            continue;
        if (n == max)
            break;
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
    const char *rest = join_labels(b, KJ_VOCAB_ATTACK, attacks & ~(1u << main_attack), 3, "・");
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

const char *kj_brief_report_label(kj_report rep, char buf[24])
{
    if (rep.final)
        snprintf(buf, 24, "最終報");
    else if (rep.number > 0)
        snprintf(buf, 24, "第%d報", rep.number);
    else
        buf[0] = '\0';
    return buf;
}

/* What the affected people were, for a line: "顧客", "従業員・取引先". */
static const char *victims_word(kj_brief *b, kj_set victims)
{
    victims &= ~(1u << KJ_VICTIM_OTHER);
    return join_labels(b, KJ_VOCAB_VICTIM, victims, 2, "・");
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
    const char *what =
        join_labels(b, KJ_VOCAB_DATA, f->data_types & ~(1u << KJ_DATA_OTHER), 3, "・");
    bool persons = f->affected_persons != KJ_COUNT_NONE && f->affected_persons > 0;
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
    if (persons && kj_page_figure_doubtful(kj_checks_incident(v->incident, f))) {
        /* a figure that fails a check is no fact: "顧客の氏名などが流出した
         * 可能性（影響人数 要確認：公表文では173,000人）" */
        kj_buf_printf(&s, "%s%s%s%s（影響人数 " KJ_PAGE_DOUBT "：%s）", who, *who ? "の" : "",
                      *what ? what : "情報", after_noun[leak],
                      kj_page_stated(b->arena, f->affected_persons,
                                     kj_affected_unit_label(f->affected_unit)));
    } else if (persons) {
        kj_buf_printf(&s, "%s%s人の%s%s", who, kj_format_count(f->affected_persons, n1),
                      *what ? what : "情報", after_noun[leak]);
        if (confirmed_part)
            kj_buf_printf(&s, "（うち%s人は流出を確認）",
                          kj_format_count(f->affected_persons_confirmed, n2));
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
    kj_report newest = {0};
    for (size_t m = 0; m < inc->n_members; m++) {
        const kj_release *rel = inc->members[m].release;
        if (!in_month(b, rel->published))
            continue;
        newest = rel->report;
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
    if (*kj_brief_report_label(newest, rep))
        kj_buf_printf(&s, "、%s", rep);
    kj_buf_puts(&s, "）");
    const char *out = kj_arena_strdup(b->arena, s.data);
    kj_buf_free(&s);
    return out;
}

const char *kj_brief_change(kj_brief *b, int64_t now, int64_t prev, kj_tone *tone)
{
    char a[32];
    int64_t diff = now - prev;
    *tone = diff > 0 ? KJ_TONE_WORSE : diff < 0 ? KJ_TONE_BETTER : KJ_TONE_NEUTRAL;
    if (diff == 0)
        return "前月と同数";
    /* U+2212 MINUS SIGN: a hyphen reads as a dash in Japanese text. */
    const char *sign = diff > 0 ? "+" : "−";
    kj_format_count(diff > 0 ? diff : -diff, a);
    if (prev <= 0)
        return kj_arena_printf(b->arena, "前月比 %s%s（前月 0）", sign, a);
    double pct = 100.0 * (double)(diff > 0 ? diff : -diff) / (double)prev;
    if (pct < 200)
        return kj_arena_printf(b->arena, "前月比 %s%s（%s%.1f%%）", sign, a, sign, pct);
    /* Large growth reads better as a multiple: "前月の3.0倍", "前月の968倍". */
    double times = (double)now / (double)prev;
    if (times < 10)
        return kj_arena_printf(b->arena, "前月比 %s%s（前月の%.1f倍）", sign, a, times);
    char t[32];
    return kj_arena_printf(b->arena, "前月比 %s%s（前月の%s倍）", sign, a,
                           kj_format_count(llround(times), t));
}
