/*
 * load.h — the parallel pipeline from files to releases.
 *
 * Worker threads read, decode, parse and (through a hook) extract files;
 * the calling thread, which loads files too while it waits, receives
 * finished releases strictly in archive-path order, so every output is deterministic whatever the
 * thread count.  Only a bounded window of files is in flight, so streaming an export over a large
 * archive holds a few releases in memory, not the whole archive.
 */
#ifndef KAIJI_LOAD_H
#define KAIJI_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "kaiji/archive.h"
#include "kaiji/error.h"
#include "kaiji/model.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Runs on a worker thread after a release is parsed (not for skipped
 * files).  The pipeline (pipeline.h) runs the extract stage here.  Must be
 * thread-safe.
 */
typedef void (*kj_release_hook)(kj_release *rel, void *ctx);

/**
 * Receives each release, in path order, on the calling thread, and takes
 * ownership of it.  Skipped files (KJ_RELEASE_SKIPPED) arrive too, so the
 * consumer can report them.  Returning non-zero stops the run; that value
 * becomes kj_load_each()'s status.
 */
typedef int (*kj_release_sink)(kj_release *rel, void *ctx);

/** Progress: `done` of `total` files finished. */
typedef void (*kj_progress_fn)(size_t done, size_t total, void *ctx);

typedef struct kj_load_options {
    int threads;          /* 0: one per online CPU */
    kj_release_hook hook; /* may be NULL */
    void *hook_ctx;
    bool drop_text;          /* compact each release to its facts after the hook */
    bool drop_evidence;      /* keep no evidence records (KJ_RELEASE_NO_EVIDENCE): what
                                only `explain` and `export --evidence` show */
    kj_progress_fn progress; /* may be NULL; called on the calling thread */
    void *progress_ctx;
} kj_load_options;

/**
 * Loads every file of `list` and hands the releases to `sink` in order,
 * on `options->threads` threads counting the calling one (which calls
 * `sink` and the progress function).  Returns KJ_OK or the sink's non-zero
 * value (out of memory aborts, alloc.h).
 */
int kj_load_each(const kj_file_list *list, const kj_load_options *options, kj_release_sink sink,
                 void *ctx);

/** Loads one file on the calling thread (reading, decoding, parsing, hook):
 *  `file` is its file system path, `path` its archive path (both as in
 *  kj_archive_file; copied).  The caller frees the result with
 *  kj_release_free(); a file that cannot be read gives a skipped release. */
kj_release *kj_load_file(const char *file, const char *path, const kj_load_options *options);

/** Releases kept in path order, e.g. for aggregation. */
typedef struct kj_release_set {
    kj_release **items;
    size_t n;
    size_t cap;
} kj_release_set;

/**
 * Sees each release as it arrives in path order (for printing its
 * diagnostics) without taking ownership.  Non-zero stops the run.  The
 * pipeline (pipeline.h) calls it.
 */
typedef int (*kj_release_observer)(const kj_release *rel, void *ctx);

/** Appends `rel` to the set, which takes ownership. */
void kj_release_set_add(kj_release_set *set, kj_release *rel);

/** Frees every release of the set and the set's storage. */
void kj_release_set_free(kj_release_set *set);

#ifdef __cplusplus
}
#endif

#endif
