/*
 * run_report.h — one job's report for one period (src/run/ internal).
 */
#ifndef KAIJI_RUN_REPORT_H
#define KAIJI_RUN_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "kaiji/aggregate.h"
#include "kaiji/calendar.h"
#include "kaiji/error.h"
#include "kaiji/load.h"
#include "kaiji/pipeline.h"
#include "kaiji/runconfig.h"
#include "kaiji/state.h"

/* What the report needs to know. */
typedef struct run_inputs {
    const kj_run_config *config;
    const kj_job_config *job;
    /* The whole archive, as the pipeline read it.  Not const: a one-pager
     * whose newest release was loaded without its passages has them read
     * again (kj_pipeline_fill_snippets). */
    kj_pipeline *pipe;
    const kj_release_set *releases;   /* &pipe->releases: path order */
    const kj_incident_set *incidents; /* pipe->incidents: grouped over releases->items */
    const kj_state *state;
    const char *version; /* kaiji's, for the footer */
} run_inputs;

/* A report file written into the output folder, with its bytes. */
typedef struct run_file {
    char *name; /* as attached */
    char *path; /* in the output folder */
    const char *content_type;
    unsigned char *data;
    size_t len;
    char *about;   /* what it is, for the body's list of attachments; may be NULL */
    bool attached; /* false: left in out_dir, the message would grow past its limit */
} run_file;

typedef struct run_report {
    char *subject;
    char *body;
    run_file *files;
    size_t n_files;
    const char **new_paths; /* archive paths announced as new (borrowed from the releases) */
    size_t n_new;
} run_report;

/**
 * Writes the report files of `in->job` for period `p` into the output
 * folder and composes subject and body.  Returns KJ_OK; 73/74 when a file
 * cannot be written; 78 (KJ_ERR_CONFIG) or 66 for a broken or missing
 * layout, or no Japanese font (`err` filled).  Free with kj_run_report_free().
 */
kj_status kj_run_report_make(const run_inputs *in, kj_calendar_period p, run_report *r,
                             kj_error *err);

void kj_run_report_free(run_report *r);

/* ---------------------------------------------- report_files.c: attachments */

/** The period's releases `items` as CSV for Excel (BOM, CRLF) into
 *  releases-KEY.csv, attached. */
kj_status kj_run_write_csv(run_report *r, const char *out_dir, const char *key,
                           const kj_release **items, size_t n, kj_error *err);

/** The briefing of month `p` into briefing-KEY.pdf, attached: the file and
 *  bytes `kaiji briefing --month KEY` writes (with the configuration's
 *  watch list and listed issues); with the job's `appendix_csv`, its
 *  appendix too (kj_run_write_appendix). */
kj_status kj_run_write_briefing(run_report *r, const run_inputs *in, kj_calendar_period p,
                                const char *key, kj_error *err);

/** The briefing's appendix of month `p` as CSV for Excel into
 *  briefing-KEY-list.csv, attached (kj_appendix_write_csv, export.h). */
kj_status kj_run_write_appendix(run_report *r, const run_inputs *in, kj_calendar_period p,
                                const char *key, kj_error *err);

/** The one-pagers of the incidents the releases at positions `fresh` (in
 *  in->releases) belong to, as known at the end of `p`, attached. */
kj_status kj_run_write_onepagers(run_report *r, const run_inputs *in, kj_calendar_period p,
                                 const size_t *fresh, size_t n_fresh, kj_error *err);

/* ------------------------------------------------------ report_body.c: text */

/** The message body for period `p`: its figures `f`, the new releases
 *  `fresh`, the attachments of `r`.  Malloc'd. */
char *kj_run_report_body(const run_inputs *in, kj_calendar_period p, const kj_figures *f,
                         const kj_release **fresh, size_t n_fresh, const run_report *r);

#endif
