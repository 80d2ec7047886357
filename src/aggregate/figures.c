/*
 * figures.c — the numbers of one period, per release and per incident.
 *
 * A release counts in the period it was published in.  An incident counts
 * in a period when one of its releases was published in it, with its
 * figures as known at the period's end (so a January briefing made again
 * in April still shows what was known in January, and the previous
 * period's figures are comparable).  Every breakdown is counted in both
 * units; multi-valued facts (attack types, data types …) count an item in
 * every row it has, so those rows can add up to more than the total.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "aggregate_internal.h"

static const char *const by_names[KJ_BY__COUNT] = {
    "organization", "org_type",  "attack_type", "data_type", "victim", "leak_status",
    "third_party",  "authority", "size_band",   "month",     "week",   "contractor",
    "wave",         "market",    "industry",    "watch"};

const char *kj_by_name(kj_by by)
{
    return (unsigned)by < KJ_BY__COUNT ? by_names[by] : NULL;
}

int kj_by_lookup(const char *name)
{
    for (int b = 0; name && b < KJ_BY__COUNT; b++)
        if (strcmp(name, by_names[b]) == 0)
            return b;
    return -1;
}

/* ---------------------------------------------------------------- rows */

/* A breakdown's rows with a hash index on their keys. */
typedef struct row_map {
    kj_row *rows;
    size_t n, cap;
    uint32_t *slots; /* row index + 1, 0 = empty */
    size_t n_slots;
} row_map;

static uint64_t hash_key(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static void rehash(row_map *m)
{
    free(m->slots);
    m->n_slots = m->n_slots ? m->n_slots * 2 : 64;
    m->slots = kj_xcalloc(m->n_slots, sizeof *m->slots);
    for (size_t r = 0; r < m->n; r++) {
        size_t i = hash_key(m->rows[r].key) & (m->n_slots - 1);
        while (m->slots[i])
            i = (i + 1) & (m->n_slots - 1);
        m->slots[i] = (uint32_t)(r + 1);
    }
}

/* The row with `key`; created (with `label`) when `create`, else NULL. */
static kj_row *row_get(row_map *m, kj_arena *a, const char *key, const char *label, bool create)
{
    if (m->n_slots) {
        size_t i = hash_key(key) & (m->n_slots - 1);
        while (m->slots[i]) {
            kj_row *r = &m->rows[m->slots[i] - 1];
            if (strcmp(r->key, key) == 0)
                return r;
            i = (i + 1) & (m->n_slots - 1);
        }
    }
    if (!create)
        return NULL;
    if (m->n == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 16;
        kj_row *grown = kj_xrealloc(m->rows, m->cap * sizeof *grown);
        m->rows = grown;
    }
    kj_row *r = &m->rows[m->n++];
    *r = (kj_row){.key = kj_arena_strdup(a, key), .label = kj_arena_strdup(a, label)};
    if (2 * m->n >= m->n_slots)
        rehash(m);
    else {
        size_t i = hash_key(key) & (m->n_slots - 1);
        while (m->slots[i])
            i = (i + 1) & (m->n_slots - 1);
        m->slots[i] = (uint32_t)m->n;
    }
    return r;
}

/* ----------------------------------------------------------- counting */

typedef struct counter {
    const kj_incident_set *set;
    kj_arena *arena;
    row_map maps[KJ_BY__COUNT];
    bool previous; /* counting the previous period: only existing rows, into .previous */
    kj_unit unit;
    /* per input release, per organisation: its listed issue or NULL (NULL
     * altogether without a list) */
    const kj_listed_entry ***listed_of;
    /* the parts of the period's affected persons (current period only) */
    kj_persons_item *persons;
    size_t n_persons, cap_persons;
} counter;

static void bump(counter *c, kj_by by, const char *key, const char *label)
{
    bool dynamic = by == KJ_BY_ORGANIZATION || by == KJ_BY_MONTH || by == KJ_BY_WEEK ||
                   by == KJ_BY_CONTRACTOR || by == KJ_BY_WAVE || by == KJ_BY_MARKET ||
                   by == KJ_BY_INDUSTRY || by == KJ_BY_WATCH;
    kj_row *r = row_get(&c->maps[by], c->arena, key, label, dynamic && !c->previous);
    if (!r)
        return;
    kj_count *k = c->previous ? &r->previous : &r->count;
    if (c->unit == KJ_UNIT_RELEASE)
        k->releases++;
    else
        k->incidents++;
}

static void bump_set(counter *c, kj_by by, kj_vocab vocab, kj_set set, const char *none)
{
    if (!set) {
        bump(c, by, none, NULL);
        return;
    }
    for (int v = 0; v < kj_vocab_size(vocab); v++)
        if (KJ_SET_HAS(set, v))
            bump(c, by, kj_vocab_name(vocab, v), NULL);
}

static void bump_facts(counter *c, kj_set org_types, kj_set attack, kj_set data, kj_set victims,
                       kj_set authorities, kj_leak_status leak, bool third_party, int64_t persons)
{
    for (int t = 0; t < KJ_ORG__COUNT; t++)
        if (KJ_SET_HAS(org_types, t))
            bump(c, KJ_BY_ORG_TYPE, kj_org_type_name((kj_org_type)t), NULL);
    bump_set(c, KJ_BY_ATTACK, KJ_VOCAB_ATTACK, attack, "not_stated");
    bump_set(c, KJ_BY_DATA, KJ_VOCAB_DATA, data, "not_stated");
    bump_set(c, KJ_BY_VICTIM, KJ_VOCAB_VICTIM, victims, "not_stated");
    bump_set(c, KJ_BY_AUTHORITY, KJ_VOCAB_AUTHORITY, authorities, "none");
    bump(c, KJ_BY_LEAK, kj_vocab_name(KJ_VOCAB_LEAK, (int)leak), NULL);
    bump(c, KJ_BY_THIRD_PARTY, third_party ? "third_party" : "own", NULL);
    bump(c, KJ_BY_SIZE, kj_size_band_name(kj_size_band_of(persons)), NULL);
}

static void month_key(kj_date d, char buf[16])
{
    snprintf(buf, 16, "%04d-%02d", (int)d.year, (int)d.month);
}

/* Adds the organisations of input release `index` (distinct keys) to the
 * organisation breakdown, remembering them in `seen`. */
static void bump_organizations(counter *c, size_t index, const char **seen, size_t *n_seen,
                               size_t cap)
{
    const kj_release *rel = c->set->releases[index];
    for (size_t o = 0; o < rel->overview.n_organizations; o++) {
        const char *name = rel->overview.organizations[o];
        const char *key = c->set->org_keys_of[index][o];
        if (!key[0])
            key = name;
        bool dup = false;
        for (size_t k = 0; k < *n_seen && !dup; k++)
            dup = strcmp(seen[k], key) == 0;
        if (dup || *n_seen >= cap)
            continue;
        seen[(*n_seen)++] = key;
        bump(c, KJ_BY_ORGANIZATION, key, name);
    }
}

/* ------------------------------------------------- listed and watched */

/* Adds the listed issues of input release `index`'s organisations to
 * `seen` (distinct, at most `cap`). */
static void listed_of_release(const counter *c, size_t index, const kj_listed_entry **seen,
                              size_t *n_seen, size_t cap)
{
    if (!c->listed_of)
        return;
    const kj_release *rel = c->set->releases[index];
    for (size_t o = 0; o < rel->overview.n_organizations; o++) {
        const kj_listed_entry *e = c->listed_of[index][o];
        bool dup = !e;
        for (size_t k = 0; k < *n_seen && !dup; k++)
            dup = seen[k] == e;
        if (!dup && *n_seen < cap)
            seen[(*n_seen)++] = e;
    }
}

/* Counts an item (a release, an incident) by the markets and industries of
 * its listed organisations; `not_listed` when it has none.  Nothing
 * without a list. */
static void bump_listed(counter *c, const kj_listed_entry *const *entries, size_t n)
{
    if (!c->listed_of)
        return;
    if (n == 0) {
        bump(c, KJ_BY_MARKET, "not_listed", "上場企業以外");
        bump(c, KJ_BY_INDUSTRY, "not_listed", "上場企業以外");
        return;
    }
    for (size_t i = 0; i < n; i++) {
        bool dup = false;
        for (size_t k = 0; k < i && !dup; k++)
            dup = strcmp(entries[k]->market, entries[i]->market) == 0;
        if (!dup)
            bump(c, KJ_BY_MARKET, entries[i]->market, entries[i]->market);
        const char *industry = kj_listed_industry(entries[i]);
        dup = false;
        for (size_t k = 0; k < i && !dup; k++) {
            const char *other = kj_listed_industry(entries[k]);
            dup = other == industry || (other && industry && strcmp(other, industry) == 0);
        }
        if (!dup)
            bump(c, KJ_BY_INDUSTRY, industry ? industry : "no_industry",
                 industry ? industry : "業種区分なし（ETF・REITなど）");
    }
}

/* Counts an item by the watch-list entries `hits` name, each once
 * (`names` remembers those counted, at most `cap`). */
static void bump_watch(counter *c, const kj_watch_hit *hits, size_t n, const char **names,
                       size_t *n_names, size_t cap)
{
    for (size_t i = 0; i < n; i++) {
        bool dup = false;
        for (size_t k = 0; k < *n_names && !dup; k++)
            dup = strcmp(names[k], hits[i].name) == 0;
        if (dup || *n_names >= cap)
            continue;
        names[(*n_names)++] = hits[i].name;
        bump(c, KJ_BY_WATCH, hits[i].name, hits[i].name);
    }
}

/* One part of the period's affected persons. */
static void persons_part(counter *c, int64_t persons, const kj_incident_view *view,
                         const kj_wave *wave)
{
    if (c->previous || persons <= 0)
        return;
    if (c->n_persons == c->cap_persons) {
        c->cap_persons = c->cap_persons ? c->cap_persons * 2 : 64;
        c->persons = kj_xrealloc(c->persons, c->cap_persons * sizeof *c->persons);
    }
    c->persons[c->n_persons++] = (kj_persons_item){persons, view, wave};
}

/* ---------------------------------------------------------------- lags */

static int int32_order(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return x < y ? -1 : x > y;
}

typedef struct lag_list {
    int32_t *items;
    size_t n, cap;
} lag_list;

static void lag_add(lag_list *l, int32_t lag)
{
    if (lag == KJ_LAG_NONE)
        return;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        int32_t *grown = kj_xrealloc(l->items, l->cap * sizeof *grown);
        l->items = grown;
    }
    l->items[l->n++] = lag;
}

static kj_lag_stats lag_stats(lag_list *l)
{
    kj_lag_stats s = {0};
    s.n = (int64_t)l->n;
    if (l->n) {
        kj_sort(l->items, l->n, sizeof *l->items, int32_order);
        size_t n = l->n;
        s.median = n % 2 ? l->items[n / 2] : (l->items[n / 2 - 1] + l->items[n / 2]) / 2.0;
        size_t rank = (size_t)ceil(0.9 * (double)n); /* nearest rank */
        s.p90 = l->items[(rank ? rank : 1) - 1];
        s.max = l->items[n - 1];
    }
    free(l->items);
    *l = (lag_list){0};
    return s;
}

static int32_t release_lag(const kj_release *rel, kj_date event)
{
    if (!kj_date_is_set(event) || !event.day || !rel->published.day)
        return KJ_LAG_NONE;
    int32_t lag = kj_date_to_days(rel->published) - kj_date_to_days(event);
    return lag < 0 ? KJ_LAG_NONE : lag;
}

/* A figure in its unit (a figure stated without one — an old label — counts
 * as people, as figures did before units were read). */
static void add_affected(kj_affected_sum *sum, kj_affected_unit unit, int64_t persons,
                         int64_t confirmed, int64_t possible, int64_t organizations)
{
    if (unit == KJ_AFFECTED_NONE)
        unit = KJ_AFFECTED_PERSONS;
    if (persons != KJ_COUNT_NONE) {
        sum->figure[unit] += persons;
        sum->stating++;
    }
    if (confirmed != KJ_COUNT_NONE)
        sum->confirmed[unit] += confirmed;
    if (possible != KJ_COUNT_NONE)
        sum->possible[unit] += possible;
    if (organizations != KJ_COUNT_NONE)
        sum->organizations += organizations;
}

/* An item whose figure stands for people counted elsewhere (`*kind`: the
 * items quoting their wave's origin total, or those within it): it states a
 * figure and may name organisations, but adds no people. */
static void add_counted_elsewhere(kj_affected_sum *sum, int64_t *kind, int64_t organizations)
{
    (*kind)++;
    sum->stating++;
    add_affected(sum, KJ_AFFECTED_PERSONS, KJ_COUNT_NONE, KJ_COUNT_NONE, KJ_COUNT_NONE,
                 organizations);
}

/*
 * Origin totals of the waves seen in a period: each wave's largest origin
 * total (per unit) is counted once, and not at all when the origin's own
 * release (or incident) stating its figure is counted already.
 */
typedef struct wave_totals {
    int64_t (*largest)[KJ_AFFECTED__COUNT]; /* per wave, per unit; KJ_COUNT_NONE unseen */
    bool *origin_counted;                   /* per wave: the origin's own figure counted */
    bool *seen;                             /* per wave: a member in the period */
    size_t n;
} wave_totals;

static void wave_totals_init(wave_totals *w, size_t n)
{
    w->n = n;
    w->largest = kj_xcalloc(n ? n : 1, sizeof *w->largest);
    w->origin_counted = kj_xcalloc(n ? n : 1, sizeof *w->origin_counted);
    w->seen = kj_xcalloc(n ? n : 1, sizeof *w->seen);
    for (size_t i = 0; i < n; i++)
        for (int u = 0; u < KJ_AFFECTED__COUNT; u++)
            w->largest[i][u] = KJ_COUNT_NONE;
}

static void wave_totals_quote(wave_totals *w, int32_t wave, kj_affected_unit unit, int64_t figure)
{
    if (unit == KJ_AFFECTED_NONE)
        unit = KJ_AFFECTED_PERSONS;
    if (figure > w->largest[wave][unit])
        w->largest[wave][unit] = figure;
}

/* Adds each wave's origin total once (a part of the persons when the
 * counter `c` collects them); frees `w`. */
static void wave_totals_finish(wave_totals *w, kj_affected_sum *sum, int64_t *waves_seen,
                               counter *c, const kj_incident_set *set)
{
    for (size_t i = 0; i < w->n; i++) {
        if (waves_seen)
            *waves_seen += w->seen[i];
        if (w->origin_counted[i])
            continue;
        bool any = false;
        for (int u = 1; u < KJ_AFFECTED__COUNT; u++) {
            if (w->largest[i][u] == KJ_COUNT_NONE)
                continue;
            sum->figure[u] += w->largest[i][u];
            sum->possible[u] += w->largest[i][u];
            if (c && u == KJ_AFFECTED_PERSONS)
                persons_part(c, w->largest[i][u], NULL, &set->waves[i]);
            any = true;
        }
        sum->origin_totals += any;
    }
    free(w->largest);
    free(w->origin_counted);
    free(w->seen);
}

static int64_t possible_of(const kj_release *rel)
{
    if (rel->affected_persons == KJ_COUNT_NONE)
        return KJ_COUNT_NONE;
    int64_t confirmed =
        rel->affected_persons_confirmed == KJ_COUNT_NONE ? 0 : rel->affected_persons_confirmed;
    return rel->affected_persons > confirmed ? rel->affected_persons - confirmed : 0;
}

/* --------------------------------------------------------- one period */

/* What an incident adds to a period's affected figures. */
typedef struct period_add {
    int64_t persons, confirmed, possible; /* KJ_COUNT_NONE: nothing stated */
} period_add;

/*
 * The largest figure (and confirmed part) of incident `inc` in `unit` that
 * an earlier period counted: its facts as known on the day of each of its
 * releases before `from`, leaving out the days its newest word was that
 * nothing leaked (they counted nothing).  False when none counted any.
 */
static bool counted_before(const kj_incident *inc, kj_date from, kj_affected_unit unit,
                           int64_t *persons, int64_t *confirmed)
{
    bool any = false;
    *persons = 0;
    *confirmed = 0;
    for (size_t i = 0; i < inc->n_members; i++) {
        kj_date d = inc->members[i].release->published;
        if (kj_date_cmp(d, from) >= 0)
            break; /* members are oldest first */
        kj_incident_facts then;
        if (!kj_incident_facts_as_of(inc, d, &then) || then.leak_status == KJ_LEAK_NONE ||
            then.affected_persons == KJ_COUNT_NONE || then.affected_unit != unit)
            continue;
        any = true;
        if (then.affected_persons > *persons)
            *persons = then.affected_persons;
        if (then.affected_persons_confirmed != KJ_COUNT_NONE &&
            then.affected_persons_confirmed > *confirmed)
            *confirmed = then.affected_persons_confirmed;
    }
    return any;
}

/*
 * The figures incident `inc` (facts `f` at the end of period `p`) adds to
 * the period: all of them when it is new in the period, else only the
 * people its figure grew by beyond the largest figure an earlier period
 * counted, split into confirmed and possible as far as its confirmed count
 * grew.  A follow-up that restates the figure (or states none) adds no
 * people, so that a month never counts people another month counted, the
 * months of a year add up to the year, and a month's confirmed and possible
 * people add up to its people — also when a report in between said nothing
 * leaked and a later one reopens the same people as possibly reached: they
 * were counted when first published.  An incident whose newest word is that
 * nothing leaked adds none: its people are not at risk.  `view`, when given,
 * learns whether the figure was counted before the period unchanged, and how
 * many of its people the period newly confirms.
 */
static period_add added_in_period(const kj_incident *inc, kj_period p, const kj_incident_facts *f,
                                  bool is_new, kj_incident_view *view)
{
    const period_add none = {KJ_COUNT_NONE, KJ_COUNT_NONE, KJ_COUNT_NONE};
    int64_t was = 0, was_c = 0;
    bool known = !is_new && kj_date_is_set(p.from) &&
                 counted_before(inc, p.from, f->affected_unit, &was, &was_c);
    if (view) {
        view->figure_before = known && f->affected_persons == was;
        view->confirmed_in_period = view->figure_before && f->leak_status != KJ_LEAK_NONE &&
                                            f->affected_persons_confirmed != KJ_COUNT_NONE &&
                                            f->affected_persons_confirmed > was_c
                                        ? f->affected_persons_confirmed - was_c
                                        : 0;
    }
    if (f->leak_status == KJ_LEAK_NONE)
        return none;
    if (!known)
        return (period_add){f->affected_persons, f->affected_persons_confirmed,
                            f->affected_persons_possible};
    if (f->affected_persons == KJ_COUNT_NONE)
        return none;
    int64_t grown = f->affected_persons > was ? f->affected_persons - was : 0;
    int64_t now_c =
        f->affected_persons_confirmed == KJ_COUNT_NONE ? 0 : f->affected_persons_confirmed;
    int64_t confirmed = now_c > was_c ? now_c - was_c : 0;
    if (confirmed > grown)
        confirmed = grown;
    return (period_add){grown,
                        f->affected_persons_confirmed == KJ_COUNT_NONE ? KJ_COUNT_NONE : confirmed,
                        grown - confirmed};
}

/* The largest total of wave `wave` across its clients in `unit` (the
 * origin's own figure, or a client quoting it) that a release published
 * before `cutoff` (or on it, when `inclusive`) and not before `since` (when
 * set) states; KJ_COUNT_NONE when none does. */
static int64_t wave_total_stated_since(const kj_incident_set *set, int32_t wave, kj_date since,
                                       kj_date cutoff, bool inclusive, kj_affected_unit unit)
{
    int64_t total = KJ_COUNT_NONE;
    const kj_wave *w = &set->waves[wave];
    for (size_t m = 0; m < w->n_members; m++) {
        size_t j = w->members[m];
        const kj_release *rel = set->releases[j];
        int c = kj_date_cmp(rel->published, cutoff);
        if (c > 0 || (c == 0 && !inclusive) || rel->affected_persons == KJ_COUNT_NONE ||
            (kj_date_is_set(since) && kj_date_cmp(rel->published, since) < 0))
            continue;
        kj_affected_unit u =
            rel->affected_unit == KJ_AFFECTED_NONE ? KJ_AFFECTED_PERSONS : rel->affected_unit;
        if (u == unit && (!set->knock_on[j] || set->scope_of[j] == KJ_SCOPE_ORIGIN_TOTAL) &&
            rel->affected_persons > total)
            total = rel->affected_persons;
    }
    return total;
}

/* wave_total_stated_since() from the first release on. */
static int64_t wave_total_stated(const kj_incident_set *set, int32_t wave, kj_date cutoff,
                                 bool inclusive, kj_affected_unit unit)
{
    return wave_total_stated_since(set, wave, KJ_DATE_NONE, cutoff, inclusive, unit);
}

/* Did a release of wave `wave` published before `p` state the origin's
 * total in `unit`?  Then an earlier period counted it. */
static bool wave_total_counted_before(const kj_incident_set *set, int32_t wave, kj_period p,
                                      kj_affected_unit unit)
{
    return kj_date_is_set(p.from) &&
           wave_total_stated(set, wave, p.from, false, unit) != KJ_COUNT_NONE;
}

/* Does a client of wave `wave`, in its own count of `unit` published by
 * `cutoff`, state more than `figure`?  Then a total of another unit below
 * it measures other things (a loss adjuster's 6,551 staff and contacts
 * beside an insurer's 約12万件 of its customers' records), not the
 * clients' records. */
static bool a_client_above_in_unit(const kj_incident_set *set, int32_t wave, kj_date cutoff,
                                   kj_affected_unit unit, int64_t figure)
{
    const kj_wave *w = &set->waves[wave];
    for (size_t m = 0; m < w->n_members; m++) {
        size_t j = w->members[m];
        const kj_release *rel = set->releases[j];
        kj_affected_unit u =
            rel->affected_unit == KJ_AFFECTED_NONE ? KJ_AFFECTED_PERSONS : rel->affected_unit;
        if (set->knock_on[j] && u == unit && set->scope_of[j] != KJ_SCOPE_ORIGIN_TOTAL &&
            rel->affected_persons != KJ_COUNT_NONE && rel->affected_persons > figure &&
            kj_date_cmp(rel->published, cutoff) <= 0)
            return true;
    }
    return false;
}

/* Is a client's own figure (`persons` in `unit`, of a knock-on notice of
 * wave `wave`) a part of a total across the origin's clients known by the
 * period's end?  The origin's 15,829人 covers the 122人 a client counts of
 * its own: adding both counts those people twice.  When no total is stated
 * in the client's unit, a total of another unit stated in the period is the
 * measure: a form service's 399 users (人) cover the 5 accounts a client
 * counts of its own (`399件のうち…申請実績があるアカウントは5件`) — the
 * client counts its share of the same people in the words of its own
 * records — unless a client counting in that unit states more than the
 * total (a_client_above_in_unit).  Nothing is added across units; a share
 * only is not counted again.  Only a total of the period itself: a month read alone loads the
 * wave's notices of earlier months only when grouping joins them, and its
 * figures must not depend on how it was read. */
static bool part_of_wave_total(const kj_incident_set *set, int32_t wave, kj_period p,
                               kj_affected_unit unit, int64_t persons)
{
    if (wave < 0 || persons == KJ_COUNT_NONE)
        return false;
    kj_affected_unit u = unit == KJ_AFFECTED_NONE ? KJ_AFFECTED_PERSONS : unit;
    kj_date cutoff = kj_date_is_set(p.to) ? p.to : (kj_date){9999, 12, 31};
    int64_t total = wave_total_stated(set, wave, cutoff, true, u);
    bool in_unit = total != KJ_COUNT_NONE;
    for (int other = 1; other < KJ_AFFECTED__COUNT && !in_unit; other++) {
        int64_t t = other == (int)u ? KJ_COUNT_NONE
                                    : wave_total_stated_since(set, wave, p.from, cutoff, true,
                                                              (kj_affected_unit)other);
        if (t != KJ_COUNT_NONE && (total == KJ_COUNT_NONE || t > total) &&
            !a_client_above_in_unit(set, wave, cutoff, u, t))
            total = t;
    }
    return total != KJ_COUNT_NONE && persons <= total;
}

/* True when one of `inc`'s releases is published in `p`. */
static int64_t releases_in(const kj_incident *inc, kj_period p)
{
    int64_t n = 0;
    for (size_t i = 0; i < inc->n_members; i++)
        n += kj_period_contains(p, inc->members[i].release->published);
    return n;
}

/* Organisation types and keys of `inc`'s releases published by `cutoff`. */
static kj_set org_types_by(const kj_incident_set *set, const kj_incident *inc, kj_date cutoff)
{
    kj_set types = 0;
    for (size_t i = 0; i < inc->n_members; i++)
        if (kj_date_cmp(inc->members[i].release->published, cutoff) <= 0)
            types |= set->org_types_of[inc->members[i].index];
    return types;
}

/* Is incident `inc` (facts `f`) a ransomware incident: its own types say
 * so, or it is a notice of a wave whose origin suffered ransomware? */
static bool ransomware_incident(const kj_incident_set *set, const kj_incident *inc,
                                const kj_incident_facts *f)
{
    return KJ_SET_HAS(f->attack_types, KJ_ATTACK_RANSOMWARE) ||
           (inc->wave >= 0 && (size_t)inc->wave < set->n_waves && set->waves[inc->wave].ransomware);
}

/*
 * Is incident `inc`, with facts `f`, a ransomware attack not yet counted?
 * The incidents of one wave are one attack on their vendor: the first of
 * them counts, marked in `wave_counted` (one flag per wave).
 */
static bool counts_as_attack(const kj_incident_set *set, const kj_incident *inc,
                             const kj_incident_facts *f, bool *wave_counted)
{
    if (!ransomware_incident(set, inc, f))
        return false;
    if (inc->wave < 0)
        return true;
    if (wave_counted[inc->wave])
        return false;
    wave_counted[inc->wave] = true;
    return true;
}

/*
 * Counts period `p` into the counter's rows (current or previous) and
 * `totals`; when `views` is given, also lists the incidents seen.
 */
static void count_period(counter *c, kj_period p, kj_totals *totals, kj_incident_view **views,
                         size_t *n_views)
{
    const kj_incident_set *set = c->set;
    memset(totals, 0, sizeof *totals);
    lag_list lag_occ = {0}, lag_det = {0};
    bool *active = kj_xcalloc(set->n ? set->n : 1, sizeof *active);
    /* waves already counted as one ransomware attack */
    bool *ransomware_wave = kj_xcalloc(set->n_waves ? set->n_waves : 1, sizeof *ransomware_wave);

    /* Releases. */
    c->unit = KJ_UNIT_RELEASE;
    wave_totals waves_rel, waves_inc;
    wave_totals_init(&waves_rel, set->n_waves);
    wave_totals_init(&waves_inc, set->n_waves);
    row_map orgs_seen = {0}; /* distinct disclosers in the period */
    for (size_t i = 0; i < set->n_releases; i++) {
        const kj_release *rel = set->releases[i];
        if (!kj_period_contains(p, rel->published) || (set->repeats && set->repeats[i]))
            continue; /* a file the archive kept twice counts once */
        active[set->incident_of[i]] = true;
        totals->count.releases++;
        totals->third_party.releases += rel->third_party;
        int32_t wave = set->wave_of ? set->wave_of[i] : -1;
        bool knock_on = set->knock_on && set->knock_on[i];
        totals->knock_on.releases += knock_on;
        if (wave >= 0) {
            waves_rel.seen[wave] = true;
            waves_rel.origin_counted[wave] |= !knock_on && rel->affected_persons != KJ_COUNT_NONE;
        }
        if (wave >= 0 && set->scope_of[i] == KJ_SCOPE_ORIGIN_TOTAL &&
            rel->affected_persons != KJ_COUNT_NONE) {
            /* the origin's total quoted by a client: once per wave */
            wave_totals_quote(&waves_rel, wave, rel->affected_unit, rel->affected_persons);
            add_counted_elsewhere(&totals->affected[KJ_UNIT_RELEASE],
                                  &totals->affected[KJ_UNIT_RELEASE].quoting_origin_total,
                                  rel->affected_organizations);
        } else if (knock_on &&
                   part_of_wave_total(set, wave, p, rel->affected_unit, rel->affected_persons)) {
            add_counted_elsewhere(&totals->affected[KJ_UNIT_RELEASE],
                                  &totals->affected[KJ_UNIT_RELEASE].part_of_origin_total,
                                  rel->affected_organizations);
        } else {
            add_affected(&totals->affected[KJ_UNIT_RELEASE], rel->affected_unit,
                         rel->affected_persons, rel->affected_persons_confirmed, possible_of(rel),
                         rel->affected_organizations);
        }
        if (wave >= 0) {
            const kj_wave *w = &set->waves[wave];
            bump(c, KJ_BY_WAVE, w->id, w->label);
        }
        lag_add(&lag_occ, release_lag(rel, rel->occurred));
        lag_add(&lag_det, release_lag(rel, rel->detected));

        const kj_listed_entry *listed[16];
        size_t n_listed = 0;
        listed_of_release(c, i, listed, &n_listed, 16);
        totals->listed.releases += n_listed > 0;
        bump_listed(c, listed, n_listed);
        totals->watch.releases += rel->n_watch_hits > 0;
        const char *watched[32];
        size_t n_watched = 0;
        bump_watch(c, rel->watch_hits, rel->n_watch_hits, watched, &n_watched, 32);

        const char *seen[16];
        size_t n_seen = 0;
        bump_organizations(c, i, seen, &n_seen, 16);
        for (size_t k = 0; k < n_seen; k++)
            row_get(&orgs_seen, c->arena, seen[k], "", true);
        /* the size band is the organisation's own figure's: an origin's total
         * quoted by a client says nothing of its size */
        bump_facts(c, set->org_types_of[i], rel->attack_types, rel->data_types,
                   rel->victim_categories, rel->reported_to, rel->leak_status, rel->third_party,
                   set->scope_of && set->scope_of[i] == KJ_SCOPE_ORIGIN_TOTAL
                       ? KJ_COUNT_NONE
                       : rel->affected_persons);
        if (rel->cues.contractor)
            bump(c, KJ_BY_CONTRACTOR, rel->cues.contractor, rel->cues.contractor);
        char key[16];
        month_key(rel->published, key);
        bump(c, KJ_BY_MONTH, key, key);
        if (rel->published.day) {
            kj_iso_week(rel->published, key);
            bump(c, KJ_BY_WEEK, key, key);
        }
    }
    wave_totals_finish(&waves_rel, &totals->affected[KJ_UNIT_RELEASE], &totals->waves, NULL, set);
    totals->organizations = (int64_t)orgs_seen.n;
    free(orgs_seen.rows);
    free(orgs_seen.slots);
    totals->lag_occurred[KJ_UNIT_RELEASE] = lag_stats(&lag_occ);
    totals->lag_detected[KJ_UNIT_RELEASE] = lag_stats(&lag_det);

    /* Incidents, as known at the period's end. */
    c->unit = KJ_UNIT_INCIDENT;
    size_t n_active = 0;
    for (size_t k = 0; k < set->n; k++)
        n_active += active[k];
    kj_incident_view *list = NULL;
    if (views)
        list = kj_arena_alloc(c->arena, (n_active ? n_active : 1) * sizeof *list);
    size_t at = 0;
    for (size_t k = 0; k < set->n; k++) {
        if (!active[k])
            continue;
        const kj_incident *inc = &set->items[k];
        kj_incident_view v = {.incident = inc, .releases_in_period = releases_in(inc, p)};
        kj_incident_facts_as_of(inc, p.to, &v.facts);
        v.is_new = kj_period_contains(p, inc->members[0].release->published);
        const kj_incident_facts *f = &v.facts;
        period_add add = added_in_period(inc, p, f, v.is_new, &v);
        totals->count.incidents++;
        totals->new_incidents += v.is_new;
        totals->third_party.incidents += f->third_party;
        totals->knock_on.incidents += inc->knock_on;
        totals->ransomware_incidents += ransomware_incident(set, inc, f);
        totals->ransomware_attacks += counts_as_attack(set, inc, f, ransomware_wave);
        if (inc->wave >= 0) {
            waves_inc.seen[inc->wave] = true;
            waves_inc.origin_counted[inc->wave] |=
                set->waves[inc->wave].origin_incident == (long)k &&
                f->affected_persons != KJ_COUNT_NONE;
        }
        if (inc->wave >= 0 && f->figure_scope == KJ_SCOPE_ORIGIN_TOTAL &&
            f->affected_persons != KJ_COUNT_NONE) {
            kj_affected_unit u =
                f->affected_unit == KJ_AFFECTED_NONE ? KJ_AFFECTED_PERSONS : f->affected_unit;
            if (!wave_total_counted_before(set, inc->wave, p, u))
                wave_totals_quote(&waves_inc, inc->wave, f->affected_unit, f->affected_persons);
            add_counted_elsewhere(&totals->affected[KJ_UNIT_INCIDENT],
                                  &totals->affected[KJ_UNIT_INCIDENT].quoting_origin_total,
                                  f->affected_organizations);
        } else if (inc->knock_on && add.persons != KJ_COUNT_NONE &&
                   part_of_wave_total(set, inc->wave, p, f->affected_unit, f->affected_persons)) {
            /* (a share found not to have leaked states nothing: below) */
            add_counted_elsewhere(&totals->affected[KJ_UNIT_INCIDENT],
                                  &totals->affected[KJ_UNIT_INCIDENT].part_of_origin_total,
                                  f->affected_organizations);
        } else {
            add_affected(&totals->affected[KJ_UNIT_INCIDENT], f->affected_unit, add.persons,
                         add.confirmed, add.possible, f->affected_organizations);
            if (list && add.persons != KJ_COUNT_NONE &&
                (f->affected_unit == KJ_AFFECTED_PERSONS || f->affected_unit == KJ_AFFECTED_NONE))
                persons_part(c, add.persons, &list[at], NULL);
        }
        if (inc->wave >= 0) {
            const kj_wave *w = &set->waves[inc->wave];
            bump(c, KJ_BY_WAVE, w->id, w->label);
        }
        lag_add(&lag_occ, f->lag_occurred_days);
        lag_add(&lag_det, f->lag_detected_days);

        /* Organisations that published about it, months and weeks it had a
         * release in: all within the period, so that no row counts more
         * incidents than releases. */
        const char *seen[32];
        size_t n_seen = 0;
        const char *months[32];
        size_t n_months = 0;
        const char *contractors[8];
        size_t n_contractors = 0;
        const kj_listed_entry *listed[32];
        size_t n_listed = 0;
        const char *watched[32];
        size_t n_watched = 0;
        for (size_t i = 0; i < inc->n_members; i++) {
            const kj_release *rel = inc->members[i].release;
            if (kj_date_cmp(rel->published, p.to) > 0)
                break; /* members are oldest first: what is known at the period's end */
            listed_of_release(c, inc->members[i].index, listed, &n_listed, 32);
            bump_watch(c, rel->watch_hits, rel->n_watch_hits, watched, &n_watched, 32);
        }
        v.listed = n_listed ? listed[0] : NULL;
        v.watch = n_watched > 0;
        totals->listed.incidents += n_listed > 0;
        totals->watch.incidents += n_watched > 0;
        bump_listed(c, listed, n_listed);
        for (size_t i = 0; i < inc->n_members; i++) {
            const kj_release *rel = inc->members[i].release;
            /* a file repeating an earlier one's notice names no one else
             * who published (the release rows leave it out too) */
            if (!kj_period_contains(p, rel->published) ||
                (set->repeats && set->repeats[inc->members[i].index]))
                continue;
            bump_organizations(c, inc->members[i].index, seen, &n_seen, 32);
            const char *ck = rel->cues.contractor;
            bool named = false;
            for (size_t m = 0; ck && m < n_contractors && !named; m++)
                named = strcmp(contractors[m], ck) == 0;
            if (ck && !named && n_contractors < 8) {
                contractors[n_contractors++] = ck;
                bump(c, KJ_BY_CONTRACTOR, ck, ck);
            }
            char key[16];
            month_key(rel->published, key);
            bool dup = false;
            for (size_t m = 0; m < n_months && !dup; m++)
                dup = strcmp(months[m], key) == 0;
            if (!dup && n_months < 32) {
                months[n_months++] = kj_arena_strdup(c->arena, key);
                bump(c, KJ_BY_MONTH, key, key);
            }
            if (rel->published.day) {
                kj_iso_week(rel->published, key);
                dup = false;
                for (size_t m = 0; m < n_months && !dup; m++)
                    dup = strcmp(months[m], key) == 0;
                if (!dup && n_months < 32) {
                    months[n_months++] = kj_arena_strdup(c->arena, key);
                    bump(c, KJ_BY_WEEK, key, key);
                }
            }
        }
        bump_facts(c, org_types_by(set, inc, p.to), f->attack_types, f->data_types,
                   f->victim_categories, f->reported_to, f->leak_status, f->third_party,
                   f->figure_scope == KJ_SCOPE_ORIGIN_TOTAL ? KJ_COUNT_NONE : f->affected_persons);
        if (list)
            list[at++] = v;
    }
    wave_totals_finish(&waves_inc, &totals->affected[KJ_UNIT_INCIDENT], NULL, views ? c : NULL,
                       set);
    totals->continuing_incidents = totals->count.incidents - totals->new_incidents;
    totals->lag_occurred[KJ_UNIT_INCIDENT] = lag_stats(&lag_occ);
    totals->lag_detected[KJ_UNIT_INCIDENT] = lag_stats(&lag_det);
    if (views) {
        *views = list;
        *n_views = at;
    }
    free(ransomware_wave);
    free(active);
}

/* ------------------------------------------------------------- trend */

const kj_attack_type kj_attack_priority[KJ_ATTACK__COUNT] = {
    KJ_ATTACK_RANSOMWARE,
    KJ_ATTACK_MALWARE,
    KJ_ATTACK_WEB_TAMPERING,
    KJ_ATTACK_PHISHING,
    KJ_ATTACK_ACCOUNT_TAKEOVER,
    KJ_ATTACK_VULNERABILITY,
    KJ_ATTACK_UNAUTHORIZED_ACCESS,
    KJ_ATTACK_DDOS,
    KJ_ATTACK_INSIDER,
    KJ_ATTACK_SPAM_RELAY,
    KJ_ATTACK_MISDELIVERY,
    KJ_ATTACK_LOSS_THEFT,
    KJ_ATTACK_MISCONFIGURATION,
    KJ_ATTACK_SYSTEM_FAILURE,
};

int kj_main_attack(kj_set attacks)
{
    for (int i = 0; i < KJ_ATTACK__COUNT; i++)
        if (KJ_SET_HAS(attacks, kj_attack_priority[i]))
            return (int)kj_attack_priority[i];
    return -1;
}

void kj_count_months(const kj_incident_set *set, int first, size_t months, kj_trend_month *out)
{
    int last = first + (int)months - 1;
    kj_trend_month *trend = out;
    kj_period span = kj_incident_set_span(set);
    memset(out, 0, months * sizeof *out);
    for (size_t m = 0; m < months; m++) {
        int k = first + (int)m;
        kj_trend_month *t = &out[m];
        t->year = (int16_t)(k / 12);
        t->month = (int8_t)(k % 12 + 1);
        kj_date from = {t->year, t->month, 1};
        kj_date to = kj_date_from_days(
            kj_date_to_days((kj_date){(int16_t)((k + 1) / 12), (int8_t)((k + 1) % 12 + 1), 1}) - 1);
        if (!kj_date_is_set(span.from) || kj_date_cmp(to, span.from) < 0 ||
            kj_date_cmp(from, span.to) > 0)
            continue; /* outside what the releases read cover */
        t->covered_from = kj_date_cmp(from, span.from) < 0 ? span.from : from;
        t->covered_to = kj_date_cmp(to, span.to) > 0 ? span.to : to;
    }
    for (size_t i = 0; i < set->n_releases; i++) {
        const kj_release *rel = set->releases[i];
        if (!kj_date_is_set(rel->published) || (set->repeats && set->repeats[i]))
            continue;
        int k = rel->published.year * 12 + (rel->published.month - 1);
        if (k < first || k > last)
            continue;
        kj_trend_month *t = &trend[k - first];
        t->count.releases++;
        if (!rel->attack_types)
            t->attack_not_stated.releases++;
        for (int a = 0; a < KJ_ATTACK__COUNT; a++)
            t->by_attack[a].releases += KJ_SET_HAS(rel->attack_types, a);
    }
    /* An incident counts in each month it has a release in, with its facts
     * as known at that month's end (its people: what the month adds). */
    int64_t *by_wave = kj_xcalloc(months * (set->n_waves ? set->n_waves : 1), sizeof *by_wave);
    bool *ransomware_wave =
        kj_xcalloc(months * (set->n_waves ? set->n_waves : 1), sizeof *ransomware_wave);
    for (size_t k = 0; k < set->n; k++) {
        const kj_incident *inc = &set->items[k];
        int prev_month = -1;
        for (size_t i = 0; i < inc->n_members; i++) {
            kj_date d = inc->members[i].release->published;
            int mk = d.year * 12 + (d.month - 1);
            if (!kj_date_is_set(d) || mk < first || mk > last || mk == prev_month)
                continue;
            prev_month = mk; /* members are in date order */
            kj_trend_month *t = &trend[mk - first];
            kj_date end =
                kj_date_from_days(kj_date_to_days((kj_date){(int16_t)((mk + 1) / 12),
                                                            (int8_t)((mk + 1) % 12 + 1), 1}) -
                                  1);
            kj_incident_facts facts;
            kj_incident_facts_as_of(inc, end, &facts);
            t->count.incidents++;
            t->new_incidents += i == 0;
            if (inc->wave >= 0)
                by_wave[(size_t)(mk - first) * set->n_waves + (size_t)inc->wave]++;
            /* people only (records and accounts are other units), never a
             * wave's origin total quoted by a client nor a client's part of
             * it, and what the month adds (as count_period counts them) */
            kj_period month = {{(int16_t)(mk / 12), (int8_t)(mk % 12 + 1), 1}, end};
            period_add add = added_in_period(inc, month, &facts, i == 0, NULL);
            if (add.persons != KJ_COUNT_NONE &&
                (facts.affected_unit == KJ_AFFECTED_PERSONS ||
                 facts.affected_unit == KJ_AFFECTED_NONE) &&
                facts.figure_scope != KJ_SCOPE_ORIGIN_TOTAL &&
                !(inc->knock_on && part_of_wave_total(set, inc->wave, month, facts.affected_unit,
                                                      facts.affected_persons)))
                t->affected_persons += add.persons;
            if (!facts.attack_types)
                t->attack_not_stated.incidents++;
            for (int a = 0; a < KJ_ATTACK__COUNT; a++)
                t->by_attack[a].incidents += KJ_SET_HAS(facts.attack_types, a);
            t->ransomware_attacks += counts_as_attack(
                set, inc, &facts, &ransomware_wave[(size_t)(mk - first) * set->n_waves]);
            int main_attack = kj_main_attack(facts.attack_types);
            if (main_attack < 0)
                t->incidents_main_attack_not_stated++;
            else
                t->incidents_by_main_attack[main_attack]++;
        }
    }
    for (size_t m = 0; m < months; m++)
        for (size_t w = 0; w < set->n_waves; w++) {
            int64_t n = by_wave[m * set->n_waves + w];
            if (n > out[m].top_wave_incidents) {
                out[m].top_wave_incidents = n;
                out[m].top_wave = &set->waves[w];
            }
        }
    free(ransomware_wave);
    free(by_wave);
}

static void count_trend(const kj_incident_set *set, kj_figures *f, size_t months)
{
    int last = f->period.to.year * 12 + (f->period.to.month - 1);
    f->n_trend = months;
    f->trend = kj_arena_alloc(f->arena, months * sizeof *f->trend);
    kj_count_months(set, last - (int)months + 1, months, f->trend);
}

/* ----------------------------------------------------------- ordering */

static int persons_order(const void *a, const void *b)
{
    const kj_persons_item *x = a, *y = b;
    if (x->persons != y->persons)
        return x->persons > y->persons ? -1 : 1;
    /* ties: waves before incidents, then by id */
    const char *ix = x->view ? x->view->incident->id : x->wave->id;
    const char *iy = y->view ? y->view->incident->id : y->wave->id;
    return strcmp(ix, iy);
}

static int org_row_order(const void *a, const void *b)
{
    const kj_row *x = a, *y = b;
    if (x->count.releases != y->count.releases)
        return x->count.releases > y->count.releases ? -1 : 1;
    if (x->count.incidents != y->count.incidents)
        return x->count.incidents > y->count.incidents ? -1 : 1;
    return strcmp(x->key, y->key);
}

static int largest_order(const void *a, const void *b)
{
    const kj_incident_view *x = *(const kj_incident_view *const *)a;
    const kj_incident_view *y = *(const kj_incident_view *const *)b;
    if (x->facts.affected_persons != y->facts.affected_persons)
        return x->facts.affected_persons > y->facts.affected_persons ? -1 : 1;
    int c = kj_date_cmp(x->facts.first_published, y->facts.first_published);
    if (c)
        return c;
    return strcmp(x->incident->id, y->incident->id);
}

typedef struct ranked_release {
    const kj_release *rel;
    size_t index;
} ranked_release;

static int release_order(const void *a, const void *b)
{
    const kj_release *x = ((const ranked_release *)a)->rel, *y = ((const ranked_release *)b)->rel;
    int c = kj_date_cmp(x->published, y->published);
    return c ? c : kj_same_day_order(x, y);
}

/* Fixed rows in vocabulary order, labelled for reports. */
static void preset_rows(counter *c)
{
    kj_arena *a = c->arena;
    for (int t = 0; t < KJ_ORG__COUNT; t++)
        row_get(&c->maps[KJ_BY_ORG_TYPE], a, kj_org_type_name((kj_org_type)t),
                kj_org_type_label((kj_org_type)t), true);
    static const struct {
        kj_by by;
        kj_vocab vocab;
        const char *none, *none_label;
    } sets[] = {{KJ_BY_ATTACK, KJ_VOCAB_ATTACK, "not_stated", "記載なし"},
                {KJ_BY_DATA, KJ_VOCAB_DATA, "not_stated", "記載なし"},
                {KJ_BY_VICTIM, KJ_VOCAB_VICTIM, "not_stated", "記載なし"},
                {KJ_BY_AUTHORITY, KJ_VOCAB_AUTHORITY, "none", "記載なし"},
                {KJ_BY_LEAK, KJ_VOCAB_LEAK, NULL, NULL}};
    for (size_t s = 0; s < sizeof sets / sizeof sets[0]; s++) {
        for (int v = 0; v < kj_vocab_size(sets[s].vocab); v++)
            row_get(&c->maps[sets[s].by], a, kj_vocab_name(sets[s].vocab, v),
                    kj_vocab_label(sets[s].vocab, v), true);
        if (sets[s].none)
            row_get(&c->maps[sets[s].by], a, sets[s].none, sets[s].none_label, true);
    }
    row_get(&c->maps[KJ_BY_THIRD_PARTY], a, "third_party", "委託先・外部サービス", true);
    row_get(&c->maps[KJ_BY_THIRD_PARTY], a, "own", "自組織", true);
    for (int b = 0; b < KJ_SIZE__COUNT; b++)
        row_get(&c->maps[KJ_BY_SIZE], a, kj_size_band_name((kj_size_band)b),
                kj_size_band_label((kj_size_band)b), true);
}

/* Every month and ISO week of the period, even those without releases. */
static void preset_calendar(counter *c, kj_period p)
{
    int32_t from = kj_date_to_days(p.from), to = kj_date_to_days(p.to);
    char key[16];
    for (int32_t d = from; d <= to; d++) {
        kj_date day = kj_date_from_days(d);
        if (d == from || day.day == 1) {
            month_key(day, key);
            row_get(&c->maps[KJ_BY_MONTH], c->arena, key, key, true);
        }
        kj_iso_week(day, key);
        row_get(&c->maps[KJ_BY_WEEK], c->arena, key, key, true);
    }
}

kj_figures *kj_figures_compute(const kj_incident_set *set, kj_period period,
                               const kj_figures_options *options)
{
    kj_arena *arena = kj_arena_new();
    kj_figures *f = kj_arena_alloc(arena, sizeof *f);
    f->arena = arena;
    f->period = period;
    f->previous_period = kj_period_previous(period);
    size_t largest = options && options->largest ? options->largest : 10;
    size_t months = options && options->trend_months ? options->trend_months : 12;
    if (months > 120)
        months = 120;

    counter c = {.set = set, .arena = arena};
    const kj_listed *listed = options ? options->listed : NULL;
    if (listed) {
        c.listed_of = kj_xcalloc(set->n_releases ? set->n_releases : 1, sizeof *c.listed_of);
        for (size_t i = 0; i < set->n_releases; i++) {
            const kj_overview *ov = &set->releases[i]->overview;
            c.listed_of[i] =
                kj_xcalloc(ov->n_organizations ? ov->n_organizations : 1, sizeof *c.listed_of[i]);
            for (size_t o = 0; o < ov->n_organizations; o++)
                c.listed_of[i][o] = kj_listed_match(listed, ov->organizations[o]);
        }
    }
    preset_rows(&c);
    preset_calendar(&c, period);
    count_period(&c, period, &f->totals, &f->incidents, &f->n_incidents);
    kj_sort(c.persons, c.n_persons, sizeof *c.persons, persons_order);
    f->n_persons_items = c.n_persons;
    for (size_t i = 0; i < c.n_persons && i < 5; i++)
        f->top_persons[f->n_top_persons++] = c.persons[i];
    free(c.persons);
    c.previous = true;
    count_period(&c, f->previous_period, &f->previous, NULL, NULL);

    for (int b = 0; b < KJ_BY__COUNT; b++) {
        row_map *m = &c.maps[b];
        f->by[b].by = (kj_by)b;
        f->by[b].n_rows = m->n;
        f->by[b].rows = kj_arena_alloc(arena, (m->n ? m->n : 1) * sizeof(kj_row));
        if (m->n)
            memcpy(f->by[b].rows, m->rows, m->n * sizeof(kj_row));
        free(m->rows);
        free(m->slots);
    }
    kj_breakdown *orgs = &f->by[KJ_BY_ORGANIZATION];
    kj_sort(orgs->rows, orgs->n_rows, sizeof *orgs->rows, org_row_order);
    kj_breakdown *contractors = &f->by[KJ_BY_CONTRACTOR];
    kj_sort(contractors->rows, contractors->n_rows, sizeof *contractors->rows, org_row_order);
    kj_breakdown *waves = &f->by[KJ_BY_WAVE];
    kj_sort(waves->rows, waves->n_rows, sizeof *waves->rows, org_row_order);
    for (int b = KJ_BY_MARKET; b <= KJ_BY_WATCH; b++)
        kj_sort(f->by[b].rows, f->by[b].n_rows, sizeof *f->by[b].rows, org_row_order);
    f->repeat_disclosers =
        kj_arena_alloc(arena, (orgs->n_rows ? orgs->n_rows : 1) * sizeof(kj_row *));
    for (size_t r = 0; r < orgs->n_rows; r++)
        if (orgs->rows[r].count.releases >= 2)
            f->repeat_disclosers[f->n_repeat_disclosers++] = &orgs->rows[r];

    /* Releases of the period in date order, with their input positions. */
    size_t n_period = (size_t)f->totals.count.releases;
    ranked_release *ranked = kj_arena_alloc(arena, (n_period + 1) * sizeof *ranked);
    for (size_t i = 0; i < set->n_releases; i++)
        if (kj_period_contains(period, set->releases[i]->published) &&
            !(set->repeats && set->repeats[i]))
            ranked[f->n_releases++] = (ranked_release){set->releases[i], i};
    kj_sort(ranked, f->n_releases, sizeof *ranked, release_order);
    f->releases = kj_arena_alloc(arena, (n_period + 1) * sizeof *f->releases);
    f->release_indexes = kj_arena_alloc(arena, (n_period + 1) * sizeof *f->release_indexes);
    for (size_t i = 0; i < f->n_releases; i++) {
        f->releases[i] = ranked[i].rel;
        f->release_indexes[i] = ranked[i].index;
    }

    f->largest = kj_arena_alloc(arena, (f->n_incidents ? f->n_incidents : 1) * sizeof *f->largest);
    size_t n_stated = 0;
    for (size_t i = 0; i < f->n_incidents; i++)
        /* an origin's total quoted by a client is the wave's, not this
         * incident's: the wave is listed as such */
        if (f->incidents[i].facts.affected_persons != KJ_COUNT_NONE &&
            f->incidents[i].facts.figure_scope != KJ_SCOPE_ORIGIN_TOTAL)
            f->largest[n_stated++] = &f->incidents[i];
    kj_sort(f->largest, n_stated, sizeof *f->largest, largest_order);
    f->n_largest = n_stated < largest ? n_stated : largest;

    for (size_t i = 0; i < f->n_incidents; i++) {
        f->incidents_by_lag_detected[kj_lag_band_of(f->incidents[i].facts.lag_detected_days)]++;
        f->incidents_by_lag_occurred[kj_lag_band_of(f->incidents[i].facts.lag_occurred_days)]++;
    }
    count_trend(set, f, months);
    f->release_listed = kj_arena_alloc(arena, (f->n_releases + 1) * sizeof *f->release_listed);
    for (size_t i = 0; i < f->n_releases; i++) {
        const kj_listed_entry *first[1] = {NULL}; /* -O3 does not see that n guards it */
        size_t n = 0;
        listed_of_release(&c, f->release_indexes[i], first, &n, 1);
        f->release_listed[i] = n ? first[0] : NULL;
    }
    if (c.listed_of) {
        for (size_t i = 0; i < set->n_releases; i++)
            free(c.listed_of[i]);
        free(c.listed_of);
    }
    kj_figures_context(set, f);
    return f;
}

void kj_figures_free(kj_figures *figures)
{
    if (figures)
        kj_arena_free(figures->arena);
}

const kj_breakdown *kj_figures_breakdown(const kj_figures *f, kj_by by)
{
    return (unsigned)by < KJ_BY__COUNT ? &f->by[by] : NULL;
}

const kj_row *kj_breakdown_row(const kj_breakdown *bd, const char *key)
{
    for (size_t r = 0; bd && key && r < bd->n_rows; r++)
        if (strcmp(bd->rows[r].key, key) == 0)
            return &bd->rows[r];
    return NULL;
}
