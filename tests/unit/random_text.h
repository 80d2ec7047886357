/*
 * random_text.h — pseudo-random texts made of given pieces, for the tests
 * that feed readers and the extractor odd input.  Deterministic: the same
 * seed gives the same texts on every machine.
 */
#ifndef KAIJI_TEST_RANDOM_TEXT_H
#define KAIJI_TEST_RANDOM_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Pieces of figures and dates (digits, units, era names, relative words,
 * brackets, a stray lead byte and a byte that is never UTF-8), for the
 * number and date readers. */
static inline const char *const *figure_pieces(size_t *n)
{
    static const char *const pieces[] = {
        "0",  "1",  "2",  "9",    "12",   "2025", ",",  ".",  "~",  "-",      "/",    " ",
        "年", "月", "日", "令和", "平成", "元",   "同", "翌", "前", "当",     "本",   "昨",
        "万", "千", "百", "十",   "億",   "三",   "〇", "数", "約", "最大で", "以上", "余",
        "(",  ")",  "土", "曜日", "中旬", "末",   "度", "期", "名", "件",     "\xe5", "\xff"};
    *n = sizeof pieces / sizeof pieces[0];
    return pieces;
}

static inline uint32_t random_next(uint32_t *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    return *seed >> 8;
}

/*
 * Writes up to `max_pieces` pieces, chosen with *seed, into buf (`cap`
 * bytes, NUL-terminated) and returns the length.  With `cut`, the text is
 * sometimes cut short at any byte, even inside a character.
 */
static inline size_t random_text(uint32_t *seed, const char *const *pieces, size_t n_pieces,
                                 int max_pieces, bool cut, char *buf, size_t cap)
{
    size_t len = 0;
    int n = 1 + (int)(random_next(seed) % (uint32_t)max_pieces);
    for (int k = 0; k < n; k++) {
        const char *p = pieces[random_next(seed) % n_pieces];
        size_t l = strlen(p);
        if (len + l >= cap)
            break;
        memcpy(buf + len, p, l);
        len += l;
    }
    uint32_t r = random_next(seed);
    if (cut && len && (r & 4))
        len -= 1 + (r >> 3) % len;
    buf[len] = '\0';
    return len;
}

#endif
