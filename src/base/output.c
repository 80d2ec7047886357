/*
 * output.c — atomic output files (see output.h).
 *
 * The temporary file sits in the target's directory so the final rename(2)
 * stays within one file system and is atomic.
 */
#include "kaiji/output.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct kj_output {
    FILE *stream;
    char *path;     /* target */
    char *tmp_path; /* NULL when writing directly */
    bool is_stdout;
};

static char *dup_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

/*
 * Creates `tmpl` (ending in XXXXXX, replaced) exclusively, like mkstemp,
 * but with mode 0666 less the umask, as any new file: reports are ordinary
 * files.  mkstemp's 0600 would need an fchmod with the umask, and reading
 * the umask means setting it (umask(2)), for the whole process, while other
 * threads may be creating files; here the kernel applies it.
 */
static int create_temporary(char *tmpl)
{
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static _Atomic uint64_t counter;
    char *x = tmpl + strlen(tmpl) - 6;
    for (int attempt = 0; attempt < 1000; attempt++) {
        uint64_t r;
        if (getrandom(&r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r) {
            struct timespec now;
            clock_gettime(CLOCK_REALTIME, &now);
            r = ((uint64_t)now.tv_nsec << 20) ^ (uint64_t)now.tv_sec ^ ((uint64_t)getpid() << 40) ^
                (++counter * 0x9E3779B97F4A7C15u);
        }
        for (int i = 0; i < 6; i++) {
            x[i] = letters[r % (sizeof letters - 1)];
            r /= sizeof letters - 1;
        }
        int fd = open(tmpl, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

kj_status kj_output_open(const char *path, kj_output **result, kj_error *err)
{
    *result = NULL;
    kj_output *out = calloc(1, sizeof *out);
    if (!out)
        return kj_error_set(err, KJ_ERR_CANTCREAT, "out of memory");
    if (!path || strcmp(path, "-") == 0) {
        out->stream = stdout;
        out->is_stdout = true;
        out->path = dup_string("-");
        *result = out;
        return KJ_OK;
    }
    out->path = dup_string(path);
    struct stat st;
    bool direct = stat(path, &st) == 0 && !S_ISREG(st.st_mode);
    if (direct) {
        if (S_ISDIR(st.st_mode)) {
            free(out->path);
            free(out);
            return kj_error_set(err, KJ_ERR_CANTCREAT, "%s: is a directory", path);
        }
        out->stream = fopen(path, "wb");
        if (!out->stream) {
            int e = errno;
            free(out->path);
            free(out);
            return kj_error_set(err, KJ_ERR_CANTCREAT, "%s: %s", path, strerror(e));
        }
        *result = out;
        return KJ_OK;
    }
    /* dir/.name.XXXXXX beside the target */
    const char *slash = strrchr(path, '/');
    size_t dir_len = slash ? (size_t)(slash - path) + 1 : 0;
    const char *base = slash ? slash + 1 : path;
    size_t n = dir_len + 1 + strlen(base) + sizeof ".XXXXXX";
    out->tmp_path = malloc(n);
    if (!out->tmp_path) {
        free(out->path);
        free(out);
        return kj_error_set(err, KJ_ERR_CANTCREAT, "out of memory");
    }
    snprintf(out->tmp_path, n, "%.*s.%s.XXXXXX", (int)dir_len, path, base);
    int fd = create_temporary(out->tmp_path);
    if (fd < 0) {
        int e = errno;
        kj_error_set(err, KJ_ERR_CANTCREAT, "%s: cannot create: %s", path, strerror(e));
        free(out->tmp_path);
        free(out->path);
        free(out);
        return KJ_ERR_CANTCREAT;
    }
    out->stream = fdopen(fd, "wb");
    if (!out->stream) {
        int e = errno;
        close(fd);
        unlink(out->tmp_path);
        kj_error_set(err, KJ_ERR_CANTCREAT, "%s: %s", path, strerror(e));
        free(out->tmp_path);
        free(out->path);
        free(out);
        return KJ_ERR_CANTCREAT;
    }
    *result = out;
    return KJ_OK;
}

FILE *kj_output_stream(kj_output *out)
{
    return out->stream;
}

const char *kj_output_path(const kj_output *out)
{
    return out->path;
}

static void release(kj_output *out)
{
    free(out->tmp_path);
    free(out->path);
    free(out);
}

kj_status kj_output_commit(kj_output *out, kj_error *err)
{
    kj_status status = KJ_OK;
    int e = 0;
    bool failed = ferror(out->stream) != 0;
    if (fflush(out->stream) != 0 && !failed) {
        failed = true;
        e = errno;
    }
    if (!failed && out->tmp_path && fsync(fileno(out->stream)) != 0) {
        failed = true;
        e = errno;
    }
    if (out->is_stdout) {
        /* stdout stays open for the process; a failed flush still counts. */
        if (failed)
            status = kj_error_set(err, KJ_ERR_IO, "standard output: write failed: %s",
                                  e ? strerror(e) : "I/O error");
        release(out);
        return status;
    }
    if (fclose(out->stream) != 0 && !failed) {
        failed = true;
        e = errno;
    }
    if (failed) {
        status = kj_error_set(err, KJ_ERR_IO, "%s: write failed: %s", out->path,
                              e ? strerror(e) : "I/O error");
        if (out->tmp_path)
            unlink(out->tmp_path);
    } else if (out->tmp_path && rename(out->tmp_path, out->path) != 0) {
        e = errno;
        status = kj_error_set(err, KJ_ERR_IO, "%s: cannot replace: %s", out->path, strerror(e));
        unlink(out->tmp_path);
    }
    release(out);
    return status;
}

void kj_output_abort(kj_output *out)
{
    if (!out)
        return;
    if (!out->is_stdout) {
        fclose(out->stream);
        if (out->tmp_path)
            unlink(out->tmp_path);
    }
    release(out);
}

kj_status kj_make_dirs(const char *dir, kj_error *err)
{
    char buf[PATH_MAX];
    size_t n = strlen(dir);
    if (n == 0)
        return KJ_OK;
    if (n >= sizeof buf)
        return kj_error_set(err, KJ_ERR_CANTCREAT, "%s: path too long", dir);
    memcpy(buf, dir, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (buf[i] != '/' && buf[i] != '\0')
            continue;
        char saved = buf[i];
        buf[i] = '\0';
        if (mkdir(buf, 0777) != 0 && errno != EEXIST) {
            int e = errno;
            return kj_error_set(err, KJ_ERR_CANTCREAT, "%s: cannot create folder: %s", buf,
                                strerror(e));
        }
        buf[i] = saved;
    }
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return kj_error_set(err, KJ_ERR_CANTCREAT, "%s: not a folder", dir);
    return KJ_OK;
}
