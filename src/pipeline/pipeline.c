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
#include "kaiji/archive.h"
#include "kaiji/orgs.h"
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

/* ------------------------------------------------------------ the focus */

/* Month number (year * 12 + month - 1) of an archive path `YYYY/MM/…`;
 * -1 for a path of another form. */
static int path_month(const char *path)
{
    for (int i = 0; i < 7; i++)
        if (i == 4 ? path[i] != '/' : (path[i] < '0' || path[i] > '9'))
            return -1;
    int year = atoi(path), month = atoi(path + 5);
    return month >= 1 && month <= 12 ? year * 12 + month - 1 : -1;
}

/* Widens `span` by the days archive path `YYYY/MM/DD_…` covers: its day, or
 * the whole month for `XX` (a day the archive does not know). */
static void widen_by_path(kj_period *span, const char *path)
{
    kj_date first = kj_archive_path_date(path), last = first;
    if (!kj_date_is_set(first))
        return;
    if (path[8] == 'X') {
        kj_date next = {(int16_t)(first.month == 12 ? first.year + 1 : first.year),
                        (int8_t)(first.month % 12 + 1), 1};
        last = kj_date_from_days(kj_date_to_days(next) - 1);
    }
    if (!kj_date_is_set(span->from) || kj_date_cmp(first, span->from) < 0)
        span->from = first;
    if (!kj_date_is_set(span->to) || kj_date_cmp(last, span->to) > 0)
        span->to = last;
}

static int string_order(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool in_sorted(const char *const *set, size_t n, const char *s)
{
    return n > 0 && bsearch(&s, set, n, sizeof *set, string_order) != NULL;
}

/* A growing list of strings (kept in an arena). */
typedef struct strings {
    const char **items;
    size_t n, cap;
} strings;

static void strings_add(strings *l, const char *s)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->items = kj_xrealloc(l->items, l->cap * sizeof *l->items);
    }
    l->items[l->n++] = s;
}

/* What an earlier file's overview says, read without extracting anything:
 * enough to tell whether grouping can join it to the focus. */
typedef struct probe {
    size_t index;  /* in the file list */
    int32_t day;   /* published (days), INT32_MIN when unknown */
    strings keys;  /* its organisations' kj_org_key */
    strings links; /* archive paths it links to */
    bool wanted;
} probe;

typedef struct probing {
    kj_arena *arena;
    const kj_file_list *list;
    size_t *indexes; /* the list index of each file probed, in order */
    probe *probes;
    size_t n;
} probing;

static void org_keys(kj_arena *a, const kj_release *rel, strings *keys)
{
    for (size_t o = 0; o < rel->overview.n_organizations; o++) {
        const char *key = kj_org_key(a, rel->overview.organizations[o]);
        if (*key)
            strings_add(keys, key);
    }
}

static void link_paths(kj_arena *a, const kj_release *rel, strings *paths)
{
    for (size_t l = 0; l < rel->overview.n_links; l++)
        if (rel->overview.links[l].archive_path)
            strings_add(paths, kj_arena_strdup(a, rel->overview.links[l].archive_path));
}

/* The sink of the probing pass: keeps what the overview says, frees the
 * rest.  Releases arrive in the order of the list probed. */
static int probe_one(kj_release *rel, void *ctx)
{
    probing *pr = ctx;
    probe *p = &pr->probes[pr->n];
    p->index = pr->indexes[pr->n];
    pr->n++;
    p->day = INT32_MIN;
    if (!(rel->flags & KJ_RELEASE_SKIPPED)) {
        if (kj_date_is_set(rel->published))
            p->day = kj_date_to_days(rel->published);
        org_keys(pr->arena, rel, &p->keys);
        link_paths(pr->arena, rel, &p->links);
    }
    kj_release_free(rel);
    return 0;
}

/* Path order, as a whole-archive load delivers the releases: by the index
 * of their file in the list. */
typedef struct ranked {
    kj_release *rel;
    size_t index;
} ranked;

static int rank_order(const void *a, const void *b)
{
    size_t x = ((const ranked *)a)->index, y = ((const ranked *)b)->index;
    return x < y ? -1 : x > y;
}

typedef struct path_index {
    const char *path;
    size_t index;
} path_index;

static int path_index_order(const void *a, const void *b)
{
    return strcmp(((const path_index *)a)->path, ((const path_index *)b)->path);
}

static void sort_releases(kj_release_set *set, const kj_file_list *list)
{
    path_index *idx = kj_xmalloc((list->n_files + 1) * sizeof *idx);
    for (size_t i = 0; i < list->n_files; i++)
        idx[i] = (path_index){list->files[i].path, i};
    qsort(idx, list->n_files, sizeof *idx, path_index_order);
    ranked *r = kj_xmalloc((set->n + 1) * sizeof *r);
    for (size_t i = 0; i < set->n; i++) {
        path_index want = {set->items[i]->path, 0};
        const path_index *hit = bsearch(&want, idx, list->n_files, sizeof *idx, path_index_order);
        r[i] = (ranked){set->items[i], hit ? hit->index : list->n_files + i};
    }
    qsort(r, set->n, sizeof *r, rank_order);
    for (size_t i = 0; i < set->n; i++)
        set->items[i] = r[i].rel;
    free(r);
    free(idx);
}

/* The organisation a release file is named after, as written: `DD_名前.md`
 * less the day, the extension and a `(2)` numbering a second file of the
 * day.  What an old file is chosen by, unread. */
static const char *file_org(kj_arena *a, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *us = strchr(base, '_');
    if (us)
        base = us + 1;
    size_t len = strlen(base);
    if (len > 3 && strcmp(base + len - 3, ".md") == 0)
        len -= 3;
    if (len > 0 && base[len - 1] == ')') {
        size_t k = len - 1;
        while (k > 0 && base[k - 1] >= '0' && base[k - 1] <= '9')
            k--;
        if (k > 0 && k < len - 1 && base[k - 1] == '(')
            len = k - 1;
    }
    return kj_arena_strndup(a, base, len);
}

/* What the releases read so far can be joined to, sorted for lookup. */
typedef struct joinable {
    strings keys;  /* organisation keys (kj_org_key) of their overviews */
    strings names; /* organisations their file names give */
    strings paths; /* their archive paths */
    strings links; /* archive paths they link to */
} joinable;

static void joinable_sort(joinable *j)
{
    strings *all[] = {&j->keys, &j->names, &j->paths, &j->links};
    for (size_t i = 0; i < 4; i++)
        qsort(all[i]->items, all[i]->n, sizeof *all[i]->items, string_order);
}

static void joinable_free(joinable *j)
{
    free(j->keys.items);
    free(j->names.items);
    free(j->paths.items);
    free(j->links.items);
}

static void join_release(kj_arena *a, joinable *j, const kj_release *rel)
{
    org_keys(a, rel, &j->keys);
    link_paths(a, rel, &j->links);
    strings_add(&j->paths, rel->path);
    strings_add(&j->names, file_org(a, rel->path));
}

/* True when sorted `set` holds a name that `name` extends from its start,
 * or one that extends `name` (kj_org_key_extends): grouping compares such
 * names of one site as one organisation (`田中屋`, `田中屋本店`), so the
 * focused load must read both. */
static bool extended_in(const strings *set, const char *name)
{
    size_t n = strlen(name), lo = 0, hi = set->n;
    while (lo < hi) { /* names extending `name` sort right after it */
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(set->items[mid], name) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < set->n && strncmp(set->items[i], name, n) == 0; i++)
        if (kj_org_key_extends(name, set->items[i]))
            return true;
    bool found = false;
    char *prefix = kj_xmalloc(n + 1);
    for (size_t cut = KJ_ORG_EXTENDED_MIN; cut < n && !found; cut++) {
        if (((unsigned char)name[cut] & 0xC0) == 0x80)
            continue; /* inside a character */
        memcpy(prefix, name, cut);
        prefix[cut] = '\0';
        found = in_sorted(set->items, set->n, prefix);
    }
    free(prefix);
    return found;
}

/* True when probe `p` shares an organisation with what is read or links
 * to it, or is linked to. */
static bool probe_joins(const probe *p, const char *path, const joinable *j)
{
    if (in_sorted(j->links.items, j->links.n, path))
        return true;
    for (size_t k = 0; k < p->keys.n; k++)
        if (in_sorted(j->keys.items, j->keys.n, p->keys.items[k]) ||
            extended_in(&j->keys, p->keys.items[k]))
            return true;
    for (size_t k = 0; k < p->links.n; k++)
        if (in_sorted(j->paths.items, j->paths.n, p->links.items[k]))
            return true;
    return false;
}

/*
 * Loads what the focus months need (see kj_pipeline_options.focus).  Files
 * after the focus are never read: a month's figures are those of the
 * archive as it stood at the month's end, what `kaiji run` mailed then.
 *
 * The files of the focus months and the twelve before them (the window)
 * are chosen by their archive path and loaded whole.  The twelve months
 * before the window are only parsed, their text never read for facts: a
 * file there joins when its overview's date falls inside the window after
 * all (a year typed wrong), when it names an organisation of what is
 * loaded (or one whose name extends it, or that its name extends: one site's
 * two names), or when it links to it or is linked to.  Older files are
 * chosen by their names alone, never opened otherwise: the organisation the
 * file name gives (the same, or extended either way), or a link to their
 * path.  Round after round, what joins
 * brings what joins it, until nothing more does.
 */
static int load_focused(const kj_file_list *list, const kj_load_options *load, kj_pipeline *out)
{
    const kj_pipeline_options *o = &out->options;
    int last = o->focus.to.year * 12 + o->focus.to.month - 1;
    int first = o->focus.from.year * 12 + o->focus.from.month - 1 - 12, band = first - 12;
    kj_date first_day = {(int16_t)(first / 12), (int8_t)(first % 12 + 1), 1};
    int32_t window_from = kj_date_to_days(first_day), window_to = kj_date_to_days(o->focus.to);
    kj_file_list part = {0};
    part.files = kj_xmalloc((list->n_files + 1) * sizeof *part.files);
    probing pr = {.arena = kj_arena_new(), .list = list};
    pr.indexes = kj_xmalloc((list->n_files + 1) * sizeof *pr.indexes);
    size_t *older = kj_xmalloc((list->n_files + 1) * sizeof *older), n_older = 0, n_band = 0;
    for (size_t i = 0; i < list->n_files; i++) {
        int m = path_month(list->files[i].path);
        if (m >= 0 && m <= last)
            widen_by_path(&out->archive_span, list->files[i].path);
        if (m < 0 || (m >= first && m <= last))
            part.files[part.n_files++] = list->files[i];
        else if (m >= band && m < first)
            pr.indexes[n_band++] = i;
        else if (m < band)
            older[n_older++] = i;
    }
    int rc = kj_load_each(&part, load, receive, out);
    if (rc == 0 && n_band > 0) {
        kj_file_list probed = {0};
        probed.files = kj_xmalloc(n_band * sizeof *probed.files);
        for (size_t k = 0; k < n_band; k++)
            probed.files[probed.n_files++] = list->files[pr.indexes[k]];
        pr.probes = kj_xcalloc(n_band, sizeof *pr.probes);
        kj_load_options parse_only = {.threads = load->threads};
        rc = kj_load_each(&probed, &parse_only, probe_one, &pr);
        free(probed.files);
    }
    joinable j = {0};
    bool *taken = kj_xcalloc(n_older + 1, sizeof *taken);
    const char **older_org = kj_xmalloc((n_older + 1) * sizeof *older_org);
    for (size_t k = 0; k < n_older; k++)
        older_org[k] = file_org(pr.arena, list->files[older[k]].path);
    size_t seen = 0;
    for (bool more = rc == 0 && (pr.n > 0 || n_older > 0); more && rc == 0;) {
        for (; seen < out->releases.n; seen++)
            join_release(pr.arena, &j, out->releases.items[seen]);
        joinable_sort(&j);
        part.n_files = 0;
        for (size_t k = 0; k < pr.n; k++) {
            probe *p = &pr.probes[k];
            const char *path = list->files[p->index].path;
            if (!p->wanted &&
                ((p->day >= window_from && p->day <= window_to) || probe_joins(p, path, &j))) {
                p->wanted = true;
                part.files[part.n_files++] = list->files[p->index];
            }
        }
        for (size_t k = 0; k < n_older; k++) {
            const char *path = list->files[older[k]].path;
            if (!taken[k] && (in_sorted(j.links.items, j.links.n, path) ||
                              in_sorted(j.names.items, j.names.n, older_org[k]) ||
                              extended_in(&j.names, older_org[k]))) {
                taken[k] = true;
                part.files[part.n_files++] = list->files[older[k]];
            }
        }
        more = part.n_files > 0;
        if (more)
            rc = kj_load_each(&part, load, receive, out);
    }
    if (pr.n > 0 || n_older > 0)
        sort_releases(&out->releases, list);
    joinable_free(&j);
    free(older_org);
    free(taken);
    free(older);
    for (size_t k = 0; k < pr.n; k++) {
        free(pr.probes[k].keys.items);
        free(pr.probes[k].links.items);
    }
    free(pr.probes);
    free(pr.indexes);
    kj_arena_free(pr.arena);
    free(part.files);
    return rc;
}

bool kj_pipeline_focuses(const kj_pipeline_options *o)
{
    return kj_date_is_set(o->focus.from) && kj_date_is_set(o->focus.to) && o->group && !o->stream &&
           !o->grouping.join_contractors;
}

kj_date kj_pipeline_reads_until(const kj_pipeline_options *o)
{
    return kj_pipeline_focuses(o) ? o->focus.to : KJ_DATE_NONE;
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
                            .hook_ctx = &out->options,
                            .drop_text = !o->keep_text,
                            .drop_evidence = !o->keep_evidence,
                            .progress = o->progress,
                            .progress_ctx = o->progress_ctx};
    int rc = kj_pipeline_focuses(o) ? load_focused(list, &load, out)
                                    : kj_load_each(list, &load, receive, out);
    if (rc == 0 && o->group && !o->stream)
        out->incidents = kj_incidents_group((const kj_release *const *)out->releases.items,
                                            out->releases.n, &o->grouping);
    if (out->incidents)
        out->incidents->archive_span = out->archive_span;
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
    kj_release *fresh = kj_load_file(rel->file, rel->path, &opt);
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
