/*
 * extract.h — the facts of a release: what happened, to whose data, how
 * much, and when.
 *
 * The extract stage reads a parsed release (rel->overview, rel->doc) and
 * fills the schema fields of model.h (attack types, leak status, counts,
 * victims, data types, dates, authorities, report number), the evidence
 * behind every value and the event timeline.
 *
 * What the words mean is data, not code: a lexicon (JSON, see
 * src/extract/lexicon/lexicon.json) maps surface words to schema values and
 * to the cue words the rules read (negation, possibility, totals, event
 * verbs …).  The default lexicon is compiled into the library; a user can
 * point kaiji at an edited copy without recompiling.  A lexicon is loaded
 * once and then only read, so any number of threads can share it.
 *
 * The number and date readers are public on their own: they are small,
 * pure functions over normalised text (see kj_normalize in text.h).
 */
#ifndef KAIJI_EXTRACT_H
#define KAIJI_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kaiji/error.h"
#include "kaiji/model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* -------------------------------------------------------------- numbers */

enum {
    KJ_NUM_APPROX = 1u << 0,   /* 約, およそ, 概ね, 程度, 前後 */
    KJ_NUM_AT_LEAST = 1u << 1, /* 以上, 超, 余 */
    KJ_NUM_AT_MOST = 1u << 2,  /* 最大, 以下, 未満 */
    KJ_NUM_RANGE = 1u << 3,    /* 100~200: value is the low end, high the high end */
    KJ_NUM_VAGUE = 1u << 4,    /* 数百, 数千, 十数: a magnitude, no value (value 0) */
    KJ_NUM_KANJI = 1u << 5     /* written (partly) in kanji numerals: 三千, 28万2千 */
};

/** A number as a disclosure writes it. */
typedef struct kj_number {
    int64_t value;  /* the number; the low end of a range; 0 when vague */
    int64_t high;   /* the high end of a range, else equal to value */
    unsigned flags; /* KJ_NUM_* */
} kj_number;

/**
 * Reads the number that starts `s` (at most `len` bytes of normalised
 * UTF-8): ASCII digits with `,` thousands separators (`20,161`), a decimal
 * before a multiplier (`1.5万`), the multipliers 十 百 千 万 億 with digits
 * or kanji numerals (`約28万2千`, `三千`, `二万五千`), the vague magnitudes
 * 数十 / 数百 / 数千 / 数万 / 十数 (KJ_NUM_VAGUE, no value), a leading
 * 約 / およそ / 概ね / 最大(で) and a trailing 余 / 以上 / 超 / 程度 / 前後 /
 * 以下 / 未満, and a range `100~200`.  The unit (名, 件 …) is not part of
 * the number and is left unread.
 *
 * Returns the number of bytes read (0 when no number starts `s`; `*out`
 * is then zeroed).  Values that would exceed 10^15 are rejected (0).
 * Never reads past `len`, needs no NUL, allocates nothing.
 */
size_t kj_read_number(const char *s, size_t len, kj_number *out);

/* ---------------------------------------------------------------- dates */

enum {
    KJ_DATEF_ERA = 1u << 0,         /* written in the Japanese era (令和7年) */
    KJ_DATEF_NO_YEAR = 1u << 1,     /* the year was inferred (4月5日) */
    KJ_DATEF_RELATIVE = 1u << 2,    /* relative to the previous date (同日, 翌25日) */
    KJ_DATEF_PART = 1u << 3,        /* a part of a month (上旬, 中旬, 末): month precision */
    KJ_DATEF_NUMERIC = 1u << 4,     /* written with separators: 2025/4/5, 4/5（土） */
    KJ_DATEF_PUBLICATION = 1u << 5, /* the release's own day or the one before (本日, 昨日) */
    KJ_DATEF_WEEKDAY_OFF = 1u << 6  /* its weekday is another day's (3月31日(日) in 2025):
                                       the day or the weekday is mistyped */
};

/* How a caller's text writes its dates (kj_date_context.rules). */
enum {
    /* A date without a year takes the year, of the three around `previous`
     * (else `published`), that puts it nearest: how the cues read dates
     * across a whole body, where `12月25日` after `2026年1月5日` is the
     * December before. */
    KJ_DATE_NEAREST_YEAR = 1u << 0,
    /* The text is a date field (the overview's date bullet): 令和 / 平成
     * also as R / H, an era year of up to three digits, a month alone in
     * any form (`2025-06`, `2025年3月XX日`), separators mixed, a day past
     * the month's end dropped to the month, `N月期` read as a month. */
    KJ_DATE_FIELD = 1u << 1
};

/** What a date without a year, or a relative date, is read against. */
typedef struct kj_date_context {
    kj_date published;     /* the release's date: the year of `4月5日` when no
                              `previous` applies, and the latest plausible date */
    kj_date previous;      /* the last date read before, for 同日 / 同月 / 翌日 /
                              翌25日 / 同年; unset when none */
    bool previous_is_near; /* `previous` is in the same passage, so a date
                              without a year takes its year */
    unsigned rules;        /* KJ_DATE_* above; 0 for body text */
} kj_date_context;

/**
 * Reads the date that starts `s` (normalised UTF-8, at most `len` bytes):
 * 西暦 `2025年4月5日` (spaces allowed between the parts), `2025/4/5`,
 * `2025-04-05`, `2025.4.5`; 和暦 `令和7年4月5日`, `令和元年`, `平成31年`;
 * month only (`2025年10月`, `令和7年12月中旬`, `10月末`) with month
 * precision (`12月後半` too); `24年3月` (a two-digit year); `4月5日` with
 * the year from `ctx`; the first day of `7月8～10日`; relative `同日`,
 * `当日`, `翌日`, `前日`, `同月11日`, `翌25日`, `翌月3日`, `同年1月31日`,
 * `翌年2月`; `本日` / `今日` / `昨日` from ctx->published (a day), flagged
 * KJ_DATEF_PUBLICATION; and a trailing weekday `（土）` (one that is not
 * the date's own flags it KJ_DATEF_WEEKDAY_OFF).  `2025年度` (a
 * fiscal year) and a year alone are not dates.
 *
 * A date without a year takes the year of ctx->previous when
 * previous_is_near, else the year of ctx->published; a date that would then
 * lie more than a month after the publication date is moved a year back
 * (KJ_DATE_NEAREST_YEAR: the nearest instead).  Relative dates need
 * ctx->previous (else no date is read).  This is kaiji's one date grammar:
 * the overview's date (KJ_DATE_FIELD), the body's events and the cues
 * (KJ_DATE_NEAREST_YEAR) are all read here.
 *
 * Returns the number of bytes read and stores the date in `*out` and the
 * KJ_DATEF_* flags in `*flags` (may be NULL); returns 0 (and
 * KJ_DATE_NONE) when no valid date starts `s`.  Allocates nothing.
 */
size_t kj_read_date(const char *s, size_t len, const kj_date_context *ctx, kj_date *out,
                    unsigned *flags);

/* -------------------------------------------------------------- lexicon */

/** The words extraction reads: see src/extract/lexicon/lexicon.json. */
typedef struct kj_lexicon kj_lexicon;

/**
 * Loads a lexicon from `len` bytes of JSON.  `name` names the source in
 * error messages.  On failure returns NULL and fills `err` (status
 * KJ_ERR_CONFIG) with `NAME:LINE:COLUMN: reason` — for syntax errors and
 * for unknown keys, unknown schema values and non-string entries alike.
 * The caller frees the result with kj_lexicon_free().
 */
kj_lexicon *kj_lexicon_load_buffer(const char *json, size_t len, const char *name, kj_error *err);

/** Loads a lexicon from the file `path` (as kj_lexicon_load_buffer). */
kj_lexicon *kj_lexicon_load_file(const char *path, kj_error *err);

/**
 * The lexicon compiled into the library (built from
 * src/extract/lexicon/lexicon.json).  Loaded on first use, thread-safe,
 * never freed (owned by the library).  Aborts if the built-in lexicon is
 * broken, which its unit test rules out.
 */
const kj_lexicon *kj_lexicon_default(void);

/** The built-in lexicon's JSON text (NUL-terminated), e.g. to start an
 *  edited copy from (`kaiji explain --print-lexicon`). */
const char *kj_lexicon_default_text(void);

/** Number of distinct terms in `lex`. */
size_t kj_lexicon_size(const kj_lexicon *lex);

/** Frees a lexicon from kj_lexicon_load_*.  NULL and the default lexicon
 *  are no-ops. */
void kj_lexicon_free(kj_lexicon *lex);

/* ------------------------------------------------------------ extraction */

/**
 * Fills every fact field of `rel` (report, attack_types, third_party,
 * leak_status, affected counts, victim_categories, data_types,
 * data_types_excluded, occurred, detected, reported_to), adds one evidence
 * record per value (the normalised sentence and its section path) and the
 * event timeline (rel->events, in date order).  Reads rel->overview and
 * rel->doc, which must still hold the text (call before
 * kj_release_drop_text).  Everything it stores lives in the release's
 * arena; its scratch memory is freed before it returns.  Thread-safe for
 * distinct releases sharing one lexicon.  `lex` NULL means the default.
 */
void kj_extract_release(kj_release *rel, const kj_lexicon *lex);

/* ------------------------------------------------ what later stages need */

/**
 * Reads the cues grouping and classification need from `rel`'s body
 * (dates mentioned, dates cited as earlier publications, titles quoted, a
 * contractor named as where the incident happened, whether the body calls
 * the release a follow-up or a first report, self-references such as 当院)
 * into rel->cues; what a sentence denying a link names (`…とは無関係です`)
 * is left out.  Run it after the extract stage and before the text is dropped
 * (the pipeline does, pipeline.h).  Thread-safe; does nothing
 * for a release whose text was already dropped.
 */
void kj_scan_cues(kj_release *rel);

/* ---------------------------------------------------------------- passages */

/**
 * Copies into rel->snippets (in the release's arena) the passages a
 * one-pager shows, read from the body while it is still there:
 *
 *   - the opening: the body's paragraphs from the top (outside lists,
 *     tables and quotes; short lines without a sentence end, such as 記 or
 *     a date, left out), joined — a paragraph that stops mid-sentence, as
 *     text converted from PDF often does, runs on into the next — up to
 *     about 1,800 bytes, cut after a sentence end;
 *   - the countermeasures: the list items of the sections headed 再発防止策,
 *     防止策 or …対策 (not 対策本部), or of a list a paragraph introduces as
 *     such (以下の対策); failing those, the sentences of such sections that
 *     state an action (強化, 導入, 実施, 徹底 …); failing those, the same from
 *     sections headed 今後の対応 / 当社の対応 / 対応状況; failing those, the
 *     sentences anywhere that announce prevention (再発防止…, 防止策) with an
 *     action.  A short line or a bracketed lead (【再発防止策】) counts as a
 *     heading, as text converted from PDF has none.  At most 12 items of at
 *     most about 360 bytes, list markers (・ ● (1) ① …) removed.
 *
 * Thread-safe; does nothing for a release whose text was already dropped.
 */
void kj_capture_snippets(kj_release *rel);

/* -------------------------------------------------------------- watch list */

struct kj_watch;

/**
 * Records in rel->watch_hits (in the release's arena) every entry of the
 * watch list `w` (lists.h) the release names, once each by entry: as one of
 * its organisations, as its origin (the third party where it happened, or
 * an alias the text gives it), or in its title or body, the strongest place
 * first, with the normalised sentence that names it (cut to about 120
 * characters around the name; the title when only an organisation or origin
 * name says it).  Names count as whole names (kj_watch_find).  Run it
 * before the text is dropped (the pipeline does, pipeline.h); for a release
 * without text only the overview is read.  Thread-safe for distinct
 * releases sharing one list.  `w` NULL does nothing.
 */
void kj_watch_scan(const struct kj_watch *w, kj_release *rel);

#ifdef __cplusplus
}
#endif

#endif
