/*
 * output.h — files written whole or not at all.
 *
 * Every file kaiji writes goes through here: the bytes go to a temporary
 * file beside the target, which is flushed, synced and renamed over the
 * target only when every write succeeded.  A full disk or a killed run
 * therefore never leaves a half-written report for cron to mail.  Targets
 * that are not regular files (`-` for standard output, /dev/full, a pipe)
 * are written directly, since they cannot be renamed over.
 */
#ifndef KAIJI_OUTPUT_H
#define KAIJI_OUTPUT_H

#include <stdio.h>

#include "kaiji/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kj_output kj_output;

/**
 * Opens `path` for writing (NULL or "-" means standard output).  A new file
 * gets mode 0666 less the process's umask, as the kernel gives any new file
 * (the umask is never changed, not even for a moment: other threads may be
 * creating files).  Returns KJ_OK, or KJ_ERR_CANTCREAT with `err` naming
 * the path and reason.
 */
kj_status kj_output_open(const char *path, kj_output **out, kj_error *err);

/** The stream to write to. */
FILE *kj_output_stream(kj_output *out);

/** The target path as given ("-" for standard output). */
const char *kj_output_path(const kj_output *out);

/**
 * Flushes, syncs and closes the stream and moves the temporary file over the
 * target.  On any failure the temporary file is removed, the target is left
 * as it was, and KJ_ERR_IO is returned with `err` filled.  Frees `out`.
 */
kj_status kj_output_commit(kj_output *out, kj_error *err);

/** Abandons the output: closes and removes the temporary file.  Frees `out`. */
void kj_output_abort(kj_output *out);

/**
 * Creates directory `dir` and its parents when missing (like mkdir -p).
 * Returns KJ_OK or KJ_ERR_CANTCREAT.
 */
kj_status kj_make_dirs(const char *dir, kj_error *err);

/**
 * Makes `name` — text from an archive file, such as an organisation name —
 * safe as one file-name component inside an output folder.  Writes the
 * result, NUL-terminated, to `out` (`size` bytes; a size below 2
 * gives an empty string) and returns its length.  Path separators (`/`,
 * `\`), control characters, zero-width and bidirectional format characters,
 * bytes that are not UTF-8 and the characters Windows and mail clients
 * refuse (`: * ? " < > |`) become `_` (a run of them one `_`); leading dots
 * and spaces are dropped, so the result is never `.`, `..` or hidden;
 * trailing dots and spaces are dropped; a name cut to fit ends on a whole
 * character.  An empty result is `_`.  Japanese text passes unchanged.
 */
size_t kj_safe_filename(char *out, size_t size, const char *name);

#ifdef __cplusplus
}
#endif

#endif
