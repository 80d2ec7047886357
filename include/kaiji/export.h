/*
 * export.h — releases as JSON Lines, JSON or CSV.
 *
 * Records carry every key of the release schema (../shared/gold/SCHEMA.md)
 * in schema spelling, plus `events` (the dated timeline) and `evidence`
 * (field → sentences).  Unknown values are null or empty lists, never
 * missing keys, so downstream tools can rely on the shape.
 */
#ifndef KAIJI_EXPORT_H
#define KAIJI_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include <jansson.h>

#include "kaiji/error.h"
#include "kaiji/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum kj_export_format { KJ_EXPORT_JSONL, KJ_EXPORT_JSON, KJ_EXPORT_CSV } kj_export_format;

/** Parses `jsonl`, `json` or `csv`; returns -1 for anything else. */
int kj_export_format_parse(const char *name);

/**
 * The schema record of `rel` as a new JSON object (caller owns the
 * reference).  `incident` is the incident id, or NULL to leave the key out.
 */
json_t *kj_release_to_json(const kj_release *rel, const char *incident);

typedef struct kj_exporter kj_exporter;

/**
 * Starts an export to `out` (which the caller opened and closes).  `excel`
 * adds the UTF-8 byte-order mark and CRLF line ends Excel needs for CSV.
 */
kj_exporter *kj_exporter_new(FILE *out, kj_export_format format, bool excel);

/** Writes one release.  Returns KJ_OK or KJ_ERR_IO. */
kj_status kj_exporter_add(kj_exporter *ex, const kj_release *rel, const char *incident);

/**
 * Finishes the output (closing the JSON array) and frees the exporter.
 * Returns KJ_ERR_IO when any write failed.
 */
kj_status kj_exporter_finish(kj_exporter *ex);

#ifdef __cplusplus
}
#endif

#endif
