/*
 * run_report.h — one job's report for one period (src/run/ internal).
 */
#ifndef KAIJI_RUN_REPORT_H
#define KAIJI_RUN_REPORT_H

#include <stddef.h>

#include "kaiji/error.h"
#include "kaiji/load.h"
#include "kaiji/calendar.h"
#include "kaiji/runconfig.h"
#include "kaiji/state.h"

/* What the report needs to know. */
typedef struct run_inputs {
    const kj_run_config *config;
    const kj_job_config *job;
    const kj_release_set *releases; /* the whole archive, path order */
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
 * folder and composes subject and body.  Returns KJ_OK, or 73/74 when a
 * file cannot be written (with `err` filled).  Free with run_report_free().
 */
kj_status run_report_make(const run_inputs *in, kj_calendar_period p, run_report *r, kj_error *err);

void run_report_free(run_report *r);

#endif
