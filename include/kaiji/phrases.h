/*
 * phrases.h — fixed lists of phrases looked up in normalised text.
 *
 * The organisation table, the cue reader and title comparison each hold a
 * few dozen phrases and ask, at every character of a text, whether one
 * starts there.  A kj_phrases answers that with one table index.
 */
#ifndef KAIJI_PHRASES_H
#define KAIJI_PHRASES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A fixed list of phrases looked up at a position of normalised text: the
 * phrases are bucketed by their first character, so a lookup costs one
 * table index and rarely a memcmp, and a whole release can be scanned in one pass
 * instead of one strstr per phrase.
 */
#define KJ_PHRASE_BUCKETS 1024
typedef struct kj_phrase {
    const char *text;
    uint16_t len;
    int16_t value; /* what the phrase stands for (caller-defined) */
} kj_phrase;

typedef struct kj_phrases {
    kj_phrase *items;
    size_t n;
    uint16_t first[KJ_PHRASE_BUCKETS + 1]; /* bucket b: items [first[b], first[b+1]) */
} kj_phrases;

/*
 * The bucket of the first character at s: the low bits of its code point,
 * taken straight from the UTF-8 bytes (no full decode, no hash), which
 * spreads kanji and kana well.  Inline: scans call it at every character.
 */
static inline unsigned kj_phrase_bucket(const char *s, size_t len)
{
    unsigned char b0 = (unsigned char)s[0];
    if (b0 < 0x80 || len < 2)
        return b0 & (KJ_PHRASE_BUCKETS - 1);
    unsigned char b1 = (unsigned char)s[1];
    if (b0 < 0xE0 || len < 3)
        return (((unsigned)b0 & 0x1F) << 6 | (b1 & 0x3F)) & (KJ_PHRASE_BUCKETS - 1);
    unsigned char b2 = (unsigned char)s[2];
    return (((unsigned)b1 & 0x3F) << 6 | (b2 & 0x3F)) & (KJ_PHRASE_BUCKETS - 1);
}

/** True when some phrase of `set` may start at s (its first character's
 *  bucket is not empty): the cheap test before kj_phrases_at. */
static inline bool kj_phrases_may_start(const kj_phrases *set, const char *s, size_t len)
{
    unsigned b = kj_phrase_bucket(s, len);
    return set->first[b] != set->first[b + 1];
}

/** Builds a lookup over `n` phrases (copied pointers: the texts must live on). */
void kj_phrases_init(kj_phrases *set, const kj_phrase *phrases, size_t n);

/** The longest phrase starting at `s` (at most `len` bytes), or NULL. */
const kj_phrase *kj_phrases_at(const kj_phrases *set, const char *s, size_t len);

/** True when some phrase occurs in `s`. */
bool kj_phrases_in(const kj_phrases *set, const char *s, size_t len);

#ifdef __cplusplus
}
#endif

#endif
