/*
 * report.c — what one job says about one period: the report files it
 * writes into the output folder, the Japanese body, the subject, and the
 * releases it announces as new (see run_report.h).
 */
#include "run_report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/export.h"
#include "kaiji/output.h"
#include "kaiji/state.h"
#include "run_internal.h"

/* ------------------------------------------------------------ selection */

/* Releases published inside `p`, in path order (borrowed pointers). */
static size_t releases_in(const kj_release_set *set, kj_calendar_period p, const kj_release ***out)
{
    const kj_release **items = malloc((set->n ? set->n : 1) * sizeof *items);
    if (!items)
        abort();
    size_t n = 0;
    for (size_t i = 0; i < set->n; i++)
        if (kj_calendar_contains(p, set->items[i]->published))
            items[n++] = set->items[i];
    *out = items;
    return n;
}

/*
 * The releases this message announces as new: filed up to the period's end
 * and not announced before — or announced in this very period, so that a
 * forced resend says what the first message said.  Before a job's first
 * message, "new" starts with the period itself.
 */
static size_t new_releases(const kj_release_set *set, const kj_state *state, const char *job,
                           kj_calendar_period p, const char *key, const kj_release ***out)
{
    kj_date since = kj_state_reported_since(state, job);
    if (!kj_date_is_set(since))
        since = p.first;
    int32_t from = kj_date_to_days(since), to = kj_date_to_days(p.last);
    const kj_release **items = malloc((set->n ? set->n : 1) * sizeof *items);
    if (!items)
        abort();
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
            items[n++] = rel;
    }
    *out = items;
    return n;
}

/* ---------------------------------------------------------- attachments */

static void add_attachment(run_report *r, const char *name, const char *content_type, char *path,
                           unsigned char *data, size_t len)
{
    r->files = realloc(r->files, (r->n_files + 1) * sizeof *r->files);
    if (!r->files)
        abort();
    r->files[r->n_files++] = (run_file){strdup(name), path, content_type, data, len};
}

static char *out_path(const char *out_dir, const char *name)
{
    size_t n = strlen(out_dir) + 1 + strlen(name) + 1;
    char *path = malloc(n);
    if (!path)
        abort();
    snprintf(path, n, "%s/%s", out_dir, name);
    return path;
}

/*
 * Attaches the file just written at `path` as it is on disk, so the mail
 * carries exactly the bytes in the output folder.
 */
static kj_status attach_file(run_report *r, const char *name, const char *content_type, char *path,
                             kj_error *err)
{
    char *data;
    size_t len;
    kj_status st = run_read_file(path, &data, &len, err);
    if (st != KJ_OK) {
        free(path);
        return kj_error_set(err, KJ_ERR_IO, "%s", err ? err->message : "read failed");
    }
    add_attachment(r, name, content_type, path, (unsigned char *)data, len);
    return KJ_OK;
}

/* The period's releases as CSV for Excel (BOM, CRLF), e.g. releases-2026-03.csv. */
static kj_status write_csv(run_report *r, const char *out_dir, const char *key,
                           const kj_release **items, size_t n, kj_error *err)
{
    char name[64];
    snprintf(name, sizeof name, "releases-%s.csv", key);
    char *path = out_path(out_dir, name);
    kj_output *out;
    kj_status st = kj_output_open(path, &out, err);
    if (st != KJ_OK) {
        free(path);
        return st;
    }
    kj_exporter *ex = kj_exporter_new(kj_output_stream(out), KJ_EXPORT_CSV, true);
    for (size_t i = 0; i < n && st == KJ_OK; i++)
        st = kj_exporter_add(ex, items[i], NULL);
    kj_status done = kj_exporter_finish(ex);
    if (st != KJ_OK || done != KJ_OK) {
        kj_output_abort(out);
        free(path);
        return kj_error_set(err, KJ_ERR_IO, "%s: write failed", name);
    }
    if ((st = kj_output_commit(out, err)) != KJ_OK) {
        free(path);
        return st;
    }
    return attach_file(r, name, "text/csv; charset=utf-8", path, err);
}

/* ----------------------------------------------------------------- body */

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Distinct organisation names among the releases (sorted, then counted). */
static size_t count_organizations(const kj_release **items, size_t n)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += items[i]->overview.n_organizations;
    if (total == 0)
        return 0;
    const char **names = malloc(total * sizeof *names);
    if (!names)
        abort();
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < items[i]->overview.n_organizations; j++)
            names[k++] = items[i]->overview.organizations[j];
    qsort(names, total, sizeof *names, compare_strings);
    size_t distinct = 1;
    for (size_t i = 1; i < total; i++)
        distinct += strcmp(names[i - 1], names[i]) != 0;
    free(names);
    return distinct;
}

static const char *first_organization(const kj_release *rel)
{
    return rel->overview.n_organizations ? rel->overview.organizations[0] : "（組織名不明）";
}

static void put_release_line(kj_buf *b, const kj_release *rel)
{
    char date[11];
    kj_date_format(rel->published, date);
    kj_buf_printf(b, "・%s %s", date, first_organization(rel));
    for (size_t k = 1; k < rel->overview.n_organizations && k < 3; k++)
        kj_buf_printf(b, "、%s", rel->overview.organizations[k]);
    if (rel->overview.n_organizations > 3)
        kj_buf_printf(b, " ほか%zu組織", rel->overview.n_organizations - 3);
    if (rel->overview.title && *rel->overview.title)
        kj_buf_printf(b, "\n  %s", rel->overview.title);
    if (rel->overview.source_url)
        kj_buf_printf(b, "\n  %s", rel->overview.source_url);
    kj_buf_puts(b, "\n");
}

static void put_signed(kj_buf *b, long delta)
{
    if (delta > 0)
        kj_buf_printf(b, "+%ld", delta);
    else if (delta < 0)
        kj_buf_printf(b, "−%ld", -delta); /* U+2212, as Japanese reports print it */
    else
        kj_buf_puts(b, "±0");
}

static void put_figures(kj_buf *b, const run_inputs *in, kj_calendar_period p,
                        const kj_release **items, size_t n)
{
    char label[64], prev_label[64];
    kj_calendar_period prev = kj_calendar_prev(p);
    const kj_release **prev_items;
    size_t n_prev = releases_in(in->releases, prev, &prev_items);
    kj_buf_printf(b, "■ 概況（%s）\n", kj_calendar_label(p, label, sizeof label));
    static const char *const before[] = {"前月", "前週", "前日"};
    kj_buf_printf(b, "・公表件数: %zu件（%s %s: %zu件、", n, before[p.kind],
                  kj_calendar_label(prev, prev_label, sizeof prev_label), n_prev);
    put_signed(b, (long)n - (long)n_prev);
    kj_buf_puts(b, "）\n");
    kj_buf_printf(b, "・公表した組織: %zu\n\n", count_organizations(items, n));
    free(prev_items);
}

static void put_new_releases(kj_buf *b, const kj_job_config *job, const kj_release **items,
                             size_t n)
{
    kj_buf_printf(b, "■ 前回の送信以降に公表・収録されたもの（%zu件）\n", n);
    if (n == 0)
        kj_buf_puts(b, "・ありません\n");
    size_t shown = n < (size_t)job->list_limit ? n : (size_t)job->list_limit;
    for (size_t i = 0; i < shown; i++)
        put_release_line(b, items[i]);
    if (shown < n)
        kj_buf_printf(b, "・ほか%zu件（添付または kaiji export で確認できます）\n", n - shown);
    kj_buf_puts(b, "\n");
}

static void put_attachments(kj_buf *b, const run_report *r)
{
    if (r->n_files == 0)
        return;
    kj_buf_puts(b, "■ 添付ファイル\n");
    for (size_t i = 0; i < r->n_files; i++)
        kj_buf_printf(b, "・%s\n", r->files[i].name);
    kj_buf_puts(b, "\n");
}

static void put_footer(kj_buf *b, const run_inputs *in)
{
    kj_buf_printf(b,
                  "-- \n"
                  "このメールは kaiji %s が自動で送信しました（ジョブ「%s」）。\n"
                  "件数は公表文から機械的に読み取ったものです。正確な内容は各公表文の原文を"
                  "ご確認ください。\n",
                  in->version, in->job->name);
}

/* ------------------------------------------------------------- subject */

typedef struct subject_ctx {
    const run_inputs *in;
    kj_calendar_period period;
    size_t count, n_new;
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
        snprintf(c->buf, sizeof c->buf, "%zu", c->count);
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

static const char *const titles[KJ_JOB__COUNT] = {
    "情報セキュリティ開示 月次ブリーフィング",
    "情報セキュリティ開示 週次ダイジェスト",
    "情報セキュリティ開示 事案別ワンページャー",
    "情報セキュリティ開示 公表一覧",
};

kj_status run_report_make(const run_inputs *in, kj_calendar_period p, run_report *r, kj_error *err)
{
    memset(r, 0, sizeof *r);
    const kj_job_config *job = in->job;
    char key[16], label[64];
    kj_calendar_key(p, key);
    kj_calendar_label(p, label, sizeof label);

    const kj_release **items, **fresh;
    size_t n = releases_in(in->releases, p, &items);
    size_t n_new = new_releases(in->releases, in->state, job->name, p, key, &fresh);

    kj_status st = KJ_OK;
    switch (job->kind) {
    case KJ_JOB_EXPORT:
        st = write_csv(r, in->config->out_dir, key, items, n, err);
        break;
    case KJ_JOB_DIGEST:
        break; /* the list is the body */
    case KJ_JOB_BRIEFING:
    case KJ_JOB_ONEPAGERS:
    case KJ_JOB__COUNT:
        st = kj_error_set(err, KJ_ERR_SOFTWARE, "job kind %s is not built in",
                          kj_job_kind_name(job->kind));
        break;
    }
    if (st == KJ_OK) {
        kj_buf b = {0};
        kj_buf_printf(&b, "%s（%s）\n\n", titles[job->kind], label);
        put_figures(&b, in, p, items, n);
        put_new_releases(&b, job, fresh, n_new);
        put_attachments(&b, r);
        put_footer(&b, in);
        r->body = b.data;

        subject_ctx ctx = {in, p, n, n_new, ""};
        kj_buf s = {0};
        char problem[128];
        if (!run_template_expand(job->subject, subject_value, &ctx, &s, problem, sizeof problem))
            st = kj_error_set(err, KJ_ERR_CONFIG, "%s: subject: %s", job->name, problem);
        r->subject = s.data;

        r->new_paths = malloc((n_new ? n_new : 1) * sizeof *r->new_paths);
        if (!r->new_paths)
            abort();
        for (size_t i = 0; i < n_new; i++)
            r->new_paths[i] = fresh[i]->path;
        r->n_new = n_new;
    }
    free(items);
    free(fresh);
    if (st != KJ_OK)
        run_report_free(r);
    return st;
}

void run_report_free(run_report *r)
{
    for (size_t i = 0; i < r->n_files; i++) {
        free(r->files[i].name);
        free(r->files[i].path);
        free(r->files[i].data);
    }
    free(r->files);
    free(r->body);
    free(r->subject);
    free(r->new_paths);
    memset(r, 0, sizeof *r);
}
