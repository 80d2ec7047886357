/*
 * lock.c — flock(2) on a lock file (see lock.h).
 *
 * The holder writes its process id into the file; a second run reads it
 * back only to say who holds the lock.  The id is informational: the lock
 * itself is the kernel's, so a stale id from a killed run is harmless.
 */
#include "kaiji/lock.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

struct kj_lock {
    int fd;
};

kj_status kj_lock_acquire(const char *path, kj_lock **lock, kj_error *err)
{
    *lock = NULL;
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return kj_error_set(err, KJ_ERR_CANTCREAT, "%s: cannot create the lock file: %s", path,
                            strerror(errno));
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        int e = errno;
        if (e != EWOULDBLOCK) {
            close(fd);
            return kj_error_set(err, KJ_ERR_CANTCREAT, "%s: cannot lock: %s", path, strerror(e));
        }
        char pid[32] = "";
        ssize_t n = pread(fd, pid, sizeof pid - 1, 0);
        close(fd);
        pid[n > 0 ? n : 0] = '\0';
        pid[strcspn(pid, "\n")] = '\0';
        char holder[64] = "";
        if (*pid)
            snprintf(holder, sizeof holder, " (process %s)", pid);
        return kj_error_set(err, KJ_ERR_TEMPFAIL,
                            "another kaiji run%s holds the lock %s; this run does nothing "
                            "(the next one will retry)",
                            holder, path);
    }
    char pid[32];
    int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
    if (ftruncate(fd, 0) != 0 || pwrite(fd, pid, (size_t)n, 0) != n) {
        /* only informational: the lock is held all the same */
    }
    kj_lock *l = malloc(sizeof *l);
    if (!l)
        abort();
    l->fd = fd;
    *lock = l;
    return KJ_OK;
}

void kj_lock_release(kj_lock *lock)
{
    if (!lock)
        return;
    /* Emptying the file first means a reader never names a finished run. */
    if (ftruncate(lock->fd, 0) != 0) {
        /* harmless: see above */
    }
    flock(lock->fd, LOCK_UN);
    close(lock->fd);
    free(lock);
}
