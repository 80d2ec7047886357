/*
 * period.c — the stretch of days a briefing covers, the one before it, and
 * ISO weeks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/aggregate.h"

static int days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

static kj_date month_end(int y, int m)
{
    return (kj_date){(int16_t)y, (int8_t)m, (int8_t)days_in_month(y, m)};
}

/* Digits only, exactly `n` of them. */
static bool digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return s[n] == '\0' || s[n] == '-';
}

/* Parses YYYY-MM or YYYY-MM-DD strictly (kj_date_parse_iso accepts the
 * forms; this also insists on the digit counts). */
static kj_date parse_date(const char *text)
{
    size_t len = strlen(text);
    if ((len != 7 && len != 10) || !digits(text, 4) || text[4] != '-' || !digits(text + 5, 2) ||
        (len == 10 && (text[7] != '-' || !digits(text + 8, 2))))
        return KJ_DATE_NONE;
    kj_date d = kj_date_parse_iso(text);
    return kj_date_is_valid(d) ? d : KJ_DATE_NONE;
}

kj_status kj_period_month(const char *text, kj_period *out, kj_error *err)
{
    kj_date d = text ? parse_date(text) : KJ_DATE_NONE;
    if (!kj_date_is_set(d) || d.day != 0)
        return kj_error_set(err, KJ_ERR_USAGE, "'%s' is not a month (YYYY-MM, e.g. 2026-02)",
                            text ? text : "");
    out->from = (kj_date){d.year, d.month, 1};
    out->to = month_end(d.year, d.month);
    return KJ_OK;
}

kj_status kj_period_year(const char *text, kj_period *out, kj_error *err)
{
    if (!text || strlen(text) != 4 || !digits(text, 4) || atoi(text) < 1900 || atoi(text) > 2999)
        return kj_error_set(err, KJ_ERR_USAGE, "'%s' is not a year (YYYY, e.g. 2026)",
                            text ? text : "");
    int y = atoi(text);
    out->from = (kj_date){(int16_t)y, 1, 1};
    out->to = (kj_date){(int16_t)y, 12, 31};
    return KJ_OK;
}

kj_status kj_period_range(const char *from, const char *to, kj_period bounds, kj_period *out,
                          kj_error *err)
{
    kj_period p = bounds;
    if (from) {
        kj_date d = parse_date(from);
        if (!kj_date_is_set(d))
            return kj_error_set(err, KJ_ERR_USAGE,
                                "--from '%s' is not a date (YYYY-MM-DD or YYYY-MM)", from);
        p.from = d.day ? d : (kj_date){d.year, d.month, 1};
    }
    if (to) {
        kj_date d = parse_date(to);
        if (!kj_date_is_set(d))
            return kj_error_set(err, KJ_ERR_USAGE,
                                "--to '%s' is not a date (YYYY-MM-DD or YYYY-MM)", to);
        p.to = d.day ? d : month_end(d.year, d.month);
    }
    if (!kj_date_is_set(p.from) || !kj_date_is_set(p.to))
        return kj_error_set(err, KJ_ERR_USAGE,
                            "the period has no start or end (no dated releases)");
    if (kj_date_cmp(p.from, p.to) > 0)
        return kj_error_set(err, KJ_ERR_USAGE, "--from is after --to");
    *out = p;
    return KJ_OK;
}

static bool whole_months(kj_period p)
{
    return p.from.day == 1 && p.to.day == days_in_month(p.to.year, p.to.month);
}

kj_period kj_period_previous(kj_period p)
{
    kj_period prev;
    if (whole_months(p)) {
        int months = (p.to.year - p.from.year) * 12 + (p.to.month - p.from.month) + 1;
        int first = p.from.year * 12 + (p.from.month - 1) - months;
        int last = first + months - 1;
        prev.from = (kj_date){(int16_t)(first / 12), (int8_t)(first % 12 + 1), 1};
        prev.to = month_end(last / 12, last % 12 + 1);
        return prev;
    }
    int32_t from = kj_date_to_days(p.from), to = kj_date_to_days(p.to);
    int32_t length = to - from + 1;
    prev.from = kj_date_from_days(from - length);
    prev.to = kj_date_from_days(from - 1);
    return prev;
}

bool kj_period_contains(kj_period p, kj_date d)
{
    if (!kj_date_is_set(d))
        return false;
    int32_t day = kj_date_to_days(d);
    return day >= kj_date_to_days(p.from) && day <= kj_date_to_days(p.to);
}

char *kj_iso_week(kj_date d, char buf[9])
{
    /* ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday. */
    int32_t days = kj_date_to_days(d);
    int weekday = (int)(((days % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday: Mon = 0 */
    int32_t thursday = days - weekday + 3;
    kj_date t = kj_date_from_days(thursday);
    int32_t jan1 = kj_date_to_days((kj_date){t.year, 1, 1});
    int week = (thursday - jan1) / 7 + 1;
    /* Written by hand: the compiler cannot know week ≤ 53 for snprintf. */
    int y = t.year < 0 ? 0 : t.year % 10000;
    buf[0] = (char)('0' + y / 1000);
    buf[1] = (char)('0' + y / 100 % 10);
    buf[2] = (char)('0' + y / 10 % 10);
    buf[3] = (char)('0' + y % 10);
    buf[4] = '-';
    buf[5] = 'W';
    buf[6] = (char)('0' + week / 10 % 10);
    buf[7] = (char)('0' + week % 10);
    buf[8] = '\0';
    return buf;
}

kj_period kj_incident_set_span(const kj_incident_set *set)
{
    kj_period p = {KJ_DATE_NONE, KJ_DATE_NONE};
    for (size_t i = 0; i < set->n_releases; i++) {
        kj_date d = set->releases[i]->published;
        if (!kj_date_is_set(d))
            continue;
        kj_date first = d.day ? d : (kj_date){d.year, d.month, 1};
        kj_date last = d.day ? d : month_end(d.year, d.month);
        if (!kj_date_is_set(p.from) || kj_date_cmp(first, p.from) < 0)
            p.from = first;
        if (!kj_date_is_set(p.to) || kj_date_cmp(last, p.to) > 0)
            p.to = last;
    }
    /* files a month's focus left unread still belong to the archive */
    kj_period a = set->archive_span;
    if (kj_date_is_set(a.from) && (!kj_date_is_set(p.from) || kj_date_cmp(a.from, p.from) < 0))
        p.from = a.from;
    if (kj_date_is_set(a.to) && (!kj_date_is_set(p.to) || kj_date_cmp(a.to, p.to) > 0))
        p.to = a.to;
    return p;
}
