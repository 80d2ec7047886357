/*
 * model.h — the release model every stage reads.
 *
 * One archived Markdown file becomes one kj_release: the overview bullets,
 * the body as blocks under a heading tree, and (after the extract stage) the
 * schema fields of ../shared/gold/SCHEMA.md with the evidence behind each
 * value.  Everything a release points to lives in its arena; a release is
 * freed with kj_release_free() and nothing else.
 */
#ifndef KAIJI_MODEL_H
#define KAIJI_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kaiji/arena.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- dates */

/**
 * A calendar date with its precision: `year == 0` means no date, `day == 0`
 * means only the month is known (`YYYY-MM`).
 */
typedef struct kj_date {
    int16_t year;
    int8_t month;
    int8_t day;
} kj_date;

#define KJ_DATE_NONE ((kj_date){0, 0, 0})

/** True when `d` holds a date (of either precision). */
bool kj_date_is_set(kj_date d);

/** True when `d` is a real calendar date (month 1-12, day within the month
 *  or 0, year 1900-2999). */
bool kj_date_is_valid(kj_date d);

/**
 * Writes `d` as `YYYY-MM-DD` or `YYYY-MM` into `buf` (11 bytes) and returns
 * `buf`; an unset date writes the empty string.
 */
char *kj_date_format(kj_date d, char buf[11]);

/** Parses `YYYY-MM-DD` or `YYYY-MM`; returns KJ_DATE_NONE on anything else. */
kj_date kj_date_parse_iso(const char *s);

/**
 * Orders two dates; a month-precision date sorts before every day of that
 * month.  Unset dates sort first.
 */
int kj_date_cmp(kj_date a, kj_date b);

/** Days since 1970-01-01 (month-precision dates count from the 1st). */
int32_t kj_date_to_days(kj_date d);

/** The inverse of kj_date_to_days. */
kj_date kj_date_from_days(int32_t days);

/* ---------------------------------------------------------- vocabularies */

/**
 * What the headline figure (affected_persons) counts: people (人, 名, 方),
 * records of personal data (件, 行, レコード) or accounts (アカウント, ID,
 * mail accounts).  Figures of different units are never added together.
 */
typedef enum kj_affected_unit {
    KJ_AFFECTED_NONE, /* no figure */
    KJ_AFFECTED_PERSONS,
    KJ_AFFECTED_RECORDS,
    KJ_AFFECTED_ACCOUNTS,
    KJ_AFFECTED__COUNT
} kj_affected_unit;

/** Schema spelling of a unit (`"persons"`), NULL for KJ_AFFECTED_NONE. */
const char *kj_affected_unit_name(kj_affected_unit u);

/** Japanese counter for a unit in reports (`"人"`, `"件"`, `"アカウント"`). */
const char *kj_affected_unit_label(kj_affected_unit u);

/**
 * Whose figure the headline is: the organisation's own people (`own`) or
 * the total a contractor or service states across all its clients
 * (`origin_total`), which several notices of one wave quote alike and
 * which is therefore counted once per wave.
 */
typedef enum kj_scope {
    KJ_SCOPE_NONE, /* no figure */
    KJ_SCOPE_OWN,
    KJ_SCOPE_ORIGIN_TOTAL,
    KJ_SCOPE__COUNT
} kj_scope;

/** Schema spelling of a scope (`"origin_total"`), NULL for KJ_SCOPE_NONE. */
const char *kj_scope_name(kj_scope s);

/**
 * How the text qualifies the headline figure, beyond its unit: an upper
 * bound (`最大で90万件`), a count with duplicates (`延べ193,118人`) or a
 * provisional count (`約31,500名（9月16日時点：暫定）`).  A page prints them
 * with the number (「最大延べ193,118人」, 「31,500人（暫定）」): a board that
 * reads 193,118 people as a plain count is told more than the text says.
 * 約 is not among them: a rounded figure is still the figure.
 */
enum {
    KJ_FIGURE_AT_MOST = 1u << 0,     /* 最大, 上限, …以下 */
    KJ_FIGURE_GROSS = 1u << 1,       /* 延べ, のべ, 名寄せ前: people may be counted twice */
    KJ_FIGURE_PROVISIONAL = 1u << 2, /* 暫定, 精査中, those told so far while the telling
                                        goes on: the count may still change */
    KJ_FIGURE_MIXED_UNITS = 1u << 3  /* people and records of separate groups added up
                                        (最大45万件 + 7,518名): counted in the unit of the
                                        largest part */
};

/** The words a page puts before a figure qualified by `q` (KJ_FIGURE_*):
 *  `"最大"`, `"延べ"`, `"最大延べ"`; `""` for none. */
const char *kj_figure_qualifier_prefix(unsigned q);

/** The qualifiers of `q` named and joined, for a note about a figure:
 *  `"最大・延べ"`, `"暫定"`, `"最大・延べ・暫定"` (KJ_FIGURE_MIXED_UNITS has
 *  no word here); `""` for none. */
const char *kj_figure_qualifier_words(unsigned q);

/** The words a page puts after a figure (and its unit) qualified by `q`:
 *  `"（暫定）"` for a provisional count, `"（人数と件数の合計）"` for a sum of
 *  people and records, both, or `""`. */
const char *kj_figure_qualifier_suffix(unsigned q);

/*
 * The schema's closed vocabularies.  Values are stored as bit sets
 * (kj_set), bit n standing for enum value n, so that counting and comparing
 * sets is a mask operation.  kj_vocab_name() gives the schema spelling and
 * kj_vocab_label() the Japanese label reports print.
 */
typedef uint32_t kj_set;

#define KJ_SET_HAS(set, value) (((set) >> (value)) & 1u)
#define KJ_SET_ADD(set, value) ((set) |= (1u << (value)))

typedef enum kj_attack_type {
    KJ_ATTACK_RANSOMWARE,
    KJ_ATTACK_UNAUTHORIZED_ACCESS,
    KJ_ATTACK_MALWARE,
    KJ_ATTACK_PHISHING,
    KJ_ATTACK_ACCOUNT_TAKEOVER,
    KJ_ATTACK_WEB_TAMPERING,
    KJ_ATTACK_MISCONFIGURATION,
    KJ_ATTACK_MISDELIVERY,
    KJ_ATTACK_DDOS,
    KJ_ATTACK_VULNERABILITY,
    KJ_ATTACK_INSIDER,
    KJ_ATTACK_LOSS_THEFT,
    KJ_ATTACK_SYSTEM_FAILURE,
    KJ_ATTACK_SPAM_RELAY,
    KJ_ATTACK__COUNT
} kj_attack_type;

typedef enum kj_victim {
    KJ_VICTIM_CUSTOMERS,
    KJ_VICTIM_BUSINESS_PARTNERS,
    KJ_VICTIM_EMPLOYEES,
    KJ_VICTIM_SHAREHOLDERS,
    KJ_VICTIM_APPLICANTS,
    KJ_VICTIM_STUDENTS,
    KJ_VICTIM_PATIENTS,
    KJ_VICTIM_RESIDENTS,
    KJ_VICTIM_FAMILY,
    KJ_VICTIM_OTHER,
    KJ_VICTIM__COUNT
} kj_victim;

typedef enum kj_data_type {
    KJ_DATA_NAME,
    KJ_DATA_ADDRESS,
    KJ_DATA_PHONE,
    KJ_DATA_EMAIL,
    KJ_DATA_BIRTHDATE,
    KJ_DATA_GENDER,
    KJ_DATA_AGE,
    KJ_DATA_AFFILIATION,
    KJ_DATA_MY_NUMBER,
    KJ_DATA_CREDIT_CARD,
    KJ_DATA_BANK_ACCOUNT,
    KJ_DATA_PASSPORT,
    KJ_DATA_DRIVERS_LICENSE,
    KJ_DATA_ID_DOCUMENT,
    KJ_DATA_PENSION_NUMBER,
    KJ_DATA_INSURANCE_NUMBER,
    KJ_DATA_TAX_ID,
    KJ_DATA_EMPLOYEE_NUMBER,
    KJ_DATA_CREDENTIALS,
    KJ_DATA_PURCHASE_HISTORY,
    KJ_DATA_HEALTH,
    KJ_DATA_HR,
    KJ_DATA_STUDENT_RECORD,
    KJ_DATA_SHAREHOLDING,
    KJ_DATA_OTHER,
    KJ_DATA__COUNT
} kj_data_type;

typedef enum kj_authority {
    KJ_AUTH_PPC,
    KJ_AUTH_POLICE,
    KJ_AUTH_MINISTRY,
    KJ_AUTH_IPA_JPCERT,
    KJ_AUTH__COUNT
} kj_authority;

typedef enum kj_leak_status {
    KJ_LEAK_UNKNOWN,
    KJ_LEAK_NONE,
    KJ_LEAK_POSSIBLE,
    KJ_LEAK_CONFIRMED,
    KJ_LEAK__COUNT
} kj_leak_status;

typedef enum kj_vocab {
    KJ_VOCAB_ATTACK,
    KJ_VOCAB_VICTIM,
    KJ_VOCAB_DATA,
    KJ_VOCAB_AUTHORITY,
    KJ_VOCAB_LEAK,
    KJ_VOCAB__COUNT
} kj_vocab;

/** Number of values in vocabulary `v`. */
int kj_vocab_size(kj_vocab v);

/** Schema spelling of `value` in `v` (`"unauthorized_access"`), or NULL. */
const char *kj_vocab_name(kj_vocab v, int value);

/** Japanese label for reports (`"不正アクセス"`), or NULL. */
const char *kj_vocab_label(kj_vocab v, int value);

/** The value reports list at position `rank` (0 … kj_vocab_size(v) − 1),
 *  or -1: the schema's order, except victims, whose served people
 *  (patients, residents, students, customers …) come before the
 *  organisation's own staff and partners. */
int kj_vocab_display_value(kj_vocab v, int rank);

/** The value whose schema spelling is `name`, or -1. */
int kj_vocab_lookup(kj_vocab v, const char *name);

/** Number of members of a set. */
int kj_set_count(kj_set set);

/* -------------------------------------------------------------- document */

/** Text as written (`raw`) and normalised for matching (`norm`, see
 *  kj_normalize()).  Both are NUL-terminated. */
typedef struct kj_text {
    const char *raw;
    const char *norm;
    uint32_t raw_len;
    uint32_t norm_len;
} kj_text;

typedef enum kj_block_kind {
    KJ_BLOCK_PARAGRAPH,  /* a paragraph, inside a list item when list_item >= 0 */
    KJ_BLOCK_HEADING,    /* opens section `section` */
    KJ_BLOCK_TABLE_CELL, /* one cell of a pipe table */
    KJ_BLOCK_CODE        /* a code block's literal text */
} kj_block_kind;

/**
 * One leaf of the body: the unit extraction reads.  Blocks appear in
 * document order.
 */
typedef struct kj_block {
    kj_block_kind kind;
    uint8_t heading_level; /* 1-6 for headings, else 0 */
    bool quoted;           /* inside a block quote */
    uint16_t list_depth;   /* 0 outside lists, 1 for a top-level item … */
    int32_t section;       /* index into kj_document.sections, -1 before any heading */
    int32_t list_item;     /* ordinal of the enclosing list item, -1 outside lists */
    int32_t table;         /* ordinal of the enclosing table, -1 outside tables */
    int32_t row;           /* table row, 0 being the header row */
    int32_t col;           /* table column */
    kj_text text;
} kj_block;

/** A heading and the blocks under it; `parent` is the enclosing section. */
typedef struct kj_section {
    int32_t parent;        /* -1 for a top-level section */
    uint8_t level;         /* heading level 1-6 */
    int32_t heading_block; /* index of the heading's block */
    const char *path;      /* normalised titles from the top, joined by " > "; each title
                              cut to 256 bytes (marked `…`) */
} kj_section;

/** The body of a release (everything under `# 本文`). */
typedef struct kj_document {
    kj_block *blocks;
    size_t n_blocks;
    kj_section *sections;
    size_t n_sections;
    int32_t n_tables;
    int32_t n_list_items;
} kj_document;

/* -------------------------------------------------------------- overview */

/** A link bullet of the overview, e.g. `第2報：https://…`. */
typedef struct kj_link {
    const char *label;        /* normalised label (`第2報`), "" when none */
    const char *url;          /* http/https URL as written */
    const char *archive_path; /* `YYYY/MM/DD_name.md` the URL names, or NULL */
} kj_link;

/** A `key: value` item of the overview or a metadata section (`事案ID`). */
typedef struct kj_meta {
    const char *key;   /* normalised */
    const char *value; /* as written, trimmed */
} kj_meta;

/** The `# 公表概要` list and the metadata sections that follow it. */
typedef struct kj_overview {
    bool present;           /* false: no overview list was found */
    const char *title;      /* as written, trimmed */
    const char *date_text;  /* the date bullet as written */
    const char *org_text;   /* the organisation bullet as written */
    const char *source_url; /* http/https only, else NULL */
    const char **organizations;
    size_t n_organizations;
    kj_link *links;
    size_t n_links;
    kj_meta *meta;
    size_t n_meta;
} kj_overview;

/* ---------------------------------------------------------- diagnostics */

/** What can be wrong with a file; `kaiji check` reports these. */
typedef enum kj_problem {
    KJ_PROBLEM_UNREADABLE,   /* the file could not be read: skipped */
    KJ_PROBLEM_BAD_ENCODING, /* neither UTF-8 nor CP932: skipped */
    KJ_PROBLEM_CONVERTED,    /* read as Shift_JIS/CP932 and converted */
    KJ_PROBLEM_EMPTY,        /* the file holds no text */
    KJ_PROBLEM_NO_OVERVIEW,  /* no `# 公表概要` list: path date and name used */
    KJ_PROBLEM_BAD_DATE,     /* no readable date in the overview */
    KJ_PROBLEM_NO_ORGANIZATION,
    KJ_PROBLEM_NOTE,    /* informational only */
    KJ_PROBLEM_REPAIRED /* part of the file read another way than written: stray bytes
                           and NULs as U+FFFD, a table too large as plain text */
} kj_problem;

typedef struct kj_diag {
    kj_problem problem;
    const char *message; /* reason in plain words, without the file name */
} kj_diag;

/** True for problems that make a release unusable (it is skipped). */
bool kj_problem_is_fatal(kj_problem p);

/** True for problems `kaiji check` lists (everything but notes). */
bool kj_problem_is_listed(kj_problem p);

/* -------------------------------------------------------------- facts */

/** Sentinel for an affected count the release does not state. */
#define KJ_COUNT_NONE INT64_C(-1)

/** Schema fields, for evidence records and `kaiji explain`. */
typedef enum kj_field {
    KJ_FIELD_PUBLISHED,
    KJ_FIELD_ORGANIZATIONS,
    KJ_FIELD_REPORT,
    KJ_FIELD_ATTACK_TYPES,
    KJ_FIELD_THIRD_PARTY,
    KJ_FIELD_LEAK_STATUS,
    KJ_FIELD_AFFECTED_PERSONS,
    KJ_FIELD_AFFECTED_PERSONS_CONFIRMED,
    KJ_FIELD_AFFECTED_ORGANIZATIONS,
    KJ_FIELD_VICTIM_CATEGORIES,
    KJ_FIELD_DATA_TYPES,
    KJ_FIELD_DATA_TYPES_EXCLUDED,
    KJ_FIELD_OCCURRED,
    KJ_FIELD_DETECTED,
    KJ_FIELD_REPORTED_TO,
    KJ_FIELD_AFFECTED_UNIT,
    KJ_FIELD_FIGURE_SCOPE,
    KJ_FIELD_ORIGIN,
    KJ_FIELD__COUNT
} kj_field;

/** Schema key of `f` (`"affected_persons"`). */
const char *kj_field_name(kj_field f);

/** Why a field holds a value: the sentence it was read from. */
typedef struct kj_evidence {
    kj_field field;
    const char *value;   /* the value it supports, in schema spelling */
    const char *text;    /* the normalised sentence */
    const char *section; /* heading path, "" for the body's top, "公表概要" */
} kj_evidence;

typedef enum kj_event_kind {
    KJ_EVENT_OCCURRED,  /* the attack or incident itself */
    KJ_EVENT_DETECTED,  /* noticed, detected, confirmed */
    KJ_EVENT_CONTAINED, /* isolated, shut down, blocked */
    KJ_EVENT_REPORTED,  /* reported to an authority */
    KJ_EVENT_NOTIFIED,  /* affected people informed */
    KJ_EVENT_RESTORED,  /* service restored */
    KJ_EVENT_RELEASE,   /* a release (this one or an earlier one) */
    KJ_EVENT_OTHER,
    KJ_EVENT__COUNT
} kj_event_kind;

/** Schema spelling of an event kind (`"detected"`). */
const char *kj_event_kind_name(kj_event_kind k);

/** Japanese label of an event kind (`"検知"`). */
const char *kj_event_kind_label(kj_event_kind k);

typedef struct kj_event {
    kj_date date;
    kj_event_kind kind;
    const char *evidence; /* normalised sentence */
} kj_event;

typedef struct kj_report {
    int number; /* N of 第N報, 0 when the release does not call itself one */
    bool final; /* 最終報, or a completed investigation's results */
} kj_report;

/* ------------------------------------------------------ aggregation cues */

/** Kinds of organisation a briefing breaks figures down by. */
typedef enum kj_org_type {
    KJ_ORG_COMPANY, /* 企業 */
    KJ_ORG_PUBLIC,  /* 自治体・公的機関 */
    KJ_ORG_SCHOOL,  /* 学校・教育 */
    KJ_ORG_MEDICAL, /* 医療・福祉 */
    KJ_ORG_OTHER,   /* その他 */
    KJ_ORG__COUNT
} kj_org_type;

/**
 * What the aggregate stage reads from the body before the text is dropped:
 * kj_scan_cues() (aggregate.h) fills it on a loader thread, and grouping and
 * classification read it later from facts-only releases.  All zero (with
 * `scanned` false) when no scan ran.
 */
typedef struct kj_cues {
    bool scanned;
    int8_t self_type; /* kj_org_type the text's self-references point to
                         (当院 → medical, 本学 → school), -1 when none; only read
                         when no organisation's name gives its type */
    uint16_t n_dates;
    uint16_t n_cited;
    uint16_t n_published_by_others;
    kj_date *dates;         /* day-precision dates the body mentions, sorted, distinct */
    kj_date *cited;         /* dates the body cites as an earlier publication
                               (`1月20日付`, `1月20日に公表した`), sorted, distinct */
    kj_date *published_by_others; /* dates the body names as another party's
                                     publication (`4月23日に建築局が発表した`,
                                     `同日に同社が公表した`), sorted, distinct */
    const char *contractor; /* matching key (kj_org_key) of the contractor the body
                               names as where the incident happened, or NULL */
    const char *market;     /* matching key (kj_org_key) of the platform on whose app
                               market the body says the organisation offers its app
                               (`弊社がXアプリマーケットにて提供しておりますアプリ`),
                               not its own; NULL when none */
    /* Lists of the information concerned (a list or table under
     * `以下の情報が流出…` or a heading `漏えいした個人情報の項目`), counted
     * by kj_extract_release (not kj_scan_cues); the fact checks (checks.h)
     * expect data types, a victim group and an attack type where a release
     * has them. */
    uint16_t info_items;      /* their items, 0 when the body has no such list */
    uint16_t info_data_items; /* … of which name a kind of data (氏名, 住所) */
    bool info_people;         /* a list or its lead-in names whose information it is
                                 (お客様, 従業員) */
    bool generic_attack;      /* the body speaks of the attack in general words
                                 (サイバー攻撃), which state no type (SCHEMA.md) */
    bool follow_up;           /* the body calls the release a follow-up: it refers back
                                 to an earlier notice (`第1報でお知らせしたとおり`,
                                 `前回のお知らせ`) or says it is one (a line `続報`) */
    bool first_report;        /* the body calls it a first report (`第一報として`) and
                                 never a follow-up */
    bool separate_incident;   /* the body says it tells another incident than an earlier
                                 one (`前回のインシデントとは別件`, `再度インシデントが発生`) */
    bool leak_in_question;    /* the body says whether a leak happened is still searched
                                 (`漏えいの有無については…調査を継続`) */
    uint16_t n_quoted;
    const char **quoted; /* titles the body may cite: 「…」 and 『…』 of 8 to 100
                            characters, normalised, at most 8, none from a sentence
                            that denies a link (`…とは無関係です`) */
} kj_cues;

/* ------------------------------------------------------------- snippets */

/**
 * Passages of the body that page builders show (the one-pagers: the
 * opening as a summary, the countermeasures announced), copied as written
 * by kj_capture_snippets() (aggregate.h) on the loader thread before the
 * text is dropped, so that a facts-only release still has them.  Each is
 * bounded in length, so keeping them for many releases costs little.  All
 * zero (`captured` false) when no capture ran.
 */
typedef struct kj_snippets {
    bool captured;
    bool opening_cut;          /* the body goes on after `opening` */
    const char *opening;       /* the body's opening paragraphs as written, '\n' between
                                  paragraphs, ending at a sentence end; NULL when none */
    const char **measures;     /* countermeasures announced (再発防止策 / 対策 items), as
                                  written, list markers removed */
    uint16_t n_measures;       /* items in `measures` */
    uint16_t n_measures_found; /* items found (more than n_measures when capped) */
    uint8_t measures_from;     /* where they were found: KJ_MEASURES_* */
} kj_snippets;

/** Where kj_snippets.measures were found: under a heading of countermeasures
 *  (再発防止策, …対策), under one of the response in general (今後の対応), or
 *  as sentences anywhere that announce prevention. */
enum { KJ_MEASURES_NONE, KJ_MEASURES_PREVENTION, KJ_MEASURES_RESPONSE, KJ_MEASURES_SENTENCES };

/* ------------------------------------------------------------ watch list */

/** Where a release names an entry of the user's watch list (lists.h). */
typedef enum kj_watch_where {
    KJ_WATCH_ORGANIZATION, /* as the organisation that published it */
    KJ_WATCH_ORIGIN,       /* as the third party where it happened */
    KJ_WATCH_TEXT,         /* in its title or body */
    KJ_WATCH__COUNT
} kj_watch_where;

/** Schema spelling of a place (`"organization"`), or NULL. */
const char *kj_watch_where_name(kj_watch_where w);

/** One watch-list entry a release names (kj_watch_scan, extract.h): the
 *  strongest place it is named, and the sentence that names it. */
typedef struct kj_watch_hit {
    uint32_t entry;       /* index into the watch list */
    kj_watch_where where; /* organisation before origin before text */
    const char *name;     /* the entry's name as the list gives it */
    const char *sentence; /* the normalised sentence naming it (for an organisation or an
                             origin named nowhere in the text: the title) */
} kj_watch_hit;

/* -------------------------------------------------------------- release */

enum {
    KJ_RELEASE_SKIPPED = 1u << 0,        /* unreadable or undecodable: no content */
    KJ_RELEASE_DATE_FROM_PATH = 1u << 1, /* published came from the file name */
    KJ_RELEASE_ORG_FROM_PATH = 1u << 2,  /* organisations came from the file name */
    KJ_RELEASE_CONVERTED = 1u << 3,      /* decoded from CP932 */
    KJ_RELEASE_HAD_BOM = 1u << 4,
    KJ_RELEASE_TEXT_DROPPED = 1u << 5, /* document released, see kj_release_drop_text */
    KJ_RELEASE_NO_EVIDENCE = 1u << 6   /* keeps no evidence: kj_release_add_evidence does nothing */
};

typedef struct kj_release {
    kj_arena *arena;
    const char *path;         /* archive-relative, `YYYY/MM/DD_name.md`; always UTF-8 */
    const char *file;         /* file system path it was read from, as the system spells it */
    unsigned flags;           /* KJ_RELEASE_* */
    kj_date published;        /* the day the release counts on: the overview's date, or the
                                 file name's when that is missing or a slip (stated_published) */
    kj_date stated_published; /* the overview's date when it was set aside: a slip months
                                 from the archive's folder, or the date of an earlier report
                                 the overview links (copied with it); unset otherwise */
    kj_overview overview;
    kj_document doc;
    kj_diag *diags;
    size_t n_diags;

    /* Schema facts, filled by the extract stage. */
    kj_report report;
    kj_set attack_types; /* of kj_attack_type */
    bool third_party;
    kj_leak_status leak_status;
    int64_t affected_persons; /* KJ_COUNT_NONE when not stated */
    int64_t affected_persons_confirmed;
    int64_t affected_organizations;
    kj_affected_unit affected_unit; /* of affected_persons; KJ_AFFECTED_NONE without it */
    kj_scope figure_scope;          /* of affected_persons; KJ_SCOPE_NONE without it */
    unsigned affected_qualifiers;   /* of affected_persons: KJ_FIGURE_* */
    int64_t affected_card_holders;  /* of affected_persons, those whose card data is
                                       concerned when the text counts them apart and fewer
                                       (`個人情報（103,006件）、内クレジットカード情報（約
                                       6,929件）`); KJ_COUNT_NONE otherwise.  Not in the
                                       schema: pages say it beside the figure */
    const char *origin;             /* third party where it happened, as named; NULL when
                                       third_party is false or the text names none */
    const char **origin_aliases;    /* other names the text gives the origin (`IIJ`,
                                       the service of the company) */
    size_t n_origin_aliases;
    kj_set victim_categories; /* of kj_victim */
    kj_set data_types;        /* of kj_data_type */
    kj_set data_types_excluded;
    kj_set reported_to; /* of kj_authority */
    kj_date occurred;
    kj_date detected;
    kj_evidence *evidence;
    size_t n_evidence;
    kj_event *events;
    size_t n_events;

    /* Read by the aggregate stage's scan before the text is dropped. */
    kj_cues cues;

    /* Passages for page builders (kj_capture_snippets), when captured. */
    kj_snippets snippets;

    /* Watch-list entries it names, each once, by entry (kj_watch_scan). */
    kj_watch_hit *watch_hits;
    size_t n_watch_hits;
} kj_release;

/**
 * Creates an empty release for `file` with archive path `path`, in a fresh
 * arena.  Counts start as KJ_COUNT_NONE, sets empty, dates unset, cues
 * unscanned (self_type -1).  A path that is not UTF-8 (a file name from
 * another system) is kept with U+FFFD in place of its stray bytes, and a
 * KJ_PROBLEM_REPAIRED diagnostic says so: records and reports are UTF-8
 * throughout.
 */
kj_release *kj_release_new(const char *file, const char *path);

/** Frees the release and everything in its arena.  NULL is a no-op. */
void kj_release_free(kj_release *rel);

/**
 * How a page names the release's place in its chain: `"最終報"`, `"第2報"`,
 * or `"調査完了"` for a release that is final only because it gives the
 * completed investigation's results while neither calling itself final nor
 * following an earlier notice (a card-skimming notice's 「調査が完了し…本日の
 * 発表に至りました」 is its first and only notice, no 最終報); `""` for none.
 * Needs the cues scanned (kj_scan_cues) to see an earlier notice cited.
 */
const char *kj_release_report_label(const kj_release *rel, char buf[24]);

/** The release's date as SCHEMA.md's `published` reads it: the overview's
 *  date as written, even when kaiji counts the release on the file name's
 *  day because that date was a slip (`published` vs `stated_published`). */
kj_date kj_release_schema_date(const kj_release *rel);

/**
 * Records a diagnostic about this release (printf-style reason without the
 * file name).
 */
void kj_release_diag(kj_release *rel, kj_problem problem, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/** Appends an evidence record; strings are copied into the release arena.
 *  Does nothing for a release flagged KJ_RELEASE_NO_EVIDENCE. */
void kj_release_add_evidence(kj_release *rel, kj_field field, const char *value, const char *text,
                             const char *section);

/** Appends a timeline event; `evidence` is copied into the release arena. */
void kj_release_add_event(kj_release *rel, kj_date date, kj_event_kind kind, const char *evidence);

/**
 * Sets rel->snippets to a copy of `src`, its strings copied into the
 * release's arena (`src` may belong to another release, which can then be
 * freed).
 */
void kj_release_set_snippets(kj_release *rel, const kj_snippets *src);

/**
 * Forgets the body text (blocks and sections) while keeping the overview,
 * facts, evidence and events.  Loading a large archive for statistics calls
 * this so memory stays proportional to the facts, not to the text.  The
 * arena is not shrunk: callers that care copy what they keep into a new
 * release with kj_release_compact().
 */
void kj_release_drop_text(kj_release *rel);

/**
 * Returns a copy of `rel` in a fresh, tight arena holding only the overview,
 * facts, evidence, events, cues, snippets, watch hits and diagnostics (no body text), and frees
 * `rel`.
 */
kj_release *kj_release_compact(kj_release *rel);

#ifdef __cplusplus
}
#endif

#endif
