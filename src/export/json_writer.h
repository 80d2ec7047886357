/*
 * json_writer.h — a small streaming JSON writer into a kj_buf.
 *
 * The export writes thousands of records; building a jansson tree per
 * record and dumping it costs more than parsing the Markdown did.  This
 * writer appends straight to a buffer, copying runs of ordinary bytes in
 * one piece.  Its output is checked against kj_release_to_json() (jansson)
 * by the tests, so the two cannot drift apart.
 */
#ifndef KAIJI_JSON_WRITER_H
#define KAIJI_JSON_WRITER_H

#include <stdbool.h>
#include <stdint.h>

#include "kaiji/text.h"

typedef struct json_writer {
    kj_buf *out;
    int depth;
    bool need_comma[64]; /* per nesting level: a value was written */
    bool after_key;      /* the next value completes a key's entry */
} json_writer;

/** Starts writing into `out` (appending). */
void kj_jw_init(json_writer *w, kj_buf *out);

void kj_jw_object_begin(json_writer *w);
void kj_jw_object_end(json_writer *w);
void kj_jw_array_begin(json_writer *w);
void kj_jw_array_end(json_writer *w);

/** Writes an object key (the value follows with the next call). */
void kj_jw_key(json_writer *w, const char *key);

/** Writes a string value (NULL writes null). */
void kj_jw_string(json_writer *w, const char *s);
void kj_jw_int(json_writer *w, int64_t v);
/** Writes a number; NaN and infinities (never meant) become null. */
void kj_jw_double(json_writer *w, double v);
void kj_jw_bool(json_writer *w, bool v);
void kj_jw_null(json_writer *w);

/** Appends `s` to `out` as the inside of a JSON string (no quotes). */
void kj_jw_escape(kj_buf *out, const char *s);

#endif
