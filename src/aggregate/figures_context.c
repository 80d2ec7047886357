/*
 * figures_context.c — what is counted around a period once its figures
 * are: the span the archive covers, the months before it (so that a month
 * can be compared with its usual level, not only with the month before),
 * the waves as the period sees them (one story told by many notices), and
 * its releases grouped for a list.
 *
 * Page builders read these and never count: a briefing's summary says
 * "twice the average of the last twelve months" from kj_figures.baseline,
 * and lists the wave once, with its origin's total, from kj_figures.waves.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "aggregate_internal.h"

/* ----------------------------------------------------------- the months */

static kj_date month_end(int year, int month)
{
    int k = year * 12 + month; /* the month after, 0-based */
    kj_date next = {(int16_t)(k / 12), (int8_t)(k % 12 + 1), 1};
    return kj_date_from_days(kj_date_to_days(next) - 1);
}

static bool whole_month(kj_period p)
{
    return kj_date_is_valid(p.from) && p.from.day == 1 && p.to.year == p.from.year &&
           p.to.month == p.from.month && kj_date_cmp(p.to, month_end(p.to.year, p.to.month)) == 0;
}

/* True when the archive covers every day of the month. */
static bool covered_in_full(const kj_trend_month *t)
{
    return kj_date_is_set(t->covered_from) && t->covered_from.day == 1 &&
           kj_date_cmp(t->covered_to, month_end(t->year, t->month)) == 0;
}

static kj_baseline average(const kj_trend_month *months, size_t n)
{
    kj_baseline b = {0};
    for (size_t i = 0; i < n; i++) {
        if (!covered_in_full(&months[i]))
            continue;
        b.months++;
        b.releases += (double)months[i].count.releases;
        b.incidents += (double)months[i].count.incidents;
        b.ransomware += (double)months[i].ransomware_attacks;
    }
    if (b.months) {
        b.releases /= b.months;
        b.incidents /= b.months;
        b.ransomware /= b.months;
    }
    return b;
}

static void history(const kj_incident_set *set, kj_figures *f)
{
    if (!whole_month(f->period))
        return;
    enum { MONTHS = 13 };
    int month = f->period.from.year * 12 + (f->period.from.month - 1);
    f->history = kj_arena_alloc(f->arena, MONTHS * sizeof *f->history);
    f->n_history = MONTHS;
    kj_count_months(set, month - MONTHS, MONTHS, f->history);
    f->baseline[0] = average(f->history + MONTHS - 3, 3);
    f->baseline[1] = average(f->history + 1, 12);
    /* history[0] is 13 months back; the same month a year earlier, 12 */
    f->year_ago = covered_in_full(&f->history[1]) ? &f->history[1] : NULL;
}

/* ------------------------------------------------------------ the waves */

static int gravity(kj_leak_status s)
{
    return s == KJ_LEAK_CONFIRMED ? 3 : s == KJ_LEAK_POSSIBLE ? 2 : s == KJ_LEAK_NONE ? 1 : 0;
}

static int wave_view_order(const void *a, const void *b)
{
    const kj_wave_view *x = a, *y = b;
    if (x->count.releases != y->count.releases)
        return x->count.releases > y->count.releases ? -1 : 1;
    return strcmp(x->wave->id, y->wave->id);
}

/* A client's count that the origin's later figure revises, held apart. */
typedef struct revised {
    int64_t count, before; /* summed; the part an earlier period counted */
    kj_affected_unit unit;
    unsigned qualifiers;
    kj_date published; /* the newest of those counts */
} revised;

static void wave_views(const kj_incident_set *set, kj_figures *f)
{
    if (!set->n_waves)
        return;
    long *view_of = kj_xmalloc(set->n_waves * sizeof *view_of);
    for (size_t w = 0; w < set->n_waves; w++)
        view_of[w] = -1;
    kj_wave_view *views = kj_arena_alloc(f->arena, set->n_waves * sizeof *views);
    size_t n = 0;
    /* organisations that published in the period, per wave: keys seen */
    const char **keys = kj_xmalloc((f->n_releases + 1) * sizeof *keys);
    long *key_wave = kj_xmalloc((f->n_releases + 1) * sizeof *key_wave);
    size_t n_keys = 0;

    for (size_t r = 0; r < f->n_releases; r++) {
        size_t i = f->release_indexes[r];
        int32_t w = set->wave_of ? set->wave_of[i] : -1;
        if (w < 0)
            continue;
        if (view_of[w] < 0) {
            view_of[w] = (long)n;
            views[n] = (kj_wave_view){.wave = &set->waves[w],
                                      .index = (size_t)w,
                                      .leak_status = KJ_LEAK_UNKNOWN,
                                      .origin_total = KJ_COUNT_NONE,
                                      .origin_total_confirmed = KJ_COUNT_NONE,
                                      .earlier_count = KJ_COUNT_NONE};
            n++;
        }
        kj_wave_view *v = &views[view_of[w]];
        v->count.releases++;
        v->listed.releases += f->release_listed && f->release_listed[r] != NULL;
        v->watch.releases += f->releases[r]->n_watch_hits > 0;
        if (set->waves[w].origin_incident == (long)set->incident_of[i])
            v->origin_published = true;
        const kj_release *rel = f->releases[r];
        v->figure_stated |= rel->affected_persons != KJ_COUNT_NONE;
        for (size_t o = 0; o < rel->overview.n_organizations; o++) {
            const char *key = set->org_keys_of[i][o];
            if (!key || !*key)
                key = rel->overview.organizations[o];
            bool seen = false;
            for (size_t k = 0; k < n_keys && !seen; k++)
                seen = key_wave[k] == w && strcmp(keys[k], key) == 0;
            if (!seen && n_keys < f->n_releases) {
                keys[n_keys] = key;
                key_wave[n_keys++] = w;
                v->organizations++;
            }
        }
    }
    free(keys);
    free(key_wave);
    bool *own_seen = kj_xcalloc(n + 1, sizeof *own_seen); /* per view: the origin's own figure */
    /* per view: the clients' counts the origin's figure revises, held out of
     * the sum of own figures (put back when the origin's figure is not the
     * wave's after all) */
    revised *held = kj_xcalloc(n + 1, sizeof *held);

    for (size_t k = 0; k < f->n_incidents; k++) {
        const kj_incident_view *iv = &f->incidents[k];
        const kj_incident *inc = iv->incident;
        /* its wave, or the wave whose origin it is (the origin's own notice
         * need not be one of the wave's) */
        long w = inc->wave;
        for (size_t x = 0; x < set->n_waves && w < 0; x++)
            if (set->waves[x].origin_incident == (long)(inc - set->items))
                w = (long)x;
        if (w < 0 || view_of[w] < 0)
            continue;
        kj_wave_view *v = &views[view_of[w]];
        const kj_incident_facts *fa = &iv->facts;
        v->count.incidents++;
        v->attack_types |= fa->attack_types;
        v->data_types |= fa->data_types;
        if (gravity(fa->leak_status) > gravity(v->leak_status))
            v->leak_status = fa->leak_status;
        v->listed.incidents += iv->listed != NULL;
        v->watch.incidents += iv->watch;
        if (fa->affected_persons == KJ_COUNT_NONE)
            continue;
        kj_affected_unit unit =
            fa->affected_unit == KJ_AFFECTED_NONE ? KJ_AFFECTED_PERSONS : fa->affected_unit;
        /* the origin's total, as the wave itself counts it */
        size_t source = kj_incident_figure_source(inc, f->period.to, fa->affected_persons);
        bool own = v->wave->origin_incident == (long)(inc - set->items) &&
                   !kj_wave_figure_below_a_client(set, v->wave, fa->affected_persons, source);
        bool origin = own || fa->figure_scope == KJ_SCOPE_ORIGIN_TOTAL;
        /* a client's count of the data the origin holds, which the origin's
         * later figure revises (the platform's 136,346 of January before the
         * vendor's final 110,359): the same people, not added to them */
        size_t revision = !origin && source != SIZE_MAX
                              ? kj_wave_revision_of(set, source, f->period.to)
                              : SIZE_MAX;
        if (revision != SIZE_MAX) {
            revised *h = &held[view_of[w]];
            h->unit = unit;
            h->count += fa->affected_persons;
            h->before += iv->figure_before ? fa->affected_persons : 0;
            h->qualifiers |= fa->affected_qualifiers;
            if (kj_date_cmp(set->releases[source]->published, h->published) > 0)
                h->published = set->releases[source]->published;
            continue;
        }
        if (origin) {
            bool *seen = &own_seen[view_of[w]];
            if (kj_origin_figure_wins(v->origin_total, *seen, fa->affected_persons, own)) {
                v->origin_total = fa->affected_persons;
                v->origin_total_unit = unit;
                v->origin_total_qualifiers = fa->affected_qualifiers;
                v->origin_total_own = own;
                v->origin_total_confirmed = own ? fa->affected_persons_confirmed : KJ_COUNT_NONE;
                v->origin_final = own && fa->report.final;
                *seen |= own;
            }
        } else {
            v->own[unit] += fa->affected_persons;
            /* a member's figure of an earlier month that the month's
             * notices restate (or leave unnumbered): part of the sum, but
             * no news of the month */
            if (iv->figure_before)
                v->own_before[unit] += fa->affected_persons;
            /* a sum with an upper bound or a count with duplicates in it
             * is one too */
            v->own_qualifiers[unit] |= fa->affected_qualifiers;
        }
    }
    /* a later month of a wave: the origin published its total earlier, and
     * its clients' own figures summed are no measure of the breach */
    for (size_t v = 0; v < n; v++) {
        kj_incident_facts origin;
        const kj_incident *origin_inc = views[v].wave->origin_incident >= 0
                                            ? &set->items[views[v].wave->origin_incident]
                                            : NULL;
        if (views[v].origin_total != KJ_COUNT_NONE || !origin_inc ||
            !kj_incident_facts_as_of(origin_inc, f->period.to, &origin) ||
            origin.affected_persons == KJ_COUNT_NONE ||
            kj_wave_figure_below_a_client(
                set, views[v].wave, origin.affected_persons,
                kj_incident_figure_source(origin_inc, f->period.to, origin.affected_persons)))
            continue;
        views[v].origin_total = origin.affected_persons;
        views[v].origin_total_unit =
            origin.affected_unit == KJ_AFFECTED_NONE ? KJ_AFFECTED_PERSONS : origin.affected_unit;
        views[v].origin_total_qualifiers = origin.affected_qualifiers;
        views[v].origin_total_before = true;
        views[v].origin_total_own = true;
        views[v].origin_total_confirmed = origin.affected_persons_confirmed;
        views[v].origin_final = origin.report.final;
    }
    for (size_t v = 0; v < n; v++) {
        const revised *h = &held[v];
        if (!h->count)
            continue;
        if (views[v].origin_total_own && views[v].origin_total_unit == h->unit) {
            views[v].earlier_count = h->count;
            views[v].earlier_published = h->published;
        } else {
            /* no origin's figure of the same data to stand for it: the
             * client's count is the members' own again */
            views[v].own[h->unit] += h->count;
            views[v].own_before[h->unit] += h->before;
            views[v].own_qualifiers[h->unit] |= h->qualifiers;
        }
    }
    free(held);
    free(own_seen);
    free(view_of);
    kj_sort(views, n, sizeof *views, wave_view_order);
    f->waves = views;
    f->n_waves = n;
}

/* ----------------------------------------------------------- the groups */

/* The type a release is listed under: its first organisation's. */
static int release_type(const kj_incident_set *set, size_t index)
{
    kj_set types = set->org_types_of ? set->org_types_of[index] : 0;
    for (int t = 0; t < KJ_ORG__COUNT; t++)
        if (KJ_SET_HAS(types, t))
            return t;
    return KJ_ORG_OTHER;
}

static void groups(const kj_incident_set *set, kj_figures *f)
{
    size_t max = f->n_waves + KJ_ORG__COUNT;
    f->groups = kj_arena_alloc(f->arena, max * sizeof *f->groups);
    for (size_t g = 0; g < f->n_waves + KJ_ORG__COUNT; g++) {
        const kj_wave_view *wave = g < f->n_waves ? &f->waves[g] : NULL;
        int type = wave ? -1 : (int)(g - f->n_waves);
        size_t *items = kj_arena_alloc(f->arena, (f->n_releases + 1) * sizeof *items);
        size_t n = 0;
        for (size_t r = 0; r < f->n_releases; r++) {
            size_t i = f->release_indexes[r];
            int32_t w = set->wave_of ? set->wave_of[i] : -1;
            if (wave ? w == (int32_t)wave->index : w < 0 && release_type(set, i) == type)
                items[n++] = r;
        }
        if (n)
            f->groups[f->n_groups++] = (kj_release_group){wave, type, items, n};
    }
}

void kj_figures_context(const kj_incident_set *set, kj_figures *f)
{
    f->coverage = kj_incident_set_span(set);
    history(set, f);
    wave_views(set, f);
    groups(set, f);
}
