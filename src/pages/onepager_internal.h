/*
 * onepager_internal.h — what the one-pager's files share: the page's
 * content as plain strings (onepager_content.c), set on the page by
 * onepager.c.  Not installed.
 */
#ifndef KAIJI_ONEPAGER_INTERNAL_H
#define KAIJI_ONEPAGER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "kaiji/aggregate.h"
#include "kaiji/arena.h"
#include "kaiji/onepager.h"
#include "kaiji/render.h"

/** One row of the timeline table: a release or a dated event. */
typedef struct op_row {
    kj_date date;
    const char *date_text; /* 2025年4月8日 */
    const char *kind;      /* 公表（第2報）, 検知, 復旧 … */
    const char *text;      /* the release's title or the event's sentence */
    bool release;
    kj_event_kind event_kind; /* for events */
    int priority;             /* events: lower is kept longer when rows must go */
} op_row;

/** One release as a source. */
typedef struct op_source {
    const char *date_text;
    const char *report; /* 第2報, 最終報, or "" */
    const char *url;    /* NULL when the release names none */
    const char *path;   /* archive path */
} op_source;

/** Everything the page shows, as strings, in the content's arena. */
typedef struct op_content {
    kj_arena *arena;
    const kj_release *newest;
    kj_incident_facts facts;
    uint32_t checks; /* the fact checks `facts` fail (kj_check_set, checks.h) */

    /* header */
    const char *organizations; /* up to three names, then ほかN組織 */
    const char *subtitle;      /* date and report of the newest release, then its title */
    const char *doc_title;     /* PDF title and running head */
    const char *id;

    /* key facts */
    kj_kpi kpis[4];
    kj_definition defs[14];
    size_t n_defs;
    kj_tag *tags;
    size_t n_tags;
    bool any_excluded;

    /* timeline */
    kj_timeline_mark *marks; /* occurred, detected, releases (events added per plan) */
    size_t n_marks;
    op_row *rows; /* by date */
    size_t n_rows;
    size_t n_events; /* rows that are events */

    /* summary and countermeasures of the newest release */
    bool have_text; /* snippets were captured */
    const char *opening;
    bool opening_cut;
    const char *const *measures;
    size_t n_measures;
    size_t n_measures_found;
    int measures_from; /* KJ_MEASURES_*: a heading of countermeasures, or weaker */
    const char *newest_date;

    op_source *sources; /* oldest first */
    size_t n_sources;
} op_content;

/**
 * The content of `inc`'s page as known on `as_of` (unset: every release),
 * with its wave (options->set) and listed issue (options->listed) when
 * given (`options` may be NULL), allocated in `arena`.  Returns NULL when no release is published
 * by then.
 */
op_content *kj_op_content_build(const kj_incident *inc, kj_date as_of,
                                const kj_onepager_options *options, kj_arena *arena);

/** `2025年4月8日`, `2025年4月` (month precision) or `不明`, in `arena`. */
const char *kj_op_date_text(kj_arena *arena, kj_date d);

#endif
