/*
 * lock.h — one run at a time.
 *
 * An flock(2) on a lock file beside the state keeps two runs (a slow one
 * and the next cron tick, or a person running it by hand) from sending the
 * same report twice.  The kernel drops the lock when the process dies, so
 * a killed run never leaves a stale lock behind.
 */
#ifndef KAIJI_LOCK_H
#define KAIJI_LOCK_H

#include "kaiji/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kj_lock kj_lock;

/**
 * Takes the lock on `path` (creating the file) without waiting.  Returns
 * KJ_OK with `*lock` set; KJ_ERR_TEMPFAIL when another process holds it
 * (`err` names it by the process id written in the file when that process
 * is alive — a holder that has not written its id yet is waited for up to
 * 0.2 s, then left unnamed); KJ_ERR_CANTCREAT when the file cannot be
 * created, or `path` is a symbolic link, a FIFO, a device or a file with
 * other hard links (the holder truncates and writes the file: it never
 * follows a link planted in its place).
 */
kj_status kj_lock_acquire(const char *path, kj_lock **lock, kj_error *err);

/** Releases the lock and frees it.  NULL is a no-op.  The file stays. */
void kj_lock_release(kj_lock *lock);

#ifdef __cplusplus
}
#endif

#endif
