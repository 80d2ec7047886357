/*
 * pipeline.c — the stages in order, one place (see pipeline.h).
 *
 * The loader runs one hook per release on its worker thread; this file is
 * that hook: the extract stage's facts, then the cues and the passages,
 * all read while the text is still there.  The options travel to the
 * workers as the hook's context, so two pipelines can run at once.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/pipeline.h"

void kj_pipeline_options_default(kj_pipeline_options *o)
{
    memset(o, 0, sizeof *o);
    kj_group_options_default(&o->grouping);
}

/* True when `rel`'s passages are to be kept.  Compared as days, so a
 * month-precision date counts as its 1st, as periods count it
 * (kj_period_contains). */
static bool wants_snippets(const kj_pipeline_options *o, const kj_release *rel)
{
    if (!o->snippets)
        return false;
    int32_t day = kj_date_to_days(rel->published);
    if (kj_date_is_set(o->snippets_from) && day < kj_date_to_days(o->snippets_from))
        return false;
    if (kj_date_is_set(o->snippets_to) && day > kj_date_to_days(o->snippets_to))
        return false;
    return true;
}

/* The hook: every read of a release's text, on the worker that parsed it. */
static void read_text(kj_release *rel, void *ctx)
{
    const kj_pipeline_options *o = ctx;
    kj_extract_release(rel, o->lexicon);
    kj_scan_cues(rel);
    kj_watch_scan(o->watch, rel);
    if (wants_snippets(o, rel))
        kj_capture_snippets(rel);
}

/* Shows each release to the caller's observer, then streams or keeps it
 * (a skipped file is kept by no one). */
static int receive(kj_release *rel, void *pipeline)
{
    kj_pipeline *p = pipeline;
    const kj_pipeline_options *o = &p->options;
    int rc = o->observe ? o->observe(rel, o->observe_ctx) : 0;
    if (rc == 0 && o->stream) /* skipped files too, for the consumer to report */
        return o->stream(rel, o->stream_ctx);
    if (rc || (rel->flags & KJ_RELEASE_SKIPPED)) {
        kj_release_free(rel);
        return rc;
    }
    kj_release_set_add(&p->releases, rel);
    return 0;
}

int kj_pipeline_run(const kj_file_list *list, const kj_pipeline_options *options, kj_pipeline *out)
{
    memset(out, 0, sizeof *out);
    if (options)
        out->options = *options;
    else
        kj_pipeline_options_default(&out->options);
    const kj_pipeline_options *o = &out->options;
    kj_load_options load = {.threads = o->threads,
                            .hook = read_text,
                            .hook_ctx = (void *)o,
                            .drop_text = !o->keep_text,
                            .drop_evidence = !o->keep_evidence,
                            .progress = o->progress,
                            .progress_ctx = o->progress_ctx};
    int rc = kj_load_each(list, &load, receive, out);
    if (rc == 0 && o->group && !o->stream)
        out->incidents = kj_incidents_group((const kj_release *const *)out->releases.items,
                                            out->releases.n, &o->grouping);
    return rc;
}

const kj_figures *kj_pipeline_figures(kj_pipeline *p, kj_period period,
                                      const kj_figures_options *options)
{
    kj_figures *f = kj_figures_compute(p->incidents, period, options);
    p->figures = kj_xrealloc(p->figures, (p->n_figures + 1) * sizeof *p->figures);
    p->figures[p->n_figures++] = f;
    return f;
}

/* The hook of a second reading: the passages alone. */
static void capture_only(kj_release *rel, void *ctx)
{
    (void)ctx;
    kj_capture_snippets(rel);
}

bool kj_pipeline_fill_snippets(kj_pipeline *p, const kj_incident *inc, kj_date as_of)
{
    size_t k = kj_incident_members_as_of(inc, as_of);
    if (k == 0)
        return false;
    kj_release *rel = p->releases.items[inc->members[k - 1].index];
    if (rel->snippets.captured)
        return true;
    /* Parsing is all the passages need: no extraction, no range. */
    kj_load_options opt = {.threads = 1, .hook = capture_only};
    kj_archive_file f = {(char *)rel->file, (char *)rel->path};
    kj_release *fresh = kj_load_file(&f, &opt);
    bool ok = fresh && fresh->snippets.captured;
    if (ok)
        kj_release_set_snippets(rel, &fresh->snippets);
    kj_release_free(fresh);
    return ok;
}

void kj_pipeline_free(kj_pipeline *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n_figures; i++)
        kj_figures_free(p->figures[i]);
    free(p->figures);
    kj_incident_set_free(p->incidents);
    kj_release_set_free(&p->releases);
    memset(p, 0, sizeof *p);
}
