/*
 * calendar.h — the calendar periods reports cover: months, ISO weeks, days.
 *
 * An unattended run reports complete periods only: on 1 May the monthly
 * job reports April, on Monday the weekly job reports the week that ended
 * on Sunday.  Periods have a key for the state file (`2026-04`,
 * `2026-W17`, `2026-04-05`) and a Japanese label for subjects and bodies
 * (`2026年4月`, `2026年4月20日〜4月26日`).
 */
#ifndef KAIJI_CALENDAR_H
#define KAIJI_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>

#include "kaiji/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum kj_calendar_kind {
    KJ_CALENDAR_MONTH, /* a calendar month */
    KJ_CALENDAR_WEEK,  /* an ISO 8601 week, Monday to Sunday */
    KJ_CALENDAR_DAY
} kj_calendar_kind;

typedef struct kj_calendar_period {
    kj_calendar_kind kind;
    kj_date first; /* first day, inclusive */
    kj_date last;  /* last day, inclusive */
} kj_calendar_period;

/** "month", "week" or "day" → the kind; -1 for anything else. */
int kj_calendar_kind_parse(const char *name);

/** The period of `kind` that contains day `day` (a full date). */
kj_calendar_period kj_calendar_containing(kj_calendar_kind kind, kj_date day);

/** The newest period of `kind` that ended before `today`. */
kj_calendar_period kj_calendar_last_complete(kj_calendar_kind kind, kj_date today);

/** The period right after `p`. */
kj_calendar_period kj_calendar_next(kj_calendar_period p);

/** The period right before `p`. */
kj_calendar_period kj_calendar_prev(kj_calendar_period p);

/** Orders periods of one kind by their first day. */
int kj_calendar_cmp(kj_calendar_period a, kj_calendar_period b);

/** True when `day` falls inside `p`. */
bool kj_calendar_contains(kj_calendar_period p, kj_date day);

/**
 * The period's key (`2026-04`, `2026-W17` — ISO week-numbering year —,
 * `2026-04-05`) written into `buf` (16 bytes); returns `buf`.
 */
char *kj_calendar_key(kj_calendar_period p, char buf[16]);

/** Parses a key of kind `kind`; false when it is not one. */
bool kj_calendar_parse(kj_calendar_kind kind, const char *key, kj_calendar_period *out);

/**
 * The period's Japanese label (`2026年4月`, `2026年4月20日〜4月26日`,
 * `2026年4月5日`) written into `buf` of `cap` bytes; returns `buf`.
 */
char *kj_calendar_label(kj_calendar_period p, char *buf, size_t cap);

/** Today's date in local time (TZ). */
kj_date kj_today(void);

#ifdef __cplusplus
}
#endif

#endif
