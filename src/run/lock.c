/*
 * lock.c — flock(2) on a lock file (see lock.h).
 *
 * The holder writes its process id into the file; a second run reads it
 * back only to say who holds the lock.  The id is informational: the lock
 * itself is the kernel's, so a stale id from a killed run is harmless —
 * and never named: a reader names only a living process, else none.
 */
#include "kaiji/lock.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct kj_lock {
    int fd;
};

/*
 * The process id the holder wrote, when it names a living process; 0
 * otherwise.  A holder writes its id just after taking the lock, so a
 * reader that comes in between finds the file empty — or still holding the
 * id of a run that was killed — and waits a moment for the right one.
 */
static long holder_pid(int fd)
{
    for (int attempt = 0; attempt < 20; attempt++) {
        char text[32] = "";
        ssize_t n = pread(fd, text, sizeof text - 1, 0);
        text[n > 0 ? n : 0] = '\0';
        char *end;
        long pid = strtol(text, &end, 10);
        if (pid > 0 && *end == '\n' && pid != (long)getpid() &&
            (kill((pid_t)pid, 0) == 0 || errno == EPERM))
            return pid;
        struct timespec pause = {0, 10 * 1000 * 1000}; /* 10 ms, 200 ms in all */
        nanosleep(&pause, NULL);
    }
    return 0;
}

kj_status kj_lock_acquire(const char *path, kj_lock **lock, kj_error *err)
{
    *lock = NULL;
    /* The lock is truncated and written: never through a link someone put
     * in its place (the state folder may be shared), never into a FIFO or
     * device, never into a file that has other names. */
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0644);
    if (fd < 0) {
        int e = errno;
        if (e == ELOOP)
            return kj_error_set(err, KJ_ERR_CANTCREAT,
                                "%s: the lock file is a symbolic link; remove it (kaiji does not "
                                "follow one)",
                                path);
        return kj_error_set(err, KJ_ERR_CANTCREAT, "%s: cannot create the lock file: %s", path,
                            strerror(e));
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_nlink != 1) {
        close(fd);
        return kj_error_set(err, KJ_ERR_CANTCREAT,
                            "%s: the lock file is not a plain file of its own; remove it", path);
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        int e = errno;
        if (e != EWOULDBLOCK) {
            close(fd);
            return kj_error_set(err, KJ_ERR_CANTCREAT, "%s: cannot lock: %s", path, strerror(e));
        }
        long pid = holder_pid(fd);
        close(fd);
        char holder[64] = "";
        if (pid)
            snprintf(holder, sizeof holder, " (process %ld)", pid);
        return kj_error_set(err, KJ_ERR_TEMPFAIL,
                            "another kaiji run%s holds the lock %s; this run does nothing "
                            "(the next one will retry)",
                            holder, path);
    }
    /* The id whole, then the length: a reader never sees half of it. */
    char pid[32];
    int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
    if (pwrite(fd, pid, (size_t)n, 0) != n || ftruncate(fd, n) != 0) {
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
