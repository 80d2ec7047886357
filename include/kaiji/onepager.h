/*
 * onepager.h — one A4 page per incident: what happened at X, on one page.
 *
 * A one-pager is set from an incident of kj_incidents_group() (aggregate.h)
 * and the releases it points to:
 *
 *   - header: the organisation(s), the newest release's title and date and
 *     which report it is (第N報 / 最終報, else the how-manieth release);
 *   - key facts: the affected figure in its unit (people, records or
 *     accounts; a wave's origin total said to be one), organisations, leak
 *     status, days from detection to the first notice (a notice before
 *     the archive began, named in the text, counts), attack types, victim
 *     categories, authorities reported to, third-party involvement, the
 *     wave and its origin, the watch-list names it contains, the listed
 *     issue; dates in an impossible order marked 「要確認」 and not drawn;
 *   - the data types as labelled marks, those the releases say are not
 *     included struck through;
 *   - the disclosure timeline: a chart and a table of every release and
 *     every dated event;
 *   - a summary: the opening of the newest release, cut after a sentence
 *     end to fit, with a note that the full text is at the source;
 *   - the countermeasures announced (再発防止策 / 対策);
 *   - the sources: each release's date, its clickable URL and archive path.
 *
 * What the page needs besides the incident: the text passages of the
 * newest release (rel->snippets, model.h), captured while loading
 * (kj_pipeline_options.snippets, pipeline.h, or kj_pipeline_fill_snippets
 * afterwards).  A release loaded
 * without them gets a page whose summary and countermeasures say the text
 * was not read; nothing else changes.
 *
 * Fitting: the page is set, measured and set again with shorter parts until
 * it fits one page — the summary loses sentences, lists lose items and
 * lines, each cut marked visibly (「…ほか3件」, 「（以下略）」).  Only an
 * incident too large even for the shortest form (dozens of releases)
 * overflows, and the result says so.
 *
 * The output is deterministic: the same incident, layout and creation time
 * give a byte-identical PDF.
 */
#ifndef KAIJI_ONEPAGER_H
#define KAIJI_ONEPAGER_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "kaiji/aggregate.h"
#include "kaiji/error.h"
#include "kaiji/render.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The parts of a one-pager, as a layout's "sections" lists them (in the
 *  order of layouts/onepager.json; a layout that lists none gets them all
 *  in this order). */
extern const char *const kj_onepager_sections[];
extern const size_t kj_onepager_n_sections;

typedef struct kj_onepager_options {
    kj_date as_of;              /* the incident as known on this day: releases published after
                                   it are left out (facts as kj_incident_facts_as_of gives them);
                                   unset: every release */
    time_t created;             /* PDF CreationDate and the footer's {date}; 0: $SOURCE_DATE_EPOCH,
                                   else now.  Fix it to re-render byte-identical files */
    const char *author;         /* PDF Author and the footer's {author}; NULL: "kaiji" */
    const kj_incident_set *set; /* the set the incident belongs to: its wave and origin are
                                   named; NULL: not */
    const kj_listed *listed;    /* the exchange's listed issues (lists.h): a listed
                                   organisation is marked; NULL: none */
} kj_onepager_options;

/** What kj_onepager_write() did. */
typedef struct kj_onepager_result {
    int pages;               /* pages written: 1, more only with `overflow` */
    bool overflow;           /* even the shortest form did not fit one page */
    bool shortened;          /* some part was cut to fit (and marked so on the page) */
    double free_points;      /* height left unused at the page's foot */
    size_t summary_lines;    /* lines of the summary shown */
    size_t measures_shown;   /* countermeasures shown, of ... */
    size_t measures_found;   /* ... those the newest release announces */
    size_t events_shown;     /* dated events listed in the timeline table, of ... */
    size_t events_total;     /* ... those the incident has */
    const char *newest_path; /* archive path of the newest release (borrowed) */
} kj_onepager_result;

/**
 * Sets the one-pager of `inc` with `r` (whose layout must list only
 * kj_onepager_sections, e.g. layouts/onepager.json through
 * kj_layout_load_named("onepager", …)) and writes it to `path` via
 * kj_output (temp file + rename; "-" for standard output).  `options` may
 * be NULL; `result` (may be NULL) receives what was done.  The incident and
 * its releases are only read.  Returns KJ_OK; KJ_ERR_CONFIG when the
 * layout lists an unknown section; KJ_ERR_DATA when no release of the
 * incident is published by `as_of`; KJ_ERR_CANTCREAT / KJ_ERR_IO when the
 * file cannot be written — `err` says which and why.  An overflowing page
 * is still written (nothing is lost) and reported in `result`.
 */
kj_status kj_onepager_write(kj_renderer *r, const kj_incident *inc,
                            const kj_onepager_options *options, const char *path,
                            kj_onepager_result *result, kj_error *err);

/**
 * The file name of `inc`'s one-pager, safe on every file system
 * (kj_safe_filename, output.h): `onepager-` + the incident id + `.pdf`,
 * e.g. `onepager-2026-01-20-株式会社みなと精機.pdf`, at most `size` - 1
 * bytes (the id is cut on a whole character; size of 64 or more).  Distinct
 * ids give distinct names unless cutting or replaced characters make them
 * meet: a caller writing many pages into one folder should check.  Returns
 * the length.
 */
size_t kj_onepager_filename(const kj_incident *inc, char *out, size_t size);

/**
 * The file names of the one-pagers of `n` incidents written into one
 * folder, in the incidents' order: kj_onepager_filename() of each, except
 * that where two would meet (cut or made safe alike), every later
 * incident's name gets `-2`, `-3` … before `.pdf`, a suffix no other name
 * has — so no page overwrites another.  Returns a malloc'd array of `n`
 * malloc'd names (each and the array to be freed with free(), or all with
 * kj_onepager_filenames_free()).  Aborts only when out of memory.
 */
char **kj_onepager_filenames(const kj_incident *const *incidents, size_t n);

/** Frees the `n` names and the array kj_onepager_filenames() returned.
 *  NULL is a no-op. */
void kj_onepager_filenames_free(char **names, size_t n);

/**
 * The page design of one-pagers: loads `layout_path` (NULL: the layout
 * kaiji ships, layouts/onepager.json), checks that it lists only
 * kj_onepager_sections, and makes a renderer with its fonts.  On KJ_OK the
 * caller frees `*renderer` then `*layout`; on failure both are NULL and
 * `err` says why (KJ_ERR_NOINPUT / KJ_ERR_CONFIG: a missing or broken
 * layout, or no Japanese font).
 */
kj_status kj_onepager_design(const char *layout_path, kj_layout **layout, kj_renderer **renderer,
                             kj_error *err);

/**
 * Called by kj_onepagers_write() after each page is written: `name` is
 * its file name, `path` the file (both borrowed), `result` what was done.
 * A status other than KJ_OK stops the batch and becomes its status.
 */
typedef kj_status (*kj_onepager_written_fn)(const kj_incident *inc, const char *name,
                                            const char *path, const kj_onepager_result *result,
                                            void *ctx, kj_error *err);

/**
 * Writes the one-pagers of `n` incidents into folder `dir` (made when it
 * is missing), in order, named by kj_onepager_filenames() so that none
 * overwrites another, with `r` and `options` as kj_onepager_write() takes
 * them; `written` (may be NULL) hears of each page.  The batch the
 * `onepager --all` command and a run's one-pager job both write.  Returns
 * KJ_OK, or the first failure (kj_onepager_write's, kj_make_dirs's or the
 * callback's) with `err` filled; pages written before it stay.
 */
kj_status kj_onepagers_write(kj_renderer *r, const kj_incident *const *incidents, size_t n,
                             const char *dir, const kj_onepager_options *options,
                             kj_onepager_written_fn written, void *ctx, kj_error *err);

#ifdef __cplusplus
}
#endif

#endif
