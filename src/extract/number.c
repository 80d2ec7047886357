/*
 * number.c — numbers as Japanese disclosures write them (kj_read_number).
 *
 * Counts come as `20,161`, `約3,800`, `約28万2千`, `1.5万`, `三千`,
 * `二万五千`, `数百` (a magnitude, not a number) and `100~200`.  The reader
 * keeps a running value the way the numerals are spoken: digits build the
 * current figure, 十 / 百 / 千 scale it into the current 万-group, and
 * 万 / 億 close that group.  This is grammar, not vocabulary, so it lives
 * in code; what unit follows is the lexicon's business.
 */
#include <string.h>

#include "extract_internal.h"
#include "kaiji/extract.h"

#define NUMBER_LIMIT INT64_C(1000000000000000) /* 10^15: beyond any count */

/* Does `s` (len bytes) start with the UTF-8 string `lit`? */
static bool starts(const char *s, size_t len, const char *lit, size_t *n)
{
    size_t l = strlen(lit);
    if (l > len || memcmp(s, lit, l) != 0)
        return false;
    *n = l;
    return true;
}

/* The code point of the three-byte character at `s` (every numeral and
 * multiplier is one), or 0; *n = 3. */
static uint32_t wide_char(const char *s, size_t len, size_t *n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len < 3 || (u[0] & 0xF0) != 0xE0)
        return 0;
    *n = 3;
    return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
}

/* Kanji digit value 0-9 of the character at `s`, or -1; *n its length. */
static int kanji_digit(const char *s, size_t len, size_t *n)
{
    switch (wide_char(s, len, n)) {
    case 0x3007: /* 〇 */
    case 0x96F6: /* 零 */
        return 0;
    case 0x4E00: /* 一 */
        return 1;
    case 0x4E8C: /* 二 */
        return 2;
    case 0x4E09: /* 三 */
        return 3;
    case 0x56DB: /* 四 */
        return 4;
    case 0x4E94: /* 五 */
        return 5;
    case 0x516D: /* 六 */
        return 6;
    case 0x4E03: /* 七 */
        return 7;
    case 0x516B: /* 八 */
        return 8;
    case 0x4E5D: /* 九 */
        return 9;
    default:
        return -1;
    }
}

/* 十 百 千 → 10 100 1000; 万 億 兆 → 10^4 10^8 10^12 (big = true); else 0. */
static int64_t multiplier(const char *s, size_t len, size_t *n, bool *big)
{
    *big = false;
    switch (wide_char(s, len, n)) {
    case 0x5341: /* 十 */
        return 10;
    case 0x767E: /* 百 */
        return 100;
    case 0x5343: /* 千 */
        return 1000;
    case 0x4E07: /* 万 */
        *big = true;
        return INT64_C(10000);
    case 0x5104: /* 億 */
        *big = true;
        return INT64_C(100000000);
    case 0x5146: /* 兆 */
        *big = true;
        return INT64_C(1000000000000);
    default:
        return 0;
    }
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/*
 * Reads a run of ASCII digits with `,` separators (a comma continues the
 * run only when exactly three digits follow) and an optional `.fraction`.
 * The fraction is returned as numerator/denominator so that `1.5万` is
 * exact.  Returns bytes read.
 */
static size_t ascii_run(const char *s, size_t len, int64_t *whole, int64_t *frac_num,
                        int64_t *frac_den)
{
    size_t i = 0;
    int64_t v = 0;
    *frac_num = 0;
    *frac_den = 1;
    while (i < len) {
        if (is_digit(s[i])) {
            if (v > NUMBER_LIMIT)
                return 0;
            v = v * 10 + (s[i] - '0');
            i++;
        } else if (s[i] == ',' && i > 0 && i + 3 < len && is_digit(s[i + 1]) &&
                   is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
                   (i + 4 >= len || !is_digit(s[i + 4]))) {
            i++;
        } else {
            break;
        }
    }
    if (i + 1 < len && s[i] == '.' && is_digit(s[i + 1])) {
        size_t j = i + 1;
        while (j < len && is_digit(s[j]) && *frac_den < 1000000) {
            *frac_num = *frac_num * 10 + (s[j] - '0');
            *frac_den *= 10;
            j++;
        }
        while (j < len && is_digit(s[j]))
            j++;
        i = j;
    }
    *whole = v;
    return i;
}

/*
 * The core: digits and multipliers, without prefixes and suffixes.
 * Returns bytes read; 0 when nothing numeric starts `s`.
 */
static size_t read_core(const char *s, size_t len, kj_number *out)
{
    int64_t total = 0;   /* closed 万/億 groups */
    int64_t section = 0; /* the current group below 万 */
    int64_t cur = 0;     /* the figure being read */
    int64_t frac_num = 0, frac_den = 1;
    bool have_cur = false, any = false, vague = false, kanji = false;
    size_t i = 0, n;

    while (i < len) {
        int64_t whole, fn, fd;
        size_t r;
        int d;
        bool big;
        int64_t m;
        if (is_digit(s[i])) {
            if (have_cur)
                break; /* two figures in a row: a second number */
            r = ascii_run(s + i, len - i, &whole, &fn, &fd);
            if (!r)
                return 0;
            cur = whole;
            frac_num = fn;
            frac_den = fd;
            have_cur = any = true;
            i += r;
            continue;
        }
        if ((d = kanji_digit(s + i, len - i, &n)) >= 0) {
            /* positional kanji digits (二〇二五) or a single one (三千) */
            if (have_cur && frac_den == 1 && kanji) {
                if (cur > NUMBER_LIMIT / 10)
                    return 0;
                cur = cur * 10 + d;
            } else if (have_cur) {
                break;
            } else {
                cur = d;
            }
            have_cur = any = kanji = true;
            i += n;
            continue;
        }
        if (wide_char(s + i, len - i, &n) == 0x6570 /* 数 */ && i + n < len) {
            /* 数十 / 数百 / 数千 / 数万: a magnitude */
            size_t n2;
            bool big2;
            if (multiplier(s + i + n, len - i - n, &n2, &big2)) {
                vague = any = true;
                i += n + n2;
                have_cur = false;
                cur = 0;
                continue;
            }
            if (any && !have_cur) { /* 十数, 百数十 */
                vague = true;
                i += n;
                continue;
            }
            break;
        }
        if ((m = multiplier(s + i, len - i, &n, &big)) != 0) {
            if (!big) {
                /* 十/百/千 alone mean one of them: 千 = 1000 */
                int64_t unit = have_cur ? cur : 1;
                if (unit > NUMBER_LIMIT / m)
                    return 0;
                section += unit * m + (have_cur ? frac_num * m / frac_den : 0);
                if (section > NUMBER_LIMIT)
                    return 0;
                cur = 0;
                frac_num = 0;
                frac_den = 1;
                have_cur = false;
                any = kanji = true;
                i += n;
                continue;
            }
            /* 万 / 億 need something before them: 万が一 is no number */
            if (!any || (!have_cur && section == 0 && !vague))
                break;
            int64_t group = section + (have_cur ? cur : 0);
            if (group > NUMBER_LIMIT / m)
                return 0;
            total += group * m + (have_cur ? frac_num * m / frac_den : 0);
            if (total > NUMBER_LIMIT)
                return 0;
            section = cur = 0;
            frac_num = 0;
            frac_den = 1;
            have_cur = false;
            kanji = true;
            i += n;
            continue;
        }
        break;
    }
    if (!any || i == 0)
        return 0;
    int64_t value = total + section + (have_cur ? cur : 0);
    if (value > NUMBER_LIMIT || value < 0)
        return 0;
    out->value = vague ? 0 : value;
    out->high = out->value;
    out->flags |= (vague ? KJ_NUM_VAGUE : 0) | (kanji ? KJ_NUM_KANJI : 0);
    return i;
}

static const struct {
    const char *text;
    unsigned flag;
} prefixes[] = {
    {"最大で約", KJ_NUM_AT_MOST | KJ_NUM_APPROX},
    {"最大約", KJ_NUM_AT_MOST | KJ_NUM_APPROX},
    {"最大で", KJ_NUM_AT_MOST},
    {"最大", KJ_NUM_AT_MOST},
    {"おおよそ", KJ_NUM_APPROX},
    {"およそ", KJ_NUM_APPROX},
    {"概ね", KJ_NUM_APPROX},
    {"約", KJ_NUM_APPROX},
};

static const struct {
    const char *text;
    unsigned flag;
} suffixes[] = {
    {"以上", KJ_NUM_AT_LEAST}, {"余り", KJ_NUM_AT_LEAST}, {"余", KJ_NUM_AT_LEAST},
    {"超", KJ_NUM_AT_LEAST},   {"強", KJ_NUM_APPROX},     {"程度", KJ_NUM_APPROX},
    {"前後", KJ_NUM_APPROX},   {"以下", KJ_NUM_AT_MOST},  {"未満", KJ_NUM_AT_MOST},
};

size_t kj_read_number(const char *s, size_t len, kj_number *out)
{
    memset(out, 0, sizeof *out);
    if (!s)
        return 0;
    /* only a digit, a kanji numeral or a prefix can start a number */
    unsigned char c0 = len ? (unsigned char)s[0] : 0;
    if ((c0 < '0' || c0 > '9') && c0 < 0xE3)
        return 0;
    size_t i = 0, n;
    unsigned flags = 0;
    if (len == 0)
        return 0;
    uint32_t first = wide_char(s, len, &n);
    bool prefixed = first == 0x7D04 /* 約 */ || first == 0x304A /* お */ ||
                    first == 0x6982 /* 概 */ || first == 0x6700 /* 最 */;
    for (size_t p = 0; prefixed && p < sizeof prefixes / sizeof prefixes[0]; p++) {
        if (starts(s, len, prefixes[p].text, &n)) {
            flags |= prefixes[p].flag;
            i = n;
            break;
        }
    }
    while (i < len && s[i] == ' ')
        i++;
    kj_number core = {0};
    size_t r = read_core(s + i, len - i, &core);
    if (!r) {
        memset(out, 0, sizeof *out);
        return 0;
    }
    i += r;
    *out = core;
    out->flags |= flags;

    /* a range: 100~200 (the unit may sit after each end: 100名~200名) */
    size_t j = i;
    if (j < len && s[j] == '~' && j + 1 < len) {
        kj_number high = {0};
        size_t r2 = read_core(s + j + 1, len - j - 1, &high);
        if (r2 && !(high.flags & KJ_NUM_VAGUE) && !(core.flags & KJ_NUM_VAGUE) &&
            high.value >= core.value) {
            out->high = high.value;
            out->flags |= KJ_NUM_RANGE | (high.flags & KJ_NUM_KANJI);
            i = j + 1 + r2;
        }
    }
    uint32_t next = wide_char(s + i, len - i, &n);
    bool suffixed = next == 0x4EE5 /* 以 */ || next == 0x4F59 /* 余 */ || next == 0x8D85 /* 超 */ ||
                    next == 0x5F37 /* 強 */ || next == 0x7A0B /* 程 */ || next == 0x524D /* 前 */ ||
                    next == 0x672A /* 未 */;
    for (size_t p = 0; suffixed && p < sizeof suffixes / sizeof suffixes[0]; p++) {
        if (starts(s + i, len - i, suffixes[p].text, &n)) {
            out->flags |= suffixes[p].flag;
            i += n;
            break;
        }
    }
    return i;
}
