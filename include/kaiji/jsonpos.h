/*
 * jsonpos.h — where a key sits in a JSON text, for error messages.
 *
 * jansson reports line:column for syntax errors only; once a file parsed,
 * its values no longer know where they came from.  A user who wrote
 * `"port": "587"` wants to read `kaiji.json:12:7: delivery.smtp.port: …`,
 * so configuration and layout loaders find the key again in the text.
 */
#ifndef KAIJI_JSONPOS_H
#define KAIJI_JSONPOS_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Finds `path` in the JSON text `text` (`len` bytes, already known to be
 * valid JSON) and stores its 1-based line and column (in characters) in
 * `*line` and `*column`.  `path` names keys and array elements from the top
 * value down: `jobs[1].to[0]`, `delivery.smtp.port`; the empty string is the
 * top value.  A path ending in a key points at that key's name; one ending in
 * an index points at the element.  Returns false (and points at line 1,
 * column 1) when the path is not in the text.
 */
bool kj_json_position(const char *text, size_t len, const char *path, int *line, int *column);

#ifdef __cplusplus
}
#endif

#endif
