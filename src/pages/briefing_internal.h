/*
 * briefing_internal.h — what the files of the monthly briefing share.
 *
 *   briefing.c          the context (layout, renderer, figures), the
 *                       document and its sections in layout order
 *   briefing_data.c     what the pages say, derived from the figures: the
 *                       main incidents, one-line descriptions, the trend by
 *                       main attack type, lag bands, follow-ups, contractors
 *   briefing_charts.c   the chart specifications (PDF and `kaiji chart`)
 *   briefing_summary.c  the summary page and the method note (prose)
 *   briefing_tables.c   the release table and the repeat-disclosure tables
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

/** An incident of the month with follow-up releases in it. */
typedef struct kj_brief_followup {
    const kj_incident_view *view;
    size_t first_in_month; /* index of its first member published in the month */
} kj_brief_followup;

/** A contractor the month's releases name, with the organisations naming it. */
typedef struct kj_brief_contractor {
    const kj_row *row;
    const char **organizations; /* names as written, distinct by key */
    size_t n_organizations;
} kj_brief_contractor;

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

    /* The month's incidents, most significant first (kj_brief_rank). */
    const kj_incident_view **ranked;
    size_t n_ranked;

    int figure_number; /* the last 図N given in the PDF */
    int table_number;  /* the last 表N */
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

/** How much an incident matters for the summary: more affected persons,
 *  ransomware, a confirmed leak, sensitive data, several disclosers. */
double kj_brief_significance(const kj_incident_view *v);

/** Sorts the month's incidents by significance into b->ranked. */
void kj_brief_rank(kj_brief *b);

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

/** `第N報` / `最終報` / "" of a report. */
const char *kj_brief_report_label(kj_report rep, char buf[24]);

/**
 * The one-line description of an incident for the summary: discloser,
 * attack, who and what was affected and whether it leaked, and when it was
 * published this month, e.g. `株式会社A：ランサムウェア・不正アクセス。
 * 顧客6,724人の氏名・住所などが流出した可能性（2月12日公表）`.
 */
const char *kj_brief_describe(kj_brief *b, const kj_incident_view *v);

/** A change against the previous month: `前月比 +12（+3.3%）`, `前月と同数`,
 *  `前月比 +5（前月 0）`; the tone of the change (more is worse). */
const char *kj_brief_change(kj_brief *b, int64_t now, int64_t prev, kj_tone *tone);

/* -------------------------------------------------------------- charts */

/**
 * Fills `fig` with chart `kind` of the month (specification in the brief's
 * arena).  `number` > 0 titles it 図N for the PDF; 0 names the month for a
 * chart written alone.
 */
void kj_brief_chart(kj_brief *b, kj_briefing_chart kind, int number, kj_figure *fig);

/* ------------------------------------------------------------ sections */

/** The whole briefing as a document: the title, then the layout's
 *  sections in order.  The caller frees it. */
kj_doc *kj_brief_document(kj_brief *b);

void kj_brief_summary(kj_brief *b, kj_doc *doc);
void kj_brief_method(kj_brief *b, kj_doc *doc);

/* ---------------------------------------------------------- fact checks */

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
