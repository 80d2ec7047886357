/* release.c — creating, annotating and freeing releases. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/model.h"
#include "kaiji/text.h"

/* A new, empty release in `arena`. */
static kj_release *release_in(kj_arena *arena, const char *file, const char *path)
{
    kj_release *rel = kj_arena_alloc(arena, sizeof *rel);
    rel->arena = arena;
    rel->file = kj_arena_strdup(arena, file ? file : "");
    rel->affected_persons = KJ_COUNT_NONE;
    rel->affected_persons_confirmed = KJ_COUNT_NONE;
    rel->affected_organizations = KJ_COUNT_NONE;
    rel->affected_card_holders = KJ_COUNT_NONE;
    rel->leak_status = KJ_LEAK_UNKNOWN;
    rel->cues.self_type = -1;
    path = path ? path : "";
    size_t len = strlen(path);
    if (kj_utf8_valid(path, len)) {
        rel->path = kj_arena_strndup(arena, path, len);
    } else {
        kj_buf fixed = {0};
        size_t n = kj_buf_append_utf8(&fixed, path, len);
        rel->path = kj_arena_strndup(arena, fixed.data, fixed.len);
        kj_buf_free(&fixed);
        kj_release_diag(rel, KJ_PROBLEM_REPAIRED,
                        "file name is not UTF-8: %zu stray byte%s shown as U+FFFD", n,
                        n == 1 ? "" : "s");
    }
    return rel;
}

kj_release *kj_release_new(const char *file, const char *path)
{
    return release_in(kj_arena_new(), file, path);
}

const char *kj_release_report_label(const kj_release *rel, char buf[24])
{
    const char *title = rel->overview.title ? rel->overview.title : "";
    bool calls_itself_final = strstr(title, "最終") || strstr(title, "確報");
    if (rel->report.final && rel->report.number == 0 && !calls_itself_final &&
        !rel->cues.follow_up && rel->cues.n_cited == 0)
        snprintf(buf, 24, "調査完了");
    else if (rel->report.final)
        snprintf(buf, 24, "最終報");
    else if (rel->report.number > 0)
        snprintf(buf, 24, "第%d報", rel->report.number);
    else
        buf[0] = '\0';
    return buf;
}

void kj_release_free(kj_release *rel)
{
    if (rel)
        kj_arena_free(rel->arena); /* the release itself lives in its arena */
}

kj_date kj_release_schema_date(const kj_release *rel)
{
    return kj_date_is_set(rel->stated_published) ? rel->stated_published : rel->published;
}

void kj_release_diag(kj_release *rel, kj_problem problem, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *message = kj_arena_vprintf(rel->arena, fmt, ap);
    va_end(ap);
    rel->diags = kj_arena_grow_array(rel->arena, rel->diags, rel->n_diags, sizeof *rel->diags);
    rel->diags[rel->n_diags++] = (kj_diag){problem, message};
}

void kj_release_add_evidence(kj_release *rel, kj_field field, const char *value, const char *text,
                             const char *section)
{
    if (rel->flags & KJ_RELEASE_NO_EVIDENCE)
        return;
    rel->evidence =
        kj_arena_grow_array(rel->arena, rel->evidence, rel->n_evidence, sizeof *rel->evidence);
    rel->evidence[rel->n_evidence++] = (kj_evidence){
        .field = field,
        .value = kj_arena_strdup(rel->arena, value ? value : ""),
        .text = kj_arena_strdup(rel->arena, text ? text : ""),
        .section = kj_arena_strdup(rel->arena, section ? section : ""),
    };
}

void kj_release_add_event(kj_release *rel, kj_date date, kj_event_kind kind, const char *evidence)
{
    rel->events = kj_arena_grow_array(rel->arena, rel->events, rel->n_events, sizeof *rel->events);
    rel->events[rel->n_events++] = (kj_event){
        .date = date,
        .kind = kind,
        .evidence = kj_arena_strdup(rel->arena, evidence ? evidence : ""),
    };
}

void kj_release_set_snippets(kj_release *rel, const kj_snippets *src)
{
    kj_snippets *dst = &rel->snippets;
    *dst = *src;
    dst->opening = kj_arena_strdup(rel->arena, src->opening);
    dst->measures = NULL;
    if (src->n_measures) {
        dst->measures = kj_arena_alloc(rel->arena, src->n_measures * sizeof(char *));
        for (size_t i = 0; i < src->n_measures; i++)
            dst->measures[i] = kj_arena_strdup(rel->arena, src->measures[i]);
    }
}

void kj_release_drop_text(kj_release *rel)
{
    memset(&rel->doc, 0, sizeof rel->doc);
    rel->flags |= KJ_RELEASE_TEXT_DROPPED;
}

bool kj_problem_is_fatal(kj_problem p)
{
    return p == KJ_PROBLEM_UNREADABLE || p == KJ_PROBLEM_BAD_ENCODING;
}

bool kj_problem_is_listed(kj_problem p)
{
    return p != KJ_PROBLEM_NOTE;
}

static kj_date *copy_dates(kj_arena *a, const kj_date *dates, size_t n)
{
    if (n == 0)
        return NULL;
    kj_date *copy = kj_arena_alloc(a, n * sizeof *copy);
    memcpy(copy, dates, n * sizeof *copy);
    return copy;
}

/* Bytes an arena spends on a string or an array (16-byte alignment). */
static size_t spent(size_t bytes)
{
    return (bytes + 16) & ~(size_t)15;
}

static size_t string_cost(const char *s)
{
    return s ? spent(strlen(s) + 1) : 0;
}

/* Arrays grown by kj_arena_grow_array have a power-of-two capacity from 4. */
static size_t implied_capacity(size_t n)
{
    size_t cap = 4;
    while (cap < n)
        cap *= 2;
    return cap;
}

static size_t array_cost(size_t n, size_t size)
{
    return n ? spent(implied_capacity(n) * size) : 0;
}

/* A copy of an array grown by grow_for_append, with the same capacity. */
static void *copy_array(kj_arena *a, const void *items, size_t n, size_t size)
{
    if (n == 0)
        return NULL;
    size_t cap = 4;
    while (cap < n)
        cap *= 2;
    void *copy = kj_arena_alloc(a, cap * size);
    memcpy(copy, items, n * size);
    return copy;
}

/* What kj_release_compact() will allocate for `rel`, so its arena is one
 * block of the right size. */
static size_t compact_size(const kj_release *rel)
{
    const kj_overview *ov = &rel->overview;
    size_t n =
        spent(sizeof *rel) + string_cost(rel->file) + string_cost(rel->path) +
        string_cost(ov->title) + string_cost(ov->date_text) + string_cost(ov->org_text) +
        string_cost(ov->source_url) + spent(ov->n_organizations * sizeof(char *)) +
        array_cost(ov->n_links, sizeof *ov->links) + array_cost(ov->n_meta, sizeof *ov->meta) +
        array_cost(rel->n_diags, sizeof *rel->diags) +
        array_cost(rel->n_evidence, sizeof *rel->evidence) +
        array_cost(rel->n_events, sizeof *rel->events) + string_cost(rel->cues.contractor) +
        string_cost(rel->cues.market) + string_cost(rel->origin) +
        spent(rel->n_origin_aliases * sizeof(char *)) +
        spent((size_t)(rel->cues.n_dates + rel->cues.n_cited + rel->cues.n_published_by_others) *
              sizeof(kj_date)) +
        string_cost(rel->snippets.opening) + spent(rel->snippets.n_measures * sizeof(char *)) +
        array_cost(rel->n_watch_hits, sizeof *rel->watch_hits) + 64;
    for (size_t i = 0; i < rel->n_watch_hits; i++)
        n += string_cost(rel->watch_hits[i].name) + string_cost(rel->watch_hits[i].sentence);
    for (size_t i = 0; i < rel->snippets.n_measures; i++)
        n += string_cost(rel->snippets.measures[i]);
    for (size_t i = 0; i < rel->n_origin_aliases; i++)
        n += string_cost(rel->origin_aliases[i]);
    n += spent(rel->cues.n_quoted * sizeof(char *));
    for (size_t i = 0; i < rel->cues.n_quoted; i++)
        n += string_cost(rel->cues.quoted[i]);
    for (size_t i = 0; i < ov->n_organizations; i++)
        n += string_cost(ov->organizations[i]);
    for (size_t i = 0; i < ov->n_links; i++)
        n += string_cost(ov->links[i].label) + string_cost(ov->links[i].url) +
             string_cost(ov->links[i].archive_path);
    for (size_t i = 0; i < ov->n_meta; i++)
        n += string_cost(ov->meta[i].key) + string_cost(ov->meta[i].value);
    for (size_t i = 0; i < rel->n_diags; i++)
        n += string_cost(rel->diags[i].message);
    for (size_t i = 0; i < rel->n_evidence; i++)
        n += string_cost(rel->evidence[i].value) + string_cost(rel->evidence[i].text) +
             string_cost(rel->evidence[i].section);
    for (size_t i = 0; i < rel->n_events; i++)
        n += string_cost(rel->events[i].evidence);
    return n;
}

kj_release *kj_release_compact(kj_release *rel)
{
    kj_release *copy = release_in(kj_arena_new_sized(compact_size(rel)), rel->file, rel->path);
    kj_arena *a = copy->arena;
    kj_arena *keep_arena = copy->arena;
    const char *file = copy->file, *path = copy->path;

    *copy = *rel; /* facts, counts, sets, dates, flags */
    copy->arena = keep_arena;
    copy->file = file;
    copy->path = path;
    memset(&copy->doc, 0, sizeof copy->doc);
    copy->flags |= KJ_RELEASE_TEXT_DROPPED;

    kj_overview *ov = &copy->overview;
    const kj_overview *src = &rel->overview;
    ov->title = kj_arena_strdup(a, src->title);
    ov->date_text = kj_arena_strdup(a, src->date_text);
    ov->org_text = kj_arena_strdup(a, src->org_text);
    ov->source_url = kj_arena_strdup(a, src->source_url);
    if (src->n_organizations) {
        ov->organizations = kj_arena_alloc(a, src->n_organizations * sizeof(char *));
        for (size_t i = 0; i < src->n_organizations; i++)
            ov->organizations[i] = kj_arena_strdup(a, src->organizations[i]);
    }
    /* Links and metadata grow with kj_arena_grow_array(): the copies get
     * the capacity it implies, so that they can grow too. */
    if (src->n_links) {
        ov->links = kj_arena_alloc(a, implied_capacity(src->n_links) * sizeof *ov->links);
        for (size_t i = 0; i < src->n_links; i++) {
            ov->links[i].label = kj_arena_strdup(a, src->links[i].label);
            ov->links[i].url = kj_arena_strdup(a, src->links[i].url);
            ov->links[i].archive_path = kj_arena_strdup(a, src->links[i].archive_path);
        }
    }
    if (src->n_meta) {
        ov->meta = kj_arena_alloc(a, implied_capacity(src->n_meta) * sizeof *ov->meta);
        for (size_t i = 0; i < src->n_meta; i++) {
            ov->meta[i].key = kj_arena_strdup(a, src->meta[i].key);
            ov->meta[i].value = kj_arena_strdup(a, src->meta[i].value);
        }
    }
    /* Arrays are copied at their final capacity: appending one by one
     * would leave each outgrown array behind and overflow the arena's
     * single block (a release with 20 pieces of evidence would need a
     * second block twice the size of the first). */
    copy->diags = copy_array(a, rel->diags, rel->n_diags, sizeof *rel->diags);
    for (size_t i = 0; i < rel->n_diags; i++)
        copy->diags[i].message = kj_arena_strdup(a, rel->diags[i].message);
    copy->evidence = copy_array(a, rel->evidence, rel->n_evidence, sizeof *rel->evidence);
    for (size_t i = 0; i < rel->n_evidence; i++) {
        kj_evidence *e = &copy->evidence[i];
        e->value = kj_arena_strdup(a, e->value);
        e->text = kj_arena_strdup(a, e->text);
        e->section = kj_arena_strdup(a, e->section);
    }
    copy->events = copy_array(a, rel->events, rel->n_events, sizeof *rel->events);
    for (size_t i = 0; i < rel->n_events; i++)
        copy->events[i].evidence = kj_arena_strdup(a, rel->events[i].evidence);
    copy->cues.contractor = kj_arena_strdup(a, rel->cues.contractor);
    copy->cues.market = kj_arena_strdup(a, rel->cues.market);
    copy->origin = kj_arena_strdup(a, rel->origin);
    if (rel->n_origin_aliases) {
        copy->origin_aliases = kj_arena_alloc(a, rel->n_origin_aliases * sizeof(char *));
        for (size_t i = 0; i < rel->n_origin_aliases; i++)
            copy->origin_aliases[i] = kj_arena_strdup(a, rel->origin_aliases[i]);
    }
    copy->cues.dates = copy_dates(a, rel->cues.dates, rel->cues.n_dates);
    copy->cues.cited = copy_dates(a, rel->cues.cited, rel->cues.n_cited);
    copy->cues.published_by_others =
        copy_dates(a, rel->cues.published_by_others, rel->cues.n_published_by_others);
    if (rel->cues.n_quoted) {
        copy->cues.quoted = kj_arena_alloc(a, rel->cues.n_quoted * sizeof(char *));
        for (size_t i = 0; i < rel->cues.n_quoted; i++)
            copy->cues.quoted[i] = kj_arena_strdup(a, rel->cues.quoted[i]);
    }
    kj_release_set_snippets(copy, &rel->snippets);
    copy->watch_hits = copy_array(a, rel->watch_hits, rel->n_watch_hits, sizeof *rel->watch_hits);
    for (size_t i = 0; i < rel->n_watch_hits; i++) {
        copy->watch_hits[i].name = kj_arena_strdup(a, rel->watch_hits[i].name);
        copy->watch_hits[i].sentence = kj_arena_strdup(a, rel->watch_hits[i].sentence);
    }
    kj_release_free(rel);
    return copy;
}
