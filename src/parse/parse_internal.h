/* parse_internal.h — shared between the parse stage's files; not public. */
#ifndef KAIJI_PARSE_INTERNAL_H
#define KAIJI_PARSE_INTERNAL_H

#include "kaiji/model.h"

/** One bullet of the overview list. */
typedef struct kj_bullet {
    const char *raw;      /* text as written, trimmed */
    const char *norm;     /* normalised */
    const char *link_url; /* destination of the first Markdown link, or NULL */
} kj_bullet;

/**
 * Interprets the overview bullets (title, date, organisations, URL, links,
 * key: value items) into rel->overview and rel->published.
 */
void kj_overview_read_bullets(kj_release *rel, const kj_bullet *bullets, size_t n);

/**
 * Reads one further item of the overview or of a metadata section named
 * `key` ("" for the overview list itself): a `label：URL` item becomes a
 * link (`第1報：…` under `# 公表種別` as well as in the list), a `key: value`
 * item metadata, anything else metadata under `key`.
 */
void kj_overview_read_item(kj_release *rel, const char *key, const kj_bullet *b);

/** Adds a metadata item (`事案ID` → value) to the overview. */
void kj_overview_add_meta(kj_release *rel, const char *key, const char *value);

/**
 * Fills what the overview could not give from the file name
 * (`YYYY/MM/DD_name.md`) and records the diagnostics for it.
 */
void kj_overview_fallbacks(kj_release *rel);

#endif
