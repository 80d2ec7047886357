/*
 * period.h — the calendar periods reports cover: months, ISO weeks, days.
 *
 * An unattended run reports complete periods only: on 1 May the monthly
 * job reports April, on Monday the weekly job reports the week that ended
 * on Sunday.  Periods have a key for the state file (`2026-04`,
 * `2026-W17`, `2026-04-05`) and a Japanese label for subjects and bodies
 * (`2026年4月`, `2026年4月20日〜4月26日`).
 */
#ifndef KAIJI_PERIOD_H
#define KAIJI_PERIOD_H

#include <stdbool.h>
#include <stddef.h>

#include "kaiji/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum kj_period_kind {
    KJ_PERIOD_MONTH, /* a calendar month */
    KJ_PERIOD_WEEK,  /* an ISO 8601 week, Monday to Sunday */
    KJ_PERIOD_DAY
} kj_period_kind;

typedef struct kj_period {
    kj_period_kind kind;
    kj_date first; /* first day, inclusive */
    kj_date last;  /* last day, inclusive */
} kj_period;

/** "month", "week" or "day" → the kind; -1 for anything else. */
int kj_period_kind_parse(const char *name);

/** The period of `kind` that contains day `day` (a full date). */
kj_period kj_period_containing(kj_period_kind kind, kj_date day);

/** The newest period of `kind` that ended before `today`. */
kj_period kj_period_last_complete(kj_period_kind kind, kj_date today);

/** The period right after `p`. */
kj_period kj_period_next(kj_period p);

/** The period right before `p`. */
kj_period kj_period_prev(kj_period p);

/** Orders periods of one kind by their first day. */
int kj_period_cmp(kj_period a, kj_period b);

/** True when `day` falls inside `p`. */
bool kj_period_contains(kj_period p, kj_date day);

/**
 * The period's key (`2026-04`, `2026-W17` — ISO week-numbering year —,
 * `2026-04-05`) written into `buf` (16 bytes); returns `buf`.
 */
char *kj_period_key(kj_period p, char buf[16]);

/** Parses a key of kind `kind`; false when it is not one. */
bool kj_period_parse(kj_period_kind kind, const char *key, kj_period *out);

/**
 * The period's Japanese label (`2026年4月`, `2026年4月20日〜4月26日`,
 * `2026年4月5日`) written into `buf` of `cap` bytes; returns `buf`.
 */
char *kj_period_label(kj_period p, char *buf, size_t cap);

/** Today's date in local time (TZ). */
kj_date kj_today(void);

#ifdef __cplusplus
}
#endif

#endif
