/* readfile.c — whole files, read safely (see readfile.h). */
#include "kaiji/readfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* `size` bytes for a message: whole MB or KB (rounded up or down), or bytes. */
static void format_size(char *buf, size_t cap, unsigned long long size, bool up)
{
    const unsigned long long mb = 1ull << 20, kb = 1ull << 10;
    if (size >= mb)
        snprintf(buf, cap, "%llu MB", up ? (size + mb - 1) / mb : size / mb);
    else if (size >= kb)
        snprintf(buf, cap, "%llu KB", up ? (size + kb - 1) / kb : size / kb);
    else
        snprintf(buf, cap, "%llu bytes", size);
}

static kj_status too_large(kj_error *err, unsigned long long size, size_t max_bytes)
{
    char got[32], most[32];
    format_size(got, sizeof got, size, true);
    format_size(most, sizeof most, max_bytes, false);
    return kj_error_set(err, KJ_ERR_DATA, "file too large: %s (at most %s)", got, most);
}

kj_status kj_read_file(const char *path, size_t max_bytes, char **text, size_t *len, kj_error *err)
{
    *text = NULL;
    *len = 0;
    /* O_NONBLOCK: opening a FIFO for reading would otherwise wait for a
     * writer forever.  It changes nothing for the regular files read. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return kj_error_set(err, KJ_ERR_NOINPUT, "cannot open: %s", strerror(errno));
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        int e = errno;
        close(fd);
        return kj_error_set(err, KJ_ERR_IO, "cannot read: %s", strerror(e));
    }
    if (!S_ISREG(sb.st_mode)) {
        close(fd);
        return kj_error_set(err, KJ_ERR_NOINPUT, "not a regular file");
    }
    if ((unsigned long long)sb.st_size > max_bytes) {
        close(fd);
        return too_large(err, (unsigned long long)sb.st_size, max_bytes);
    }
    /* Room for one byte more than the size: a file that has not grown then
     * reads short, having given the bytes fstat promised, which for a
     * regular file means its end — one read, where waiting for a read of
     * nothing would take two.  (Files of /proc say size 0 and read short
     * before their end: they go on to the read of nothing.) */
    size_t cap = (size_t)sb.st_size + 2;
    char *bytes = malloc(cap);
    if (!bytes) {
        close(fd);
        return kj_error_set(err, KJ_ERR_IO, "out of memory reading %lld bytes",
                            (long long)sb.st_size);
    }
    size_t got = 0;
    kj_status status = KJ_OK;
    for (;;) {
        if (got > max_bytes) {
            status = too_large(err, got, max_bytes);
            break;
        }
        if (got == cap - 1) {
            /* the file grew while we read it */
            char *grown = realloc(bytes, cap * 2);
            if (!grown) {
                status = kj_error_set(err, KJ_ERR_IO, "out of memory reading a growing file");
                break;
            }
            bytes = grown;
            cap *= 2;
        }
        size_t want = cap - 1 - got;
        ssize_t r = read(fd, bytes + got, want);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            status = kj_error_set(err, KJ_ERR_IO, "cannot read: %s", strerror(errno));
            break;
        }
        got += (size_t)r;
        if (r == 0 || ((size_t)r < want && got == (size_t)sb.st_size))
            break; /* the end of the file */
    }
    close(fd);
    if (status != KJ_OK) {
        free(bytes);
        return status;
    }
    bytes[got] = '\0';
    *text = bytes;
    *len = got;
    return KJ_OK;
}
