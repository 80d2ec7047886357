/*
 * incident.c — an incident's figures and timeline from its releases.
 *
 * Figures come from the newest release that states them: a 最終報 saying
 * 2,050 persons supersedes a 第1報 that gave no number, and a 第2報 saying
 * "possible" is superseded by a 最終報 saying "confirmed".  Releases by
 * different organisations about one contractor's breach (separate discloser
 * chains) each count their own people, so chains add up.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "aggregate_internal.h"

static const char *const reason_names[KJ_JOIN__COUNT] = {"first",      "id",          "link",
                                                         "cited_date", "cited_title", "title",
                                                         "follow_up",  "shared_date", "contractor"};

const char *kj_join_reason_name(kj_join_reason r)
{
    return (unsigned)r < KJ_JOIN__COUNT ? reason_names[r] : NULL;
}

static const char *const band_names[KJ_SIZE__COUNT] = {
    "under_100", "100-999", "1000-9999", "10000-99999", "100000-999999", "1000000+", "unknown"};
static const char *const band_labels[KJ_SIZE__COUNT] = {
    "100人未満",         "100〜999人",  "1,000〜9,999人", "1万〜9万9,999人",
    "10万〜99万9,999人", "100万人以上", "記載なし"};

kj_size_band kj_size_band_of(int64_t persons)
{
    if (persons < 0)
        return KJ_SIZE_UNKNOWN;
    if (persons < 100)
        return KJ_SIZE_UNDER_100;
    if (persons < 1000)
        return KJ_SIZE_100;
    if (persons < 10000)
        return KJ_SIZE_1K;
    if (persons < 100000)
        return KJ_SIZE_10K;
    if (persons < 1000000)
        return KJ_SIZE_100K;
    return KJ_SIZE_1M;
}

const char *kj_size_band_name(kj_size_band b)
{
    return (unsigned)b < KJ_SIZE__COUNT ? band_names[b] : NULL;
}

const char *kj_size_band_label(kj_size_band b)
{
    return (unsigned)b < KJ_SIZE__COUNT ? band_labels[b] : NULL;
}

kj_lag_band kj_lag_band_of(int32_t days)
{
    if (days == KJ_LAG_NONE || days < 0)
        return KJ_LAG_BAND_UNKNOWN;
    return days <= 7     ? KJ_LAG_BAND_WEEK
           : days <= 30  ? KJ_LAG_BAND_MONTH
           : days <= 90  ? KJ_LAG_BAND_QUARTER
           : days <= 180 ? KJ_LAG_BAND_HALF
                         : KJ_LAG_BAND_LONGER;
}

const char *kj_lag_band_label(kj_lag_band band)
{
    static const char *const labels[KJ_LAG_BAND__COUNT] = {"7日以内",   "8〜30日",   "31〜90日",
                                                           "91〜180日", "181日以上", "記載なし"};
    return (unsigned)band < KJ_LAG_BAND__COUNT ? labels[band] : "";
}

/* ------------------------------------------------------------- merging */

/* What one discloser chain says, newest statement first. */
typedef struct chain_facts {
    bool any;
    kj_leak_status leak;
    int64_t persons, confirmed, organizations;
    int64_t card_holders;  /* of persons (kj_release.affected_card_holders) */
    kj_affected_unit unit; /* of persons */
    kj_scope scope;        /* of persons, read in the wave */
    unsigned qualifiers;   /* of persons: KJ_FIGURE_* */
    kj_date occurred, detected;
} chain_facts;

/* The earlier of two dates; of a month and a day in it, the day. */
static kj_date earlier_or_finer(kj_date a, kj_date b)
{
    if (!kj_date_is_set(a))
        return b;
    if (!kj_date_is_set(b))
        return a;
    if (a.year == b.year && a.month == b.month && (a.day == 0 || b.day == 0))
        return a.day ? a : b;
    return kj_date_cmp(b, a) < 0 ? b : a;
}

static void chain_take(chain_facts *c, const kj_release *rel, kj_scope scope)
{
    /* Members come oldest first, so a later statement overwrites. */
    c->any = true;
    /* A leak found as fact is not undone by a later notice's 可能性 (a
     * notice of mails to 流出の可能性のあるお客様 after 漏えいした事実を確認):
     * only the results of the investigation revise it (「外部流出を示す明確な
     * 痕跡は確認されておりません」 in a report of 調査が完了), or a notice that
     * says whether anything leaked is still being searched (「個人情報漏えいの
     * 有無については…調査を継続」: the earlier finding is taken back). */
    bool walked_back = c->leak == KJ_LEAK_CONFIRMED && rel->leak_status != KJ_LEAK_CONFIRMED &&
                       !rel->report.final && !rel->cues.leak_in_question;
    if (rel->leak_status != KJ_LEAK_UNKNOWN && !walked_back)
        c->leak = rel->leak_status;
    /* a smaller count stated wholly as confirmed, after a figure that was
     * not (7,237件 confirmed for one group after 約496,000名分 possible):
     * the confirmed part of that figure, not a revision of it */
    bool confirmed_part = c->persons != KJ_COUNT_NONE && rel->affected_persons != KJ_COUNT_NONE &&
                          rel->affected_persons < c->persons &&
                          rel->affected_persons_confirmed == rel->affected_persons &&
                          c->confirmed != c->persons;
    /* …but counted in another unit (7,237件 of one group's records after
     * 約496,000名): no part of the people can be told from it, and it is
     * no revision of their number either — the figure stands alone */
    bool other_unit = confirmed_part && c->unit != KJ_AFFECTED_NONE &&
                      rel->affected_unit != KJ_AFFECTED_NONE && rel->affected_unit != c->unit;
    if (other_unit) {
        /* keep the figure and its confirmed part as they were */
    } else if (confirmed_part) {
        c->confirmed = rel->affected_persons;
    } else if (rel->affected_persons != KJ_COUNT_NONE) {
        c->persons = rel->affected_persons;
        c->card_holders = rel->affected_card_holders;
        c->unit = rel->affected_unit;
        c->qualifiers = rel->affected_qualifiers;
        c->scope = scope != KJ_SCOPE_NONE ? scope : rel->figure_scope;
    }
    if (rel->affected_persons_confirmed != KJ_COUNT_NONE && !confirmed_part)
        c->confirmed = rel->affected_persons_confirmed;
    if (rel->affected_organizations != KJ_COUNT_NONE)
        c->organizations = rel->affected_organizations;
    /* the attack's start: the earliest a chain's releases give — a later
     * notice restates it more coarsely (「4月24日より」 after 「4月8日〜9日：
     * 偵察」) far more often than it corrects it, and an investigation
     * finds earlier intrusions (美濃工業's final: a VPN login on 5月4日).
     * The detection: the newest word, which corrects a first notice's
     * misreading (a contractor's attack month read as the town's finding) */
    c->occurred = earlier_or_finer(c->occurred, rel->occurred);
    if (kj_date_is_set(rel->detected))
        c->detected = rel->detected;
}

static void add_count(int64_t *sum, int64_t value)
{
    if (value == KJ_COUNT_NONE)
        return;
    *sum = *sum == KJ_COUNT_NONE ? value : *sum + value;
}

/* Severity for combining chains: a confirmed leak anywhere is confirmed. */
static int gravity(kj_leak_status s)
{
    switch (s) {
    case KJ_LEAK_CONFIRMED:
        return 3;
    case KJ_LEAK_POSSIBLE:
        return 2;
    case KJ_LEAK_NONE:
        return 1;
    default:
        return 0;
    }
}

static int32_t lag_days(kj_date first, kj_date event)
{
    if (!kj_date_is_set(first) || first.day == 0 || !kj_date_is_set(event) || event.day == 0)
        return KJ_LAG_NONE;
    int32_t lag = kj_date_to_days(first) - kj_date_to_days(event);
    return lag < 0 ? KJ_LAG_NONE : lag;
}

/*
 * The first public word on the incident: a notice its releases' text names
 * (`2024年4月1日付でお知らせした`, a publication event) published before the
 * archive began counts as the first disclosure, so that the lag of a case
 * first told in the archive by a follow-up is not measured to that
 * follow-up.  A date inside the archive's span is not taken: the archive
 * would hold that notice, and a date like it is more often a letter to the
 * people affected (`1月19日付で書面によるお詫び`).  Only day-precision dates,
 * none before the occurrence nor before the detection: nobody announces
 * what it has not learnt yet, so such a date is misread (another party's
 * publication, the attack's date in a sentence recalling a release) and
 * must not make a lag vanish.
 */
static kj_date first_notice_of(const kj_incident *inc, size_t k, kj_date first, kj_date occurred,
                               kj_date detected, bool *cited)
{
    kj_date best = first;
    if (kj_date_is_set(inc->archive_start) && kj_date_cmp(inc->archive_start, best) < 0)
        best = inc->archive_start; /* only notices before the archive */
    *cited = false;
    if (!kj_date_is_set(first))
        return first;
    for (size_t i = 0; i < k; i++) {
        const kj_release *rel = inc->members[i].release;
        for (size_t e = 0; e < rel->n_events + rel->cues.n_cited; e++) {
            kj_date d;
            if (e < rel->n_events) {
                if (rel->events[e].kind != KJ_EVENT_RELEASE)
                    continue;
                d = rel->events[e].date;
            } else {
                d = rel->cues.cited[e - rel->n_events];
            }
            if (!kj_date_is_valid(d) || !d.day || kj_date_cmp(d, best) >= 0)
                continue;
            if (kj_date_is_set(occurred) && occurred.day && kj_date_cmp(d, occurred) < 0)
                continue;
            if (kj_date_is_set(detected) && detected.day && kj_date_cmp(d, detected) < 0)
                continue;
            best = d;
            *cited = true;
        }
    }
    return *cited ? best : first;
}

size_t kj_incident_members_as_of(const kj_incident *inc, kj_date cutoff)
{
    size_t k = inc->n_members;
    if (kj_date_is_set(cutoff))
        while (k > 0 && kj_date_cmp(inc->members[k - 1].release->published, cutoff) > 0)
            k--;
    return k;
}

bool kj_incident_facts_as_of(const kj_incident *inc, kj_date cutoff, kj_incident_facts *out)
{
    memset(out, 0, sizeof *out);
    out->affected_persons = out->affected_persons_confirmed = KJ_COUNT_NONE;
    out->affected_persons_possible = out->affected_organizations = KJ_COUNT_NONE;
    out->affected_card_holders = KJ_COUNT_NONE;
    out->lag_occurred_days = out->lag_detected_days = KJ_LAG_NONE;
    out->leak_status = KJ_LEAK_UNKNOWN;
    out->size_band = KJ_SIZE_UNKNOWN;

    size_t n_chains = inc->n_chains ? inc->n_chains : 1;
    chain_facts stack[8];
    chain_facts *chains = n_chains <= 8 ? stack : kj_xcalloc(n_chains, sizeof *chains);
    for (size_t c = 0; c < n_chains; c++)
        chains[c] = (chain_facts){.leak = KJ_LEAK_UNKNOWN,
                                  .persons = KJ_COUNT_NONE,
                                  .confirmed = KJ_COUNT_NONE,
                                  .organizations = KJ_COUNT_NONE,
                                  .card_holders = KJ_COUNT_NONE};

    bool all = !kj_date_is_set(cutoff);
    bool infection_named_twice = false; /* one release states malware and ransomware */
    for (size_t i = 0; i < inc->n_members; i++) {
        const kj_release *rel = inc->members[i].release;
        if (!all && kj_date_cmp(rel->published, cutoff) > 0)
            continue;
        if (out->n_releases++ == 0)
            out->first_published = rel->published;
        out->last_published = rel->published;
        if (rel->report.number > out->report.number)
            out->report.number = rel->report.number;
        out->report.final |= rel->report.final;
        out->attack_types |= rel->attack_types;
        infection_named_twice |= KJ_SET_HAS(rel->attack_types, KJ_ATTACK_MALWARE) &&
                                 KJ_SET_HAS(rel->attack_types, KJ_ATTACK_RANSOMWARE);
        out->victim_categories |= rel->victim_categories;
        out->data_types |= rel->data_types;
        out->data_types_excluded |= rel->data_types_excluded;
        out->reported_to |= rel->reported_to;
        out->third_party |= rel->third_party;
        uint32_t c = inc->members[i].chain < n_chains ? inc->members[i].chain : 0;
        chain_take(&chains[c], rel, inc->members[i].scope);
    }
    out->data_types_excluded &= ~out->data_types;
    /* `感染拡大を防止` in a first report, `ランサムウェア` in the next: one
     * infection, named once it was known.  Malware beside ransomware stays
     * only when one release names both (an Emotet infection before the
     * encryption). */
    if (!infection_named_twice && KJ_SET_HAS(out->attack_types, KJ_ATTACK_RANSOMWARE))
        out->attack_types &= ~(1u << KJ_ATTACK_MALWARE);
    /* one notice of a group told by its companies: the newest word on
     * whether anything leaked is the group's, whichever company said it */
    kj_leak_status joint_leak = KJ_LEAK_UNKNOWN;
    for (size_t i = 0; inc->joint_notice && i < inc->n_members; i++) {
        const kj_release *rel = inc->members[i].release;
        if ((all || kj_date_cmp(rel->published, cutoff) <= 0) &&
            rel->leak_status != KJ_LEAK_UNKNOWN)
            joint_leak = rel->leak_status;
    }

    for (size_t c = 0; c < n_chains; c++) {
        const chain_facts *ch = &chains[c];
        if (!ch->any)
            continue;
        if (gravity(ch->leak) > gravity(out->leak_status))
            out->leak_status = ch->leak;
        /* the unit and scope of the largest chain's figure (chains of one
         * incident are one breach told by several organisations) */
        if (ch->persons != KJ_COUNT_NONE &&
            (out->affected_persons == KJ_COUNT_NONE || ch->persons > out->affected_persons)) {
            out->affected_unit = ch->unit;
            out->figure_scope = ch->scope;
            if (inc->joint_notice) {
                out->affected_qualifiers = ch->qualifiers;
                out->affected_card_holders = ch->card_holders;
            }
        }
        /* chains added up: a sum with an upper bound in it is an upper
         * bound, one with people counted twice counts them twice */
        if (!inc->joint_notice && ch->persons != KJ_COUNT_NONE)
            out->affected_qualifiers |= ch->qualifiers;
        if (inc->joint_notice) {
            /* group companies' one notice: their figures overlap, the
             * largest (the group's) stands for all */
            if (ch->persons != KJ_COUNT_NONE &&
                (out->affected_persons == KJ_COUNT_NONE || ch->persons > out->affected_persons)) {
                out->affected_persons = ch->persons;
                out->affected_persons_confirmed = ch->confirmed;
                int64_t confirmed = ch->confirmed == KJ_COUNT_NONE ? 0 : ch->confirmed;
                out->affected_persons_possible =
                    ch->leak == KJ_LEAK_NONE
                        ? KJ_COUNT_NONE
                        : (ch->persons > confirmed ? ch->persons - confirmed : 0);
            }
            if (ch->organizations != KJ_COUNT_NONE &&
                ch->organizations > out->affected_organizations)
                out->affected_organizations = ch->organizations;
        } else {
            add_count(&out->affected_persons, ch->persons);
            add_count(&out->affected_persons_confirmed, ch->confirmed);
            add_count(&out->affected_organizations, ch->organizations);
            add_count(&out->affected_card_holders, ch->card_holders);
            /* people of a chain whose newest word is that nothing leaked are
             * affected, but no leak of theirs is possible any more */
            if (ch->persons != KJ_COUNT_NONE && ch->leak != KJ_LEAK_NONE) {
                int64_t confirmed = ch->confirmed == KJ_COUNT_NONE ? 0 : ch->confirmed;
                add_count(&out->affected_persons_possible,
                          ch->persons > confirmed ? ch->persons - confirmed : 0);
            }
        }
        out->occurred = earlier_or_finer(out->occurred, ch->occurred);
        out->detected = earlier_or_finer(out->detected, ch->detected);
    }
    if (inc->joint_notice && joint_leak != KJ_LEAK_UNKNOWN)
        out->leak_status = joint_leak;
    if (chains != stack)
        free(chains);

    size_t known = kj_incident_members_as_of(inc, cutoff);
    out->first_notice = first_notice_of(inc, known, out->first_published, out->occurred,
                                        out->detected, &out->first_notice_cited);
    out->lag_occurred_days = lag_days(out->first_notice, out->occurred);
    out->lag_detected_days = lag_days(out->first_notice, out->detected);
    out->size_band = kj_size_band_of(out->affected_persons);
    return out->n_releases > 0;
}

/* Orders two dates by day when both have one, else by month. */
static int coarse_cmp(kj_date a, kj_date b)
{
    if (a.day && b.day)
        return kj_date_cmp(a, b);
    int ma = a.year * 12 + a.month, mb = b.year * 12 + b.month;
    return (ma > mb) - (ma < mb);
}

unsigned kj_incident_date_problems(const kj_incident_facts *f)
{
    unsigned bits = 0;
    bool occurred = kj_date_is_valid(f->occurred), detected = kj_date_is_valid(f->detected);
    bool notice = kj_date_is_valid(f->first_notice);
    if (occurred && detected && coarse_cmp(f->detected, f->occurred) < 0)
        bits |= KJ_DATES_DETECTED_BEFORE_OCCURRED;
    if (occurred && notice && coarse_cmp(f->first_notice, f->occurred) < 0)
        bits |= KJ_DATES_NOTICE_BEFORE_OCCURRED;
    if (detected && notice && coarse_cmp(f->first_notice, f->detected) < 0)
        bits |= KJ_DATES_NOTICE_BEFORE_DETECTED;
    return bits;
}

/* ------------------------------------------------------------ timeline */

static int entry_order(const void *a, const void *b)
{
    const kj_timeline_entry *x = a, *y = b;
    bool xs = kj_date_is_set(x->date), ys = kj_date_is_set(y->date);
    if (xs != ys)
        return xs ? -1 : 1; /* undated last */
    int c = kj_date_cmp(x->date, y->date);
    if (c)
        return c;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    /* The same date and kind from several releases: the older release first. */
    c = kj_date_cmp(x->release->published, y->release->published);
    if (c)
        return c;
    return kj_same_day_order(x->release, y->release);
}

static bool is_member_date(const kj_incident *inc, size_t n_members, kj_date d)
{
    for (size_t i = 0; i < n_members; i++)
        if (kj_date_cmp(inc->members[i].release->published, d) == 0)
            return true;
    return false;
}

/* The timeline of the incident's first `k` releases (members are oldest
 * first, so the releases known on a day are a prefix). */
static kj_timeline_entry *build_timeline(kj_arena *arena, const kj_incident *inc, size_t k,
                                         size_t *n_out)
{
    size_t cap = k;
    for (size_t i = 0; i < k; i++)
        cap += inc->members[i].release->n_events;
    kj_timeline_entry *t = kj_arena_alloc(arena, (cap ? cap : 1) * sizeof *t);
    size_t n = 0;
    for (size_t i = 0; i < k; i++) {
        const kj_release *rel = inc->members[i].release;
        t[n++] = (kj_timeline_entry){.date = rel->published,
                                     .kind = KJ_EVENT_RELEASE,
                                     .text = rel->overview.title ? rel->overview.title : rel->path,
                                     .release = rel};
    }
    /* Events newest release first, so that of two statements of the same
     * dated event the newest (most precise) one is kept. */
    for (size_t i = k; i-- > 0;) {
        const kj_release *rel = inc->members[i].release;
        for (size_t e = 0; e < rel->n_events; e++) {
            const kj_event *ev = &rel->events[e];
            /* A release event for one of the incident's own releases is
             * already there as the release itself. */
            if (ev->kind == KJ_EVENT_RELEASE && is_member_date(inc, k, ev->date))
                continue;
            bool seen = false;
            for (size_t j = k; j < n && !seen; j++)
                seen = t[j].kind == ev->kind && kj_date_cmp(t[j].date, ev->date) == 0 &&
                       (kj_date_is_set(ev->date) || strcmp(t[j].text, ev->evidence) == 0);
            if (!seen)
                t[n++] = (kj_timeline_entry){
                    .date = ev->date, .kind = ev->kind, .text = ev->evidence, .release = rel};
        }
    }
    kj_sort(t, n, sizeof *t, entry_order);
    *n_out = n;
    return t;
}

void kj_incident_build_timeline(kj_arena *arena, kj_incident *inc)
{
    inc->timeline = build_timeline(arena, inc, inc->n_members, &inc->n_timeline);
}

size_t kj_incident_timeline_as_of(const kj_incident *inc, kj_date cutoff, kj_arena *arena,
                                  kj_timeline_entry **out)
{
    size_t k = inc->n_members;
    if (kj_date_is_set(cutoff))
        while (k > 0 && kj_date_cmp(inc->members[k - 1].release->published, cutoff) > 0)
            k--;
    if (k == inc->n_members) {
        *out = inc->timeline;
        return inc->n_timeline;
    }
    size_t n;
    *out = build_timeline(arena, inc, k, &n);
    return n;
}
