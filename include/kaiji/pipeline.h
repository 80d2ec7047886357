/*
 * pipeline.h — files to releases to incidents to figures, in one call.
 *
 * Every command and the unattended run read an archive the same way:
 *
 *   load      read, decode and parse each file on every core (load.h);
 *   extract   on the same worker, while the text is there: the facts and
 *             events (kj_extract_release), the cues grouping needs
 *             (kj_scan_cues) and, for the releases a one-pager may show,
 *             its passages (kj_capture_snippets); then the text is
 *             dropped unless asked for;
 *   group     the usable releases into incidents (kj_incidents_group);
 *   figures   of a period, on demand (kj_pipeline_figures).
 *
 * The options say how far to go and what to keep; the result owns what
 * was made.  Nothing here prints: diagnostics reach the caller's observer.
 */
#ifndef KAIJI_PIPELINE_H
#define KAIJI_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>

#include "kaiji/aggregate.h"
#include "kaiji/archive.h"
#include "kaiji/extract.h"
#include "kaiji/load.h"
#include "kaiji/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kj_pipeline_options {
    int threads;                  /* worker threads counting the caller; 0: one per core */
    const kj_lexicon *lexicon;    /* the extraction words; NULL: the built-in lexicon */
    bool keep_text;               /* keep each release's parsed text (explain, check);
                                     otherwise a release is compacted to its facts */
    bool keep_evidence;           /* keep the evidence records (explain, export --evidence) */
    bool snippets;                /* keep the passages one-pagers show (rel->snippets) ... */
    kj_date snippets_from;        /* ... of the releases published from this day (unset: open) */
    kj_date snippets_to;          /* ... to this day (unset: open) */
    const struct kj_watch *watch; /* the user's watch list (lists.h): each release's hits
                                     go to rel->watch_hits (kj_watch_scan); NULL: none */
    bool group;                   /* group the releases into incidents (result->incidents) */
    /* Unset (year 0): read every file.  Else, with `group` and no stream,
     * read only what the figures and pages of the months focus.from …
     * focus.to need: the files of those months and the twelve before them
     * (chosen by archive path, before anything is parsed); of the twelve
     * months before that, parsed only (no facts read), those published
     * inside after all or joined to what is read (same organisation, a
     * link either way); of older files, those whose file name gives an
     * organisation read or that a read release links to — round after
     * round.  Files after focus.to are never read, nor need they be
     * listed (kj_archive_collect_until): the figures are those of the
     * archive as it stood at the month's end, as a whole-archive run over
     * it gives them (tests/corpus/focus.sh).  Ignored with
     * grouping.join_contractors, which joins any organisations. */
    kj_period focus;
    kj_group_options grouping; /* how; kj_pipeline_options_default sets the defaults */
    /* Sees every release in path order on the calling thread, skipped files
     * included, before it is kept (or streamed); non-zero stops the run and
     * becomes kj_pipeline_run's status.  May be NULL. */
    kj_release_observer observe;
    void *observe_ctx;
    /* When set, every release (skipped files too, as kj_load_each hands
     * them) goes here in path order, which takes ownership, instead of
     * being kept: nothing is grouped.  For commands that stream, so memory
     * holds a few releases, not the archive. */
    kj_release_sink stream;
    void *stream_ctx;
    kj_progress_fn progress; /* may be NULL; called on the calling thread */
    void *progress_ctx;
} kj_pipeline_options;

/** Fills `o` with the defaults: every core, the built-in lexicon, facts
 *  only, no evidence, no passages, grouping with kj_group_options_default. */
void kj_pipeline_options_default(kj_pipeline_options *o);

/** What a run of the pipeline made; kj_pipeline_free frees all of it. */
typedef struct kj_pipeline {
    kj_release_set releases;     /* the usable releases, in path order (empty when streamed) */
    kj_incident_set *incidents;  /* over `releases`, when options.group; else NULL */
    kj_pipeline_options options; /* as run */
    kj_figures **figures;        /* made by kj_pipeline_figures, freed with the result */
    size_t n_figures;
    kj_period archive_span; /* with a focus: what every file of the archive up to its
                               end covers by path (kj_incident_set.archive_span) */
} kj_pipeline;

/**
 * True when a run with `o` reads only what its focus needs (see
 * kj_pipeline_options.focus), and so nothing after focus.to: the list may
 * then leave out later months (kj_archive_collect_until with focus.to).
 */
bool kj_pipeline_focuses(const kj_pipeline_options *o);

/** The last day a run with `o` reads: focus.to when it focuses
 *  (kj_pipeline_focuses), else unset — the bound to collect its list with
 *  (kj_archive_collect_until). */
kj_date kj_pipeline_reads_until(const kj_pipeline_options *o);

/**
 * Loads every file of `list` through the stages `options` asks for into
 * `out` (which it initialises; free it with kj_pipeline_free even on
 * failure).  Skipped files (KJ_RELEASE_SKIPPED) reach the observer and are
 * then freed.  Returns KJ_OK or the observer's or the stream's non-zero
 * value (out of memory aborts, alloc.h).
 */
int kj_pipeline_run(const kj_file_list *list, const kj_pipeline_options *options, kj_pipeline *out);

/**
 * The figures of `period` over the result's incidents (it must have been
 * run with `group`), computed once per call and owned by `p`.  `options`
 * may be NULL (kj_figures_compute).
 */
const kj_figures *kj_pipeline_figures(kj_pipeline *p, kj_period period,
                                      const kj_figures_options *options);

/**
 * Gives the newest release of `inc` (an incident of p->incidents) known on
 * `as_of` (unset: the newest) the passages kj_capture_snippets would have
 * kept, by reading and parsing its file once more on the calling thread —
 * for the rare one-pager whose newest release lay outside the snippet range
 * (a publication date far from its file name's).  Does nothing when it
 * has them.  Returns true when it has its passages afterwards; false when
 * no release is known by `as_of` or the file can no longer be read (the
 * release is then unchanged, and a one-pager says its text was not read).
 */
bool kj_pipeline_fill_snippets(kj_pipeline *p, const kj_incident *inc, kj_date as_of);

/** Frees the releases, incidents and figures of `p` (not `p` itself). */
void kj_pipeline_free(kj_pipeline *p);

#ifdef __cplusplus
}
#endif

#endif
