/*
 * run_internal.h — what the files of src/run/ share and nobody else needs.
 */
#ifndef KAIJI_RUN_INTERNAL_H
#define KAIJI_RUN_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "kaiji/error.h"
#include "kaiji/runconfig.h"
#include "kaiji/state.h"
#include "kaiji/text.h"

/**
 * Reads all of `path` (a regular file of at most `max_bytes`: FIFOs and
 * devices are refused, never waited on) into a malloc'd NUL-terminated
 * buffer.  Returns KJ_OK, or KJ_ERR_NOINPUT / KJ_ERR_DATA / KJ_ERR_IO with
 * `err` saying `PATH: reason` (kj_read_file()).
 */
kj_status kj_run_read_file(const char *path, size_t max_bytes, char **text, size_t *len,
                           kj_error *err);

/* Limits for kj_run_read_file(): configuration and password files are typed
 * by hand; attachments are files kaiji itself wrote. */
#define RUN_MAX_CONFIG_BYTES ((size_t)1 << 20)
#define RUN_MAX_PASSWORD_BYTES ((size_t)64 << 10)
#define RUN_MAX_ATTACHMENT_BYTES ((size_t)1 << 30)

/** Gives the value of placeholder `name` (`name_len` bytes), or NULL when
 *  there is no such placeholder. */
typedef const char *(*run_lookup_fn)(const char *name, size_t name_len, void *ctx);

/**
 * Appends `tmpl` to `out` with every `{name}` replaced by lookup's value;
 * `{{` and `}}` stand for literal braces.  Returns false, with `problem`
 * (of `cap` bytes) saying which placeholder is unknown or unclosed.
 */
bool kj_run_template_expand(const char *tmpl, run_lookup_fn lookup, void *ctx, kj_buf *out,
                            char *problem, size_t cap);

/**
 * The first day of `job`'s first period as the state records it (its
 * `first_period`), or unset.  Releases filed before it are never "new" to
 * the job's readers: it did not exist yet.
 */
kj_date kj_run_first_day(const kj_state *state, const kj_job_config *job);

#endif
