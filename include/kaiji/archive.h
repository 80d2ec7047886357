/*
 * archive.h — finding release files and reading their bytes.
 *
 * The archive keeps one release per file at `YYYY/MM/DD_組織名.md` (DD may
 * be `XX` when the day is unknown).  kj_archive_collect() turns the inputs a
 * user names — archive roots, year or month folders, single files — into one
 * sorted, de-duplicated list; kj_archive_read() turns one file into UTF-8.
 */
#ifndef KAIJI_ARCHIVE_H
#define KAIJI_ARCHIVE_H

#include <stdbool.h>
#include <stddef.h>

#include "kaiji/error.h"
#include "kaiji/model.h"

#ifdef __cplusplus
extern "C" {
#endif

/** One release file: where it is on disk and its archive-relative path. */
typedef struct kj_archive_file {
    char *file; /* file system path */
    char *path; /* `YYYY/MM/DD_name.md`, or the base name for odd files: the tail
                   of `file`, inside its allocation (never freed on its own) */
} kj_archive_file;

typedef struct kj_file_list {
    kj_archive_file *files;
    size_t n_files;
    size_t cap;
    /* Entries passed over that may have held releases: an unreadable
     * folder, a release-named entry that is no readable regular file.  Each
     * was reported through kj_skip_fn with `warning` true; a command exits
     * 65 when there are any, as for files it could not read. */
    size_t n_unreadable;
    /* Year and month folders not opened because they lie after the bound
     * of kj_archive_collect_until (0 without a bound). */
    size_t n_later;
} kj_file_list;

/**
 * The largest release file kaiji reads: 32 MiB, well over a thousand times
 * the largest real release.  Markdown parsing needs many times a file's
 * size in memory, so a larger (or a sparse, or an endless) file is refused
 * before it is read, rather than taking the run down.
 */
#define KJ_ARCHIVE_MAX_FILE_BYTES ((size_t)32 << 20)

/**
 * Called for files and folders that are passed over (a name outside the
 * layout, a symlink loop, an unreadable folder); `file` names it and
 * `reason` says why.  `warning` is true for things a user should hear of (a
 * symlink loop, an unreadable folder or release file) and false for the
 * merely uninteresting.
 */
typedef void (*kj_skip_fn)(void *ctx, const char *file, const char *reason, bool warning);

/**
 * Adds the release files under each of `inputs` to `list`, sorted by archive
 * path.  A directory is walked recursively (symlinks followed, loops broken);
 * only files whose path ends in `YYYY/MM/DD_name.md` are taken.  A file named
 * directly is always taken.  The same file named twice appears once.
 * Returns KJ_ERR_NOINPUT (with `err` filled) when an input does not exist.
 */
kj_status kj_archive_collect(const char *const *inputs, size_t n_inputs, kj_file_list *list,
                             kj_skip_fn on_skip, void *ctx, kj_error *err);

/**
 * kj_archive_collect(), but year folders `YYYY` and month folders
 * `YYYY/MM` inside the inputs whose months all lie after `until`'s month
 * are not opened (counted in list->n_later): a reader that never uses a
 * release after a month (kj_pipeline_options.focus) need not list an
 * archive's later years.  The list then equals the whole walk's less the
 * files of those later months — save for a file reached both by a
 * symbolic link in an earlier month and by its real name in a later one,
 * which the whole walk keeps under its real name only.  `until` unset:
 * every folder, as kj_archive_collect().
 */
kj_status kj_archive_collect_until(const char *const *inputs, size_t n_inputs, kj_date until,
                                   kj_file_list *list, kj_skip_fn on_skip, void *ctx,
                                   kj_error *err);

/** Frees the list's storage. */
void kj_file_list_free(kj_file_list *list);

/**
 * True when `path` (a relative or absolute path) ends in the archive layout
 * `YYYY/MM/DD_name.md`; stores the offset where that tail starts in `*tail`.
 */
bool kj_archive_path_tail(const char *path, size_t *tail);

/** The archive date of path `YYYY/MM/DD_name.md` (day 1 for `XX`), or unset. */
kj_date kj_archive_path_date(const char *path);

/** Outcome of decoding a file's bytes. */
typedef enum kj_encoding {
    KJ_ENCODING_UTF8,
    KJ_ENCODING_UTF8_BOM,     /* UTF-8 with a byte-order mark (stripped) */
    KJ_ENCODING_CP932,        /* Shift_JIS / CP932, converted to UTF-8 */
    KJ_ENCODING_INVALID,      /* neither: the bytes are unusable */
    KJ_ENCODING_UTF8_REPAIRED /* UTF-8 but for a few stray bytes, read as U+FFFD */
} kj_encoding;

/**
 * Reads the whole file at `file` into a malloc'd, NUL-terminated UTF-8
 * buffer (`*text`, `*len`), stripping a byte-order mark and converting
 * CP932.  On KJ_ENCODING_INVALID or a read error `*text` is NULL.  Returns
 * KJ_OK, KJ_ERR_NOINPUT (cannot open, or not a regular file: a FIFO or a
 * device is never waited on), KJ_ERR_DATA (larger than
 * KJ_ARCHIVE_MAX_FILE_BYTES) or KJ_ERR_IO (read failed), with `err` naming
 * the reason.
 */
kj_status kj_archive_read(const char *file, char **text, size_t *len, kj_encoding *encoding,
                          kj_error *err);

/**
 * Decodes `len` bytes already in memory, as kj_archive_read() does.  The
 * result is malloc'd and always valid UTF-8.  Returns the encoding found;
 * `*text` is NULL for KJ_ENCODING_INVALID.  Bytes that are UTF-8 except for
 * a few stray bytes (a file damaged in transit, a byte-order mark followed
 * by a bad byte) are KJ_ENCODING_UTF8_REPAIRED, each stray byte read as
 * U+FFFD, rather than guessed to be CP932: one bad byte must neither drop a
 * release nor turn it into mojibake.
 */
kj_encoding kj_decode(const char *bytes, size_t len, char **text, size_t *text_len);

#ifdef __cplusplus
}
#endif

#endif
