/*
 * briefing.h — the monthly briefing PDF and its charts.
 *
 * The briefing is what management holds in their hands: a Japanese-typeset
 * report of one calendar month's security-incident disclosures, built from
 * an incident set (aggregate.h) with the renderer (render.h).  Its parts,
 * in the order the layout's "sections" gives (layouts/briefing.json):
 *
 *   summary   the releases that name the watch list (関係先), the executive
 *             summary (what drove the month, against the previous month
 *             and the usual level, concentration, listed companies), the
 *             recommended checks, key figures, the main incidents ranked
 *             by a visible score
 *   trend     incidents of the months the archive covers (at most 12),
 *             stacked by attack type, spikes named by their wave
 *   charts    attack types, data types, victims, organisation types, size
 *             bands and disclosure lag of the month
 *   timeline  the disclosure timeline of the month's main incidents
 *   repeat    organisations that published several times, incidents with
 *             follow-up releases, contractors named by several
 *             organisations
 *   releases  the appendix: every release of the month grouped by wave and
 *             organisation type — date, organisation, title, attack,
 *             affected figure, leak status, clickable source
 *   method    what is counted, how figures are read, the score, caveats
 *
 * Nothing here prints; every file is written through output.h (temporary
 * file + rename).  The output depends only on the data, the layout, the
 * fonts and the creation time, so rendering the same month again gives the
 * same bytes (the mailer keeps a digest of what it sent).
 */
#ifndef KAIJI_BRIEFING_H
#define KAIJI_BRIEFING_H

#include <stddef.h>
#include <time.h>

#include "kaiji/aggregate.h"
#include "kaiji/text.h"
#include "kaiji/error.h"
#include "kaiji/render.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The names a briefing layout's "sections" may list, in the default order. */
extern const char *const kj_briefing_sections[];
extern const size_t kj_briefing_n_sections;

typedef struct kj_briefing_options {
    time_t created;          /* PDF CreationDate / ModDate and the footer's {date};
                                0: 00:00 UTC of the day after the month's last day (when
                                the month is complete), so output is reproducible */
    size_t highlights;       /* main incidents listed on the summary page (the run's
                                `largest`); 0: 5 */
    size_t timeline_rows;    /* incidents on the disclosure timeline; 0: 12 */
    const char *author;      /* PDF Author and {author}; NULL: "kaiji" */
    const kj_listed *listed; /* the exchange's listed issues (lists.h): the listed-company
                                figure, marks and the industry chart; NULL: none */
    const kj_watch *watch;   /* the watch list the releases were scanned with
                                (kj_pipeline_options.watch): page 1 lists the releases
                                naming it first; NULL: none */
} kj_briefing_options;

/**
 * Writes the briefing of calendar month `month` (its first to its last
 * day) over `set` to `out_path` ("-" for standard output) as PDF.
 * The figures are computed here (kj_figures_compute) with the month's
 * facts as known at its end.  `layout_path` is a layout file, or NULL for
 * the layout kaiji ships (layouts/briefing.json under kj_data_dir()).
 * `options` may be NULL for the defaults.
 *
 * Fails with KJ_ERR_USAGE when `month` is not one whole calendar month;
 * KJ_ERR_NOINPUT / KJ_ERR_CONFIG for a missing or broken layout (line,
 * column and key in `err`, unknown section names included) or when no
 * Japanese font is installed; KJ_ERR_CANTCREAT / KJ_ERR_IO when the file
 * cannot be written (the target is then left as it was).
 */
kj_status kj_briefing_write(const kj_incident_set *set, kj_period month, const char *layout_path,
                            const char *out_path, const kj_briefing_options *options,
                            kj_error *err);

/** The charts of a briefing, each of which can be written alone. */
typedef enum kj_briefing_chart {
    KJ_CHART_TREND,    /* "trend": incidents per month, 12 months, stacked by attack type */
    KJ_CHART_ATTACK,   /* "attack_type": the month against the previous one */
    KJ_CHART_DATA,     /* "data_type" */
    KJ_CHART_VICTIM,   /* "victim" */
    KJ_CHART_ORG_TYPE, /* "org_type" */
    KJ_CHART_SIZE,     /* "size_band": incidents by affected persons */
    KJ_CHART_LAG,      /* "lag": days from detection / occurrence to the first release */
    KJ_CHART_TIMELINE, /* "timeline": the month's main incidents on a date axis */
    KJ_CHART_INDUSTRY, /* "industry": incidents of listed companies by industry (with a list of
                          listed issues, kj_briefing_options.listed) */
    KJ_CHART__COUNT
} kj_briefing_chart;

/** The name of a chart (`"attack_type"`), or NULL. */
const char *kj_briefing_chart_name(kj_briefing_chart chart);

/**
 * Appends to `out` the sentences that say which waves drove the period —
 * `公表377件のうち238件（220事案）はIIJセキュアMXサービスへの不正アクセスに
 * 関するものです。` — for each wave with at least 5 releases and a tenth of
 * the period's releases, the largest first (at most three), from `f`'s
 * wave breakdown.  Appends nothing when no wave is that large.  Returns the
 * number of waves named.  The briefing's overview and the mail body of a
 * run open with these sentences.
 */
size_t kj_brief_waves_lead(const kj_figures *f, kj_buf *out);

/** The chart named `name`, or -1. */
int kj_briefing_chart_lookup(const char *name);

/**
 * Writes one chart of the briefing of `month` alone, as SVG, PNG (twice the
 * resolution, white background) or PDF, `width` x `height` points (height
 * 0: the chart's natural height), with the title naming the month.  Fails
 * as kj_briefing_write() and kj_figure_write().
 */
kj_status kj_briefing_chart_write(const kj_incident_set *set, kj_period month,
                                  kj_briefing_chart chart, const char *layout_path,
                                  kj_image_format format, double width, double height,
                                  const char *out_path, kj_error *err);

/**
 * kj_briefing_chart_write() with the briefing's options (the listed issues
 * an industry chart needs); `options` may be NULL.
 */
kj_status kj_briefing_chart_write_with(const kj_incident_set *set, kj_period month,
                                       kj_briefing_chart chart, const char *layout_path,
                                       const kj_briefing_options *options, kj_image_format format,
                                       double width, double height, const char *out_path,
                                       kj_error *err);

#ifdef __cplusplus
}
#endif

#endif
