/* aggregate_internal.h — shared between the aggregate stage's files; not public. */
#ifndef KAIJI_AGGREGATE_INTERNAL_H
#define KAIJI_AGGREGATE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "kaiji/aggregate.h"
#include "kaiji/text.h"

/** qsort that accepts an empty array (qsort's pointer must not be NULL,
 *  even for zero elements). */
static inline void kj_sort(void *base, size_t n, size_t size,
                           int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(base, n, size, cmp);
}

/* ------------------------------------------------------------- phrases */

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

/* ------------------------------------------------------- organisations */

/** The organisation table (organizations.json), loaded once. */
typedef struct kj_org_table {
    kj_phrases legal_forms;     /* removed from keys */
    kj_phrases truncated_forms; /* removed from the end of keys */
    kj_phrases char_map;        /* value: index into map_to */
    const char **map_to;
    kj_phrases contains[KJ_ORG__COUNT];
    kj_phrases suffixes[KJ_ORG__COUNT];
    kj_phrases text_cues;              /* value: kj_org_type */
    int type_order[KJ_ORG__COUNT];     /* priority order of types */
    int victim_hint[KJ_VICTIM__COUNT]; /* kj_org_type or -1 */
    const char **alias_names;          /* origin_aliases, flattened, as written */
    int *alias_group;                  /* group of each name (its first is canonical) */
    size_t n_alias_names;
} kj_org_table;

/** The table, parsed on first use (thread-safe). Aborts when the embedded data
 *  is malformed: that is a build defect, not user input. */
const kj_org_table *kj_org_table_get(void);

/**
 * The comparison form of `name`, in `arena`: characters mapped, normalised,
 * bracketed asides and white space removed, legal forms kept.  Keys and
 * classification both start from it.  Its length goes to *len.
 */
const char *kj_org_plain(kj_arena *arena, const char *name, size_t *len);

/** The matching key (kj_org_key) of a name already in plain form. */
const char *kj_org_key_of_plain(kj_arena *arena, const char *plain, size_t len);

/** The type a plain-form name's patterns give, or -1 when none matches. */
int kj_org_name_type(const char *plain, size_t len);

/** kj_org_classify for a name already in plain form. */
kj_org_type kj_org_classify_plain(const char *plain, size_t len, int self_type, kj_set victims);

/** Finds the waves of a grouped set (waves.c): fills set->waves, wave_of,
 *  knock_on and scope_of, in the set's arena. */
void kj_waves_find(kj_incident_set *set);

/* ----------------------------------------------------------------- titles */

/** A title as a sorted set of character bigrams, for Dice similarity. */
typedef struct kj_bigrams {
    uint64_t *items;
    uint32_t n;
} kj_bigrams;

/** Bigrams of a normalised title (kj_normalize) after removing report
 *  markers, dates and boilerplate (お知らせ, について …), in `arena`. */
kj_bigrams kj_title_bigrams(kj_arena *arena, const char *norm_title);

/** Dice coefficient of two bigram sets (0 when either is empty). */
double kj_bigrams_dice(kj_bigrams a, kj_bigrams b);

/** What a title, report number and 公表種別 say about the release's place in
 *  its chain. */
typedef enum kj_chain_role {
    KJ_ROLE_UNKNOWN,
    KJ_ROLE_FIRST,    /* 第1報, 初報 */
    KJ_ROLE_FOLLOW_UP /* 第N報 (N ≥ 2), 続報, 最終報, 確報 */
} kj_chain_role;

/** What `rel` says about its place in a chain: its report facts, 公表種別
 *  and `norm_title` (its title normalised, may be NULL).  `scratch` holds
 *  temporary text. */
kj_chain_role kj_release_role(kj_arena *scratch, const kj_release *rel, const char *norm_title);

/* ----------------------------------------------------------------- dates */

/** Sorted, distinct day-precision dates as day numbers. */
bool kj_days_contains(const int32_t *days, size_t n, int32_t day);

/** True when the two sorted day arrays share a value not in `except` (2). */
bool kj_days_share(const int32_t *a, size_t na, const int32_t *b, size_t nb,
                   const int32_t except[2]);

/* ------------------------------------------------------------- incidents */

/** Builds `inc`'s timeline in `arena` (members must be set). */
void kj_incident_build_timeline(kj_arena *arena, kj_incident *inc);

#endif
