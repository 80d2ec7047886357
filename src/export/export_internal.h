/* export_internal.h — shared between the export stage's files; not public. */
#ifndef KAIJI_EXPORT_INTERNAL_H
#define KAIJI_EXPORT_INTERNAL_H

#include <stdbool.h>

#include "kaiji/export.h"
#include "kaiji/lists.h"
#include "kaiji/model.h"
#include "kaiji/text.h"

/**
 * Appends the schema record of `rel` as compact JSON (no newline) to `out`;
 * `grouping` (may be NULL) gives the `incident`, `wave`, `knock_on` and
 * `figure_scope` keys (kj_write_grouping_json) — left out with
 * `grouping_later` — and `with_evidence` adds the `evidence` object.
 * Returns the offset in `out` where those keys are (or go, for a record
 * rendered before grouping and completed later).
 */
size_t kj_release_write_json(kj_buf *out, const kj_release *rel, const kj_record_grouping *grouping,
                             bool grouping_later, bool with_evidence);

/** Appends the grouping keys, each preceded by a comma: `incident`, `wave`
 *  and `knock_on` when grouped, `figure_scope` always (the release's own when
 *  `grouping` is NULL). */
void kj_write_grouping_json(kj_buf *out, const kj_release *rel, const kj_record_grouping *grouping);

/** Appends `,"listed":[…]` to `out`: each organisation of `rel` that is on
 *  the list of listed issues, with its code, market and industry. */
void kj_write_listed_json(kj_buf *out, const kj_release *rel, const kj_listed *listed);

/** Appends `s` as one CSV field (RFC 4180: quoted when needed, inner quotes
 *  doubled).  With `no_formulas`, a field a spreadsheet would evaluate
 *  (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is quoted
 *  and starts with a single quote inside the quotes, as OWASP recommends
 *  against CSV injection. */
void kj_csv_field(kj_buf *b, const char *s, bool no_formulas);

#endif
