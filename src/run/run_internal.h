/*
 * run_internal.h — what the files of src/run/ share and nobody else needs.
 */
#ifndef KAIJI_RUN_INTERNAL_H
#define KAIJI_RUN_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "kaiji/error.h"
#include "kaiji/text.h"

/**
 * Reads all of `path` into a malloc'd NUL-terminated buffer.  Returns
 * KJ_OK, or KJ_ERR_NOINPUT (missing, unreadable) with `err` filled.
 */
kj_status run_read_file(const char *path, char **text, size_t *len, kj_error *err);

/** Gives the value of placeholder `name` (`name_len` bytes), or NULL when
 *  there is no such placeholder. */
typedef const char *(*run_lookup_fn)(const char *name, size_t name_len, void *ctx);

/**
 * Appends `tmpl` to `out` with every `{name}` replaced by lookup's value;
 * `{{` and `}}` stand for literal braces.  Returns false, with `problem`
 * (of `cap` bytes) saying which placeholder is unknown or unclosed.
 */
bool run_template_expand(const char *tmpl, run_lookup_fn lookup, void *ctx, kj_buf *out,
                         char *problem, size_t cap);

/** True when job kind `kind` can run in this build (its stage is built in). */
bool run_job_kind_available(int kind);

#endif
