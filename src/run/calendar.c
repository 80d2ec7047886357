/*
 * calendar.c — months, ISO weeks and days (see calendar.h).
 *
 * Everything is done on day numbers (kj_date_to_days), so month lengths
 * and leap years are the model's business, not repeated here.
 */
#include "kaiji/calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int kj_calendar_kind_parse(const char *name)
{
    if (strcmp(name, "month") == 0)
        return KJ_CALENDAR_MONTH;
    if (strcmp(name, "week") == 0)
        return KJ_CALENDAR_WEEK;
    if (strcmp(name, "day") == 0)
        return KJ_CALENDAR_DAY;
    return -1;
}

static kj_date add_days(kj_date d, int32_t n)
{
    return kj_date_from_days(kj_date_to_days(d) + n);
}

/* Monday = 0 … Sunday = 6; 1970-01-01 was a Thursday. */
static int weekday(kj_date d)
{
    int32_t days = kj_date_to_days(d);
    return (int)(((days + 3) % 7 + 7) % 7);
}

kj_calendar_period kj_calendar_containing(kj_calendar_kind kind, kj_date day)
{
    kj_calendar_period p = {kind, day, day};
    switch (kind) {
    case KJ_CALENDAR_MONTH: {
        p.first = (kj_date){day.year, day.month, 1};
        kj_date next = day.month == 12 ? (kj_date){(int16_t)(day.year + 1), 1, 1}
                                       : (kj_date){day.year, (int8_t)(day.month + 1), 1};
        p.last = add_days(next, -1);
        break;
    }
    case KJ_CALENDAR_WEEK:
        p.first = add_days(day, -weekday(day));
        p.last = add_days(p.first, 6);
        break;
    case KJ_CALENDAR_DAY:
        break;
    }
    return p;
}

kj_calendar_period kj_calendar_last_complete(kj_calendar_kind kind, kj_date today)
{
    return kj_calendar_prev(kj_calendar_containing(kind, today));
}

kj_calendar_period kj_calendar_next(kj_calendar_period p)
{
    return kj_calendar_containing(p.kind, add_days(p.last, 1));
}

kj_calendar_period kj_calendar_prev(kj_calendar_period p)
{
    return kj_calendar_containing(p.kind, add_days(p.first, -1));
}

int kj_calendar_cmp(kj_calendar_period a, kj_calendar_period b)
{
    return kj_date_cmp(a.first, b.first);
}

bool kj_calendar_contains(kj_calendar_period p, kj_date day)
{
    if (!kj_date_is_set(day))
        return false;
    int32_t d = kj_date_to_days(day);
    return d >= kj_date_to_days(p.first) && d <= kj_date_to_days(p.last);
}

/* ISO week-numbering year and week of the week starting on `monday`. */
static void iso_week(kj_date monday, int *year, int *week)
{
    kj_date thursday = add_days(monday, 3);
    *year = thursday.year;
    int32_t jan1 = kj_date_to_days((kj_date){thursday.year, 1, 1});
    *week = (int)((kj_date_to_days(thursday) - jan1) / 7 + 1);
}

char *kj_calendar_key(kj_calendar_period p, char buf[16])
{
    switch (p.kind) {
    case KJ_CALENDAR_MONTH:
        snprintf(buf, 16, "%04u-%02u", (unsigned)p.first.year % 10000u,
                 (unsigned)p.first.month % 100u);
        break;
    case KJ_CALENDAR_WEEK: {
        int year, week;
        iso_week(p.first, &year, &week);
        snprintf(buf, 16, "%04u-W%02u", (unsigned)year % 10000u, (unsigned)week % 100u);
        break;
    }
    case KJ_CALENDAR_DAY:
        snprintf(buf, 16, "%04u-%02u-%02u", (unsigned)p.first.year % 10000u,
                 (unsigned)p.first.month % 100u, (unsigned)p.first.day % 100u);
        break;
    }
    return buf;
}

bool kj_calendar_parse(kj_calendar_kind kind, const char *key, kj_calendar_period *out)
{
    char check[16];
    if (kind == KJ_CALENDAR_WEEK) {
        int year, week;
        char tail;
        if (sscanf(key, "%4d-W%2d%c", &year, &week, &tail) != 2 || week < 1 || week > 53)
            return false;
        kj_date jan4 = {(int16_t)year, 1, 4};
        if (!kj_date_is_valid(jan4))
            return false;
        kj_calendar_period first = kj_calendar_containing(KJ_CALENDAR_WEEK, jan4);
        *out = kj_calendar_containing(KJ_CALENDAR_WEEK, add_days(first.first, 7 * (week - 1)));
    } else {
        kj_date d = kj_date_parse_iso(key);
        if (!kj_date_is_valid(d) || (kind == KJ_CALENDAR_MONTH) != (d.day == 0))
            return false;
        if (kind == KJ_CALENDAR_MONTH)
            d.day = 1;
        *out = kj_calendar_containing(kind, d);
    }
    /* Round trip: rejects week 53 of a 52-week year and odd spellings. */
    return strcmp(kj_calendar_key(*out, check), key) == 0;
}

char *kj_calendar_label(kj_calendar_period p, char *buf, size_t cap)
{
    switch (p.kind) {
    case KJ_CALENDAR_MONTH:
        snprintf(buf, cap, "%d年%d月", p.first.year, p.first.month);
        break;
    case KJ_CALENDAR_WEEK:
        if (p.first.year != p.last.year)
            snprintf(buf, cap, "%d年%d月%d日〜%d年%d月%d日", p.first.year, p.first.month,
                     p.first.day, p.last.year, p.last.month, p.last.day);
        else
            snprintf(buf, cap, "%d年%d月%d日〜%d月%d日", p.first.year, p.first.month, p.first.day,
                     p.last.month, p.last.day);
        break;
    case KJ_CALENDAR_DAY:
        snprintf(buf, cap, "%d年%d月%d日", p.first.year, p.first.month, p.first.day);
        break;
    }
    return buf;
}

kj_date kj_today(void)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    return (kj_date){(int16_t)(tm.tm_year + 1900), (int8_t)(tm.tm_mon + 1), (int8_t)tm.tm_mday};
}
