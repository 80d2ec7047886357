/*
 * export.h — releases as JSON Lines, JSON or CSV.
 *
 * Records carry every key of the release schema (../shared/gold/SCHEMA.md)
 * in schema spelling, plus `title`, `source_url`, `links`, `incident`,
 * `wave`, `knock_on`, `events` (the
 * dated timeline) and, on request, `evidence` (field → sentences).  Unknown values are null or
 * empty lists, never missing keys, so downstream tools can rely on the shape.
 */
#ifndef KAIJI_EXPORT_H
#define KAIJI_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include <jansson.h>

#include "kaiji/aggregate.h"
#include "kaiji/lists.h"
#include "kaiji/error.h"
#include "kaiji/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum kj_export_format { KJ_EXPORT_JSONL, KJ_EXPORT_JSON, KJ_EXPORT_CSV } kj_export_format;

/** Parses `jsonl`, `json` or `csv` into *format and returns true; returns
 *  false and leaves *format alone for anything else (NULL included). */
bool kj_export_format_parse(const char *name, kj_export_format *format);

/**
 * What grouping says of a release (kaiji export's `incident`, `wave`,
 * `knock_on` and `figure_scope` keys): its incident, its wave, whether it is
 * another organisation's notice of the wave's origin, and the scope of its
 * figure read in the wave (a figure several notices quote alike is the
 * origin's total, whatever the single release made of it).
 */
typedef struct kj_record_grouping {
    const char *incident; /* incident id, NULL when not grouped */
    const char *wave;     /* wave id, NULL when none */
    bool knock_on;
    kj_scope figure_scope;
} kj_record_grouping;

/** The grouping of input release `index` of `set`. */
void kj_record_grouping_of(const kj_incident_set *set, size_t index, kj_record_grouping *out);

/**
 * The schema record of `rel`, evidence included, as a new JSON object
 * (caller owns the reference).  `grouping` may be NULL (see
 * kj_exporter_add).  It is the exporter's own text read back by jansson,
 * so the two always agree.
 */
json_t *kj_release_to_json(const kj_release *rel, const kj_record_grouping *grouping);

typedef struct kj_exporter kj_exporter;

/* Flags for kj_exporter_new(). */
enum {
    KJ_EXPORT_EXCEL = 1u << 0,    /* CSV for Excel: UTF-8 byte-order mark and CRLF */
    KJ_EXPORT_EVIDENCE = 1u << 1, /* JSON records carry the `evidence` object */
    /* CSV: a field starting with = + - @ TAB or CR (a title, an organisation
     * name) is written "'=…", so a spreadsheet shows it rather than running
     * it as a formula (OWASP, CSV injection).  For files people open: with
     * KJ_EXPORT_EXCEL; a CSV for programs keeps the text as written. */
    KJ_EXPORT_NO_FORMULAS = 1u << 2
};

/**
 * Starts an export to `out` (which the caller opened and closes), with
 * KJ_EXPORT_* `flags`.  Records are written as they are added, so memory
 * does not grow with the archive.
 */
kj_exporter *kj_exporter_new(FILE *out, kj_export_format format, unsigned flags);

/**
 * kj_exporter_new(), every record also saying which of its organisations
 * are listed (`listed` may be NULL: as kj_exporter_new): JSON records end
 * with `"listed": [{"organization", "code", "name", "market", "industry",
 * "industry17"}, …]` (empty when none is), CSV rows get a `listed` column
 * before the grouping columns (`9001 みなと精機 プライム（内国株式） 機械`,
 * `; ` between organisations).  `listed` is borrowed.
 */
kj_exporter *kj_exporter_new_listed(FILE *out, kj_export_format format, unsigned flags,
                                    const kj_listed *listed);

/**
 * Writes one release; `grouping` may be NULL (not grouped: no incident or
 * wave keys, the release's own figure_scope).  Returns KJ_OK or KJ_ERR_IO.
 */
kj_status kj_exporter_add(kj_exporter *ex, const kj_release *rel,
                          const kj_record_grouping *grouping);

/**
 * Adds `rel` before its incident id is known: its record is rendered now
 * (so an export can render while the archive is still loading) and kept in
 * memory until kj_exporter_finish(), which writes it with the id given by
 * kj_exporter_set_incident() — byte for byte what kj_exporter_add() with
 * that id writes.  Returns the record's number (0, 1, …).  Once a record is
 * deferred, later kj_exporter_add() calls are held too, to keep the order.
 */
size_t kj_exporter_defer(kj_exporter *ex, const kj_release *rel);

/** Sets the grouping of deferred record `record` (the strings are copied). */
void kj_exporter_set_grouping(kj_exporter *ex, size_t record, const kj_record_grouping *grouping);

/**
 * Finishes the output (writing deferred records, closing the JSON array)
 * and frees the exporter.
 * Returns KJ_ERR_IO when any write failed.
 */
kj_status kj_exporter_finish(kj_exporter *ex);

/* ------------------------------------------------------------- figures */

/**
 * Writes the figures `f` (computed over `set`) to `out` as one line of JSON
 * in the shape documented in docs/stats-json.md (see kj_figures_to_json).
 * Returns KJ_OK or KJ_ERR_IO.
 */
kj_status kj_figures_write_json(FILE *out, const kj_figures *f, const kj_incident_set *set,
                                unsigned breakdowns);

/**
 * The figures `f` (computed over `set`) as a new JSON object in the shape
 * documented in docs/stats-json.md: period, totals and previous totals,
 * breakdowns, repeat disclosers, largest incidents, trend, the period's
 * incidents (with releases and timeline) and releases.  `breakdowns` is a
 * mask of (1u << kj_by) values to include, 0 for all.  The caller owns the
 * reference.  It is kj_figures_write_json's text read back by jansson, so
 * the two always agree.
 */
json_t *kj_figures_to_json(const kj_figures *f, const kj_incident_set *set, unsigned breakdowns);

/**
 * Writes the totals and the breakdowns in `breakdowns` (mask as above, 0 for
 * all) as one CSV table: `section,key,label,releases,incidents,
 * previous_releases,previous_incidents`.  `excel` adds the byte-order mark
 * and CRLF line ends and starts a field that a spreadsheet would run as a
 * formula (an organisation named `=…`) with a single quote, as
 * KJ_EXPORT_NO_FORMULAS does.  Returns KJ_OK or KJ_ERR_IO.
 */
kj_status kj_figures_write_csv(FILE *out, const kj_figures *f, unsigned breakdowns, bool excel);

/**
 * Writes the releases of `f` (computed over `set`) as the briefing's
 * appendix lists them, one row each, grouped as kj_figures.groups orders
 * them (each wave, most releases first, then the other releases by
 * organisation type; by date within a group) with the columns `group`
 * (the wave's label or the organisation type), `wave`, `published`,
 * `organizations`, `title`, `attack_types` (Japanese labels, `・`
 * between), `affected`, `unit` (人 / 件 / アカウント), `figure_scope`,
 * `leak_status`, `listed` (`code market industry`), `watch` (the names it
 * mentions), `incident`, `source_url` and `path`.  `excel`: a UTF-8
 * byte-order mark, CRLF and no field that would run as a formula.
 * Returns KJ_OK or KJ_ERR_IO.
 */
kj_status kj_appendix_write_csv(FILE *out, const kj_figures *f, const kj_incident_set *set,
                                bool excel);

#ifdef __cplusplus
}
#endif

#endif
