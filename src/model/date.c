/* date.c — calendar dates with month or day precision. */
#include <string.h>

#include "kaiji/model.h"

bool kj_date_is_set(kj_date d)
{
    return d.year != 0;
}

static int days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return days[month - 1];
}

bool kj_date_is_valid(kj_date d)
{
    if (d.year < 1900 || d.year > 2999 || d.month < 1 || d.month > 12)
        return false;
    return d.day == 0 || (d.day >= 1 && d.day <= days_in_month(d.year, d.month));
}

/* Writes `v` as `width` decimal digits (zero-padded, high digits cut). */
static char *put_digits(char *p, unsigned v, int width)
{
    for (int k = width - 1; k >= 0; k--) {
        p[k] = (char)('0' + v % 10);
        v /= 10;
    }
    return p + width;
}

char *kj_date_format(kj_date d, char buf[11])
{
    /* By hand, not snprintf: an export formats tens of thousands of dates
     * and snprintf's set-up costs more than the digits. */
    char *p = buf;
    if (kj_date_is_set(d)) {
        p = put_digits(p, (unsigned)d.year % 10000u, 4);
        *p++ = '-';
        p = put_digits(p, (unsigned)d.month % 100u, 2);
        if (d.day != 0) {
            *p++ = '-';
            p = put_digits(p, (unsigned)d.day % 100u, 2);
        }
    }
    *p = '\0';
    return buf;
}

static bool digits(const char *s, int n, int *value)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return true;
}

kj_date kj_date_parse_iso(const char *s)
{
    int y, m, d = 0;
    if (!s)
        return KJ_DATE_NONE;
    size_t n = strlen(s);
    if ((n != 7 && n != 10) || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &m))
        return KJ_DATE_NONE;
    if (n == 10 && (s[7] != '-' || !digits(s + 8, 2, &d) || d == 0))
        return KJ_DATE_NONE;
    kj_date date = {(int16_t)y, (int8_t)m, (int8_t)d};
    return kj_date_is_valid(date) ? date : KJ_DATE_NONE;
}

int kj_date_cmp(kj_date a, kj_date b)
{
    if (a.year != b.year)
        return a.year < b.year ? -1 : 1;
    if (a.month != b.month)
        return a.month < b.month ? -1 : 1;
    if (a.day != b.day)
        return a.day < b.day ? -1 : 1;
    return 0;
}

/* Howard Hinnant's days_from_civil: exact for the proleptic Gregorian
 * calendar, no tables, no time zones. */
int32_t kj_date_to_days(kj_date d)
{
    int y = d.year, m = d.month, day = d.day ? d.day : 1;
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

kj_date kj_date_from_days(int32_t z)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int d = doy - (153 * mp + 2) / 5 + 1;
    int m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
    return (kj_date){(int16_t)y, (int8_t)m, (int8_t)d};
}
