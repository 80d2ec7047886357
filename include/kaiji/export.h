/*
 * export.h — releases as JSON Lines, JSON or CSV.
 *
 * Records carry every key of the release schema (../shared/gold/SCHEMA.md)
 * in schema spelling, plus `title`, `source_url`, `links`, `events` (the
 * dated timeline) and, on request, `evidence` (field → sentences).  Unknown values are null or empty lists, never
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
 * The schema record of `rel`, evidence included, as a new JSON object
 * (caller owns the reference).  `incident` is the incident id, or NULL to
 * leave the key out.  It is the exporter's own text read back by jansson,
 * so the two always agree.
 */
json_t *kj_release_to_json(const kj_release *rel, const char *incident);

typedef struct kj_exporter kj_exporter;

/* Flags for kj_exporter_new(). */
enum {
    KJ_EXPORT_EXCEL = 1u << 0,   /* CSV for Excel: UTF-8 byte-order mark and CRLF */
    KJ_EXPORT_EVIDENCE = 1u << 1 /* JSON records carry the `evidence` object */
};

/**
 * Starts an export to `out` (which the caller opened and closes), with
 * KJ_EXPORT_* `flags`.  Records are written as they are added, so memory
 * does not grow with the archive.
 */
kj_exporter *kj_exporter_new(FILE *out, kj_export_format format, unsigned flags);

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
