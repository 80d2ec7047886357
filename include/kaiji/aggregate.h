/*
 * aggregate.h — incidents from releases, and the figures a briefing reports.
 *
 * Briefings count incidents, not files: one ransomware case can have five
 * releases (第1報 … 最終報), and several organisations sometimes publish
 * about one contractor's breach.  This stage
 *
 *   1. groups facts-only releases into incidents (kj_incidents_group), each
 *      with its releases, merged figures and timeline, from their facts and
 *      the cues the extract stage read from their text (rel->cues);
 *   2. counts a period (kj_figures_compute): totals, breakdowns per release
 *      and per incident, the previous period, a trailing 12-month series,
 *      the largest incidents and disclosure lags.
 *
 * The grouping rule is documented in README.md ("How releases become
 * incidents"); the JSON shape of the figures in docs/stats-json.md.
 * Nothing here prints, reads release text or files; every result is owned
 * by the object that returned it and freed with it.
 */
#ifndef KAIJI_AGGREGATE_H
#define KAIJI_AGGREGATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kaiji/arena.h"
#include "kaiji/error.h"
#include "kaiji/model.h"
#include "kaiji/lists.h"
#include "kaiji/orgs.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------- incidents */

/** How grouping may join releases (kj_group_options_default gives the
 *  documented defaults). */
typedef struct kj_group_options {
    int window_days;            /* same-organisation joins without a link: at most this many
                                   days between the two releases (default 180) */
    int title_window_days;      /* joins on title similarity alone: at most this many days
                                   (default 90) */
    double title_similarity;    /* Dice coefficient of title bigrams that joins on its own
                                   (default 0.6) */
    int cited_window_days;      /* a release that cites an earlier one (its date as a notice,
                                   its title quoted) or a final report that gives the
                                   chain's dates joins it up to this many days back, past
                                   window_days (default 730) */
    bool join_contractors;      /* join different organisations' chains that name the same
                                   contractor as breached (default false:
                                   an incident then never mixes organisations unless a link
                                   or an ID says so; kj_figures still lists contractors named
                                   by several organisations) */
    int contractor_window_days; /* … published at most this many days apart unless they
                                   share a stated date (default 30) */
} kj_group_options;

/** Fills `o` with the defaults. */
void kj_group_options_default(kj_group_options *o);

/** Why a release is in its incident (the strongest link to an earlier one). */
typedef enum kj_join_reason {
    KJ_JOIN_FIRST,       /* the first release of its chain */
    KJ_JOIN_ID,          /* same 事案ID, or its 事案ID names the earlier release */
    KJ_JOIN_LINK,        /* a `第N報：<link>` bullet resolving to the other release */
    KJ_JOIN_CITED_DATE,  /* cites the earlier release's date (`1月20日付`, `…に公表`) */
    KJ_JOIN_CITED_TITLE, /* quotes the earlier release's title (`「…について」にて
                            お知らせした`) */
    KJ_JOIN_TITLE,       /* near-identical title, within title_window_days */
    KJ_JOIN_FOLLOW_UP,   /* calls itself 第N報 (N ≥ 2) / 続報 / 最終報: joins the most
                            similar earlier release of the organisation */
    KJ_JOIN_SHARED_DATE, /* mentions a date the earlier release mentions (or its
                            date), and the titles are related or it is a follow-up */
    KJ_JOIN_CONTRACTOR,  /* another organisation's chain naming the same contractor */
    KJ_JOIN__COUNT
} kj_join_reason;

/** Stable name of a join reason (`"link"`). */
const char *kj_join_reason_name(kj_join_reason r);

/** Size bands of affected persons. */
typedef enum kj_size_band {
    KJ_SIZE_UNDER_100,
    KJ_SIZE_100,     /* 100–999 */
    KJ_SIZE_1K,      /* 1,000–9,999 */
    KJ_SIZE_10K,     /* 10,000–99,999 */
    KJ_SIZE_100K,    /* 100,000–999,999 */
    KJ_SIZE_1M,      /* 1,000,000 and more */
    KJ_SIZE_UNKNOWN, /* no number stated */
    KJ_SIZE__COUNT
} kj_size_band;

/** The band of `persons` (KJ_COUNT_NONE → KJ_SIZE_UNKNOWN). */
kj_size_band kj_size_band_of(int64_t persons);

/** Stable key (`"1000-9999"`) and label (`"1,000〜9,999"`) of a band. */
const char *kj_size_band_name(kj_size_band b);
const char *kj_size_band_label(kj_size_band b);

/** Sentinel for a lag that cannot be computed. */
#define KJ_LAG_NONE INT32_MIN

/** Bands of disclosure lag: days from detection or occurrence to the
 *  first release. */
typedef enum kj_lag_band {
    KJ_LAG_BAND_WEEK,    /* 0–7 days */
    KJ_LAG_BAND_MONTH,   /* 8–30 */
    KJ_LAG_BAND_QUARTER, /* 31–90 */
    KJ_LAG_BAND_HALF,    /* 91–180 */
    KJ_LAG_BAND_LONGER,  /* 181 and more */
    KJ_LAG_BAND_UNKNOWN, /* a date missing (KJ_LAG_NONE) */
    KJ_LAG_BAND__COUNT
} kj_lag_band;

/** The band of `days` (KJ_LAG_NONE or negative: KJ_LAG_BAND_UNKNOWN). */
kj_lag_band kj_lag_band_of(int32_t days);

/** Label of a band for reports (`"8〜30日"`); "" for none. */
const char *kj_lag_band_label(kj_lag_band band);

/**
 * Facts of an incident, merged from its releases.  Each discloser chain
 * (the releases one organisation published about it) contributes the values
 * of its newest release that states each of them, so a 最終報 supersedes a
 * 第1報; chains of different organisations (joined through a contractor)
 * add up.  Sets are unions.
 */
typedef struct kj_incident_facts {
    size_t n_releases;                  /* releases merged */
    kj_date first_published;            /* earliest release */
    kj_date first_notice;               /* the first public word: first_published, or the
                                           earliest notice a release's text names (第1報,
                                           `1月20日付でお知らせした`: a publication event or a
                                           cited date) published before the archive began
                                           (kj_incident.archive_start), day precision, not
                                           before the occurrence */
    bool first_notice_cited;            /* first_notice comes from the text */
    kj_date last_published;             /* newest release */
    kj_report report;                   /* highest 第N報 seen; final when any release is final */
    kj_set attack_types;                /* of kj_attack_type */
    kj_set victim_categories;           /* of kj_victim */
    kj_set data_types;                  /* of kj_data_type */
    kj_set data_types_excluded;         /* stated as not included, minus data_types */
    kj_set reported_to;                 /* of kj_authority */
    bool third_party;                   /* any release says so */
    kj_leak_status leak_status;         /* per chain the newest stated (not unknown); across
                                           chains the gravest (confirmed > possible > none) */
    int64_t affected_persons;           /* per chain newest stated; summed; KJ_COUNT_NONE if none */
    int64_t affected_persons_confirmed; /* likewise */
    int64_t affected_persons_possible;  /* per chain persons − confirmed (all of persons when
                                           confirmed is not stated; none when the chain says
                                           nothing leaked); summed */
    int64_t affected_organizations;     /* likewise */
    int64_t affected_card_holders;      /* of affected_persons, those whose card data is
                                           concerned (kj_release): per chain with its figure;
                                           summed */
    kj_date occurred;                   /* per chain newest stated; the earliest across chains */
    kj_date detected;                   /* likewise */
    int32_t lag_occurred_days;          /* first_notice − occurred, day-precision dates only;
                                           KJ_LAG_NONE when not computable or negative */
    int32_t lag_detected_days;          /* first_notice − detected, likewise */
    kj_size_band size_band;             /* of affected_persons */
    kj_affected_unit affected_unit;     /* unit of affected_persons (of its largest chain) */
    kj_scope figure_scope;              /* origin_total when affected_persons is the figure of
                                           the wave's origin across its clients */
    unsigned affected_qualifiers;       /* of affected_persons (KJ_FIGURE_*): the largest
                                           chain's for a joint notice, else any chain's */
} kj_incident_facts;

/** One dated entry of an incident's timeline. */
typedef struct kj_timeline_entry {
    kj_date date;              /* unset for undated events (they sort last) */
    kj_event_kind kind;        /* KJ_EVENT_RELEASE for the releases themselves */
    const char *text;          /* the event's evidence sentence, or the release's title */
    const kj_release *release; /* the release it comes from (for KJ_EVENT_RELEASE: itself) */
} kj_timeline_entry;

/** A release in its incident. */
typedef struct kj_incident_member {
    const kj_release *release;
    size_t index;             /* position in the array given to kj_incidents_group */
    uint32_t chain;           /* discloser chain, 0 for the first */
    kj_join_reason joined_by; /* why it is in the incident */
    kj_scope scope; /* the scope of its figure read in its wave (kj_incident_set.scope_of) */
    /* the fact checks its release fails (kj_check_set, checks.h) */
    uint32_t checks;
} kj_incident_member;

typedef struct kj_incident {
    const char *id;              /* first release's date + '-' + its first organisation, e.g.
                                    `2026-01-20-株式会社みなと精機` (the archive's 事案ID form);
                                    `-2`, `-3` … added when two incidents would share an id */
    kj_incident_member *members; /* oldest first (published, then path) */
    size_t n_members;
    size_t n_chains;            /* discloser chains (> 1 only through a contractor or a
                                   group's joint notice) */
    const char *organization;   /* first release's first organisation, as written */
    const char **organizations; /* every organisation, distinct by key, first seen first */
    size_t n_organizations;
    kj_set org_types;            /* of kj_org_type, over its organisations */
    const char *contractor;      /* key of the contractor joining its chains, or NULL */
    int32_t wave;                /* index into the set's waves, -1 when in none */
    bool knock_on;               /* another organisation's notice of its wave's origin (its
                                    first release is a knock-on notice) */
    bool joint_notice;           /* chains of group companies publishing one notice the
                                    same day (`当社グループにおける…`): their figures
                                    overlap, the largest stands for the incident */
    kj_date archive_start;       /* the first publication day of the releases grouped: an
                                    earlier notice a release names was published before
                                    the archive began (kj_incident_facts.first_notice) */
    kj_incident_facts facts;     /* over every release */
    kj_timeline_entry *timeline; /* events of every release (the same date and kind
                                    once) plus the releases, by date */
    size_t n_timeline;
} kj_incident;

/**
 * A wave: the notices of several organisations caused by one origin — a
 * contractor's, vendor's or service's breach (IIJセキュアMXサービス, an album
 * printer), or one campaign's script domain.  Every notice stays its own
 * incident (each organisation informs its own people); the wave groups
 * them so that a briefing tells the story once and figures that are the
 * origin's total across its clients are counted once (see kj_figures).
 */
typedef struct kj_wave {
    const char *id;      /* `wave-` + first publication date + `-` + the origin's key,
                            e.g. `wave-2025-04-15-インターネットイニシアティブ` */
    const char *key;     /* matching key of the origin (kj_origin_key, aliases folded) */
    const char *origin;  /* the origin as most notices name it */
    const char *label;   /* what a reader understands: `…への不正アクセス`,
                            `…のランサムウェア被害` */
    kj_date first, last; /* first and last publication among the members */
    size_t *members;     /* input indices of its releases, oldest first */
    size_t n_members;
    size_t n_knock_on;      /* members that are other organisations' notices */
    size_t n_organizations; /* distinct organisations that published */
    size_t *incidents;      /* indices into the set's items, in first-release order */
    size_t n_incidents;
    long origin_incident; /* index of the origin's own incident when the origin published
                             about it, else -1 */
    int64_t origin_total; /* the origin's figure across its clients (the largest a member
                             states as such, or the origin's own), KJ_COUNT_NONE if none */
    kj_affected_unit origin_total_unit;
    bool ransomware; /* a third of its notices or more say ransomware: the origin's breach
                        was ransomware (`…のランサムウェア被害`), and every notice of it a
                        notice of a ransomware attack, whatever its own words */
} kj_wave;

/** Days from `from` to `to`, both included, day precision. */
typedef struct kj_period {
    kj_date from;
    kj_date to;
} kj_period;

/** Incidents over a set of releases. */
typedef struct kj_incident_set {
    kj_incident *items; /* by first publication, then id */
    size_t n;
    const kj_release *const *releases; /* the input, borrowed: it must outlive the set */
    size_t n_releases;
    uint32_t *incident_of;     /* per input release: index into items */
    kj_set *org_types_of;      /* per input release: kj_org_type of its organisations */
    const char ***org_keys_of; /* per input release: kj_org_key of each organisation */
    kj_wave *waves;            /* by first publication */
    size_t n_waves;
    int32_t *wave_of;   /* per input release: index into waves, or -1 */
    bool *knock_on;     /* per input release: a knock-on notice of its wave (another
                           organisation's notice of the origin's breach) */
    kj_scope *scope_of; /* per input release: the scope of its figure, read in its
                           wave (a figure several notices quote alike is the origin's) */
    bool *of_origin_data; /* per input release: a knock-on notice telling of data the
                             origin holds as its own (a platform's notice of its app
                             vendor's members, joined by kj_cues.market): its figure
                             counts the breach itself, as the origin's does, not a part
                             its organisation entrusted */
    bool *repeats;      /* per input release: the same notice as an earlier release of its
                           incident — the archive kept one file twice (same source URL, same
                           day): counts of releases take it once */
    /* per input release: the fact checks it fails (kj_check_set, checks.h) */
    uint32_t *checks_of;
    /* Days the archive's files cover by their paths (YYYY/MM/DD, XX a whole
     * month), read or not; unset (year 0) when every file was read.  A
     * month's focus reads only some files: kj_incident_set_span then covers
     * the whole archive as a run over every file would. */
    kj_period archive_span;
    kj_group_options options;
    kj_arena *arena; /* everything above lives here */
} kj_incident_set;

/**
 * Groups `n` releases (facts-only releases are enough: nothing reads the body)
 * into incidents by the documented rule, in O(n log n) plus the work within
 * each organisation's window.  `options` may be NULL for the defaults.  The
 * releases are borrowed and must outlive the set.  Aborts only when out of
 * memory.
 */
kj_incident_set *kj_incidents_group(const kj_release *const *releases, size_t n,
                                    const kj_group_options *options);

/**
 * The matching key of an origin's name, in `arena`: kj_org_key (legal
 * forms, width, brackets, case folded), a defanged domain read as one
 * (`example[.]io` → `example.io`), `社` after a Latin or katakana name
 * dropped (`IIJ社` → `iij`), and the aliases of organizations.json folded
 * to their group's first name.
 */
const char *kj_origin_key(kj_arena *arena, const char *name);

/** The wave of input release `index`, or NULL. */
const kj_wave *kj_wave_of(const kj_incident_set *set, size_t index);

/**
 * The figure a page shows for `inc` whose facts `f` quote its wave's origin
 * total (figure_scope origin_total): the wave's own origin total when it
 * differs from the quote (a client's 約1,750万件 for the origin's
 * 1,748万件: one breach, one number), stored in `*figure` and `*unit`.
 * Returns false, leaving both untouched, when `inc` is in no wave of `set`,
 * does not quote an origin total, or the wave has none or the same.
 */
bool kj_incident_wave_figure(const kj_incident_set *set, const kj_incident *inc,
                             const kj_incident_facts *f, int64_t *figure, kj_affected_unit *unit);

/** The incident of input release `index`. */
const kj_incident *kj_incident_of(const kj_incident_set *set, size_t index);

/** Frees the set (not the releases).  NULL is a no-op. */
void kj_incident_set_free(kj_incident_set *set);

/**
 * How many of `inc`'s members were published on or before `cutoff` (an
 * unset cutoff counts them all).  Members are oldest first, so they are the
 * first ones, and members[n - 1] is the newest release known on `cutoff`;
 * 0 when none was published by then.
 */
size_t kj_incident_members_as_of(const kj_incident *inc, kj_date cutoff);

/**
 * The facts of `inc` as known on `cutoff`: merged from its releases
 * published on or before that day (an unset cutoff takes every release).
 * Returns false (and zero facts) when none was.
 */
bool kj_incident_facts_as_of(const kj_incident *inc, kj_date cutoff, kj_incident_facts *out);

/** Dates of an incident in an order that cannot be (kj_incident_date_problems). */
enum {
    KJ_DATES_DETECTED_BEFORE_OCCURRED = 1u << 0, /* noticed before it happened */
    KJ_DATES_NOTICE_BEFORE_OCCURRED = 1u << 1,   /* published before it happened */
    KJ_DATES_NOTICE_BEFORE_DETECTED = 1u << 2    /* published before it was noticed: possible
                                                    (an outage announced, the leak found later),
                                                    so no error on its own */
};

/**
 * The KJ_DATES_* bits of `f`'s dates, compared by day where both are known
 * to the day, else by month: what a page flags 「要確認」 instead of drawing
 * as fact.  KJ_DATES_NOTICE_BEFORE_DETECTED is reported but is no error.
 */
unsigned kj_incident_date_problems(const kj_incident_facts *f);

/**
 * The timeline of `inc` as known on `cutoff`: built, as inc->timeline is,
 * from its releases published on or before that day only (an unset cutoff,
 * or one after every release, gives inc->timeline itself).  A new array is
 * allocated in `arena` when needed; its entries borrow the releases'
 * strings.  Returns the number of entries, `*out` the array.
 */
size_t kj_incident_timeline_as_of(const kj_incident *inc, kj_date cutoff, kj_arena *arena,
                                  kj_timeline_entry **out);

/* --------------------------------------------------------------- periods */

/* kj_period: see the periods below (declared early for kj_incident_set). */

/** `YYYY-MM` → that calendar month.  KJ_ERR_USAGE with a reason otherwise. */
kj_status kj_period_month(const char *text, kj_period *out, kj_error *err);

/** `YYYY` → that calendar year. */
kj_status kj_period_year(const char *text, kj_period *out, kj_error *err);

/**
 * `--from`/`--to`: `YYYY-MM-DD` or `YYYY-MM` (a month: from its first day,
 * to its last).  Either may be NULL (open end: `bounds`, the data's own
 * first and last day, fills it).  KJ_ERR_USAGE when a date is malformed or
 * from > to.
 */
kj_status kj_period_range(const char *from, const char *to, kj_period bounds, kj_period *out,
                          kj_error *err);

/**
 * The period of equal length just before `p`: the same number of calendar
 * months when `p` is whole months (so February precedes March), else the
 * same number of days.
 */
kj_period kj_period_previous(kj_period p);

/** True when `d` falls in `p`; a month-precision date counts as its 1st. */
bool kj_period_contains(kj_period p, kj_date d);

/** ISO 8601 week of `d` (`2026-W07`) into `buf` (9 bytes); returns buf. */
char *kj_iso_week(kj_date d, char buf[9]);

/** First and last publication date of the releases (for open periods). */
kj_period kj_incident_set_span(const kj_incident_set *set);

/* --------------------------------------------------------------- figures */

/** What a figure counts. */
typedef enum kj_unit { KJ_UNIT_RELEASE, KJ_UNIT_INCIDENT, KJ_UNIT__COUNT } kj_unit;

/** Breakdowns.  Multi-valued ones (attack, data, victim, authority,
 *  org_type) count an item in every row it has. */
typedef enum kj_by {
    KJ_BY_ORGANIZATION, /* discloser (key: kj_org_key; label: name as written) */
    KJ_BY_ORG_TYPE,
    KJ_BY_ATTACK, /* plus `not_stated` */
    KJ_BY_DATA,   /* plus `not_stated` */
    KJ_BY_VICTIM, /* plus `not_stated` */
    KJ_BY_LEAK,
    KJ_BY_THIRD_PARTY, /* `third_party` / `own` */
    KJ_BY_AUTHORITY,   /* plus `none` */
    KJ_BY_SIZE,        /* kj_size_band */
    KJ_BY_MONTH,       /* `YYYY-MM`, every month of the period */
    KJ_BY_WEEK,        /* ISO week `YYYY-Www`, every week of the period */
    KJ_BY_CONTRACTOR,  /* the contractor or service provider where it happened, as the
                          text names it (key: kj_org_key); most named first.  Shows one
                          breach disclosed by several organisations even when incidents
                          are not joined across organisations */
    KJ_BY_WAVE,        /* the wave (key: its id; label: what happened at the origin) */
    KJ_BY_MARKET,      /* the exchange's market of the organisations that are listed
                          (kj_figures_options.listed), `プライム（内国株式）` …, plus
                          `not_listed`; no rows without a list */
    KJ_BY_INDUSTRY,    /* their 33 industries (`電気機器`), plus `no_industry` (an issue the
                          exchange gives none, e.g. an ETF) and `not_listed` */
    KJ_BY_WATCH,       /* the watch-list entries the releases name (rel->watch_hits; key
                          and label: the entry's name), most named first */
    KJ_BY__COUNT
} kj_by;

/** Name used by `--by` and in JSON (`"attack_type"`), or NULL. */
const char *kj_by_name(kj_by by);

/** The breakdown named `name`, or -1. */
int kj_by_lookup(const char *name);

/** A count in both units. */
typedef struct kj_count {
    int64_t releases;
    int64_t incidents;
} kj_count;

/** One row of a breakdown. */
typedef struct kj_row {
    const char *key;   /* stable: schema spelling, `2026-02`, `2026-W07`, org key */
    const char *label; /* for reports: Japanese label, or the name as written */
    kj_count count;    /* in the period */
    kj_count previous; /* in the previous period (0 for month and week rows) */
} kj_row;

typedef struct kj_breakdown {
    kj_by by;
    kj_row *rows; /* vocabulary order; organisations by count, most first */
    size_t n_rows;
} kj_breakdown;

/** Affected persons and organisations summed over releases or incidents. */
typedef struct kj_affected_sum {
    /* By unit, never added together: [KJ_AFFECTED_PERSONS] people (人),
     * [KJ_AFFECTED_RECORDS] records of personal data (件), [KJ_AFFECTED_ACCOUNTS]
     * accounts; index KJ_AFFECTED_NONE is unused.  A figure that is a wave's
     * origin total across its clients counts once per wave (and not at all
     * when the origin's own release is counted too). */
    int64_t figure[KJ_AFFECTED__COUNT];    /* sum of the figures stated */
    int64_t confirmed[KJ_AFFECTED__COUNT]; /* sum of their confirmed parts */
    int64_t possible[KJ_AFFECTED__COUNT];  /* sum of figure − confirmed (see kj_incident_facts) */
    int64_t organizations;                 /* sum of affected_organizations stated */
    int64_t stating;                       /* items stating a figure (any unit) */
    int64_t origin_totals;                 /* wave origin totals counted (one per wave) */
    int64_t quoting_origin_total;          /* items whose figure is their wave's origin total */
    int64_t part_of_origin_total;          /* knock-on items whose own figure is a part of their
                                              wave's origin total known by the period's end
                                              (not added again) */
} kj_affected_sum;

/** Disclosure lag in days over the items with day-precision dates. */
typedef struct kj_lag_stats {
    int64_t n;     /* items with a lag */
    double median; /* midpoint (mean of the two middle values for even n); 0 when n = 0 */
    double p90;    /* 90th percentile, nearest rank; 0 when n = 0 */
    int32_t max;
} kj_lag_stats;

/** The headline numbers of a period. */
typedef struct kj_totals {
    kj_count count;               /* releases; incidents with a release in the period */
    int64_t new_incidents;        /* incidents whose first release is in the period */
    int64_t continuing_incidents; /* earlier incidents with a follow-up in the period */
    int64_t organizations;        /* distinct disclosers */
    kj_count third_party;         /* items with third_party */
    kj_count knock_on;            /* knock-on notices of a wave (the rest are first-hand) */
    kj_count listed;              /* by a listed organisation (kj_figures_options.listed) */
    kj_count watch;               /* naming a watch-list entry (releases in the period;
                                     incidents: any release known at the period's end) */
    int64_t waves;                /* waves with a release in the period */
    /* Ransomware incidents: those counting ransomware among their types, and
     * the notices of a wave whose origin suffered ransomware (kj_wave.
     * ransomware) whatever their own words (「不正アクセス被害に遭い」). */
    int64_t ransomware_incidents;
    /* Ransomware attacks: the same, the incidents of one wave counted once (a
     * vendor's breach that made five clients publish is one attack). */
    int64_t ransomware_attacks;
    kj_affected_sum affected[KJ_UNIT__COUNT];
    kj_lag_stats lag_occurred[KJ_UNIT__COUNT]; /* release: its date − its occurred;
                                                  incident: first release − occurred */
    kj_lag_stats lag_detected[KJ_UNIT__COUNT];
} kj_totals;

/** One month of the trailing series. */
typedef struct kj_trend_month {
    int16_t year;
    int8_t month;
    /* The days of the month the releases read cover (their first to their
     * last publication): unset when none, else the month or the part of it
     * inside that span — a month before the archive began counts nothing,
     * which is no data, not zero. */
    kj_date covered_from, covered_to;
    kj_count count;
    int64_t new_incidents;
    int64_t affected_persons; /* per incident, as known at the month's end: figures in 人
                                 only, no wave origin total quoted by a client */
    kj_count by_attack[KJ_ATTACK__COUNT];
    kj_count attack_not_stated;
    /* Incidents under their one main attack type (kj_main_attack), so that
     * a stacked chart adds up to count.incidents; plus those stating none. */
    int64_t incidents_by_main_attack[KJ_ATTACK__COUNT];
    int64_t incidents_main_attack_not_stated;
    int64_t ransomware_attacks; /* as kj_totals.ransomware_attacks */
    /* The wave with most incidents in the month (what drove a spike), or NULL. */
    const kj_wave *top_wave;
    int64_t top_wave_incidents;
} kj_trend_month;

/** The attack types from the most specific to the least: an intrusion that
 *  ended in ransomware is a ransomware case, a tampered shop page reached
 *  through a hole is tampering, a mailbox taken over is that rather than
 *  unauthorized access. */
extern const kj_attack_type kj_attack_priority[KJ_ATTACK__COUNT];

/** The one attack type an incident is counted under where it may count
 *  only once (a stacked chart, a table's one column): the first of
 *  kj_attack_priority in `attacks`, or -1 when none is stated. */
int kj_main_attack(kj_set attacks);

/** An incident as a period sees it. */
typedef struct kj_incident_view {
    const kj_incident *incident;
    kj_incident_facts facts; /* as known at the end of the period */
    int64_t releases_in_period;
    bool is_new;                   /* its first release is in the period */
    bool figure_before;            /* its figure stood, unchanged in its unit, before the
                                      period: the period's sums do not count it again */
    int64_t confirmed_in_period;   /* with figure_before: how many of those people the
                                      period newly states as confirmed leaked (a 続報
                                      confirming 2,850 of the 38,500 announced), else 0 */
    const kj_listed_entry *listed; /* the first of its organisations that is listed (with
                                      kj_figures_options.listed), else NULL */
    bool watch; /* a release known at the period's end names a watch-list entry */
} kj_incident_view;

typedef struct kj_figures_options {
    size_t largest;          /* how many largest incidents to list (default 10) */
    size_t trend_months;     /* length of the trailing series (default 12, at most 120) */
    const kj_listed *listed; /* listed issues to match the organisations against (lists.h):
                                the market and industry breakdowns, totals.listed; may be
                                NULL.  Borrowed: it must outlive the figures */
} kj_figures_options;

/** The average month before a period (kj_figures.baseline). */
typedef struct kj_baseline {
    int months;        /* months averaged: those of the span the archive covers in full (0:
                          none, and the means are 0) */
    double releases;   /* per month */
    double incidents;  /* incidents with a release in the month, per month */
    double ransomware; /* ransomware attacks (kj_totals.ransomware_attacks), per month */
} kj_baseline;

/** One part of the period's affected persons (人): an incident's own figure, or a
 *  wave's origin total counted once (kj_figures.top_persons). */
typedef struct kj_persons_item {
    int64_t persons;
    const struct kj_incident_view *view; /* the incident, or NULL for a wave's total */
    const kj_wave *wave;                 /* the wave whose origin total it is, or NULL */
} kj_persons_item;

/** A wave as a period sees it: what its notices in the period say together. */
typedef struct kj_wave_view {
    const kj_wave *wave;
    size_t index;          /* into the set's waves */
    kj_count count;        /* its releases in the period, its incidents with one */
    int64_t organizations; /* distinct organisations that published in the period */
    kj_set attack_types;   /* over those incidents, as known at the period's end */
    kj_set data_types;
    kj_leak_status leak_status; /* the gravest */
    bool origin_published;      /* the origin's own notice is among the period's releases */
    int64_t origin_total;       /* the origin's figure across its clients as the period's
                                   notices state it (the largest); failing that, the
                                   origin's own figure as known at the period's end
                                   (origin_total_before); KJ_COUNT_NONE if none */
    bool origin_total_before;   /* origin_total is the origin's own, published before the
                                   period (the wave's later months) */
    bool origin_total_own;      /* origin_total is a figure of the origin's own notices (in
                                   the period or before it), not one its clients quote */
    kj_affected_unit origin_total_unit;
    int64_t origin_total_confirmed;  /* when origin_total_own: the part of it the origin
                                        states as confirmed leaked, else KJ_COUNT_NONE */
    bool origin_final;               /* when origin_total_own: the origin's notices as known at
                                        the period's end include its final report */
    bool figure_stated;              /* one of its releases in the period states a figure */
    int64_t own[KJ_AFFECTED__COUNT]; /* the incidents' own figures summed, per unit (never a
                                        quoted origin total, nor a count the origin's own
                                        figure revises: earlier_count) */
    unsigned own_qualifiers[KJ_AFFECTED__COUNT]; /* KJ_FIGURE_* of any figure in own[u] */
    int64_t own_before[KJ_AFFECTED__COUNT];      /* the part of own[u] an earlier period
                                                    counted: members whose figure was
                                                    published before and is unchanged */
    unsigned origin_total_qualifiers;            /* KJ_FIGURE_* of origin_total */
    int64_t earlier_count;     /* when origin_total_own: a client's earlier count of the
                                  same data that the origin's figure revises (the
                                  platform's 136,346件 before the vendor's final 110,359件;
                                  kj_wave_revision_of), in origin_total_unit, summed over
                                  such clients; KJ_COUNT_NONE if none */
    kj_date earlier_published; /* the newest publication of earlier_count */
    kj_count listed;                             /* releases / incidents of listed organisations */
    kj_count watch; /* releases / incidents naming a watch-list entry */
} kj_wave_view;

/** The period's releases grouped for a list: one group per wave, then the rest
 *  by organisation type (kj_figures.groups). */
typedef struct kj_release_group {
    const kj_wave_view *wave; /* the wave, or NULL */
    int org_type;             /* kj_org_type of the releases outside waves; -1 for a wave */
    size_t *releases;         /* indexes into kj_figures.releases, by date then path */
    size_t n;
} kj_release_group;

/** Figures of one period over an incident set. */
typedef struct kj_figures {
    kj_period period;
    kj_period previous_period;
    kj_totals totals;
    kj_totals previous;
    kj_breakdown by[KJ_BY__COUNT];
    const kj_release **releases; /* published in the period, by date then path */
    size_t *release_indexes;     /* their positions in the incident set's input */
    size_t n_releases;
    kj_incident_view *incidents; /* with a release in the period, by first release */
    size_t n_incidents;
    const kj_incident_view **largest; /* most affected persons first (stated numbers only) */
    size_t n_largest;
    const kj_row **repeat_disclosers; /* organisations with ≥ 2 releases in the period */
    size_t n_repeat_disclosers;
    kj_trend_month *trend; /* the months ending with the period's last month, oldest first */
    size_t n_trend;
    /* The period's incidents by lag band (kj_lag_band_of of their facts'
     * lag_detected_days / lag_occurred_days as known at the period's end). */
    int64_t incidents_by_lag_detected[KJ_LAG_BAND__COUNT];
    int64_t incidents_by_lag_occurred[KJ_LAG_BAND__COUNT];
    /* The first and last publication day of every release in the set: what
     * the archive read covers. */
    kj_period coverage;
    /* For a period of one calendar month: the 13 months before it, oldest
     * first (history[1] is the same month a year earlier), counted as the
     * trend counts them; empty for other periods.  baseline[0] and [1]
     * average the last 3 and 12 of them over the months the archive covers
     * in full; year_ago is history[1] when covered in full, else NULL. */
    kj_trend_month *history;
    size_t n_history;
    kj_baseline baseline[2];
    const kj_trend_month *year_ago;
    /* Where the period's affected persons (人, per incident: the sum
     * totals.affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_PERSONS]) come
     * from: the largest parts first (at most 5), of n_persons_items parts. */
    kj_persons_item top_persons[5];
    size_t n_top_persons;
    size_t n_persons_items;
    /* The waves with a release in the period, most releases first. */
    kj_wave_view *waves;
    size_t n_waves;
    /* Per release of `releases`: the first of its organisations that is
     * listed (kj_figures_options.listed), else NULL. */
    const kj_listed_entry **release_listed;
    /* The period's releases grouped: waves (most releases first), then the
     * other releases by the type of their first organisation. */
    kj_release_group *groups;
    size_t n_groups;
    kj_arena *arena;
} kj_figures;

/**
 * Counts `period` over `set`: totals and every breakdown per release and
 * per incident, the previous period of equal length, the trailing series,
 * the largest incidents and the lags.  A release counts when its
 * publication date is in the period; an incident counts when one of its
 * releases does, with its facts as known at the period's end.  `options`
 * may be NULL.  Returns a new object (free with kj_figures_free).
 */
kj_figures *kj_figures_compute(const kj_incident_set *set, kj_period period,
                               const kj_figures_options *options);

/** Frees the figures.  NULL is a no-op. */
void kj_figures_free(kj_figures *figures);

/** The breakdown `by` of `f`. */
const kj_breakdown *kj_figures_breakdown(const kj_figures *f, kj_by by);

/** The row of `bd` whose key is `key` (`"ransomware"`), or NULL when the
 *  breakdown has none (a vocabulary row is there even when its count is 0). */
const kj_row *kj_breakdown_row(const kj_breakdown *bd, const char *key);

#ifdef __cplusplus
}
#endif

#endif
