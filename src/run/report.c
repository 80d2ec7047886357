/*
 * report.c — what one job says about one period: which releases it covers
 * and announces as new, the report files it writes (report_files.c), the
 * body (report_body.c) and the subject (see run_report.h).
 */
#include "kaiji/alloc.h"
#include "kaiji/archive.h"
#include "run_report.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/state.h"
#include "run_internal.h"

/* ------------------------------------------------------------ selection */

/* Releases published inside `p`, in path order (borrowed pointers). */
static size_t releases_in(const kj_release_set *set, kj_calendar_period p, const kj_release ***out)
{
    const kj_release **items = kj_xmalloc((set->n ? set->n : 1) * sizeof *items);
    size_t n = 0;
    for (size_t i = 0; i < set->n; i++)
        if (kj_calendar_contains(p, set->items[i]->published))
            items[n++] = set->items[i];
    *out = items;
    return n;
}

/*
 * The releases this message announces as new, as positions in `set`: filed
 * up to the period's end and not announced before — or announced in this
 * very period, so that a forced resend says what the first message said.
 * Before a job's first message, "new" starts with the period itself; it
 * never starts before the job's first period.
 */
static size_t new_releases(const kj_release_set *set, const kj_state *state,
                           const kj_job_config *job_config, kj_calendar_period p, const char *key,
                           size_t **out)
{
    const char *job = job_config->name;
    kj_date since = kj_state_reported_since(state, job);
    if (!kj_date_is_set(since))
        since = p.first;
    kj_date began = kj_run_first_day(state, job_config);
    if (kj_date_is_set(began) && kj_date_cmp(began, since) > 0)
        since = began;
    int32_t from = kj_date_to_days(since), to = kj_date_to_days(p.last);
    size_t *items = kj_xmalloc((set->n ? set->n : 1) * sizeof *items);
    size_t n = 0;
    for (size_t i = 0; i < set->n; i++) {
        const kj_release *rel = set->items[i];
        kj_date filed = kj_archive_path_date(rel->path);
        if (!kj_date_is_set(filed))
            filed = rel->published;
        if (!kj_date_is_set(filed))
            continue;
        int32_t day = kj_date_to_days(filed);
        if (day < from || day > to)
            continue;
        const char *in = kj_state_reported_in(state, job, rel->path);
        if (!in || strcmp(in, key) == 0)
            items[n++] = i;
    }
    *out = items;
    return n;
}

/* ------------------------------------------------------------- subject */

typedef struct subject_ctx {
    const run_inputs *in;
    kj_calendar_period period;
    int64_t count;
    size_t n_new;
    char buf[64];
} subject_ctx;

static const char *subject_value(const char *name, size_t len, void *arg)
{
    subject_ctx *c = arg;
#define IS(word) (len == sizeof word - 1 && memcmp(name, word, len) == 0)
    if (IS("period"))
        return kj_calendar_key(c->period, c->buf);
    if (IS("month"))
        return kj_calendar_label(kj_calendar_containing(KJ_CALENDAR_MONTH, c->period.first), c->buf,
                                 sizeof c->buf);
    if (IS("label"))
        return kj_calendar_label(c->period, c->buf, sizeof c->buf);
    if (IS("first"))
        return kj_date_format(c->period.first, c->buf);
    if (IS("last"))
        return kj_date_format(c->period.last, c->buf);
    if (IS("job"))
        return c->in->job->name;
    if (IS("count")) {
        snprintf(c->buf, sizeof c->buf, "%lld", (long long)c->count);
        return c->buf;
    }
    if (IS("new")) {
        snprintf(c->buf, sizeof c->buf, "%zu", c->n_new);
        return c->buf;
    }
#undef IS
    return NULL;
}

/* ----------------------------------------------------------------- make */

static kj_status write_files(const run_inputs *in, kj_calendar_period p, const char *key,
                             const size_t *fresh, size_t n_fresh, run_report *r, kj_error *err)
{
    switch (in->job->kind) {
    case KJ_JOB_EXPORT: {
        const kj_release **items;
        size_t n = releases_in(in->releases, p, &items);
        kj_status st = kj_run_write_csv(r, in->config->out_dir, key, items, n, err);
        free(items);
        return st;
    }
    case KJ_JOB_BRIEFING:
        return kj_run_write_briefing(r, in, p, key, err);
    case KJ_JOB_ONEPAGERS:
        return kj_run_write_onepagers(r, in, p, fresh, n_fresh, err);
    case KJ_JOB_DIGEST:
        return KJ_OK; /* the list is the body */
    case KJ_JOB__COUNT:
        break;
    }
    return kj_error_set(err, KJ_ERR_SOFTWARE, "job %s: unknown kind", in->job->name);
}

/*
 * Attaches files in order while the message stays within the delivery's
 * limit (base64: 4 bytes for 3, plus line ends; headers and body under
 * 64 KB); the rest stay in the output folder and the body says where.  A
 * message the server refuses for its size would otherwise fail every run.
 */
static void fit_attachments(run_report *r, int max_mb)
{
    uint64_t budget = (uint64_t)max_mb * 1000 * 1000, used = 64 * 1024;
    for (size_t i = 0; i < r->n_files; i++) {
        uint64_t encoded = (r->files[i].len + 2) / 3 * 4;
        encoded += encoded / 76 * 2 + 1024;
        r->files[i].attached = used + encoded <= budget;
        if (r->files[i].attached) {
            used += encoded;
        } else {
            free(r->files[i].data); /* the file in out_dir is all that is needed */
            r->files[i].data = NULL;
        }
    }
}

kj_status kj_run_report_make(const run_inputs *in, kj_calendar_period p, run_report *r,
                             kj_error *err)
{
    memset(r, 0, sizeof *r);
    const kj_job_config *job = in->job;
    char key[16];
    kj_calendar_key(p, key);

    size_t *fresh;
    size_t n_new = new_releases(in->releases, in->state, job, p, key, &fresh);
    kj_status st = write_files(in, p, key, fresh, n_new, r, err);
    if (st == KJ_OK) {
        fit_attachments(r, in->config->max_message_mb);
        kj_figures_options fo = {.largest = job->largest > 0 ? (size_t)job->largest : 1,
                                 .listed = in->config->listed_list};
        kj_figures *f = kj_figures_compute(in->incidents, (kj_period){p.first, p.last}, &fo);
        const kj_release **fresh_items = kj_xmalloc((n_new ? n_new : 1) * sizeof *fresh_items);
        r->new_paths = kj_xmalloc((n_new ? n_new : 1) * sizeof *r->new_paths);
        for (size_t i = 0; i < n_new; i++) {
            fresh_items[i] = in->releases->items[fresh[i]];
            r->new_paths[i] = fresh_items[i]->path;
        }
        r->n_new = n_new;
        r->body = kj_run_report_body(in, p, f, fresh_items, n_new, r);

        subject_ctx ctx = {in, p, f->totals.count.releases, n_new, ""};
        kj_buf s = {0};
        if (f->totals.watch.releases) /* what concerns us, before anything else */
            kj_buf_puts(&s, "【関係先あり】");
        char problem[128];
        if (!kj_run_template_expand(job->subject, subject_value, &ctx, &s, problem, sizeof problem))
            st = kj_error_set(err, KJ_ERR_CONFIG, "%s: subject: %s", job->name, problem);
        r->subject = s.data;
        free(fresh_items);
        kj_figures_free(f);
    }
    free(fresh);
    if (st != KJ_OK)
        kj_run_report_free(r);
    return st;
}

void kj_run_report_free(run_report *r)
{
    for (size_t i = 0; i < r->n_files; i++) {
        free(r->files[i].name);
        free(r->files[i].path);
        free(r->files[i].data);
        free(r->files[i].about);
    }
    free(r->files);
    free(r->body);
    free(r->subject);
    free(r->new_paths);
    memset(r, 0, sizeof *r);
}
