/*
 * run.h — the unattended run: which reports are due, making them, mailing
 * them, and remembering what went out.
 *
 * A run is planned from the configuration and the state alone (cheap: a
 * run with nothing due never reads the archive), then executed over the
 * loaded releases.  For every due (job, period), oldest first, it writes
 * the report files into the output folder, builds the message, hands it
 * to the mail server (or, on a dry run, writes it as .eml beside them) and
 * — only once the server has accepted it — records it in the state, which
 * is saved at once.  Reports stay in the output folder whatever happens.
 *
 * The library never prints: everything worth telling goes to the log
 * callback, one line per event.  The caller must hold the lock (lock.h)
 * for the whole run.
 */
#ifndef KAIJI_RUN_H
#define KAIJI_RUN_H

#include <stdbool.h>
#include <stddef.h>

#include "kaiji/error.h"
#include "kaiji/pipeline.h"
#include "kaiji/model.h"
#include "kaiji/runconfig.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum kj_log_level { KJ_LOG_INFO, KJ_LOG_WARNING, KJ_LOG_ERROR } kj_log_level;

/** Receives one log line (no line end).  `ctx` is kj_run_options.log_ctx. */
typedef void (*kj_log_fn)(kj_log_level level, const char *message, void *ctx);

typedef struct kj_run_options {
    bool dry_run;         /* write .eml files instead of sending; the state is not changed */
    bool force;           /* send again what the state says was sent */
    const char *only_job; /* run this job only; NULL for all */
    const char *period;   /* this period only (a key: 2026-03, 2026-W10); NULL for the due ones */
    kj_date today;        /* the day the run acts on; unset for the real today */
    kj_log_fn log;        /* may be NULL */
    void *log_ctx;
} kj_run_options;

typedef struct kj_run kj_run;

/**
 * Reads the state and plans the run: for each job, every period from its
 * first one (the state's, or `since`, or else the last complete period)
 * to the last complete one that has no accepted message — or, with
 * `force`, the last complete one (or `period`) even if it has.  Returns
 * KJ_OK with `*run` set (kj_run_close()); KJ_ERR_USAGE when `only_job` or
 * `period` names nothing; the state's error (65, 66) when it cannot be
 * read.
 */
kj_status kj_run_open(const kj_run_config *config, const kj_run_options *options, kj_run **run,
                      kj_error *err);

/** The number of messages the run has to make. */
size_t kj_run_pending(const kj_run *run);

/**
 * Due message `i` (0 ≤ i < kj_run_pending()): its job's name and its
 * period's key, written into `period` (16 bytes).  Returns the job name,
 * owned by the configuration.
 */
const char *kj_run_due(const kj_run *run, size_t i, char period[16]);

/**
 * The publication dates of the releases whose text passages the due
 * one-pagers show: from the first day of the earliest due `onepagers`
 * period to the last day of the latest.  Returns false (and unset dates)
 * when no one-pagers are due.  A loader keeps the passages of these
 * releases only (kj_pipeline_options.snippets_from / snippets_to,
 * pipeline.h), so a run's memory stays that of the facts; a page whose
 * newest release lies outside has its file read again
 * (kj_pipeline_fill_snippets).
 */
bool kj_run_snippet_range(const kj_run *run, kj_date *from, kj_date *to);

/**
 * Makes and delivers every due message from `pipe`: the whole archive read
 * by kj_pipeline_run (pipeline.h) facts-only and grouped with the default
 * grouping options, as `kaiji stats` reads it, so its figures, briefings
 * and one-pagers are those of the commands; it may read a one-pager's
 * newest release again for its passages.  Returns the most serious outcome:
 * KJ_OK (all sent, or nothing due); KJ_ERR_CONFIG (78) or
 * KJ_ERR_UNAVAILABLE (69) when a server or program refused for good, or
 * (78, 66) for a broken or missing layout or no Japanese font;
 * KJ_ERR_DATA (65) when the archive has no releases near a period's end
 * (it was not updated); 73/74 when a file could not be written;
 * KJ_ERR_TEMPFAIL (75) when the server could not be reached (the remaining
 * messages are left for the next run).  `err` holds the first such
 * problem; each one is also logged.
 */
kj_status kj_run_execute(kj_run *run, kj_pipeline *pipe, kj_error *err);

/** Frees the run.  NULL is a no-op. */
void kj_run_close(kj_run *run);

#ifdef __cplusplus
}
#endif

#endif
