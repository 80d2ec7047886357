/*
 * checks.h — facts that contradict each other or look implausible.
 *
 * Extraction is read from text written for people, and the hardest texts
 * (tables of categories, totals with breakdowns, a contractor's figure
 * quoted by its clients) are the ones whose figures a briefing prints
 * first.  The checks here compare a release's facts with each other, with
 * its organisation and with its wave, and say which look wrong:
 *
 *   - a confirmed part larger than the figure it is part of;
 *   - a date out of order: occurred after detected, occurred or detected
 *     after the release was published (a month-precision date is out of
 *     order only when its whole month is);
 *   - a figure far above what an organisation of its kind can hold
 *     (a town, a school, a clinic …): the limits are data,
 *     src/aggregate/size_limits.json;
 *   - a figure equal to another organisation's in the same wave: the
 *     origin's total across its clients quoted as the organisation's own;
 *   - gaps: no attack type, no victim group or no data type found in a
 *     release whose text lists the information concerned
 *     (kj_cues.info_items).
 *
 * kj_incidents_group() runs the release checks once (the wave rule needs
 * the whole set): set->checks_of and each member's `checks`.  Incidents
 * are checked on their facts as known on a day (kj_checks_incident), so a
 * page can print a doubtful headline figure as 「要確認」 rather than as
 * fact.  Facts only: nothing here reads text or files, or prints.
 */
#ifndef KAIJI_CHECKS_H
#define KAIJI_CHECKS_H

#include <stdint.h>

#include "kaiji/aggregate.h"
#include "kaiji/text.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What can be wrong with a release's or an incident's facts. */
typedef enum kj_check {
    KJ_CHECK_CONFIRMED_OVER_TOTAL,    /* affected_persons_confirmed > affected_persons */
    KJ_CHECK_OCCURRED_AFTER_DETECTED, /* occurred later than detected */
    KJ_CHECK_OCCURRED_AFTER_PUBLISHED,
    KJ_CHECK_DETECTED_AFTER_PUBLISHED,
    KJ_CHECK_ABOVE_SIZE,  /* figure far above the organisation's size limit */
    KJ_CHECK_WAVE_FIGURE, /* figure equal to another organisation's in the same wave */
    KJ_CHECK_NO_ATTACK,   /* information listed, no attack type found */
    KJ_CHECK_NO_VICTIM,   /* information listed, no victim group found */
    KJ_CHECK_NO_DATA,     /* information listed, no data type found */
    KJ_CHECK__COUNT
} kj_check;

/** A set of checks that failed: bit n for kj_check n. */
typedef uint32_t kj_check_set;

#define KJ_CHECK_BIT(c) ((kj_check_set)1 << (c))

/** Checks that make the headline figure (affected_persons) doubtful. */
#define KJ_CHECKS_FIGURE                                                                           \
    (KJ_CHECK_BIT(KJ_CHECK_CONFIRMED_OVER_TOTAL) | KJ_CHECK_BIT(KJ_CHECK_ABOVE_SIZE) |             \
     KJ_CHECK_BIT(KJ_CHECK_WAVE_FIGURE))

/** Checks that make the occurrence or detection date doubtful. */
#define KJ_CHECKS_DATES                                                                            \
    (KJ_CHECK_BIT(KJ_CHECK_OCCURRED_AFTER_DETECTED) |                                              \
     KJ_CHECK_BIT(KJ_CHECK_OCCURRED_AFTER_PUBLISHED) |                                             \
     KJ_CHECK_BIT(KJ_CHECK_DETECTED_AFTER_PUBLISHED))

/** Stable name of a check (`"wave_figure"`), or NULL. */
const char *kj_check_name(kj_check c);

/** Japanese label for reports (`"同じ波の他組織と同じ人数"`), or NULL. */
const char *kj_check_label(kj_check c);

/** The check named `name`, or -1. */
int kj_check_lookup(const char *name);

/** The checks input release `index` of `set` fails (0 when none, or when
 *  `index` is out of range). */
kj_check_set kj_checks_release(const kj_incident_set *set, size_t index);

/**
 * The checks an incident's `facts` fail — its facts as some day knows them
 * (kj_incident_facts_as_of), so the members published after that day are
 * left out: the facts' own contradictions and dates, the figure checks of
 * the member releases the headline figure comes from, and the gaps of its
 * members when the merged facts still lack what they lack.
 */
kj_check_set kj_checks_incident(const kj_incident *inc, const kj_incident_facts *facts);

/**
 * Appends to `out` why input release `index` fails check `c`, in plain
 * words with the values compared and without commas (`occurred 2025-03-18
 * after detected 2025-03-11`, `173000 persons where a school holds at most
 * 50000`).  Appends nothing when it does not fail `c`.
 */
void kj_check_reason(const kj_incident_set *set, size_t index, kj_check c, kj_buf *out);

/**
 * The most persons an organisation of `rel`'s kind plausibly holds data
 * about (the largest over its organisations), from size_limits.json: a
 * town or village 100,000, a school 50,000 …; `*label` (may be NULL) gets
 * the kind's Japanese label.  Figures in records or accounts are compared
 * with the limit times the unit's factor of the same file.
 */
int64_t kj_size_limit(const kj_release *rel, const char **label);

/** How many of a period's releases and incidents fail each check. */
typedef struct kj_check_counts {
    int64_t releases;                             /* releases of the period */
    int64_t with_problems;                        /* … failing at least one check */
    int64_t by_check[KJ_CHECK__COUNT];            /* releases failing each */
    int64_t incidents;                            /* incidents of the period */
    int64_t incidents_figure[KJ_AFFECTED__COUNT]; /* … whose headline figure fails a check
                                                     (KJ_CHECKS_FIGURE), facts as known at
                                                     its end, by the figure's unit */
} kj_check_counts;

/** Counts the releases and incidents of `f` (figures computed over `set`). */
void kj_checks_count(const kj_incident_set *set, const kj_figures *f, kj_check_counts *out);

#ifdef __cplusplus
}
#endif

#endif
