/*
 * parse.h — Markdown to release: the overview and the body's blocks.
 *
 * cmark-gfm (with the table extension) builds the tree; this stage walks
 * it once and keeps what later stages read: the overview bullets (title,
 * date, organisations, source URL, links to earlier releases, metadata) and
 * the body as headings, paragraphs, list items and table cells, each in
 * original and normalised form.
 */
#ifndef KAIJI_PARSE_H
#define KAIJI_PARSE_H

#include <stddef.h>

#include "kaiji/model.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Prepares the Markdown parser.  Call once before using kj_parse_release()
 * from several threads (it is also called by the first kj_parse_release()).
 */
void kj_parse_init(void);

/**
 * Parses `len` bytes of UTF-8 Markdown into `rel` (which kj_release_new()
 * made): fills rel->overview, rel->published and rel->doc, and records
 * diagnostics for a missing overview, an unreadable date or a missing
 * organisation (falling back to the file name's date and name).
 * Never fails: any bytes give some release.
 */
void kj_parse_release(kj_release *rel, const char *text, size_t len);

/**
 * Reads a date as the overview writes it: `2025年6月2日`, `2025年6月`,
 * `2025-06-02`, `2025/6/2`, `令和7年6月2日` (normalised text), with kaiji's
 * one date grammar (kj_read_date, extract.h, as a KJ_DATE_FIELD).  Returns
 * KJ_DATE_NONE when no date leads the text.  `XX日` gives month precision.
 */
kj_date kj_parse_overview_date(const char *norm);

/**
 * Splits an organisation bullet (`A株式会社、B株式会社`) on `、` `，` `,` `;`
 * `及び` `および` `並びに` into trimmed names allocated in `arena`, without
 * control characters.  Returns the number of names; `*names` receives the
 * array.
 */
size_t kj_split_organizations(kj_arena *arena, const char *text, const char ***names);

/**
 * Finds the archive path (`YYYY/MM/DD_name.md`) a URL names — e.g. a GitHub
 * link into the archive, percent-encoded or not — and returns it NFC
 * normalised in `arena`, or NULL.
 */
const char *kj_url_archive_path(kj_arena *arena, const char *url);

#ifdef __cplusplus
}
#endif

#endif
