/*
 * title.c — comparing titles, and what a title says about its release's
 * place in a chain.
 *
 * Follow-ups usually repeat the first notice's title with a marker added:
 * `当社への不正アクセス被害の発生について` → `…について(第2報)`.  Titles
 * are compared after removing what varies between releases of one incident
 * (report markers, dates, times) and what every release says (お知らせ,
 * お詫び, について …), as sets of character bigrams (Dice coefficient).
 * Bigrams need no word segmentation, which Japanese would otherwise require.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate_internal.h"

/* Said by nearly every release, or by every release of a chain: noise. */
static const kj_phrase noise_words[] = {
    {"お知らせ", 0, 0}, {"お詫び", 0, 0}, {"おわび", 0, 0},   {"ご報告", 0, 0},
    {"ご案内", 0, 0},   {"ご連絡", 0, 0}, {"について", 0, 0}, {"に関する", 0, 0},
    {"に係る", 0, 0},   {"に伴う", 0, 0}, {"における", 0, 0}, {"重要", 0, 0},
    {"のお", 0, 0},     {"及び", 0, 0},   {"および", 0, 0},   {"ならびに", 0, 0},
    {"続々報", 0, 0},   {"続報", 0, 0},   {"最終報告", 0, 0}, {"最終報", 0, 0},
    {"確報", 0, 0},     {"終報", 0, 0},   {"最終", 0, 0},     {"更新", 0, 0},
    {"追記", 0, 0},     {"初報", 0, 0},   {"中間報告", 0, 0}, {"速報", 0, 0},
    {"現在", 0, 0},     {"令和", 0, 0},   {"平成", 0, 0},     {"パート", 0, 0},
    {"その", 0, 0}};

/* Markers of a follow-up (value 1) or a first report (value 0). */
static const kj_phrase role_words[] = {{"続々報", 1, 1}, {"続報", 1, 1},    {"最終報", 1, 1},
                                       {"確報", 1, 1},   {"終報", 1, 1},    {"初報", 1, 0},
                                       {"その2", 1, 1},  {"パート2", 1, 1}, {"中間報告", 1, 1}};

static kj_phrases noise, roles;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void init(void)
{
    kj_phrases_init(&noise, noise_words, sizeof noise_words / sizeof noise_words[0]);
    kj_phrases_init(&roles, role_words, sizeof role_words / sizeof role_words[0]);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Kanji numerals 一 … 十 as numbers, 0 for anything else. */
static int kanji_number(int32_t cp)
{
    static const int32_t digits[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                     0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341};
    for (int i = 0; i < 10; i++)
        if (digits[i] == cp)
            return i + 1;
    return 0;
}

/*
 * At s (just after `第`): the N of `第N報` and the bytes up to and including
 * 報; 0 when this is not a report marker.  Spaces are allowed around N
 * (`第 2 報`).
 */
static size_t report_marker(const char *s, size_t len, int *number)
{
    size_t p = 0;
    while (p < len && s[p] == ' ')
        p++;
    int n = 0;
    if (p < len && is_digit(s[p])) {
        while (p < len && is_digit(s[p]))
            n = n * 10 + (s[p++] - '0');
    } else {
        size_t adv;
        int32_t cp = kj_utf8_decode(s + p, len - p, &adv);
        n = kanji_number(cp);
        if (!n)
            return 0;
        p += adv;
    }
    while (p < len && s[p] == ' ')
        p++;
    if (len - p < 3 || memcmp(s + p, "報", 3) != 0)
        return 0;
    *number = n;
    return p + 3;
}

static bool is_dropped_char(int32_t cp)
{
    if (cp < 0x80)
        return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
    return cp == 0x306E /* の */ || cp == 0x3068 /* と */ || cp == 0x30FB /* ・ */ ||
           (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) || cp == 0x2010 ||
           cp == 0x2015;
}

kj_bigrams kj_title_bigrams(kj_arena *arena, const char *s)
{
    pthread_once(&once, init);
    kj_bigrams out = {0};
    if (!s || !*s)
        return out;
    size_t len = strlen(s);
    int32_t *cps = kj_arena_alloc(arena, (len + 1) * sizeof *cps);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        const kj_phrase *w = kj_phrases_may_start(&noise, s + i, len - i)
                                 ? kj_phrases_at(&noise, s + i, len - i)
                                 : NULL;
        if (w) {
            i += w->len;
            continue;
        }
        int number;
        size_t marker;
        if (len - i >= 3 && memcmp(s + i, "第", 3) == 0 &&
            (marker = report_marker(s + i + 3, len - i - 3, &number)) > 0) {
            i += 3 + marker;
            continue;
        }
        if (is_digit(s[i])) {
            /* Dates and times vary between releases: drop the number and its unit. */
            while (i < len && is_digit(s[i]))
                i++;
            static const char *const units[] = {"年", "月", "日", "時", "分"};
            for (size_t u = 0; u < 5; u++)
                if (len - i >= 3 && memcmp(s + i, units[u], 3) == 0) {
                    i += 3;
                    break;
                }
            continue;
        }
        size_t adv;
        int32_t cp = kj_utf8_decode(s + i, len - i, &adv);
        i += adv;
        if (cp < 0 || is_dropped_char(cp))
            continue;
        if (cp >= 'A' && cp <= 'Z')
            cp += 'a' - 'A';
        cps[n++] = cp;
    }
    if (n == 0)
        return out;
    size_t m = n > 1 ? n - 1 : 1;
    out.items = kj_arena_alloc(arena, m * sizeof *out.items);
    if (n == 1)
        out.items[0] = (uint64_t)cps[0] << 32;
    for (size_t i = 0; i + 1 < n; i++)
        out.items[i] = ((uint64_t)(uint32_t)cps[i] << 32) | (uint32_t)cps[i + 1];
    /* Titles are short: insertion sort beats qsort's set-up. */
    for (size_t i = 1; i < m; i++) {
        uint64_t v = out.items[i];
        size_t j = i;
        for (; j > 0 && out.items[j - 1] > v; j--)
            out.items[j] = out.items[j - 1];
        out.items[j] = v;
    }
    size_t kept = 0;
    for (size_t i = 0; i < m; i++)
        if (kept == 0 || out.items[kept - 1] != out.items[i])
            out.items[kept++] = out.items[i];
    out.n = (uint32_t)kept;
    return out;
}

size_t kj_bigrams_common(kj_bigrams a, kj_bigrams b)
{
    size_t i = 0, j = 0, common = 0;
    while (i < a.n && j < b.n) {
        if (a.items[i] == b.items[j]) {
            common++;
            i++;
            j++;
        } else if (a.items[i] < b.items[j]) {
            i++;
        } else {
            j++;
        }
    }
    return common;
}

double kj_bigrams_dice(kj_bigrams a, kj_bigrams b)
{
    if (a.n == 0 || b.n == 0)
        return 0;
    return 2.0 * (double)kj_bigrams_common(a, b) / (double)(a.n + b.n);
}

/* ------------------------------------------------------------------ roles */

/* What normalised `text` says: a report marker or a role word. */
static kj_chain_role role_in(const char *s)
{
    kj_chain_role role = KJ_ROLE_UNKNOWN;
    size_t len = strlen(s);
    for (size_t i = 0; i < len; i++) {
        int number;
        size_t marker;
        if (len - i >= 3 && memcmp(s + i, "第", 3) == 0 &&
            (marker = report_marker(s + i + 3, len - i - 3, &number)) > 0) {
            if (number >= 2)
                return KJ_ROLE_FOLLOW_UP;
            role = KJ_ROLE_FIRST;
            i += 2 + marker;
            continue;
        }
        const kj_phrase *w = kj_phrases_may_start(&roles, s + i, len - i)
                                 ? kj_phrases_at(&roles, s + i, len - i)
                                 : NULL;
        if (w) {
            if (w->value == 1)
                return KJ_ROLE_FOLLOW_UP;
            role = KJ_ROLE_FIRST;
            i += w->len - 1;
        }
    }
    /* `…について(2)`: a numbered re-issue. */
    if (len >= 3 && s[len - 1] == ')' && is_digit(s[len - 2]) && s[len - 3] == '(' &&
        s[len - 2] >= '2')
        return KJ_ROLE_FOLLOW_UP;
    return role;
}

/* What the report number, 公表種別, title and body say, final aside. */
static kj_chain_role chain_role_stated(kj_arena *scratch, const kj_release *rel, const char *title)
{
    kj_chain_role role = rel->report.number == 1 ? KJ_ROLE_FIRST : KJ_ROLE_UNKNOWN;
    for (size_t i = 0; i < rel->overview.n_meta; i++) {
        const kj_meta *m = &rel->overview.meta[i];
        if (strcmp(m->key, "公表種別") != 0 || !m->value)
            continue;
        const char *v = kj_normalize(scratch, m->value, strlen(m->value), NULL);
        kj_chain_role r = strstr(v, "続報") || strstr(v, "最終") ? KJ_ROLE_FOLLOW_UP
                          : strstr(v, "初報")                    ? KJ_ROLE_FIRST
                                                                 : role_in(v);
        if (r == KJ_ROLE_FOLLOW_UP)
            return r;
        if (r == KJ_ROLE_FIRST)
            role = r;
    }
    if (title) {
        kj_chain_role r = role_in(title);
        if (r != KJ_ROLE_UNKNOWN)
            role = r;
    }
    /* A title that says nothing leaves it to the body (`第1報でお知らせした
     * とおり`, `第一報としてご報告します`). */
    if (role == KJ_ROLE_UNKNOWN && rel->cues.follow_up)
        return KJ_ROLE_FOLLOW_UP;
    if (role == KJ_ROLE_UNKNOWN && rel->cues.first_report)
        return KJ_ROLE_FIRST;
    return role;
}

kj_chain_role kj_release_role(kj_arena *scratch, const kj_release *rel, const char *title)
{
    pthread_once(&once, init);
    if (rel->report.number >= 2)
        return KJ_ROLE_FOLLOW_UP;
    kj_chain_role role = chain_role_stated(scratch, rel, title);
    /* Results of an investigation come after something, even when the
     * release does not say it follows a notice. */
    if (rel->report.final && role != KJ_ROLE_FOLLOW_UP)
        return KJ_ROLE_RESULTS;
    return role;
}
