/*
 * briefing_internal.h — what the files of the monthly briefing share.
 *
 *   briefing.c          the context (layout, renderer, figures), the
 *                       document and its sections in layout order
 *   briefing_data.c     what the pages say, derived from the figures: the
 *                       main incidents, one-line descriptions, the trend by
 *                       main attack type, lag bands, follow-ups, contractors
 *   briefing_charts.c   the chart specifications (PDF and `kaiji chart`)
 *   briefing_summary.c  the summary page: key figures, the main incidents;
 *                       the method note (prose)
 *   briefing_exec.c     the executive summary, the recommended checks and
 *                       the releases that name the watch list
 *   briefing_tables.c   the appendix of releases (by wave and organisation
 *                       type) and the repeat-disclosure tables
 *
 * Not installed; the unit tests include it to check the derived data.
 */
#ifndef KAIJI_BRIEFING_INTERNAL_H
#define KAIJI_BRIEFING_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kaiji/aggregate.h"
#include "kaiji/arena.h"
#include "kaiji/briefing.h"
#include "kaiji/render.h"

/* The months of the trend: the briefing's month and the 11 before it. */
#define KJ_BRIEF_TREND_MONTHS 12

/* The fewest lines of text the last page of a briefing holds. */
#define KJ_BRIEF_MIN_LAST_LINES 5

/** An incident of the month with follow-up releases in it. */
typedef struct kj_brief_followup {
    const kj_incident_view *view;
    size_t first_in_month; /* index of its first member published in the month */
} kj_brief_followup;

/** A contractor the month's releases name, with the organisations naming it. */
typedef struct kj_brief_contractor {
    const char *name;           /* the wave's origin, or the contractor named */
    const char **organizations; /* names as written, distinct by key */
    size_t n_organizations;
} kj_brief_contractor;

/** A reason an item ranks where it does, with its points (kj_brief_score). */
typedef struct kj_brief_reason {
    const char *label; /* 関係先, ランサムウェア, 規模（10万以上）… */
    int points;
} kj_brief_reason;

#define KJ_BRIEF_MAX_REASONS 8

/**
 * One of the month's main incidents as the summary lists it: a wave (its
 * notices told once, the origin's total once) or an incident outside waves.
 */
typedef struct kj_brief_story {
    const kj_wave_view *wave;     /* the wave, or NULL */
    const kj_incident_view *view; /* the incident outside waves; for a wave its origin's
                                     incident when that published in the month, else NULL */
    int score;                    /* the sum of the reasons' points */
    kj_brief_reason reasons[KJ_BRIEF_MAX_REASONS];
    size_t n_reasons;
    int64_t figure;        /* its headline figure (a wave: the origin's total, else its
                              notices' own figures in the largest unit), KJ_COUNT_NONE */
    kj_affected_unit unit; /* of figure */
    unsigned qualifiers;   /* of figure: KJ_FIGURE_* (最大, 延べ) */
    bool figure_before;    /* the figure was published before the month (the month's
                              key figures do not count it again) */
    int64_t part_before;   /* when not figure_before: the part of a wave's sum of its
                              members' figures published before the month, 0 if none */
    bool watch;            /* names a watch-list entry */
    const char *text;      /* the line the summary prints, in the brief's arena */
} kj_brief_story;

/** What the score weighs (kj_brief_score). */
typedef struct kj_brief_marks {
    int64_t figure; /* affected people, records or accounts, KJ_COUNT_NONE */
    kj_affected_unit unit;
    kj_leak_status leak;
    kj_set data_types;
    kj_set attack_types;
    bool listed;           /* a listed company among the organisations */
    bool watch;            /* names a watch-list entry */
    int64_t organizations; /* organisations that published about it in the month */
    int64_t releases;      /* an incident's own releases in the month (0 for a wave, whose
                              many notices count as organisations) */
} kj_brief_marks;

/** Everything a briefing is made from; lives for one call. */
typedef struct kj_brief {
    const kj_incident_set *set;
    kj_figures *figures;
    kj_period month;
    kj_layout *layout;
    kj_renderer *r;
    kj_arena *arena; /* derived data and chart specifications */
    kj_briefing_options options;
    char label[32];      /* 2025年4月 */
    char prev_label[32]; /* 2025年3月 */

    /* The month's main incidents, highest score first (kj_brief_rank). */
    kj_brief_story *stories;
    size_t n_stories;

    /* What a chart leaves out, said under it (kj_brief_chart): items that
     * state nothing, rows beyond the top N, spikes and the wave behind them. */
    const char *chart_note[KJ_CHART__COUNT];

    int figure_number;       /* the last 図N given in the PDF */
    bool checks_on_new_page; /* the method's last part (the checks) starts a page:
                                set when the method alone leaves a short last page */
    int table_number;        /* the last 表N */
} kj_brief;

/* ------------------------------------------------------------- context */

/**
 * Loads the layout and fonts and computes the figures of `month` over
 * `set`, then the derived data.  On failure nothing is left to free.
 */
kj_status kj_brief_open(kj_brief *b, const kj_incident_set *set, kj_period month,
                        const char *layout_path, const kj_briefing_options *options, kj_error *err);

/** Frees what kj_brief_open() made. */
void kj_brief_close(kj_brief *b);

/* ---------------------------------------------------------------- data */

/**
 * The visible score of an item: points for each mark it has, written into
 * `reasons` (at most KJ_BRIEF_MAX_REASONS, `*n` of them), highest first:
 * 関係先 (a watch-list entry named) 5; 規模 — the figure in any unit — 4
 * from 1,000,000, 3 from 100,000, 2 from 10,000, 1 from 1,000; 流出確認 2;
 * 機微な情報 (card, My Number, bank account, health, passport, driving
 * licence) 2; ランサムウェア 2; 複数組織 (3 or more published) 2; 上場企業 1.
 * The method page states the same table.
 */
int kj_brief_score(const kj_brief_marks *m, kj_brief_reason *reasons, size_t *n);

/** The reasons as `関係先+5・ランサムウェア+2`, in the brief's arena. */
const char *kj_brief_reasons_text(kj_brief *b, const kj_brief_story *s);

/** Builds the month's stories (waves, incidents outside waves) into
 *  b->stories, highest score first (ties: larger figure, earlier first
 *  release, id). */
void kj_brief_rank(kj_brief *b);

/** The line the summary prints for a story: a wave's label, how many
 *  organisations published, its figure in its unit (the origin's total
 *  once), attack types; an incident's kj_brief_describe(); then the score
 *  and its reasons 〔9点：関係先+5・ランサムウェア+2・…〕. */
const char *kj_brief_story_line(kj_brief *b, const kj_brief_story *s);

/** The incidents the timeline shows: each story's incident (a wave's
 *  origin's, when it published in the month), in story order, at most `max`.
 *  Allocated in the brief's arena. */
size_t kj_brief_timeline_views(kj_brief *b, size_t max, const kj_incident_view ***out);

/** Incidents of the month with a follow-up release in it (a release that is
 *  not the incident's first), by first publication.  Allocated in the
 *  brief's arena. */
size_t kj_brief_followups(kj_brief *b, kj_brief_followup **out);

/** Contractors the month's releases name as where the incident happened,
 *  named by at least `min_orgs` distinct organisations, most named first. */
size_t kj_brief_contractors(kj_brief *b, size_t min_orgs, kj_brief_contractor **out);

/** The matching key of organisation `o` of input release `index` (its
 *  name when the name has no key). */
const char *kj_brief_org_key(const kj_brief *b, size_t index, size_t o);

/** `items` joined with `sep`, in the brief's arena ("" for none). */
const char *kj_brief_join(kj_brief *b, const char *const *items, size_t n, const char *sep);

/** Names of an organisation's releases' organisations, joined with "、",
 *  in the brief's arena. */
const char *kj_brief_release_orgs(kj_brief *b, const kj_release *rel);

/** The incident's discloser for a line: its organisation, "ほかN組織"
 *  appended when several published about it. */
const char *kj_brief_incident_org(kj_brief *b, const kj_incident *inc);

/** Attack labels of a set joined with "・" ("" for none), in the arena. */
const char *kj_brief_attack_labels(kj_brief *b, kj_set attacks);

/** `M月D日` of a date (`M月` for month precision, "" unset). */
char *kj_brief_day(kj_date d, char buf[24]);

/**
 * The one-line description of an incident for the summary: discloser,
 * attack, who and what was affected and whether it leaked, and when it was
 * published this month, e.g. `株式会社A：ランサムウェア・不正アクセス。
 * 顧客6,724人の氏名・住所などが流出した可能性（2月12日公表）`.
 */
const char *kj_brief_describe(kj_brief *b, const kj_incident_view *v);

/** Whether the archive read holds releases from before the brief's month:
 *  false for the archive's first month, whose "previous month" is outside
 *  it (no data, not zero). */
bool kj_brief_previous_covered(const kj_brief *b);

/** A change against the previous month with an arrow, never a colour (a
 *  rise is not "worse" of itself): `▲ 前月比 +12（+3.3%）`, `＝ 前月と同数`,
 *  `▲ 前月比 +5（前月 0）`, `▼ 前月比 −2（−50.0%）`; `前月は収録の範囲外`
 *  when the previous month is not in the archive (kj_brief_previous_covered). */
const char *kj_brief_change(kj_brief *b, int64_t now, int64_t prev);

/** `1,234人`, `56件`, `4,072,650アカウント`: a figure with its unit (a figure
 *  without one counts people), in the brief's arena. */
const char *kj_brief_figure(kj_brief *b, int64_t n, kj_affected_unit unit);

/** kj_brief_figure with the words of `qualifiers` (KJ_FIGURE_*) around the
 *  number: "最大延べ193,118人", "31,500人（暫定）". */
const char *kj_brief_qualified_figure(kj_brief *b, int64_t n, kj_affected_unit unit,
                                      unsigned qualifiers);

/* `うち3事案は株式会社Xのランサムウェア被害による各組織の公表`: the month's
 * ransomware incidents that are several organisations' notices of one
 * wave's breach — counted once each as incidents, one attack — or "" when
 * no wave brought two.  Names the wave when there is one, counts them
 * otherwise.  Allocated in the brief's arena. */
const char *kj_brief_ransomware_waves(kj_brief *b);

/** How `now` compares with `base` in words: `5.3倍`, `約30%多い`, `約20%少ない`,
 *  `同程度`; NULL when `base` is not positive. */
const char *kj_brief_ratio(kj_brief *b, double now, double base);

/* -------------------------------------------------------------- charts */

/**
 * Fills `fig` with chart `kind` of the month (specification in the brief's
 * arena).  `number` > 0 titles it 図N for the PDF; 0 names the month for a
 * chart written alone.
 */
void kj_brief_chart(kj_brief *b, kj_briefing_chart kind, int number, kj_figure *fig);

/* ------------------------------------------------------------ sections */

/** The whole briefing as a document: the title, then the layout's
 *  sections in order, set again with the last section on a page of its own
 *  when the last page would hold fewer than KJ_BRIEF_MIN_LAST_LINES lines.
 *  The caller frees it. */
kj_doc *kj_brief_document(kj_brief *b);

void kj_brief_summary(kj_brief *b, kj_doc *doc);

/** The releases naming the watch list (関係先に関する公表), when a list was
 *  given; the executive summary (要点); the recommended checks. */
void kj_brief_watch_section(kj_brief *b, kj_doc *doc);
void kj_brief_exec_summary(kj_brief *b, kj_doc *doc);
void kj_brief_checks(kj_brief *b, kj_doc *doc);

/** The sentences of the executive summary and the checks, in the brief's
 *  arena (for the page and the tests). */
size_t kj_brief_exec_sentences(kj_brief *b, const char ***out);
size_t kj_brief_check_sentences(kj_brief *b, const char ***out);
void kj_brief_method(kj_brief *b, kj_doc *doc);

/* ---------------------------------------------------------- fact checks */

/** The sentence of the key figures' note on people an earlier month
 *  published whose leak the month confirms (`このほか、前月までに公表された人の
 *  うち1,950人の流出がこの月に確認されています…`), or "" when none
 *  (briefing_summary.c).  In the brief's arena. */
const char *kj_brief_newly_confirmed_note(kj_brief *b);

/** The sentence under the key figures when the month's sums hold figures
 *  that fail a check (`影響人数には要確認の数値（2事案）を含みます。`), or ""
 *  (briefing_checks.c). */
const char *kj_brief_checks_note(kj_brief *b);

/** The method page's part on the fact checks: how many of the month's
 *  releases failed each (briefing_checks.c). */
void kj_brief_method_checks(kj_brief *b, kj_doc *doc);
void kj_brief_releases(kj_brief *b, kj_doc *doc);
void kj_brief_repeat(kj_brief *b, kj_doc *doc);

#endif
