/*
 * json_locate.h — finding a value's line and column in a JSON text, for
 * error messages about files that parsed but hold the wrong thing.
 */
#ifndef KAIJI_RENDER_JSON_LOCATE_H
#define KAIJI_RENDER_JSON_LOCATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/** One step of a key path: an object member (`key`) or an array element. */
typedef struct kj_json_seg {
    const char *key; /* NULL for an array element */
    size_t index;
} kj_json_seg;

/**
 * Follows `path` (depth steps) through the valid JSON `text` and stores the
 * 1-based line and character column where the value starts.  False when
 * the path is not in the text.
 */
bool kj_json_locate(const char *text, const kj_json_seg *path, size_t depth, int *line,
                    int *column);

/** Writes the path as `styles.body.size` / `palette[2]` into `buf`. */
void kj_json_path_format(const kj_json_seg *path, size_t depth, char *buf, size_t size);

#endif
