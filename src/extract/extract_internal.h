/*
 * extract_internal.h — what the files of the extract stage share.
 *
 * The stage works in two steps.  First one scan over every block's
 * normalised text finds all lexicon terms (leftmost-longest), numbers with
 * their units and dates, as `hits`; the text is cut into sentences (a table
 * row counts as one) and clauses, each carrying the OR of its hits' cue
 * bits, and each sentence also gets the cues of its context (the headings
 * above it, the paragraph that introduces its list or table).  Second, one
 * file per fact family reads those hits and flags — never the text again —
 * and sets the release's fields with evidence.
 */
#ifndef KAIJI_EXTRACT_INTERNAL_H
#define KAIJI_EXTRACT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kaiji/extract.h"
#include "kaiji/model.h"
#include "kaiji/text.h"

/* ------------------------------------------------------------- cues */

/* Cue words: the lexicon's "cues" object, one list per name below. */
#define KJ_CUES(X)                                                                                 \
    X(LEAK, "leak")                                                                                \
    X(LEAK_NOUN, "leak_noun")                                                                      \
    X(POSSIBLE, "possible")                                                                        \
    X(NEGATION, "negation")                                                                        \
    X(CONFIRM, "confirm")                                                                          \
    X(CONTAIN, "contain")                                                                          \
    X(EXCLUSION, "exclusion")                                                                      \
    X(POINTER, "pointer")                                                                          \
    X(WHETHER, "whether")                                                                          \
    X(EXCEPT, "except")                                                                            \
    X(LIST_ONLY, "list_only")                                                                      \
    X(UNDETERMINED, "undetermined")                                                                \
    X(CONDITIONAL, "conditional")                                                                  \
    X(CONDITIONAL_OPEN, "conditional_open")                                                        \
    X(INVESTIGATING, "investigating")                                                              \
    X(PREVENT, "prevent")                                                                          \
    X(SECONDARY, "secondary")                                                                      \
    X(APOLOGY, "apology")                                                                          \
    X(INFO, "info")                                                                                \
    X(TARGET, "target")                                                                            \
    X(TOTAL, "total")                                                                              \
    X(SUBSET, "subset")                                                                            \
    X(BEFORE_MERGE, "before_merge")                                                                \
    X(AFTER_MERGE, "after_merge")                                                                  \
    X(REPORT_VERB, "report_verb")                                                                  \
    X(EV_OCCUR, "ev_occur")                                                                        \
    X(EV_DETECT, "ev_detect")                                                                      \
    X(EV_CONTAIN, "ev_contain")                                                                    \
    X(EV_NOTIFY, "ev_notify")                                                                      \
    X(EV_RESTORE, "ev_restore")                                                                    \
    X(EV_RELEASE, "ev_release")                                                                    \
    X(EV_STATUS, "ev_status")                                                                      \
    X(EV_TOLD, "ev_told")                                                                          \
    X(EV_STEP, "ev_step")                                                                          \
    X(PERIOD_OF, "period_of")                                                                      \
    X(THEN, "then")                                                                                \
    X(AT_ONCE, "at_once")                                                                          \
    X(DATED_RELEASE, "dated_release")                                                              \
    X(RANGE, "range")                                                                              \
    X(CONTRACTOR, "contractor")                                                                    \
    X(PROVIDER, "provider")                                                                        \
    X(SPOOF, "spoof")                                                                              \
    X(OWN, "own")                                                                                  \
    X(ATTACK_WORD, "attack_word")                                                                  \
    X(WARNING, "warning")                                                                          \
    X(REQUEST, "request")                                                                          \
    X(CLAUSE_BREAK, "clause_break")                                                                \
    X(FINAL, "final")                                                                              \
    X(COMPLETED, "completed")                                                                      \
    X(RESULTS, "results")                                                                          \
    X(GENERIC_ATTACK, "generic_attack")                                                            \
    X(SECTION_CONTACT, "section_contact")                                                          \
    X(SECTION_MEASURES, "section_measures")                                                        \
    X(SECTION_OVERVIEW, "section_overview")                                                        \
    X(MAIL_COUNT, "mail_count")                                                                    \
    X(PER_ITEM, "per_item")                                                                        \
    X(DEVICE, "device")                                                                            \
    X(ACCOUNT, "account")                                                                          \
    X(ALTERNATIVE, "alternative")                                                                  \
    X(MISUSE, "misuse")                                                                            \
    X(OUTAGE, "outage")                                                                            \
    X(USES, "uses")                                                                                \
    X(SERVICE, "service")                                                                          \
    X(COMPANY, "company")                                                                          \
    X(SYSTEM, "system")                                                                            \
    X(ONGOING, "ongoing")                                                                          \
    X(EARLIER_FIGURE, "earlier_figure")                                                            \
    X(ORIGIN_WIDE, "origin_wide")                                                                  \
    X(FAKE_SCREEN, "fake_screen")                                                                  \
    X(WEBSITE, "website")                                                                          \
    X(CHANNEL, "channel")                                                                          \
    X(USER_ACCOUNT, "user_account")                                                                \
    X(MAIL_CONTENT, "mail_content")                                                                \
    X(PRESUPPOSED, "presupposed")                                                                  \
    X(CORPORATE, "corporate")                                                                      \
    X(REGION, "region")                                                                            \
    X(PERSONAL, "personal")                                                                        \
    X(CARD_PAYMENT, "card_payment")                                                                \
    X(DUPLICATES, "duplicates")                                                                    \
    X(PARTY_SAYS, "party_says")                                                                    \
    X(PRESS, "press")                                                                              \
    X(RECORD_SPAN, "record_span")                                                                  \
    X(REPORT_LABEL, "report_label")                                                                \
    X(FINDING, "finding")                                                                          \
    X(NOT_OTHER_ITEM, "not_other_item")

typedef enum cue {
#define X(id, name) CUE_##id,
    KJ_CUES(X)
#undef X
        CUE__COUNT
} cue;

/* A set of cues, one bit each.  More than 64 cues: a 128-bit integer, which
 * gcc and clang provide on every 64-bit target, keeps the set one value that
 * `|`, `&` and `~` work on, rather than a struct every test would unpack. */
#ifndef __SIZEOF_INT128__
#error "kaiji needs a compiler with a 128-bit integer type (gcc or clang on a 64-bit target)"
#endif
__extension__ typedef unsigned __int128 cue_set;
_Static_assert(CUE__COUNT <= 128, "a cue_set holds at most 128 cues");
#define CUE(c) ((cue_set)1 << (CUE_##c))
#define HAS(set, c) (((set)&CUE(c)) != 0)

/* Where a date whose first digit is at s+at starts, not before `floor`:
 * at the era (令和, 令和元年) or relative word (同年, 同月, 翌月, 翌) before
 * the digit, else at the digit.  For scanners that jump from digit run to
 * digit run (the cues); kj_read_date then reads from there. */
size_t kj_date_lead(const char *s, size_t at, size_t floor);

/* Name of a cue in the lexicon ("leak"). */
const char *kj_cue_name(cue c);

/* Kinds of number units (the lexicon's "units" object). */
typedef enum unit_kind {
    UNIT_NONE,
    UNIT_PERSON,       /* 名, 人, 人分 */
    UNIT_RECORD,       /* 件 */
    UNIT_ORGANIZATION, /* 社, 団体 */
    UNIT_ACCOUNT,      /* アカウント */
    UNIT__COUNT
} unit_kind;

/* ---------------------------------------------------------- lexicon */

/* One distinct surface string and everything it means. */
typedef struct lex_entry {
    uint32_t text;       /* offset into kj_lexicon.strings */
    uint16_t len;        /* bytes */
    bool ignore;         /* listed under "ignore": matches, means nothing */
    uint8_t authorities; /* kj_set of kj_authority */
    cue_set cues;
    kj_set attacks;
    kj_set victims;
    kj_set data;
} lex_entry;

typedef struct lex_unit {
    const char *text;
    uint16_t len;
    uint8_t kind; /* unit_kind */
} lex_unit;

/*
 * The index, built so that the scan's common case — no word starts here —
 * costs one byte load: `flags` holds per BMP character whether a number
 * or date may start there, whether it is a one-character word, whether
 * longer words start with it, and whether it marks a scope or a sentence
 * end.  Two bitmaps, indexed by a hash
 * of the first two and first three characters, filter out pairs and
 * triples that begin no word.  Only then is the hash table of slots
 * consulted: the one-character word (key of one character), the
 * two-character word and whether longer ones follow (key of two), and
 * the words of three or more characters, longest first (key of three).
 */
#define LEX_FILTER_BITS 15 /* 2^15 bits = 4 KiB per filter */

enum {
    LEX_F_TRIGGER = 1, /* a number or date may start at this character */
    LEX_F_ONE = 2,     /* this character is a word */
    LEX_F_LONGER = 4,  /* longer words start with it */
    LEX_F_MARK = 8     /* ( ) 。 ! ? or a line break: scope and sentence marks */
};

#define LEX_KEY1(c1) ((uint64_t)3 << 62 | (uint64_t)(c1))
#define LEX_KEY2(c1, c2) ((uint64_t)1 << 62 | (uint64_t)(c1) << 16 | (uint64_t)(c2))
#define LEX_KEY3(c1, c2, c3)                                                                       \
    ((uint64_t)2 << 62 | (uint64_t)(c1) << 32 | (uint64_t)(c2) << 16 | (uint64_t)(c3))

typedef struct lex_slot {
    uint64_t key;    /* LEX_KEY1/2/3, 0 for an empty slot */
    uint32_t value;  /* key of three: first candidate in `matches`; of one or
                        two: the word's id + 1, or 0, with LEX_IGNORED set for an
                        `ignore` word (so the scan never reads the entry) */
    uint16_t count;  /* key of three: number of candidates */
    uint16_t longer; /* key of two: words of three or more characters start so */
} lex_slot;

/* What the scan compares of a word of three or more characters, kept
 * apart from the entry (and in bucket order) so the comparison reads one
 * small record. */
#define LEX_IGNORED 0x80000000u

typedef struct lex_match {
    uint32_t id;        /* the entry, with LEX_IGNORED for an `ignore` word */
    uint32_t next4;     /* the (up to) four bytes after the first three characters */
    uint32_t next_mask; /* 0xFF for each of those bytes, in memory order */
    uint32_t rest;      /* offset in `strings` of the bytes after those */
    uint16_t len;       /* bytes of the whole word */
    uint8_t head;       /* bytes of the first three characters */
    uint8_t next_len;   /* 0-4 */
} lex_match;

struct kj_lexicon {
    lex_entry *entries;
    size_t n_entries;
    char *strings;
    uint8_t *flags;    /* [0x10000]: LEX_F_* of each BMP character */
    uint64_t *pairs;   /* [2^LEX_FILTER_BITS / 64]: filter of first-two keys */
    uint64_t *triples; /* [2^LEX_FILTER_BITS / 64]: filter of first-three keys */
    lex_slot *slots;   /* [slot_mask + 1] */
    uint32_t slot_mask;
    lex_match *matches; /* words of three or more characters, grouped by their
                           first three, longest first */
    lex_unit *units;    /* longest first */
    size_t n_units;
    bool builtin;
};

static inline bool lex_bit(const uint64_t *bits, uint32_t i)
{
    return (bits[i >> 6] >> (i & 63)) & 1;
}

static inline uint32_t lex_filter2(uint32_t c1, uint32_t c2)
{
    return (c1 * 0x9E3779B1u ^ c2 * 0x85EBCA77u) >> (32 - LEX_FILTER_BITS);
}

static inline uint32_t lex_filter3(uint32_t c1, uint32_t c2, uint32_t c3)
{
    return (c1 * 0x9E3779B1u ^ c2 * 0x85EBCA77u ^ c3 * 0xC2B2AE3Du) >> (32 - LEX_FILTER_BITS);
}

static inline uint32_t lex_hash(uint64_t key)
{
    return (uint32_t)((key * UINT64_C(0x9E3779B97F4A7C15)) >> 40);
}

/* The slot of `key`, or NULL. */
static inline const lex_slot *lex_find(const struct kj_lexicon *lex, uint64_t key)
{
    for (uint32_t i = lex_hash(key) & lex->slot_mask;; i = (i + 1) & lex->slot_mask) {
        const lex_slot *p = &lex->slots[i];
        if (p->key == key)
            return p;
        if (p->key == 0)
            return NULL;
    }
}

/* ------------------------------------------------------- scan result */

typedef enum hit_kind {
    HIT_TERM,
    HIT_NUMBER,
    HIT_DATE,
    HIT_SELF, /* the release's own organisation named (no lexicon meaning) */
    HIT_OPEN, /* ( : a parenthesis is a scope of its own for negation */
    HIT_CLOSE /* ) */
} hit_kind;

typedef struct hit {
    uint32_t block;     /* index into rel->doc.blocks; UINT32_MAX for the title */
    uint32_t pos;       /* byte offset in the block's normalised text */
    uint32_t len;       /* bytes (a number includes its unit) */
    uint8_t kind;       /* hit_kind */
    uint8_t unit;       /* unit_kind of a number */
    uint8_t quoted;     /* inside 「」: a quoted title or name, not the release's own words */
    uint16_t num_flags; /* KJ_NUM_* of a number */
    uint32_t entry;     /* lexicon entry of a term */
    int64_t value;      /* a number's value (high end of a range) */
    kj_date date;
    unsigned date_flags;
} hit;

typedef enum sent_kind {
    SENT_TITLE,     /* the overview's title bullet */
    SENT_HEADING,   /* a heading */
    SENT_PARAGRAPH, /* a sentence of a paragraph outside lists */
    SENT_ITEM,      /* a sentence of a list item */
    SENT_ROW        /* a table row (all its cells) */
} sent_kind;

typedef struct clause {
    uint32_t hit_start, hit_end;
    cue_set cues;
} clause;

typedef struct sentence {
    uint8_t kind;        /* sent_kind */
    bool fragment;       /* a list item, table row or verbless line (no 。): the
                            words of a list, read with its lead-in */
    bool gloss;          /* a note that defines a word (`※用語:説明`) or a question
                            (`Q …ですか`): states no facts */
    uint32_t block;      /* first block (UINT32_MAX: the title) */
    uint32_t last_block; /* last block (a table row spans its cells) */
    uint32_t start, end; /* byte range in `block` (rows: the whole cells) */
    uint32_t hit_start, hit_end;
    uint32_t clause_start, clause_end;
    int32_t section;               /* -1 before any heading */
    int32_t table, row;            /* for SENT_ROW */
    cue_set cues;                  /* OR of the sentence's own hits */
    cue_set context;               /* cues of the headings above and the lead-in paragraph */
    kj_set attacks, victims, data; /* OR of the sentence's terms */
    uint8_t authorities;
} sentence;

/* Everything one extraction run works on; scratch freed at the end. */
typedef struct extract_ctx {
    kj_release *rel;
    const kj_lexicon *lex;
    const char *title; /* the overview title, normalised ("" when none) */
    uint32_t title_len;
    const char **orgs;   /* the release's organisations, normalised: no facts */
    uint32_t *org_lens;  /* are read inside their names (地方職員共済組合) */
    uint32_t *org_first; /* first code point of each name */
    uint64_t org_bloom;  /* bit (first code point & 63) of each name */
    size_t n_orgs;
    hit *hits;
    size_t n_hits, cap_hits;
    sentence *sents;
    size_t n_sents, cap_sents;
    clause *clauses;
    size_t n_clauses, cap_clauses;
    cue_set *section_cues;   /* per section: its heading's cues OR its parents' */
    bool *section_has_data;  /* per section: some sentence in it (or below) names data */
    kj_buf scratch;          /* evidence text assembly */
    int third_party_for;     /* facts_attack.c: weight of clauses placing the incident at a */
    int third_party_against; /* third party / in the organisation's own systems */
    const sentence *third_party_why; /* the sentence that made third_party true */
    bool quoting;                    /* the scan is inside 「」 */
    const sentence *takeover[4];     /* facts_attack.c: sentences stating an account taken over */
    size_t n_takeover;
    kj_set mail_kinds; /* facts_subjects.c: data_types named only by a word for mails
                          (`メール情報` → email): no personal data named for the leak */
    /* facts_subjects.c: the first line of data held that is a client
     * company's record (`法人名、…担当者情報`), and whether some line of data
     * held is a person's own (`お客様の氏名、住所`) */
    const sentence *client_record;
    bool person_record;
} extract_ctx;

/* lexicon.c */
const lex_entry *kj_lex_entry_at(const kj_lexicon *lex, uint32_t id);

/* scan.c: fills ctx->hits, ctx->sents, ctx->clauses, ctx->section_cues. */
void kj_scan_release(extract_ctx *ctx);

/* Text of block `b` (the title for UINT32_MAX). */
const char *kj_ctx_block_text(const extract_ctx *ctx, uint32_t block, uint32_t *len);

/* The suffix (市, 区, 町 or 村) that ends a town's name `name` (`n` bytes,
 * longer than the suffix), or NULL: a static string. */
const char *kj_town_suffix(const char *name, size_t n);

/* The lexicon entry of a term hit. */
static inline const lex_entry *hit_entry(const extract_ctx *ctx, const hit *h)
{
    return &ctx->lex->entries[h->entry];
}

/* Does hit `x` name the organisation itself: its own name (HIT_SELF) or an
 * own-word (当社, 本学, 当会 …)? */
static inline bool kj_names_the_organisation(const extract_ctx *ctx, const hit *x)
{
    return x->kind == HIT_SELF || (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, OWN));
}

/* Section path of a sentence ("" at the top, "公表概要" for the title). */
const char *kj_sentence_section(const extract_ctx *ctx, const sentence *s);

/* The sentence as text (NUL-terminated, valid until the next call). */
const char *kj_sentence_text(extract_ctx *ctx, const sentence *s);

/* Records evidence for `field` = `value` from sentence `s`. */
void kj_add_evidence(extract_ctx *ctx, kj_field field, const char *value, const sentence *s);

/* Index of the clause holding hit `h` of sentence `s`. */
const clause *kj_clause_of(const extract_ctx *ctx, const sentence *s, size_t h);

/* extract.c: shared reading helpers. */

/* In a contact section (お問い合わせ先 …): carries no facts. */
bool kj_sentence_is_aside(const sentence *s);

/* In a measures section (再発防止策, 今後の対応, お願い …). */
bool kj_sentence_is_measures(const sentence *s);

/* Cues of the clause's terms before / after hit index `h`, skipping
 * parentheses that open after it: `銀行口座番号(暗証番号は含みません)`
 * excludes only what stands inside them, while `マイナンバー(個人番号)は
 * 含まれておりません` excludes both. */
cue_set kj_cues_before(const extract_ctx *ctx, const clause *c, size_t h);
cue_set kj_cues_after(const extract_ctx *ctx, const clause *c, size_t h);

/*
 * True when what follows hit `h` in its clause (same parenthesis level)
 * denies it: a negation that is not itself turned into a possibility
 * afterwards.  `可能性もない` denies; `可能性は否定できない` (one possibility
 * word) and `確認されていないが、可能性がある` (two clauses) do not.
 */
bool kj_negated_after(const extract_ctx *ctx, const clause *c, size_t h);

/*
 * True when hit `h` stands in a condition: `場合` (and the like) follows
 * it closely in its clause, or `万が一` / `仮に` opens a condition shortly
 * before it that has not closed yet.  Conditions are short, so only the
 * CONDITION_REACH bytes around the hit are looked at: in `…報告を行うと
 * ともに…連携し、…新たに流出が確認された場合には…` the report is a fact.
 */
bool kj_conditional_at(const extract_ctx *ctx, const clause *c, size_t h);
#define CONDITION_REACH 90 /* bytes: about 30 Japanese characters */

/*
 * Does the word at hit `x` run straight into a noun it qualifies — a
 * kanji, katakana or Latin word right after it: `意図しない投稿`,
 * `当方も知り得ないメールアドレス`?  Such a negation denies only what its
 * relative clause says (`脆弱性が確認されていないバージョン`), not what
 * stands before it across a comma; `流出していないこと`, `ございません。`
 * end a statement.
 */
bool kj_negation_qualifies_noun(const extract_ctx *ctx, const hit *x);

/* Does the text between the end of hit `a` and the start of the later hit
 * `b` of the same block contain one of the `n` strings `lits`
 * (`、`, `や` …)?  False for hits of different blocks. */
bool kj_text_between_has(const extract_ctx *ctx, const hit *a, const hit *b,
                         const char *const *lits, size_t n);

/* Does the text right before hit `x` end with `lit` (`偽の`)? */
bool kj_text_before_is(const extract_ctx *ctx, const hit *x, const char *lit);

/* Does the text right after hit `x` start with `lit`? */
bool kj_text_after_is(const extract_ctx *ctx, const hit *x, const char *lit);

/* Does the text of hit `x` itself hold `word` (`グループ会社` in `当社グループ
 * 会社`)? */
bool kj_hit_text_has(const extract_ctx *ctx, const hit *x, const char *word);

/* Does the text right after hit `x` start with one of the `n` strings of
 * `lits` (`が混入`, `の混入` …)? */
bool kj_text_after_any(const extract_ctx *ctx, const hit *x, const char *const *lits, size_t n);

/* Does the text right after hit `x` start with one of `firsts` followed at
 * once by one of `seconds` (`した` + `事実や`)?  The pairs are read in place,
 * no phrase is built. */
bool kj_text_after_seq(const extract_ctx *ctx, const hit *x, const char *const *firsts, size_t n1,
                       const char *const *seconds, size_t n2);

/* Does the text right before hit `x` end with one of the `n` strings of
 * `lits`? */
bool kj_text_before_any(const extract_ctx *ctx, const hit *x, const char *const *lits, size_t n);

/* Does the text of sentence `s` after hit `x`, up to the sentence's end,
 * contain one of the `n` strings of `lits` (`報告を受け`, `連絡を受け` …)?
 * False when `x` stands in another block than the sentence. */
bool kj_sentence_rest_has(const extract_ctx *ctx, const sentence *s, const hit *x,
                          const char *const *lits, size_t n);

/*
 * `…が運営する物流サービスをご利用いただいているお取引先企業様`: does the
 * text of `t` (`len` bytes) from `at` run, within its clause and about 40
 * characters, into `をご利用…` followed by the users (お取引先, お客様,
 * 会員 …)?  A party's service named so says whose data is meant, not where
 * the incident happened.
 */
bool kj_service_users_follow(const char *t, size_t len, size_t at);

/* kj_service_users_follow from the end of hit `x` (a provider's
 * `が運営する`). */
bool kj_names_its_users(const extract_ctx *ctx, const hit *x);

/*
 * Is the staff word at hit `h` the one who acted rather than whose data
 * leaked: `従業員が誤って送信`, `元従業員1名が持ち出し`, `教員は…紛失`?
 * Staff as the subject (が / は) are actors; staff whose data leaked are
 * written `従業員の個人情報`, `従業員64名分`.
 */
bool kj_is_actor(const extract_ctx *ctx, const sentence *s, size_t h);

/* facts_counts.c: is number hit `h` a count of people or personal-data
 * records (名, 人, 件), not of mails, devices or the staff who acted? */
bool kj_counts_people(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h);

/* Fact families, each in its own file; run in this order. */
void kj_extract_report(extract_ctx *ctx);      /* facts_report.c: report number/final */
void kj_extract_attacks(extract_ctx *ctx);     /* facts_attack.c: attack_types, third_party */
void kj_extract_origin(extract_ctx *ctx);      /* facts_origin.c: origin (reads third_party) */
void kj_extract_subjects(extract_ctx *ctx);    /* facts_subjects.c: victims, data types */
void kj_extract_leak(extract_ctx *ctx);        /* facts_leak.c: leak_status (reads the above) */
void kj_extract_counts(extract_ctx *ctx);      /* facts_counts.c: affected counts */
void kj_extract_dates(extract_ctx *ctx);       /* facts_dates.c: events, occurred, detected */
void kj_extract_authorities(extract_ctx *ctx); /* facts_authority.c: reported_to */
void kj_extract_info_list(extract_ctx *ctx);   /* info_list.c: rel->cues.info_items */

/*
 * Is sentence `s` the title of another notice, cited on a line of its own
 * (`IIJセキュアMXサービスにおけるお客様情報の漏えいについて`, under
 * `(ご参考)…ニュースリリース`, or a web page's `…について | IIJについて | IIJ`)?
 * A line without a full stop that ends the way titles end names what
 * another text is about, not whose data this release says is at stake
 * (facts_subjects.c).
 */
bool kj_cited_title(const extract_ctx *ctx, const sentence *s);

/* facts_other.c: does sentence `s`, a list of data words, also list an item
 * that no vocabulary word names (`氏名、住所、出身国`)?  The reference reads
 * such an item as `other`; a trailing 等, a summary word or business data
 * is none. */
bool kj_lists_unnamed_item(const extract_ctx *ctx, const sentence *s);

/* facts_other.c: is item `s`, right after the item `before` that named data
 * held, a vague entry of the same list (`その他、会員サービスで扱う各種データ`,
 * `その他、当社が保有する情報`)?  The reference reads it as `other`. */
bool kj_vague_item(const extract_ctx *ctx, const sentence *s, const sentence *before);

#endif
