/*
 * readfile.h — reading a whole file that someone else controls.
 *
 * Release files are third-party text; configuration, password and layout
 * files are typed by hand and named on command lines.  Any of them can be
 * a FIFO (opening it would wait for a writer forever), a device such as
 * /dev/zero (reading it never ends) or a sparse file of terabytes.  Every
 * whole-file read in kaiji goes through kj_read_file(), which refuses all
 * of these at once instead of hanging a cron job or exhausting memory.
 */
#ifndef KAIJI_READFILE_H
#define KAIJI_READFILE_H

#include <stddef.h>

#include "kaiji/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Reads all of the regular file `path` into a malloc'd buffer `*text`
 * (`*len` bytes, always NUL-terminated, also when empty; the caller frees
 * it).  Refuses without reading, and without waiting: anything but a
 * regular file (KJ_ERR_NOINPUT, "not a regular file") and a file of more
 * than `max_bytes`, or one that grows past it while read (KJ_ERR_DATA,
 * "file too large: 40 MB (at most 32 MB)").  Other failures are
 * KJ_ERR_NOINPUT ("cannot open: REASON") and KJ_ERR_IO ("cannot read:
 * REASON").  Messages do not name the file: callers add it as they name
 * files.  On failure `*text` is NULL.
 */
kj_status kj_read_file(const char *path, size_t max_bytes, char **text, size_t *len, kj_error *err);

#ifdef __cplusplus
}
#endif

#endif
