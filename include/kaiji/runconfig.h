/*
 * runconfig.h — the configuration of `kaiji run` (a JSON file).
 *
 * One file says where the archive, the output folder and the state are,
 * how mail leaves the machine, and which jobs run.  Every key is checked
 * when the file is read: a misspelt key, a wrong type, a password that
 * would travel unencrypted or a subject placeholder that does not exist
 * is an error naming `FILE:LINE:COLUMN` and the key, before anything is
 * sent.  README.md documents every key; examples/kaiji-run.json is a
 * complete sample.
 */
#ifndef KAIJI_RUNCONFIG_H
#define KAIJI_RUNCONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "kaiji/error.h"
#include "kaiji/lists.h"
#include "kaiji/mail.h"
#include "kaiji/calendar.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum kj_job_kind {
    KJ_JOB_BRIEFING,  /* the monthly briefing PDF */
    KJ_JOB_DIGEST,    /* new releases of the period, listed in the body */
    KJ_JOB_ONEPAGERS, /* one-pagers of incidents with new releases */
    KJ_JOB_EXPORT,    /* the period's releases as a CSV attachment */
    KJ_JOB__COUNT
} kj_job_kind;

/** The configuration spelling of a job kind (`"briefing"`). */
const char *kj_job_kind_name(kj_job_kind kind);

typedef struct kj_job_config {
    char *name; /* unique; the key of its records in the state file */
    kj_job_kind kind;
    kj_calendar_kind period;
    char *subject; /* template with {placeholders}, checked at load */
    char *from;
    char **to;
    size_t n_to;
    char **cc;
    size_t n_cc;
    bool has_since;
    kj_calendar_period since; /* first period to deliver (back-fill), when has_since */
    char *layout;             /* briefing layout file, NULL for the default */
    int largest;              /* incidents listed as the largest (body) */
    int list_limit;           /* new releases listed in the body at most */
    bool appendix_csv;        /* briefing: also attach the appendix (every release of the
                                 month, grouped by wave and organisation type) as CSV */
} kj_job_config;

typedef enum kj_delivery_method { KJ_DELIVER_SMTP, KJ_DELIVER_SENDMAIL } kj_delivery_method;

typedef struct kj_run_config {
    char *path;       /* the file it was read from */
    char *archive;    /* archive root */
    char *out_dir;    /* reports and .eml files */
    char *state_file; /* what was sent */
    char *lock_file;  /* flock'd while a run works */
    int max_archive_lag_days;

    kj_delivery_method method;
    kj_smtp_options smtp; /* its strings are smtp_owned's */
    struct {
        char *host, *user, *password, *ca_file;
    } smtp_owned;         /* the config's copies, freed (the password wiped) with it */
    char **sendmail_argv; /* NULL-terminated */
    long sendmail_timeout_seconds;
    int max_message_mb; /* attachments that would make a message larger stay in out_dir */

    kj_job_config *jobs;
    size_t n_jobs;

    char *watch;          /* the watch list file ("watch"), or NULL */
    char *listed;         /* the exchange's list of listed issues ("listed"), or NULL */
    kj_watch *watch_list; /* read with the configuration, so a broken one fails --check */
    kj_listed *listed_list;
} kj_run_config;

/**
 * Reads and checks the configuration file `path`.  Relative paths in it
 * are taken relative to the file's folder, so cron's working directory
 * does not matter.  The SMTP password is read here (from the environment
 * variable or file the configuration names) so that a missing one is a
 * configuration error before any work is done.  On success `*config` owns
 * everything (kj_run_config_free()).  Returns KJ_OK; KJ_ERR_NOINPUT when
 * the file cannot be read; KJ_ERR_CONFIG with `err` naming
 * `FILE:LINE:COLUMN: key: reason` for anything wrong in it.
 */
kj_status kj_run_config_load(const char *path, kj_run_config **config, kj_error *err);

/** Frees a configuration (wiping the password).  NULL is a no-op. */
void kj_run_config_free(kj_run_config *config);

/** The job called `name`, or NULL. */
const kj_job_config *kj_run_config_job(const kj_run_config *config, const char *name);

/**
 * The placeholders a subject template may use, NULL-terminated: `{period}`
 * (the period's key), `{month}` (`2026年4月`, the month the period starts
 * in), `{label}` (the period in Japanese), `{first}` and `{last}` (its first
 * and last day, `2026-04-01`), `{job}`, `{count}` (releases published in
 * the period) and `{new}` (new releases listed).
 */
extern const char *const kj_subject_placeholders[];

#ifdef __cplusplus
}
#endif

#endif
