/* export_internal.h — shared between the export stage's files; not public. */
#ifndef KAIJI_EXPORT_INTERNAL_H
#define KAIJI_EXPORT_INTERNAL_H

#include <stdbool.h>

#include "kaiji/model.h"
#include "kaiji/text.h"

/**
 * Appends the schema record of `rel` as compact JSON (no newline) to `out`;
 * `incident` (may be NULL) adds the `incident` key, `with_evidence` the
 * `evidence` object.  Returns the offset in `out` of the `,` that opens the
 * `events` entry, where an incident id learnt later goes.
 */
size_t kj_release_write_json(kj_buf *out, const kj_release *rel, const char *incident,
                             bool with_evidence);

/** Appends `s` as one CSV field (RFC 4180: quoted when needed, inner quotes
 *  doubled).  With `no_formulas`, a field a spreadsheet would evaluate
 *  (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is quoted
 *  and starts with a single quote inside the quotes, as OWASP recommends
 *  against CSV injection. */
void kj_csv_field(kj_buf *b, const char *s, bool no_formulas);

#endif
