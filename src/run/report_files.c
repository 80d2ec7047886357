/*
 * report_files.c — the files a job attaches: the period's releases as CSV,
 * the monthly briefing, the one-pagers of incidents with new releases.
 *
 * Each is written into the output folder first (through output.h, so a
 * failure leaves no half file) and then read back and attached as it is on
 * disk: the mail carries exactly the bytes the folder keeps.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/briefing.h"
#include "kaiji/export.h"
#include "kaiji/onepager.h"
#include "kaiji/output.h"
#include "kaiji/pipeline.h"
#include "kaiji/text.h"
#include "run_internal.h"
#include "run_report.h"

static void add_attachment(run_report *r, const char *name, const char *content_type, char *path,
                           unsigned char *data, size_t len, char *about)
{
    r->files = kj_xrealloc(r->files, (r->n_files + 1) * sizeof *r->files);
    char *copy = kj_xstrdup(name);
    r->files[r->n_files++] = (run_file){copy, path, content_type, data, len, about, true};
}

static char *out_path(const char *out_dir, const char *name)
{
    size_t n = strlen(out_dir) + 1 + strlen(name) + 1;
    char *path = kj_xmalloc(n);
    snprintf(path, n, "%s/%s", out_dir, name);
    return path;
}

/*
 * Attaches the file just written at `path` (which it takes) as it is on
 * disk, with `about` (taken too; may be NULL) for the body's list.
 */
static kj_status attach_file(run_report *r, const char *name, const char *content_type, char *path,
                             char *about, kj_error *err)
{
    char *data;
    size_t len;
    kj_status st = kj_run_read_file(path, RUN_MAX_ATTACHMENT_BYTES, &data, &len, err);
    if (st != KJ_OK) {
        free(path);
        free(about);
        /* the message (PATH: reason) stands; only the status changes.
         * kj_error_set(err, ..., "%s", err->message) would copy the
         * message onto itself, which vsnprintf does not allow. */
        if (err)
            err->status = KJ_ERR_IO;
        return KJ_ERR_IO;
    }
    add_attachment(r, name, content_type, path, (unsigned char *)data, len, about);
    return KJ_OK;
}

/* ------------------------------------------------------------------ CSV */

kj_status kj_run_write_csv(run_report *r, const char *out_dir, const char *key,
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
    /* Mailed to people who open it in a spreadsheet: `kaiji export --excel`. */
    kj_exporter *ex = kj_exporter_new(kj_output_stream(out), KJ_EXPORT_CSV,
                                      KJ_EXPORT_EXCEL | KJ_EXPORT_NO_FORMULAS);
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
    return attach_file(r, name, "text/csv; charset=utf-8", path, NULL, err);
}

/* ------------------------------------------------------------- briefing */

/*
 * The briefing of month `p`, as `kaiji briefing --month` writes it: the
 * same file name and, with the library's creation date for a finished month
 * (or $SOURCE_DATE_EPOCH, as the command takes it), the same bytes.
 */
kj_status kj_run_write_briefing(run_report *r, const run_inputs *in, kj_calendar_period p,
                                const char *key, kj_error *err)
{
    char name[64];
    snprintf(name, sizeof name, "briefing-%s.pdf", key);
    char *path = out_path(in->config->out_dir, name);
    kj_briefing_options opt = {.created = kj_source_date_epoch(),
                               .highlights = (size_t)in->job->largest,
                               .listed = in->config->listed_list,
                               .watch = in->config->watch_list};
    kj_status st = kj_briefing_write(in->incidents, (kj_period){p.first, p.last}, in->job->layout,
                                     path, &opt, err);
    if (st != KJ_OK) {
        free(path);
        return st;
    }
    st = attach_file(r, name, "application/pdf", path, NULL, err);
    if (st != KJ_OK || !in->job->appendix_csv)
        return st;
    return kj_run_write_appendix(r, in, p, key, err);
}

/*
 * The briefing's appendix as CSV for a spreadsheet: every release of the
 * month grouped by wave and organisation type (kj_appendix_write_csv), as
 * `briefing-YYYY-MM-list.csv`.
 */
kj_status kj_run_write_appendix(run_report *r, const run_inputs *in, kj_calendar_period p,
                                const char *key, kj_error *err)
{
    char name[64];
    snprintf(name, sizeof name, "briefing-%s-list.csv", key);
    char *path = out_path(in->config->out_dir, name);
    kj_output *out;
    kj_status st = kj_output_open(path, &out, err);
    if (st != KJ_OK) {
        free(path);
        return st;
    }
    kj_figures_options fo = {.listed = in->config->listed_list};
    kj_figures *f = kj_figures_compute(in->incidents, (kj_period){p.first, p.last}, &fo);
    st = kj_appendix_write_csv(kj_output_stream(out), f, in->incidents, true);
    kj_figures_free(f);
    if (st != KJ_OK) {
        kj_output_abort(out);
        free(path);
        return kj_error_set(err, KJ_ERR_IO, "%s: write failed", name);
    }
    if ((st = kj_output_commit(out, err)) != KJ_OK) {
        free(path);
        return st;
    }
    return attach_file(r, name, "text/csv; charset=utf-8", path, NULL, err);
}

/* ----------------------------------------------------------- one-pagers */

/* `株式会社A（ほか2組織）：タイトル（2026年3月19日公表、第2報）` for the body. */
static char *describe_page(const kj_incident *inc, const kj_release *newest,
                           const kj_onepager_result *res)
{
    kj_buf b = {0};
    kj_buf_append_visible(&b, inc->organization ? inc->organization : "（組織名不明）");
    if (inc->n_organizations > 1)
        kj_buf_printf(&b, "（ほか%zu組織）", inc->n_organizations - 1);
    if (newest->overview.title && *newest->overview.title) {
        kj_buf_puts(&b, "：");
        kj_buf_append_visible(&b, newest->overview.title);
    }
    char date[11], report[24] = "";
    if (newest->report.final)
        snprintf(report, sizeof report, "最終報");
    else if (newest->report.number > 0)
        snprintf(report, sizeof report, "第%d報", newest->report.number);
    kj_buf_printf(&b, "（%s公表", kj_date_format(newest->published, date));
    /* Titles often say it already: 「…について（第2報）」. */
    if (*report && !(newest->overview.title && strstr(newest->overview.title, report)))
        kj_buf_printf(&b, "、%s", report);
    kj_buf_puts(&b, "）");
    if (res->overflow)
        kj_buf_printf(&b, "（1ページに収まらず%dページ）", res->pages);
    return b.data;
}

/*
 * The incidents the new releases belong to, in incident order, each once:
 * those with a release published by the period's end (an incident known
 * only from a later date has no page as of then).
 */
static size_t incidents_of(const run_inputs *in, const size_t *fresh, size_t n_fresh, kj_date as_of,
                           const kj_incident ***out)
{
    const kj_incident_set *set = in->incidents;
    bool *wanted = kj_xcalloc(set->n ? set->n : 1, sizeof *wanted);
    const kj_incident **list = kj_xmalloc((set->n ? set->n : 1) * sizeof *list);
    for (size_t i = 0; i < n_fresh; i++)
        wanted[set->incident_of[fresh[i]]] = true;
    size_t n = 0;
    for (size_t i = 0; i < set->n; i++)
        if (wanted[i] && kj_incident_members_as_of(&set->items[i], as_of) > 0)
            list[n++] = &set->items[i];
    free(wanted);
    *out = list;
    return n;
}

/* Attaches each page as it is written, described for the body. */
typedef struct page_attacher {
    run_report *report;
    kj_date as_of;
} page_attacher;

static kj_status attach_page(const kj_incident *inc, const char *name, const char *path,
                             const kj_onepager_result *res, void *ctx, kj_error *err)
{
    page_attacher *a = ctx;
    const kj_incident_member *newest = &inc->members[kj_incident_members_as_of(inc, a->as_of) - 1];
    return attach_file(a->report, name, "application/pdf", kj_xstrdup(path),
                       describe_page(inc, newest->release, res), err);
}

kj_status kj_run_write_onepagers(run_report *r, const run_inputs *in, kj_calendar_period p,
                                 const size_t *fresh, size_t n_fresh, kj_error *err)
{
    const kj_incident **incidents;
    size_t n = incidents_of(in, fresh, n_fresh, p.last, &incidents);
    if (n == 0) {
        free(incidents);
        return KJ_OK;
    }
    /* The page design once per message: a broken layout or a missing font
     * fails before any page is written. */
    kj_layout *layout;
    kj_renderer *renderer;
    kj_status st = kj_onepager_design(in->job->layout, &layout, &renderer, err);

    /* As known at the period's end, dated the day after it (or
     * $SOURCE_DATE_EPOCH): a forced resend makes the same pages.  Passages
     * were kept while loading for the period's releases only. */
    kj_onepager_options opt = {.as_of = p.last,
                               .created = kj_source_date_epoch(),
                               .set = in->incidents,
                               .listed = in->config->listed_list};
    if (!opt.created)
        opt.created = (time_t)(kj_date_to_days(p.last) + 1) * 86400;
    for (size_t i = 0; i < n && st == KJ_OK; i++)
        kj_pipeline_fill_snippets(in->pipe, incidents[i], p.last);
    page_attacher attacher = {r, p.last};
    if (st == KJ_OK)
        st = kj_onepagers_write(renderer, incidents, n, in->config->out_dir, &opt, attach_page,
                                &attacher, err);
    kj_renderer_free(renderer);
    kj_layout_free(layout);
    free(incidents);
    return st;
}
