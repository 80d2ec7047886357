/*
 * run.c — planning and executing an unattended run (see run.h).
 *
 * The order of things is what makes a run safe to repeat: the report
 * files are written first (they stay whatever happens), the message is
 * delivered, and only an accepted message is recorded — the state being
 * saved after each one, so a failure later in the run never causes an
 * earlier message to go out twice.
 */
#include "kaiji/archive.h"
#include "kaiji/alloc.h"
#include "kaiji/run.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/aggregate.h"
#include "kaiji/kaiji.h"
#include "kaiji/mail.h"
#include "kaiji/output.h"
#include "kaiji/state.h"
#include "run_internal.h"
#include "run_report.h"

typedef struct due {
    const kj_job_config *job;
    kj_calendar_period period;
} due;

struct kj_run {
    const kj_run_config *config;
    kj_run_options options;
    kj_state *state;
    due *items;
    size_t n_items;
};

static void say(const kj_run *run, kj_log_level level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void say(const kj_run *run, kj_log_level level, const char *fmt, ...)
{
    if (!run->options.log)
        return;
    char line[1400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    run->options.log(level, line, run->options.log_ctx);
}

kj_date kj_run_first_day(const kj_state *state, const kj_job_config *job)
{
    const char *recorded = kj_state_first_period(state, job->name);
    kj_calendar_period first;
    if (recorded && kj_calendar_parse(job->period, recorded, &first))
        return first.first;
    return KJ_DATE_NONE;
}

static void add_due(kj_run *run, const kj_job_config *job, kj_calendar_period p)
{
    run->items = kj_xrealloc(run->items, (run->n_items + 1) * sizeof *run->items);
    run->items[run->n_items++] = (due){job, p};
}

/* The first period a job covers: the state's, or `since` when earlier, or
 * else the last complete one. */
static kj_calendar_period first_period(kj_run *run, const kj_job_config *job,
                                       kj_calendar_period last, bool *changed)
{
    const char *recorded = kj_state_first_period(run->state, job->name);
    kj_calendar_period first;
    bool known = recorded && kj_calendar_parse(job->period, recorded, &first);
    if (recorded && !known)
        say(run, KJ_LOG_WARNING,
            "%s: the state's first period \"%s\" is not a %s period; starting again from %s",
            job->name, recorded, job->period == KJ_CALENDAR_MONTH ? "month" : "week or day",
            "the last complete one");
    if (job->has_since && (!known || kj_calendar_cmp(job->since, first) < 0)) {
        first = job->since;
        known = true;
    }
    if (!known)
        first = last;
    char key[16];
    kj_calendar_key(first, key);
    *changed = !recorded || strcmp(recorded, key) != 0;
    if (*changed)
        kj_state_set_first_period(run->state, job->name, key);
    return first;
}

static kj_status plan_job(kj_run *run, const kj_job_config *job, kj_date today, bool *changed,
                          bool *period_matched, kj_error *err)
{
    kj_calendar_period last = kj_calendar_last_complete(job->period, today);
    char key[16];
    if (run->options.period) {
        kj_calendar_period p;
        if (!kj_calendar_parse(job->period, run->options.period, &p))
            return KJ_OK; /* a key of another kind of period: not this job's */
        *period_matched = true;
        if (kj_calendar_cmp(p, last) > 0)
            return kj_error_set(err, KJ_ERR_USAGE, "%s: %s is not complete yet (the last is %s)",
                                job->name, run->options.period, kj_calendar_key(last, key));
        if (run->options.force || !kj_state_was_sent(run->state, job->name, run->options.period))
            add_due(run, job, p);
        return KJ_OK;
    }
    kj_calendar_period first = first_period(run, job, last, changed);
    for (kj_calendar_period p = first; kj_calendar_cmp(p, last) <= 0; p = kj_calendar_next(p)) {
        bool sent = kj_state_was_sent(run->state, job->name, kj_calendar_key(p, key));
        if (!sent || (run->options.force && kj_calendar_cmp(p, last) == 0))
            add_due(run, job, p);
    }
    return KJ_OK;
}

kj_status kj_run_open(const kj_run_config *config, const kj_run_options *options, kj_run **out,
                      kj_error *err)
{
    *out = NULL;
    if (options->only_job && !kj_run_config_job(config, options->only_job))
        return kj_error_set(err, KJ_ERR_USAGE, "%s: no job is called \"%s\"", config->path,
                            options->only_job);
    kj_run *run = kj_xcalloc(1, sizeof *run);
    run->config = config;
    run->options = *options;
    if (!kj_date_is_set(run->options.today))
        run->options.today = kj_today();
    kj_status st = kj_state_load(config->state_file, &run->state, err);
    if (st != KJ_OK) {
        free(run);
        return st;
    }
    bool changed = false, period_matched = false;
    for (size_t i = 0; i < config->n_jobs && st == KJ_OK; i++) {
        const kj_job_config *job = &config->jobs[i];
        if (options->only_job && strcmp(options->only_job, job->name) != 0)
            continue;
        bool job_changed = false;
        st = plan_job(run, job, run->options.today, &job_changed, &period_matched, err);
        changed |= job_changed;
    }
    if (st == KJ_OK && options->period && !period_matched)
        st = kj_error_set(err, KJ_ERR_USAGE,
                          "--period %s: not a period of %s (e.g. 2026-03 for "
                          "a monthly job, 2026-W10 for a weekly one)",
                          options->period, options->only_job ? options->only_job : "any job");
    /*
     * A job's first period is saved at once, even if nothing can be sent
     * today: an outage over a month's end must not make that month be
     * forgotten.  A dry run changes nothing.
     */
    if (st == KJ_OK && changed && !options->dry_run)
        st = kj_state_save(run->state, config->state_file, err);
    if (st != KJ_OK) {
        kj_run_close(run);
        return st;
    }
    *out = run;
    return KJ_OK;
}

size_t kj_run_pending(const kj_run *run)
{
    return run->n_items;
}

const char *kj_run_due(const kj_run *run, size_t i, char period[16])
{
    kj_calendar_key(run->items[i].period, period);
    return run->items[i].job->name;
}

bool kj_run_snippet_range(const kj_run *run, kj_date *from, kj_date *to)
{
    *from = *to = KJ_DATE_NONE;
    for (size_t i = 0; i < run->n_items; i++) {
        const due *d = &run->items[i];
        if (d->job->kind != KJ_JOB_ONEPAGERS)
            continue;
        if (!kj_date_is_set(*from) || kj_date_cmp(d->period.first, *from) < 0)
            *from = d->period.first;
        if (!kj_date_is_set(*to) || kj_date_cmp(d->period.last, *to) > 0)
            *to = d->period.last;
    }
    return kj_date_is_set(*from);
}

/* ------------------------------------------------------------ execution */

/* Which outcome the exit status reports when several happen. */
static int severity(kj_status st)
{
    switch (st) {
    case KJ_OK:
        return 0;
    case KJ_ERR_TEMPFAIL:
        return 1;
    case KJ_ERR_CANTCREAT:
    case KJ_ERR_IO:
        return 2;
    case KJ_ERR_DATA:
        return 3;
    case KJ_ERR_UNAVAILABLE:
        return 4;
    default:
        return 5; /* configuration, software */
    }
}

typedef struct outcome {
    kj_status status;
    kj_error *err;
} outcome;

static void note(outcome *o, kj_status st, const kj_error *why)
{
    if (severity(st) > severity(o->status)) {
        o->status = st;
        if (o->err && why)
            *o->err = *why;
    }
}

/* Newest archive date among the releases (by file path). */
static kj_date newest_filed(const kj_release_set *releases)
{
    kj_date newest = KJ_DATE_NONE;
    for (size_t i = 0; i < releases->n; i++) {
        kj_date d = kj_archive_path_date(releases->items[i]->path);
        if (kj_date_is_set(d) && kj_date_cmp(d, newest) > 0)
            newest = d;
    }
    return newest;
}

static kj_status write_eml(const kj_run *run, const char *job, const char *key,
                           const kj_message *msg, char *path, size_t cap, kj_error *err)
{
    snprintf(path, cap, "%s/mail-%s-%s.eml", run->config->out_dir, job, key);
    kj_output *out;
    kj_status st = kj_output_open(path, &out, err);
    if (st != KJ_OK)
        return st;
    if (fwrite(msg->data, 1, msg->len, kj_output_stream(out)) != msg->len) {
        kj_output_abort(out);
        return kj_error_set(err, KJ_ERR_IO, "%s: write failed", path);
    }
    return kj_output_commit(out, err);
}

static kj_status deliver(const kj_run *run, const kj_job_config *job, const kj_message *msg,
                         kj_error *err)
{
    const kj_run_config *c = run->config;
    if (c->method == KJ_DELIVER_SENDMAIL)
        return kj_sendmail_send((const char *const *)c->sendmail_argv, c->sendmail_timeout_seconds,
                                msg->data, msg->len, err);
    size_t n = job->n_to + job->n_cc;
    const char **rcpt = kj_xmalloc(n * sizeof *rcpt);
    for (size_t i = 0; i < job->n_to; i++)
        rcpt[i] = job->to[i];
    for (size_t i = 0; i < job->n_cc; i++)
        rcpt[job->n_to + i] = job->cc[i];
    kj_status st = kj_smtp_send(&c->smtp, job->from, rcpt, n, msg->data, msg->len, err);
    free(rcpt);
    return st;
}

/* Makes, delivers and records one message. */
static kj_status run_one(kj_run *run, const due *d, kj_pipeline *pipe, kj_error *err)
{
    const kj_job_config *job = d->job;
    char key[16];
    kj_calendar_key(d->period, key);
    run_inputs in = {run->config,     job,        pipe,        &pipe->releases,
                     pipe->incidents, run->state, kj_version()};
    run_report report;
    kj_status st = kj_run_report_make(&in, d->period, &report, err);
    if (st != KJ_OK)
        return st;

    kj_attachment *files = kj_xcalloc(report.n_files ? report.n_files : 1, sizeof *files);
    const char **names = kj_xcalloc(report.n_files ? report.n_files : 1, sizeof *names);
    size_t n_files = 0;
    for (size_t i = 0; i < report.n_files; i++) {
        const run_file *f = &report.files[i];
        if (!f->attached)
            continue;
        files[n_files] = (kj_attachment){f->name, f->content_type, f->data, f->len};
        names[n_files++] = f->name;
    }
    if (n_files < report.n_files)
        say(run, KJ_LOG_WARNING,
            "%s %s: %zu of %zu files not attached, the message would exceed "
            "delivery.max_message_mb (%d); the message says they are in %s",
            job->name, key, report.n_files - n_files, report.n_files, run->config->max_message_mb,
            run->config->out_dir);
    kj_mail mail = {job->from,   (const char *const *)job->to,
                    job->n_to,   (const char *const *)job->cc,
                    job->n_cc,   report.subject,
                    report.body, files,
                    n_files,     0};
    bool lf = run->config->method == KJ_DELIVER_SENDMAIL && !run->options.dry_run;
    kj_message msg;
    st = kj_message_build(&mail, lf ? KJ_NEWLINE_LF : KJ_NEWLINE_CRLF, &msg, err);
    char *digest = kj_mail_digest(&mail);
    for (size_t i = 0; i < report.n_files && st == KJ_OK; i++)
        say(run, KJ_LOG_INFO, "%s %s: wrote %s", job->name, key, report.files[i].path);

    if (st == KJ_OK && run->options.dry_run) {
        char path[4096];
        st = write_eml(run, job->name, key, &msg, path, sizeof path, err);
        if (st == KJ_OK)
            say(run, KJ_LOG_INFO, "%s %s: dry run: wrote %s (not sent to its %zu recipient%s)",
                job->name, key, path, job->n_to + job->n_cc, job->n_to + job->n_cc == 1 ? "" : "s");
    } else if (st == KJ_OK) {
        st = deliver(run, job, &msg, err);
        if (st == KJ_OK) {
            kj_state_record_sent(run->state, job->name, key, digest, msg.message_id, time(NULL),
                                 names, n_files);
            /* The horizon of "new": a year back, so late additions are
             * still caught — but never before the job's first period. */
            kj_date since = kj_date_from_days(kj_date_to_days(d->period.first) - 366);
            kj_date began = kj_run_first_day(run->state, job);
            if (kj_date_is_set(began) && kj_date_cmp(began, since) > 0)
                since = began;
            kj_state_add_reported(run->state, job->name, key, report.new_paths, report.n_new,
                                  since);
            kj_status saved = kj_state_save(run->state, run->config->state_file, err);
            say(run, KJ_LOG_INFO, "%s %s: sent to %zu recipient%s (Message-ID <%s>, %s)", job->name,
                key, job->n_to + job->n_cc, job->n_to + job->n_cc == 1 ? "" : "s", msg.message_id,
                digest);
            if (saved != KJ_OK) {
                say(run, KJ_LOG_ERROR,
                    "%s %s: the message went out but the state could not be saved: %s; the "
                    "next run would send it again — fix this first",
                    job->name, key, err->message);
                st = saved;
            }
        }
    }
    free(digest);
    kj_message_free(&msg);
    free(files);
    free(names);
    kj_run_report_free(&report);
    return st;
}

kj_status kj_run_execute(kj_run *run, kj_pipeline *pipe, kj_error *err)
{
    outcome o = {KJ_OK, err};
    kj_error_clear(err);
    if (run->n_items == 0)
        return KJ_OK;
    kj_error why;
    kj_status st = kj_make_dirs(run->config->out_dir, &why);
    if (st != KJ_OK) {
        say(run, KJ_LOG_ERROR, "%s", why.message);
        note(&o, st, &why);
        return o.status;
    }
    kj_date newest = newest_filed(&pipe->releases);
    char newest_text[11];
    kj_date_format(newest, newest_text);
    const kj_job_config *failed_job = NULL;
    for (size_t i = 0; i < run->n_items; i++) {
        const due *d = &run->items[i];
        char key[16];
        kj_calendar_key(d->period, key);
        if (d->job == failed_job)
            continue; /* its later periods would fail the same way */
        int32_t lag = kj_date_is_set(newest)
                          ? kj_date_to_days(d->period.last) - kj_date_to_days(newest)
                          : 1 << 30;
        if (lag > run->config->max_archive_lag_days) {
            kj_error_set(&why, KJ_ERR_DATA,
                         "%s %s: the archive's newest release is filed %s, %d days before the "
                         "period's end (max_archive_lag_days: %d): was the archive updated "
                         "(git pull)?  Nothing sent.",
                         d->job->name, key, *newest_text ? newest_text : "nowhere",
                         lag == 1 << 30 ? 0 : lag, run->config->max_archive_lag_days);
            say(run, KJ_LOG_ERROR, "%s", why.message);
            note(&o, KJ_ERR_DATA, &why);
            failed_job = d->job;
            continue;
        }
        kj_error_clear(&why);
        st = run_one(run, d, pipe, &why);
        if (st == KJ_OK)
            continue;
        char reason[sizeof why.message];
        memcpy(reason, why.message, sizeof reason);
        kj_error_set(&why, st, "%s %s: %s", d->job->name, key, reason);
        say(run, st == KJ_ERR_TEMPFAIL ? KJ_LOG_WARNING : KJ_LOG_ERROR, "%s", why.message);
        note(&o, st, &why);
        if (st == KJ_ERR_TEMPFAIL) {
            size_t left = run->n_items - i - 1;
            if (left)
                say(run, KJ_LOG_WARNING, "%zu more message%s left for the next run", left,
                    left == 1 ? "" : "s");
            break; /* the server is away: the others would only time out too */
        }
        failed_job = d->job;
    }
    return o.status;
}

void kj_run_close(kj_run *run)
{
    if (!run)
        return;
    kj_state_free(run->state);
    free(run->items);
    free(run);
}
