/*
 * date_words.h — what the words around a date say, for facts_dates.c: the
 * event a term names, the events after a date (its verb, a detection that
 * follows, who told whom), what a finding found, and whether a period says
 * whose data is concerned rather than when anything happened.  Reads hits
 * and, for the particles the lexicon does not hold (を, が, こと, た), the
 * normalised text right around them.
 */
#ifndef KAIJI_DATE_WORDS_H
#define KAIJI_DATE_WORDS_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "extract_internal.h"

/* What a date may name beyond kj_event_kind. */
#define NO_EVENT KJ_EVENT__COUNT
#define STATUS_DATE (KJ_EVENT__COUNT + 1) /* 現在, 時点, 予定: a date, no event */
#define STEP_EVENT (KJ_EVENT__COUNT + 2)  /* 改修, 調査が完了: a step that is no field's */

/* ------------------------------------------------------ the text itself */

static inline bool ends_with(const char *text, uint32_t at, const char *lit)
{
    size_t n = strlen(lit);
    return at >= n && memcmp(text + at - n, lit, n) == 0;
}

/* The code point at text[i] (3-byte characters only: what Japanese uses),
 * else the byte. */
static inline uint32_t char_at(const char *text, uint32_t len, uint32_t i)
{
    const unsigned char *u = (const unsigned char *)text + i;
    if (i + 3 <= len && (u[0] & 0xF0) == 0xE0)
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    return i < len ? u[0] : 0;
}

/* The offset of the character after the one at text[i]. */
static inline uint32_t next_char(const char *text, uint32_t len, uint32_t i)
{
    unsigned char b = (unsigned char)text[i];
    uint32_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    return i + n <= len ? i + n : len;
}

static inline bool is_hiragana(uint32_t cp)
{
    return cp >= 0x3041 && cp <= 0x309F;
}

static inline bool starts(const char *text, uint32_t len, uint32_t at, const char *lit)
{
    size_t n = strlen(lit);
    return at + n <= len && memcmp(text + at, lit, n) == 0;
}

/* The length of the first of the `n` words `lits` that text[at] starts
 * with, 0 for none. */
static inline size_t starts_any(const char *text, uint32_t len, uint32_t at,
                                const char *const *lits, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (starts(text, len, at, lits[i]))
            return strlen(lits[i]);
    return 0;
}

static inline const char *entry_text(const extract_ctx *ctx, const lex_entry *e)
{
    return ctx->lex->strings + e->text;
}

static inline bool entry_starts(const extract_ctx *ctx, const lex_entry *e, const char *lit)
{
    size_t n = strlen(lit);
    return e->len >= n && memcmp(entry_text(ctx, e), lit, n) == 0;
}

/* Does the text of lexicon entry `e` hold one of the `n` words `lits`
 * anywhere (`不正アクセスがあり` holds あり)? */
static inline bool entry_holds_any(const extract_ctx *ctx, const lex_entry *e,
                                   const char *const *lits, size_t n)
{
    const char *text = entry_text(ctx, e);
    for (size_t i = 0; i < n; i++) {
        size_t m = strlen(lits[i]);
        for (size_t at = 0; at + m <= e->len; at++)
            if (memcmp(text + at, lits[i], m) == 0)
                return true;
    }
    return false;
}

/* ------------------------------------------------------------ the terms */

/*
 * The event term `k` of sentence `s` names (kj_event_kind, STEP_EVENT or
 * NO_EVENT): none when quoted, denied right after (`確認されませんでした`)
 * or the end of a period (`発覚日まで`); *told when it is a detection by
 * being told (`報告を受け`, `との発表`).
 */
int kj_hit_event(const extract_ctx *ctx, const sentence *s, uint32_t k, bool *told);

/* Where the time of day after a date that ends at text[i] ends
 * (`16時21分`, `午前1時50分頃`, `未明`, `8:53`); i when none. */
uint32_t kj_after_time_of_day(const char *text, uint32_t len, uint32_t i);

/* ---------------------------------------------------------- the reading */

/* What the verbs after date hit `h` say, up to the next date. */
typedef struct date_reading {
    int first;           /* the event the date governs, NO_EVENT when none */
    uint32_t first_hit;  /* its term */
    bool told;           /* `first` is a detection by being told */
    bool from_noun;      /* `first` is the verb of an attack noun (`不正アクセスを確認`) */
    bool detect_later;   /* a detection follows `first` in the date's clause */
    uint32_t detect_hit; /* the first such detection */
    uint32_t next_date;  /* index of the next date hit, or s->hit_end */
} date_reading;

enum {
    OBJ_NONE,    /* the finding is not of the date's event */
    OBJ_STATE,   /* `発生を確認`, `…可能性があることが判明`: a state found */
    OBJ_ONGOING, /* `暗号化されていることを確認`: a state found, as a result */
    OBJ_PERFECT, /* `不正アクセスを受けていたことが判明`: found to have happened */
    OBJ_PAST,   /* `不正アクセスを受けたことを確認`: the finding, or what it found */
    OBJ_WATCHED /* `メールが大量に送信される現象を確認`: seen as it happened */
};

/*
 * The events of sentence `s` after hit `from` (exclusive; s->hit_start - 1
 * reads it all) up to the next date or the close of the parentheses the
 * date stands in.  `home` is the clause whose detections count as
 * following.  An attack noun gives way to the verb after it; a telling
 * that quotes the event (`…が発生したとの発表`) or comes from a source to
 * the organisation (`X社から本学に…の第一報`) governs the date instead.
 */
date_reading kj_read_events(const extract_ctx *ctx, const sentence *s, uint32_t from,
                            const clause *home);

/* Is the finding at term `y` told as made again (`…事象を再度確認`, `再び
 * 検知`)? */
bool kj_found_again(const extract_ctx *ctx, const hit *y);

/* Is the detection at hit `y` said of a clause (`…を実行したことが判明`,
 * `…が送信される現象を確認`): a nominaliser right before it, or `ことを確認` as
 * one word?  Not of a thing (`…の感染を確認`). */
bool kj_of_a_clause(const extract_ctx *ctx, const hit *y);

/* Is date hit `h` right after a subject marked by `が` (`…サーバーが令和6年
 * 5月に`, `機器ベンダが、2025年9月末頃に`): a noun (kanji or katakana), not a
 * clause (`…したが、`)?  Sets *ga to where the `が` stands when it is. */
bool kj_subject_before_date(const extract_ctx *ctx, uint32_t h, uint32_t *ga);

/* Is the event term `y` said of a thing it qualifies (`3月30日に発生した
 * システム障害`): a verb ending in `た` and a noun right after? */
bool kj_qualifies_noun(const extract_ctx *ctx, const hit *y);

/* What the detection at hit `det` found when its object is the incident
 * named just before it (OBJ_*); *occur is the incident's term. */
int kj_finding_object(const extract_ctx *ctx, const sentence *s, uint32_t det, uint32_t *occur);

/*
 * Does date hit `h` say whose data is concerned rather than when anything
 * happened: `3月の卒業生`, or, when it bounds a period (`period`),
 * `…までにご利用のお客様`, `…に検査を受けられた方`?  Not a window whose
 * customers' cards leaked: that is when the cards were taken.
 */
bool kj_describes_people(const extract_ctx *ctx, const sentence *s, uint32_t h, bool period);

#endif
