/*
 * date_read.c — dates as Japanese disclosures write them (kj_read_date).
 *
 * A timeline mixes full dates (`2025年4月5日`, `令和7年4月5日`), dates
 * without a year (`4月7日（月）`), months (`2025年10月`, `12月中旬`) and
 * dates relative to the one before (`同日`, `翌25日`, `同月11日`).  The
 * reader handles one date at the start of the text; the caller keeps the
 * previous date so that relative ones resolve.  Calendar grammar, not
 * vocabulary: it lives in code.
 */
#include <string.h>

#include "extract_internal.h"
#include "kaiji/extract.h"

typedef struct cursor {
    const char *s;
    size_t len;
    size_t i;
} cursor;

static bool lit_n(cursor *c, const char *text, size_t n)
{
    if (c->len - c->i < n || memcmp(c->s + c->i, text, n) != 0)
        return false;
    c->i += n;
    return true;
}

/* Consumes the string literal `text` (a literal: its size is taken) when it
 * comes next. */
#define lit(c, text) lit_n((c), ("" text), sizeof(text) - 1)

static void spaces(cursor *c)
{
    while (c->i < c->len && c->s[c->i] == ' ')
        c->i++;
}

/* 1..max_digits ASCII digits; false (cursor unchanged) when none. */
static bool uint_(cursor *c, int max_digits, int *value)
{
    size_t i = c->i;
    int v = 0, n = 0;
    while (i < c->len && c->s[i] >= '0' && c->s[i] <= '9') {
        if (++n > max_digits)
            return false;
        v = v * 10 + (c->s[i] - '0');
        i++;
    }
    if (n == 0)
        return false;
    c->i = i;
    *value = v;
    return true;
}

static bool is_digit_at(const cursor *c, size_t i)
{
    return i < c->len && c->s[i] >= '0' && c->s[i] <= '9';
}

static kj_date add_days(kj_date d, int days)
{
    return kj_date_from_days(kj_date_to_days(d) + days);
}

/* A trailing weekday: （土） (土曜日) （月・祝).  Returns the day read
 * (0 Monday … 6 Sunday), or -1 when there is none. */
static int weekday(cursor *c)
{
    static const char *const days[] = {"月", "火", "水", "木", "金", "土", "日"};
    size_t save = c->i;
    spaces(c);
    if (!lit(c, "(")) {
        c->i = save;
        return -1;
    }
    int found = -1;
    for (int k = 0; k < 7 && found < 0; k++)
        if (lit_n(c, days[k], strlen(days[k])))
            found = k;
    if (found < 0) {
        c->i = save;
        return -1;
    }
    if (!lit(c, "曜日"))
        lit(c, "曜");
    if (lit(c, "・"))
        lit(c, "祝");
    if (!lit(c, ")")) {
        c->i = save;
        return -1;
    }
    return found;
}

/* KJ_DATEF_WEEKDAY_OFF when weekday `wd` (0 Monday … 6 Sunday, -1 none)
 * is not the weekday of day `d`. */
static unsigned weekday_check(kj_date d, int wd)
{
    if (wd < 0 || d.day == 0)
        return 0;
    /* day 0 of kj_date_to_days is 1970-01-01, a Thursday (3) */
    int32_t days = kj_date_to_days(d);
    int own = (int)(((days % 7) + 7 + 3) % 7);
    return own == wd ? 0 : KJ_DATEF_WEEKDAY_OFF;
}

/* A part of the day after `4/14` (`4/14夕方に`): it is a date. */
static bool time_of_day_follows(const cursor *c)
{
    static const char *const parts[] = {"未明", "早朝", "朝", "午前", "昼", "正午",
                                        "午後", "夕方", "夜", "深夜", "頃", "ごろ"};
    for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
        size_t n = strlen(parts[k]);
        if (c->len - c->i >= n && memcmp(c->s + c->i, parts[k], n) == 0)
            return true;
    }
    return false;
}

/* An hour by the clock after `3/8` (`3/8の21時頃`, `3/8 21:00`): a
 * fraction or a page number is not followed by one. */
static bool clock_follows(const cursor *c)
{
    size_t i = c->i;
    if (c->len - i >= 3 && memcmp(c->s + i, "の", 3) == 0)
        i += 3;
    else
        while (i < c->len && c->s[i] == ' ')
            i++;
    size_t from = i;
    while (i < c->len && i - from < 3 && c->s[i] >= '0' && c->s[i] <= '9')
        i++;
    if (i == from || i - from > 2)
        return false;
    return (c->len - i >= 3 && memcmp(c->s + i, "時", 3) == 0) || (i < c->len && c->s[i] == ':');
}

/* Words after `N月` that make it part of a month: month precision. */
static bool month_part(cursor *c)
{
    static const char *const parts[] = {"上旬", "中旬", "下旬", "初旬", "末日", "末頃", "末",
                                        "頃",   "ごろ", "初め", "初頭", "前半", "後半", "中"};
    for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
        if (lit_n(c, parts[k], strlen(parts[k])))
            return true;
    return false;
}

/* A range mark and a digit after `N月D`: the first day of `7月8~10日`
 * (the mark is left to the caller). */
static bool range_follows(const cursor *c)
{
    size_t i = c->i;
    if (i < c->len && (c->s[i] == '~' || c->s[i] == '-'))
        i++;
    else if (c->len - i >= 3 && (memcmp(c->s + i, "〜", 3) == 0 || memcmp(c->s + i, "～", 3) == 0))
        i += 3;
    else
        return false;
    while (i < c->len && c->s[i] == ' ')
        i++;
    return is_digit_at(c, i);
}

/* `N月` that is not a month of the calendar: 3月期, 12月決算, 6月分. */
static bool month_is_other(const cursor *c)
{
    static const char *const words[] = {"期", "決算", "分", "度", "額", "間", "号"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t n = strlen(words[k]);
        if (c->len - c->i >= n && memcmp(c->s + c->i, words[k], n) == 0)
            return true;
    }
    return false;
}

static bool is_field(const kj_date_context *ctx)
{
    return ctx && (ctx->rules & KJ_DATE_FIELD);
}

/*
 * After the year: `M月[D日]`, or month precision.  `year` 0 means the
 * year is to be inferred.  Returns false when no month follows.  In a date
 * field a day that cannot be (32日) leaves the month.
 */
static bool month_day(cursor *c, const kj_date_context *ctx, int year, kj_date *out,
                      unsigned *flags)
{
    int month, day = 0;
    spaces(c);
    if (!uint_(c, 2, &month))
        return false;
    spaces(c);
    if (!lit(c, "月"))
        return false;
    if (!is_field(ctx) && month_is_other(c))
        return false;
    size_t after_month = c->i;
    spaces(c);
    if (uint_(c, 2, &day)) {
        spaces(c);
        if (!lit(c, "日") && !range_follows(c)) {
            c->i = after_month;
            day = 0;
        }
    } else if (month_part(c)) {
        *flags |= KJ_DATEF_PART;
    } else {
        c->i = after_month;
    }
    if (is_field(ctx) && day > 31)
        day = 0;
    *out = (kj_date){(int16_t)year, (int8_t)month, (int8_t)day};
    return month >= 1 && month <= 12 && day >= 0 && day <= 31;
}

/* KJ_DATE_NEAREST_YEAR: of the years around the anchor, the one that puts
 * `d` nearest it (the earlier on a tie, as the search goes). */
static bool nearest_year(kj_date *d, const kj_date_context *ctx)
{
    kj_date anchor = kj_date_is_set(ctx->previous) ? ctx->previous : ctx->published;
    if (!kj_date_is_set(anchor))
        return false;
    int32_t at = kj_date_to_days(anchor);
    int32_t best_gap = INT32_MAX;
    int best = 0;
    for (int y = anchor.year - 1; y <= anchor.year + 1; y++) {
        kj_date c = {(int16_t)y, d->month, d->day};
        if (!kj_date_is_valid(c))
            continue;
        int32_t gap = kj_date_to_days(c) - at;
        if (gap < 0)
            gap = -gap;
        if (gap < best_gap) {
            best_gap = gap;
            best = y;
        }
    }
    d->year = (int16_t)best;
    return best != 0;
}

/* The year a date without one takes (see kj_read_date in extract.h). */
static bool infer_year(kj_date *d, const kj_date_context *ctx)
{
    if (ctx && (ctx->rules & KJ_DATE_NEAREST_YEAR))
        return nearest_year(d, ctx);
    bool near = ctx && ctx->previous_is_near && kj_date_is_set(ctx->previous);
    if (near) {
        d->year = ctx->previous.year;
        kj_date probe = *d;
        if (kj_date_is_valid(probe) &&
            kj_date_to_days(probe) < kj_date_to_days(ctx->previous) - 183)
            d->year++; /* 12月28日 … 1月5日: the year turned */
        return true;
    }
    if (!ctx || !kj_date_is_set(ctx->published))
        return false;
    d->year = ctx->published.year;
    kj_date probe = *d;
    if (kj_date_is_valid(probe) && kj_date_to_days(probe) > kj_date_to_days(ctx->published) + 31)
        d->year--;
    return true;
}

/* Skips `(2025)` or, with `nen`, `(2025年)`; nothing when neither is there. */
static void western_year(cursor *c, bool nen)
{
    size_t at = c->i;
    int y;
    if (!(lit(c, "(") && uint_(c, 4, &y) && y >= 1000 && (!nen || lit(c, "年")) && lit(c, ")")))
        c->i = at;
}

/* The eras a disclosure may date by: the one table of them. */
static const struct {
    const char *name;
    const char *first_year; /* its first year, written as such (元年) */
    const char *letter;     /* how a date field may abbreviate it */
    int base;               /* the Gregorian year before its first */
} eras[] = {{"令和", "令和元年", "R", 2018}, {"平成", "平成元年", "H", 1988}};

/* 令和 / 平成 years; 0 when `s` holds no era year. */
static bool era_year(cursor *c, const kj_date_context *ctx, int *year)
{
    bool field = is_field(ctx);
    int base = 0;
    for (size_t k = 0; k < sizeof eras / sizeof eras[0] && !base; k++)
        if (lit_n(c, eras[k].name, strlen(eras[k].name)) ||
            (field && lit_n(c, eras[k].letter, strlen(eras[k].letter))))
            base = eras[k].base;
    if (!base)
        return false;
    spaces(c);
    int n;
    if (lit(c, "元"))
        n = 1;
    else if (!uint_(c, field ? 3 : 2, &n) || (n == 0 && !field))
        return false;
    spaces(c);
    /* the Western year beside it: 令和7(2025)年, 令和7年(2025年) */
    if (!field)
        western_year(c, false);
    if (!lit(c, "年"))
        return false;
    if (!field)
        western_year(c, true);
    *year = base + n;
    return true;
}

/* Relative forms; *handled false when `s` starts with none of them. */
static bool relative(cursor *c, const kj_date_context *ctx, kj_date *out, unsigned *flags,
                     bool *handled)
{
    kj_date prev = ctx ? ctx->previous : KJ_DATE_NONE;
    bool have_prev = kj_date_is_set(prev) && kj_date_is_valid(prev);
    *handled = true;
    *flags |= KJ_DATEF_RELATIVE;
    int day;
    if (lit(c, "同年") || lit(c, "翌年")) {
        bool next = memcmp(c->s + c->i - 6, "翌", 3) == 0;
        if (!have_prev)
            return false;
        if (!month_day(c, ctx, prev.year + (next ? 1 : 0), out, flags))
            return false;
        return true;
    }
    if (lit(c, "本年") || lit(c, "今年") || lit(c, "昨年")) {
        bool last = memcmp(c->s + c->i - 6, "昨", 3) == 0;
        if (!ctx || !kj_date_is_set(ctx->published))
            return false;
        return month_day(c, ctx, ctx->published.year - (last ? 1 : 0), out, flags);
    }
    if (lit(c, "同月")) {
        if (!have_prev)
            return false;
        size_t save = c->i;
        spaces(c);
        if (uint_(c, 2, &day) && (spaces(c), lit(c, "日"))) {
            *out = (kj_date){prev.year, prev.month, (int8_t)day};
            return true;
        }
        c->i = save;
        if (month_part(c)) {
            *flags |= KJ_DATEF_PART;
            *out = (kj_date){prev.year, prev.month, 0};
            return true;
        }
        return false;
    }
    if (lit(c, "翌月")) {
        if (!have_prev)
            return false;
        kj_date next = {prev.year, (int8_t)(prev.month + 1), 0};
        if (next.month > 12)
            next = (kj_date){(int16_t)(prev.year + 1), 1, 0};
        size_t save = c->i;
        spaces(c);
        if (uint_(c, 2, &day) && (spaces(c), lit(c, "日"))) {
            next.day = (int8_t)day;
        } else {
            c->i = save;
            if (month_part(c))
                *flags |= KJ_DATEF_PART;
        }
        *out = next;
        return true;
    }
    if (lit(c, "本日") || lit(c, "今日") || lit(c, "昨日") || lit(c, "今朝") || lit(c, "昨夜") ||
        lit(c, "昨晩")) {
        /* the release's own day (or the day before): a notice written the
         * day it happened; `昨夜22時ごろ` is the evening before it */
        bool yesterday = memcmp(c->s + c->i - 6, "昨", 3) == 0;
        if (!ctx || !kj_date_is_set(ctx->published) || ctx->published.day == 0)
            return false;
        *flags |= KJ_DATEF_PUBLICATION;
        *out = add_days(ctx->published, yesterday ? -1 : 0);
        return true;
    }
    if (lit(c, "同日") || lit(c, "当日")) {
        if (!have_prev)
            return false;
        *out = prev;
        return true;
    }
    if (lit(c, "翌日")) {
        if (!have_prev || prev.day == 0)
            return false;
        *out = add_days(prev, 1);
        return true;
    }
    if (lit(c, "前日")) {
        if (!have_prev || prev.day == 0)
            return false;
        *out = add_days(prev, -1);
        return true;
    }
    size_t save = c->i;
    if (lit(c, "翌")) {
        spaces(c);
        if (have_prev && prev.day != 0 && uint_(c, 2, &day) && (spaces(c), lit(c, "日")) &&
            day >= 1 && day <= 31) {
            kj_date d = {prev.year, prev.month, (int8_t)day};
            if (day <= prev.day) { /* 翌3日 after 12月30日 is 1月3日 */
                d.month++;
                if (d.month > 12) {
                    d.month = 1;
                    d.year++;
                }
            }
            *out = d;
            return true;
        }
        c->i = save;
        return false;
    }
    *handled = false;
    *flags &= ~(unsigned)KJ_DATEF_RELATIVE;
    return false;
}

static bool is_separator(char c)
{
    return c == '/' || c == '-' || c == '.';
}

/* A date field: 2025-06, 2025/6/2, 2025-06.02 (spaces around the parts);
 * the day is what its first two digits say. */
static bool separated_field(cursor *c, int year, kj_date *out)
{
    c->i++;
    spaces(c);
    int month = 0, day = 0, n = 0;
    for (; n < 2 && is_digit_at(c, c->i); n++)
        month = month * 10 + (c->s[c->i++] - '0');
    if (n == 0)
        return false;
    spaces(c);
    if (c->i < c->len && is_separator(c->s[c->i])) {
        c->i++;
        spaces(c);
        for (n = 0; n < 2 && is_digit_at(c, c->i); n++)
            day = day * 10 + (c->s[c->i++] - '0');
    }
    *out = (kj_date){(int16_t)year, (int8_t)month, (int8_t)(day > 31 ? 0 : day)};
    return month >= 1 && month <= 12;
}

/* 2025/4/5, 2025-04-05, 2025.4.5 after a four-digit year. */
static bool separated(cursor *c, const kj_date_context *ctx, int year, kj_date *out)
{
    char sep = c->i < c->len ? c->s[c->i] : 0;
    if (!is_separator(sep))
        return false;
    if (is_field(ctx))
        return separated_field(c, year, out);
    c->i++;
    int month, day;
    if (!uint_(c, 2, &month) || c->i >= c->len || c->s[c->i] != sep)
        return false;
    c->i++;
    if (!uint_(c, 2, &day))
        return false;
    if (is_digit_at(c, c->i))
        return false;
    *out = (kj_date){(int16_t)year, (int8_t)month, (int8_t)day};
    return true;
}

static size_t finish(cursor *c, const kj_date_context *ctx, kj_date d, unsigned f, kj_date *out,
                     unsigned *flags)
{
    if (!kj_date_is_valid(d) && is_field(ctx))
        d.day = 0; /* 2025年2月30日 in a field: the month stands */
    if (!kj_date_is_valid(d))
        return 0;
    if (d.day != 0)
        f |= weekday_check(d, weekday(c));
    *out = d;
    if (flags)
        *flags = f;
    return c->i;
}

size_t kj_read_date(const char *s, size_t len, const kj_date_context *ctx, kj_date *out,
                    unsigned *flags)
{
    kj_date dummy;
    if (!out)
        out = &dummy;
    *out = KJ_DATE_NONE;
    if (flags)
        *flags = 0;
    if (!s || len == 0)
        return 0;
    cursor c = {s, len, 0};
    kj_date d = KJ_DATE_NONE;
    unsigned f = 0;
    int year;

    /* Most calls start at a character that begins no date: decide on the
     * first character before trying any form. */
    const unsigned char *u = (const unsigned char *)s;
    uint32_t first =
        len >= 3 && (u[0] & 0xF0) == 0xE0
            ? ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F)
            : 0;
    bool digit = u[0] >= '0' && u[0] <= '9';
    bool era = first == 0x4EE4 /* 令 */ || first == 0x5E73 /* 平 */ ||
               (is_field(ctx) && (u[0] == 'R' || u[0] == 'H'));
    bool rel = first == 0x540C /* 同 */ || first == 0x7FCC /* 翌 */ || first == 0x672C /* 本 */ ||
               first == 0x4ECA /* 今 */ || first == 0x6628 /* 昨 */ || first == 0x5F53 /* 当 */ ||
               first == 0x524D /* 前 */;
    if (!digit && !era && !rel)
        return 0;

    if (rel) {
        /* 同年 同月 同日 翌日 翌月 翌年 翌25日 本年 今年 昨年 当日 前日 本日 今日
         * 昨日 (and 昨夜 昨晩 今朝): the second
         * character is 年, 月 or 日, or (after 翌) a day number */
        uint32_t second =
            len >= 6 && (u[3] & 0xF0) == 0xE0
                ? ((uint32_t)(u[3] & 0x0F) << 12) | ((uint32_t)(u[4] & 0x3F) << 6) | (u[5] & 0x3F)
                : 0;
        bool day_after =
            first == 0x7FCC && len > 3 && ((u[3] >= '0' && u[3] <= '9') || u[3] == ' ');
        bool time_of_day =
            (first == 0x6628 && (second == 0x591C /* 夜 */ || second == 0x6669 /* 晩 */)) ||
            (first == 0x4ECA && second == 0x671D /* 朝 */);
        if (second != 0x5E74 && second != 0x6708 && second != 0x65E5 && !day_after && !time_of_day)
            return 0;
    }
    bool handled;
    if (rel && relative(&c, ctx, &d, &f, &handled))
        return finish(&c, ctx, d, f, out, flags);
    if (rel)
        return 0;

    c.i = 0;
    if (era && era_year(&c, ctx, &year)) {
        if (lit(&c, "度"))
            return 0;
        if (!month_day(&c, ctx, year, &d, &f))
            return 0;
        return finish(&c, ctx, d, f | KJ_DATEF_ERA, out, flags);
    }

    c.i = 0;
    if (!is_digit_at(&c, 0))
        return 0;
    /* `対象期間①2021年5月1日`: the list number, width-folded, touches the
     * year; a year of this era after one digit is the year */
    if (is_digit_at(&c, 4) && !is_digit_at(&c, 5) && len >= 8 &&
        (memcmp(s + 1, "19", 2) == 0 || memcmp(s + 1, "20", 2) == 0) && memcmp(s + 5, "年", 3) == 0)
        c.i = 1;
    int lead;
    size_t start = c.i;
    if (!uint_(&c, 4, &lead) || is_digit_at(&c, c.i))
        return 0;
    if (c.i - start == 2 && !is_field(ctx) && lit(&c, "年")) {
        /* `24年3月`: a two-digit year of this century */
        if (!month_day(&c, ctx, 2000 + lead, &d, &f))
            return 0;
        return finish(&c, ctx, d, f, out, flags);
    }
    if (c.i - start == 4) {
        if (is_field(ctx))
            spaces(&c);
        if (separated(&c, ctx, lead, &d))
            return finish(&c, ctx, d, f | KJ_DATEF_NUMERIC, out, flags);
        spaces(&c);
        if (!lit(&c, "年") || lit(&c, "度"))
            return 0;
        if (!month_day(&c, ctx, lead, &d, &f))
            return 0;
        return finish(&c, ctx, d, f, out, flags);
    }
    /* M月D日 or M/D（曜） without a year */
    c.i = start;
    if (month_day(&c, ctx, 0, &d, &f)) {
        if (!infer_year(&d, ctx))
            return 0;
        return finish(&c, ctx, d, f | KJ_DATEF_NO_YEAR, out, flags);
    }
    c.i = start;
    int month, day;
    if (uint_(&c, 2, &month) && lit(&c, "/") && uint_(&c, 2, &day) && !is_digit_at(&c, c.i)) {
        size_t before = c.i;
        int wd = weekday(&c);
        if (c.i == before && !time_of_day_follows(&c) && !clock_follows(&c))
            return 0; /* 4/5 alone may be a fraction or a page */
        d = (kj_date){0, (int8_t)month, (int8_t)day};
        if (!infer_year(&d, ctx) || !kj_date_is_valid(d))
            return 0;
        *out = d;
        if (flags)
            *flags = KJ_DATEF_NO_YEAR | KJ_DATEF_NUMERIC | weekday_check(d, wd);
        return c.i;
    }
    return 0;
}

size_t kj_date_lead(const char *s, size_t at, size_t floor)
{
    /* Longest first: 令和元年 before 令和, 翌月 before 翌. */
    for (size_t k = 0; k < sizeof eras / sizeof eras[0]; k++) {
        size_t n = strlen(eras[k].first_year);
        if (at >= floor + n && memcmp(s + at - n, eras[k].first_year, n) == 0)
            return at - n;
    }
    for (size_t k = 0; k < sizeof eras / sizeof eras[0]; k++) {
        size_t n = strlen(eras[k].name);
        if (at >= floor + n && memcmp(s + at - n, eras[k].name, n) == 0)
            return at - n;
    }
    static const char *const relative_leads[] = {"同年", "同月", "翌月", "翌"};
    for (size_t k = 0; k < sizeof relative_leads / sizeof relative_leads[0]; k++) {
        size_t n = strlen(relative_leads[k]);
        if (at >= floor + n && memcmp(s + at - n, relative_leads[k], n) == 0)
            return at - n;
    }
    return at;
}
