/* aggregate_internal.h — shared between the aggregate stage's files; not public. */
#ifndef KAIJI_AGGREGATE_INTERNAL_H
#define KAIJI_AGGREGATE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/aggregate.h"
#include "kaiji/orgs.h"
#include "kaiji/phrases.h"
#include "kaiji/text.h"

/** qsort that accepts an empty array (qsort's pointer must not be NULL,
 *  even for zero elements). */
static inline void kj_sort(void *base, size_t n, size_t size,
                           int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(base, n, size, cmp);
}

/**
 * Order of two releases published the same day: one whose overview links
 * the other (`第1報：…/24_X .md`) comes after it; else their paths' byte
 * order, but a path whose name only adds to the other's (`X(2).md` beside
 * `X.md`, the archive's second file of a day) after it — `(` sorts before
 * `.` in bytes (group.c).
 */
int kj_same_day_order(const kj_release *x, const kj_release *y);

/** Finds the waves of a grouped set (waves.c): fills set->waves, wave_of,
 *  knock_on and scope_of, in the set's arena. */
void kj_waves_find(kj_incident_set *set);

/**
 * Another organisation's member of the wave of input release `i` stating
 * the same figure, when `i` is a knock-on notice — its figure is then the
 * origin's total quoted — or SIZE_MAX: the origin's own release, else any
 * other organisation for a figure of 1,000 or more, else the first of two
 * others (two clients can share a small figure by chance).  Needs the
 * set's waves, wave_of and knock_on.
 */
size_t kj_wave_same_figure(const kj_incident_set *set, size_t i);

/**
 * Whether `figure`, the origin's own, is below a client's own part of the
 * breach (a client's own figure, not one quoted alike by others): then it
 * counts only the origin's own people (its staff, its contacts), not the
 * data its clients entrusted to it, and is no total across its clients.
 * A client's count that `by` — input index of the origin's release stating
 * `figure`, or SIZE_MAX when unknown — revises (kj_wave_revision_of) is no
 * such part.  Needs the wave's knock-on marks.
 */
bool kj_wave_figure_below_a_client(const kj_incident_set *set, const kj_wave *wave, int64_t figure,
                                   size_t by);

/**
 * The input index of the origin's own release, published by `as_of` (any
 * day when unset), whose figure revises the count of knock-on release `j`,
 * or SIZE_MAX: `j` counts the data the origin holds (of_origin_data) in the
 * same unit, and the origin published its figure later — in its final
 * report, or where `j` gives its count as one so far (KJ_FIGURE_PROVISIONAL).
 * The origin's count is then the breach's, `j`'s an early count of it.
 */
size_t kj_wave_revision_of(const kj_incident_set *set, size_t j, kj_date as_of);

/** The input index of the newest release of `inc` published by `as_of` (any
 *  day when unset) that states `figure`, or SIZE_MAX. */
size_t kj_incident_figure_source(const kj_incident *inc, kj_date as_of, int64_t figure);

/**
 * Whether `value` replaces `total` as a wave's origin figure (`total` is
 * KJ_COUNT_NONE when none is held yet; `have_own` says it came from the
 * origin's own release, `own` that `value` does).  The origin's own figure
 * wins over the figures its clients quote — a client's rounded 約1,750万件
 * never replaces the origin's stated 1,748万件 — and among figures of the
 * same kind the largest does.  One rule for the wave (waves.c) and for a
 * period's view of it (figures_context.c), so that the two never disagree.
 */
static inline bool kj_origin_figure_wins(int64_t total, bool have_own, int64_t value, bool own)
{
    return total == KJ_COUNT_NONE || (own && !have_own) || (own == have_own && value > total);
}

/** Runs the fact checks of every release of a grouped set (checks.c):
 *  fills set->checks_of and each member's checks, after the waves. */
void kj_checks_find(kj_incident_set *set);

/* ----------------------------------------------------------------- titles */

/** A title as a sorted set of character bigrams, for Dice similarity. */
typedef struct kj_bigrams {
    uint64_t *items;
    uint32_t n;
} kj_bigrams;

/** Bigrams of a normalised title (kj_normalize) after removing report
 *  markers, dates and boilerplate (お知らせ, について …), in `arena`. */
kj_bigrams kj_title_bigrams(kj_arena *arena, const char *norm_title);

/** Bigrams the two sets share. */
size_t kj_bigrams_common(kj_bigrams a, kj_bigrams b);

/** Dice coefficient of two bigram sets (0 when either is empty). */
double kj_bigrams_dice(kj_bigrams a, kj_bigrams b);

/** What a title, report number and 公表種別 say about the release's place in
 *  its chain. */
typedef enum kj_chain_role {
    KJ_ROLE_UNKNOWN,
    KJ_ROLE_FIRST,     /* 第1報, 初報 */
    KJ_ROLE_FOLLOW_UP, /* 第N報 (N ≥ 2), 続報, 最終報, 確報; a body that refers back to
                          an earlier notice */
    KJ_ROLE_RESULTS    /* an investigation's results (report.final) that do not say
                          they follow a notice */
} kj_chain_role;

/** What `rel` says about its place in a chain: its report facts, 公表種別
 *  and `norm_title` (its title normalised, may be NULL), else what its body
 *  says (rel->cues).  `scratch` holds temporary text. */
kj_chain_role kj_release_role(kj_arena *scratch, const kj_release *rel, const char *norm_title);

/* ----------------------------------------------------------------- dates */

/** Sorted, distinct day-precision dates as day numbers. */
bool kj_days_contains(const int32_t *days, size_t n, int32_t day);

/** True when the two sorted day arrays share a value not in `except` (2). */
bool kj_days_share(const int32_t *a, size_t na, const int32_t *b, size_t nb,
                   const int32_t except[2]);

/* --------------------------------------------------------------- figures */

/** Counts `months` months from month number `first` (year * 12 + month - 1)
 *  into `out` as the trend counts them, with the days the set covers. */
void kj_count_months(const kj_incident_set *set, int first, size_t months, kj_trend_month *out);

/** What is counted around a period once its figures are (figures_context.c):
 *  coverage, the months before, the waves as it sees them, its releases
 *  grouped. */
void kj_figures_context(const kj_incident_set *set, kj_figures *f);

/* ------------------------------------------------------------- incidents */

/** Builds `inc`'s timeline in `arena` (members must be set). */
void kj_incident_build_timeline(kj_arena *arena, kj_incident *inc);

#endif
